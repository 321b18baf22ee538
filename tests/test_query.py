"""Choosing quotes: by speaker (name or surname, any case), section and date."""

from __future__ import annotations

from datetime import date

import pytest

from reader.output.query import (
    QuoteFilter,
    person_quotes,
    select_quotes,
    speaker_matches,
)
from tests.citing import FANTASY, article, full_article, organisation_quote, quote


@pytest.mark.parametrize(
    ("speaker", "query", "matches"),
    [
        ("Oksana Didenko", "Oksana Didenko", True),
        ("Oksana Didenko", "didenko", True),
        ("Oksana Didenko", "OKSANA", True),
        ("Oksana Didenko", "  oksana   didenko ", True),
        ("Oksana Didenko", "Did", False),
        ("Oksana Didenko", "Didenko Oksana", False),
        ("Oksana Didenko", "Oksana Petrenko", False),
        ("Oksana Didenko", "", False),
        ("Ursula von der Leyen", "von der leyen", True),
        ("Ursula von der Leyen", "Leyen", True),
        ("Sébastien Lecornu", "sebastien lecornu", True),
        ("Sebastien Lecornu", "Sébastien", True),
        ("Ivanna Kovalenko-Shyn", "shyn", True),
        ("Ivanna Kovalenko-Shyn", "Kovalenko-Shyn", True),
        ("Mykola O’Neill", "o'neill", True),
        ("General Staff of the Armed Forces of Ukraine", "general staff", True),
        (None, "didenko", False),
    ],
)
def test_speaker_matches(speaker, query, matches):
    assert speaker_matches(speaker, query) is matches


def test_no_filter_takes_every_quote_in_order():
    the_article = full_article()
    items = list(select_quotes([the_article, the_article]))
    assert [quote for quote, _ in items] == list(the_article.quotes) * 2
    assert all(article is the_article for _, article in items)


def test_speaker_filter():
    the_article = full_article()
    picked = list(select_quotes([the_article], QuoteFilter(speakers=("didenko",))))
    assert [quote.speaker for quote, _ in picked] == ["Oksana Didenko"] * 3
    either = QuoteFilter(speakers=("nobody", "UKRENERGO"))
    assert [quote.speaker for quote, _ in select_quotes([the_article], either)] == ["Ukrenergo"]


def test_section_filter():
    economy, news = article(section="Economy"), article(section="News")
    unsectioned = article(section=None)
    wanted = QuoteFilter(sections=("economy ",))
    assert wanted.article_matches(economy)
    assert not wanted.article_matches(news)
    assert not wanted.article_matches(unsectioned)
    assert QuoteFilter(sections=("news", "Economy")).article_matches(news)


@pytest.mark.parametrize(
    ("since", "until", "day", "matches"),
    [
        (date(2024, 7, 22), None, date(2024, 7, 22), True),
        (date(2024, 7, 23), None, date(2024, 7, 22), False),
        (None, date(2024, 7, 22), date(2024, 7, 22), True),
        (None, date(2024, 7, 21), date(2024, 7, 22), False),
        (date(2024, 1, 1), date(2024, 12, 31), date(2024, 7, 22), True),
        (date(2024, 1, 1), None, None, False),
        (None, None, None, True),
    ],
)
def test_date_filter(since, until, day, matches):
    the_article = article(date=day, published=None)
    assert QuoteFilter(since=since, until=until).article_matches(the_article) is matches


def test_filters_combine():
    the_article = full_article()
    wanted = QuoteFilter(speakers=("Didenko",), sections=("Economy",), since=date(2024, 7, 1))
    assert len(list(select_quotes([the_article], wanted))) == 3
    assert list(select_quotes([the_article], QuoteFilter(speakers=("Didenko",), sections=("News",)))) == []


def test_person_quotes_by_name_or_alias():
    the_article = full_article()
    by_alias = quote(FANTASY, speaker="Didenko")
    with_alias = article(quotes=(*the_article.quotes, by_alias), people=the_article.people)
    picked = person_quotes(with_alias, "Oksana Didenko")
    assert [quote.text for quote, _ in picked] == [
        quote.text for quote in with_alias.quotes if quote.speaker in ("Oksana Didenko", "Didenko")
    ]
    assert len(picked) == 4
    assert person_quotes(with_alias, "Ukrenergo") == [(organisation_quote(), with_alias)]
    assert person_quotes(with_alias, "Nobody") == []
