"""Pilot tests of hostile and broken input in the app: a file over the size cap opened on
request, a read-only library left exactly as it was, broken files listed with their error."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.article.read import read_article
from reader.library.catalog import UNREADABLE
from reader.library.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import Confirm
from reader.ui.screens.help import HelpScreen
from reader.ui.session import READ_IN_BACKGROUND_OVER
from reader.ui.widgets.section_list import SectionList

from .app_support import copy_samples, gold_read, loaded
from .conftest import read_only, snapshot

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


def app_with_held_reads(folder: Path, tmp_path: Path) -> tuple[ReaderApp, Library, threading.Event, list[Path]]:
    """The app on ``folder``, whose reads of large files (in a thread) wait for ``gate`` so the
    test can use the app meanwhile; ``reads`` lists them."""
    gate = threading.Event()
    reads: list[Path] = []

    def read_anyway(path: Path):
        reads.append(path)
        gate.wait(10)
        return read_article(path, max_bytes=None)

    library = Library([folder], read=gold_read, read_anyway=read_anyway)
    return ReaderApp(folder, library=library, quotes_file=tmp_path / "quotes.txt"), library, gate, reads


async def shown_once_read(app: ReaderApp, pilot, key: str) -> None:
    """Once the held read is let go, the file (`GOOD` at its head) is shown with its speaker."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.current_key == key and app.article is not None
    assert app.view.lines_text[0] == "Ministers meet"
    assert app.article.quotes[0].speaker == "Rustem Umierov"


def leaf_label(sections: SectionList, key: str) -> str:
    return str(sections.leaves[key].label)


async def test_a_file_over_the_size_cap_is_listed_as_too_large_and_opened_on_request(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    big = over_the_cap(folder / "big.txt")
    app, library, gate, reads = app_with_held_reads(folder, tmp_path)
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
        await shown_once_read(app, pilot, key)
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
        assert app.session.large_file is None
        sections.move_cursor(sections.leaves[key])
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")


async def test_a_large_file_under_the_cap_is_read_in_a_thread_when_opened(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    paragraph = ("the convoy moved along the road past the fields and the river towards the town " * 25).strip()
    large = folder / "large.txt"
    older = GOOD.replace("2024-09-02", "2023-09-02").replace("2 September 2024", "2 September 2023")
    large.write_text(older + "\n" + "\n\n".join([paragraph] * 300) + "\n", encoding="utf-8")
    assert READ_IN_BACKGROUND_OVER < large.stat().st_size < 5 * 2**20
    app, _library, gate, reads = app_with_held_reads(folder, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            await loaded(app, pilot)
            key = str(large)
            assert not leaf_label(app.query_one(SectionList), key).startswith("⚠")  # listed as any article
            app.open_entry(key, quote=0)  # as from a search hit: open it at its first quote
            await pilot.pause()
            assert app.current_key == key and app.article is None
            assert "Reading this large file" in " ".join(app.view.lines_text)
            await pilot.press("question_mark")  # keys work while the file is read
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert reads == [large]
        finally:
            gate.set()
        await shown_once_read(app, pilot, key)
        assert app.current_quote == 0
        # A small article opens at once, as before.
        app.open_entry(str(folder / "2024-03-14-kharkiv-shelling.txt"))
        await pilot.pause()
        assert app.article is not None and reads == [large]


async def test_the_app_never_writes_inside_a_read_only_library(tmp_path: Path, cache_home: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    names = [
        "2024-03-14-kharkiv-shelling.txt",
        "2024-07-22-outage-schedules-didenko.txt",
        "2024-05-16-poland-joint-border-checks.txt",
    ]
    folder = copy_samples(tmp_path / "library", names)
    (folder / "empty.txt").write_bytes(b"")
    with read_only(folder):
        before = snapshot(folder)
        app = ReaderApp(folder, quotes_file=tmp_path / "quotes.txt")  # the real pipeline and index
        async with app.run_test(size=(120, 40)) as pilot:
            await loaded(app, pilot)
            assert cache_home in app.library.index_path.parents  # the index is in the cache folder
            sections = app.query_one(SectionList)
            keys = [str(folder / name) for name in names] + [str(folder / "empty.txt")]
            for key in keys:  # open every file, the unreadable one too
                app.open_entry(key)
                await pilot.pause()
                assert app.current_key == key
            app.open_entry(keys[0])
            await pilot.pause()
            await pilot.press("n", "c")  # a quote copied with its attribution
            await pilot.pause()
            assert app.quote is not None and app.clipboard.startswith("“")
            assert system_clipboard.copied == [app.clipboard]
            await pilot.press("ctrl+p")  # the palette and a search read the index only
            await pilot.press("escape")
            sections.focus()
            await pilot.press("slash", *"kharkiv", "escape")
            await pilot.press("q")
            await pilot.pause()
        assert not app.is_running
        assert snapshot(folder) == before  # nothing changed, nothing added, nothing removed


BINARY = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8
HOSTILE = (
    " date 2024-01-02 News\n"
    "[bold red]Breaking[/] \x1b[2J\x1b]0;pwned\x07 news [link=https://evil.example]here[/link]\n\n"
    "John DoeTuesday, 2 January 2024, 10:00\n\n"
    '"This is [b]not[/b] bold \x1b[31mred\x1b[0m," Doe said.\n'
)


async def test_broken_files_are_marked_with_their_error_and_the_app_stays_usable(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt", "2024-07-22-outage-schedules-didenko.txt"])
    (folder / "program.txt").write_bytes(BINARY)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "markup.txt").write_bytes(HOSTILE.encode("utf-8"))
    app = ReaderApp(folder, quotes_file=tmp_path / "quotes.txt")  # the real pipeline
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        unreadable = sections.root.children[-1]
        assert str(unreadable.label) == f"{UNREADABLE} 2"
        labels = {str(leaf.label) for leaf in unreadable.children}
        assert labels == {"⚠ empty.txt — empty file", "⚠ program.txt — not a text file: an executable"}
        assert sections.border_subtitle.endswith("· 2 unreadable")
        # The file with markup and escapes is an article like any other, shown literally.
        hostile = str(sections.leaves[str(folder / "markup.txt")].label)
        assert "[bold red]Breaking[/] ␛[2J␛]0;pwned␇ news [link=https://evil.example]here[/link]" in hostile
        assert "\x1b" not in hostile
        # An unreadable file opens as its error; the app goes on as usual from there.
        app.open_entry(str(folder / "program.txt"))
        await pilot.pause()
        assert app.article is None and "not a text file: an executable" in " ".join(app.view.lines_text)
        good = str(folder / "2024-07-22-outage-schedules-didenko.txt")  # another article with quotes after it
        sections.focus()
        sections.move_cursor(sections.leaves[good])
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_key == good and app.article is not None and app.article.quotes
        app.view.focus()
        await pilot.press("n")
        await pilot.pause()
        assert app.current_key == good and app.current_quote == 0
        for _ in range(len(app.article.quotes) + 1):  # on past its last quote, into the next article
            await pilot.press("n")
        await pilot.pause()
        assert app.current_key != good and app.current_quote is not None
        app.open_entry(str(folder / "markup.txt"))
        await pilot.pause()
        shown = " ".join(app.view.lines_text)
        assert "[bold red]Breaking[/] ␛[2J" in shown and "[b]not[/b] bold ␛[31mred␛[0m" in shown
        assert app.is_running
