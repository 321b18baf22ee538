"""Faults and hostile names in the app (issue 15): a file name that is not UTF-8, escape codes in
file names, invisible characters in quotes.  Pilot tests; the files are made at test time."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reader.ui.app import ReaderApp
from reader.ui.widgets.section_list import SectionList

from .app_support import loaded, panel_lines, system_clipboard  # noqa: F401
from .conftest import SAMPLES

pytestmark = pytest.mark.usefixtures("system_clipboard")

SAMPLE = (SAMPLES / "2024-03-14-kharkiv-shelling.txt").read_bytes()
TERMINAL_CODES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


async def test_names_that_are_not_utf8_or_hold_escape_codes_are_listed_opened_and_shown_inert(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    latin = folder / os.fsdecode(b"caf\xe9.txt")
    latin.write_bytes(SAMPLE)
    title = folder / "x\x1b]0;TITLE\x07.txt"
    title.write_bytes(b"")
    later = folder / "later \x1b[2J.txt"
    later.write_bytes(SAMPLE.replace(b"Saltivka", b"Oleksiivka"))
    app = ReaderApp(folder, quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        assert set(sections.leaves) == {str(latin), str(title), str(later)}
        labels = [str(leaf.label) for leaf in sections.leaves.values()]
        assert "⚠ x␛]0;TITLE␇.txt — empty file" in labels
        app.open_entry(str(latin))
        await pilot.pause()
        assert app.current_key == str(latin) and app.article is not None and app.article.quotes
        app.open_entry(str(title))
        await pilot.pause()
        assert app.view.lines_text[0] == "x␛]0;TITLE␇.txt"
        app.notify(f"{later.name}: could not be read", title=f"{title.name}")  # any notification
        await pilot.pause()
        assert app.notices[-1] == "x␛]0;TITLE␇.txt: later ␛[2J.txt: could not be read"
        shown = [*labels, *app.view.lines_text, *app.notices]
        assert not [text for text in shown if TERMINAL_CODES.search(text)]
        assert app.is_running


async def test_a_quote_disguised_with_bidi_overrides_shows_them(tmp_path: Path) -> None:
    text = SAMPLE.decode("utf-8")
    quote = text.index("“") + 1 if "“" in text else text.index('"') + 1
    (tmp_path / "a.txt").write_text(text[:quote] + "\u202eevil\u202c\u200b" + text[quote:], encoding="utf-8")
    app = ReaderApp(tmp_path / "a.txt", quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        assert app.article is not None
        shown = "".join(panel_lines(app.quotes))  # as the quote panel paints it
        assert "<U+202E>evil<U+202C><U+200B>" in shown and "\u202e" not in shown


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
async def test_a_fifo_given_to_the_app_is_listed_as_unreadable_and_the_app_quits(tmp_path: Path) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    app = ReaderApp(fifo, quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)  # before, the read of the FIFO waited for a writer for ever
        app.open_entry(str(fifo))
        await pilot.pause()
        assert "not a regular file: a named pipe (FIFO)" in " ".join(app.view.lines_text)
        await pilot.press("q")
    assert not app.is_running


async def test_a_search_that_meets_a_damaged_index_says_so_and_the_library_is_indexed_again(tmp_path: Path) -> None:
    import sqlite3

    from reader.library.library import Library
    from reader.ui.screens.search import SearchScreen

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE)
    with Library([folder]) as library:
        list(library.refresh())
        index = library.index_path
    with sqlite3.connect(index) as db:
        db.execute("UPDATE docs SET doc = x'00112233'")  # a stored text that no longer decompresses
    db.close()
    app = ReaderApp(folder, quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        app.action_search_library()
        await pilot.pause()
        await pilot.press(*"saltivka")  # before: zlib.error in the search, and the app ended
        for _ in range(5):
            await pilot.pause(0.1)
            await app.screen.workers.wait_for_complete()
        assert isinstance(app.screen, SearchScreen) and app.is_running
        assert "damaged" in str(app.screen.query_one("#search-status").render())
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("damaged" in notice for notice in app.notices)
        assert [hit.key for hit in app.library.search("saltivka")] == [str(folder / "a.txt")]


async def test_an_index_locked_by_another_program_leaves_the_app_usable_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from reader.library import library as library_module
    from reader.library.library import Library

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE)
    with Library([folder]) as library:
        list(library.refresh())
        index = library.index_path
    (folder / "b.txt").write_bytes(SAMPLE.replace(b"Saltivka", b"Oleksiivka"))  # something to write
    holder = sqlite3.connect(index, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program's long transaction
    monkeypatch.setattr(library_module, "LOCK_WAIT", 0.2)
    try:
        app = ReaderApp(folder, quotes_file=tmp_path / "quotes.txt")
        async with app.run_test(size=(120, 40)) as pilot:
            await loaded(app, pilot)  # before: "database is locked" in the worker, and the app ended
            assert app.is_running and app.library.in_memory
            assert any("locked by another program" in notice for notice in app.notices)
            assert {str(folder / "a.txt"), str(folder / "b.txt")} <= set(app.sections.leaves)
    finally:
        holder.rollback()
        holder.close()
