"""The people sidebar: everyone named in the article, with roles and counts; pick one to follow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...wording import plural

if TYPE_CHECKING:
    from ...model import Article, Person


def quotes_by(article: Article, person: Person) -> list[int]:
    """Indices of the quotes the article attributes to ``person`` (by full name or alias)."""
    names = {person.name, *person.aliases}
    return [index for index, quote in enumerate(article.quotes) if quote.speaker in names]


class PeopleSidebar(OptionList):
    """Lists the article's people; enter or a click selects one (again: shows everyone)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    class PersonChosen(Message):
        """The user picked a person (an index into ``article``'s people) or None for everyone."""

        def __init__(self, article: Article | None, index: int | None) -> None:
            super().__init__()
            self.article = article  # the article listed when the user chose
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.selected: int | None = None

    def show(self, article: Article | None, selected: int | None = None) -> None:
        self.article = article
        self.selected = selected
        highlighted = self.highlighted
        self.clear_options()
        if article is None or not article.people:
            self.add_option(Option(Text("No people found in this article.", style="italic"), disabled=True))
            return
        for index, person in enumerate(article.people):
            self.add_option(Option(self._prompt(article, index, person), id=f"person-{index}"))
        if selected is not None:
            self.highlighted = selected
        elif highlighted is not None and highlighted < len(article.people):
            self.highlighted = highlighted
        else:
            self.highlighted = 0

    def _prompt(self, article: Article, index: int, person: Person) -> Table:
        """The marker, then the name, roles and counts; wrapped lines start under the text."""
        text = Text(person.name, style="bold")
        for role in person.roles:
            text.append("\n")
            text.append(role, style="italic")
        quotes = len(quotes_by(article, person))
        text.append(f"\n{plural(len(person.mentions), 'mention')} · {plural(quotes, 'quote')}", style="dim")
        grid = Table.grid()
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text("● " if index == self.selected else "  ", style="bold"), text)
        return grid

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.article is None or not self.article.people:
            return
        index = event.option_index
        self.post_message(self.PersonChosen(self.article, None if index == self.selected else index))
