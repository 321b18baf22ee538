"""Roles around a name: before it (`Ukraine's Defence Minister Rustem Umierov`) and after it (`,
Head of the Oblast Administration,`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, lexicon, tagged_entries, words_tagged
from .base import RecogniserBase
from .records import Entity
from .tokens import Token, is_given_name
from .vocabulary import (
    CLEAR_SPEECH,
    MODIFIERS_BEFORE_A_ROLE,
    NOT_ROLE_START,
    PARTIES,
    SENTENCE_OPENERS,
    is_role_token,
)

_CONNECTORS = frozenset(("of", "for", "on", "and", "to", "in", "at"))
_CONNECTORS_AND_THE = _CONNECTORS | {"the"}


_FEMALE_ROLE = words_tagged("gendered_words.txt", "f")


_MALE_ROLE = words_tagged("gendered_words.txt", "m")


# `, Head of the Oblast Administration, on Telegram`: where the words were published ends the role
_CHANNEL_TAIL = re.compile(
    r"\s+(?:on|in|at|via|during|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    rf"{alternation([entry for entry, tags in tagged_entries('channels.txt') if 'only' not in tags], longest_first=True)}\b.*$",
    re.IGNORECASE | re.DOTALL,
)


_ROLE_WORDS = re.compile(r"[\w'’-]+")


_WORD_CHARACTERS = re.compile(r"\w+")


_ROLE_END = re.compile(r"[,;:.!?()\[\]\"“”«»]|\s[–—-]\s")


_COMMA_SPACE = re.compile(r",\s+")
# a clause that opens with `the` and a phrase, then the comma before a name
_THE_PHRASE_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\n)[Tt]he\s+(?P<role>[^,;:.!?\n\"“”]{2,70}?),\s$")
_WORDS_BEFORE_ROLE = re.compile(r"(?:\b[a-z][a-z-]* ){1,3}$")
_AGE_BETWEEN = re.compile(r",\s+\d{1,3}(?=,\s)")
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])[A-Z]$")  # `George W`, `U.S` before a full stop
_LOWER_NEXT = re.compile(r"\s+[a-z]")


_ROLE_CLAUSE = re.compile(
    r",\s+who\s+(?:is|was|became|has\s+become|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as)\s+"
)


@lru_cache(maxsize=1)
def _role_phrases() -> tuple[str, ...]:
    """The multi-word roles (`head of state`) as they read in words joined by spaces."""
    return tuple(" ".join(phrase) for phrase in lexicon().role_phrases)


_CLAUSE_WORDS = frozenset("to the a an that about on with for at in his her their its".split())


class RolePasses(RecogniserBase):
    """Reading the roles written around names."""

    # -- roles ---------------------------------------------------------------------------
    def role_before(self, tokens: list[Token], i: int) -> tuple[str | None, int]:
        """The role written before the name at tokens[i], and the token where it starts."""
        first = i
        j = i - 1
        while j >= 0 and self.text[tokens[j].end : tokens[j + 1].start] in (" ", "\u00a0"):
            word = tokens[j]
            lower = word.text.casefold()
            if word.capitalised:
                if word.text in SENTENCE_OPENERS or j in self.claimed:
                    break
            elif lower == "the" and j > 0 and tokens[j - 1].text.casefold() in _CONNECTORS:
                pass
            elif lower not in _CONNECTORS and not is_role_token(lower):
                break
            first = j
            j -= 1
        while first < i and tokens[first].text.casefold() in _CONNECTORS_AND_THE:
            first += 1
        if first == i or tokens[i - 1].text.casefold() in _CONNECTORS_AND_THE:
            return None, i  # `an adviser to Hillary Clinton`: someone else's role, of which she is the object
        # `the aide to President Jane Doe`: only the title after the last connector is hers
        last = max((k for k in range(first, i) if tokens[k].text.casefold() in _CONNECTORS), default=None)
        if last is not None and all(tokens[k].capitalised and is_role_token(tokens[k].base) for k in range(last + 1, i)):
            first = last + 1
        words = [token.base.casefold() for token in tokens[first:i]]
        if not any(is_role_token(word) for word in words) and not self._has_role_phrase(words):
            return None, i
        start = self._modifiers_before(tokens[first].start)
        return self.text[start : tokens[i - 1].end], first

    def _modifiers_before(self, start: int) -> int:
        """Where the lower-case words that modify a role written before a name begin
        (`former`, `county emergency` in `said county emergency director Jane Doe`): up to
        three known modifiers."""
        before = _WORDS_BEFORE_ROLE.search(self.text, max(0, start - 40), start)
        if before is None:
            return start
        words = before.group().split()
        kept = 0
        for word in reversed(words):
            if word not in MODIFIERS_BEFORE_A_ROLE:
                break
            kept += 1
        if kept == 0:
            return start
        return start - len(" ".join(words[-kept:])) - 1

    def role_before_comma(self, tokens: list[Token], i: int, j: int) -> str | None:
        """`the Speaker of the Chamber of Deputies, Markéta Dvořáková.`: a role, a comma, a name
        that ends the clause."""
        after = self.text[tokens[j - 1].end : tokens[j - 1].end + 1]
        if i == 0 or after not in ("", ".", ",", ";", ":", ")"):
            return None
        if self.text[tokens[i - 1].end : tokens[i].start] != ", ":
            return self._described_with_the(tokens[i].start)
        first = i - 1
        k = i - 2
        while k >= 0 and self.text[tokens[k].end : tokens[k + 1].start] == " ":
            word = tokens[k]
            lower = word.text.casefold()
            if word.capitalised:
                if word.text in SENTENCE_OPENERS or k in self.claimed:
                    break
            elif lower not in _CONNECTORS and lower != "the" and not is_role_token(lower):
                break
            first = k
            k -= 1
        while first < i - 1 and tokens[first].text.casefold() in _CONNECTORS_AND_THE:
            first += 1
        if first and tokens[first - 1].text == "shadow" and len(self.text[tokens[first - 1].end : tokens[first].start].split()) <= 1:
            first -= 1  # `the shadow floods minister, Jane Doe`: the opposition's, not the office itself
        words = [token.base for token in tokens[first:i]]
        if not any(is_role_token(word) for word in words):
            return None
        if not (is_role_token(tokens[first].base) or tokens[first].capitalised or tokens[first].text == "shadow"):
            return None
        return self.text[tokens[first].start : tokens[i - 1].end]

    def _described_with_the(self, name_start: int) -> str | None:
        """`The head of the Eastbrook harbour board, Ruth Abernathy, has ...`: a phrase that
        opens its clause with `the` and holds a role word, then a comma and the name."""
        phrase = _THE_PHRASE_BEFORE.search(self.text, max(0, name_start - 80), name_start)
        if phrase is None:
            return None
        words = _ROLE_WORDS.findall(phrase.group("role"))
        if not any(is_role_token(word) for word in words[:3]):
            return None  # the role word heads the phrase (`head of ...`), not `the vote of the mayor`
        return phrase.group("role")

    def _has_role_phrase(self, words: list[str]) -> bool:
        return any(map(" ".join(words).__contains__, _role_phrases()))

    def role_after(self, end: int, unit_end: int) -> str | None:
        """`, Head of Kherson Oblast Military Administration, on Telegram` -> the role;
        also `, who became the Air Force's spokesman in the autumn`."""
        if not self.text.startswith(",", end, unit_end):
            return None  # both forms begin with a comma
        rest = self.text[end : min(unit_end, end + 300)]
        age = _AGE_BETWEEN.match(rest)
        if age is not None:
            rest = rest[age.end() :]  # `said Doe, 61, a former teacher`: the age, then the role
        match = _ROLE_CLAUSE.match(rest) or _COMMA_SPACE.match(rest)
        if not match:
            return None
        body = rest[match.end() :]
        stop = _ROLE_END.search(body)
        # parentheses belong to the role: "MP from the Holos (Voice) party"
        while stop and stop.group() in ("(", "."):
            if stop.group() == ".":
                initial = _INITIAL_BEFORE.search(body, 0, stop.start())
                if initial is None or initial.group()[0] == "." and not _LOWER_NEXT.match(body, stop.end()):
                    break  # `in the U.S. She said`: a sentence ends; `a U.S. soldier` goes on
                stop = _ROLE_END.search(body, stop.end())  # `aide to President George W. Bush`: an initial
                continue
            close = body.find(")", stop.end())
            if close < 0:
                break
            stop = _ROLE_END.search(body, close + 1)
        role = body[: stop.start()] if stop else body
        role = _CHANNEL_TAIL.sub("", role).strip()
        words = _ROLE_WORDS.findall(role)
        if not words or len(words) > 16:
            return None
        first = words[0].casefold()
        if first in ("the", "a", "an") and len(words) > 1:
            first = words[1].casefold()
        if first in NOT_ROLE_START:
            return None
        if self._title_and_name(words):
            return None  # `Jane Doe, Senator Tom Marsh and Peter Hale`: a list of people, not a role
        if words[-1] in CLEAR_SPEECH:
            return None  # `in Ms Tarrant, the prime minister's spokesperson said:`: the next clause's subject and verb
        lowered = [word.casefold() for word in words[:6]]
        if len(lowered) > 2 and lowered[0].endswith("ly") and lowered[1].endswith(("ing", "ed")) and words[2][:1].isupper():
            return None  # `, recently asked Admiral Harris`: an adverb, a verb and its object
        if lowered[0].endswith(("ing", "ed")) and len(lowered) > 1 and lowered[1] in _CLAUSE_WORDS:
            # `, referring to the candidate`, `, defended his father`: a verb's clause, not a role
            # (unlike `acting president`, `retired army general`)
            return None
        if any(is_role_token(word) for word in lowered) or self._has_role_phrase(lowered):
            return role
        return None

    @staticmethod
    def _title_and_name(words: list[str]) -> bool:
        """Do the words open with titles, then a given name and a capitalised word: another
        person (`Senator Marco Rubio`), not someone's role (`Senator Ted Cruz's wife`)?"""
        k = 0
        while k < len(words) and (
            words[k][:1].isupper() and is_role_token(words[k])
            or k + 1 < len(words) and (words[k] in PARTIES or words[k].casefold() in MODIFIERS_BEFORE_A_ROLE or is_role_token(words[k]))
        ):
            k += 1  # `Senator`, `Democratic presidential nominee`
        if not (0 < k < len(words) - 1 and is_given_name(words[k]) and words[k + 1][:1].isupper()):
            return False
        end = k + 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        return not words[end - 1].endswith(("'s", "’s"))  # `Senator Ted Cruz's wife` is a role

    def _gender_from_role(self, entity: Entity, role: str) -> None:
        if entity.gender is not None:
            return
        words = set(_WORD_CHARACTERS.findall(role.casefold()))
        if words & _FEMALE_ROLE:
            entity.gender = "f"
        elif words & _MALE_ROLE:
            entity.gender = "m"


