"""The unread-only view: the articles never opened, newest first; enter opens one.  The list
comes from the index in a thread worker, so a library of any size never holds the screen up."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ...library.catalog import Entry
from ...library.library import Library
from ...wording import plural
from . import DIALOG_CSS

SHOWN = 500  # unread articles listed at once


def unread_prompt(entry: Entry) -> Text:
    when = entry.day.isoformat() if entry.day else "undated"
    text = Text(entry.title, style="bold")
    text.append(f"\n{entry.section} · {when} · {plural(entry.quote_count, 'quote')}", style="dim")
    return text


class UnreadScreen(ModalScreen[str | None]):
    """Dismisses with the key of the article chosen, or None."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("q", "close", "Close"),
        Binding("j", "down", "Down", show=False),
        Binding("k", "up", "Up", show=False),
    ]

    class Found(Message):
        def __init__(self, entries: list[Entry]) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.entries: list[Entry] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="unread-dialog") as dialog:
            dialog.border_title = "Unread articles"
            dialog.border_subtitle = "enter: open · escape: back"
            yield Static("Reading the index…", id="unread-status")
            yield OptionList(id="unread-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#unread-list").focus()
        self.load()

    @work(thread=True, exclusive=True, group="unread")
    def load(self) -> None:
        self.post_message(self.Found(self.library.unread(SHOWN)))

    @on(Found)
    def _found(self, message: Found) -> None:
        self.entries = message.entries
        listing = self.query_one("#unread-list", OptionList)
        listing.clear_options()
        listing.add_options(Option(unread_prompt(entry)) for entry in self.entries)
        if self.entries:
            listing.highlighted = 0
        count = len(self.entries)
        status = "No unread articles." if not count else f"{'the newest ' if count >= SHOWN else ''}{plural(count, 'unread article')}, newest first"
        self.query_one("#unread-status", Static).update(status)

    @on(OptionList.OptionSelected, "#unread-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.entries):
            self.dismiss(self.entries[event.option_index].key)

    def action_down(self) -> None:
        self.query_one("#unread-list", OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one("#unread-list", OptionList).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)
