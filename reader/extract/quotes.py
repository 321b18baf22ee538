"""Finding direct quotes: pairing quotation marks across the body's paragraphs.

Only double quotation marks open a quote (" “ ” « » „); single marks are nested quotes or
apostrophes and never break pairing.  Marks inside square brackets (editor's insertions such as
``[... – ed.]``) are skipped.  A quote left open at the end of a paragraph runs on through the
following unlabelled paragraphs to its closing mark; a paragraph may reopen it with an opening
mark, as news style does.  A quote still open when the article's text ends is truncated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import BULLET, PARAGRAPH, TAGS, Block, Span

OPENERS = "“«„"
CLOSERS = "”»"
MARKS = re.compile(r'["“”«»„]')
_BRACKETS = re.compile(r"\[[^\[\]\n]{0,600}\]")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_SPACE_BEFORE = set(" \t\n([{—–-/:‘“«")
_AFTER_CLOSE = set(" \t\n,.;:!?)]}—–-…’”»")
_CONTINUE_KINDS = (PARAGRAPH, BULLET)


@dataclass
class RawQuote:
    """A quoted passage before its speaker is known."""

    spans: list[Span]
    blocks: list[int]  # index into the article's blocks, one per span
    open_mark: int  # offset of the opening quotation mark
    close_mark: int | None  # offset of the closing mark; None when not closed
    truncated: bool = False
    text: str = field(default="")
    _words: list[str] | None = field(default=None, repr=False)

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    @property
    def after(self) -> int:
        """Offset just after the quote, closing mark included."""
        return self.close_mark + 1 if self.close_mark is not None else self.spans[-1].end

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


def _marks(text: str, span: Span) -> list[tuple[int, str]]:
    """Quotation marks of one paragraph that take part in pairing, with their role.

    Roles: "open", "close", or "either" (a straight mark whose direction depends on state).
    """
    if MARKS.search(text, span.start, span.end) is None:
        return []
    segment = text[span.start : span.end]
    skipped = [(m.start(), m.end()) for m in _BRACKETS.finditer(segment)] if "[" in segment else []
    marks: list[tuple[int, str]] = []
    bracket = 0
    for match in MARKS.finditer(segment):
        index = match.start()
        while bracket < len(skipped) and skipped[bracket][1] <= index:
            bracket += 1
        if bracket < len(skipped) and skipped[bracket][0] < index:
            continue  # inside square brackets
        char = match.group()
        before = segment[index - 1] if index else " "
        after = segment[index + 1] if index + 1 < len(segment) else " "
        if char in OPENERS:
            role = "open"
        elif char in CLOSERS:
            # a closing mark used as an opening one: ”Like this”
            role = "open" if before in _SPACE_BEFORE and not after.isspace() and char == "”" else "close"
            if role == "open" and after in _AFTER_CLOSE:
                role = "close"
        else:
            can_open = before in _SPACE_BEFORE and not after.isspace()
            can_close = not before.isspace() and (after in _AFTER_CLOSE or after.isspace())
            role = "either" if can_open == can_close else ("open" if can_open else "close")
        marks.append((span.start + index, role))
    return marks


def find_quotes(text: str, blocks: tuple[Block, ...]) -> list[RawQuote]:
    """Every quoted passage in the body, in text order."""
    body = [(index, block) for index, block in enumerate(blocks) if block.kind != TAGS]
    marks_of = {index: _marks(text, block.span) for index, block in body}
    quotes: list[RawQuote] = []
    position = 0
    while position < len(body):
        index, block = body[position]
        position = _pair_in_block(text, body, position, marks_of, quotes)
    return quotes


def _pair_in_block(text, body, position, marks_of, quotes) -> int:
    """Pair the marks of body[position]; return the position of the next block to scan."""
    index, block = body[position]
    marks = marks_of[index]
    i = 0
    while i < len(marks):
        offset, role = marks[i]
        if role == "close":
            i += 1
            continue
        # an opening mark: look for its closing mark in this paragraph
        for j in range(i + 1, len(marks)):
            close_offset, close_role = marks[j]
            if close_role in ("close", "either"):
                span = _trimmed(text, offset + 1, close_offset)
                if span is not None:
                    quotes.append(_raw([span], [index], offset, close_offset, text))
                i = j + 1
                break
        else:
            # still open at the end of the paragraph
            return _run_on(text, body, position, offset, marks_of, quotes)
    return position + 1


def _run_on(text, body, position, open_offset, marks_of, quotes) -> int:
    """A quote left open at a paragraph's end: follow it through the next paragraphs."""
    index, block = body[position]
    first = _trimmed(text, open_offset + 1, block.span.end)
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
            marks = marks[1:]  # the paragraph reopens the running quote
            start += 1
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
                quotes.append(_raw(spans, indices, open_offset, closing[0], text))
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
            quote = _raw(spans, indices, open_offset, None, text)
            quote.truncated = True
            quotes.append(quote)
        return ahead
    # ran into a label or a new quote without a closing mark: the quote ends with its paragraph
    if first:
        quotes.append(_raw([first], [index], open_offset, None, text))
    return position + 1


def _raw(spans, indices, open_offset, close_offset, text) -> RawQuote:
    quote = RawQuote(list(spans), list(indices), open_offset, close_offset)
    quote.text = "\n".join(span.of(text) for span in spans)
    return quote
