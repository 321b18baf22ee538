"""The library: a folder of article files and its SQLite index in the user's cache folder.

One index file per library (the folder, or the files, reader was pointed at), in the cache
folder (``reader.library.paths``).  It holds what the section list, search and the people view
need, so the app can show a library of tens of thousands of articles without parsing it first;
its tables are in ``reader.library.schema``.

The app never holds the whole library in memory: the section list is drawn from counts per
section and per date (:meth:`Library.section_counts`, :meth:`Library.date_counts`, one small
query each over an index), the titles of a date are read when it is unfolded
(:meth:`Library.entries_in`), and moving to the next article with quotes walks the list in the
index (:meth:`Library.walk`).  Those queries go through a second, read-only connection, so
they never wait for a refresh writing a batch.

:meth:`Library.refresh` (its work is in ``reader.library.indexing``) parses only files whose
size, mtime or parser changed (in a process pool, both cores), drops files that are gone, and
writes in transactions: a refresh cut short (ctrl+c, a crash, a killed process) leaves the index as it was after the last batch.  A
damaged index file (found by a check when opened, or by any query that meets the damage) is
moved aside and rebuilt; a symbolic link or a file that is not a reader index at its place is
moved aside, never written through or emptied; an index locked by another program past
:data:`LOCK_WAIT`, read-only, or a cache folder that cannot be written means an index in memory
for this run.  Each says so in :attr:`Library.messages`.

The article text is never kept in memory here: :meth:`Library.article` reads the file again.
No Textual here, and ``reader.extract`` is loaded only when something has to be parsed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .catalog import (
    UNREADABLE,
    Counts,
    Entry,
    date_key,
    entry_key,
    parse_day,
    section_key,
    section_name,
)
from .paths import index_file
from .schema import (
    INDEX_TABLES,
    PLACE,
    PLACE_INDEX,
    READS,
    READS_COLUMNS,
    SCHEMA_VERSION,
    TABLES,
    Place,
    connect,
    stored_path,
)

if TYPE_CHECKING:
    from types import EllipsisType

    from ..model import Article
    from .indexing import Progress, ReadFunction, Record
    from .rows import Hit, PersonQuote, PersonRow, QuoteAt

WEIGHTS = (10.0, 1.0, 3.0, 6.0)  # bm25 weights of title, body, quotes, names
SAME_QUOTES_PAGE = 2000  # quotes read at a time when looking for the same quote elsewhere

def _default_read(path: Path) -> Article:
    """How the library reads an article (in worker processes too: its name is part of the
    parser fingerprint, see ``indexing.parser_fingerprint``)."""
    from ..article.read import read_article

    return read_article(path)


def _read_over_the_cap(path: Path) -> Article:
    """How a file over the size cap is read when the user asks for it: the same, without the cap.
    (The index keeps it listed as too large.)"""
    from ..article.read import read_article

    return read_article(path, max_bytes=None)


# -- What queries return -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReadMark:
    opened: float  # when (time.time())
    offset: int | None  # character offset of the top of the view when the reader left it
    quote: int | None  # the current quote then


@dataclass(frozen=True)
class Overview:
    """What the first screen shows: the sections' counts, the read state, the last article."""

    counts: dict[str, Counts]
    marks: dict[str, ReadMark]
    last: str | None


LOCK_WAIT = 10.0  # seconds a write waits for another process's transaction before giving up
CHECK_UNDER = 32 * 2**20  # index files smaller than this are checked (quick_check) when opened


class LibraryError(Exception):
    """The index cannot be used at all (even in memory)."""


class NotAnIndex(sqlite3.DatabaseError):
    """The file at the index's path is an SQLite database, but not one reader made."""


class Damaged(sqlite3.DatabaseError):
    """The index failed its check, or a table or a stored text of it is missing or broken."""


def _is_damage(error: BaseException) -> bool:
    """Whether an error means the index file is damaged (and is to be rebuilt)."""
    if isinstance(error, (Damaged, NotAnIndex, zlib.error)):
        return True
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    return (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or text.startswith(("no such table", "no such column"))
        or ("malformed" in text or "not a database" in text)
    )


def _is_locked(error: BaseException) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(error)


def _is_read_only(error: BaseException) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_READONLY") or "readonly database" in str(error)


def _nofollow_uri(path: Path) -> str:
    """The index's URI for SQLite, opened without following a symbolic link (``nofollow``)."""
    from urllib.parse import quote

    return f"file:{quote(os.fsencode(os.path.abspath(path)))}?nofollow=1"


class EntriesByKey(Mapping[str, Entry]):
    """Every entry of a library by its key, as a Mapping that asks the index each time."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def __getitem__(self, key: str) -> Entry:
        entry = self.library.entry(key) if isinstance(key, str) else None
        if entry is None:
            raise KeyError(key)
        return entry

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self.library._read("SELECT 1 FROM articles WHERE path = ?", (stored_path(key),)))

    def __iter__(self) -> Iterator[str]:
        return iter([row[0] for row in self.library._read("SELECT path FROM articles ORDER BY path")])

    def __len__(self) -> int:
        return self.library.count()


class Library:
    """The articles under some paths, as the index knows them; refreshes it from disk.

    Thread-safe: one connection, used under a lock, so the app's workers and its screen can
    share a Library (a refresh writes in short transactions between the screen's queries).
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
        *,
        read: ReadFunction | None = None,
        read_anyway: ReadFunction | None = None,
        index: Path | None = None,
        processes: int | None = None,
        stay_inside: bool = False,
    ) -> None:
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        self.paths = [os.path.abspath(os.fspath(path)) for path in paths]
        self.read: ReadFunction = read or _default_read
        self.read_anyway: ReadFunction = read_anyway or _read_over_the_cap  # a file too large, on request
        self.index_path: Path | None = index if index is not None else None
        self.processes = processes
        self.messages: list[str] = []  # what the user should know: rebuilt, no cache, ...
        self.in_memory = False
        self.rebuilt = False  # the index was made anew (damaged, another format...): refresh it
        self.lock_wait = LOCK_WAIT
        self._sections: list[str] | None = None  # the section names, for walk(); None after a write
        self.stay_inside = stay_inside  # follow no symbolic link out of the library's folders
        self._checked = False
        self._lock = threading.RLock()
        self._refreshing = threading.Lock()  # one refresh at a time (see refresh)
        self._db: sqlite3.Connection | None = None
        self._read_lock = threading.Lock()
        self._reader: sqlite3.Connection | None = None  # for queries: never waits for a write
        self._ahead: tuple[threading.Thread, list[Overview]] | None = None
        self._articles: OrderedDict[str, Article] = OrderedDict()

    # Opening.

    @property
    def location(self) -> str:
        if self.in_memory:
            return "memory (no cache)"
        return str(self.index_path) if self.index_path else "(not open)"

    def open(self) -> Library:
        """Open (or create, or rebuild) the index; never fails for want of a cache folder.

        What it does not write through or over: a symbolic link at the index's path (moved
        aside, never followed), a file that is not a reader index (moved aside, never emptied).
        A damaged index is moved aside and rebuilt.  An index that is locked by another program
        for longer than :data:`LOCK_WAIT`, or cannot be written, means an index in memory for
        this run.  Each case is said in :attr:`messages`.
        """
        with self._lock:
            if self._db is not None:
                return self
            if self.index_path is None:
                try:
                    self.index_path = index_file(self.paths)
                except (OSError, RuntimeError) as error:  # no home folder to find
                    self._in_memory(f"no cache folder ({error})")
                    return self
            try:
                self._db = self._connect(self.index_path)
            except sqlite3.DatabaseError as error:
                self._cannot_use(error)
            except OSError as error:
                self._in_memory(f"cannot write in the cache folder {self.index_path.parent} ({error.strerror or error})")
            return self

    def _cannot_use(self, error: sqlite3.DatabaseError) -> None:
        """The index file could not be used as it is: rebuild it, or index in memory."""
        if _is_damage(error):
            self._replace_damaged(error)
        elif _is_locked(error):
            self._in_memory(
                f"the index at {self.index_path} is locked by another program (waited {self.lock_wait:g} s);"
                " nothing is saved to it"
            )
        elif _is_read_only(error):
            self._in_memory(f"the index at {self.index_path} cannot be written (read-only); nothing is saved to it")
        else:
            self._in_memory(f"cannot write the index at {self.index_path} ({error})")

    def _connect(self, path: Path) -> sqlite3.Connection:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._no_symbolic_links(path)
        db = connect(_nofollow_uri(path), timeout=self.lock_wait, uri=True)
        try:
            self._identify(db)  # before anything is written: a file not ours is left as it is
            try:
                small = os.stat(path).st_size < CHECK_UNDER
            except OSError:
                small = True
            if small:
                self._check(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._prepare(db)
        except BaseException:
            db.close()
            raise
        return db

    def _check(self, db: sqlite3.Connection) -> None:
        """Raise Damaged unless SQLite finds the index file sound (``PRAGMA quick_check``)."""
        result = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
        if result != ["ok"]:
            found = " ".join(" ".join(map(str, result)).replace("*", "").split())
            raise Damaged(f"SQLite's check found: {found[:120]}")
        self._checked = True

    def _no_symbolic_links(self, path: Path) -> None:
        """A symbolic link at the index's path (or its journal's) is moved aside, never written
        through: the cache writes only to files it made."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            name = f"{path}{suffix}"
            if os.path.islink(name):
                target = os.readlink(name)
                aside = self._move_aside(name, "symlink")
                self.messages.append(
                    f"The library index at {name} was a symbolic link (to {target}); reader does not write"
                    f" through it: moved aside to {aside}, and a new index made."
                )

    @staticmethod
    def _move_aside(name: str, why: str) -> str:
        """Rename a file beside itself.  A damaged index replaces the last damaged one (kept for
        a bug report); anything else gets a name of its own, so nothing that is not ours is lost."""
        aside = f"{name}.{why}" if why == "damaged" else f"{name}.{why}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        os.replace(name, aside)
        return aside

    @staticmethod
    def _identify(db: sqlite3.Connection) -> tuple[set[str], str | None]:
        """The tables of the file and its index format; NotAnIndex when it holds tables but
        is not a reader index (reads only)."""
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
        version = None
        if "meta" in names:
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = row[0] if row else None
        if names and names != {"reads"} and version is None:
            raise NotAnIndex(f"not a reader index (it holds the tables {', '.join(sorted(names)[:5])})")
        return names, version

    def _prepare(self, db: sqlite3.Connection) -> None:
        """Create the tables, or rebuild them when the schema version differs or one is missing."""
        db.execute("PRAGMA foreign_keys=OFF")
        names, version = self._identify(db)
        missing = set(INDEX_TABLES) - names
        db.execute("BEGIN IMMEDIATE")
        try:
            if version != str(SCHEMA_VERSION) or missing:
                if version == str(SCHEMA_VERSION):
                    self.messages.append(
                        f"The library index was damaged (no table {', '.join(sorted(missing))}); rebuilding it."
                    )
                elif names - {"reads"}:
                    self.messages.append(
                        f"The library index was made by another version of reader (format {version}); rebuilding it."
                    )
                for table in INDEX_TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in TABLES.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                import json

                db.execute("INSERT INTO meta VALUES ('roots', ?)", (json.dumps(self.paths),))
                self.rebuilt = True
            columns = [(row[1], row[2]) for row in db.execute("PRAGMA table_info(reads)")]
            if columns and columns != READS_COLUMNS:  # an older read state: kept when it can be
                db.execute("ALTER TABLE reads RENAME TO old_reads")
            db.execute(READS)
            if columns and columns != READS_COLUMNS:
                if [name for name, _type in columns] == [name for name, _type in READS_COLUMNS]:
                    db.execute("INSERT OR IGNORE INTO reads SELECT * FROM old_reads")
                db.execute("DROP TABLE old_reads")
            db.execute(PLACE_INDEX)  # added to indexes made before it, when they are opened
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _replace_damaged(self, error: BaseException) -> None:
        """Move the damaged (or foreign) index file aside and make a new one."""
        assert self.index_path is not None
        with self._read_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        why = "not-an-index" if isinstance(error, NotAnIndex) else "damaged"
        aside = None
        for suffix in ("", "-wal", "-shm", "-journal"):
            name = f"{self.index_path}{suffix}"
            try:
                if os.path.lexists(name):
                    moved = self._move_aside(name, why)
                    aside = aside or moved
            except OSError as problem:
                self._in_memory(f"the index at {self.index_path} is {why.replace('-', ' ')} and cannot be moved aside ({problem})")
                return
        if isinstance(error, NotAnIndex):
            self.messages.append(
                f"The file at the library index's place ({self.index_path}) is {error}; it was moved aside to {aside},"
                " untouched, and a new index is being made."
            )
        else:
            self.messages.append(
                f"The library index at {self.index_path} was damaged ({error}); it was moved aside to {aside} and is being rebuilt."
            )
        self.rebuilt = True
        try:
            self._db = self._connect(self.index_path)
        except (sqlite3.Error, OSError) as again:
            self._in_memory(f"cannot write the index at {self.index_path} ({again})")

    def _recover(self, error: BaseException) -> bool:
        """After an error from the index: rebuild it when it is damaged, or go on in memory when
        it is locked for too long or read-only.  False when the error is none of those."""
        if self.in_memory or not (_is_damage(error) or _is_locked(error) or _is_read_only(error)):
            return False
        with self._lock:
            self.close()
            if _is_damage(error):
                self._replace_damaged(error)
            else:
                assert isinstance(error, sqlite3.DatabaseError)
                self._cannot_use(error)
        return True

    def _in_memory(self, why: str) -> None:
        self.messages.append(f"No cache: {why}. The library is indexed in memory for this run only.")
        self.in_memory = True
        self.rebuilt = True
        db = connect(":memory:")
        try:
            self._prepare(db)
        except sqlite3.Error as error:
            raise LibraryError(f"cannot make an index even in memory: {error}") from error
        self._db = db

    def close(self) -> None:
        with self._lock:
            self._sections = None
            with self._read_lock:
                if self._reader is not None:
                    self._reader.close()
                    self._reader = None
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> Library:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        self.open()
        assert self._db is not None
        return self._db

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self.db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            if not self._recover(error):
                raise
        with self._lock:
            return self.db.execute(sql, parameters).fetchall()

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """A query on the read-only connection: in WAL mode it reads the last committed state
        while a refresh writes, so the screen never waits for a batch.  (An index in memory
        has one connection only.)  A damaged index is rebuilt (empty until refreshed: see
        :attr:`rebuilt`) and the query asked of the new one."""
        try:
            return self._read_once(sql, parameters)
        except sqlite3.DatabaseError as error:
            if not self._recover(error):
                raise
        return self._read_once(sql, parameters)

    def _read_once(self, sql: str, parameters: Sequence[Any]) -> list[tuple[Any, ...]]:
        self.open()
        if self.in_memory or self.index_path is None:
            with self._lock:
                return self.db.execute(sql, parameters).fetchall()
        with self._read_lock:
            if self._reader is None:
                reader = connect(_nofollow_uri(self.index_path), timeout=self.lock_wait, uri=True)
                reader.execute("PRAGMA query_only=ON")
                self._reader = reader
            return self._reader.execute(sql, parameters).fetchall()

    # What the first screen shows.

    def overview(self, wait: float | None = None) -> Overview | None:
        """The counts of the sections, the read state and the last article read.

        Without ``wait``, read them (or take what :meth:`read_ahead` read).  With ``wait``, only
        take what :meth:`read_ahead` has read within that many seconds, else None: a screen
        can ask without ever waiting on the disk.
        """
        ahead = self._ahead
        if ahead is not None:
            thread, result = ahead
            thread.join(wait)
            if thread.is_alive():
                return None
            self._ahead = None
            if result:
                return result[0]
        if wait is not None:
            return None
        return self._overview()

    def _overview(self) -> Overview:
        self.open()
        return Overview(self.section_counts(), self.read_marks(), self.last_opened())

    def read_ahead(self) -> None:
        """Start reading the overview in a thread, now.  The launcher calls this before it
        loads Textual: SQLite works without the interpreter lock, so the index is opened and
        counted while the UI's modules load, and the first frame can show the section list."""

        def read(result: list[Overview]) -> None:
            try:
                result.append(self._overview())
            except Exception:  # noqa: BLE001 - asked again by the app, which reports it
                pass

        if self._ahead is None:
            result: list[Overview] = []
            thread = threading.Thread(target=read, args=(result,), name="reader-read-ahead", daemon=True)
            self._ahead = (thread, result)
            thread.start()

    # What the app lists.

    _ENTRY = "SELECT path, section, day, stamp, title, quotes, error FROM articles"

    @staticmethod
    def _entry(path: str, section: str | None, day: str | None, stamp: int, title: str, quotes: int, error: str | None) -> Entry:
        if error is not None:
            return Entry(path, UNREADABLE, title=os.path.basename(path), error=error)
        return Entry(path, section_name(section), parse_day(day), stamp, title, quotes)

    def entries(self) -> list[Entry]:
        """Every file the index knows, as the section list shows it (in no order)."""
        return [self._entry(*row) for row in self._read(self._ENTRY)]

    def count(self) -> int:
        count: int = self._read("SELECT count(*) FROM articles")[0][0]
        return count

    def entry(self, key: str) -> Entry | None:
        """The entry of one file, or None when the index does not know it."""
        rows = self._read(self._ENTRY + " WHERE path = ?", (stored_path(key),))
        return self._entry(*rows[0]) if rows else None

    @property
    def by_key(self) -> EntriesByKey:
        """Every entry by its key, read from the index when asked (a Mapping)."""
        return EntriesByKey(self)

    def section_counts(self) -> dict[str, Counts]:
        """Files, unread articles and quotes of every section, in one pass over an index."""
        rows = self._read(f"SELECT {PLACE}, count(*), sum(quotes) FROM articles GROUP BY 1")
        read = dict(self._read(
            f"SELECT {PLACE}, count(*) FROM reads CROSS JOIN articles USING (path) WHERE error IS NULL GROUP BY 1"
        ))  # fmt: skip
        return {
            place: Counts(files, 0 if place == UNREADABLE else files - read.get(place, 0), quotes or 0)
            for place, files, quotes in rows
        }

    def date_counts(self, section: str) -> dict[date | None, Counts]:
        """The same for every date of one section."""
        rows = self._read(f"SELECT day, count(*), sum(quotes) FROM articles WHERE {PLACE} = ? GROUP BY day", (section,))
        read = dict(self._read(
            f"SELECT day, count(*) FROM reads CROSS JOIN articles USING (path) WHERE error IS NULL AND {PLACE} = ? GROUP BY day",
            (section,),
        ))  # fmt: skip
        return {
            parse_day(day): Counts(files, 0 if section == UNREADABLE else files - read.get(day, 0), quotes or 0)
            for day, files, quotes in rows
        }

    def entries_in(self, section: str, day: date | None | EllipsisType = ...) -> list[Entry]:
        """The entries of one section (of one of its dates, when given), in list order."""
        if day is ...:
            rows = self._read(self._ENTRY + f" WHERE {PLACE} = ?", (section,))
        else:
            rows = self._read(self._ENTRY + f" WHERE {PLACE} = ? AND day IS ?", (section, day.isoformat() if day else None))
        return sorted((self._entry(*row) for row in rows), key=lambda entry: (date_key(entry.day), entry_key(entry)))

    def entries_within(self, section: str, newest: date, oldest: date) -> list[Entry]:
        """The entries of one section dated from ``oldest`` to ``newest`` (both included), in
        list order: a month of the section list."""
        rows = self._read(self._ENTRY + f" WHERE {PLACE} = ? AND day BETWEEN ? AND ?", (section, oldest.isoformat(), newest.isoformat()))
        return sorted((self._entry(*row) for row in rows), key=lambda entry: (date_key(entry.day), entry_key(entry)))

    def walk(self, start: str | None = None, *, backward: bool = False, quoted: bool = False) -> Iterator[Entry]:
        """The entries in the order of the section list (or backward), after ``start`` when it
        is given and known; only those with quotes when ``quoted``.  Read a date at a time from
        the start, each date found by one indexed query: finding the next article with quotes
        costs a few small queries, whatever the size of the library (and the section names are
        kept between calls, until the next write)."""
        here = self.entry(start) if start is not None else None
        sections = sorted(self._section_names(), key=section_key, reverse=backward)
        if here is not None and here.section in sections:
            sections = sections[sections.index(here.section) :]
        for name in sections:
            same_section = here is not None and name == here.section
            first = here.day if same_section and here is not None else ...
            for day in self._days_from(name, first, backward=backward, quoted=quoted):
                entries = self.entries_in(name, day)
                if backward:
                    entries.reverse()
                for entry in entries:
                    if quoted and not entry.quote_count:
                        continue
                    if same_section and here is not None and day == here.day:
                        if (entry_key(entry) <= entry_key(here)) != backward or entry.key == here.key:
                            continue  # the start itself, or before it
                    yield entry

    def _section_names(self) -> list[str]:
        names = self._sections
        if names is None:
            names = self._sections = [row[0] for row in self._read(f"SELECT DISTINCT {PLACE} FROM articles")]
        return names

    def _days_from(
        self, section: str, first: date | None | EllipsisType, *, backward: bool, quoted: bool
    ) -> Iterator[date | None]:
        """The dates of a section in the list's order (newest first, then "Undated"; backward:
        "Undated", then oldest first), from ``first`` on (``...``: from the beginning), one
        indexed query each; only dates with quotes when ``quoted``."""
        condition = " AND quotes > 0" if quoted else ""

        def undated() -> bool:
            query = f"SELECT 1 FROM articles WHERE {PLACE} = ? AND day IS NULL{condition} LIMIT 1"
            return bool(self._read(query, (section,)))

        def following(day: str | None, inclusive: bool) -> str | None:
            parameters: tuple[str, ...] = (section,)
            if day is None:
                bound = " AND day IS NOT NULL"
            else:
                operator = (">" if backward else "<") + ("=" if inclusive else "")
                bound, parameters = f" AND day {operator} ?", (section, day)
            order = "ASC" if backward else "DESC"
            rows = self._read(f"SELECT day FROM articles WHERE {PLACE} = ?{bound}{condition} ORDER BY day {order} LIMIT 1", parameters)
            return rows[0][0] if rows else None

        if first is None and not backward:  # from the undated articles: they come last
            if undated():
                yield None
            return
        if backward and (first is None or first is ...) and undated():
            yield None
        text = first.isoformat() if isinstance(first, date) else None
        inclusive = True
        while (day := following(text, inclusive)) is not None:
            yield parse_day(day)
            text, inclusive = day, False
        if not backward and undated():
            yield None

    # Refreshing.

    def refresh(self, cancelled: Callable[[], bool] | None = None) -> Iterator[Progress]:
        """Bring the index up to date with the files, a transaction at a time.

        Yields a first Progress with the number of files to read, then one per batch written
        (with the batch's entries), and a last one with phase "done".  Stopping early (the
        generator closed, ``cancelled()`` true, ctrl+c) keeps every batch already written.

        One refresh runs at a time: a second one (the app's poll or `r` while a cancelled one
        finishes its step) waits for the first, since both would list the files in the same
        temporary table of the one connection.
        """
        cancelled = cancelled or (lambda: False)
        with self._refreshing:
            self.open()
            self.rebuilt = False
            try:
                if not self._checked and not self.in_memory:
                    self._check(self.db)  # a large index is checked here, not when opened
                yield from self._refresh(cancelled)
            except sqlite3.DatabaseError as error:
                if not self._recover(error):
                    raise
                from .indexing import Progress

                yield Progress(0, 0, removed=(), phase="scanning")
                yield from self._refresh(cancelled)
            self.rebuilt = False

    def _refresh(self, cancelled: Callable[[], bool]) -> Iterator[Progress]:
        from .indexing import (
            Progress,
            RefreshSummary,
            batches,
            changes,
            parser_fingerprint,
            regroup,
        )

        parser = parser_fingerprint(self.read)
        files, todo, gone = changes(self.db, self._lock, self.paths, parser, stay_inside=self.stay_inside)
        self.summary = RefreshSummary(files=files)
        places = self._write([], gone) if gone else frozenset()
        yield Progress(0, len(todo), removed=gone, phase="scanning", places=places)
        parsed = 0
        for batch in batches(self.read, todo if not cancelled() else [], self.processes, cancelled):
            places = self._write(batch, (), parser)
            parsed += len(batch)
            yield Progress(parsed, len(todo), entries=tuple(record.entry() for record in batch), places=places)
        with self._lock:
            regroup(self.db)  # the people of the names written (or of a refresh cut short before)
        self.summary = RefreshSummary(
            files=files,
            parsed=parsed,
            removed=len(gone),
            unreadable=self._query("SELECT count(*) FROM articles WHERE error IS NOT NULL")[0][0],
        )
        if todo:
            self._query("PRAGMA shrink_memory")
        yield Progress(parsed, len(todo), phase="done")

    def _write(self, records: Sequence[Record], gone: Sequence[str], parser: str = "") -> frozenset[Place]:
        from .indexing import write

        with self._lock:
            places = write(self.db, records, gone, parser)
            self._sections = None
            for path in (*gone, *(record.path for record in records)):
                self._articles.pop(path, None)
        return places

    # Reading an article again.

    def article(self, key: str, *, anyway: bool = False) -> Article:
        """The article of one file, read again from disk (the last two are kept); ``anyway``
        reads a file over the size cap (with :attr:`read_anyway`, and does not keep it)."""
        if anyway:
            return self.read_anyway(Path(key))  # not kept here: it may be large
        with self._lock:
            cached = self._articles.get(key)
            if cached is not None:
                self._articles.move_to_end(key)
                return cached
        article = self.read(Path(key))
        with self._lock:
            self._articles[key] = article
            while len(self._articles) > 2:
                self._articles.popitem(last=False)
        return article

    # Search.

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[Hit]:
        """Articles matching every word of ``query`` in their title, text, quotes or people,
        best first (bm25: a word in the title counts most, then names, quotes, text)."""
        import json

        from .rows import Hit
        from .search import fts_query, make_snippet, parse_query

        terms = parse_query(query)
        expression = fts_query(terms)
        if expression is None:
            return []
        weights = ", ".join(str(weight) for weight in WEIGHTS)
        try:
            rows = self._read(
                f"SELECT rowid FROM search WHERE search MATCH ? ORDER BY bm25(search, {weights}) LIMIT ? OFFSET ?",
                (expression, limit, offset),
            )
        except sqlite3.OperationalError:  # a query FTS5 cannot take
            return []
        hits = []
        for (article,) in rows:
            found = self._read(
                "SELECT a.path, a.title, a.section, a.day, a.body_start, d.doc FROM articles a"
                " JOIN docs d ON d.id = a.id WHERE a.id = ?",
                (article,),
            )
            if not found:
                continue
            path, title, section, day, body_start, doc = found[0]
            try:
                body = json.loads(zlib.decompress(doc))[1]
            except (zlib.error, ValueError, TypeError, IndexError) as error:  # a broken stored text
                self._recover(Damaged(f"the stored text of {path} cannot be read ({error})"))
                return []
            snippet = make_snippet(body, terms, body_start)
            quote = None
            if snippet.offset is not None:
                inside = self._read(
                    "SELECT idx FROM quotes WHERE article=? AND start<=? AND end>? ORDER BY idx LIMIT 1",
                    (article, snippet.offset, snippet.offset),
                )
                quote = inside[0][0] if inside else None
            hits.append(Hit(path, title, section_name(section), parse_day(day), snippet, snippet.offset, quote))
        return hits

    # People across the library.

    def people(self, name: str = "", limit: int = 500) -> list[PersonRow]:
        """Everyone named or quoted, one entry a person whatever names the articles give them
        (``reader.identities``), most quoted first; ``name`` keeps those with a name word
        starting with each of its words (in any of their names)."""
        from ..folding import name_words
        from .rows import PersonRow

        words = name_words(name)
        where = " AND ".join("(' ' || name_keys) LIKE ? ESCAPE '\\'" for _ in words) or "1"
        patterns = ["% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for word in words]
        rows = self._read(
            f"SELECT id, name, role, quotes, mentions, articles, aliases FROM people WHERE {where}"
            " ORDER BY quotes DESC, mentions DESC, name LIMIT ?",
            (*patterns, limit),
        )
        return [PersonRow.of(*row) for row in rows]

    def person(self, person: int) -> PersonRow | None:
        from .rows import PersonRow

        rows = self._read("SELECT id, name, role, quotes, mentions, articles, aliases FROM people WHERE id=?", (person,))
        return PersonRow.of(*rows[0]) if rows else None

    def person_quotes(self, person: int) -> list[PersonQuote]:
        """The person's quotes across the library, under any of their names, newest article
        first; for someone never quoted, the places they are named instead."""
        from .rows import PersonQuote

        rows = self._read(
            "SELECT a.path, q.idx, q.start, q.text, q.role, a.title, a.day FROM names n"
            " JOIN quotes q ON q.spelling = n.id JOIN articles a ON a.id = q.article WHERE n.person = ?"
            " ORDER BY a.day IS NULL, a.day DESC, a.stamp DESC, a.path, q.idx",
            (person,),
        )
        if rows:
            return [PersonQuote(path, idx, start, text, role, title, parse_day(day)) for path, idx, start, text, role, title, day in rows]
        rows = self._read(
            "SELECT a.path, m.first, m.name, m.roles, a.title, a.day FROM names n"
            " JOIN mentions m ON m.spelling = n.id JOIN articles a ON a.id = m.article WHERE n.person = ?"
            " ORDER BY a.day IS NULL, a.day DESC, a.stamp DESC, a.path",
            (person,),
        )
        return [
            PersonQuote(path, None, max(first, 0), name, roles.split("\n")[0] or None, title, parse_day(day))
            for path, first, name, roles, title, day in rows
        ]

    def same_quotes(self, text: str) -> list[QuoteAt]:
        """Every quote of the library that is ``text`` or shares a large part of it
        (``folding.same_words``), newest article first, with the speaker each article gives.
        Read from the index when asked: nothing is kept or computed at startup."""
        every = self.same_quotes_of([text])
        assert every is not None  # never stopped
        return every[0]

    def same_quotes_of(self, texts: Sequence[str], stop: Callable[[], bool] | None = None) -> list[list[QuoteAt]] | None:
        """``same_quotes`` for several quotes at once (an article's), in one pass over the index,
        read :data:`SAME_QUOTES_PAGE` quotes at a time (other queries go between the pages);
        None when ``stop()`` says, between two pages, that the answer is no longer wanted."""
        from ..folding import SameWordsFinder, words_of
        from .rows import QuoteAt

        finder = SameWordsFinder([words_of(text) for text in texts])
        found: list[list[tuple[tuple[bool, int, int, str, int], QuoteAt]]] = [[] for _ in texts]
        after = (-1, -1)
        while True:
            if stop is not None and stop():
                return None
            rows = self._read(
                "SELECT q.article, q.idx, a.path, q.text, q.speaker, a.title, a.day, a.stamp FROM quotes q"
                " JOIN articles a ON a.id = q.article WHERE (q.article, q.idx) > (?, ?) ORDER BY q.article, q.idx LIMIT ?",
                (*after, SAME_QUOTES_PAGE),
            )
            for _article, idx, path, quote, speaker, title, text_day, stamp in rows:
                for number in finder.matching(words_of(quote)):
                    day = parse_day(text_day)
                    order = (day is None, -day.toordinal() if day else 0, -stamp, path, idx)  # newest article first
                    found[number].append((order, QuoteAt(path, idx, quote, speaker, title, day)))
            if len(rows) < SAME_QUOTES_PAGE:
                return [[item for _order, item in sorted(items, key=lambda pair: pair[0])] for items in found]
            after = (rows[-1][0], rows[-1][1])

    # Read state.

    def read_marks(self) -> dict[str, ReadMark]:
        return {path: ReadMark(opened, offset, quote) for path, opened, offset, quote in self._read("SELECT path, opened, offset, quote FROM reads")}

    def read_mark(self, key: str) -> ReadMark | None:
        """When ``key`` was opened and where the reader left it; None if never (or unread again)."""
        rows = self._read("SELECT opened, offset, quote FROM reads WHERE path = ?", (stored_path(key),))
        return ReadMark(*rows[0]) if rows else None

    def last_opened(self) -> str | None:
        rows = self._read("SELECT path FROM reads ORDER BY opened DESC LIMIT 1")
        return rows[0][0] if rows else None

    def mark_unread(self, key: str) -> None:
        """Forget that ``key`` was opened (and where the reader left it)."""
        with self._lock:
            try:
                self.db.execute("DELETE FROM reads WHERE path = ?", (key,))
            except sqlite3.OperationalError as error:
                self.messages.append(f"Could not mark it unread: {error}")

    def mark_all_read(self) -> list[str]:
        """Mark every readable article not opened yet as read; their keys."""
        keys = [row[0] for row in self._read("SELECT path FROM articles WHERE error IS NULL AND path NOT IN (SELECT path FROM reads)")]
        with self._lock:
            try:
                self.db.executemany("INSERT OR IGNORE INTO reads VALUES (?, ?, NULL, NULL)", [(key, time.time()) for key in keys])
            except sqlite3.OperationalError as error:
                self.messages.append(f"Could not mark them read: {error}")
                return []
        return keys

    def unread(self, limit: int = 500) -> list[Entry]:
        """The readable articles never opened, newest first (at most ``limit``)."""
        rows = self._read(
            self._ENTRY + " WHERE error IS NULL AND path NOT IN (SELECT path FROM reads) ORDER BY day IS NULL, day DESC, stamp DESC, title LIMIT ?",
            (limit,),
        )
        return [self._entry(*row) for row in rows]

    def mark_read(self, key: str, offset: int | None = None, quote: int | None = None) -> None:
        """Remember that ``key`` was opened, and where the reader is in it."""
        with self._lock:
            try:
                self.db.execute(
                    "INSERT INTO reads VALUES (?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET"
                    " opened=excluded.opened, offset=excluded.offset, quote=excluded.quote",
                    (stored_path(key), time.time(), offset, quote),
                )
            except sqlite3.OperationalError as error:  # locked by another reader for too long
                self.messages.append(f"Could not save the reading position: {error}")

