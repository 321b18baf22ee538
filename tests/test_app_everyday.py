"""Pilot tests of everyday things that got in the way: finding text as in `less`, copying and
moving in the library-wide lists, and notifications that keep off the quote panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.app import ReaderApp
from reader.ui.screens.people import PeopleScreen
from reader.ui.screens.search import SearchScreen

from .app_support import FakeSystemClipboard, copy_samples, gold_library, loaded

pytestmark = pytest.mark.usefixtures("system_clipboard")

ICELAND = """Fishing quotas after the storm

Iceland’s ministers met on Monday to talk about the quotas.

The fleet said that Iceland's harbours were full, and that the herring had gone north.

Nobody in Iceland’s capital expected the storm.
"""


def make(folder: Path) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), quotes_file=folder.parent / "quotes.txt")


async def test_find_folds_apostrophes_and_n_and_shift_n_step_through_matches_like_less(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "iceland.txt").write_text(ICELAND, encoding="utf-8")
    app = make(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", *"iceland's")
        await pilot.pause()
        assert len(app.view.matches) == 3  # straight against curly apostrophes, both ways
        await pilot.press("enter")  # go: the article has the focus, the find stays active
        await pilot.pause()
        assert app.focused is app.view
        first = app.view.current_match
        await pilot.press("n")
        assert app.view.current_match == (first + 1) % 3
        await pilot.press("N")
        assert app.view.current_match == first
        await pilot.press("N")
        assert app.view.current_match == (first - 1) % 3
        assert "of 3" in str(app.find_input.border_title)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.find_input.display and app.view.matches == []
        await pilot.press("slash")
        await pilot.pause()
        assert app.find_input.value == "iceland's"  # the term kept for the next find
        assert len(app.view.matches) == 3
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")  # no find active: n is the next quote again
        assert app.view.current_match is None


def footer_keys(screen) -> set[str]:
    return {str(getattr(key, "key", "")) for key in screen.query("FooterKey")}


async def test_quotes_by_a_person_copy_with_c_move_with_j_k_and_close_with_q(
    tmp_path: Path, system_clipboard: FakeSystemClipboard
) -> None:
    system_clipboard.fail = False
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("P")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        await pilot.press(*"yaremenko")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")  # Mykhailo Yaremenko: three quotes
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = screen.query_one("#people-quotes")
        assert listing.display and listing.highlighted == 0
        await pilot.press("j")
        assert listing.highlighted == 1
        await pilot.press("k")
        assert listing.highlighted == 0
        await pilot.press("c")
        await pilot.pause()
        item = screen.quotes[0]
        copied = system_clipboard.copied[-1]
        assert "Mykhailo Yaremenko" in copied and item.text.split()[0] in copied
        keys = footer_keys(screen)
        assert "c" in keys and "q" in keys and "n" not in keys  # its own keys, not the main screen's
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, PeopleScreen)


async def test_search_list_moves_with_j_k_and_closes_with_q(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        app.action_search_library()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"said")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down")  # to the hits
        hits = screen.query_one("#search-hits")
        assert hits.has_focus and hits.highlighted == 0
        await pilot.press("j")
        assert hits.highlighted == 1
        await pilot.press("k")
        assert hits.highlighted == 0
        assert "q" in footer_keys(screen) and "n" not in footer_keys(screen)
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)


async def test_notifications_keep_off_the_quote_panel(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await loaded(app, pilot)
        for _ in range(12):  # n across articles: a notification each time
            await pilot.press("n", "n", "n")
        await pilot.pause()
        toasts = list(app.screen.query("Toast"))
        assert len(toasts) == 1  # the newest replaces the one showing
        panel = app.quotes.region
        for toast in toasts:
            assert not toast.region.overlaps(panel), (toast.region, panel)
