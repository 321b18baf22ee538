"""What the library's queries return beyond the first screen: search hits, people, their
quotes, a quote's places in the library.  Loaded with the first such query (or the screen that
shows them), not with the library: the first frame needs none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .search import Snippet


@dataclass(frozen=True)
class Hit:
    """A search result: an article, a snippet around the hit and where the hit is."""

    key: str
    title: str
    section: str
    day: date | None
    snippet: Snippet
    offset: int | None  # character offset of the hit in the article text
    quote: int | None  # index of the quote the hit is in, if it is in one


@dataclass(frozen=True)
class PersonRow:
    """A person across the library: the name they go by, their other names, their counts."""

    id: int
    name: str
    role: str
    quotes: int
    mentions: int
    articles: int
    aliases: tuple[str, ...] = ()  # the other names articles give them: `Zelensky`, `Zelenskyi`

    @classmethod
    def of(cls, id: int, name: str, role: str, quotes: int, mentions: int, articles: int, aliases: str) -> PersonRow:
        return cls(id, name, role, quotes, mentions, articles, tuple(aliases.splitlines()))


@dataclass(frozen=True)
class QuoteAt:
    """A quote where the library has it: the article (key), its index there, the words, the
    speaker the article gives (None: not named), the article's title and date."""

    key: str
    quote: int
    text: str
    speaker: str | None
    title: str
    day: date | None


@dataclass(frozen=True)
class PersonQuote:
    """A quote by a person (or, for someone never quoted, a mention: ``quote`` is None)."""

    key: str  # the article
    quote: int | None  # the quote's index in the article
    offset: int  # where it starts in the article text
    text: str
    role: str | None
    title: str
    day: date | None
