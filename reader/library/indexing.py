"""Bringing a library's index up to date with its files.

:func:`files_under` lists the article files with their size and modification time, :func:`changes`
compares them with the index, :func:`read_files` turns the new and changed ones into
:class:`Record` s (in worker processes on every core when there are enough of them) and
:func:`write` stores them, a transaction per batch.  :meth:`reader.library.library.Library.refresh`
drives it.  Loaded only when a refresh runs, not to show the library.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import __version__
from ..article.safe_text import storable_text
from ..article.walk import article_files
from ..folding import person_key
from ..gcpause import gc_paused
from ..model import SpeakerKind
from ..workers import CHUNK, POOL_MIN, real_stderr, signals_held, start_pool
from .catalog import UNREADABLE, Entry, parse_day, section_name, stamp_of
from .schema import PLACE, Place, stored_path

if TYPE_CHECKING:
    from ..model import Article

BATCH_SIZE = 200  # articles per transaction
BATCH_SECONDS = 0.25  # ... or at least this often, so a display can show progress

ReadFunction = Callable[[Path], "Article"]


# -- Finding the files -----------------------------------------------------------------------


def files_under(paths: Iterable[str | os.PathLike[str]], *, stay_inside: bool = False) -> Iterator[tuple[str, int, int]]:
    """Every article file under ``paths`` with its size and mtime (nanoseconds), one at a time
    (a refresh compares them with the index in SQLite, never holding the whole list).

    The files are those of ``reader.article.read.find_articles`` (the walk in `reader.article.walk`); a path named
    explicitly that does not exist is listed with size -1, so that reading it reports why.  A
    file reached twice is listed twice.
    """
    for path, entry in article_files(paths, stay_inside=stay_inside):
        try:
            info = entry.stat() if entry is not None else os.stat(path)
        except OSError:  # reading it says why (no permission on its folder, gone...)
            yield path, -1, 0
            continue
        yield path, info.st_size, info.st_mtime_ns


# -- Reading one file into what the index keeps (runs in worker processes) ---------------------


class PersonRecord(NamedTuple):
    """A person named or quoted in one article, as the ``mentions`` table keeps them."""

    key: str  # the full name folded (reader.folding.person_key): one name across articles
    name: str
    surname: str  # the surname as its spellings fold (reader.identities.surname_key)
    aliases: str  # one a line
    roles: str  # one a line
    mentions: int
    first: int  # where the first mention starts (-1: quoted, never named)
    quoted: int  # how many of the article's quotes are theirs


class QuoteRecord(NamedTuple):
    """A quote of one article, as the ``quotes`` table keeps it."""

    number: int  # its place among the article's quotes (0 first)
    text: str
    speaker: str | None
    kind: str | None  # the speaker's kind: "person" or "organisation"
    role: str | None
    start: int
    end: int
    person: str | None  # the speaker's PersonRecord.key, for a person (the name they are quoted under)


@dataclass
class Record:
    """What the index keeps of one file; made in a worker process, written by the main one."""

    path: str
    size: int
    mtime: int
    error: str | None = None
    section: str | None = None
    day: str | None = None
    stamp: int = 0
    published: str | None = None
    title: str = ""
    authors: str = ""
    outlets: str = ""
    body_start: int = 0
    people: list[PersonRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    doc: bytes | None = None

    def entry(self) -> Entry:
        if self.error is not None:
            return Entry(self.path, UNREADABLE, title=os.path.basename(self.path), error=self.error)
        return Entry(
            self.path,
            section_name(self.section),
            day=parse_day(self.day),
            stamp=self.stamp,
            title=self.title,
            quote_count=len(self.quotes),
        )


def _joined(values: Iterable[str]) -> str:
    return "\n".join(value for value in values if value)


@dataclass
class _Tally:
    """A person of one article while its record is made: the forms of the name and the roles
    met so far, mentions, the first one, and quotes."""

    name: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    first: int
    quoted: int = 0


def record_of(path: str, size: int, mtime: int, article: Article) -> Record:
    """The index record of an article read from ``path``."""
    # the extractor's name rules: loaded where files are read, never to show the library
    from ..identities import surname_key

    record = Record(path, size, mtime)
    record.section = (article.section or "").strip() or None
    record.day = article.date.isoformat() if article.date else None
    record.stamp = stamp_of(article.published)
    record.published = article.published.isoformat() if article.published else None
    record.title = article.display_title
    record.authors = _joined(article.authors)
    record.outlets = _joined(article.outlets)
    record.body_start = article.blocks[0].start if article.blocks else 0
    people: dict[str, _Tally] = {}
    forms: dict[str, str] = {}
    for person in article.people:
        key = person_key(person.name)
        if not key:
            continue
        first = min((span.start for span in person.mentions), default=-1)
        tally = people.get(key)
        if tally is None:
            people[key] = _Tally(person.name, list(person.aliases), list(person.roles), len(person.mentions), first)
        else:
            tally.aliases.extend(alias for alias in person.aliases if alias not in tally.aliases)
            tally.roles.extend(role for role in person.roles if role not in tally.roles)
            tally.mentions += len(person.mentions)
            tally.first = first if tally.first < 0 else min(tally.first, first) if first >= 0 else tally.first
        for form in (person.name, *person.aliases):
            forms.setdefault(person_key(form), key)
    for number, quote in enumerate(article.quotes):
        speaker: str | None = None
        if quote.speaker and quote.speaker_kind != SpeakerKind.ORGANISATION:
            spoken = person_key(quote.speaker)
            speaker = forms.get(spoken)
            if speaker is None and spoken:
                speaker = forms[spoken] = spoken
                people[speaker] = _Tally(quote.speaker, [], [], 0, -1)
            if speaker is not None:
                people[speaker].quoted += 1
                role = quote.speaker_role
                if role and role not in people[speaker].roles:
                    people[speaker].roles.append(role)
        record.quotes.append(
            QuoteRecord(number, quote.text, quote.speaker, quote.speaker_kind, quote.speaker_role, quote.start, quote.end, speaker)
        )
    record.people = [
        PersonRecord(key, tally.name, surname_key(tally.name), _joined(tally.aliases), _joined(tally.roles), tally.mentions, tally.first, tally.quoted)
        for key, tally in people.items()
    ]
    names = [
        _joined([person.name, *person.aliases, *person.roles]) for person in article.people
    ] + [quote.speaker for quote in article.quotes if quote.speaker]
    values = [record.title, article.text, _joined(quote.text for quote in article.quotes), _joined(names)]
    record.doc = zlib.compress(json.dumps(values, ensure_ascii=False).encode("utf-8"), 6)
    return record


def read_record(read: ReadFunction, path: str, size: int, mtime: int) -> Record:
    """Read one file with ``read``; whatever goes wrong becomes the record's one-line error."""
    from ..article.decode import why_unreadable

    try:
        article = read(Path(path))
    except Exception as error:  # unreadable, or a bug in the parser or extractor: not to stop the rest
        return Record(path, size, mtime, error=storable_text(why_unreadable(error)))
    return record_of(path, size, mtime, article)


def read_records(read: ReadFunction, files: list[tuple[str, int, int]]) -> list[Record]:
    """A worker process's task: several files at once (fewer round trips)."""
    with gc_paused():
        return [read_record(read, path, size, mtime) for path, size, mtime in files]


_FINGERPRINTS: dict[str, str] = {}


def parser_fingerprint(read: ReadFunction) -> str:
    """Changes when the code that reads articles changes (reader's version, the parser and the
    extractor with its word lists) or another read function is used: the index then reads
    every file again, so it never shows what an older extractor found."""
    name = f"{getattr(read, '__module__', '?')}.{getattr(read, '__qualname__', repr(read))}"
    if name not in _FINGERPRINTS:
        digest = hashlib.sha256(f"{__version__}\0{name}".encode())
        package = Path(__file__).resolve().parent.parent
        sources = [package / "model.py"]
        for layer in ("article", "extract"):
            sources += sorted(path for path in (package / layer).rglob("*") if path.suffix in (".py", ".txt"))
        for source in sources:
            try:
                digest.update(source.read_bytes())
            except OSError:
                pass
        _FINGERPRINTS[name] = digest.hexdigest()[:16]
    return _FINGERPRINTS[name]


# -- Reading many files, in worker processes when there are enough ----------------------------


def workers_for(read: ReadFunction, count: int, processes: int | None = None) -> int:
    """How many worker processes to read ``count`` files with (0: read them in this one)."""
    if processes is not None:
        return processes
    if count < POOL_MIN:
        return 0
    try:
        pickle.dumps(read)
    except Exception:
        return 0  # a read function only this process has (a test's closure): read here
    return os.cpu_count() or 1


def read_files(read: ReadFunction, todo: list[tuple[str, int, int]], workers: int) -> Iterator[Record]:
    """The records of the files (path, size, mtime), as they are read (in no fixed order)."""
    if workers <= 1:
        for path, size, mtime in todo:
            yield read_record(read, path, size, mtime)
        return
    import concurrent.futures

    pool = start_pool(workers, ["reader.library.library", "reader.library.indexing", "reader.article.read"])
    try:
        with real_stderr(), signals_held():  # the helper processes start here
            futures = [pool.submit(read_records, read, todo[at : at + CHUNK]) for at in range(0, len(todo), CHUNK)]
        for future in concurrent.futures.as_completed(futures):
            yield from future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


# -- Bringing the index up to date: what changed, and writing it a batch at a time --------------


@dataclass(frozen=True)
class Progress:
    """One step of a refresh: how far it is, and what changed since the last step."""

    done: int
    total: int
    entries: tuple[Entry, ...] = ()  # new or changed
    removed: tuple[str, ...] = ()  # keys of files that are gone
    phase: str = "reading"  # "scanning", "reading", "done"
    places: frozenset[Place] = frozenset()  # the dates of the section list that changed


@dataclass(frozen=True)
class RefreshSummary:
    """What the last refresh did, for `reader index` to report."""

    files: int = 0
    parsed: int = 0
    removed: int = 0
    unreadable: int = 0


def changes(
    db: sqlite3.Connection, lock: Any, paths: Iterable[str], parser: str, *, stay_inside: bool = False
) -> tuple[int, list[tuple[str, int, int]], tuple[str, ...]]:
    """How many files there are under ``paths``, which ones to read (new, changed, or read by
    another parser) and which ones the index holds that are gone.  The files found are compared
    with the index in a temporary table, a few hundred at a time, so a library of any size
    costs no memory here (two lists of tens of thousands of paths would stay in the heap).
    ``lock`` guards the connection, taken a chunk at a time so other writes go between."""
    with lock:
        db.execute("DROP TABLE IF EXISTS temp.found")
        db.execute("CREATE TEMP TABLE found(path FILEPATH TEXT PRIMARY KEY, size INTEGER, mtime INTEGER)")
    listing = files_under(paths, stay_inside=stay_inside)
    while chunk := list(islice(listing, 500)):
        with lock:
            db.executemany("INSERT OR IGNORE INTO found VALUES (?, ?, ?)", [(stored_path(path), size, mtime) for path, size, mtime in chunk])
    with lock:
        files = db.execute("SELECT count(*) FROM found").fetchone()[0]
        todo = db.execute(
            "SELECT f.path, f.size, f.mtime FROM found f LEFT JOIN articles a ON a.path = f.path"
            " WHERE a.id IS NULL OR a.size <> f.size OR a.mtime <> f.mtime OR a.parser <> ? ORDER BY f.rowid",
            (parser,),
        ).fetchall()
        gone = tuple(row[0] for row in db.execute("SELECT path FROM articles WHERE path NOT IN (SELECT path FROM found) ORDER BY id"))
        db.execute("DROP TABLE temp.found")
        db.execute("PRAGMA shrink_memory")  # the pages read to compare are not needed again
    return files, todo, gone


def batches(
    read: ReadFunction, todo: list[tuple[str, int, int]], processes: int | None, cancelled: Callable[[], bool]
) -> Iterator[list[Record]]:
    """The records of the files to read, a batch at a time (``BATCH_SIZE`` records, or what
    was read in ``BATCH_SECONDS``); stops after a batch when ``cancelled()``."""
    batch: list[Record] = []
    last = time.monotonic()
    for record in read_files(read, todo, workers_for(read, len(todo), processes)):
        batch.append(record)
        if len(batch) >= BATCH_SIZE or time.monotonic() - last >= BATCH_SECONDS:
            yield batch
            batch, last = [], time.monotonic()
            if cancelled():
                return
    if batch:
        yield batch


def write(db: sqlite3.Connection, records: Sequence[Record], gone: Sequence[str], parser: str = "") -> frozenset[Place]:
    """One transaction (the caller holds the connection's lock): store the records, forget the
    gone files, and note their names' surnames for :func:`regroup`.  Returns the dates of the
    section list that changed (where the files were and are)."""
    places: set[Place] = set()
    db.execute("BEGIN IMMEDIATE")
    try:
        names = dict(db.execute("SELECT key, id FROM names"))
        touched: set[str] = set()  # surnames (names.surname) whose names came or went
        for path in gone:
            row = db.execute(f"SELECT id, {PLACE}, day FROM articles WHERE path=?", (stored_path(path),)).fetchone()
            if row:
                places.add((row[1], parse_day(row[2])))
                _forget(db, row[0], touched)
                db.execute("DELETE FROM articles WHERE id=?", (row[0],))
        for record in records:
            old = _store(db, record, parser, names, touched)
            if old is not None:
                places.add(old)
            places.add((UNREADABLE, None) if record.error is not None else (section_name(record.section), parse_day(record.day)))
        db.executemany("INSERT OR IGNORE INTO regroup VALUES (?)", [(surname,) for surname in touched])
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # ctrl+c can land after COMMIT returned, or BEGIN may have failed
            db.execute("ROLLBACK")
        raise
    return frozenset(places)


def _forget(db: sqlite3.Connection, article: int, touched: set[str]) -> None:
    touched.update(
        row[0] for row in db.execute("SELECT n.surname FROM mentions m JOIN names n ON n.id = m.spelling WHERE m.article=?", (article,))
    )
    db.execute("DELETE FROM mentions WHERE article=?", (article,))
    db.execute("DELETE FROM quotes WHERE article=?", (article,))
    row = db.execute("SELECT doc FROM docs WHERE id=?", (article,)).fetchone()
    if row:
        values = json.loads(zlib.decompress(row[0]))
        db.execute("INSERT INTO search(search, rowid, title, body, quotes, names) VALUES ('delete', ?, ?, ?, ?, ?)", (article, *values))
        db.execute("DELETE FROM docs WHERE id=?", (article,))

def _store(db: sqlite3.Connection, record: Record, parser: str, names: dict[str, int], touched: set[str]) -> Place | None:
    values = (
        record.size, record.mtime, parser, record.section, record.day, record.stamp, record.published,
        record.title or storable_text(os.path.basename(record.path)), record.authors, record.outlets, len(record.quotes),
        record.body_start, record.error,
    )  # fmt: skip
    row = db.execute(f"SELECT id, {PLACE}, day FROM articles WHERE path=?", (stored_path(record.path),)).fetchone()
    old: Place | None = None
    if row:
        article, old = row[0], (row[1], parse_day(row[2]))
        _forget(db, article, touched)
        db.execute(
            "UPDATE articles SET size=?, mtime=?, parser=?, section=?, day=?, stamp=?, published=?, title=?,"
            " authors=?, outlets=?, quotes=?, body_start=?, error=? WHERE id=?",
            (*values, article),
        )
    else:
        article = db.execute(
            "INSERT INTO articles(size, mtime, parser, section, day, stamp, published, title, authors, outlets,"
            " quotes, body_start, error, path) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, stored_path(record.path)),
        ).lastrowid
    assert article is not None  # a row was just inserted
    ids: dict[str, int] = {}
    for named in record.people:
        spelling = names.get(named.key)
        if spelling is None:
            inserted = db.execute(
                "INSERT INTO names(key, name, surname) VALUES (?, ?, ?)", (named.key, named.name, named.surname)
            ).lastrowid
            assert inserted is not None
            spelling = names[named.key] = inserted
        ids[named.key] = spelling
        touched.add(named.surname)
        db.execute(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)",
            (article, spelling, named.name, named.aliases, named.roles, named.mentions, named.quoted, named.first),
        )
    db.executemany(
        "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (article, quote.number, ids.get(quote.person) if quote.person else None, quote.speaker, quote.kind,
             quote.role, quote.text, quote.start, quote.end)
            for quote in record.quotes
        ],
    )
    if record.doc is not None:
        values = json.loads(zlib.decompress(record.doc))
        db.execute("INSERT INTO search(rowid, title, body, quotes, names) VALUES (?, ?, ?, ?, ?)", (article, *values))
        db.execute("INSERT INTO docs VALUES (?, ?)", (article, record.doc))
    return old

def regroup(db: sqlite3.Connection) -> None:
    """One transaction (the caller holds the connection's lock): the names of the surnames noted
    by :func:`write` grouped into people again.  Done once a refresh has written its batches, so
    each surname is grouped once however many batches name it (a refresh cut short leaves them
    noted, for the next one)."""
    if db.execute("SELECT 1 FROM regroup LIMIT 1").fetchone() is None:
        return  # nothing written since
    db.execute("BEGIN IMMEDIATE")
    try:
        _regroup(db, {row[0] for row in db.execute("SELECT surname FROM regroup")})
        db.execute("DELETE FROM regroup")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _regroup(db: sqlite3.Connection, surnames: set[str]) -> None:
    """Group the names of each surname into people again (``reader.identities.group_names``),
    keeping a person's id where its names had one, and recount those people; names no article
    uses any more, and people left without names, go."""
    if not surnames:
        return
    from ..identities import group_names

    for surname in sorted(surnames):
        rows = db.execute(
            "SELECT n.id, n.key, n.name, n.person, count(m.article), coalesce(sum(m.mentions + m.quotes), 0)"
            " FROM names n LEFT JOIN mentions m ON m.spelling = n.id WHERE n.surname = ? GROUP BY n.id ORDER BY n.id",
            (surname,),
        ).fetchall()
        db.executemany("DELETE FROM names WHERE id = ?", [(row[0],) for row in rows if not row[4]])
        used = [row for row in rows if row[4]]
        before = {row[3] for row in rows if row[3] is not None}
        kept: set[int] = set()
        for group in group_names([(row[2], row[5]) for row in used]):
            members = [used[at] for at in group]
            held = Counter(row[3] for row in members if row[3] is not None and row[3] not in kept)
            person = held.most_common(1)[0][0] if held else None
            if person is None:
                person = db.execute("INSERT INTO people(name) VALUES ('')").lastrowid
                assert person is not None
            kept.add(person)
            db.executemany("UPDATE names SET person = ? WHERE id = ?", [(person, row[0]) for row in members])
            aliases = _joined(dict.fromkeys(row[2] for row in members[1:] if row[2].casefold() != members[0][2].casefold()))
            _recount(db, person, members[0][2], aliases, " ".join(row[1] for row in members))
        db.executemany("DELETE FROM people WHERE id = ?", [(person,) for person in before - kept])


def _recount(db: sqlite3.Connection, person: int, name: str, aliases: str, name_keys: str) -> None:
    db.execute(
        """UPDATE people SET name = ?, aliases = ?, name_keys = ?,
            quotes = (SELECT coalesce(sum(m.quotes), 0) FROM names n JOIN mentions m ON m.spelling = n.id WHERE n.person = people.id),
            mentions = (SELECT coalesce(sum(m.mentions), 0) FROM names n JOIN mentions m ON m.spelling = n.id WHERE n.person = people.id),
            articles = (SELECT count(DISTINCT m.article) FROM names n JOIN mentions m ON m.spelling = n.id WHERE n.person = people.id),
            role = coalesce((SELECT m.roles FROM names n JOIN mentions m ON m.spelling = n.id JOIN articles a ON a.id = m.article
                             WHERE n.person = people.id AND m.roles <> ''
                             ORDER BY a.stamp DESC, a.day DESC LIMIT 1), '')
           WHERE id = ?""",
        (name, aliases, name_keys, person),
    )
