"""The words that point to a speaker without naming them: pronouns, role nouns (`the minister`),
organisation nouns (`the company`), unnamed people (`a resident`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import letter_tree, lexicon
from .base import RecogniserBase
from .records import ANONYMOUS, BODY, PRONOUN, ROLE, Ref
from .tokens import Token
from .vocabulary import (
    AGE,
    BODY_NOUN,
    CLEAR_SPEECH,
    INDEFINITE,
    NOT_ROLE_START,
    PARTY_MEMBERS,
    ROLE_MODIFIERS,
    is_role_token,
)

_WORD_AFTER_A_NAME = re.compile(r"(?:['’]s)?\s+([\w'’-]+)")  # `Air Force spokesman`, `Air Force's spokesman`
# up to three lower-case words after `a`, `one`: where a role word may end an unnamed person
_LOWER_WORDS = re.compile(r"(?:[ \u00a0][a-z][\w-]*){1,3}")
_WORD_IN = re.compile(r"[a-z][\w-]*")
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


# `the company stated`, `the national grid operator said`: an organisation named by what it is;
# `the Clinton campaign`, `the Scottish government`: and by whose it is
_ORGANISATION_NOUN = re.compile(
    r"\s+(?P<before>(?:(?!of\b|for\b|the\b|and\b)[A-Za-z][\w'’-]*\s+){0,3}?)"
    rf"(?P<noun>{BODY_NOUN})\b(?!['’])"
)


_DEFINITE_PERSON = re.compile(r"\s+(?:(?:old|elderly|young|older|younger)\s+)?(?P<noun>man|woman|boy|girl)\b")


_OFFICE = re.compile(r"[ \u00a0](?:of|for|at)[ \u00a0](?:the[ \u00a0])?")


_OFFICE_WORD = re.compile(r"([\w'’-]+)([ \u00a0]|[^\w'’ \u00a0-]|$)")


_NAMED_AFTER = re.compile(r", ")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w'’-]*\.?[ \u00a0]){0,3}")  # `Navy Capt. `, before the name


@lru_cache(maxsize=1)
def _unnamed_pattern() -> re.Pattern[str]:
    """`a` + up to three words (or an age) + a noun for an unnamed person."""
    nouns = letter_tree(noun.casefold() for noun in lexicon().unnamed_people)
    return re.compile(rf"[ \u00a0](?:(?:[a-z][\w'’-]*|\d{{1,3}}-year-old)[ \u00a0]){{0,3}}?(?P<noun>{nouns})\b", re.IGNORECASE)


# role words that are also adjectives before a noun: `the major danger`, `the general public`
_ALSO_ADJECTIVES = frozenset(("major", "general", "chief", "private", "principal"))
# `the Wisconsin Republican did`, `the Democrat said`: a party's member, then a verb
_PARTY_MEMBER = re.compile(rf" (?:[A-Z][a-z]+ ){{0,2}}(?P<party>{'|'.join(PARTY_MEMBERS)}) (?=[a-z]+\b)")
_AGE_GAP = re.compile(rf"\s{AGE}\s")  # `the 62-year-old mayor`: an age before the role
_TEEN_THEN_SPEECH = re.compile(r"\s(?P<teen>teenager|teen)\b(?:\s+(?P<verb>[a-z]+)\b|(?=[.,;]))")
# `the 61-year-old said`, `the 77-year-old elder told`: an age, perhaps a noun for the person, a verb
_AGE_THEN_SPEECH = {  # the age, then none, one or two nouns for the person, then the verb
    nouns: re.compile(rf"\s(?P<age>{AGE}(?:\s+[a-z]{{3,}}){{{nouns}}})\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
    for nouns in (0, 1, 2)
}


# a party's member left unnamed after `a`, `one`: `One House Democrat`, `a Senate Republican`
_UNNAMED_MEMBER = re.compile(
    rf"[ \u00a0](?:[A-Z][\w'’-]*[ \u00a0]){{0,2}}(?:{'|'.join(PARTY_MEMBERS)})"
    r"(?=[,;:]|[ \u00a0]+(?:who|said|says|told|tells|added|adds|wrote|writes|argued|noted|warned|conceded|admitted)\b)"
)


class ReferencePasses(RecogniserBase):
    """Finding the pronouns, role nouns and other words that may point to a speaker."""

    def pronouns_and_roles(self, tokens: list[Token], pointers: list[int]) -> None:
        for i in pointers:
            token = tokens[i]
            lower = token.text.casefold()
            if self.in_quote(token.start) or i in self.claimed:
                continue
            if lower in self.lex.pronouns and token.text in (lower, lower.capitalize()):
                self.refs.append(Ref(token.start, token.end, PRONOUN, token.text, gender=self.lex.pronouns[lower]))
                continue
            if lower == "it" and i + 1 < len(tokens) and tokens[i + 1].text in CLEAR_SPEECH and self.text[token.end : tokens[i + 1].start] == " ":
                # `it said in a statement`: a body, as `they` is (not `it is`, `it was`)
                self.refs.append(Ref(token.start, token.end, PRONOUN, token.text, gender="group"))
                continue
            if lower in INDEFINITE:
                if i > 0 and (i - 1) in self.claimed and self.text[tokens[i - 1].end : token.start] == ", ":
                    continue  # "Robert T. Greaves, a senior official": describes a named person
                unnamed = self._unnamed_person_end(token.end, opening=token.text[0].isupper()) if i + 1 < len(tokens) else None
                if unnamed:
                    end, gender = unnamed
                    start = token.start
                    self.refs.append(Ref(start, end, ANONYMOUS, self.text[start:end], gender=gender))
                elif member := _UNNAMED_MEMBER.match(self.text, token.end):
                    # `One House Democrat, who requested anonymity,`, `a Senate Republican said`
                    self.refs.append(Ref(token.start, member.end(), ANONYMOUS, self.text[token.start : member.end()]))
                elif lower != "a" and lower != "an" and self._alone_beside_a_speech_verb(tokens, i):
                    # `," says one.`, `Another added:`: one of the people just spoken of, unnamed
                    self.refs.append(Ref(token.start, token.end, ANONYMOUS, token.text))
                continue
            if lower == "the" and i + 1 == len(tokens):  # `," said the teenager.`: no token after `the`
                role_end = self._age_end(token.end)
                if role_end:
                    self.refs.append(Ref(token.start, role_end, ROLE, self.text[token.start : role_end]))
                continue
            if lower == "the" and i + 1 < len(tokens):
                named_end = self.organisation_starts.get(tokens[i + 1].start)
                after_name = _WORD_AFTER_A_NAME.match(self.text, named_end) if named_end is not None else None
                if named_end is not None and not (after_name and is_role_token(after_name.group(1))):
                    continue  # `the Coast Guard said`: an organisation named, no role noun (unlike `the Air Force spokesman`)
                gendered = _DEFINITE_PERSON.match(self.text, token.end)
                if gendered:  # "the man", "the old woman": a pronoun in other words
                    end = gendered.end()
                    noun = gendered.group("noun").casefold()
                    gender = self.lex.unnamed_people.get(noun)
                    self.refs.append(Ref(token.start, end, PRONOUN, self.text[token.start : end], gender=gender))
                    continue
                body = _ORGANISATION_NOUN.match(self.text, token.end)
                following = _NEXT_WORD.match(self.text, body.end()) if body else None
                if (
                    body
                    and not (following and is_role_token(following.group(1)))
                    and not any(is_role_token(word) for word in body.group("before").split() if not word.endswith(("'s", "’s")))
                ):  # (`the sheriff's office` is a body, `the chief executive` no)
                    end = body.end()  # "the company stated", "the national grid operator said"
                    self.refs.append(Ref(token.start, end, BODY, body.group("noun")))
                    continue
                role_end = (
                    self._role_noun_end(tokens, i + 1)
                    or self._nationality_end(tokens, i + 1)
                    or self._party_member_end(tokens, i + 1)
                    or self._age_end(token.end)
                )
                if role_end:
                    start = token.start
                    self.refs.append(Ref(start, role_end, ROLE, self.text[start:role_end]))

    def _alone_beside_a_speech_verb(self, tokens: list[Token], i: int) -> bool:
        """Is `one` or `another` a subject by itself, a speech verb right before it (`," says
        one.`) or right after it (`One said`, `another added`)?"""
        token = tokens[i]
        before = tokens[i - 1] if i > 0 else None
        if (
            before is not None
            and before.text in CLEAR_SPEECH
            and self.text[before.end : token.start] == " "
            and self.text[token.end : token.end + 1] in (".", ",", ";", "")
        ):
            return True
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return after is not None and after.text in CLEAR_SPEECH and self.text[token.end : after.start] == " "

    def _unnamed_person_end(self, offset: int, opening: bool = False) -> tuple[int, str | None] | None:
        """`a resident`, `another elderly woman`, `one soldier` after the article ending at
        `offset`: (end offset, gender) or None.  An article that opens its sentence may also
        bring in someone by their work (`A forest guard who ...`, `One juror, a woman ...`)."""
        match = _unnamed_pattern().match(self.text, offset)
        if match is not None:
            end, gender = match.end(), self.lex.unnamed_people[match.group("noun").casefold()]
        elif opening:  # `A forest guard`, `One juror`, `A landlord`: someone by their work
            words = _LOWER_WORDS.match(self.text, offset)
            if words is None:
                return None
            for word in _WORD_IN.finditer(words.group()):
                if self.lex.is_role_word(word.group()):
                    end, gender = offset + word.end(), "u"
                    break
            else:
                return None
        else:
            return None
        if _NAMED_AFTER.match(self.text, end) and self._named_at(end + 2):
            return None  # "a resident, Ivan Petrenko": named after all
        return end, None if gender == "u" else gender

    def _named_at(self, at: int) -> bool:
        """Does a person's name begin at `at`, perhaps after a few capitalised words of title or
        service (`a Pentagon spokesman, Navy Capt. Jeff Davis,`)?"""
        titles = _TITLE_WORDS.match(self.text, at)
        return titles is not None and any(at + k in self._person_starts for k in range(titles.end() - at + 1))

    def _nationality_end(self, tokens: list[Token], i: int) -> int | None:
        """`the Norwegian said`, `the Spaniard added`, `said the Scot.`: a nationality standing
        for a person the article has just named, as sports and foreign news write; the offset
        where it ends."""
        if i >= len(tokens) or not tokens[i].capitalised or self.text[tokens[i - 1].end : tokens[i].start] != " ":
            return None
        word = tokens[i]
        if not self.lex.is_nationality(word.text):
            return None  # `the Netherlands`: a country, not a person's nationality
        if i + 1 < len(tokens) and tokens[i + 1].text in CLEAR_SPEECH and self.text[word.end : tokens[i + 1].start] == " ":
            return word.end
        if i >= 2 and tokens[i - 2].text in CLEAR_SPEECH and self.text[tokens[i - 2].end : tokens[i - 1].start] == " ":
            if self.text[word.end : word.end + 1] in (".", ",", ";", ""):
                return word.end  # `," said the Scot.`: the verb put first
        return None

    def _age_end(self, offset: int) -> int | None:
        """`the 61-year-old said`, `said the teenager`: an age standing for a person the article
        has described with it, before a speech verb (or ending the clause); where it ends."""
        # each pattern only where the characters it must start with stand (a space, then a digit
        # or `teen`), which is seldom: a pattern costs more to try than the text to look at
        text = self.text
        age = (
            next(
                (found for pattern in _AGE_THEN_SPEECH.values() if (found := pattern.match(text, offset)) and found.group("verb") in CLEAR_SPEECH),
                None,
            )
            if text[offset + 1 : offset + 2].isdigit()
            else None
        )
        if age is None:
            # `said the teenager`, `the teen added`
            teen = _TEEN_THEN_SPEECH.match(text, offset) if text.startswith("teen", offset + 1) else None
            if teen is None or teen.group("verb") is not None and teen.group("verb") not in CLEAR_SPEECH:
                return None
            return teen.end("teen")
        return age.end("age")

    def _party_member_end(self, tokens: list[Token], i: int) -> int | None:
        """`the Wisconsin Republican did ...`, `the Vermont Democrat said`: a party member
        standing for a person the article has just named; the offset where the phrase ends."""
        if i >= len(tokens) or not tokens[i].capitalised:
            return None
        member = _PARTY_MEMBER.match(self.text, tokens[i - 1].end)
        if member is None:
            return None
        return member.end("party")

    def _noun_follows(self, offset: int) -> bool:
        """Is the word right after `offset` a lower-case noun rather than a verb or a role
        (`major danger`, not `major said` or `general manager`)?"""
        following = _NEXT_WORD.match(self.text, offset)
        if following is None:
            return False
        word = following.group(1)
        if not word.islower() or is_role_token(word) or word in self.lex.speech_verbs or word in NOT_ROLE_START:
            return False
        return not word.endswith(("ed", "s"))  # `the general warned`, `the chief says`

    def _describes_the_role(self, tokens: list[Token], j: int) -> bool:
        """`the former Chelsea midfielder`: a word that is also a given name, right before a
        role word, says whose the role is (a club, a town), naming no one."""
        return j + 1 < len(tokens) and is_role_token(tokens[j + 1].base) and self.text[tokens[j].end : tokens[j + 1].start] == " "

    def _role_noun_end(self, tokens: list[Token], i: int) -> int | None:
        """`the minister`, `the Air Force spokesperson`, `the head of the administration`,
        `the 62-year-old mayor`: the offset where the role phrase ends, or None."""
        role_end: int | None = None
        j = i
        while j < len(tokens) and j - i < 5:
            gap = self.text[tokens[j - 1].end : tokens[j].start]
            if gap not in (" ", "\u00a0") and not (j == i and _AGE_GAP.fullmatch(gap)):
                return None  # another word in between: not a role noun right after `the`
            word = tokens[j]
            if j in self.claimed or word.given and not self._describes_the_role(tokens, j):
                return None  # "the minister Rustem Umierov": a role before a name
            if is_role_token(word.base):
                if word.base.casefold() in _ALSO_ADJECTIVES and self._noun_follows(word.end):
                    return None  # `the major danger`, `the general public`: an adjective
                role_end = j + 1
                break
            if not (word.capitalised or word.text.casefold() in ROLE_MODIFIERS):
                return None
            j += 1
        if role_end is None:
            return None
        end = role_end
        while end < len(tokens) and is_role_token(tokens[end].base) and self.text[tokens[end - 1].end : tokens[end].start] == " ":
            end += 1  # "the deputy head", "the commander-in-chief"
        if end < len(tokens) and self.text[tokens[end - 1].end : tokens[end].start] == " ":
            following = tokens[end]
            if end in self.claimed or following.capitalised and following.base in self.lex.organisation_words:
                return None  # "the minister Jane Doe", "the General Staff"
        offset = tokens[end - 1].end
        # the office: "of the administration", "of the Oblast Military Administration"
        office = _OFFICE.match(self.text, offset)
        if office:
            last = None
            for count, office_word in enumerate(_OFFICE_WORD.finditer(self.text, office.end(), office.end() + 100)):
                lower = office_word.group(1).casefold()
                if count == 7 or lower in self.lex.speech_verbs or lower in NOT_ROLE_START:
                    break
                if office_word.group(1)[0].isupper() and office_word.group(1) in self.lex.given_names:
                    break  # a name begins
                last = office_word.end(1)
                if office_word.group(2) != " ":
                    break  # punctuation ends the phrase
            if last is not None:
                offset = last
        return offset


