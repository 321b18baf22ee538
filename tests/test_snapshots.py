"""Snapshot tests of what a person sees: the main screen, a selected person, help, a narrow terminal.

A fixed terminal size, a fixed set of our sample articles (people and quotes from the gold
files, so the pictures do not move when the extractor changes), no clocks.  Update with
`pytest tests/test_snapshots.py --snapshot-update` and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.app import ReaderApp

from .app_support import copy_samples, gold_library

pytestmark = pytest.mark.usefixtures("system_clipboard")

FILES = [
    "2024-03-14-kharkiv-shelling.txt",
    "2024-05-16-poland-joint-border-checks.txt",
    "2025-06-12-nbu-key-rate.txt",
    "2025-02-11-bilozerka-evacuation.txt",
]


@pytest.fixture
def app(tmp_path: Path) -> ReaderApp:
    folder = copy_samples(tmp_path / "articles", FILES)
    return ReaderApp(folder, library=gold_library(folder), quotes_file=tmp_path / "quotes.txt")


def prepare(app: ReaderApp, article: str, *, quotes: int = 0, person: int | None = None):
    async def run_before(pilot) -> None:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.open_entry(next(entry.key for entry in app.order if article in entry.key))
        await pilot.pause()
        for _ in range(quotes):
            await pilot.press("n")
        if person is not None:
            app.people.focus()
            for _ in range(person):
                await pilot.press("down")
            await pilot.press("enter")
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()

    return run_before


def test_main_screen(app: ReaderApp, snap_compare) -> None:
    assert snap_compare(app, terminal_size=(120, 36), run_before=prepare(app, "kharkiv", quotes=2))


def test_selected_person(app: ReaderApp, snap_compare) -> None:
    assert snap_compare(app, terminal_size=(120, 36), run_before=prepare(app, "nbu-key-rate", person=1))


def test_help_screen(app: ReaderApp, snap_compare) -> None:
    assert snap_compare(app, terminal_size=(120, 36), press=["question_mark"], run_before=prepare(app, "kharkiv"))


def test_narrow_terminal(app: ReaderApp, snap_compare) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=prepare(app, "poland", quotes=2))
