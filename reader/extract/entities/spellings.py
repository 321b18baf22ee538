"""One person, one identity: the spellings of one name in an article become one person."""

from __future__ import annotations

from functools import lru_cache

from ..identity import folded, one_letter_apart, same_name
from .base import RecogniserBase
from .records import Entity


class SpellingPass(RecogniserBase):
    """Making one person of the spellings of one name."""

    # -- one person, one identity ------------------------------------------------------------
    def _merge_spellings(self) -> None:
        """People named in several spellings become one: `Volodymyr Zelensky` and `Zelenskyy`,
        `Oleksandr Syrskyi` and `Aleksandr Syrsky`; a surname one letter off (`Zelenksy`) joins
        only when no one else in the article has a surname that close."""
        by_surname: dict[str, list[Entity]] = {}
        for entity in self.persons:
            by_surname.setdefault(folded(entity.tokens[-1]), []).append(entity)
        into: dict[int, Entity] = {}
        for group in by_surname.values():
            if len(group) > 1:
                self._merge_group(group, into)
        surnames = [key for key, group in by_surname.items() if any(id(e) not in into for e in group)]
        # surnames one letter apart share a form with one letter dropped (`zelenski` and
        # `zelenksi` both give `zelenki`): only those are compared, so the pass stays linear
        by_dropped: dict[str, list[str]] = {}
        for key in surnames:
            for dropped in _one_dropped(key):
                keys = by_dropped.get(dropped)
                if keys is None:
                    by_dropped[dropped] = [key]
                else:
                    keys.append(key)
        # each surname's neighbours: the surnames sharing such a form with it (most have none)
        neighbours: dict[str, set[str]] = {}
        for keys in by_dropped.values():
            if len(keys) > 1:
                for key in keys:
                    neighbours.setdefault(key, set()).update(keys)

        def close_to(key: str) -> list[str]:
            return sorted(other for other in neighbours.get(key, ()) if other != key and one_letter_apart(key, other))

        for key in surnames:
            if key not in neighbours:
                continue  # none close
            close = close_to(key)
            if len(close) != 1 or len(close_to(close[0])) != 1:
                continue  # none close, or more than one: `Doe` and `Dow` may be two people
            slips = [e for e in by_surname[key] if id(e) not in into]
            targets = [e for e in by_surname[close[0]] if id(e) not in into]
            if len(slips) == 1 and len(targets) == 1 and len(slips[0].mentions) < len(targets[0].mentions):
                if self._may_be_one(targets[0], slips[0], slip=True):
                    self._absorb(targets[0], slips[0], into)
        if into:
            self.persons = [entity for entity in self.persons if id(entity) not in into]
            for ref in self.refs:
                if ref.entity is not None and id(ref.entity) in into:
                    ref.entity = into[id(ref.entity)]

    def _merge_group(self, group: list[Entity], into: dict[int, Entity]) -> None:
        """People sharing a surname in any spelling: fuller names take in the shorter ones
        that agree with them, a surname alone only when one person can be meant."""
        group = sorted(group, key=lambda entity: -len(entity.tokens))
        kept: list[Entity] = []
        for entity in group:
            fits = [other for other in kept if self._may_be_one(other, entity)]
            if len(entity.tokens) == 1 and len(fits) == 1 or len(entity.tokens) > 1 and fits:
                self._absorb(fits[0], entity, into)
            else:
                kept.append(entity)

    @staticmethod
    def _may_be_one(entity: Entity, other: Entity, slip: bool = False) -> bool:
        """Could these be one person?  With `slip`, their surnames are one letter apart."""
        if entity.gender and other.gender and entity.gender != other.gender:
            return False  # `Ivan Petrenko` and `Ivanna Petrenko`
        if not slip:
            return same_name(entity.tokens, other.tokens)
        return len(entity.tokens) == 1 or len(other.tokens) == 1 or same_name(entity.tokens[:1], other.tokens[:1])

    @staticmethod
    def _absorb(entity: Entity, other: Entity, into: dict[int, Entity]) -> None:
        """`other` is `entity` in another spelling: its forms, roles and mentions join."""
        for form in other.forms:
            entity.add_form(form)
        for role in other.roles:
            entity.add_role(role)
        entity.mentions.extend(other.mentions)
        entity.gender = entity.gender or other.gender
        into[id(other)] = entity


@lru_cache(maxsize=8192)
def _one_dropped(key: str) -> frozenset[str]:
    """The word itself and every form of it with one letter left out (the same surnames recur
    from article to article, and within one this is asked several times for each)."""
    return frozenset([key, *(key[:at] + key[at + 1 :] for at in range(len(key)))])
