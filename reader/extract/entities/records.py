"""What the recogniser finds: people and organisations (`Entity`), the places that name or point to
them (`Ref`), and the index of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from ...model import Span, SpeakerKind


class Kind(StrEnum):
    """What an entity is, or what a reference names or points to (a person and an organisation
    are the two kinds of speaker, `reader.model.SpeakerKind`)."""

    PERSON = SpeakerKind.PERSON.value
    ORGANISATION = SpeakerKind.ORGANISATION.value
    PRONOUN = "pronoun"  # `he`, `she`, `they`, `the man`
    ROLE = "role"  # `the minister`: a person named by their role
    ANONYMOUS = "anonymous"  # "a resident", "one woman": someone the article does not name
    BODY = "body"  # "the company", "the ministry": an organisation named by what it is


PERSON, ORGANISATION, PRONOUN, ROLE = Kind.PERSON, Kind.ORGANISATION, Kind.PRONOUN, Kind.ROLE
ANONYMOUS, BODY = Kind.ANONYMOUS, Kind.BODY


@dataclass(eq=False)
class Entity:
    """A person or an organisation the article names."""

    kind: Kind
    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # every form used, fullest first
    mentions: list[Span] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    def add_role(self, role: str) -> None:
        role = _clean_role(role)
        if role and all(role.casefold() != known.casefold() for known in self.roles):
            self.roles.append(role)

    def add_form(self, form: str) -> None:
        if form and form not in self.forms:
            self.forms.append(form)


@dataclass(eq=False)
class Ref:
    """A place in the text that names or points to a possible speaker."""

    start: int
    end: int
    kind: Kind
    text: str
    entity: Entity | None = None
    gender: str | None = None  # for pronouns: "m", "f", "group"
    chunk_start: int = -1  # where the phrase begins, role words before a name included

    def __post_init__(self) -> None:
        if self.chunk_start < 0:
            self.chunk_start = self.start


@dataclass
class EntityIndex:
    """What the recogniser found: entities and every reference to them, in text order."""

    persons: list[Entity]
    organisations: list[Entity]
    refs: list[Ref]
    acronyms: dict[str, Entity] = field(default_factory=dict)  # "SBU" -> Security Service of Ukraine


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _clean_role(role: str) -> str:
    role = " ".join(role.split()).strip(" ,;:–—-")
    role = _LEADING_ARTICLE.sub("", role)
    return role


