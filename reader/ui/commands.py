"""The command palette: the app's system commands (a title, a line of help and the action each
runs), and the providers that open an article by title or jump to a person of the open article.

The providers reach the app through ``Reader``, the little of it they use, so this module does
not import the app (which imports it)."""

from __future__ import annotations

import asyncio
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Protocol, cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from ..library.catalog import date_key, entry_key, section_key

if TYPE_CHECKING:
    from ..library.library import Library
    from ..model import Article
    from .widgets.section_list import SectionList

LARGE = 3000  # more articles than this: the palette finds titles through the index

# The palette's own commands, after Textual's: (title, help, the app's action without "action_").
SYSTEM_COMMANDS = (
    ("Open article", "Find an article by its title and open it", "open_article"),
    ("Search the library", "Titles, text, quotes and people of every article (/ in the sections)", "search_library"),
    ("People across the library", "Everyone named or quoted, and all their quotes (P)", "library_people"),
    ("Jump to person", "Follow one person of the open article", "jump_to_person"),
    ("Copy quote", "Copy the current quote with its attribution (c)", "copy_quote"),
    ("Copy quote as…", "Choose a citation style, then copy (C)", "copy_quote_as"),
    ("Next quote", "Go to the next quote (n)", "next_quote"),
    ("Previous quote", "Go to the previous quote (p)", "previous_quote"),
    ("Find in article", "Find text in the open article (/)", "find"),
    ("Toggle sections", "Show or hide the section list (s)", "toggle_sections"),
    ("Toggle people", "Show or hide the people sidebar (w)", "toggle_people"),
    ("Help", "Every key of reader (? or F1)", "help"),
)


class Reader(Protocol):
    """What the providers use of the app."""

    library: Library
    sections: SectionList

    @property
    def article(self) -> Article | None: ...

    def open_entry(self, key: str, quote: int | None = None, offset: int | None = None) -> None: ...

    def choose_person(self, index: int | None) -> None: ...


class ArticleCommands(Provider):
    """"Open: <title>" for every readable article of the library."""

    @property
    def reader(self) -> Reader:
        return cast("Reader", self.app)

    def _articles(self, entries):
        for entry in entries:
            if entry.error is None:
                when = entry.day.isoformat() if entry.day else "undated"
                yield entry, f"Open: {entry.title}", escape(f"{entry.section} · {when}")

    async def discover(self) -> Hits:
        first = await asyncio.to_thread(lambda: list(islice(self.reader.library.walk(), 60)))
        for entry, text, help in list(self._articles(first))[:30]:
            yield DiscoveryHit(Text(text), partial(self.reader.open_entry, entry.key), text=text, help=help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        library = self.reader.library
        if self.reader.sections.count_all() > LARGE:  # fuzzy matching every title would lag: ask the index
            hits = await asyncio.to_thread(library.search, query, 60)
            found = await asyncio.to_thread(lambda: [entry for hit in hits if (entry := library.entry(hit.key))])
            for entry, text, help in list(self._articles(found)):
                score = matcher.match(text)
                yield Hit(max(score, 0.01), Text(text), partial(self.reader.open_entry, entry.key), text=text, help=help)
            return
        if self._every is None:  # read once per palette: every title, in list order
            every = await asyncio.to_thread(self.reader.library.entries)
            every.sort(key=lambda entry: (section_key(entry.section), date_key(entry.day), entry_key(entry)))
            self._every = every
        for entry, text, help in list(self._articles(self._every)):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Text(text), partial(self.reader.open_entry, entry.key), text=text, help=help)

    _every: list | None = None


class PeopleCommands(Provider):
    """"Jump to person: <name>" for everyone named in the open article."""

    @property
    def reader(self) -> Reader:
        return cast("Reader", self.app)

    def _people(self):
        article = self.reader.article
        if article is None:
            return
        for index, person in enumerate(article.people):
            roles = "; ".join(person.roles)
            yield index, f"Jump to person: {person.name}", escape(roles) if roles else None

    async def discover(self) -> Hits:
        for index, text, help in list(self._people()):
            yield DiscoveryHit(Text(text), partial(self.reader.choose_person, index), text=text, help=help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for index, text, help in list(self._people()):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Text(text), partial(self.reader.choose_person, index), text=text, help=help)
