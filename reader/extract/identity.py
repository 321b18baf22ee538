"""One person, one identity: the spellings of a name that stand for the same person.

News writes one name several ways: transliterated by different rules (`Zelensky`, `Zelenskyy`,
`Zelenskyi`; `Oleksandr`, `Aleksandr`; `Serhii`, `Sergei`), with and without accents, and now
and then with a typing slip (`Zelenksy`).  These functions say when two spellings are one name;
the recogniser uses them inside an article and the library across articles.

- ``folded(word)``: a name word with accents, case, apostrophes and the letters that
  transliteration systems write differently made one (`y`/`i`/`j`, `kh`/`h`, `x`/`ks`, doubled
  letters, the endings `-yy`, `-yi`, `-iy`, `-ii`);
- a given name also drops its vowels and reads `h` as `g` (``given_key``), so `Oleksandr` and
  `Aleksandr`, `Serhii` and `Sergei` agree, which is only safe once the surnames agree;
- ``one_letter_apart``: the typing slips, for the caller to accept only when nothing else in
  the article carries a surname that close.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = re.compile(r"[’'`ʼ.\-\s]")
_DOUBLES = re.compile(r"(.)\1+")
_ENDINGS = re.compile(r"(?:yy|iy|yi|ii|ij|yj)$")
_VOWELS = re.compile(r"[aeiouy]")
_H_BETWEEN_VOWELS = re.compile(r"(?<=[aeiouy])h(?=[aeiouy])")
_H_AS_G = re.compile(r"(?<![csktz])h")  # `Serhii`, not the `h` of `kh`, `sh`, `zh`, `ch`


def _plain(word: str) -> str:
    if word.isascii():
        return word.casefold()  # nothing to decompose, no accent to drop
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@lru_cache(maxsize=16384)
def folded(word: str) -> str:
    """`Zelenskyy`, `Zelenskyi`, `Zelensky` -> `zelenski`; `Kharkiv` -> `harkiv`; `Trehubov`,
    `Tregubov` -> `tregubov`."""
    text = _MARKS.sub("", _plain(word))
    text = text.replace("x", "ks").replace("kh", "h").replace("tz", "ts").replace("w", "v")
    if "h" in text:
        text = _H_BETWEEN_VOWELS.sub("g", text)  # `Trehubov`, `Tregubov`: the Ukrainian and the Russian spelling
    text = _ENDINGS.sub("y", text)
    text = text.replace("j", "i").replace("y", "i")
    return _single_letters(text)


@lru_cache(maxsize=16384)
def given_key(word: str) -> str:
    """A given name's consonants after folding: `Oleksandr`, `Aleksandr` -> `lksndr`."""
    text = _H_AS_G.sub("g", folded(word))
    return _single_letters(_VOWELS.sub("", text.replace("i", ""))) or text


def _single_letters(text: str) -> str:
    """`zelenskii` -> `zelenski`: each letter written twice or more, once.  A replacement that
    refers to a group runs Python code each time, so only a word with such a letter is given
    to it (a search runs in C alone)."""
    return _DOUBLES.sub(r"\1", text) if _DOUBLES.search(text) else text


def same_given_name(a: str, b: str) -> bool:
    """Two given names that may be one name in two spellings (an initial fits its name)."""
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return _plain(a)[:1] == _plain(b)[:1]
    return folded(a) == folded(b) or given_key(a) == given_key(b) and len(given_key(a)) >= 2


def one_letter_apart(a: str, b: str) -> bool:
    """`Zelenksy` and `Zelensky`: one letter added, dropped, changed or two swapped, in words
    of five letters or more that begin alike."""
    a, b = folded(a), folded(b)
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [k for k in range(len(a)) if a[k] != b[k]]
        if len(differ) == 1:
            return True
        return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names (as words) that may be one person's: the same surname in any spelling, and
    given names that agree where both have them (`Volodymyr Zelensky`, `Zelenskyy`,
    `V. Zelenskyi`)."""
    if not a or not b or folded(a[-1]) != folded(b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return same_given_name(a[0], b[0])
