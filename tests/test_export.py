"""Exports: Markdown and CSV files (parsed back), JSON Lines, file names, no silent overwrite."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest
from tests.citing import FANTASY, GUARANTEE, TITLE, article, full_article, quote, span_of, two_paragraphs
from markdown_it import MarkdownIt

from reader.output.cite import quote_record
from reader.output.export import (
    PEOPLE_COLUMNS,
    QUOTE_COLUMNS,
    ExportError,
    ExportExists,
    PeopleTally,
    default_export_name,
    quotes_to_csv,
    quotes_to_markdown,
    render_people,
    render_quotes,
    write_export,
)
from reader.model import Person, TextField


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


def test_markdown_file_parses_back():
    the_article = full_article()
    text = quotes_to_markdown(items_of(the_article), title=TITLE)
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [t for i, t in enumerate(tokens) if i and tokens[i - 1].type == "heading_open"]
    assert [t.content for t in headings] == [TITLE]
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
    html = MarkdownIt("commonmark").render(quotes_to_markdown([(tricky, article(title=TextField("# Hash *star*", span_of(TITLE))))]))
    assert "<blockquote>\n<p>*Not* a [link](x) &lt;b&gt;tag&lt;/b&gt;</p>\n</blockquote>" in html
    assert "— A_B, Energy Minister," in html
    assert "<em># Hash *star*</em>" in html


def test_markdown_without_a_title_has_no_heading():
    text = quotes_to_markdown([(quote(), article())])
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


# -- file names and writing --------------------------------------------------------------------


def test_default_export_name():
    assert default_export_name(article(), ".md") == "outage-schedules-will-be-shorter-from-august-didenko.md"
    assert default_export_name(article(), "csv", person="Oksana Didenko") == (
        "outage-schedules-will-be-shorter-from-august-didenko-oksana-didenko.csv"
    )
    untitled = article(title=None, path="/news/2024-07-22 Outage: Day 1.txt")
    assert default_export_name(untitled, ".md") == "2024-07-22-outage-day-1.md"
    assert default_export_name(article(title=None, path=None), ".md") == "quotes.md"
    odd = article(title=TextField('Sébastien: "No/yes?" <CON> *', span_of(TITLE)))
    assert default_export_name(odd, ".md") == "sebastien-no-yes-con.md"
    assert default_export_name(article(title=TextField("Con", span_of(TITLE))), ".md") == "con-quotes.md"
    long = article(title=TextField("word " * 40, span_of(TITLE)))
    name = default_export_name(long, ".md")
    assert len(name) <= 63 and name.endswith("word.md")


def test_write_export_never_overwrites_unless_asked(tmp_path):
    path = tmp_path / "quotes.md"
    assert write_export(path, "first\n") == path
    with pytest.raises(ExportExists) as caught:
        write_export(path, "second\n")
    assert caught.value.path == path
    assert str(caught.value) == f"{path}: already exists"
    assert path.read_text(encoding="utf-8") == "first\n"
    os.chmod(path, 0o640)
    write_export(path, "second\n", overwrite=True)
    assert path.read_text(encoding="utf-8") == "second\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.md"]  # no temporary left


def test_write_export_keeps_line_ends_and_utf8(tmp_path):
    path = write_export(tmp_path / "q.csv", quotes_to_csv([(quote(), article())]))
    data = path.read_bytes()
    assert data.count(b"\r\n") == 2 and b"\r\r\n" not in data
    assert "– Didenko".encode() in data
    with open(path, encoding="utf-8", newline="") as handle:
        assert next(csv.DictReader(handle))["Speaker"] == "Oksana Didenko"


def test_write_export_overwrite_when_nothing_is_there(tmp_path):
    assert write_export(tmp_path / "new.md", "x", overwrite=True).read_text() == "x"


@pytest.mark.parametrize("overwrite", [False, True])
def test_write_export_errors_are_one_line(tmp_path, overwrite):
    with pytest.raises(ExportError, match=r": no such folder .*missing$"):
        write_export(tmp_path / "missing" / "q.md", "x", overwrite=overwrite)
    with pytest.raises(ExportError, match=r": is a folder$"):
        write_export(tmp_path, "x", overwrite=overwrite)
