"""One unit of text as tokens: the words the passes look at, each sorted out once (given name?
could be part of a name? a role word?).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...model import Span
from ..lexicon import lexicon
from .vocabulary import (
    INDEFINITE,
    PARTICLES,
    ROLE_MODIFIERS,
    SENTENCE_OPENERS,
    is_participle_adjective,
    is_role_token,
)

# a word, with its parts joined by an apostrophe or a hyphen (`Ukraine's`, `Grosu-Vrabie`); the
# possessive quantifiers only spare the regex engine backtracking that could never succeed (the
# words found are those of `\w+(?:['’]\w+|-\w+)*`): this runs over every word of every article.
# `[a-z\w]` is `\w`, with the commonest characters first: the engine tells a lower-case ASCII
# letter by comparing it with `a` and `z`, before it asks the Unicode tables whether a character
# is a letter or a digit (four look-ups for each character that is not)
TOKEN = re.compile(r"[a-z\w]++(?:[-'’][a-z\w]++)*+")
# each word with the characters after it that are no word's, up to the next word: `scan` counts
# its way through a unit by their lengths, which is cheaper than asking a match object where each
# word is (the characters before the first word are passed over by a search for it); `[ \W]` is
# `\W`, with the commonest gap, a space, told first
_WORD_AND_GAP = re.compile(rf"({TOKEN.pattern})([ \W]*+)")
_FIRST_WORD = re.compile(r"\w")


class Token:
    """A word of the text with its offsets; `base` drops a possessive ending.

    A class with slots rather than a named tuple: the passes read a token's fields millions of
    times an article set, and a slot is read faster than a named tuple's field."""

    __slots__ = ("start", "end", "text", "base", "capitalised", "given", "namelike")

    start: int
    end: int
    text: str
    base: str  # "Ukraine's" -> "Ukraine"
    capitalised: bool
    given: bool  # a given name: `Olena`, `Hans-Peter`
    namelike: bool  # could be part of a person's name

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


_PARTICLE, _POINTER, _ROLE_WORD, _KEPT = 1, 2, 4, 8


# lower-case words the passes read between names: connectors and auxiliaries
_KEPT_WORDS = frozenset("of for on and to in at the de du des has had also later then".split())


# pronouns and function words, capitalised at a sentence's start, are never part of a name
NEVER_NAMES = frozenset("he she it they we i you his her its their our my your him them us jr sr".split())


@lru_cache(maxsize=1)
def _pointer_words() -> frozenset[str]:
    """Words that may point back to a speaker: pronouns, `the` (a role noun), `a` (someone
    unnamed), `it` (a body, before a speech verb)."""
    words = [*lexicon().pronouns, "the", "it", *INDEFINITE]
    return frozenset(words + [word.capitalize() for word in words])


@lru_cache(maxsize=1)
def _word_kinds() -> dict[str, int]:
    """Special words and what they are, as bit flags: particle, pointer, role word."""
    kinds: dict[str, int] = {}
    for word in PARTICLES:
        kinds[word] = kinds.get(word, 0) | _PARTICLE
    for word in _pointer_words():
        kinds[word] = kinds.get(word, 0) | _POINTER
    for word in _role_forms():
        kinds[word] = kinds.get(word, 0) | _ROLE_WORD
    lex = lexicon()
    kept = set(lex.speech_verbs) | set(ROLE_MODIFIERS) | _KEPT_WORDS
    kept |= {word.casefold() for word in lex.place_words}
    for word in kept:  # words the passes read but that need no flag of their own
        kinds.setdefault(word, _KEPT)
    return kinds


@lru_cache(maxsize=1)
def _role_forms() -> frozenset[str]:
    """Role words as they are written: `minister`, `Minister`, `MINISTER`."""
    return frozenset(
        form
        for word in lexicon().role_words
        for form in (word, word.capitalize(), word.title(), word.upper())
    )


_POSSESSIVES = ("'s", "’s")


_new_token = object.__new__  # a Token without a Python-level __init__ call: `scan` fills its slots


class _WordInfo(NamedTuple):
    """What `scan` needs to know of a word, whatever text it is in."""

    token_tail: tuple[str, str, bool, bool, bool]  # a Token's fields after its offsets
    capitalised: bool
    name_start: bool  # a name may begin here: a capitalised word or a lower-case particle
    pointer: bool  # `he`, `she`, `the` (a role noun), `a` (an unnamed person)
    role: bool  # a role word: `minister`, `Colonel`, `commander-in-chief`


# word -> its info, or False for a plain lower-case word, which `scan` skips.  Words recur
# from article to article, so each is sorted out once (until the memo is full and starts again).
_ARTICLE_AND_NAME = re.compile(r"(?:al|el)-[A-Z]")  # `al-Tayeb`, `el-Sisi`
_word_infos: dict[str, _WordInfo | bool] = {}


_WORD_INFOS_KEPT = 50_000  # a few megabytes at most, in each indexing process too


def _remember_word(word: str) -> _WordInfo | bool:
    if len(_word_infos) >= _WORD_INFOS_KEPT:
        _word_infos.clear()
    info = _word_infos[word] = _word_info(word)
    return info


def _word_info(word: str) -> _WordInfo | bool:
    kinds = _word_kinds()
    # `al-Tayeb`, `el-Sisi`: an Arabic article joined to a name is written in lower case
    capitalised = word[0].isupper() or word[2:3] == "-" and _ARTICLE_AND_NAME.match(word) is not None
    kind = kinds.get(word, 0)
    possessive = word[-1] == "s" and word.endswith(_POSSESSIVES)
    if not (capitalised or kind):
        if possessive:
            kind = kinds.get(word[:-2], 0) & _ROLE_WORD  # "the victim's widow"
        if not kind and ("-" not in word or not is_role_token(word)):
            return False
    base = word
    if possessive:
        base = word[:-2]
        kind = kinds.get(base, 0) & _ROLE_WORD
    return _WordInfo(
        (word, base, capitalised, is_given_name(base), _namelike(base, capitalised)),
        capitalised,
        capitalised or bool(kind & _PARTICLE),
        bool(kind & _POINTER),
        bool(kind & _ROLE_WORD) if kind else "-" in base and is_role_token(base),
    )


def is_given_name(base: str) -> bool:
    """A given name (`Olena`, and compounds such as `Hans-Peter`), not a sentence opener."""
    given_names = lexicon().given_names
    if "-" in base and base not in given_names:
        parts = base.split("-")
        return all(part in given_names for part in parts) and parts[0] not in SENTENCE_OPENERS
    if base in given_names:
        return base not in SENTENCE_OPENERS
    # `María`, `Sébastien`: a listed name with its accents; `DeShawn`: `Deshawn` with a capital after `De`
    return lexicon().listed_given_name(base) is not None and base not in SENTENCE_OPENERS


def _namelike(base: str, capitalised: bool) -> bool:
    """Could this word be part of a person's name?"""
    if not capitalised:
        return False
    if len(base) == 1:
        return True  # an initial
    lex = lexicon()
    return not (
        base.casefold() in NEVER_NAMES
        or base in lex.honorifics
        or base in lex.not_names
        or base in lex.organisation_words
        or base in lex.place_words
        or lex.is_role_word(base)
        or base.endswith("s") and len(base) > 4 and lex.is_role_word(base[:-1])  # `Deputy Sheriffs' Association`
        or base.isupper()
        # `African-Americans`, `Mexican-American`: peoples joined, no name
        or "-" in base and all(part in lex.not_names or part.casefold() in lex.countries for part in base.split("-"))
        or is_participle_adjective(base)  # `Brooklyn-based`, `Texas-born`
    )


class ScannedUnit(NamedTuple):
    """One unit of text as the passes read it: its tokens and where each pass starts."""

    unit: Span
    tokens: list[Token]
    caps: list[int]  # capitalised words
    roles: list[int]  # role words: `minister`, `Colonel`
    pointers: list[int]  # `he`, `she`, `the` (a role noun), `a` (an unnamed person)
    name_starts: list[int]  # where a name may begin: capitalised words and particles
    claimed: set[int]  # tokens taken by names found so far


def scan(text: str, unit: Span, words: set[str]) -> ScannedUnit:
    """One unit's tokens, with the positions each later pass starts from; every word of the
    unit, token or not, goes into `words` (so an article's words are known without a second
    scan).

    Only the words the passes look at become tokens: capitalised words and the special
    words of `_word_kinds` (particles, pronouns, role words, speech verbs, connectors).
    A plain lower-case word between two tokens shows as a gap that is not a single space,
    which is all the passes need to know of it.  This loop runs for every word of every
    article, so it stays small.
    """
    tokens: list[Token] = []
    caps: list[int] = []  # capitalised words
    roles: list[int] = []  # role words: `minister`, `Colonel`
    pointers: list[int] = []  # `he`, `she`, `the` (a role noun), `a` (an unnamed person)
    name_starts: list[int] = []  # where a name may begin: capitalised words and particles
    append, seen = tokens.append, words.add
    known = _word_infos
    i = -1
    first = _FIRST_WORD.search(text, unit.start, unit.end)
    next_start = first.start() if first else unit.end
    for word, gap in _WORD_AND_GAP.findall(text, next_start, unit.end):
        start = next_start
        end = start + len(word)
        next_start = end + len(gap)
        info = known.get(word)
        seen(word)
        if not info:  # most words: a plain lower-case word, known as such (False)
            if info is None:
                info = _remember_word(word)
            if not info:
                continue  # a plain lower-case word: only the gap it leaves matters
        # `info` is a _WordInfo here; a cast would cost a call for every word of every article
        tail, capitalised, name_start, pointer, role = info  # type: ignore[misc]
        i += 1
        token = _new_token(Token)
        token.start, token.end = start, end
        token.text, token.base, token.capitalised, token.given, token.namelike = tail
        append(token)
        if capitalised:
            caps.append(i)
        if name_start:
            name_starts.append(i)
        if pointer:
            pointers.append(i)
        if role:
            roles.append(i)
    return ScannedUnit(unit, tokens, caps, roles, pointers, name_starts, set())

