"""How reader compares names and text: without case, accents or the kind of apostrophe.  One
rule for the library (people merged across articles, search), for ``reader quotes --speaker``
and for finding text in the article the app shows; and whether a line is written in capitals
word by word, which the parser and the extractor both ask of a title."""

from __future__ import annotations

import re
import unicodedata

_WORDS = re.compile(r"\w+(?:'\w+)*")


def strip_accents(text: str) -> str:
    """'Sébastien' -> 'Sebastien'."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def name_words(name: str) -> list[str]:
    """'Sébastien  Lecornu' -> ['sebastien', 'lecornu'] (accents, case and apostrophes folded)."""
    plain = strip_accents(name.replace("’", "'").replace("ʼ", "'"))
    return _WORDS.findall(plain.casefold())


def person_key(name: str) -> str:
    """People are merged across articles by this: the full name without case, accents or
    punctuation ('Sébastien  Lecornu' and 'sebastien lecornu' are one).  Never the surname alone:
    'Oksana Didenko' and 'Petro Didenko' are two people."""
    return " ".join(name_words(name))


_SAME_MARK = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})


class _FoldTable(dict[int, str]):
    """What each character folds to, worked out the first time it is met (a table for
    ``str.translate``: one lookup per character after that, not a Python loop)."""

    def __missing__(self, code: int) -> str:
        char = chr(code).translate(_SAME_MARK)
        lower = char.lower()
        if len(lower) != 1:
            lower = char
        base = strip_accents(lower)
        folded = self[code] = base if len(base) == 1 else lower
        return folded


_FOLD = _FoldTable()


def fold_in_place(text: str) -> str:
    """``text`` without case, accents or the kind of apostrophe or quotation mark, character for
    character, so that an offset in the result is the same offset in ``text``: 'Iceland’s' and
    "ICELAND'S" fold alike."""
    return text.translate(_FOLD)


RUN = 6  # words in a row two quotes must share to be "the same quote, or a large part of it"


def words_of(text: str) -> tuple[str, ...]:
    """The words of a quote, compared without case, accents, punctuation or quotation marks."""
    return tuple(_WORDS.findall(fold_in_place(text)))


def same_words(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two quotes (as ``words_of`` gives them) are the same words, or share a large part:
    a run of ``RUN`` words or more; a quote shorter than that (four words at least) must appear
    whole in the other."""
    short, long = sorted((one, other), key=len)
    if len(short) < 4:
        return False
    if len(short) < RUN:
        return any(long[start : start + len(short)] == short for start in range(len(long) - len(short) + 1))
    runs = {long[start : start + RUN] for start in range(len(long) - RUN + 1)}
    return any(short[start : start + RUN] in runs for start in range(len(short) - RUN + 1))


class SameWordsFinder:
    """``same_words`` of a few quotes (an article's) against many others, each of those read
    once: the runs of ``RUN`` words of the few are looked up, not made again for every pair."""

    def __init__(self, quotes: list[tuple[str, ...]]) -> None:
        self.quotes = quotes
        self.by_run: dict[tuple[str, ...], list[int]] = {}
        for number, words in enumerate(quotes):
            for start in range(len(words) - RUN + 1):
                self.by_run.setdefault(words[start : start + RUN], []).append(number)
        self.short = [number for number, words in enumerate(quotes) if 4 <= len(words) < RUN]

    def matching(self, other: tuple[str, ...]) -> set[int]:
        """The numbers of the quotes that are ``other``'s words, or share a large part of them."""
        if len(other) < 4:
            return set()
        found = {number for number in self.short if same_words(self.quotes[number], other)}
        if len(other) < RUN:  # it must appear whole in a longer one
            found.update(number for number, words in enumerate(self.quotes) if len(words) >= RUN and same_words(words, other))
            return found
        for start in range(len(other) - RUN + 1):
            found.update(self.by_run.get(other[start : start + RUN], ()))
        return found


LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")  # a word of four letters or more


def in_title_case(text: str) -> bool:
    """Are (nearly) all the longer words capitalised, as in "Senator Wins Key Vote In Ohio"?
    The parser tells a headline by it; the extractor, a title whose capitals say nothing of names."""
    words = LONG_WORD.findall(text)
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= 0.9 * len(words)
