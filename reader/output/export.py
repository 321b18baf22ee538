"""Quotes and people out of reader, for ``reader quotes`` and ``reader people`` (no Textual here):

- ``render_quotes(items, fmt)``: any citation style, JSON Lines or ``csv``, as chunks to write
  as they come; ``quotes_to_csv(items)`` the CSV at once: the columns highlight tools import
  (``Highlight, Title, Author, URL, Note, Location, Date``) plus ``Speaker`` and ``Role``;
- ``PeopleTally`` and ``render_people(people, fmt)``: the people named, one entry a person
  whatever names the articles give them (``reader.identities``).

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import Article, Quote, SpeakerKind
from ..wording import plural
from .cite import (
    STYLES,
    UNATTRIBUTED,
    Item,
    check_style,
    cite,
    file_uri,
    quote_paragraphs,
    quote_record,
    terminal_safe,
    to_json,
)
from .publication import source_of
from .query import fold

if TYPE_CHECKING:
    from .config import Config

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


def render_quotes(items: Iterable[Item], fmt: str, config: Config | None = None) -> Iterator[str]:
    """The quotes in a citation style or ``csv``, as text chunks to write in order; ``config``
    names each library folder's publication (see ``publication.source_of``).

    ``csv``: a header, then a row per quote.  ``json``: JSON Lines, one record per line.  The
    other styles: one citation per record, records separated by a blank line.
    """
    return joined_quotes((quote_text(quote, article, fmt, config) for quote, article in items), fmt)


def quote_text(quote: Quote, article: Article, fmt: str, config: Config | None = None) -> str:
    """One quote as :func:`render_quotes` writes it, without the blank line between citations
    (the worker processes of ``reader quotes`` make these; :func:`joined_quotes` joins them)."""
    if fmt == "csv":
        return _csv_line(quote_row(quote, article))
    if fmt == "json":
        return to_json(quote_record(quote, article)) + "\n"
    return cite(quote, article, fmt, source_of(article, config)) + "\n"


def joined_quotes(texts: Iterable[str], fmt: str) -> Iterator[str]:
    """Quotes made by :func:`quote_text`, as :func:`render_quotes` writes them: the CSV header
    first, a blank line between citations (an unknown style is refused before any is read)."""
    if fmt == "csv":
        yield _csv_line(QUOTE_COLUMNS)
        yield from texts
        return
    if fmt == "json":
        yield from texts
        return
    check_style(fmt)
    for index, text in enumerate(texts):
        yield ("\n" if index else "") + text


def quotes_to_csv(items: Iterable[Item]) -> str:
    """A CSV file's content (RFC 4180, CRLF line ends): header and one row per quote."""
    return "".join(render_quotes(items, "csv"))


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


class ArticlePeople(NamedTuple):
    """What :class:`PeopleTally` reads of an article: a worker process of ``reader people``
    sends this back rather than the whole article, which costs the command's own process
    ten times more to receive."""

    path: str | None
    people: tuple[tuple[str, tuple[str, ...], tuple[str, ...], int], ...]  # name, aliases, roles, mentions
    speakers: tuple[tuple[str, str | None], ...]  # each quote's speaker (a person) and role


def article_people(article: Article) -> ArticlePeople:
    """The people an article names (with their number of mentions) and the people it quotes."""
    return ArticlePeople(
        article.path,
        tuple((person.name, person.aliases, person.roles, len(person.mentions)) for person in article.people),
        tuple(
            (quote.speaker, quote.speaker_role)
            for quote in article.quotes
            if quote.speaker and quote.speaker_kind != SpeakerKind.ORGANISATION
        ),
    )


class PeopleTally:
    """People across articles: one entry a person.  The names the articles give (full names,
    case-insensitive) are tallied as they come; :meth:`people` makes one person of the names
    that are one person's (``reader.identities``: `Volodymyr Zelenskyy`, `Zelensky`,
    `Zelenskyi`), under the fullest, most used one, with the others among the aliases.

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

    def add(self, article: Article | ArticlePeople) -> None:
        """Tally an article's people (or what :func:`article_people` kept of them)."""
        if isinstance(article, Article):
            article = article_people(article)
        forms: dict[str, PersonSummary] = {}
        for name, aliases, roles, mentions in article.people:
            entry = self._entry(name, article.path)
            _add_unique(entry.aliases, aliases)
            _add_unique(entry.roles, roles)
            entry.mentions += mentions
            for form in (name, *aliases):
                forms.setdefault(fold(form), entry)
        for speaker_name, role in article.speakers:
            speaker = forms.get(fold(speaker_name))
            if speaker is None:
                speaker = forms[fold(speaker_name)] = self._entry(speaker_name, article.path)
            speaker.quotes += 1
            _add_unique(speaker.roles, [role] if role else [])

    def people(self) -> list[PersonSummary]:
        """One entry a person; most quoted first, then most mentioned, then by name."""
        from ..identities import group_names, surname_key

        by_surname: dict[str, list[PersonSummary]] = {}
        for entry in self._people.values():
            by_surname.setdefault(surname_key(entry.name), []).append(entry)
        people = []
        for entries in by_surname.values():
            for group in group_names([(entry.name, entry.mentions + entry.quotes) for entry in entries]):
                people.append(_one_person([entries[at] for at in group]))
        return sorted(people, key=lambda person: (-person.quotes, -person.mentions, person.name.casefold()))


def _one_person(entries: list[PersonSummary]) -> PersonSummary:
    """The entries of one person's names as one, under the first one's name."""
    if len(entries) == 1:
        return entries[0]
    person = PersonSummary(entries[0].name)
    for entry in entries:
        _add_unique(person.aliases, [alias for alias in (entry.name, *entry.aliases) if alias.casefold() != person.name.casefold()])
        _add_unique(person.roles, entry.roles)
        person.mentions += entry.mentions
        person.quotes += entry.quotes
        person.paths.extend(path for path in entry.paths if path not in person.paths)
    return person


def person_line(person: PersonSummary) -> str:
    """'Oksana Didenko — Energy Minister; minister — 5 mentions, 3 quotes (1 article)'."""
    parts = [person.name]
    if person.roles:
        parts.append("; ".join(person.roles))
    counts = f"{plural(person.mentions, 'mention')}, {plural(person.quotes, 'quote')}"
    parts.append(f"{counts} ({plural(len(person.paths), 'article')})")
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
