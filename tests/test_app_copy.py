"""Pilot tests: copying the current quote with its attribution, and when no copy can be confirmed."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import OptionList, TextArea

from reader.library.library import Library
from reader.model import Article, Quote, Span, TextField
from reader.output import cite
from reader.output.publication import source_of
from reader.ui.app import ReaderApp
from reader.ui.screens.copy_fallback import CopyFallback
from reader.ui.screens.style_chooser import StyleChooser

from .app_support import copy_samples, gold_library, loaded, panel_lines, panel_segments

pytestmark = pytest.mark.usefixtures("system_clipboard")

KHARKIV = "2024-03-14-kharkiv-shelling.txt"


def kharkiv_app(tmp_path: Path) -> ReaderApp:
    folder = copy_samples(tmp_path / "articles", [KHARKIV])
    return ReaderApp(folder, library=gold_library(folder), quotes_file=tmp_path / "quotes.txt")


async def test_c_copies_the_quote_with_speaker_role_outlet_title_and_date(tmp_path: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    app = kharkiv_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "n", "c")
        await pilot.pause()
        expected = (
            "“Four people were injured, one of them a teenager. Doctors say her condition is "
            "moderate. The city’s emergency crews worked through the night to put out the fires” — "
            "Viktor Halushko, Head of Kharkiv Oblast Military Administration, quoted in Ukrainska Pravda, "
            "“Russians shell Kharkiv's Saltivka district, four injured”, 14 March 2024"  # the site, from the footer
        )
        assert app.clipboard == expected  # what went out through OSC 52
        assert system_clipboard.copied == [expected]  # and through pyperclip
        assert not isinstance(app.screen, CopyFallback)
        assert app.notices[-1].startswith("Copied (default): Copied to the clipboard through the system clipboard")


def _unknown_speaker_reader(path: Path) -> Article:
    text = 'Strange times\n\n"We will not leave," a resident said.\n'
    start = text.index("We")
    end = text.index(',"')
    return Article(
        text=text,
        path=str(path),
        title=TextField("Strange times", Span(0, 13)),
        quotes=(Quote(text=text[start:end], spans=(Span(start, end),)),),
    )


async def test_a_quote_without_speaker_role_authors_or_date_is_cited_cleanly(tmp_path: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    app = ReaderApp(tmp_path, library=Library([tmp_path], read=_unknown_speaker_reader))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        assert any("unknown speaker" in line for line in panel_lines(app.quotes))
        await pilot.press("n", "c")
        await pilot.pause()
        assert app.clipboard == "“We will not leave” — speaker not named in the article, “Strange times”"
        assert "None" not in app.clipboard and ", ," not in app.clipboard


def _low_confidence_reader(path: Path) -> Article:
    text = 'Late session\n\nJane Doe spoke first.\n\n"We stay," she added.\n'
    start = text.index("We")
    end = text.index(',"')
    quote = Quote(text=text[start:end], spans=(Span(start, end),), speaker="Jane Doe", speaker_kind="person", confidence="low")
    return Article(text=text, path=str(path), title=TextField("Late session", Span(0, 12)), quotes=(quote,))


async def test_a_speaker_found_with_low_confidence_is_marked_and_the_help_says_why(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    app = ReaderApp(tmp_path, library=Library([tmp_path], read=_low_confidence_reader))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        assert any("Jane Doe (probably)" in line for line in panel_lines(app.quotes))
        assert any("(probably)" in text and style.dim for text, style in panel_segments(app.quotes))
        await pilot.press("question_mark")
        await pilot.pause()
        console = Console(width=120, record=True, file=io.StringIO())
        from reader.ui.screens.help import marks_table

        assert app.screen.query_one("#help-marks").display  # shown under the keys

        console.print(marks_table())
        shown = console.export_text()
        assert "(probably)" in shown and "inferred who spoke" in shown


def _speaker_without_role_reader(path: Path) -> Article:
    text = 'Plain talk\n\n"Enough," said Olha Petrenko.\n'
    return Article(
        text=text,
        path=str(path),
        title=TextField("Plain talk", Span(0, 10)),
        outlets=("Ukrainska Pravda",),
        published=datetime(2024, 2, 1, 9, 30),
        quotes=(Quote(text="Enough,", spans=(Span(13, 20),), speaker="Olha Petrenko"),),
    )


async def test_a_speaker_without_a_role(tmp_path: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    app = ReaderApp(tmp_path, library=Library([tmp_path], read=_speaker_without_role_reader))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "c")
        await pilot.pause()
        assert app.clipboard == "“Enough” — Olha Petrenko, quoted in Ukrainska Pravda, “Plain talk”, 1 February 2024"


async def test_when_pyperclip_fails_the_text_is_offered_in_a_dialog_and_can_be_appended(tmp_path: Path) -> None:
    app = kharkiv_app(tmp_path)  # the fake pyperclip raises "could not find a copy/paste mechanism"
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "c")
        await pilot.pause()
        expected = cite.cite(app.quote, app.article, "default", source_of(app.article))
        assert app.clipboard == expected  # OSC 52 was still sent
        assert isinstance(app.screen, CopyFallback)
        assert app.screen.query_one(TextArea).text == expected
        assert "could not find a copy/paste mechanism" in app.screen.report.summary()
        await pilot.press("a")
        await pilot.pause()
        assert not isinstance(app.screen, CopyFallback)
        assert (tmp_path / "quotes.txt").read_text(encoding="utf-8") == expected + "\n"
        assert app.notices[-1].startswith("Saved: Appended to")
        # A second copy appends, and escape closes the dialog without writing.
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CopyFallback)
        assert (tmp_path / "quotes.txt").read_text(encoding="utf-8") == expected + "\n"


async def test_inside_tmux_with_set_clipboard_on_osc52_is_confirmed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    monkeypatch.setattr("reader.ui.clipboard.tmux_set_clipboard", lambda env: "on")
    app = kharkiv_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "c")
        await pilot.pause()
        assert not isinstance(app.screen, CopyFallback)
        assert app.notices[-1] == (
            "Copied (default): Copied to the clipboard through the terminal (OSC 52), tmux set-clipboard on."
        )


async def test_c_without_a_current_quote_says_how_to_get_one(tmp_path: Path) -> None:
    app = kharkiv_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == ""
        assert "press n" in app.notices[-1]


async def test_shift_c_chooses_the_style_for_one_copy(tmp_path: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    app = kharkiv_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "C")
        await pilot.pause()
        assert isinstance(app.screen, StyleChooser)
        chooser = app.screen
        options = chooser.query_one(OptionList)
        assert [option.id for option in options.options] == list(cite.STYLES)
        plain = list(cite.STYLES).index("plain")
        options.highlighted = plain
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, StyleChooser)
        expected = cite.cite(app.quote, app.article, "plain", source_of(app.article))
        assert app.clipboard == expected == "“at least three high-rise buildings and a kindergarten that had been closed since 2022” — Viktor Halushko"
        await pilot.press("n", "c")  # c still copies in the default style
        await pilot.pause()
        assert app.clipboard == cite.cite(app.quote, app.article, "default", source_of(app.article))
        # escape leaves the clipboard alone
        before = app.clipboard
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.clipboard == before and not isinstance(app.screen, StyleChooser)


async def test_c_uses_the_style_from_the_config_file(tmp_path: Path, system_clipboard, monkeypatch) -> None:
    system_clipboard.fail = False
    config = tmp_path / "no-config" / "reader" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[cite]\nstyle = "apa"\n', encoding="utf-8")
    app = kharkiv_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "c")
        await pilot.pause()
        assert app.clipboard == cite.cite(app.quote, app.article, "apa", source_of(app.article))
        assert "(Halushko, as cited in Sobol & Hrytsai, 2024)" in app.clipboard


async def test_a_broken_config_file_is_reported_and_the_default_style_used(tmp_path: Path, system_clipboard) -> None:
    system_clipboard.fail = False
    config = tmp_path / "no-config" / "reader" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[cite]\nstyle = "harvard"\n', encoding="utf-8")
    app = kharkiv_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        assert any("unknown citation style 'harvard'" in notice for notice in app.notices)
        await pilot.press("n", "c")
        await pilot.pause()
        assert app.clipboard == cite.cite(app.quote, app.article, "default", source_of(app.article))
