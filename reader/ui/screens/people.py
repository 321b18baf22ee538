"""People across the library: everyone named or quoted, with counts; choose one to list all
their quotes (newest first), and choose a quote to open its article there.

One entry a person, under every name the articles give them (``reader.identities``), never
merged by a surname alone that several people share.  The lists
come from the index in a thread worker, so a library of any size never holds the screen up.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ...library.library import Library
from ...library.rows import PersonQuote, PersonRow
from ...wording import plural, preview
from . import DIALOG_CSS


@dataclass(frozen=True)
class Destination:
    """Where to go: an article, maybe one of its quotes, and the offset to show."""

    key: str
    quote: int | None
    offset: int


def person_prompt(person: PersonRow) -> Text:
    text = Text(person.name, style="bold")
    if person.aliases:
        text.append(f"\nalso {', '.join(person.aliases)}", style="dim")
    if person.role:
        text.append(f"\n{person.role.splitlines()[0]}", style="italic")
    counts = f"{plural(person.quotes, 'quote')} · {plural(person.mentions, 'mention')} · {plural(person.articles, 'article')}"
    text.append(f"\n{counts}", style="dim")
    return text


def quote_prompt(item: PersonQuote) -> Text:
    when = item.day.isoformat() if item.day else "undated"
    text = Text(f"{when} · ", style="dim")
    text.append(item.title, style="bold")
    body = preview(item.text)
    if item.quote is None:
        text.append(f"\nnamed as {body}", style="italic")
    else:
        text.append(f"\n“{body}”")
    if item.role:
        text.append(f"\n— {item.role}", style="italic dim")
    return text


class PeopleScreen(ModalScreen[Destination | None]):
    """Dismisses with where to go, or None on escape (from a person's quotes: back to people)."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("c", "copy", "Copy quote"),
        Binding("q", "close", "Close"),
        Binding("down", "to_list", "List", show=False),
        Binding("j", "to_list", "Down", show=False),
        Binding("k", "up", "Up", show=False),
    ]

    class CopyQuote(Message):
        """The user wants the highlighted quote copied: quote ``quote`` of the article ``key``."""

        def __init__(self, key: str, quote: int) -> None:
            super().__init__()
            self.key, self.quote = key, quote

    class PeopleFound(Message):
        def __init__(self, name: str, people: list[PersonRow]) -> None:
            super().__init__()
            self.name, self.people = name, people

    class QuotesFound(Message):
        def __init__(self, person: PersonRow, quotes: list[PersonQuote]) -> None:
            super().__init__()
            self.person, self.quotes = person, quotes

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.name_filter = ""
        self.people: list[PersonRow] = []
        self.person: PersonRow | None = None  # whose quotes are listed
        self.quotes: list[PersonQuote] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="people-dialog") as dialog:
            dialog.border_title = "People across the library"
            dialog.border_subtitle = "enter: their quotes · escape: back"
            yield Input(placeholder="Filter by name", id="people-filter")
            yield Static("", id="people-status")
            yield OptionList(id="people-list")
            yield OptionList(id="people-quotes")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#people-quotes").display = False
        self.query_one("#people-filter", Input).focus()
        self.load_people("")

    @work(thread=True, exclusive=True, group="people")
    def load_people(self, name: str) -> None:
        self.post_message(self.PeopleFound(name, self.library.people(name)))

    @work(thread=True, exclusive=True, group="people")
    def load_quotes(self, person: PersonRow) -> None:
        self.post_message(self.QuotesFound(person, self.library.person_quotes(person.id)))

    @on(Input.Changed, "#people-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.name_filter = event.value
        self.load_people(event.value)

    @on(PeopleFound)
    def _people_found(self, message: PeopleFound) -> None:
        if message.name != self.name_filter:
            return
        self.people = message.people
        listing = self.query_one("#people-list", OptionList)
        listing.clear_options()
        listing.add_options(Option(person_prompt(person), id=f"person-{person.id}") for person in self.people)
        if self.people:
            listing.highlighted = 0
        if self.person is None:
            self._status()

    def _status(self) -> None:
        status = self.query_one("#people-status", Static)
        if self.person is not None:
            status.update(Text(f"{self.person.name}: {plural(len(self.quotes), 'quote' if self.person.quotes else 'article')}, newest first"))
        elif not self.people:
            status.update("Nobody by that name." if self.name_filter.strip() else "No people found in the library yet.")
        else:
            count = len(self.people)
            shown = f"the first {count} people" if count >= 500 else plural(count, "person", "people")
            status.update(f"{shown}, most quoted first")

    @on(Input.Submitted, "#people-filter")
    def _submitted(self) -> None:
        listing = self.query_one("#people-list", OptionList)
        if self.people:
            self.choose(self.people[listing.highlighted or 0])

    @on(OptionList.OptionSelected, "#people-list")
    def _person_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.people):
            self.choose(self.people[event.option_index])

    def choose(self, person: PersonRow) -> None:
        self.person = person
        self.load_quotes(person)

    @on(QuotesFound)
    def _quotes_found(self, message: QuotesFound) -> None:
        if self.person is None or message.person.id != self.person.id:
            return
        self.quotes = message.quotes
        listing = self.query_one("#people-quotes", OptionList)
        listing.clear_options()
        listing.add_options(Option(quote_prompt(item)) for item in self.quotes)
        self.query_one("#people-list").display = False
        self.query_one("#people-filter").display = False
        listing.display = True
        if self.quotes:
            listing.highlighted = 0
        listing.focus()
        self.query_one("#people-dialog").border_title = f"Quotes by {person_name(message.person)}"
        self._status()

    @on(OptionList.OptionSelected, "#people-quotes")
    def _quote_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self.quotes):
            item = self.quotes[event.option_index]
            self.dismiss(Destination(item.key, item.quote, item.offset))

    def action_to_list(self) -> None:
        listing = self.query_one("#people-list", OptionList)
        if self.person is None and not listing.has_focus and self.people:
            listing.focus()
        elif self.focused is not None and isinstance(self.focused, OptionList):
            self.focused.action_cursor_down()

    def action_up(self) -> None:
        if isinstance(self.focused, OptionList):
            self.focused.action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_copy(self) -> None:
        listing = self.query_one("#people-quotes", OptionList)
        if self.person is None or not listing.display or listing.highlighted is None:
            self.notify("Choose a person first (enter), then a quote to copy.", severity="warning")
            return
        item = self.quotes[listing.highlighted]
        if item.quote is None:
            self.notify("This is a mention, not a quote: nothing to copy.", severity="warning")
            return
        self.post_message(self.CopyQuote(item.key, item.quote))

    def action_back(self) -> None:
        if self.person is None:
            self.dismiss(None)
            return
        self.person = None
        self.quotes = []
        self.query_one("#people-quotes").display = False
        self.query_one("#people-list").display = True
        self.query_one("#people-filter").display = True
        self.query_one("#people-list").focus()
        self.query_one("#people-dialog").border_title = "People across the library"
        self._status()


def person_name(person: PersonRow) -> str:
    return escape(person.name)
