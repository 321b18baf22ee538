"""The library as the app sees it: files -> entries (an Article or an error), grouped for display.

This is the one place the app loads articles from.  Another module (``reader/library.py``, with
an SQLite index and persisted read state) can replace :class:`Catalog` later: the app only needs
``Catalog.scan()`` to yield batches of :class:`Entry`.  No Textual here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .decode import UnreadableFile
from .files import find_articles, read_article
from .model import Article

NO_SECTION = "No section"
UNDATED = "Undated"
UNREADABLE = "Unreadable files"


@dataclass(frozen=True)
class Entry:
    """One file of the library: the article read from it, or why it could not be read."""

    path: Path
    article: Article | None = None
    error: str | None = None

    @property
    def key(self) -> str:
        return str(self.path)

    @property
    def section(self) -> str:
        if self.article is None:
            return UNREADABLE
        return (self.article.section or "").strip() or NO_SECTION

    @property
    def day(self) -> date | None:
        return self.article.date if self.article else None

    @property
    def title(self) -> str:
        return self.article.display_title if self.article else self.path.name

    @property
    def quote_count(self) -> int:
        return len(self.article.quotes) if self.article else 0


ReadFunction = Callable[[Path], Article]


class Catalog:
    """Finds the article files under some paths and reads them, a batch at a time."""

    def __init__(
        self, paths: Sequence[str | os.PathLike[str]], read: ReadFunction = read_article
    ) -> None:
        self.paths = [Path(path) for path in paths]
        self.read = read

    def load(self, path: Path) -> Entry:
        """Read one file; any failure becomes an entry with a one-line error, never an exception."""
        try:
            return Entry(path, article=self.read(path))
        except UnreadableFile as error:
            return Entry(path, error=str(error))
        except Exception as error:  # a bug in the parser or extractor must not stop the rest
            message = str(error).splitlines()[0] if str(error) else ""
            return Entry(path, error=f"could not be read ({type(error).__name__}: {message})")

    def scan(self, batch_size: int = 200, max_delay: float = 0.25) -> Iterator[list[Entry]]:
        """Entries in batches: at most ``batch_size`` each, handed on at least every ``max_delay``
        seconds so a display can show progress on a folder of thousands of files."""
        batch: list[Entry] = []
        started = time.monotonic()
        for path in find_articles(self.paths):
            batch.append(self.load(path))
            if len(batch) >= batch_size or time.monotonic() - started >= max_delay:
                yield batch
                batch = []
                started = time.monotonic()
        if batch:
            yield batch


@dataclass(frozen=True)
class DateGroup:
    label: str  # "2024-03-14" or "Undated"
    day: date | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class SectionGroup:
    name: str
    dates: tuple[DateGroup, ...]

    @property
    def count(self) -> int:
        return sum(len(group.entries) for group in self.dates)


def section_key(name: str) -> tuple[int, str]:
    """Sections in alphabetical order, then "No section", then the unreadable files."""
    return ({NO_SECTION: 1, UNREADABLE: 2}.get(name, 0), name.casefold())


def date_key(day: date | None) -> tuple[int, int]:
    """Newest date first, "Undated" last."""
    return (1, 0) if day is None else (0, -day.toordinal())


def entry_key(entry: Entry) -> tuple[float, str, str]:
    """Newest first within a date, then by title."""
    moment = entry.article.published if entry.article else None
    stamp = (moment.replace(tzinfo=None) - datetime.min).total_seconds() if moment else 0.0
    return (-stamp, entry.title.casefold(), entry.key)


def group(entries: Iterable[Entry]) -> list[SectionGroup]:
    """Section -> date -> entries, in the order of section_key, date_key and entry_key."""
    by_section: dict[str, dict[date | None, list[Entry]]] = {}
    for entry in entries:
        by_section.setdefault(entry.section, {}).setdefault(entry.day, []).append(entry)
    sections = []
    for name in sorted(by_section, key=section_key):
        days = by_section[name]
        groups = tuple(
            DateGroup(
                label=day.isoformat() if day else UNDATED,
                day=day,
                entries=tuple(sorted(days[day], key=entry_key)),
            )
            for day in sorted(days, key=date_key)
        )
        sections.append(SectionGroup(name=name, dates=groups))
    return sections


def in_order(sections: Iterable[SectionGroup]) -> list[Entry]:
    """The entries in the order the section list shows them."""
    return [entry for section in sections for day in section.dates for entry in day.entries]
