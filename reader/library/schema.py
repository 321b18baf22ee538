"""The index's tables, as SQL: one index file per library (see ``reader.library.library``).

- ``articles``: one row per file (size and mtime to notice changes, section, date, title,
  authors, quote count, or the one-line error when the file cannot be read);
- ``names`` (one row per full name the articles give someone, folded: ``reader.folding.person_key``),
  ``people`` (one row per person across the library: the names that are one person's, grouped
  by ``reader.identities``, with counts and the other names as aliases), ``mentions`` (a name in
  one article) and ``quotes`` (a quote, its speaker's name and where it starts); ``regroup``:
  the surnames whose names changed since their people were last grouped (at a refresh's end);
- ``search``: an FTS5 table over titles, text, quotes and names (with roles), *contentless*;
  what search needs back is kept in ``docs``, compressed with zlib;
- ``reads``: which articles were opened and where the reader left them.  It survives a rebuild
  of the rest (which happens when ``SCHEMA_VERSION`` changes).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date

from .catalog import NO_SECTION, UNREADABLE

SCHEMA_VERSION = 3  # 2: names grouped into people; 3: paths stored as FILEPATH (bytes when a file name is not UTF-8)

# The section an article is listed under, as SQL (the same rule as catalog.section_name; the
# parser stores sections stripped, never empty).  An index on it makes the counts cheap.
PLACE = f"CASE WHEN error IS NULL THEN coalesce(section, '{NO_SECTION}') ELSE '{UNREADABLE}' END"
Place = tuple[str, "date | None"]  # (section as listed, date): one date of the section list

TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    path FILEPATH TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    parser TEXT NOT NULL,
    section TEXT,
    day TEXT,
    stamp INTEGER NOT NULL DEFAULT 0,
    published TEXT,
    title TEXT NOT NULL,
    authors TEXT NOT NULL DEFAULT '',
    outlets TEXT NOT NULL DEFAULT '',
    quotes INTEGER NOT NULL DEFAULT 0,
    body_start INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE TABLE names(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    surname TEXT NOT NULL,
    person INTEGER
);
CREATE INDEX names_surname ON names(surname);
CREATE INDEX names_person ON names(person);
CREATE TABLE regroup(surname TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE people(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '',
    name_keys TEXT NOT NULL DEFAULT '',  -- the folded names (names.key), a space between: for the filter
    role TEXT NOT NULL DEFAULT '',
    quotes INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_rank ON people(quotes DESC, mentions DESC, name);
CREATE TABLE mentions(
    article INTEGER NOT NULL,
    spelling INTEGER NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    first INTEGER NOT NULL,
    PRIMARY KEY (article, spelling)
) WITHOUT ROWID;
CREATE INDEX mentions_spelling ON mentions(spelling);
CREATE TABLE quotes(
    article INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    spelling INTEGER,
    speaker TEXT,
    kind TEXT,
    role TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_spelling ON quotes(spelling);
CREATE TABLE docs(id INTEGER PRIMARY KEY, doc BLOB NOT NULL);
CREATE VIRTUAL TABLE search USING fts5(
    title, body, quotes, names,
    content='', tokenize='unicode61 remove_diacritics 2'
);
"""
INDEX_TABLES = ("meta", "articles", "names", "regroup", "people", "mentions", "quotes", "docs", "search")
PLACE_INDEX = f"CREATE INDEX IF NOT EXISTS articles_place ON articles({PLACE}, day, quotes)"
READS = "CREATE TABLE IF NOT EXISTS reads(path FILEPATH TEXT PRIMARY KEY, opened REAL NOT NULL, offset INTEGER, quote INTEGER)"
READS_COLUMNS = [("path", "FILEPATH TEXT"), ("opened", "REAL"), ("offset", "INTEGER"), ("quote", "INTEGER")]


# -- File names in the index -------------------------------------------------------------------
#
# A file name is bytes on POSIX; Python gives the ones that are not UTF-8 as str with lone
# surrogates (``caf\udce9.txt``), which SQLite text cannot hold.  Such a path is stored as the
# file name's bytes (a BLOB), every other one as text; a column declared ``FILEPATH`` gives both
# back as the same str Python had (the converter decodes the stored bytes as the file system
# does), so the file can be opened again.


def stored_path(path: str) -> str | bytes:
    """How a path is written to (and looked up in) the index."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


sqlite3.register_converter("FILEPATH", os.fsdecode)


def connect(database: str | os.PathLike[str], *, timeout: float = 5.0, uri: bool = False) -> sqlite3.Connection:
    """A connection that gives paths back as Python has them (see :func:`stored_path`)."""
    return sqlite3.connect(
        database, timeout=timeout, uri=uri, detect_types=sqlite3.PARSE_DECLTYPES, check_same_thread=False, isolation_level=None
    )
