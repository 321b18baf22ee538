"""The same quote in several articles: who else reported these words, and whom did they
credit?  A quote is the same when the words of one (or a large part of them: a run of six words
or more) appear in the other, whatever the case, accents, punctuation or kind of quotation mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.folding import same_words, words_of
from reader.library.library import Library

from .test_cli_messages import main

WORDS = "We will rebuild every school in the region before the winter comes"

ONE = f""" date 2024-09-02 Education
Schools to reopen

Jane DoeMonday, 2 September 2024, 22:14

"{WORDS}," said Olena Shevchenko, the regional governor.
"""
TWO = """ date 2024-09-03 Education
Governor promises schools

John RoeTuesday, 3 September 2024, 10:00

The governor said the plan was ready. "We will rebuild every school in the region before the winter comes," Petro Marchenko, her deputy, said.
"""
THREE = """ date 2024-09-04 Education
Other news

John RoeWednesday, 4 September 2024, 10:00

"Nothing to do with schools at all, really," said Olena Shevchenko.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("one.txt", ONE), ("two.txt", TWO), ("three.txt", THREE)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_same_words_take_a_large_part_and_ignore_marks_and_case() -> None:
    quote = words_of(WORDS + ".")
    assert same_words(quote, words_of("“we will rebuild every school in the region”"))
    assert same_words(quote, words_of(WORDS.upper()))
    assert not same_words(quote, words_of("We will rebuild"))  # three words are not a large part
    assert not same_words(quote, words_of("every winter comes before the region"))


def test_the_finder_for_several_quotes_says_what_same_words_says() -> None:
    """The library compares an article's quotes with every quote it holds through one finder,
    reading each of those once: it must agree with same_words, pair by pair."""
    import random

    from reader.folding import SameWordsFinder

    rng = random.Random(7)
    vocabulary = "we will rebuild every school in the region before winter".split()

    def quote() -> tuple[str, ...]:
        return tuple(rng.choice(vocabulary) for _ in range(rng.choice([2, 3, 4, 5, 6, 7, 9, 14])))

    for _ in range(300):
        wanted = [quote() for _ in range(rng.randint(1, 4))]
        finder = SameWordsFinder(wanted)
        for _ in range(20):
            other = quote()
            assert finder.matching(other) == {number for number, words in enumerate(wanted) if same_words(words, other)}


def test_the_index_finds_every_article_that_carries_a_quote(folder: Path) -> None:
    with Library([folder]) as library:
        for _ in library.refresh():
            pass
        found = library.same_quotes(WORDS)
        assert sorted(Path(item.key).name for item in found) == ["one.txt", "two.txt"]
        assert {item.speaker for item in found} == {"Olena Shevchenko", "Petro Marchenko"}


def test_the_lookup_reads_the_index_a_page_at_a_time_and_stops_when_no_longer_wanted(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app looks up every article it opens, in a thread: one left meanwhile (n held on a
    large library) stops at the next page rather than read every quote of the library."""
    from reader.library import library as library_module

    monkeypatch.setattr(library_module, "SAME_QUOTES_PAGE", 1)  # one quote a page
    with Library([folder]) as library:
        for _ in library.refresh():
            pass
        assert [Path(item.key).name for item in library.same_quotes(WORDS)] == ["two.txt", "one.txt"]  # newest first
        asked: list[int] = []
        assert library.same_quotes_of([WORDS], stop=lambda: asked.append(1) or len(asked) > 1) is None
        assert len(asked) == 2


def test_reader_quotes_same_as_lists_them_and_flags_the_disagreement(folder: Path, capsys) -> None:
    assert main(["quotes", "--same-as", "rebuild every school in the region before", "--format", "plain", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("— ") == 2
    assert "Olena Shevchenko" in captured.out and "Petro Marchenko" in captured.out
    assert "speakers differ" in captured.err and "Olena Shevchenko" in captured.err


async def test_the_app_marks_a_quote_other_articles_carry_and_lists_them_with_their_speakers(folder: Path, system_clipboard) -> None:
    from reader.ui.app import ReaderApp
    from reader.ui.screens.same_quote import SameQuoteScreen

    from .app_support import loaded, panel_lines

    app = ReaderApp(folder, quotes_file=folder.parent / "quotes.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(app, pilot)
        one = next(entry.key for entry in app.order if entry.key.endswith("one.txt"))
        app.open_entry(one)
        await loaded(app, pilot)
        assert any("also in 1 other article" in line for line in panel_lines(app.quotes))
        await pilot.press("n", "S")
        await loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, SameQuoteScreen)
        assert sorted(Path(item.key).name for item in screen.found) == ["one.txt", "two.txt"]
        shown = " ".join(" ".join(line.split()) for line in panel_lines(screen.query_one("#same-list")))
        assert "Petro Marchenko" in shown and "≠" in shown  # another speaker: flagged
        two = next(number for number, item in enumerate(screen.found) if item.key.endswith("two.txt"))
        await pilot.press(*["down"] * two, "enter")
        await pilot.pause()
        assert app.current_key.endswith("two.txt") and app.quote.speaker == "Petro Marchenko"
