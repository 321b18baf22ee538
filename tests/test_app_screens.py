"""Pilot tests: help, narrow terminals, find, broken files, hostile text, the palette, big folders."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Static

from reader.library.catalog import UNREADABLE
from reader.library.library import Library
from reader.model import Person, Quote, Span
from reader.ui.app import ReaderApp
from reader.ui.screens.help import KEYS, HelpScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.people_sidebar import PeopleSidebar
from reader.ui.widgets.quote_panel import QuotePanel
from reader.ui.widgets.section_list import SectionList

from .app_support import (
    ROOT,
    copy_samples,
    gold_library,
    gold_read,
    loaded,
    panel_lines,
)

pytestmark = pytest.mark.usefixtures("system_clipboard")

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "down": "↓",
    "up": "↑",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "less_than_sign": "<",
    "greater_than_sign": ">",
}


def make(folder: Path) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), quotes_file=folder.parent / "quotes.txt")


def every_binding_key() -> set[str]:
    keys = set()
    for owner in (ReaderApp, ArticleView, SectionList, QuotePanel, PeopleSidebar):
        for binding in owner.BINDINGS:
            for key in binding.key.split(","):
                keys.add(KEY_NAMES.get(key, key))
    return keys


def test_the_help_table_and_the_readme_list_every_key() -> None:
    listed = {key for _, keys, _ in KEYS for key in keys.split()}
    missing = every_binding_key() - listed
    assert not missing, f"keys missing from the help screen: {missing}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Using reader") :]
    for _, keys, what in KEYS:
        for key in keys.split():
            assert f"`{key}`" in section, f"README's 'Using reader' does not list `{key}`"


async def test_help_screen_opens_with_question_mark_and_f1(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"]))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-keys", Static)
        assert table is not None
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_a_narrow_terminal_hides_the_sidebars_and_s_and_w_bring_them_back(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        assert not app.sections.display and not app.people.display
        assert app.view.size.width >= 76  # the article has the width
        assert app.view.scrollable_content_region.height >= 8  # and enough lines to read
        await pilot.press("n", "n")
        assert app.current_quote == 1
        await pilot.press("s")
        await pilot.pause()
        assert app.sections.display and app.focused is app.sections
        assert app.view.size.width >= 40
        await pilot.press("s")
        await pilot.pause()
        assert not app.sections.display and app.focused is app.view
        await pilot.press("w")
        await pilot.pause()
        assert app.people.display and app.focused is app.people
        await pilot.press("w")
        await pilot.pause()
        assert not app.people.display
        # Widening the terminal brings the sidebars back.
        await pilot.resize_terminal(130, 40)
        await pilot.pause()
        assert app.sections.display and app.people.display


async def test_find_marks_matches_enter_goes_there_and_n_to_the_next(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles", ["2025-06-12-nbu-key-rate.txt"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n")
        quote = app.current_quote
        await pilot.press("slash")
        await pilot.pause()
        assert app.find_input.display and app.focused is app.find_input
        await pilot.press(*"inflation")
        await pilot.pause()
        plain = "\n".join(app.view.lines_text).lower()
        count = plain.count("inflation")
        assert count >= 2
        assert len(app.view.matches) == count
        assert app.current_quote == quote  # typing n in the find box did not move the quote
        first = app.view.current_match
        await pilot.press("enter")
        assert app.view.current_match == first and app.focused is app.view
        await pilot.press("n")  # while the find is active, n is the next match (as in less)
        assert app.view.current_match == (first + 1) % count and app.current_quote == quote
        await pilot.press("escape")
        await pilot.pause()
        assert not app.find_input.display and app.view.matches == [] and app.focused is app.view


async def test_unreadable_files_are_listed_with_their_error_and_can_be_opened(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "empty.txt").write_bytes(b"")
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        unreadable = sections.root.children[-1]
        assert str(unreadable.label).startswith(UNREADABLE)
        labels = [str(node.label) for node in unreadable.children]  # the files themselves, not under "Undated"
        assert "⚠ empty.txt — empty file" in labels
        assert "⚠ picture.txt — not a text file: a PNG image" in labels
        assert sections.border_subtitle == "1 article · 3 quotes · 2 unreadable"
        key = str(folder / "picture.txt")
        app.open_entry(key)
        await pilot.pause()
        assert app.view.lines_text[0] == "picture.txt"
        assert "This file cannot be read: not a text file: a PNG image" in " ".join(app.view.lines_text)
        await pilot.press("p")  # still works: back to the last quote of the article before
        assert app.article is not None and app.current_quote == app.article.quotes.__len__() - 1


HOSTILE = (
    " date 2024-01-01 [bold red]Evil[/] section\n"
    "[link=https://evil.example]Click me[/link] [@click=app.quit]Quit[/] $accent\n\n"
    "John DoeMonday, 1 January 2024, 10:00\n\n"
    'Body with [bold]markup[/bold], an escape \x1b[31mred\x1b[0m and "a [b]quote[/b] here," Doe said.\n'
)


async def test_article_text_is_shown_literally_never_interpreted(tmp_path: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "evil.txt").write_bytes(HOSTILE.encode("utf-8"))

    def read(path: Path):
        article = gold_read(path)
        start = article.text.index("a [b]quote")
        end = article.text.index(' here,"') + len(" here,")
        name = "[b]Doe[/b]"
        person = Person(name=name, mentions=(Span(article.text.index("Doe said"), article.text.index("Doe said") + 3),))
        quote = Quote(text=article.text[start:end], spans=(Span(start, end),), speaker=name)
        return article.with_extraction((person,), (quote,))

    app = ReaderApp(folder, library=Library([folder], read=read), quotes_file=tmp_path / "q.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        shown = " ".join(app.view.lines_text)
        assert "[link=https://evil.example]Click me[/link] [@click=app.quit]Quit[/] $accent" in shown
        assert "[bold]markup[/bold]" in shown
        assert "␛[31mred␛[0m" in shown  # the escape is a visible symbol
        sections = app.query_one(SectionList)
        leaf = sections.leaves[str(folder / "evil.txt")]
        assert "[link=https://evil.example]Click me[/link]" in str(leaf.label)
        await pilot.press("n", "c")
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did nothing
        assert app.clipboard.startswith("“a [b]quote[/b] here” — [b]Doe[/b], quoted in John Doe")
        app.people.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert Content.from_markup(app.quotes.border_title).plain == "Quotes by [b]Doe[/b] (1 of 1)"
        assert any(line.rstrip().endswith("— [b]Doe[/b]") for line in panel_lines(app.quotes))
        # Every painted line of the article holds exactly the article's characters.
        for number, text in enumerate(app.view.lines_text[: app.view.scrollable_content_region.height]):
            painted = "".join(segment.text for segment in app.view.render_line(number))
            assert painted.rstrip() == text.rstrip()


async def test_the_palette_opens_an_article_and_jumps_to_a_person(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        target = next(entry for entry in app.order if "underground-schools" in entry.key)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"undergro")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.current_key == target.key
        person = app.article.people[0]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"jump {person.name.split()[-1][:5]}")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.person == 0
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"outage")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert "outage-schedules" in app.current_key


async def test_a_big_folder_never_freezes_the_app(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    sample = (ROOT / "articles" / "2024-03-14-kharkiv-shelling.txt").read_text(encoding="utf-8")
    for number in range(600):
        day = f"20{10 + number % 15}-0{1 + number % 9}-1{number % 10}"
        text = sample.replace("2024-03-14", day).replace("All Sections", f"Section {number % 7}")
        (folder / f"{number:05}.txt").write_text(text, encoding="utf-8")
    disk = threading.Event()  # a disk that stalls after 250 files until the test lets it go on
    done = 0

    def slow_read(path: Path):
        nonlocal done
        done += 1
        if done > 250:
            disk.wait(10)
        return gold_read(path)

    app = ReaderApp(folder, library=Library([folder], read=slow_read))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            await _while_the_disk_stalls(app, pilot, disk)
        finally:
            disk.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.loading
        assert len(app.entries) == len(app.sections.leaves) == 600
        assert re.match(r"600 articles", app.sections.border_subtitle)
        assert app.current_key == app.order[0].key


async def _while_the_disk_stalls(app: ReaderApp, pilot, disk: threading.Event) -> None:
    seen = []
    for _ in range(60):  # until the disk has stalled: the count stops growing
        await pilot.pause(0.1)
        seen.append(len(app.sections.leaves))
        if len(seen) > 3 and seen[-1] == seen[-3] > 0:
            break
    shown = seen[-1]
    assert 0 < shown <= 250  # titles appear as they are read
    assert app.loading and app.sections.border_subtitle == f"indexing… {shown} of 600"
    assert app.indexing.display and app.indexing.progress == shown and app.indexing.total == 600
    await pilot.press("question_mark")  # keys work while the library is read
    assert isinstance(app.screen, HelpScreen) and app.loading
    await pilot.press("escape")
    assert not isinstance(app.screen, HelpScreen)
    await pilot.press("s")
    assert not app.sections.display


async def test_an_app_quit_before_its_hidden_panes_are_mounted_raises_nothing(tmp_path):
    folder = copy_samples(tmp_path / "lib", ["2024-07-22-outage-schedules-didenko.txt"])
    app = make(folder)
    async with app.run_test():
        pass  # quit at once
    await app.main.mount_hidden()  # what the first frame scheduled, reached after the quit
    assert not app.find_input.is_mounted
