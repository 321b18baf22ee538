"""What readers of newsboat, less and w3m expect: enter focuses the article, space/b page it from
anywhere, help and quit stay in the footer at 80 columns, an empty folder says what to do, the
article's border says how far in you are, pane widths follow the terminal and can be adjusted,
`r` reloads, and the quote panel shows a quote as the copy will, wrapped under its text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.ui.app import ReaderApp
from reader.ui.widgets.section_list import SectionList

from .app_support import copy_samples, gold_library, loaded, panel_lines

pytestmark = pytest.mark.usefixtures("system_clipboard")


def make(folder: Path) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), quotes_file=folder.parent / "quotes.txt")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return copy_samples(tmp_path / "articles")


async def test_enter_on_a_title_focuses_the_article_and_space_b_page_from_anywhere(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        nbu = next(entry for entry in app.order if "nbu-key-rate" in entry.key)
        sections = app.query_one(SectionList)
        sections.focus()
        sections.move_cursor(sections.leaves[nbu.key])
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_key == nbu.key and app.focused is app.view
        sections.focus()
        await pilot.press("space")
        await pilot.pause()
        assert app.view.scroll_offset.y > 0 and app.focused is sections
        app.quotes.focus()
        await pilot.press("b")
        await pilot.pause()
        assert app.view.scroll_offset.y == 0


async def test_the_footer_at_80_columns_keeps_help_and_quit(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        shown = {str(key.key) for key in app.screen.query("FooterKey") if key.region.right <= 80 and key.region.width > 0}
        assert {"question_mark", "q"} <= shown


async def test_an_empty_folder_says_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    app = make(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        text = "\n".join(app.view.lines_text)
        assert "No article files" in text and ".txt" in text and "press r" in text
        assert str(folder) in "".join(text.split())  # the folder named (wrapped, maybe)


async def test_the_article_border_shows_how_far_in_the_reader_is(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(100, 24)) as pilot:
        await loaded(app, pilot)
        nbu = next(entry for entry in app.order if "nbu-key-rate" in entry.key)
        app.open_entry(nbu.key)
        await pilot.pause()
        assert str(app.view.border_title).endswith("· 0%")
        app.view.focus()
        await pilot.press("G")
        await pilot.pause()
        assert str(app.view.border_title).endswith("· 100%")


async def test_pane_widths_follow_the_terminal_and_adjust_with_keys(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        narrow = app.sections.region.width
        await pilot.resize_terminal(200, 40)
        await pilot.pause()
        wide = app.sections.region.width
        assert wide > narrow
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert app.sections.region.width > wide
        await pilot.press("less_than_sign", "less_than_sign")
        await pilot.pause()
        assert app.sections.region.width < wide


async def test_r_reloads_the_library_and_picks_up_a_new_file(library: Path, tmp_path: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        assert len(app.entries) == 14
        (library / "new-story.txt").write_text("A new story\n\nIt happened today.\n", encoding="utf-8")
        await pilot.press("r")
        await loaded(app, pilot)
        assert len(app.entries) == 15


async def test_the_quote_panel_shows_a_quote_as_the_copy_will_wrapped_under_its_text(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        drones = next(entry for entry in app.order if "overnight-drone-attack" in entry.key)
        app.open_entry(drones.key)  # its first quote ends '... at the site,"'
        await pilot.pause()
        body = [line for line in panel_lines(app.quotes) if line.strip()]
        assert app.article.quotes[0].text.endswith("site,")
        assert "".join(body).count("site”") == 1 and "site,”" not in "".join(body)
        # every line after an item's first starts under its text, past the number
        first = body[0]
        indent = len(first) - len(first.lstrip()) + first.lstrip().index("“")
        assert all(line[:indent].strip() == "" for line in body[1:3]), body[:3]


async def test_new_and_changed_files_are_picked_up_while_the_app_runs(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        assert not app.poll_files()  # nothing changed: nothing to do
        (library / "new-story.txt").write_text("A new story\n\nIt happened today.\n", encoding="utf-8")
        assert app.poll_files()  # a new file: the library is read again
        await loaded(app, pilot)
        assert len(app.entries) == 15
        opened = Path(app.current_key)
        text = opened.read_text(encoding="utf-8")
        opened.write_text(text.replace("\n\n", "\n\nA paragraph added while reading.\n\n", 1), encoding="utf-8")
        assert app.poll_files()  # the open file changed
        await loaded(app, pilot)
        assert any("A paragraph added while reading." in line for line in app.view.lines_text)


async def test_moving_to_another_article_does_not_read_the_library_again(library: Path) -> None:
    """The poll looks at the open file's time to notice it changed; another article opened
    (n on a large library, many times a second) is not a change of any file."""
    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        first = app.current_key
        while app.current_key == first:
            await pilot.press("n")
        assert not app.poll_files()  # the open article is another one: nothing changed
        opened = Path(app.current_key)
        opened.write_text(opened.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
        os.utime(opened, ns=(opened.stat().st_atime_ns, opened.stat().st_mtime_ns + 10**9))
        assert app.poll_files()  # ... until it changes


async def test_the_poll_walks_the_folders_in_its_thread_only(library: Path) -> None:
    """Listing the folders of a large library takes a while: the screen never waits for it."""
    import threading

    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        first = app.current_key
        while app.current_key == first:  # the open file is another one: the poll has to compare
            await pilot.press("n")
        looked_from: list[bool] = []
        files_now = app._files_now
        app._files_now = lambda: looked_from.append(threading.current_thread() is threading.main_thread()) or files_now()
        app._poll()
        await loaded(app, pilot)
        assert looked_from == [False]


async def test_the_theme_chosen_is_remembered(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    again = make(library)
    async with again.run_test(size=(120, 30)) as pilot:
        await loaded(again, pilot)
        assert again.theme == "nord"


async def test_v_and_e_open_the_file_in_the_pager_and_the_editor(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import subprocess

    ran: list[list[str]] = []
    monkeypatch.setenv("PAGER", "less -R")
    monkeypatch.setenv("EDITOR", "nano")
    monkeypatch.setattr(subprocess, "run", lambda command, **options: ran.append(command))
    app = make(library)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("v")
        await pilot.press("e")
        await loaded(app, pilot)
        assert ran == [["less", "-R", app.current_key], ["nano", app.current_key]]
        assert any(app.current_key in notice for notice in app.notices)  # the path is shown


async def test_mark_unread_all_read_and_the_unread_only_view(library: Path) -> None:
    from reader.ui.screens.unread import UnreadScreen

    app = make(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(app, pilot)
        opened = app.current_key
        assert opened in app.read
        await pilot.press("u")  # the open article: unread again
        await pilot.pause()
        assert opened not in app.read and opened not in app.library.read_marks()
        assert str(app.sections.leaves[opened].label).startswith("▶ ")  # still open
        await pilot.press("U")  # only the unread ones
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, UnreadScreen) and len(screen.entries) == 14
        await pilot.press("down", "enter")  # open the second
        await pilot.pause()
        assert not isinstance(app.screen, UnreadScreen)
        assert app.current_key == screen.entries[1].key and app.current_key in app.read
        await pilot.press("A")  # all read
        await pilot.pause()
        assert set(app.read) == {entry.key for entry in app.order}
        assert sum(app.sections.unread(name) for name in app.sections.section_names()) == 0
        await pilot.press("U")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.entries == [] and "No unread" in str(app.screen.query_one("#unread-status").render())


async def test_the_people_sidebar_wraps_under_its_text(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(110, 40)) as pilot:
        await loaded(app, pilot)
        nbu = next(entry for entry in app.order if "nbu-key-rate" in entry.key)
        app.open_entry(nbu.key)  # long roles ("analyst at the investment company ...") wrap
        await pilot.pause()
        lines = [line for line in panel_lines(app.people) if line.strip()]
        assert len(lines) > 2 * len(app.article.people)
        assert all(line[:2] in ("  ", "● ") for line in lines), lines
