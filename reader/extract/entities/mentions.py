"""Later mentions of people by part of their name (`Umierov said`), people named by one word, and
call signs.
"""

from __future__ import annotations

import bisect
import re

from ...model import Span
from ..identity import folded
from ..lexicon import any_of
from .base import YOUNGER_OR_ELDER
from .organisations import acronym_of
from .records import PERSON, Entity, Ref
from .roles import RolePasses
from .tokens import Token
from .vocabulary import (
    ADVOCACY_LEAD,
    APPOSED_PERSON_NOUN,
    CLEAR_SPEECH,
    DESCRIBED_AS_BODY,
    GOVERNED_PLACES,
    KIN_BEFORE,
    KIN_ROLE_BEFORE,
    NAME_GIVEN_ONLY_AS,
    SENTENCE_OPENERS,
    SLAVIC_SURNAME,
    SPOKEN_TO,
    is_role_token,
)

# a pronoun right after a surname that tells the person's gender: `Doe, for his part,`, `Doe said she`
_PRONOUN_RIGHT_AFTER = re.compile(
    r",\s+for\s+(his|her)\s+part\b|\s+(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(he|she)\b", re.IGNORECASE
)
_CALL_SIGN = re.compile(r"(?:,\s*)?\bcall[\s-]?sign\s+[\"“«]?(?P<sign>[A-Z][\w'’-]+)[\"”»]?")
_SPACE_OR_ADVERB = re.compile(r" (?:[a-z]+ly )?")  # `Aalund said`, `Cruz openly admitted`

# capitalised words (and `of`, `the`, `for`, `and` between them) right before a place
_CAPITALISED_WORDS_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and)\s+)*[A-Z][\w'’-]*)*\s*$")
# `at` or `in` and the spaces after it: a word right after them may be a place's or a company's name
# (a name starts with a word's character, so the spaces end where the name begins)
_AT_OR_IN = re.compile(r"\b(?:at|in)\s+")
_BOUNDARY = re.compile(r"\b")  # the edge of a word, matched at a given offset
_NAME_GIVEN_AS = re.compile(rf"\b{NAME_GIVEN_ONLY_AS}\s+$")  # `a conductor who gave his name only as Sule`
# the words each of those phrases starts with: a window holding none of them holds no phrase,
# which this pattern (no word boundary to test at each character) tells faster
_NAME_GIVEN_AS_HEAD = any_of(("gave", "identified", "known", "named", "asked"))
_CAMPAIGN_AFTER = re.compile(r" for (?:Senate|Congress|President|Governor|Mayor|America)\b")
# `Doctors Without Borders`, `Americans for Tax Fairness`: a group's name up to its last word
_ADVOCACY_NAME_BEFORE = re.compile(
    ADVOCACY_LEAD + r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the)\s+)?)*$"
)
_GOVERNED_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(GOVERNED_PLACES))}) of $")
_AGE_APPOSED = re.compile(r",\s+\d{1,3},\s")  # `Hartono, 45, ...`
_WHO_AFTER = re.compile(r",\s+who\s")  # `Rihanna, who was honoured`
# the start of a sentence, perhaps with one opening word: `. `, `. Meanwhile `, a new paragraph
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[A-Z][a-z]+\s+)?$")
_RECENT_NAMESAKES = 16  # people sharing one surname compared for the latest mention  # organisations compared with a new name (keeps long texts linear)


class MentionPasses(RolePasses):
    """Finding later mentions of known people and people named by one word."""

    def surname_mentions(self, tokens: list[Token], unit: Span, starts: list[int]) -> None:
        """Later mentions of known people by part of their name, and people named by one word."""
        index = self.name_index
        claimed, not_names = self.claimed, self.lex.not_names
        surnames, longer, spelled, given = index.surname, index.long, index.spelled, index.given
        last = len(tokens) - 1
        i = 0
        for at in starts:  # this loop runs for every capitalised word of the article
            if at < i or at in claimed:
                continue
            i = at
            token = tokens[i]
            base = token.base
            key = base.casefold()
            capitalised = token.capitalised
            if capitalised and base in not_names and key not in surnames:
                continue  # "The", "Russian", "Kyiv": never a name
            if capitalised and self.text.startswith(" for ", token.end) and _CAMPAIGN_AFTER.match(self.text, token.end):
                continue  # `Hartwell for Senate`, `Pruitt for Congress`: a campaign committee, a body
            matched = None
            if longer:
                for entity, words in longer.get(token.text.casefold(), ()):
                    n = len(words)
                    if i + n <= len(tokens) and self._spells(tokens[i : i + n], words):
                        matched = (entity, n)
                        break
            if matched is None and capitalised and not self._starts_longer_name(tokens, i, last):
                if key in surnames:
                    if base in self.lex.organisation_surnames and self._names_a_body(tokens, i):
                        continue  # `the Red Cross`, after `Richard Cross`: the body's name
                    seniority = YOUNGER_OR_ELDER.search(self.text, max(0, token.start - 14), token.start)
                    senior = self.by_seniority(base, None, seniority.group(1) == "younger", token.start) if seniority else None
                    namesakes = surnames[key]
                    if len(namesakes) > 1 and senior is None:
                        # `Marsh, for his part, said` of a husband and wife: the pronoun after the
                        # name says which of them
                        namesakes = self._of_the_gender_said_after(namesakes, token.end)
                    matched = (senior or self._most_recent(namesakes, token.start), 1)  # `the younger Doe`: the son
                elif len(key) >= 4 and folded(key) in spelled and not self._common_word(base):
                    matched = (self._most_recent(spelled[folded(key)], token.start), 1)  # `Zelenskyy`
                elif len(given.get(key, ())) == 1 and token.given:
                    matched = (given[key][0], 1)  # "Nazarii says", after "Nazarii Boiko"
            if matched is None:
                # a person named by one word: the cheap conditions first (most words fail them)
                one_word = capitalised and token.namelike and base == token.text and len(base) >= 3
                if not (one_word and self._single_name_person(tokens, i)) or self._a_place_or_firm(base):
                    continue
                if _ADVOCACY_NAME_BEFORE.search(self.text, max(0, token.start - 60), token.start):
                    continue  # `Doctors Without Borders said`: the last word of a group's name
                entity = Entity(PERSON, base, (base,), gender=self.lex.gender_of(base))
                entity.add_form(base)
                kin = KIN_ROLE_BEFORE.search(self.text, max(0, token.start - 30), token.start)
                if kin is not None:  # `Gilbert Beardy and his wife, Theresa`: her role, which `His wife said` names
                    entity.add_role(kin.group("role"))
                    self._gender_from_role(entity, kin.group("role"))
                self.persons.append(entity)
                index.add(entity)
                matched = (entity, 1)
                self.one_word_people.append((entity, token.start))
            entity, n = matched
            self._add_mention(entity, tokens, i, n, unit)
            i += n

    def _of_the_gender_said_after(self, namesakes: list[Entity], end: int) -> list[Entity]:
        """Of several people sharing a surname, those of the gender a pronoun right after the name
        shows (`Doe, for his part,`, `Doe said she`), or all of them when none does or fits."""
        said = _PRONOUN_RIGHT_AFTER.match(self.text, end)
        if said is None:
            return namesakes
        gender = "m" if (said.group(1) or said.group(2)).casefold() in ("his", "he") else "f"
        fitting = [entity for entity in namesakes if entity.gender == gender]
        return fitting or namesakes

    def _name_given_as_before(self, offset: int) -> bool:
        """Does a phrase that gives only a first name (`gave his name only as`) end right
        before the offset, within 60 characters?"""
        start = max(0, offset - 60)
        if _NAME_GIVEN_AS_HEAD.search(self.text, start, offset) is None:
            return False  # most words: none of the phrases' first words stands before them
        return _NAME_GIVEN_AS.search(self.text, start, offset) is not None

    def _names_a_body(self, tokens: list[Token], i: int) -> bool:
        """Is tokens[i], a body's word that is also a surname (`Cross`), the end of a body's
        name: joined to a capitalised word before it that is no title (`Red Cross`, not
        `Mr. Cross`)?"""
        if i == 0:
            return False
        before = tokens[i - 1]
        return (
            before.capitalised
            and self.joined(before, tokens[i])
            and before.text not in SENTENCE_OPENERS
            and before.base not in self.lex.honorifics
            and not is_role_token(before.base)
        )

    def _add_mention(self, entity: Entity, tokens: list[Token], i: int, n: int, unit: Span) -> None:
        """tokens[i : i + n] name `entity`: a mention, its roles and a reference."""
        start, end = tokens[i].start, tokens[i + n - 1].start + len(tokens[i + n - 1].base)
        entity.mentions.append(Span(start, end))
        entity.add_form(self.text[start:end])
        after = self.role_after(tokens[i + n - 1].end, unit.end)
        if after:
            entity.add_role(after)
        role, role_start = self.role_before(tokens, i)
        if role:
            entity.add_role(role)
        self.refs.append(Ref(start, end, PERSON, self.text[start:end], entity, chunk_start=tokens[role_start].start))
        self.claimed.update(range(i, i + n))

    def earlier_one_word_mentions(self, tokens: list[Token], unit: Span, starts: list[int]) -> None:
        """Mentions of a person named by one word before the words that showed it is a person:
        `Obama also addressed ...` before `..., Obama stated.`"""
        for entity, first in self.one_word_people:
            if first <= unit.start or self._a_place_or_firm(entity.name):
                continue
            for i in starts:
                token = tokens[i]
                if token.start >= first:
                    break
                if i in self.claimed or token.base != entity.name or token.text != token.base:
                    continue
                if self._starts_longer_name(tokens, i, len(tokens) - 1):
                    continue
                if i > 0 and self.joined(tokens[i - 1], token) and tokens[i - 1].capitalised and tokens[i - 1].text not in SENTENCE_OPENERS:
                    continue  # part of a longer capitalised phrase
                self._add_mention(entity, tokens, i, 1, unit)

    def _a_place_or_firm(self, word: str) -> bool:
        """Is the word written somewhere after `at` or `in` (`jobs at Carrier`), as a place's or a
        company's name is, and seldom a person's, or described as a body (`Harbourlink, the
        startup behind ...`), alone or as the first word of the body's name?"""
        known = self._place_or_firm.get(word)
        if known is None:
            known = self._place_or_firm[word] = (
                self._after_at_or_in(word)
                or self._described_as_body(word)
                or word in self.described_bodies()  # `Pinewood Military Communities, a private company`
                or self._spelled_out_before(word)  # `the Scottish Environment Protection Agency (Sepa)`
                or self.first_named_as_a_body(word) is not None  # `Lumora Systems, a maker of chips`, then `Lumora`
            )
        return known

    def _spelled_out_before(self, word: str) -> bool:
        """Is the word written in parentheses after capitalised words whose initials it spells,
        as a body's short name is (`Scottish Environment Protection Agency (Sepa)`)?"""
        at = self.text.find(f"({word})")
        while at >= 0:
            run = _CAPITALISED_WORDS_BEFORE.search(self.text, max(0, at - 100), at)
            if run is not None and acronym_of(word.upper(), run.group()):
                return True
            at = self.text.find(f"({word})", at + 1)
        return False

    def _after_at_or_in(self, word: str) -> bool:
        """Is the word written as a whole word right after `at` or `in` (`jobs at Carrier`)?  Where
        the words after them start is found once an article, not by a regex made for each word."""
        if self._after_at_or_in_starts is None:
            self._after_at_or_in_starts = [match.end() for match in _AT_OR_IN.finditer(self.text)]
        text, length = self.text, len(word)
        return any(
            text.startswith(word, at) and _BOUNDARY.match(text, at + length) is not None
            for at in self._after_at_or_in_starts
        )

    def _described_as_body(self, word: str) -> bool:
        """Is the word, starting as a whole word, followed by a description of a body
        (`Harbourlink, the startup behind ...`)?"""
        text, length = self.text, len(word)
        at = text.find(word)
        while at >= 0:
            if _BOUNDARY.match(text, at) is not None and DESCRIBED_AS_BODY.match(text, at + length) is not None:
                return True
            at = text.find(word, at + 1)
        return False

    def _spells(self, tokens: list[Token], words: tuple[str, ...]) -> bool:
        """Do these tokens, joined by spaces, spell the name words (case aside)?"""
        for k, (token, word) in enumerate(zip(tokens, words)):
            text = token.base if k == len(words) - 1 else token.text
            if text.casefold() != word or (k and not self.joined(tokens[k - 1], token)):
                return False
        return True

    def _starts_longer_name(self, tokens: list[Token], i: int, last: int) -> bool:
        """Does a name word joined to tokens[i] follow it (`last` is the last token's index)?"""
        if i >= last or not tokens[i + 1].namelike or tokens[i].base != tokens[i].text:
            return False
        return self.joined(tokens[i], tokens[i + 1])

    def _most_recent(self, candidates: list[Entity], offset: int) -> Entity:
        """Of several people sharing a surname, the one the article has named most often before
        `offset` (the person it is about: `Murphy` after a passing `Anne Marie Murphy` is still
        Senator Chris Murphy), and of those named as often, the one named last."""
        if len(candidates) == 1:
            return candidates[0]
        best, best_key = candidates[0], (-1, -1)
        for entity in candidates[-_RECENT_NAMESAKES:]:
            starts = self._mention_starts(entity)
            count = bisect.bisect_left(starts, offset)
            key = (count, starts[count - 1] if count else -1)
            if key > best_key:
                best, best_key = entity, key
        return best

    def _mention_starts(self, entity: Entity) -> list[int]:
        """Sorted starts of an entity's mentions so far (cached until it gains more)."""
        cached = self._starts_cache.get(id(entity))
        if cached is None or cached[0] != len(entity.mentions):
            cached = (len(entity.mentions), sorted(span.start for span in entity.mentions))
            self._starts_cache[id(entity)] = cached
        return cached[1]

    def _single_name_person(self, tokens: list[Token], i: int) -> bool:
        """A person the article names by one word: `Aalund said`, `said Tetiana`,
        `Vitalii, a 24-year-old marine`, `Halyna, 78,`.  The caller has checked that the word
        is capitalised, name-like, of three letters or more and not a possessive."""
        token = tokens[i]
        base = token.base
        after_word = (
            i + 1 < len(tokens)
            and (
                self.text[token.end : tokens[i + 1].start] == " "
                or _SPACE_OR_ADVERB.fullmatch(self.text, token.end, tokens[i + 1].start) is not None
            )
            and self._speech_follows(tokens, i + 1)
        )
        before_word = (
            i > 0
            and tokens[i - 1].text in CLEAR_SPEECH
            and tokens[i - 1].text not in SPOKEN_TO  # `told Sky`: the one spoken to
            and self.text[tokens[i - 1].end : token.start] == " "
        )
        # with a speech verb beside the word, what follows it is not asked: the verb decides
        apposition = kin = who = named_as = False
        if not (after_word or before_word):
            apposition = self.text.startswith(", ", token.end)
            # `said his wife of 58 years, Margaret.`: a relative named by a given name; one the
            # lists do not know when a comma closes the apposition (`Her son, Luthando, who is 19,`)
            kin = (token.given or self.text.startswith(",", token.end)) and KIN_BEFORE.search(
                self.text, max(0, token.start - 30), token.start
            ) is not None
            who = _WHO_AFTER.match(self.text, token.end) is not None
            # `a conductor who gave his name only as Sule`, `identified only by her first name, Maria`
            named_as = self._name_given_as_before(token.start)
            if not (apposition or kin or who or named_as):
                return False
        if self.in_quote(token.start) or self._common_word(base) or base.casefold() in self.lex.countries:
            return False  # `the Norwegian said`: a nationality, the article's way of naming someone else
        if base.endswith("s") and (self.lex.is_role_word(base[:-1]) or self._plural_of_people(base)):
            return False  # `Analysts said`, `Officials said`, `Opponents said`: people by their work, in the plural
        if self.text[max(0, token.start - 4) : token.start].casefold() == "the " and not base.endswith("s"):
            # `the Scot said`, `the Vatican said`: a noun after `the` names no one by name (but a
            # family in the plural does: `the Ebelings said`)
            return False
        if _GOVERNED_PLACE_BEFORE.search(self.text, max(0, token.start - 16), token.start):
            return False  # `the City of Millbrook said`: the town's government
        if self.text[max(0, token.start - 2) : token.start] == "& " or self.continues_a_body(tokens, i):
            return False  # `Florida Power & Light said`, `Centers for Disease Control and Prevention said`: a body's name
        if (
            i > 1
            and tokens[i - 1].text in ("of", "for")
            and tokens[i - 2].capitalised
            and self.text[tokens[i - 2].end : token.start] == f" {tokens[i - 1].text} "
        ):
            return False  # `the Department of Agriculture said`, `the Registrar of Contractors said`: a body's or office's name
        if i > 0 and self.joined(tokens[i - 1], token) and tokens[i - 1].capitalised:
            if tokens[i - 1].text not in SENTENCE_OPENERS:
                return False  # part of a longer capitalised phrase; `Later Doe said` is Doe
        if after_word or named_as:
            return True  # "Aalund said", "gave his name as Sule"
        if who and self._opens_its_sentence(tokens, i):
            return True  # `Meanwhile Rihanna, who was honoured, spoke`: `who` is said of a person
        if apposition and self._opens_its_sentence(tokens, i) and (
            _AGE_APPOSED.match(self.text, token.end) or APPOSED_PERSON_NOUN.match(self.text, token.end)
        ):
            return True  # `Hartono, 45, who fishes`, `Wilson-Munro, a proud Birri Gubba man who ...`: a person
        if kin:
            return True  # "his wife, Jane,": a relative named by a given name
        if not (token.given or SLAVIC_SURNAME.search(base)):
            return False
        if before_word:
            return True  # "said Tetiana"
        return token.given and bool(re.match(r",\s+(?:\d{1,3}\b|an?\s)", self.text[token.end : token.end + 6]))

    def _plural_of_people(self, word: str) -> bool:
        """`Opponents`, `Witnesses`, `Neighbours`: the plural of a noun for people unnamed."""
        lower = word.casefold()
        unnamed = self.lex.unnamed_people
        return lower[:-1] in unnamed or lower.endswith("es") and lower[:-2] in unnamed

    def _opens_its_sentence(self, tokens: list[Token], i: int) -> bool:
        """Is tokens[i] the first word of its sentence, or after an opening word (`Meanwhile`)?"""
        before = self.text[max(0, tokens[i].start - 30) : tokens[i].start]
        return _SENTENCE_START_BEFORE.search(before) is not None

    def _speech_follows(self, tokens: list[Token], k: int) -> bool:
        """Is tokens[k] (or the word after has/had/also...) a clear speech verb?"""
        if tokens[k].text in ("has", "had", "also", "later", "then") and k + 1 < len(tokens):
            k += 1
        return tokens[k].text in CLEAR_SPEECH

    def call_signs(self, unit: Span) -> None:
        """`a drone operator with the call sign Shaman`: a person known by a call sign;
        `Sergeant Mykhailo Ruban, call sign Hrek`: another name for a named person."""
        for match in _CALL_SIGN.finditer(self.text, unit.start, unit.end):
            start, end = match.span("sign")
            if self.in_quote(start):
                continue
            sign = match.group("sign")
            named = next(
                (ref for ref in reversed(self.refs) if ref.kind == PERSON and 0 <= match.start() - ref.end <= 2),
                None,
            )
            entity = named.entity if named else next((p for p in self.persons if p.name == sign), None)
            if entity is None:
                entity = Entity(PERSON, sign, (sign,))
                entity.add_form(sign)
                self.persons.append(entity)
            entity.add_form(sign)
            self.name_index.surname.setdefault(sign.casefold(), []).append(entity)
            entity.mentions.append(Span(start, end))
            self.refs.append(Ref(start, end, PERSON, sign, entity))


