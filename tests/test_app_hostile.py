"""Pilot tests of hostile and broken input in the app: a file over the size cap opened on
request, a read-only library left exactly as it was, broken files listed with their error."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from reader.app import ReaderApp
from reader.catalog import UNREADABLE
from reader.files import read_article
from reader.library import Library
from reader.screens.confirm import Confirm
from reader.screens.help import HelpScreen
from reader.widgets.section_list import SectionList

from .app_support import copy_samples, gold_read, loaded, system_clipboard  # noqa: F401

pytestmark = pytest.mark.usefixtures("system_clipboard")

GOOD = (
    " date 2024-09-02 All Sections\nMinisters meet\n\nJane DoeMonday, 2 September 2024, 22:14\n\n"
    'Defence Minister Rustem Umierov met his counterpart.\n\n"We discussed joint production," Umierov said.\n'
)


def over_the_cap(path: Path) -> Path:
    """An article a little over the 5 MB cap (long paragraphs: quick to read once asked)."""
    paragraph = ("the convoy moved along the road past the fields and the river towards the town " * 25).strip()
    body = "\n\n".join([paragraph] * (5 * 2**20 // len(paragraph) + 20))
    path.write_text(GOOD + "\n" + body + "\n", encoding="utf-8")
    return path


def leaf_label(sections: SectionList, key: str) -> str:
    return str(sections.leaves[key].label)


async def test_a_file_over_the_size_cap_is_listed_as_too_large_and_opened_on_request(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    big = over_the_cap(folder / "big.txt")
    gate = threading.Event()  # holds the read until the test has used the app meanwhile
    reads: list[Path] = []

    def read_anyway(path: Path):
        reads.append(path)
        gate.wait(10)
        return read_article(path, max_bytes=None)

    library = Library([folder], read=gold_read, read_anyway=read_anyway)
    app = ReaderApp(folder, library=library, quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            await loaded(app, pilot)
            sections = app.query_one(SectionList)
            key = str(big)
            assert sections.root.children[-1].data == ("section", UNREADABLE)
            assert leaf_label(sections, key).startswith("⚠ big.txt — too large (5.0 MB, over the 5 MB limit)")
            # Choosing it asks first; no is no.
            sections.focus()
            sections.move_cursor(sections.leaves[key])
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, Confirm) and app.current_key == key
            assert "big.txt is too large (5.0 MB" in str(app.screen.query_one("#confirm-question").render())
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, Confirm) and app.article is None and reads == []
            assert "open it anyway" in " ".join(app.view.lines_text)
            # Yes: read in a worker while the app stays usable.
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, Confirm)
            await pilot.press("enter")
            await pilot.pause()
            assert not isinstance(app.screen, Confirm)
            assert "Reading it anyway" in " ".join(app.view.lines_text)
            await pilot.press("question_mark")  # keys work while the file is read
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert reads == [big] and app.article is None
        finally:
            gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.current_key == key and app.article is not None
        assert app.view.lines_text[0] == "Ministers meet"
        assert app.article.quotes[0].speaker == "Rustem Umierov"
        # The index keeps it listed as too large.
        assert leaf_label(sections, key).startswith("⚠ big.txt — too large")
        assert library.entry(key).error.startswith("too large (5.0 MB")
        # n from there goes on through the library as from any article.
        await pilot.press("n")
        await pilot.pause()
        assert app.current_key == key and app.current_quote == 0
        # Once left, it is not kept: choosing it again asks again.
        app.open_entry(str(folder / "2024-03-14-kharkiv-shelling.txt"))
        await pilot.pause()
        assert app._anyway is None
        sections.move_cursor(sections.leaves[key])
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
