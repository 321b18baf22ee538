"""How reader compares names and text: without case, accents or the kind of apostrophe.  One
rule for the library (people merged across articles, search), for ``reader quotes --speaker``
and for finding text in the article the app shows."""

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


def fold_in_place(text: str) -> str:
    """``text`` without case, accents or the kind of apostrophe or quotation mark, character for
    character, so that an offset in the result is the same offset in ``text``: 'Iceland’s' and
    "ICELAND'S" fold alike."""
    folded = []
    for char in text.translate(_SAME_MARK):
        lower = char.lower()
        if len(lower) != 1:
            lower = char
        base = strip_accents(lower)
        folded.append(base if len(base) == 1 else lower)
    return "".join(folded)
