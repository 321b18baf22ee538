"""How people already found can be named again: by surname, in any spelling, by a longer
surname (`von der Leyen`), by a given name only one of them has."""

from __future__ import annotations

from ..identity import folded
from .records import Entity
from .tokens import is_given_name
from .vocabulary import PARTICLES


def surname_written_first(tokens: tuple[str, ...]) -> bool:
    """`Ho Ka-lok`, `Lam Chi-wai`: a surname, then a given name of two syllables joined by a
    hyphen, as Chinese and Korean names are written in English."""
    return len(tokens) == 2 and "-" in tokens[1] and tokens[1][:1].isupper() and tokens[1][1:2].islower()


class NameIndex:
    """How people can be named again: by surname, by a longer surname, by a unique given name."""

    def __init__(self) -> None:
        self.surname: dict[str, list[Entity]] = {}  # "umierov" -> [Rustem Umierov]
        self.long: dict[str, list[tuple[Entity, tuple[str, ...]]]] = {}  # "von" -> der Leyen...
        self.given: dict[str, list[Entity]] = {}  # "nazarii" -> [Nazarii Boiko]
        self.spelled: dict[str, list[Entity]] = {}  # "zelenski" -> [Volodymyr Zelensky]

    def add(self, entity: Entity) -> None:
        words = [word.casefold() for word in entity.tokens]
        self.surname.setdefault(words[-1], []).append(entity)
        self.spelled.setdefault(folded(words[-1]), []).append(entity)
        if len(words) < 2:
            return
        for word in words[1:-1]:  # "Echeverría" of "Lucía Echeverría de la Fuente"
            if word not in PARTICLES and len(word) > 2 and entity not in self.surname.get(word, ()):
                self.surname.setdefault(word, []).append(entity)
        first, last = entity.tokens[0], entity.tokens[-1]
        if not is_given_name(first) or surname_written_first(entity.tokens):
            # "Baek Seo-yeon", "Takeda Haruko", "Lam Chi-wai": perhaps written surname first
            self.surname.setdefault(words[0], []).append(entity)
        if is_given_name(first) or not is_given_name(last):
            self.given.setdefault(words[0], []).append(entity)
        for k in range(1, len(words) - 1):  # "Sampaio dos Reis", "von der Leyen", "dos Reis"
            self.long.setdefault(words[k], []).append((entity, tuple(words[k:])))
