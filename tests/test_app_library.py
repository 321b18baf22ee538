"""Pilot tests of the library in the app: search, people across articles, read state, the
section list of a large library, unread counts."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reader import gcpause
from reader.library.catalog import day_groups
from reader.library.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.people import PeopleScreen
from reader.ui.screens.search import SearchScreen
from reader.ui.widgets.section_list import EAGER_LIMIT, SectionList

from . import one_person
from .app_support import copy_samples, gold_library, gold_read, loaded

pytestmark = pytest.mark.usefixtures("system_clipboard")


def make(folder: Path) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), quotes_file=folder.parent / "quotes.txt")


async def settle(app: ReaderApp, pilot, screen_type=None) -> None:
    """Let the screen's workers (search, people) finish and their results arrive."""
    for _ in range(3):
        await pilot.pause(0.1)
        screen = app.screen
        if screen_type is None or isinstance(screen, screen_type):
            await screen.workers.wait_for_complete()
        await pilot.pause()


async def test_slash_in_the_section_list_searches_the_library_and_enter_opens_the_hit(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        app.view.focus()
        await pilot.press("slash")  # in the article: find in the article, as before
        await pilot.pause()
        assert app.find_input.has_focus and not isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        app.sections.focus()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"saltivka")
        await settle(app, pilot, SearchScreen)
        screen = app.screen
        hits = screen.query_one("#search-hits", OptionList)
        assert hits.option_count == len(screen.hits) >= 1
        assert "kharkiv-shelling" in screen.hits[0].key
        prompt = str(hits.get_option_at_index(0).prompt)
        assert screen.hits[0].title in prompt and "altivka" in prompt.lower()
        status = str(screen.query_one("#search-status").render())
        assert "articles, best first" in status
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        assert "kharkiv-shelling" in app.current_key
        hit = screen.hits[0]
        assert app.view.is_line_visible(app.view.line_of(hit.offset))


async def test_a_search_hit_in_a_quote_opens_the_article_at_that_quote(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        nbu = next(key for key in app.entries if "nbu-key-rate" in key)
        article = gold_read(Path(nbu))
        quote = article.quotes[-1]
        words = " ".join(quote.text.split()[2:5])
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"search the library")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*f'"{words}"')
        await settle(app, pilot, SearchScreen)
        screen = app.screen
        first = screen.hits[0]
        assert first.key == nbu and first.quote == len(article.quotes) - 1
        await pilot.press("down", "enter")  # to the list, then open the highlighted hit
        await pilot.pause()
        assert app.current_key == nbu
        assert app.current_quote == len(article.quotes) - 1
        assert app.view.is_line_visible(app.view.line_of(quote.start))


async def test_escape_closes_the_search(tmp_path: Path) -> None:
    app = make(copy_samples(tmp_path / "articles"))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        key = app.current_key
        app.action_search_library()
        await pilot.pause()
        await pilot.press(*"nothing-matches-this")
        await settle(app, pilot, SearchScreen)
        assert "No article has all of these words." in str(app.screen.query_one("#search-status").render())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen) and app.current_key == key


async def test_people_view_lists_everyone_and_opens_a_quote_in_its_article(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles")
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("P")
        await settle(app, pilot, PeopleScreen)
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        listing = screen.query_one("#people-list", OptionList)
        assert listing.option_count == len(screen.people) > 5
        counts = [(person.quotes, person.mentions) for person in screen.people]
        assert counts == sorted(counts, reverse=True)  # most quoted first
        top = screen.people[0]
        assert top.quotes > 0
        assert f"{top.quotes} quote" in str(listing.get_option_at_index(0).prompt)
        # Typing filters by name.
        surname = top.name.split()[-1]
        await pilot.press(*surname[:4].lower())
        await settle(app, pilot, PeopleScreen)
        assert screen.people and all(
            any(word.lower().startswith(surname[:4].lower()) for word in person.name.split()) for person in screen.people
        )
        assert screen.people[0].name == top.name
        await pilot.press("enter")  # that person's quotes
        await settle(app, pilot, PeopleScreen)
        quotes = screen.query_one("#people-quotes", OptionList)
        assert quotes.display and quotes.has_focus
        assert len(screen.quotes) == top.quotes == quotes.option_count
        days = [item.day for item in screen.quotes if item.day]
        assert days == sorted(days, reverse=True)  # newest first
        # escape goes back to the people; enter again; then open the second quote.
        await pilot.press("escape")
        await pilot.pause()
        assert screen.person is None and screen.query_one("#people-list").display
        await pilot.press("enter")
        await settle(app, pilot, PeopleScreen)
        target = screen.quotes[-1]
        await pilot.press("end", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, PeopleScreen)
        assert app.current_key == target.key and app.current_quote == target.quote
        assert app.quote.speaker is not None and app.quote.text == target.text


async def test_read_state_and_position_survive_a_restart(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles")
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        first = app.order[0].key  # opened at the start
        nbu = next(entry for entry in app.order if entry.key != first and entry.quote_count >= 3)
        app.open_entry(nbu.key)
        await pilot.pause()
        await pilot.press("n", "n", "n")
        assert app.current_quote == 2
        read_before = set(app.read)
        unread_before = sum(app.sections.unread(name) for name in app.sections.section_names())
    assert read_before == {first, nbu.key}
    again = make(folder)
    async with again.run_test(size=(120, 40)) as pilot:
        await loaded(again, pilot)
        assert again.read == read_before
        assert again.current_key == nbu.key  # the last article read opens where it was left
        assert again.current_quote == 2
        sections = again.query_one(SectionList)
        assert str(sections.leaves[first].label).startswith("  ")  # read: no dot
        assert sum(sections.unread(name) for name in sections.section_names()) == unread_before == 12
        labels = [str(node.label) for node in sections.root.children]
        assert any(" unread" in label for label in labels)


async def test_unread_counts_in_the_section_list(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt", "2024-05-16-poland-joint-border-checks.txt"])
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        section = app.query_one(SectionList).root.children[0]
        assert str(section.label) == "No section 2 · 1 unread"  # the first is open, so read ("All Sections" is no section)
        app.open_entry(app.order[1].key)
        await pilot.pause()
        assert str(section.label) == "No section 2"


async def test_n_into_a_new_article_updates_only_the_counts_it_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Entering an article marks it read: its line, its date's and its section's counts
    change, and nothing else is asked of the index or drawn again (on 20,000 articles every
    press counted the whole index and relabelled every date)."""
    from textual.widgets.tree import TreeNode

    folder = copy_samples(tmp_path / "articles")
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        first = app.current_key
        asked: list[str] = []
        for name in ("section_counts", "date_counts", "entries"):
            method = getattr(app.library, name)
            monkeypatch.setattr(app.library, name, lambda *args, _name=name, _method=method: asked.append(_name) or _method(*args))
        relabelled: list[object] = []
        set_label = TreeNode.set_label
        monkeypatch.setattr(TreeNode, "set_label", lambda node, label: relabelled.append(node.data) or set_label(node, label))
        while app.current_key == first:
            await pilot.press("n")
        await pilot.pause()
        entered = app.entries[app.current_key]
        assert asked == []
        group_node = sections.leaves[entered.key].parent  # its date or month
        assert set(relabelled) <= {("entry", first), ("entry", entered.key), group_node.data, group_node.parent.data}
        # ... and the counts shown are the index's
        counts = app.library.section_counts()[entered.section]
        assert str(group_node.parent.label) == f"{entered.section} {counts.files} · {counts.unread} unread"
        group = next(group for group in day_groups(app.library.date_counts(entered.section)) if entered.day in group.days)
        assert str(group_node.label) == f"{group.label} {group.counts.files}" + (f" · {group.counts.unread} unread" if group.counts.unread else "")


async def test_a_large_library_starts_folded_and_unfolds_on_demand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.ui.app as app_module

    folder = copy_samples(tmp_path / "articles")
    monkeypatch.setattr(app_module, "EAGER_LIMIT", 5)
    library = Library([folder], read=gold_read)
    for _ in library.refresh():
        pass
    library.close()
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        assert not sections.eager
        opened = app.current_key
        # Only the way to the open article is made; the other sections are folded, without nodes.
        assert set(sections.leaves) <= {entry.key for entry in app.order if entry.section == app.entries[opened].section}
        folded = [node for node in sections.root.children if not node.is_expanded]
        assert folded and all(not node.children for node in folded)
        node = folded[0]
        sections.focus()
        sections.move_cursor(node)
        await pilot.press("enter")  # expand: its dates appear (space pages the article)
        await pilot.pause()
        assert node.is_expanded and node.children
        key = next(entry.key for entry in app.order if entry.section == node.data[1])
        app.open_entry(key)
        await pilot.pause()
        assert key in sections.leaves and app.current_key == key
    assert EAGER_LIMIT > 100


async def test_on_a_large_library_the_tree_does_not_grow_with_every_article_passed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """n unfolds the way to each article it enters; what was unfolded only for the article
    before folds again, and its titles are let go.  What the reader unfolded stays."""
    import reader.ui.app as app_module

    folder = copy_samples(tmp_path / "articles")
    monkeypatch.setattr(app_module, "EAGER_LIMIT", 5)
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        assert not sections.eager
        first = app.entries[app.current_key]
        theirs = next(node for node in sections.root.children if node.data != ("section", first.section))
        theirs.expand()  # unfolded by the reader
        await pilot.pause()
        entered = {app.current_key}
        while len(entered) < 3:
            await pilot.press("n")
            entered.add(app.current_key)
            entry = app.entries[app.current_key]
            way = sections.leaves[entry.key].parent
            made = {key for key in sections.leaves if sections.leaves[key].parent is not way}
            assert made <= {key for key, node in sections.leaves.items() if theirs in (node.parent, node.parent.parent)}
            assert theirs.is_expanded
        assert len(entered - {entry.key for entry in app.order if entry.section == theirs.data[1]}) >= 2


async def test_the_section_list_follows_files_that_change_or_go_while_it_is_open(tmp_path: Path) -> None:
    names = ["2024-03-14-kharkiv-shelling.txt", "2024-05-16-poland-joint-border-checks.txt", "2024-07-22-outage-schedules-didenko.txt"]
    folder = copy_samples(tmp_path / "articles", names)
    refreshed = Library([folder], read=gold_read)
    for _ in refreshed.refresh():
        pass
    refreshed.close()
    moved, gone = folder / names[1], folder / names[2]
    moved.write_text(moved.read_text(encoding="utf-8").replace(" date 2024-05-16 All Sections", " date 2024-05-17 Borders", 1), encoding="utf-8")
    gone.unlink()
    app = make(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        assert str(moved) in sections.leaves and str(gone) not in sections.leaves
        assert set(sections.leaves) == set(app.entries) == {str(folder / names[0]), str(moved)}
        labels = [str(node.label) for node in sections.root.children]
        assert any(label.startswith("Borders 1") for label in labels)
        borders = next(node for node in sections.root.children if str(node.label).startswith("Borders"))
        assert [str(node.label) for node in borders.children] == ["May 2024 1 · 1 unread"]  # a quiet month: one node
        assert sections.border_subtitle.startswith("2 articles")


async def test_with_the_index_read_ahead_the_first_frame_shows_the_sections(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles")
    warm = gold_library(folder)
    for _ in warm.refresh():
        pass
    warm.close()
    library = gold_library(folder)
    gcpause.hold()  # as the launcher does: no garbage collections until the first frame
    try:
        library.read_ahead()  # as the launcher does, before Textual is loaded
        app = ReaderApp(folder, library=library, quotes_file=folder.parent / "quotes.txt")
        async with app.run_test(size=(120, 40)) as pilot:
            sections = app.query_one(SectionList)
            # Mounted, nothing waited for: the sections and their counts are there already.
            labels = [str(node.label) for node in sections.root.children]
            assert labels and labels[-1].startswith("No section ")
            assert sections.border_subtitle.startswith("14 articles")
            await loaded(app, pilot)
            assert gc.isenabled()  # released once the section list was painted
            assert app.current_key == app.order[0].key and len(sections.leaves) == 14
    finally:
        gcpause.release()
        assert gc.isenabled()


async def test_people_view_shows_one_person_under_three_spellings_with_all_his_quotes(tmp_path: Path) -> None:
    folder = one_person.write_library(tmp_path / "articles")
    app = ReaderApp(folder, library=Library([folder]), quotes_file=tmp_path / "quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("P")
        await settle(app, pilot, PeopleScreen)
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        assert [person.name for person in screen.people] == [one_person.NAME, "Oksana Didenko", "Petro Didenko"]
        prompt = str(screen.query_one("#people-list", OptionList).get_option_at_index(0).prompt)
        assert "also " in prompt and "Zelensky" in prompt and "Volodymyr Zelenskyi" in prompt
        await pilot.press(*"zelenskyi")  # filtered by another of his names: still him
        await settle(app, pilot, PeopleScreen)
        assert [person.name for person in screen.people] == [one_person.NAME]
        await pilot.press("enter")
        await settle(app, pilot, PeopleScreen)
        assert [item.text for item in screen.quotes] == list(one_person.QUOTES)
        assert screen.query_one("#people-quotes", OptionList).option_count == 3
