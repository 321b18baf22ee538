"""Search the whole library: titles, text, quotes and people; enter opens the article at the hit.

The query runs in a thread worker as you type (the index answers in milliseconds, but the
screen never waits for it); the list shows each hit's title, section and date, and a line of
the text around the hit with the matching words marked.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...library.library import Library
from ...library.rows import Hit
from . import DIALOG_CSS

PAGE = 50  # hits listed at once


def hit_prompt(hit: Hit) -> Text:
    text = Text(hit.title, style="bold")
    when = hit.day.isoformat() if hit.day else "undated"
    text.append(f"\n{hit.section} · {when}", style="dim")
    snippet = Text(hit.snippet.text)
    for start, end in hit.snippet.marks:
        snippet.stylize("bold reverse", start, end)
    text.append("\n")
    text.append_text(snippet)
    return text


class SearchScreen(ModalScreen[Hit | None]):
    """Dismisses with the chosen hit, or None on escape."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("escape", "cancel", "Back"),
        Binding("q", "close", "Close"),
        Binding("down", "to_hits", "Hits", show=False),
        Binding("j", "to_hits", "Down", show=False),
        Binding("k", "up", "Up", show=False),
    ]

    class Results(Message):
        def __init__(self, query: str, hits: list[Hit], seconds: float) -> None:
            super().__init__()
            self.query, self.hits, self.seconds = query, hits, seconds

    def __init__(self, library: Library, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.text = query
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog") as dialog:
            dialog.border_title = "Search the library"
            dialog.border_subtitle = "enter: open · ↓: the hits · escape: close"
            yield Input(self.text, placeholder='words, or a "phrase": titles, text, quotes, people', id="search-query")
            yield Static("", id="search-status")
            yield OptionList(id="search-hits")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search-query", Input).focus()
        if self.text:
            self.run_search(self.text)

    @on(Input.Changed, "#search-query")
    def _changed(self, event: Input.Changed) -> None:
        self.text = event.value
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        time.sleep(0.05)  # typing on: this search is cancelled by the next one
        if get_current_worker().is_cancelled:
            return
        started = time.perf_counter()
        hits = self.library.search(query, limit=PAGE) if query.strip() else []
        self.post_message(self.Results(query, hits, time.perf_counter() - started))

    @on(Results)
    def _results(self, message: Results) -> None:
        if message.query != self.text:
            return
        self.hits = message.hits
        hits = self.query_one("#search-hits", OptionList)
        hits.clear_options()
        hits.add_options(Option(hit_prompt(hit), id=f"hit-{number}") for number, hit in enumerate(self.hits))
        if self.hits:
            hits.highlighted = 0
        status = self.query_one("#search-status", Static)
        if not message.query.strip():
            status.update("")
        elif not self.hits and self.library.rebuilt:
            status.update("The library index was damaged and is made anew: close this (escape) to index the library again.")
        elif not self.hits:
            status.update("No article has all of these words.")
        else:
            more = "+" if len(self.hits) == PAGE else ""
            status.update(f"{len(self.hits)}{more} articles, best first ({message.seconds * 1000:.0f} ms)")

    @on(Input.Submitted, "#search-query")
    def _submitted(self) -> None:
        hits = self.query_one("#search-hits", OptionList)
        if self.hits:
            self.dismiss(self.hits[hits.highlighted or 0])

    @on(OptionList.OptionSelected, "#search-hits")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.hits):
            self.dismiss(self.hits[event.option_index])

    def action_up(self) -> None:
        hits = self.query_one("#search-hits", OptionList)
        if hits.has_focus:
            hits.action_cursor_up()

    def action_to_hits(self) -> None:
        hits = self.query_one("#search-hits", OptionList)
        if self.hits and not hits.has_focus:
            hits.focus()
        elif hits.has_focus:
            hits.action_cursor_down()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
