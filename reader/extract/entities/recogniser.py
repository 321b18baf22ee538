"""The recogniser: the passes in order over an article's units."""

from __future__ import annotations

from ...model import Span
from .mentions import MentionPasses
from .name_index import NameIndex
from .names import NamePasses
from .organisations import OrganisationPasses
from .records import PERSON, EntityIndex, Ref
from .references import ReferencePasses
from .spellings import SpellingPass
from .tokens import scan


def _outermost(refs: list[Ref]) -> list[Ref]:
    """Refs in text order, without those inside another one (`Air Force` in `the
    spokesperson for the Air Force`, an organisation in a person's role)."""
    ordered = sorted(refs, key=lambda ref: (ref.chunk_start, -ref.end))
    kept: list[Ref] = []
    reach = -1
    for ref in ordered:
        if ref.end <= reach and kept and ref.chunk_start >= kept[-1].chunk_start:
            continue
        kept.append(ref)
        reach = max(reach, ref.end)
    kept.sort(key=lambda ref: (ref.start, ref.end))
    return kept


def recognise(
    text: str,
    units: list[Span],
    masked: list[Span],
    near_quotes: set[Span] | None = None,
    title: Span | None = None,
) -> EntityIndex:
    """Find people, organisations and references in the given units of the text.

    People are found in every unit.  Organisations, pronouns and role nouns matter only for
    finding speakers: with `near_quotes`, they are read only in those units.  A name in the
    `title` the rest of the text never writes whole is cut to the start of it the text does
    write (`Jane Doe Blasts Plan` names Jane Doe).
    """
    recogniser = Recogniser(text, units, masked)
    recogniser.near_quotes = near_quotes
    recogniser.title = title
    return recogniser.run()


class Recogniser(NamePasses, MentionPasses, OrganisationPasses, ReferencePasses, SpellingPass):
    """All the passes, run in order by `run`."""

    def run(self) -> EntityIndex:
        units = [scan(self.text, unit, self.unit_words) for unit in self.units]
        # 1. full names, names after their roles and guessed names, unit by unit
        for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
            self.claimed = claimed
            self.unit_end = unit.end
            for title_at, i, j in self.honorific_names(tokens, caps):
                self.add_person_ref(tokens, i, j, unit, title_at=title_at)
            for i, j in self.find_names(tokens, caps):
                self.add_person_ref(tokens, i, j, unit)
            self.couples(tokens, caps)
            found = self.titled_names(tokens, roles)
            found += [(i, j, None) for i, j in self.guessed_names(tokens, caps)]
            for i, j, role in found:
                if not any(k in claimed for k in range(i, j)):
                    self.add_person_ref(tokens, i, j, unit, role)
        # 2. surname-only mentions of known people, and single names used with speech verbs
        self.name_index = NameIndex()
        for entity in self.persons:
            self.name_index.add(entity)
        text = self.text
        if "call sign" in text or "callsign" in text:  # seldom: no unit is copied to find out
            for unit in self.units:
                if text.find("call sign", unit.start, unit.end) >= 0 or text.find("callsign", unit.start, unit.end) >= 0:
                    self.call_signs(unit)
        for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
            self.claimed = claimed
            self.surname_mentions(tokens, unit, name_starts)
        if self.one_word_people:  # mentions before the words that showed the name is a person's
            for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
                if unit.start >= self.one_word_people[-1][1]:
                    break
                self.claimed = claimed
                self.earlier_one_word_mentions(tokens, unit, name_starts)
        self._person_starts = {ref.start for ref in self.refs if ref.kind == PERSON}
        # 3. organisations, pronouns and role nouns, where speakers are looked for
        for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
            if self.near_quotes is not None and unit not in self.near_quotes:
                continue
            self.claimed = claimed
            self.organisation_runs(tokens, caps)
            self.bodies_described(tokens, caps)
            self.organisations_named_after_a_noun(tokens, caps)
            self.bodies_named_after_the(tokens, caps)
            self.bodies_of_countries(tokens, caps)
            self.pronouns_and_roles(tokens, pointers)
        self.groups_named_after_people()
        self.kinds_in_apposition()
        self._merge_spellings()
        return EntityIndex(self.persons, self.organisations, _outermost(self.refs), self._acronyms)


