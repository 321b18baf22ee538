"""Pilot tests: opening articles, n/p through every quote, highlights, scrolling, people."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.app import ReaderApp
from reader.ui.widgets.section_list import SectionList

from .app_support import copy_samples, gold_library, line_styles, loaded, panel_lines

pytestmark = pytest.mark.usefixtures("system_clipboard")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return copy_samples(tmp_path / "articles")


def make(folder: Path) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), quotes_file=folder.parent / "quotes.txt")


async def test_opens_the_library_and_the_first_article(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        assert len(app.entries) == 14
        first = app.order[0]
        assert app.current_key == first.key
        assert app.view.lines_text[0] in first.title
        sections = app.query_one(SectionList)
        assert set(sections.leaves) == {entry.key for entry in app.order}
        labels = [str(child.label) for child in sections.root.children]
        assert labels[-1].startswith("No section")  # articles without a section still appear
        dates = [str(node.label) for node in sections.root.children[-1].children]
        assert dates[-1].startswith("Undated")
        assert str(sections.leaves[first.key].label).startswith("▶ ")  # the open article
        assert str(sections.leaves[app.order[1].key].label).startswith("● ")  # unread
        assert len(app.quotes.shown) == first.quote_count
        assert app.people.option_count == len(app.article.people)


async def test_enter_in_the_section_list_opens_an_article_and_marks_it_read(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        first, second = app.order[0], app.order[1]
        sections = app.query_one(SectionList)
        sections.focus()
        sections.move_cursor(sections.leaves[second.key])
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_key == second.key
        assert app.view.lines_text[0] in second.title
        assert str(sections.leaves[second.key].label).startswith("▶ ")
        assert str(sections.leaves[first.key].label).startswith("  ")  # read: no dot any more
        assert first.key in app.read and second.key in app.read


async def test_clicking_a_title_opens_it(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        target = app.order[3]
        line = sections.leaves[target.key].line
        await pilot.click(SectionList, offset=(8, line + 1))  # +1: the border
        await pilot.pause()
        assert app.current_key == target.key


async def test_n_and_p_reach_every_quote_of_every_article(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        expected = [(entry.key, index) for entry in app.order for index in range(entry.quote_count)]
        assert len(expected) == 35
        seen = []
        for step in range(len(expected)):
            await pilot.press("n" if step % 2 else "]")
            seen.append((app.current_key, app.current_quote))
            quote = app.article.quotes[app.current_quote]
            assert app.quotes.current == app.current_quote  # the quote panel moves too
            assert app.view.current_quote == app.current_quote
            line = app.view.line_of(quote.start)
            assert line is not None and app.view.is_line_visible(line), (step, line, app.view.scroll_offset)
        assert seen == expected
        await pilot.press("n")
        assert (app.current_key, app.current_quote) == expected[-1]
        assert "last quote in the library" in app.notices[-1]
        back = []
        for step in range(len(expected) - 1):
            await pilot.press("p" if step % 2 else "[")
            back.append((app.current_key, app.current_quote))
        assert back == expected[-2::-1]


async def test_n_at_the_last_quote_goes_on_to_the_next_article_and_says_so(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        first = app.order[0]
        for _ in range(first.quote_count):
            await pilot.press("n")
        assert app.current_key == first.key
        await pilot.press("n")
        following = next(entry for entry in app.order[1:] if entry.quote_count)
        assert (app.current_key, app.current_quote) == (following.key, 0)
        assert app.notices[-1] == f"Next article: On to the next article with quotes: {following.title}"
        await pilot.press("p")
        assert (app.current_key, app.current_quote) == (first.key, first.quote_count - 1)


async def test_the_current_quote_stands_out_and_the_others_are_highlighted(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("n", "n")
        view = app.view
        current = view.get_component_rich_style("article-view--current", partial=True)
        other = view.get_component_rich_style("article-view--quote", partial=True)
        assert current.bgcolor != other.bgcolor
        article = app.article
        quote, first = article.quotes[1], article.quotes[0]
        painted = line_styles(view, view.line_of(quote.start))
        words = quote.text.split()[:3]
        assert any(words[0] in text and style.bgcolor == current.bgcolor for text, style in painted)
        view.scroll_to(y=view.line_of(first.start), animate=False, immediate=True)
        await pilot.pause()
        painted = line_styles(view, view.line_of(first.start))
        assert any(first.text.split()[0] in text and style.bgcolor == other.bgcolor for text, style in painted)


async def test_a_quote_far_down_is_scrolled_into_view(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(80, 24)) as pilot:  # a small pane: most quotes start off screen
        await loaded(app, pilot)
        nbu = next(entry for entry in app.order if "nbu-key-rate" in entry.key)
        app.open_entry(nbu.key)
        await pilot.pause()
        assert app.view.scroll_offset.y == 0
        last = nbu.quote_count - 1
        app.current_quote = last
        await pilot.pause()
        quote = app.article.quotes[last]
        line = app.view.line_of(quote.start)
        assert line > app.view.scrollable_content_region.height  # it was below the fold
        assert app.view.is_line_visible(line)
        assert app.view.scroll_offset.y > 0


async def test_choosing_a_person_filters_quotes_and_highlights_mentions(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        nbu = next(entry for entry in app.order if "nbu-key-rate" in entry.key)
        app.open_entry(nbu.key)
        await pilot.pause()
        article = app.article
        everyone = list(range(len(article.quotes)))
        assert app.quotes.shown == everyone
        # The second person has fewer quotes than the article.
        index, person = 1, article.people[1]
        theirs = [i for i, quote in enumerate(article.quotes) if quote.speaker == person.name]
        assert 0 < len(theirs) < len(everyone)
        app.people.focus()
        await pilot.press("down")  # to the second person
        await pilot.press("enter")
        await pilot.pause()
        assert app.person == index
        assert app.quotes.shown == theirs
        assert any(line.startswith("● " + person.name.split()[0]) for line in panel_lines(app.people))
        mention = person.mentions[0]
        mention_style = app.view.get_component_rich_style("article-view--mention", partial=True)
        app.view.scroll_to(y=app.view.line_of(mention.start), animate=False, immediate=True)
        await pilot.pause()
        painted = line_styles(app.view, app.view.line_of(mention.start))
        shown = mention.of(article.text).split()[0]
        assert any(shown in text and style.underline and style.color == mention_style.color for text, style in painted)
        # Their first quote is current; n moves through that person's quotes only.
        assert app.current_quote == theirs[0]
        await pilot.press("n")
        assert app.current_quote == theirs[1]
        # Selecting the person again shows everyone's quotes again.
        await pilot.press("enter")
        await pilot.pause()
        assert app.person is None
        assert app.quotes.shown == everyone
        # So does escape.
        await pilot.press("enter")
        await pilot.pause()
        assert app.person == index
        await pilot.press("escape")
        await pilot.pause()
        assert app.person is None and app.quotes.shown == everyone


async def test_moving_in_the_quote_panel_moves_the_article(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        app.quotes.focus()
        await pilot.pause()
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.current_quote == app.quotes.current
        assert app.view.current_quote == app.current_quote


async def test_clicking_a_quote_in_the_text_makes_it_current(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        view = app.view
        quote = app.article.quotes[1]
        line = view.line_of(quote.start)
        assert view.is_line_visible(line)
        region = view.content_region
        text = view.lines_text[line]
        column = text.index(quote.text.split()[0]) + 1
        await pilot.click(offset=(region.x + column, region.y + line - view.scroll_offset.y))
        await pilot.pause()
        assert app.current_quote == 1


async def test_tab_moves_between_panes(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        assert app.focused is app.view
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(app.focused.id)
        assert seen == ["quotes", "people", "sections", "article"]
        await pilot.press("shift+tab")
        assert app.focused.id == "sections"
