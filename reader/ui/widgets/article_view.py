"""The article pane: title, byline, caption and body blocks, with quotes and mentions highlighted.

The text is laid out here, line by line (Textual's line API), so the pane knows which screen line
every character offset of the article is on: the current quote can be scrolled into view
exactly, and a click lands on the quote under the mouse.  Article text only ever goes into
``rich.text.Text`` objects, so markup or escape codes inside a file are shown, not obeyed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

if TYPE_CHECKING:  # the model is loaded with the first article, after the first frame
    from ...model import Article, Person


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the layout: its text, the article offset of its first character when it
    is a verbatim piece of the article (None for text reader composed, like the byline), and
    the component class that styles it."""

    text: Text
    base: int | None
    role: str


class Line(NamedTuple):
    paragraph: int  # index into the paragraphs; -1 for the blank line between paragraphs
    start: int
    end: int


class Layout(NamedTuple):
    """An article laid out for a width: made by :func:`lay_out`, which touches no widget, so a
    worker thread can lay out a very large article and the pane just shows it."""

    article: Article | None
    paragraphs: list[Paragraph]
    width: int
    lines: list[Line]


_WORD = re.compile(r"\S+\s*")
# Characters that take exactly one cell (rich's cell_len), with " " and the no-break space as
# the only spaces: Latin, Greek, Cyrillic, typographic punctuation, currency and letterlike
# symbols.  Most news text is made of nothing else, and is laid out by position (_wrap_narrow).
_NARROW = re.compile(
    "[\x20-\x7e\xa0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f]*"
)
_SPACES = " \xa0"
_NOT_SPACE = re.compile("[^ \xa0]")


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Break ``text`` into lines of at most ``width`` cells, at spaces where possible.

    Returns ``(start, end)`` index pairs into ``text``; the spaces at a break are left out.  A
    word longer than a line is broken where the line is full.
    """
    if _NARROW.fullmatch(text):
        return _wrap_narrow(text, width)
    return _wrap_cells(text, width)


def _wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    """wrap() for any text: word by word, measuring cells."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start: int | None = None
    end = used = 0
    for match in _WORD.finditer(text):
        word_start = match.start()
        word_end = word_start + len(match.group().rstrip())
        word_cells = cell_len(text[word_start:word_end])
        if start is not None and used + word_cells > width:
            lines.append((start, end))
            start = None
        if start is None:
            start, used = word_start, 0
        if used + word_cells <= width:  # the word fits: no need to look at each character
            used += word_cells
        else:  # a word longer than a line: broken where the line is full
            for index in range(word_start, word_end):
                cells = cell_len(text[index])
                if used and used + cells > width:
                    lines.append((start, index))
                    start, used = index, 0
                used += cells
        end = word_end
        used += cell_len(match.group()) - word_cells
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def _wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    """wrap() for text of one-cell characters (``_NARROW``): the same lines, found a line at a
    time by position instead of a word at a time.  A line starting at ``start`` holds every
    word that ends within ``start + width``."""
    width = max(1, width)
    stop = len(text.rstrip(_SPACES))  # the end of the last word
    first = _NOT_SPACE.search(text)
    if first is None or stop == 0:
        return [(0, 0)]
    lines: list[tuple[int, int]] = []
    start = first.start()
    while True:
        limit = start + width
        if limit >= stop:
            lines.append((start, stop))
            return lines
        if text[limit] in _SPACES:  # a word ends at or before the limit
            end = start + len(text[start:limit].rstrip(_SPACES))
        else:
            space = max(text.rfind(" ", start, limit), text.rfind("\xa0", start, limit))
            if space < 0:  # one word longer than the line: broken where the line is full
                lines.append((start, limit))
                start = limit
                continue
            end = start + len(text[start:space].rstrip(_SPACES))
        lines.append((start, end))
        after = _NOT_SPACE.search(text, end)
        assert after is not None  # the text does not end in spaces here
        start = after.start()


def _byline(article: Article) -> str:
    who = ", ".join((*article.authors, *article.outlets))
    when = ""
    if article.published:
        moment = article.published
        when = f"{moment:%A}, {moment.day} {moment:%B %Y, %H:%M}"
    elif article.date:
        when = f"{article.date.day} {article.date:%B %Y}"
    return " · ".join(part for part in (who, when) if part)


def compose_paragraphs(article: Article | None, error: str | None = None, name: str = "") -> list[Paragraph]:
    """The paragraphs the pane shows for an article (or for a file that cannot be read)."""
    from ...model import HEADING, TAGS

    if article is None:
        if error is not None:
            from ...article.safe_text import safe_name

            return [
                Paragraph(Text(safe_name(name)), None, "title"),
                Paragraph(Text(f"This file cannot be read: {error}"), None, "error"),
            ]
        return [Paragraph(Text("No article open."), None, "byline")]
    paragraphs = []
    if article.title:
        paragraphs.append(Paragraph(Text(article.title.text), article.title.span.start, "title"))
    else:
        paragraphs.append(Paragraph(Text(article.display_title), None, "title"))
    byline = _byline(article)
    if byline:
        paragraphs.append(Paragraph(Text(byline), None, "byline"))
    if article.caption:
        paragraphs.append(Paragraph(Text(article.caption.text), article.caption.span.start, "caption"))
    for problem in article.problems:
        paragraphs.append(Paragraph(Text(f"⚠ {problem}"), None, "problem"))
    for block in article.blocks:
        text = Text(block.text)
        role = "tags" if block.kind == TAGS else "body"
        if block.kind == HEADING:
            role = "label"
        elif block.label:
            text.stylize("label", 0, block.body.start - block.span.start)
        paragraphs.append(Paragraph(text, block.span.start, role))
    return paragraphs


def lay_out_lines(paragraphs: list[Paragraph], width: int) -> list[Line]:
    """The screen lines of the paragraphs at a width (a blank line between paragraphs)."""
    lines: list[Line] = []
    for number, paragraph in enumerate(paragraphs):
        if number and paragraph.role not in ("byline", "caption", "problem"):
            lines.append(Line(-1, 0, 0))
        for start, end in wrap(paragraph.text.plain, width):
            lines.append(Line(number, start, end))
    return lines


def lay_out(article: Article, width: int) -> Layout:
    """Lay out an article for a pane ``width`` cells wide, without touching the pane (a worker
    can call it)."""
    paragraphs = compose_paragraphs(article)
    return Layout(article, paragraphs, width, lay_out_lines(paragraphs, width) if width > 0 else [])


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; the app tells it which quote is current and whose mentions to mark."""

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--byline",
        "article-view--caption",
        "article-view--problem",
        "article-view--label",
        "article-view--tags",
        "article-view--error",
        "article-view--quote",
        "article-view--current",
        "article-view--mention",
        "article-view--match",
    }

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
    ]

    class QuoteClicked(Message):
        """The user clicked on a quote in the text."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.current_quote: int | None = None
        self.person: Person | None = None
        self.find_term = ""
        self.matches: list[tuple[int, int, int]] = []  # (paragraph, start, end)
        self.current_match: int | None = None
        self._paragraphs: list[Paragraph] = []
        self._lines: list[Line] = []
        self._styled: dict[int, Text] = {}  # paragraph -> its styled text, made when painted
        self._styles: dict[str, Style] = {}
        self._width = 0
        self._pending_quote: int | None = None
        self._pending_offset: int | None = None

    # What the app calls.

    def show_article(
        self,
        article: Article | None,
        *,
        error: str | None = None,
        name: str = "",
        notice: str | None = None,
        layout: Layout | None = None,
    ) -> None:
        """Show ``article`` from the top; with ``error``, show why file ``name`` cannot be read
        (and ``notice``, what can be done about it).  ``layout``: the article already laid out
        (by :func:`lay_out`, in a worker), used when it is for this article and width."""
        self.article = article
        self.current_quote = None
        self._pending_quote = self._pending_offset = None
        self.person = None
        self.find_term = ""
        self.matches = []
        self.current_match = None
        if layout is not None and layout.article is article and article is not None:
            self._paragraphs = layout.paragraphs
            if layout.width == self.scrollable_content_region.width:
                self._width, self._lines = layout.width, layout.lines
                self.virtual_size = Size(layout.width, len(layout.lines))
                self._restyle()
                self.scroll_to(0, 0, animate=False, immediate=True)
                self.call_after_refresh(self._show_position)
                return
        else:
            self._paragraphs = compose_paragraphs(article, error, name)
            if article is None and notice:
                self._paragraphs.append(Paragraph(Text(notice), None, "body"))
        self._relayout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def show_message(self, title: str, message: str) -> None:
        """Show a title and a message instead of an article (an empty folder: what to do)."""
        self.show_article(None)
        self._paragraphs = [Paragraph(Text(title), None, "title"), Paragraph(Text(message), None, "body")]
        self._relayout(force=True)

    # How far in the reader is, in the border: "Article · 42%" (all of it on screen: "all").

    NAME = "Article"

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._show_position()

    def _show_position(self) -> None:
        if self.article is None or not self._lines:
            self.border_title = self.NAME
            return
        bottom = self.max_scroll_y
        where = "all" if bottom <= 0 else f"{round(100 * min(self.scroll_offset.y, bottom) / bottom)}%"
        self.border_title = f"{self.NAME} · {where}"

    def set_current_quote(self, index: int | None, *, scroll: bool = True) -> None:
        self.current_quote = index
        self._restyle()
        if scroll and index is not None:
            self.scroll_to_quote(index)

    def set_person(self, person: Person | None) -> None:
        """Mark ``person``'s mentions; bring the first into view when none is on screen and
        no quote is current (a current quote stays in view)."""
        self.person = person
        self._restyle()
        if person is None or not person.mentions or not self._lines or self.current_quote is not None:
            return
        lines = [line for line in (self.line_of(span.start) for span in person.mentions) if line is not None]
        if lines and not any(self.is_line_visible(line) for line in lines):
            self._scroll_lines_into_view(lines[0], lines[0])

    def find(self, term: str, *, forward: bool = True) -> int:
        """Mark every occurrence of ``term`` (ignoring case, accents and the kind of apostrophe
        or quotation mark); go to the next one after the top of the view, or from the current
        match to the next (the previous with ``forward=False``).  Returns the match count."""
        if term != self.find_term:
            self.find_term = term
            self.matches = []
            self.current_match = None
            if term:
                from ...folding import fold_in_place  # with the first find

                pattern = re.compile(re.escape(fold_in_place(term)))
                for number, paragraph in enumerate(self._paragraphs):
                    for match in pattern.finditer(fold_in_place(paragraph.text.plain)):
                        self.matches.append((number, match.start(), match.end()))
        if self.matches:
            if self.current_match is None:
                top = self.scroll_offset.y
                lines = [self._line_at(number, start) for number, start, _ in self.matches]
                later = [number for number, line in enumerate(lines) if line >= top]
                self.current_match = later[0] if later else 0
            else:
                step = 1 if forward else -1
                self.current_match = (self.current_match + step) % len(self.matches)
            number, start, end = self.matches[self.current_match]
            self._scroll_lines_into_view(self._line_at(number, start), self._line_at(number, end))
        self._restyle()
        return len(self.matches)

    def clear_find(self) -> None:
        self.find_term = ""
        self.matches = []
        self.current_match = None
        self._restyle()

    # What tests and the app can ask.

    @property
    def lines_text(self) -> list[str]:
        """The plain text of every laid-out line, as shown (without styles)."""
        out = []
        for line in self._lines:
            if line.paragraph < 0:
                out.append("")
            else:
                out.append(self._paragraphs[line.paragraph].text.plain[line.start : line.end])
        return out

    def line_of(self, offset: int) -> int | None:
        """The layout line showing article offset ``offset``, if it is shown."""
        for number, paragraph in enumerate(self._paragraphs):
            if paragraph.base is None:
                continue
            if paragraph.base <= offset <= paragraph.base + len(paragraph.text):
                return self._line_at(number, offset - paragraph.base)
        return None

    def is_line_visible(self, line: int) -> bool:
        top = self.scroll_offset.y
        return top <= line < top + self.scrollable_content_region.height

    def scroll_to_quote(self, index: int) -> None:
        if self.article is None or not 0 <= index < len(self.article.quotes):
            return
        if not self._lines:
            self._pending_quote = index
            return
        quote = self.article.quotes[index]
        first = self.line_of(quote.start)
        last = self.line_of(max(quote.start, quote.end - 1))
        if first is not None:
            self._scroll_lines_into_view(first, last if last is not None else first)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring article offset ``offset`` to the top of the view (a search hit, or where the
        reader left the article)."""
        if not self._lines:
            self._pending_offset = offset
            return
        line = self.line_of(offset)
        if line is not None:
            self.scroll_to(y=line, animate=False, immediate=True)

    def top_offset(self) -> int | None:
        """The article offset of the first line of article text at the top of the view."""
        for number in range(self.scroll_offset.y, len(self._lines)):
            line = self._lines[number]
            base = self._paragraphs[line.paragraph].base if line.paragraph >= 0 else None
            if base is not None:
                return base + line.start
        return None

    # Layout.

    def _relayout(self, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            self._lines = []
            self.virtual_size = Size(0, 0)
            return
        if width == self._width and not force:
            return
        self._width = width
        lines = lay_out_lines(self._paragraphs, width)
        self._lines = lines
        self.virtual_size = Size(width, len(lines))
        self._restyle()
        self.call_after_refresh(self._show_position)
        if self._pending_quote is not None:
            pending, self._pending_quote = self._pending_quote, None
            self.call_after_refresh(self.scroll_to_quote, pending)
        if self._pending_offset is not None:
            offset, self._pending_offset = self._pending_offset, None
            self.call_after_refresh(self.scroll_to_offset, offset)

    def _line_at(self, paragraph: int, index: int) -> int:
        last = 0
        for number, line in enumerate(self._lines):
            if line.paragraph == paragraph:
                last = number
                if index < line.end or (index == line.end and index == line.start):
                    return number
        return last

    def _scroll_lines_into_view(self, first: int, last: int) -> None:
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if top <= first and last < top + height:
            return
        if last - first + 1 >= height:
            target = first
        else:
            target = max(0, first - max(1, (height - (last - first + 1)) // 3))
        self.scroll_to(y=target, animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        """Lay out again for the new size, keeping the current quote in view (else the text
        that was at the top)."""
        top = self.top_offset() if self.current_quote is None else None
        self._relayout()
        if self.current_quote is not None:
            self.call_after_refresh(self.scroll_to_quote, self.current_quote)
        elif top is not None:
            self.call_after_refresh(self.scroll_to_offset, top)

    # Styling.

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"article-view--{name}", partial=True)
        return style

    def _restyle(self) -> None:
        self._styled, self._styles = {}, {}
        self.refresh()

    def _styled_paragraph(self, number: int) -> Text:
        """Paragraph ``number`` with its styles and marks, made when it is first painted (an
        article of megabytes costs only the paragraphs on screen)."""
        styled = self._styled.get(number)
        if styled is not None:
            return styled
        article = self.article
        paragraph = self._paragraphs[number]
        text = paragraph.text.copy()
        if paragraph.role in ("title", "byline", "caption", "problem", "tags", "error", "label"):
            text.stylize(self._style(paragraph.role))
        for span in paragraph.text.spans:
            if span.style == "label":
                text.stylize(self._style("label"), span.start, span.end)
        if article is not None and paragraph.base is not None:
            base, size = paragraph.base, len(paragraph.text)

            def mark(start: int, end: int, style: Style) -> None:
                start, end = max(start - base, 0), min(end - base, size)
                if start < end:
                    text.stylize(style, start, end)

            if article.quotes:
                quote_style = self._style("quote")
                for index, quote in enumerate(article.quotes):
                    if index != self.current_quote and quote.start < base + size and quote.end > base:
                        for part in quote.spans:
                            mark(part.start, part.end, quote_style)
            if self.person is not None:
                mention_style = self._style("mention")
                for mention in self.person.mentions:
                    mark(mention.start, mention.end, mention_style)
            if self.current_quote is not None and self.current_quote < len(article.quotes):
                for part in article.quotes[self.current_quote].spans:
                    mark(part.start, part.end, self._style("current"))
        for match_number, (paragraph_number, start, end) in enumerate(self.matches):
            if paragraph_number == number:
                style = self._style("match")
                text.stylize(style + Style(reverse=True) if match_number == self.current_match else style, start, end)
        self._styled[number] = text
        return text

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        number = scroll_y + y
        if number >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        line = self._lines[number]
        if line.paragraph < 0:
            return Strip.blank(width, self.rich_style)
        text = self._styled_paragraph(line.paragraph)[line.start : line.end]
        segments = list(text.render(self.app.console))
        strip = Strip(segments, text.cell_len).crop_extend(scroll_x, scroll_x + width, None)
        return strip.apply_style(self.rich_style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styled, self._styles = {}, {}

    # Mouse.

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.article is None:
            return
        number = offset.y + self.scroll_offset.y
        if not 0 <= number < len(self._lines):
            return
        line = self._lines[number]
        if line.paragraph < 0:
            return
        paragraph = self._paragraphs[line.paragraph]
        if paragraph.base is None:
            return
        column, index = offset.x + self.scroll_offset.x, line.start
        plain = paragraph.text.plain
        while index < line.end and column >= cell_len(plain[index]):
            column -= cell_len(plain[index])
            index += 1
        where = paragraph.base + index
        for quote_index, quote in enumerate(self.article.quotes):
            if any(span.start <= where < span.end for span in quote.spans):
                self.post_message(self.QuoteClicked(quote_index))
                return

