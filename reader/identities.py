"""One person across articles: the names different articles give one person, grouped.

Each article already makes one person of the spellings it uses (``reader.extract.identity``).
Across articles the names it settled on are grouped the same way, for the library's people,
``reader people`` and ``reader quotes --speaker``:

- only names whose surnames fold alike can be one person (``surname_key``: `Zelensky`,
  `Zelenskyy` and `Zelenskyi` share one), so the work is done a surname at a time;
- within a surname, fuller names come first and take in the names that agree with them
  (``reader.extract.identity.same_name``: `Oleksandr Syrskyi` takes `Aleksandr Syrsky`);
  a surname alone or a given name's initial joins only when one person can be meant
  (`Didenko` stays apart when the library names an Oksana and a Petro Didenko);
- a group goes by its fullest name, the most used of those (``group_names`` puts it first).

A typing slip one letter off (`Zelenksy`) is joined inside an article only, where the
extractor can see that no one else carries a surname that close.
"""

from __future__ import annotations

from collections.abc import Sequence

from .extract.identity import folded, same_name
from .folding import name_words


def surname_key(name: str) -> str:
    """The surname as spellings of it fold: 'Volodymyr Zelenskyy' -> 'zelenski'."""
    words = name_words(name)
    return folded(words[-1]) if words else ""


def group_names(names: Sequence[tuple[str, int]]) -> list[list[int]]:
    """Names (with how often the library uses each) grouped into people, as lists of their
    indexes in ``names``; each group's first index is the name the person goes by.  The result
    does not depend on the order of ``names``."""
    words = [tuple(name_words(name)) for name, _ in names]
    order = sorted(
        range(len(names)),
        key=lambda at: (-len(words[at]), _initial(words[at]), -names[at][1], names[at][0].casefold(), names[at][0]),
    )
    groups: list[list[int]] = []
    for at in order:
        if not words[at]:
            groups.append([at])
            continue
        fits = [group for group in groups if words[group[0]] and same_name(words[group[0]], words[at])]
        partial = len(words[at]) == 1 or _initial(words[at])  # a surname alone, an initial
        if fits and (len(fits) == 1 or not partial):
            fits[0].append(at)
        else:
            groups.append([at])
    return groups


def _initial(words: tuple[str, ...]) -> bool:
    """'V. Zelensky': the given name is an initial."""
    return len(words) > 1 and len(words[0]) == 1
