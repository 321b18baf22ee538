"""The quote panel: the article's quotes in order with their speakers; the current one selected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...wording import plural, preview

if TYPE_CHECKING:
    from ...model import Article, Quote


LOW = "low"  # Quote.confidence of a speaker the extractor inferred (a pronoun, a turn going on)
PROBABLY = " (probably)"  # the mark after such a speaker; the help screen explains it


class QuotePanel(OptionList):
    """Lists quotes; the app says which is current.  Moving in the list (keys) asks the app at
    once, in the order the keys came; enter or a click says which quote the user chose, and
    that it should be shown in the text.  Highlights the app makes are never reported back, so
    a late one can never undo a later move."""

    BINDINGS = [
        Binding("down,j", "app.quote_in_list('down')", "Down", show=False),
        Binding("up,k", "app.quote_in_list('up')", "Up", show=False),
        Binding("home,g", "app.quote_in_list('first')", "First", show=False),
        Binding("end,G", "app.quote_in_list('last')", "Last", show=False),
        Binding("pagedown", "app.quote_in_list('page_down')", "Page down", show=False),
        Binding("pageup", "app.quote_in_list('page_up')", "Page up", show=False),
    ]

    class QuoteChosen(Message):
        """The user chose a quote (an index into ``article``'s quotes) with enter or a click."""

        def __init__(self, article: Article | None, index: int, jump: bool = False) -> None:
            super().__init__()
            self.article = article  # the article listed when the user chose
            self.index = index
            self.jump = jump  # go to the quote in the article pane too

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.shown: list[int] = []  # indices of the quotes listed, in order
        self.elsewhere: dict[int, int] = {}  # quote index -> other articles that carry it

    def show(self, article: Article | None, indices: Sequence[int] | None = None, *, who: str | None = None) -> None:
        """List ``article``'s quotes (only ``indices`` when given; ``who`` names the filter)."""
        if article is not self.article:
            self.elsewhere = {}
        self.article = article
        quotes = article.quotes if article else ()
        self.shown = list(range(len(quotes)) if indices is None else indices)
        self.clear_options()
        if not self.shown:
            if article is None:
                message = "No article open."
            elif who:
                message = f"No quotes from {who} in this article."
            else:
                message = "No quotes found in this article."
            self.add_option(Option(Text(message, style="italic"), disabled=True))
        self.add_options(Option(self._prompt(index, quotes[index]), id=f"quote-{index}") for index in self.shown)

    def _prompt(self, index: int, quote: Quote) -> Table:
        """The number, then the quote as a copy gives it (no comma left from '"...," she said')
        and its speaker, wrapped lines starting under the text, not under the number."""
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(f"{index + 1:>2}.", style="bold"), self._with_elsewhere(index, self._body(quote)))
        return grid

    def _body(self, quote: Quote) -> Text:
        from ...article.safe_text import safe_text
        from ...output.cite import (
            quote_text,  # loaded with the first article, after the first frame
        )

        text = Text(f"“{safe_text(preview(quote_text(quote)))}”")
        text.append("\n— ")
        if not quote.speaker:
            text.append("unknown speaker", style="italic dim")
            return text
        text.append(safe_text(quote.speaker), style="italic")
        if quote.confidence == LOW:
            text.append(PROBABLY, style="dim")
        if quote.speaker_role:
            text.append(f", {safe_text(quote.speaker_role)}", style="italic")
        return text

    def _with_elsewhere(self, index: int, text: Text) -> Text:
        others = self.elsewhere.get(index)
        if others:
            text.append(f"\n≡ also in {plural(others, 'other article')} (S: who else, and whom they credit)", style="dim")
        return text

    def mark_elsewhere(self, article: Article, counts: dict[int, int]) -> None:
        """Mark the quotes of ``article`` that other articles carry too (``counts``: how many)."""
        if article is not self.article:
            return
        self.elsewhere = dict(counts)
        for position, index in enumerate(self.shown):
            if index in counts:
                self.replace_option_prompt_at_index(position, self._prompt(index, article.quotes[index]))

    def set_current(self, index: int | None) -> None:
        """Select the quote with article index ``index`` (None: none)."""
        position = self.shown.index(index) if index in self.shown else None
        if position != self.highlighted:
            self.highlighted = position

    @property
    def current(self) -> int | None:
        if self.highlighted is None or not self.shown or self.highlighted >= len(self.shown):
            return None
        return self.shown[self.highlighted]

    def index_at(self, where: str) -> int | None:
        """The article index of the quote a move in the list lands on (``down``, ``up``,
        ``first``, ``last``, ``page_down``, ``page_up``), from the current one."""
        if not self.shown:
            return None
        page = max(1, self.scrollable_content_region.height // 2)  # a quote takes two lines
        here = self.highlighted
        last = len(self.shown) - 1
        steps = {"down": 1, "up": -1, "page_down": page, "page_up": -page}
        if where == "first":
            position = 0
        elif where == "last":
            position = last
        elif here is None:
            position = 0 if steps.get(where, 1) > 0 else last
        else:
            position = min(max(here + steps.get(where, 0), 0), last)
        return self.shown[position]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # the app made it (keys ask the app first; a click is reported as chosen)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.shown and event.option_index < len(self.shown):
            self.post_message(self.QuoteChosen(self.article, self.shown[event.option_index], jump=True))
