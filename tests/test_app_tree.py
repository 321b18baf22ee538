"""The shape of the section list: a quiet month is one node holding its articles (each with its
day), a busy month keeps a node per date, unreadable files are listed as they are (not under
"Undated"), and `n` / `p` walk the articles in the order the list shows them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from reader.article.read import read_article
from reader.library.catalog import UNDATED, UNREADABLE
from reader.library.library import Library
from reader.model import Article, Quote, Span
from reader.ui.app import ReaderApp
from reader.ui.widgets.section_list import SectionList

from .app_support import loaded

pytestmark = pytest.mark.usefixtures("system_clipboard")

QUIET = [date(2024, 3, 5), date(2024, 3, 12), date(2024, 3, 20)]  # three articles on three dates
BUSY = [date(2024, 4, 1)] * 4 + [date(2024, 4, 2)] * 4  # eight articles on two dates


def article(day: date | None, title: str, speaker: str, hour: int = 10) -> str:
    quote = f'"We will open the {title.lower()} by spring," said {speaker}, the mayor.\n'
    if day is None:
        return f"{title}\n\n{quote}"
    byline = f"Jane Doe{day:%A}, {day.day} {day:%B} {day.year}, {hour}:00"
    return f" date {day.isoformat()} News\n{title}\n\n{byline}\n\n{quote}"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    speakers = ["Olena Koval", "Taras Bondar", "Iryna Melnyk", "Petro Tkach", "Halyna Moroz"]
    for number, day in enumerate(QUIET + BUSY):
        text = article(day, f"Bridge number {number}", speakers[number % 5], hour=8 + number % 5)
        (folder / f"{number:02}.txt").write_text(text, encoding="utf-8")
    (folder / "undated.txt").write_text(article(None, "Market without a date", "Olena Koval"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def one_quote(path: Path) -> Article:
    """The article with its one quote, found without the extractor (not what is tested here)."""
    article = read_article(path, with_extraction=False)
    start = article.text.index('"') + 1
    span = Span(start, article.text.index(',"', start))
    return article.with_extraction((), (Quote(text=span.of(article.text), spans=(span,)),))


def labels(node) -> list[str]:
    return [str(child.label) for child in node.children]


def titles_in_order(sections: SectionList) -> list[str]:
    """The keys of the articles the list shows, from top to bottom."""
    keys: list[str] = []

    def walk(node) -> None:
        for child in node.children:
            if child.data and child.data[0] == "entry":
                keys.append(child.data[1])
            walk(child)

    walk(sections.root)
    return keys


async def test_a_quiet_month_is_one_node_a_busy_one_keeps_its_dates_and_n_p_follow_the_list(library: Path) -> None:
    app = ReaderApp(library, library=Library([library], read=one_quote), quotes_file=library.parent / "quotes.txt")
    async with app.run_test(size=(120, 50)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        news = next(node for node in sections.root.children if node.data == ("section", "News"))
        # April: two dates of four articles each; March: one node, no dates
        assert [label.split(" · ")[0] for label in labels(news)] == ["2024-04-02 4", "2024-04-01 4", "March 2024 3"]
        march = news.children[-1]
        assert march.data == ("month", "News", "March 2024")
        assert [child.data[0] for child in march.children] == ["entry"] * 3
        assert [label[2:].split(" · ")[0] for label in labels(march)] == ["20 Mar", "12 Mar", "5 Mar"]
        assert all(label[2:].split(" · ")[1].startswith("Bridge number") for label in labels(march))
        # an undated article stays under "Undated"; an unreadable file is listed as it is
        no_section = next(node for node in sections.root.children if node.data == ("section", "No section"))
        assert [label.split(" ")[0] for label in labels(no_section)] == [UNDATED]
        unreadable = sections.root.children[-1]
        assert unreadable.data == ("section", UNREADABLE)
        assert labels(unreadable) == ["⚠ empty.txt — empty file"]
        # n walks the articles in the order the list shows, p back (each says where it went)
        order = [app.entries[key].title for key in titles_in_order(sections) if app.entries[key].quote_count]
        assert len(order) == 12 and app.entry.title == order[0]
        await pilot.press(*["n"] * 12)  # its quote (one each), then the eleven others
        went = [notice.rsplit(": ", 1)[1] for notice in app.notices if notice.startswith("Next article")]
        assert [order[0], *went] == order
        await pilot.press("p", "p")
        went = [notice.rsplit(": ", 1)[1] for notice in app.notices if notice.startswith("Previous article")]
        assert went == order[::-1][1:3]


def test_the_rule_for_a_quiet_month() -> None:
    from reader.library.catalog import Counts, day_groups

    def shape(files_per_date: list[int]) -> list[str]:
        first = date(2024, 5, 1)
        days = {first + timedelta(days=number): Counts(files, files, 0) for number, files in enumerate(files_per_date)}
        return [group.label for group in day_groups(days)]

    assert shape([1, 2, 4]) == ["May 2024"]  # seven articles: few
    assert shape([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) == ["May 2024"]  # eleven, each alone on its date
    assert shape([1, 1, 5, 6]) == ["2024-05-04", "2024-05-03", "2024-05-02", "2024-05-01"]  # busy: half hold one


async def test_a_month_unfolded_stays_so_when_a_new_article_joins_it(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.ui.app as app_module

    monkeypatch.setattr(app_module, "EAGER_LIMIT", 5)  # a large library: nothing unfolds by itself
    app = ReaderApp(library, library=Library([library], read=one_quote), quotes_file=library.parent / "quotes.txt")
    async with app.run_test(size=(120, 50)) as pilot:
        await loaded(app, pilot)
        sections = app.query_one(SectionList)
        news = next(node for node in sections.root.children if node.data == ("section", "News"))
        next(node for node in news.children if node.data == ("month", "News", "March 2024")).expand()
        await pilot.pause()
        (library / "new.txt").write_text(article(date(2024, 3, 25), "Bridge number new", "Olena Koval"), encoding="utf-8")
        assert app.poll_files()
        await loaded(app, pilot)
        march = next(node for node in news.children if node.data == ("month", "News", "March 2024"))
        assert march.is_expanded and len(march.children) == 4
