"""Finding direct quotes: pairing quotation marks across the body's paragraphs.

Double quotation marks open a quote (" “ ” « » „, and two apostrophes ``''`` as some
publishers' archives write them); single marks are then nested quotes or apostrophes and never
break pairing.  An article written in the British style, whose quotes open with single marks
(‘…’ or '…') and nest double ones, is read with single marks instead: an apostrophe inside a
word (`don’t`), before a year (`’90s`) or after a plural (`voters’ rights`) is no mark.  Marks
inside square brackets (editor's insertions such as ``[... – ed.]``) are skipped.  A quote left
open at the end of a paragraph runs on through the following unlabelled paragraphs to its
closing mark; a paragraph may reopen it with an opening mark, as news style does.  A quote
still open when the article's text ends is truncated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import BULLET, PARAGRAPH, TAGS, Block, Span

OPENERS = "“«„‟"
CLOSERS = "”»"
# `″` (a double prime) stands for a straight mark in some typesetting; a run of apostrophes is
# read in _double_apostrophe.  A mark, or a run of two apostrophes or more: written to start
# with a set of characters, so that the regex engine skips fast to the next one of them rather
# than trying the pattern at every character
MARKS = re.compile(r"""["“”«»„‟″'](?:(?<=')'+|(?<!'))""")
_RARE_MARKS = "‟″"  # marks the rules that read around quotes do not know: written `"` for them
_BRACKETS = re.compile(r"\[[^\[\]\n]{0,600}\]")
# `\w+(?:['’-]\w+)*`, without backtracking, lower-case ASCII letters told first (see entities.tokens.TOKEN)
_WORD = re.compile(r"[a-z\w]++(?:['’-][a-z\w]++)*+")
_SPACE_BEFORE = set(" \t\n([{—–-/:‘“«")
_AFTER_CLOSE = set(" \t\n,.;:!?)]}—–-…’”»")
_CONTINUE_KINDS = (PARAGRAPH, BULLET)
Mark = tuple[int, str, int]  # a quotation mark: offset, role ("open", "close", "either"), width


@dataclass
class RawQuote:
    """A quoted passage before its speaker is known."""

    spans: list[Span]
    blocks: list[int]  # index into the article's blocks, one per span
    open_mark: int  # offset of the opening quotation mark
    close_mark: int | None  # offset of the closing mark; None when not closed
    close_width: int = 1  # characters of the closing mark: 2 for two apostrophes
    open_width: int = 1
    truncated: bool = False
    text: str = field(default="")
    _words: list[str] | None = field(default=None, repr=False)
    # offset just after the quote, closing mark included: worked out once, as the rules read
    # it many times (the marks and spans never change)
    after: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.after = self.close_mark + self.close_width if self.close_mark is not None else self.spans[-1].end

    def words(self) -> list[str]:
        if self._words is None:
            self._words = _WORD.findall(self.text)
        return self._words


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _marks(text: str, span: Span) -> list[Mark]:
    """Quotation marks of one paragraph that take part in pairing: offset, role, width.

    Roles: "open", "close", or "either" (a straight mark whose direction depends on state).
    """
    if MARKS.search(text, span.start, span.end) is None:
        return []
    segment = text[span.start : span.end]
    skipped = [(m.start(), m.end()) for m in _BRACKETS.finditer(segment)] if "[" in segment else []
    marks: list[Mark] = []
    bracket = 0
    for match in MARKS.finditer(segment):
        index, width = match.start(), 1
        char = match.group()
        if char[0] == "'":
            found = _double_apostrophe(segment, match.start(), match.end())
            if found is None:
                continue
            index, width = found
        while bracket < len(skipped) and skipped[bracket][1] <= index:
            bracket += 1
        if bracket < len(skipped) and skipped[bracket][0] < index:
            continue  # inside square brackets
        before = segment[index - 1] if index else " "
        after = segment[index + width] if index + width < len(segment) else " "
        if char in OPENERS:
            role = "open"
            if char == "“" and before not in _SPACE_BEFORE and (after in _AFTER_CLOSE or after.isspace()):
                role = "close"  # „Like this“: the low mark opens and the high one closes
        elif char in CLOSERS:
            # a closing mark used as an opening one: ”Like this”
            role = "open" if before in _SPACE_BEFORE and not after.isspace() and char == "”" else "close"
            if role == "open" and after in _AFTER_CLOSE:
                role = "close"
        else:
            can_open = before in _SPACE_BEFORE and not after.isspace()
            can_close = not before.isspace() and (after in _AFTER_CLOSE or after.isspace())
            role = "either" if can_open == can_close else ("open" if can_open else "close")
        marks.append((span.start + index, role, width))
    return marks


def _double_apostrophe(segment: str, start: int, end: int) -> tuple[int, int] | None:
    """Where two apostrophes stand for a double quotation mark, in a run of apostrophes.

    Two make one mark; in a run of three a single mark sits inside the double one, so an
    opening run starts with the double mark and a closing run ends with it.
    """
    run = end - start
    if run == 2:
        return start, 2
    if run == 3:
        opening = start == 0 or segment[start - 1] in _SPACE_BEFORE
        return (start, 2) if opening else (start + 1, 2)
    return None


def find_quotes(text: str, blocks: tuple[Block, ...]) -> list[RawQuote]:
    """Every quoted passage in the body, in text order."""
    body = [(index, block) for index, block in enumerate(blocks) if block.kind != TAGS]
    quotes = _paired(text, body, {index: _marks(text, block.span) for index, block in body})
    # at most this many single marks open a quote (counting the marks first is cheaper, and
    # enough when there are too few of them)
    openings = text.count("'") + text.count("‘")
    if openings >= 2 and openings >= 2 * len(quotes):
        openings = len(_SINGLE_OPENING.findall(text))
    if openings < 2 or openings < 2 * len(quotes):
        return quotes  # too few to be the article's way of quoting (see _single_quote_style)
    single_marks = {index: _single_marks(text, block.span) for index, block in body}
    if not _single_quote_style(quotes, single_marks):
        return quotes
    return _paired(text, body, single_marks)


def _paired(text: str, body: list[tuple[int, Block]], marks_of: dict[int, list[Mark]]) -> list[RawQuote]:
    quotes: list[RawQuote] = []
    position = 0
    while position < len(body):
        position = _pair_in_block(text, body, position, marks_of, quotes)
    return quotes


# -- the British style: quotes in single marks -------------------------------------------
_SINGLE_MARKS = re.compile(r"[‘’']")
# a single mark after what `_SPACE_BEFORE` holds and before a word (written to start with the
# marks, so the engine skips fast from one to the next; a mark opening the text is no quote's)
_SINGLE_OPENING = re.compile(r"[‘'](?<=[\s(\[{—–/:‘“«-][‘'])\w")
_LETTER_OR_DIGIT = re.compile(r"\w")
_WORD_START = re.compile(r"\w{1,8}")
_ELISIONS = ("em", "til", "cause", "n", "tis", "twas")  # `'em`, `'til`: an apostrophe opens the word


def _single_quote_style(double_quotes: list[RawQuote], single_marks: dict[int, list[Mark]]) -> bool:
    """Does the article quote in single marks?  It does when its single opening marks that no
    double-quoted passage holds outnumber its double-quoted passages twice over (a few double
    marks are then titles or nested quotes), and there are at least two of them."""
    inside = [(quote.open_mark, quote.after) for quote in double_quotes]
    openings = 0
    for marks in single_marks.values():
        for offset, role, _ in marks:
            if role == "open" and not any(start <= offset < end for start, end in inside):
                openings += 1
    return openings >= 2 and openings >= 2 * len(double_quotes)


def _single_marks(text: str, span: Span) -> list[Mark]:
    """The single quotation marks of one paragraph, for an article that quotes in them: an
    opening mark before a word, a closing mark after one; apostrophes left out.  A mark after a
    plural's `s` (`the voters’ rights`) closes a quote only if no later mark in the paragraph
    can close it instead."""
    marks: list[Mark] = []
    weak: list[int] = []  # places in `marks` of closing marks that may be plural apostrophes
    for match in _SINGLE_MARKS.finditer(text, span.start, span.end):
        at = match.start()
        before = text[at - 1] if at > span.start else " "
        after = text[at + 1] if at + 1 < span.end else " "
        word_before = bool(_LETTER_OR_DIGIT.match(before))
        word_after = bool(_LETTER_OR_DIGIT.match(after))
        if word_before and word_after:
            continue  # `don’t`, `Ukraine’s`
        if before in _SPACE_BEFORE and not after.isspace():
            if match.group() == "’" or after.isdigit() or _elision(text, at + 1):
                continue  # `’90s`, `'em`: an apostrophe at the start of a word
            marks.append((at, "open", 1))
        elif not before.isspace() and (after in _AFTER_CLOSE or after.isspace() or at + 1 >= span.end):
            if match.group() == "‘":
                continue
            if before in "sS" and after.isspace() and text[at + 2 : at + 3].islower():
                weak.append(len(marks))  # `the voters’ rights`, or `‘... the voters’ and`
            marks.append((at, "close", 1))
    for place in reversed(weak):
        later = marks[place + 1 :]
        closing_later = next((m for m in later if m[1] == "close"), None)
        opening_later = next((m for m in later if m[1] == "open"), None)
        if closing_later is not None and (opening_later is None or closing_later[0] < opening_later[0]):
            del marks[place]  # a later mark closes the quote: this one is a plural's apostrophe
    return marks


def _elision(text: str, start: int) -> bool:
    """Does an elided word start here (`em` of `'em`, `til` of `'til`)?"""
    word = _WORD_START.match(text, start)
    return word is not None and word.group().casefold() in _ELISIONS


def _pair_in_block(
    text: str, body: list[tuple[int, Block]], position: int, marks_of: dict[int, list[Mark]], quotes: list[RawQuote]
) -> int:
    """Pair the marks of body[position]; return the position of the next block to scan."""
    index, block = body[position]
    marks = marks_of[index]
    i = 0
    while i < len(marks):
        offset, role, width = marks[i]
        if role == "close":
            i += 1
            continue
        # an opening mark: look for its closing mark in this paragraph
        for j in range(i + 1, len(marks)):
            close_offset, close_role, close_width = marks[j]
            if close_role in ("close", "either"):
                span = _trimmed(text, offset + width, close_offset)
                if span is not None:
                    quotes.append(_raw([span], [index], (offset, width), (close_offset, close_width), text))
                i = j + 1
                break
        else:
            # still open at the end of the paragraph
            return _run_on(text, body, position, (offset, width), marks_of, quotes)
    return position + 1


def _run_on(
    text: str,
    body: list[tuple[int, Block]],
    position: int,
    opening_mark: tuple[int, int],
    marks_of: dict[int, list[Mark]],
    quotes: list[RawQuote],
) -> int:
    """A quote left open at a paragraph's end: follow it through the next paragraphs."""
    index, block = body[position]
    open_offset, open_width = opening_mark
    first = _trimmed(text, open_offset + open_width, block.span.end)
    spans = [first] if first else []
    indices = [index] if first else []
    ahead = position + 1
    while ahead < len(body):
        next_index, next_block = body[ahead]
        if next_block.kind not in _CONTINUE_KINDS:
            break  # a label or heading: the quote ended with its paragraph
        marks = marks_of[next_index]
        start = next_block.span.start
        if marks and marks[0][0] == start and marks[0][1] in ("open", "either"):
            start += marks[0][2]
            marks = marks[1:]  # the paragraph reopens the running quote
        closing = next((m for m in marks if m[1] in ("close", "either")), None)
        opening = next((m for m in marks if m[1] == "open"), None)
        if opening is not None and (closing is None or opening[0] < closing[0]):
            break  # a new quote begins: the running one was never closed
        if closing is not None:
            span = _trimmed(text, start, closing[0])
            if span:
                spans.append(span)
                indices.append(next_index)
            if spans:
                quotes.append(_raw(spans, indices, opening_mark, (closing[0], closing[2]), text))
            # pair whatever follows the closing mark in this paragraph
            rest = [m for m in marks_of[next_index] if m[0] > closing[0]]
            marks_of[next_index] = rest
            return ahead
        span = _trimmed(text, start, next_block.span.end)
        if span:
            spans.append(span)
            indices.append(next_index)
        ahead += 1
    else:
        if spans:  # the text ends inside the quote
            quote = _raw(spans, indices, opening_mark, None, text)
            quote.truncated = True
            quotes.append(quote)
        return ahead
    # ran into a label or a new quote without a closing mark: the quote ends with its paragraph
    if first:
        quotes.append(_raw([first], [index], opening_mark, None, text))
    return position + 1


def _raw(
    spans: list[Span], indices: list[int], opening_mark: tuple[int, int], closing_mark: tuple[int, int] | None, text: str
) -> RawQuote:
    close_offset, close_width = closing_mark if closing_mark is not None else (None, 1)
    quote = RawQuote(list(spans), list(indices), opening_mark[0], close_offset, close_width, opening_mark[1])
    quote.text = "\n".join(span.of(text) for span in spans)
    return quote


def with_plain_marks(text: str, quotes: list[RawQuote]) -> str:
    """The text with each two-apostrophe quotation mark written as one double mark and a space,
    and each rare or single mark that opens or closes a quote (`″`, `‟`, `‘`, `’`) as a straight
    double one (the same length, so every offset holds), for the rules that read the words
    around quotes."""
    rewritten = _RARE_MARKS + "‘’'"
    if not any(
        quote.open_width == 2
        or text[quote.open_mark] in rewritten
        or quote.close_mark is not None and (quote.close_width == 2 or text[quote.close_mark] in rewritten)
        for quote in quotes
    ):
        return text  # every quote opens and closes with a plain double mark
    chars = list(text)
    for quote in quotes:
        if quote.open_width == 2:
            chars[quote.open_mark : quote.open_mark + 2] = ' "'
        elif chars[quote.open_mark] in rewritten:
            chars[quote.open_mark] = '"'
        if quote.close_mark is not None and quote.close_width == 2:
            chars[quote.close_mark : quote.close_mark + 2] = '" '
        elif quote.close_mark is not None and chars[quote.close_mark] in rewritten:
            chars[quote.close_mark] = '"'
    return "".join(chars)
