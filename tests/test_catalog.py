"""reader.library.catalog and reader.ui.navigation: grouping, and where n/p lead."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reader.library.catalog import (
    NO_SECTION,
    UNDATED,
    UNREADABLE,
    Entry,
    group,
    in_order,
)
from reader.library.library import Library
from reader.model import Article, Quote, Span
from reader.ui.navigation import next_quote, previous_quote


def _entry(name: str, section: str | None, day: date | None, quotes: int = 0, hour: int = 12) -> Entry:
    text = "x" * 10
    article = Article(
        text=text,
        section=section,
        date=day,
        published=datetime(day.year, day.month, day.day, hour) if day else None,
        quotes=tuple(Quote("x", (Span(i, i + 1),)) for i in range(quotes)),
    )
    return Entry.of(name, article)


def test_group_orders_sections_dates_and_titles() -> None:
    entries = [
        _entry("a", "War", date(2024, 1, 1)),
        _entry("b", None, None),
        _entry("c", "Economy", date(2023, 5, 1)),
        _entry("d", "War", date(2024, 3, 1), hour=9),
        _entry("e", "War", date(2024, 3, 1), hour=18),
        _entry("f", "", date(2022, 1, 1)),
        Entry.of("g", error="empty file"),
    ]
    sections = group(entries)
    assert [section.name for section in sections] == ["Economy", "War", NO_SECTION, UNREADABLE]
    war = sections[1]
    assert [day.label for day in war.dates] == ["2024-03-01", "2024-01-01"]
    assert [entry.key for entry in war.dates[0].entries] == ["e", "d"]  # newest first
    assert [day.label for day in sections[2].dates] == ["2022-01-01", UNDATED]
    assert war.count == 3
    assert [entry.key for entry in in_order(sections)] == ["c", "e", "d", "a", "f", "b", "g"]


def test_a_file_that_breaks_the_reader_becomes_an_error_entry(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Hello there.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Hello there.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")

    def read(path: Path) -> Article:
        if path.name == "bad.txt":
            raise RuntimeError("extractor bug\nwith a traceback")
        from reader.article.read import read_article

        return read_article(path)

    library = Library([tmp_path], read=read)
    steps = list(library.refresh())
    found = {entry.path.name: entry for step in steps for entry in step.entries}
    assert found == {entry.path.name: entry for entry in library.entries()}
    assert found["bad.txt"].error == "could not be read (RuntimeError: extractor bug)"
    assert found["empty.txt"].error == "empty file"
    assert found["good.txt"].error is None and found["good.txt"].section == NO_SECTION


def test_next_and_previous_quote() -> None:
    order = [_entry("a", "S", None, 2), _entry("b", "S", None, 0), _entry("c", "S", None, 1)]
    keys = [entry.key for entry in order]

    def forward(key, current, visible=None):
        here = keys.index(key) if key in keys else -1
        return next_quote(order[here] if here >= 0 else None, current, order[here + 1 :], visible)

    def backward(key, current, visible=None):
        here = keys.index(key) if key in keys else len(order)
        return previous_quote(order[here] if key in keys else None, current, order[:here][::-1], visible)

    assert forward(None, None) == _stop("a", 0, True)
    assert forward("a", None) == _stop("a", 0, False)
    assert forward("a", 0) == _stop("a", 1, False)
    assert forward("a", 1) == _stop("c", 0, True)  # b has no quotes
    assert forward("b", None) == _stop("c", 0, True)
    assert forward("c", 0) is None
    assert backward("c", 0) == _stop("a", 1, True)
    assert backward("a", 1) == _stop("a", 0, False)
    assert backward("a", 0) is None
    assert backward("a", None) is None
    # Among the visible (filtered) quotes only.
    assert forward("a", None, visible=[1]) == _stop("a", 1, False)
    assert forward("a", 1, visible=[1]) == _stop("c", 0, True)
    assert backward("a", 1, visible=[1]) is None
    # The articles after the open one are read only as far as needed.
    taken = []

    def lazily():
        for entry in order[1:]:
            taken.append(entry.key)
            yield entry

    assert next_quote(order[0], 1, lazily()) == _stop("c", 0, True) and taken == ["b", "c"]
    taken.clear()
    assert next_quote(order[0], 0, lazily()) == _stop("a", 1, False) and taken == []


def _stop(key: str, quote: int, other: bool):
    from reader.ui.navigation import Stop

    return Stop(key=key, quote=quote, other_article=other)
