"""How search and the people view compare text: case and accents folded away, queries parsed
into words and phrases, snippets cut around the words found.  No SQLite here, no Textual.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..folding import strip_accents


class _FoldTable(dict[int, str]):
    """For str.translate: each character to one character without case or accents, so the
    folded text has the same length and its offsets are the original's."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = strip_accents(char).casefold()
        if len(folded) != 1:
            folded = char.lower() if len(char.lower()) == 1 else char
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold_text(text: str) -> str:
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Term:
    """One part of a search query: a word or a phrase (its words), maybe a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


_QUERY_PARTS = re.compile(r'"([^"]*)"?|(\S+)')


def parse_query(query: str) -> list[Term]:
    """Words and "quoted phrases", all required; the last word is a prefix while it is being
    typed (no space after it), so results come as you type.  A hyphenated or apostrophised word
    is a phrase of its parts, as the index splits it."""
    terms = []
    for match in _QUERY_PARTS.finditer(query):
        text = match.group(1) if match.group(1) is not None else match.group(2)
        words = tuple(re.findall(r"\w+", fold_text(text)))
        if words:
            terms.append(Term(words))
    if terms and query[-1:].strip() and not query.rstrip().endswith('"'):
        terms[-1] = Term(terms[-1].words, prefix=True)
    return terms


def fts_query(terms: Sequence[Term]) -> str | None:
    """The FTS5 MATCH expression for the terms (every term required)."""
    parts = [f'"{" ".join(term.words)}"' + ("*" if term.prefix else "") for term in terms]
    return " AND ".join(parts) or None


def _term_pattern(term: Term) -> re.Pattern[str]:
    body = r"\W+".join(re.escape(word) for word in term.words)
    return re.compile(r"(?<!\w)" + body + ("" if term.prefix else r"(?!\w)"))


def find_terms(text: str, terms: Sequence[Term]) -> list[tuple[int, int, int]]:
    """Where the terms occur in ``text``: (start, end, term number), in text order."""
    folded = fold_text(text)
    found: list[tuple[int, int, int]] = []
    for number, term in enumerate(terms):
        found.extend((match.start(), match.end(), number) for match in _term_pattern(term).finditer(folded))
    return sorted(found)


SNIPPET_BEFORE = 60
SNIPPET_AFTER = 160


@dataclass(frozen=True)
class Snippet:
    text: str  # one line
    marks: tuple[tuple[int, int], ...]  # what matched, as (start, end) into text
    offset: int | None  # where the hit is in the article text (None: no words of it in the text)


def make_snippet(text: str, terms: Sequence[Term], start_at: int = 0) -> Snippet:
    """A line of ``text`` around the place where most of the terms occur close together
    (after ``start_at`` when the terms occur there: the title and byline come before it)."""
    found = find_terms(text, terms)
    later = [hit for hit in found if hit[0] >= start_at]
    found = later or found
    if not found:
        head = text[start_at : start_at + SNIPPET_AFTER]
        return Snippet(_one_line(head)[0] + ("…" if len(text) > start_at + SNIPPET_AFTER else ""), (), None)
    best, best_score = found[0], 0
    for index, hit in enumerate(found):
        terms_near = {other[2] for other in found[index:] if other[0] < hit[0] + SNIPPET_AFTER}
        if len(terms_near) > best_score:
            best, best_score = hit, len(terms_near)
    start = max(0, best[0] - SNIPPET_BEFORE)
    if start:
        space = text.find(" ", start, best[0])
        start = space + 1 if space >= 0 else start
    end = min(len(text), best[0] + SNIPPET_AFTER)
    if end < len(text):
        space = text.rfind(" ", best[1], end)
        end = space if space > best[1] else end
    prefix = "…" if start else ""
    body, moved = _one_line(text[start:end])
    line = prefix + body + ("…" if end < len(text) else "")
    marks = tuple(
        (len(prefix) + moved(a - start), len(prefix) + moved(b - start)) for a, b, _ in found if a >= start and b <= end
    )
    return Snippet(line, marks, best[0])


_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")  # a line break with the spaces around it


def _one_line(text: str) -> tuple[str, Callable[[int], int]]:
    """The text on one line (each line break and the spaces around it become one space), and
    where an offset of the text lands in it."""
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = []  # (offset after a break, characters dropped up to there)
    cursor = dropped = 0
    for match in _LINE_BREAK.finditer(text):
        pieces += [text[cursor : match.start()], " "]
        dropped += len(match.group()) - 1
        breaks.append((match.end(), dropped))
        cursor = match.end()
    pieces.append(text[cursor:])

    def moved(offset: int) -> int:
        before = bisect.bisect_right(breaks, (offset, float("inf"))) - 1
        return offset - (breaks[before][1] if before >= 0 else 0)

    return "".join(pieces), moved
