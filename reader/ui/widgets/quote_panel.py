"""The quote panel: the article's quotes in order with their speakers; the current one selected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...article.safe_text import safe_text
from ...wording import preview

if TYPE_CHECKING:
    from ...model import Article, Quote



def speaker_line(quote: Quote) -> str:
    if not quote.speaker:
        return "unknown speaker"
    return f"{quote.speaker}, {quote.speaker_role}" if quote.speaker_role else quote.speaker


class QuotePanel(OptionList):
    """Lists quotes; moving the highlight makes a quote current, enter jumps to it in the text."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    class QuoteChosen(Message):
        """The user moved to a quote (an index into the article's quotes)."""

        def __init__(self, index: int, jump: bool = False) -> None:
            super().__init__()
            self.index = index
            self.jump = jump  # enter or a click: go to the quote in the article pane too

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.shown: list[int] = []  # indices of the quotes listed, in order

    def show(self, article: Article | None, indices: Sequence[int] | None = None, *, who: str | None = None) -> None:
        """List ``article``'s quotes (only ``indices`` when given; ``who`` names the filter)."""
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

    def _prompt(self, index: int, quote: Quote) -> Text:
        body = preview(quote.text)
        text = Text(f"{index + 1:>2}. ", style="bold")
        text.append(f"“{safe_text(body)}”")
        text.append("\n    — ")
        text.append(speaker_line(quote), style="italic" if quote.speaker else "italic dim")
        return text

    def set_current(self, index: int | None) -> None:
        """Select the quote with article index ``index``.

        The highlight message this causes reaches the app as the quote it already has."""
        position = self.shown.index(index) if index in self.shown else None
        if position != self.highlighted:
            self.highlighted = position

    @property
    def current(self) -> int | None:
        if self.highlighted is None or not self.shown or self.highlighted >= len(self.shown):
            return None
        return self.shown[self.highlighted]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_index != self.highlighted:  # overtaken by a later move
            return
        if self.shown and event.option_index < len(self.shown):
            self.post_message(self.QuoteChosen(self.shown[event.option_index]))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.shown and event.option_index < len(self.shown):
            self.post_message(self.QuoteChosen(self.shown[event.option_index], jump=True))
