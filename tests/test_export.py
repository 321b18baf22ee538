"""Exports: Markdown and CSV (parsed back), JSON Lines, the people."""

from __future__ import annotations

import csv
import io
import json

import pytest
from markdown_it import MarkdownIt

from reader.model import Person, TextField
from reader.output.cite import quote_record
from reader.output.export import (
    PEOPLE_COLUMNS,
    QUOTE_COLUMNS,
    PeopleTally,
    quotes_to_csv,
    render_people,
    render_quotes,
)
from tests.citing import (
    FANTASY,
    GUARANTEE,
    TITLE,
    article,
    full_article,
    quote,
    span_of,
    two_paragraphs,
)


def items_of(the_article):
    return [(quote, the_article) for quote in the_article.quotes]


# -- CSV ---------------------------------------------------------------------------------------


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_columns_and_rows():
    the_article = full_article()
    text = quotes_to_csv(items_of(the_article))
    assert text.startswith(",".join(QUOTE_COLUMNS) + "\r\n")
    rows = read_csv(text)
    assert list(rows[0]) == list(QUOTE_COLUMNS)
    assert rows[0] == {
        "Highlight": "We will not promise what we cannot guarantee",
        "Title": TITLE,
        "Author": "Olena Kovalchuk",
        "URL": "file:///news/2024-07-22-outage.txt",
        "Note": "Oksana Didenko, Energy Minister",
        "Location": str(span_of(GUARANTEE).start),
        "Date": "2024-07-22 20:51:00",
        "Speaker": "Oksana Didenko",
        "Role": "Energy Minister",
    }
    assert rows[1]["Highlight"] == (
        "The schedules depend on two things: the weather and Russian missiles.\n"
        "But the worst weeks are behind us"
    )
    assert rows[2]["Highlight"] == 'They call it "a fantasy", but it is a schedule'
    assert (rows[3]["Speaker"], rows[3]["Role"], rows[3]["Note"]) == ("Ukrenergo", "", "Ukrenergo")
    assert [int(row["Location"]) for row in rows] == [quote.start for quote in the_article.quotes]


def test_csv_unknown_parts_are_empty_cells():
    unknown = quote(speaker=None, speaker_kind=None, speaker_role=None)
    bare = article(title=None, authors=(), outlets=("Ukrainska Pravda",), date=None, published=None, path=None)
    (row,) = read_csv(quotes_to_csv([(unknown, bare)]))
    assert row["Note"] == "unattributed"
    assert row["Speaker"] == row["Role"] == row["URL"] == row["Date"] == ""
    assert row["Author"] == "Ukrainska Pravda"
    assert row["Title"] == bare.display_title  # the article's first words stand for a title
    (dated,) = read_csv(quotes_to_csv([(unknown, article(published=None))]))
    assert dated["Date"] == "2024-07-22"


def test_csv_several_authors_and_empty_export():
    two = article(authors=("Mariia Yemets", "Tetiana Oliynyk"))
    (row,) = read_csv(quotes_to_csv([(quote(), two)]))
    assert row["Author"] == "Mariia Yemets, Tetiana Oliynyk"
    assert quotes_to_csv([]) == ",".join(QUOTE_COLUMNS) + "\r\n"


def test_csv_cells_never_run_as_formulas_or_terminal_escapes():
    hostile = quote("=HYPERLINK(\"http://x\")", spans=(span_of("We"),), speaker="@admin\x1b[2J")
    (row,) = read_csv(quotes_to_csv([(hostile, article())]))
    assert row["Highlight"] == "'=HYPERLINK(\"http://x\")"
    assert row["Speaker"] == "'@admin␛[2J"


# -- Markdown ----------------------------------------------------------------------------------


def inline_text(tokens):
    return "".join(child.content for token in tokens if token.children for child in token.children)


def markdown(items):
    return "".join(render_quotes(items, "markdown"))


def test_markdown_parses_back():
    the_article = full_article()
    tokens = MarkdownIt("commonmark").parse(markdown(items_of(the_article)))
    assert [t.type for t in tokens].count("blockquote_open") == 4
    quoted = []
    inside = 0
    for token in tokens:
        inside += token.type == "blockquote_open"
        inside -= token.type == "blockquote_close"
        if inside and token.type == "inline":
            quoted.append(token.content)
    assert quoted == [
        "We will not promise what we cannot guarantee",
        "The schedules depend on two things: the weather and Russian missiles.",
        "But the worst weeks are behind us",
        'They call it "a fantasy", but it is a schedule',
        "Every household that switches off the air conditioner helps",
    ]
    emphasis = [
        child.content
        for token in tokens
        if token.children
        for index, child in enumerate(token.children)
        if index and token.children[index - 1].type == "em_open"
    ]
    assert emphasis == [TITLE] * 4
    attributions = [t.content for t in tokens if t.type == "inline" and t.content.startswith("— ")]
    assert attributions[0] == f"— Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, *{TITLE}*, 22 July 2024"
    assert attributions[3].startswith("— Ukrenergo, quoted in Ukrainska Pravda")


def test_markdown_shows_markup_characters_as_written():
    tricky = quote("*Not* a [link](x) <b>tag</b>", spans=(span_of("We"),), speaker="A_B")
    html = MarkdownIt("commonmark").render(markdown([(tricky, article(title=TextField("# Hash *star*", span_of(TITLE))))]))
    assert "<blockquote>\n<p>*Not* a [link](x) &lt;b&gt;tag&lt;/b&gt;</p>\n</blockquote>" in html
    assert "— A_B, Energy Minister," in html
    assert "<em># Hash *star*</em>" in html


def test_markdown_has_no_heading_and_ends_with_the_date():
    text = markdown([(quote(), article())])
    assert not text.startswith("#")
    assert text.endswith("22 July 2024\n")


# -- the CLI's formats -------------------------------------------------------------------------


def test_json_lines():
    the_article = full_article()
    lines = "".join(render_quotes(items_of(the_article), "json")).splitlines()
    assert [json.loads(line) for line in lines] == [quote_record(q, the_article) for q in the_article.quotes]


def test_text_styles_separate_records_by_a_blank_line():
    items = [(quote(), article()), (quote(FANTASY), article())]
    text = "".join(render_quotes(items, "plain"))
    assert text == (
        "“We will not promise what we cannot guarantee” — Oksana Didenko\n"
        "\n"
        "“They call it ‘a fantasy’, but it is a schedule” — Oksana Didenko\n"
    )
    assert "".join(render_quotes([], "apa")) == ""
    with pytest.raises(ValueError):
        list(render_quotes(items, "harvard"))


# -- people ------------------------------------------------------------------------------------


def test_people_tally_across_articles():
    first = full_article()
    second = article(
        path="/news/second.txt",
        people=(
            Person("oksana didenko", aliases=("Minister Didenko",), roles=("minister",), mentions=(span_of("Didenko"),)),
            Person("Taras Melnychuk", roles=("Chairman of Ukrenergo",), mentions=(span_of("Oksana"),)),
        ),
        quotes=(
            quote(speaker="Minister Didenko"),
            two_paragraphs(speaker="Ivan Petrenko", speaker_role="economist"),
        ),
    )
    tally = PeopleTally()
    tally.add(first)
    tally.add(second)
    didenko, petrenko, melnychuk = tally.people()
    assert didenko.record() == {
        "name": "Oksana Didenko",
        "aliases": ["Didenko", "Minister Didenko"],
        "roles": ["Energy Minister", "minister"],
        "mentions": 3,
        "quotes": 4,
        "articles": 2,
        "paths": ["/news/2024-07-22-outage.txt", "/news/second.txt"],
    }
    # Quoted but not in the article's people list: counted, without mentions.
    assert (petrenko.name, petrenko.quotes, petrenko.mentions, petrenko.roles) == ("Ivan Petrenko", 1, 0, ["economist"])
    assert (melnychuk.quotes, melnychuk.mentions) == (0, 1)
    # Organisations are not people.
    assert "Ukrenergo" not in [person.name for person in tally.people()]


def test_people_formats_parse_back():
    tally = PeopleTally()
    tally.add(full_article())
    people = tally.people()
    text = "".join(render_people(people, "text"))
    assert text == "Oksana Didenko — Energy Minister — 2 mentions, 3 quotes (1 article); also Didenko\n"
    (record,) = [json.loads(line) for line in "".join(render_people(people, "json")).splitlines()]
    assert record["name"] == "Oksana Didenko" and record["quotes"] == 3
    (row,) = read_csv("".join(render_people(people, "csv")))
    assert list(row) == list(PEOPLE_COLUMNS)
    assert row == {
        "name": "Oksana Didenko",
        "aliases": "Didenko",
        "roles": "Energy Minister",
        "mentions": "2",
        "quotes": "3",
        "articles": "1",
    }
    with pytest.raises(ValueError):
        list(render_people(people, "yaml"))
