"""What is open and current in the app, without a screen: the open entry and its article (or
why it cannot be shown), a large file read in a thread, where to go once an article is shown,
and which articles were read and where the reader left each.

The app (``reader.ui.app``) holds one ``ReadingSession`` and shows what it says; tests can
drive a session with a library alone.  No Textual here.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from ..library.library import Library, ReadMark

if TYPE_CHECKING:
    from ..library.catalog import Entry
    from ..model import Article
    from .widgets.article_view import Layout

# A file larger than this (but under the size cap) is read in a thread when opened: parsing
# and extracting run at about 2 MB/s, so a file of a few megabytes would hold the screen.
READ_IN_BACKGROUND_OVER = 256_000  # bytes

class GoTo(NamedTuple):
    """Where to go in an article once it is shown: a quote, else a character offset."""

    quote: int | None
    offset: int | None


class LargeFile(NamedTuple):
    """A large file read in a thread, kept while it is open."""

    key: str
    article: Article
    layout: Layout  # as the article pane lays it out, made in the thread too


class RecentMarks:
    """Where the reader left each article: the last few kept here, every other one read from
    the index (which keeps them all) when asked, so memory stays flat however many are read."""

    KEEP = 8

    def __init__(self, library: Library) -> None:
        self.library = library
        self._kept: OrderedDict[str, ReadMark] = OrderedDict()

    def get(self, key: str) -> ReadMark | None:
        mark = self._kept.get(key)
        if mark is None:
            mark = self.library.read_mark(key)
        if mark is not None:
            self[key] = mark
        return mark

    def __getitem__(self, key: str) -> ReadMark:
        mark = self.get(key)
        if mark is None:
            raise KeyError(key)
        return mark

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __setitem__(self, key: str, mark: ReadMark) -> None:
        self._kept[key] = mark
        self._kept.move_to_end(key)
        while len(self._kept) > self.KEEP:
            self._kept.popitem(last=False)

    def __len__(self) -> int:
        return len(self._kept)

    def forget(self, key: str) -> None:
        self._kept.pop(key, None)


class ReadingSession:
    """The open entry and article, the large file read for it, the pending go-to, and the read
    state (kept in the library's index)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.entry: Entry | None = None  # the open one
        self.article: Article | None = None  # the open article, read from disk when opened
        self.error: str | None = None  # why the open file cannot be shown
        self.large_file: LargeFile | None = None  # over the size cap on request, or under it when opened
        self.goto: GoTo | None = None  # for the next article opened
        self.goto_after_read: GoTo | None = None  # for the large file being read in a thread
        self.read: set[str] = set()  # every article opened (as the index remembers)
        self.marks = RecentMarks(library)

    def large_file_of(self, key: str | None) -> LargeFile | None:
        """The large file read for ``key``, if that is the one kept."""
        return self.large_file if self.large_file is not None and self.large_file.key == key else None

    def first_entry(self, last: str | None) -> Entry | None:
        """What to open first: the article read last, else the first readable one, else the
        first file."""
        first = self.library.entry(last) if last else None
        if first is None:
            first = next((entry for entry in self.library.walk() if entry.error is None), None)
        if first is None:
            first = next(self.library.walk(), None)
        return first

    def load(self, entry: Entry) -> None:
        """Read the entry's article (or keep why it cannot be shown)."""
        kept = self.large_file_of(entry.key)
        if kept is not None:
            self.article, self.error = kept.article, None
        elif entry.error is not None:
            self.article, self.error = None, entry.error
        else:
            from ..article.decode import (
                why_unreadable,  # loaded after the first frame (4 ms)
            )

            try:
                self.article, self.error = self.library.article(entry.key), None
            except Exception as error:  # unreadable, or a bug in the parser or extractor: say so, keep going
                self.article, self.error = None, why_unreadable(error)

    def reads_in_background(self, entry: Entry) -> bool:
        """Whether the entry is a large file under the size cap, not read yet, to read in a
        thread rather than hold the screen."""
        if entry.error is not None or self.large_file_of(entry.key) is not None:
            return False
        try:
            size = entry.path.stat().st_size
        except OSError:
            return False  # `load` says what is wrong with it
        return size > READ_IN_BACKGROUND_OVER

    def opened(self, entry: Entry, goto: GoTo | None) -> GoTo | None:
        """The entry was shown: it is read now; where to go in it (``goto``, else where the
        reader left it)."""
        self.read.add(entry.key)
        mark = self.marks.get(entry.key)
        if goto is None and mark is not None:
            goto = GoTo(mark.quote, mark.offset)
        quote, offset = goto or (None, None)
        self.library.mark_read(entry.key, offset, quote)
        self.marks[entry.key] = ReadMark(time.time(), offset, quote)
        return goto

    def forget(self, key: str) -> None:
        """``key`` is unread again: no mark, no saved position."""
        self.read.discard(key)
        self.marks.forget(key)
        self.library.mark_unread(key)

    def mark_all_read(self) -> list[str]:
        """Every article read; the keys newly marked."""
        keys = self.library.mark_all_read()
        self.read.update(keys)
        return keys

    def save_position(self, key: str | None, offset: int | None, quote: int | None) -> None:
        """Remember where the reader is in the open article (kept in the index); not for one
        marked unread since it was opened."""
        if key is None or self.article is None or key not in self.read:
            return
        before = self.marks.get(key)
        self.marks[key] = ReadMark(before.opened if before is not None else 0.0, offset, quote)
        self.library.mark_read(key, offset, quote)

    def here(self, entry: Entry | None) -> Entry | None:
        """The open entry, with the quotes of the article as it was read (a file opened over
        the size cap is listed without any)."""
        article = self.article
        if entry is None or article is None or entry.quote_count == len(article.quotes):
            return entry
        return replace(entry, quote_count=len(article.quotes))
