"""Quotes and people out of reader: Markdown, CSV and JSON Lines, and the files they go to.

Plain functions for ``reader quotes`` / ``reader people`` and for the app's export dialog
(no Textual here):

- ``quotes_to_markdown(items, title=None)``: a Markdown document, one ``markdown`` citation per
  quote (blockquote, then the attribution line), under an optional ``# title``;
- ``quotes_to_csv(items)``: the columns highlight tools import (``Highlight, Title, Author, URL,
  Note, Location, Date``) plus ``Speaker`` and ``Role``;
- ``render_quotes(items, fmt)``: any citation style or ``csv``, as chunks to write as they come;
- ``default_export_name(article, suffix, person=None)`` and ``write_export(path, content,
  overwrite=False)``, which never replaces a file unless told to (``ExportExists`` otherwise).

The CSV columns:

Highlight
    the quote's words, paragraphs kept (one line each), without the outer quotation marks.
Title, Author
    the article's title (its first words when it has none) and byline authors, or its outlets
    when the byline names only outlets.
URL
    the article file as an absolute ``file://`` URI: the files are plain-text exports and
    carry no web address.
Note
    who said it and their role ("Oksana Didenko, Energy Minister"; "unattributed"), so the
    attribution survives in tools that ignore the extra columns.
Location
    the character offset of the quote's start in the decoded article text.
Date
    the article's publication date, ``YYYY-MM-DD HH:MM:SS`` when the byline gives the time, else
    ``YYYY-MM-DD``; empty when unknown.

A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) is written with a leading ``'``.  Every cell, line and file is
terminal-safe: control characters become visible symbols (see ``cite.terminal_safe``).
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cite import (
    STYLES,
    UNATTRIBUTED,
    Item,
    check_style,
    cite,
    file_uri,
    markdown_escape,
    quote_paragraphs,
    quote_record,
    terminal_safe,
    to_json,
)
from ..model import Article, Quote
from .query import fold, strip_accents

QUOTE_COLUMNS = (
    "Highlight", "Title", "Author", "URL", "Note", "Location", "Date", "Speaker", "Role",
)  # fmt: skip
PEOPLE_COLUMNS = ("name", "aliases", "roles", "mentions", "quotes", "articles")
QUOTE_FORMATS = (*STYLES, "csv")
PEOPLE_FORMATS = ("text", "json", "csv")

# -- CSV ---------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str | int:
    """A value as a safe CSV cell: visible controls, no formula a spreadsheet would run."""
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    text = terminal_safe(str(value))
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _csv_line(row: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([csv_cell(value) for value in row])
    return buffer.getvalue()


def _csv_date(article: Article) -> str:
    if article.published:
        return article.published.strftime("%Y-%m-%d %H:%M:%S")
    return article.date.isoformat() if article.date else ""


def _author(article: Article) -> str:
    return ", ".join(article.authors or article.outlets)


def quote_row(quote: Quote, article: Article) -> tuple[Any, ...]:
    """The CSV values for one quote, in QUOTE_COLUMNS order."""
    note = UNATTRIBUTED
    if quote.speaker:
        note = ", ".join(part for part in (quote.speaker, quote.speaker_role) if part)
    return (
        "\n".join(quote_paragraphs(quote)),
        article.title.text if article.title else article.display_title,
        _author(article),
        file_uri(article.path) or "",
        note,
        quote.start,
        _csv_date(article),
        quote.speaker or "",
        quote.speaker_role or "",
    )


# -- quotes in any format ----------------------------------------------------------------------


def render_quotes(items: Iterable[Item], fmt: str) -> Iterator[str]:
    """The quotes in a citation style or ``csv``, as text chunks to write in order.

    ``csv``: a header, then a row per quote.  ``json``: JSON Lines, one record per line.  The
    other styles: one citation per record, records separated by a blank line.
    """
    if fmt == "csv":
        yield _csv_line(QUOTE_COLUMNS)
        for quote, article in items:
            yield _csv_line(quote_row(quote, article))
        return
    if fmt == "json":
        for quote, article in items:
            yield to_json(quote_record(quote, article)) + "\n"
        return
    check_style(fmt)
    for index, (quote, article) in enumerate(items):
        yield ("\n" if index else "") + cite(quote, article, fmt) + "\n"


def quotes_to_csv(items: Iterable[Item]) -> str:
    """A CSV file's content (RFC 4180, CRLF line ends): header and one row per quote."""
    return "".join(render_quotes(items, "csv"))


def quotes_to_markdown(items: Iterable[Item], title: str | None = None) -> str:
    """A Markdown file's content: ``# title`` when given, then one citation per quote."""
    head = f"# {terminal_safe(markdown_escape(' '.join(title.split())))}\n\n" if title else ""
    return head + "".join(render_quotes(items, "markdown"))


# -- people ------------------------------------------------------------------------------------


@dataclass
class PersonSummary:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    quotes: int = 0
    paths: list[str] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": self.aliases,
            "roles": self.roles,
            "mentions": self.mentions,
            "quotes": self.quotes,
            "articles": len(self.paths),
            "paths": self.paths,
        }


def _add_unique(values: list[str], new: Iterable[str]) -> None:
    seen = {value.casefold() for value in values}
    for value in new:
        if value and value.casefold() not in seen:
            values.append(value)
            seen.add(value.casefold())


class PeopleTally:
    """People across articles: one entry per full name (case-insensitive).

    Quotes are counted for the person whose full name or alias is the quote's speaker; a
    person quoted but missing from the article's people list is still counted (no mentions).
    Organisations speaking are not people and are left out.
    """

    def __init__(self) -> None:
        self._people: dict[str, PersonSummary] = {}

    def _entry(self, name: str, path: str | None) -> PersonSummary:
        key = fold(name)
        entry = self._people.get(key)
        if entry is None:
            entry = self._people[key] = PersonSummary(name)
        if path and path not in entry.paths:
            entry.paths.append(path)
        return entry

    def add(self, article: Article) -> None:
        forms: dict[str, PersonSummary] = {}
        for person in article.people:
            entry = self._entry(person.name, article.path)
            _add_unique(entry.aliases, person.aliases)
            _add_unique(entry.roles, person.roles)
            entry.mentions += len(person.mentions)
            for form in (person.name, *person.aliases):
                forms.setdefault(fold(form), entry)
        for quote in article.quotes:
            if not quote.speaker or quote.speaker_kind == "organisation":
                continue
            entry = forms.get(fold(quote.speaker))
            if entry is None:
                entry = forms[fold(quote.speaker)] = self._entry(quote.speaker, article.path)
            entry.quotes += 1
            _add_unique(entry.roles, [quote.speaker_role] if quote.speaker_role else [])

    def people(self) -> list[PersonSummary]:
        """Most quoted first, then most mentioned, then by name."""
        return sorted(
            self._people.values(),
            key=lambda person: (-person.quotes, -person.mentions, person.name.casefold()),
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def person_line(person: PersonSummary) -> str:
    """'Oksana Didenko — Energy Minister; minister — 5 mentions, 3 quotes (1 article)'."""
    parts = [person.name]
    if person.roles:
        parts.append("; ".join(person.roles))
    counts = f"{_count(person.mentions, 'mention')}, {_count(person.quotes, 'quote')}"
    parts.append(f"{counts} ({_count(len(person.paths), 'article')})")
    line = " — ".join(parts)
    if person.aliases:
        line += f"; also {', '.join(person.aliases)}"
    return line


def render_people(people: Iterable[PersonSummary], fmt: str) -> Iterator[str]:
    """People as ``text`` (a line each), ``json`` (JSON Lines) or ``csv`` (PEOPLE_COLUMNS)."""
    if fmt == "csv":
        yield _csv_line(PEOPLE_COLUMNS)
        for person in people:
            yield _csv_line(
                (
                    person.name,
                    "; ".join(person.aliases),
                    "; ".join(person.roles),
                    person.mentions,
                    person.quotes,
                    len(person.paths),
                )
            )
    elif fmt == "json":
        for person in people:
            yield to_json(person.record()) + "\n"
    elif fmt == "text":
        for person in people:
            yield terminal_safe(person_line(person)) + "\n"
    else:
        raise ValueError(f"unknown people format {fmt!r}; one of {', '.join(PEOPLE_FORMATS)}")


# -- files -------------------------------------------------------------------------------------


class ExportError(Exception):
    """The export could not be written; the message says why, in one line, naming the file."""


class ExportExists(ExportError):
    """The file is already there and overwriting was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(terminal_safe(f"{path}: already exists"))
        self.path = path


# Names Windows keeps for devices, whatever the suffix.
_RESERVED = {"con", "prn", "aux", "nul"}
_RESERVED |= {f"{port}{number}" for port in ("com", "lpt") for number in range(10)}


def slug(text: str, limit: int = 60) -> str:
    """'Outage schedules – Didenko' -> 'outage-schedules-didenko' (a file name on any system)."""
    words = re.findall(r"[^\W_]+", strip_accents(text).casefold())
    name = ""
    for word in words:
        longer = f"{name}-{word}" if name else word
        if len(longer) > limit:
            break
        name = longer
    if not name and words:
        name = words[0][:limit]
    return name


def default_export_name(article: Article, suffix: str, person: str | None = None) -> str:
    """A file name from the article's title (else its file name), plus the person's name.

    ``suffix`` is ``".md"``, ``"csv"`` and the like.
    """
    base = slug(article.title.text) if article.title else ""
    if not base and article.path:
        base = slug(Path(article.path).stem)
    base = base or "quotes"
    if person:
        base = f"{base}-{slug(person, 40) or 'person'}"
    if base in _RESERVED:
        base = f"{base}-quotes"
    return f"{base}.{suffix.lstrip('.')}"


def _write_new(path: Path, content: str) -> None:
    with open(path, "x", encoding="utf-8", newline="") as handle:
        try:
            handle.write(content)
        except BaseException:
            handle.close()
            path.unlink(missing_ok=True)
            raise


def _replace(path: Path, content: str) -> None:
    """Write beside the file, then swap it in: a failed write leaves the old file whole."""
    mode = stat.S_IMODE(path.stat().st_mode)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_export(path: str | os.PathLike[str], content: str, overwrite: bool = False) -> Path:
    """Write ``content`` (UTF-8, line ends as given) to ``path``.

    Raises ``ExportExists`` when the file is there and ``overwrite`` is false (the app asks,
    then calls again with ``overwrite=True``), ``ExportError`` when it cannot be written.
    """
    path = Path(path)
    try:
        if overwrite and path.exists():
            if path.is_dir():
                raise IsADirectoryError
            _replace(path, content)
        else:
            _write_new(path, content)
    except FileExistsError:
        if path.is_dir():
            raise ExportError(terminal_safe(f"{path}: is a folder")) from None
        raise ExportExists(path) from None
    except IsADirectoryError:
        raise ExportError(terminal_safe(f"{path}: is a folder")) from None
    except FileNotFoundError:
        raise ExportError(terminal_safe(f"{path}: no such folder {path.parent}")) from None
    except PermissionError:
        raise ExportError(terminal_safe(f"{path}: permission denied")) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(terminal_safe(f"{path}: cannot write ({reason})")) from None
    return path
