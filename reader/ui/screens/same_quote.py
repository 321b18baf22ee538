"""Who else reported these words, and whom did they credit?  Every article of the library that
carries the current quote (or a large part of it), newest first, with the speaker each gives;
a speaker other than the one the open article gives is flagged ``≠``.  enter opens the article
at that quote."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ...library.rows import QuoteAt
from ...output.cite import NOT_NAMED
from ...wording import plural, preview
from . import DIALOG_CSS


def same_prompt(item: QuoteAt, speaker: str | None, here: bool) -> Text:
    when = item.day.isoformat() if item.day else "undated"
    text = Text(f"{when} · ", style="dim")
    text.append(item.title, style="bold")
    if here:
        text.append("  (the article open)", style="dim")
    text.append(f"\n“{preview(item.text)}”")
    text.append("\n— ")
    text.append(item.speaker or NOT_NAMED, style="italic" if item.speaker else "italic dim")
    if item.speaker != speaker:
        text.append("  ≠ another speaker than in the article open", style="bold")
    return text


class SameQuoteScreen(ModalScreen[QuoteAt | None]):
    """Dismisses with the quote chosen (to open its article there), or None."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("q", "close", "Close"),
        Binding("j", "down", "Down", show=False),
        Binding("k", "up", "Up", show=False),
    ]

    def __init__(self, found: list[QuoteAt], key: str, speaker: str | None) -> None:
        super().__init__()
        self.found, self.key, self.speaker = found, key, speaker

    def compose(self) -> ComposeResult:
        credited = {item.speaker for item in self.found}
        with Vertical(id="same-dialog") as dialog:
            dialog.border_title = "The same quote in the library"
            dialog.border_subtitle = "enter: open it there · escape: back"
            disagree = " · the articles credit different speakers" if len(credited) > 1 else ""
            yield Static(f"{plural(len(self.found), 'article')} carry these words{disagree}", id="same-status")
            yield OptionList(
                *(Option(same_prompt(item, self.speaker, item.key == self.key)) for item in self.found),
                id="same-list",
            )
        yield Footer()

    def on_mount(self) -> None:
        listing = self.query_one("#same-list", OptionList)
        listing.focus()
        if self.found:
            listing.highlighted = 0

    @on(OptionList.OptionSelected, "#same-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.found):
            self.dismiss(self.found[event.option_index])

    def action_down(self) -> None:
        self.query_one("#same-list", OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one("#same-list", OptionList).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)
