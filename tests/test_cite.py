"""Every citation style, in the eight situations the issue lists, plus the edge cases."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from reader.model import Quote, TextField
from reader.output.cite import (
    STYLES,
    apa_name,
    cite,
    markdown_escape,
    mla_name,
    split_name,
    terminal_safe,
    title_case,
)
from tests.citing import (
    CASES,
    FANTASY,
    GUARANTEE,
    TEXT,
    TITLE,
    article,
    organisation_quote,
    quote,
    span_of,
)

T = TITLE  # as the article writes it: default, markdown, APA
TC = "Outage Schedules Will Be Shorter from August – Didenko"  # title case: MLA, Chicago
Q = "We will not promise what we cannot guarantee"

EXPECTED: dict[str, dict[str, str]] = {
    "full": {
        "default": f"“{Q}” — Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, “{T}”, 22 July 2024",
        "markdown": f"> {Q}\n\n— Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, *{T}*, 22 July 2024",
        "apa": (
            f"“{Q}” (Didenko, as cited in Kovalchuk, 2024).\n\n"
            f"Kovalchuk, O. (2024, July 22). {T}. *Ukrainska Pravda*."
        ),
        "mla": (
            f"Oksana Didenko: “{Q}” (qtd. in Kovalchuk).\n\n"
            f"Kovalchuk, Olena. “{TC}.” *Ukrainska Pravda*, 22 July 2024."
        ),
        "chicago": (
            f"“{Q}”\n\n"
            f"Oksana Didenko, quoted in Olena Kovalchuk, “{TC},” *Ukrainska Pravda*, July 22, 2024."
        ),
        "plain": f"“{Q}” — Oksana Didenko",
    },
    "unknown speaker": {  # said plainly in every style
        "default": f"“{Q}” — speaker not named in the article, quoted in Ukrainska Pravda, “{T}”, 22 July 2024",
        "markdown": f"> {Q}\n\n— speaker not named in the article, quoted in Ukrainska Pravda, *{T}*, 22 July 2024",
        "apa": (
            f"“{Q}” (speaker not named in the article, as cited in Kovalchuk, 2024).\n\n"
            f"Kovalchuk, O. (2024, July 22). {T}. *Ukrainska Pravda*."
        ),
        "mla": (
            f"Speaker not named in the article: “{Q}” (qtd. in Kovalchuk).\n\n"
            f"Kovalchuk, Olena. “{TC}.” *Ukrainska Pravda*, 22 July 2024."
        ),
        "chicago": f"“{Q}”\n\nSpeaker not named in the article, quoted in Olena Kovalchuk, “{TC},” *Ukrainska Pravda*, July 22, 2024.",
        "plain": f"“{Q}” — speaker not named in the article",
    },
    "no role": {
        "default": f"“{Q}” — Oksana Didenko, quoted in Ukrainska Pravda, “{T}”, 22 July 2024",
        "markdown": f"> {Q}\n\n— Oksana Didenko, quoted in Ukrainska Pravda, *{T}*, 22 July 2024",
        "apa": (
            f"“{Q}” (Didenko, as cited in Kovalchuk, 2024).\n\n"
            f"Kovalchuk, O. (2024, July 22). {T}. *Ukrainska Pravda*."
        ),
        "mla": (
            f"Oksana Didenko: “{Q}” (qtd. in Kovalchuk).\n\n"
            f"Kovalchuk, Olena. “{TC}.” *Ukrainska Pravda*, 22 July 2024."
        ),
        "chicago": (
            f"“{Q}”\n\n"
            f"Oksana Didenko, quoted in Olena Kovalchuk, “{TC},” *Ukrainska Pravda*, July 22, 2024."
        ),
        "plain": f"“{Q}” — Oksana Didenko",
    },
    "several authors": {
        "default": (
            f"“{Q}” — Oksana Didenko, Energy Minister, quoted in Mariia Yemets and Tetiana Oliynyk, "
            f"“{T}”, 22 July 2024"
        ),
        "markdown": (
            f"> {Q}\n\n— Oksana Didenko, Energy Minister, quoted in Mariia Yemets and Tetiana "
            f"Oliynyk, *{T}*, 22 July 2024"
        ),
        "apa": (
            f"“{Q}” (Didenko, as cited in Yemets & Oliynyk, 2024).\n\n"
            f"Yemets, M., & Oliynyk, T. (2024, July 22). {T}."
        ),
        "mla": (
            f"Oksana Didenko: “{Q}” (qtd. in Yemets and Oliynyk).\n\n"
            f"Yemets, Mariia, and Tetiana Oliynyk. “{TC}.” 22 July 2024."
        ),
        "chicago": (
            f"“{Q}”\n\n"
            f"Oksana Didenko, quoted in Mariia Yemets and Tetiana Oliynyk, “{TC},” July 22, 2024."
        ),
        "plain": f"“{Q}” — Oksana Didenko",
    },
    "outlet only": {
        "default": f"“{Q}” — Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, “{T}”, 22 July 2024",
        "markdown": f"> {Q}\n\n— Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, *{T}*, 22 July 2024",
        "apa": (
            f"“{Q}” (Didenko, as cited in Ukrainska Pravda, 2024).\n\n"
            f"Ukrainska Pravda. (2024, July 22). {T}."
        ),
        "mla": (
            f"Oksana Didenko: “{Q}” (qtd. in Ukrainska Pravda).\n\n"
            f"Ukrainska Pravda. “{TC}.” 22 July 2024."
        ),
        "chicago": f"“{Q}”\n\nOksana Didenko, quoted in “{TC},” *Ukrainska Pravda*, July 22, 2024.",
        "plain": f"“{Q}” — Oksana Didenko",
    },
    "no date": {
        "default": f"“{Q}” — Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, “{T}”",
        "markdown": f"> {Q}\n\n— Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, *{T}*",
        "apa": (
            f"“{Q}” (Didenko, as cited in Kovalchuk, n.d.).\n\n"
            f"Kovalchuk, O. (n.d.). {T}. *Ukrainska Pravda*."
        ),
        "mla": (
            f"Oksana Didenko: “{Q}” (qtd. in Kovalchuk).\n\n"
            f"Kovalchuk, Olena. “{TC}.” *Ukrainska Pravda*."
        ),
        "chicago": f"“{Q}”\n\nOksana Didenko, quoted in Olena Kovalchuk, “{TC},” *Ukrainska Pravda*.",
        "plain": f"“{Q}” — Oksana Didenko",
    },
    "multi-paragraph": {
        "default": (
            "“The schedules depend on two things: the weather and Russian missiles.\n"
            "“But the worst weeks are behind us” — Oksana Didenko, Energy Minister, quoted in "
            f"Ukrainska Pravda, “{T}”, 22 July 2024"
        ),
        "markdown": (
            "> The schedules depend on two things: the weather and Russian missiles.\n"
            ">\n"
            "> But the worst weeks are behind us\n\n"
            f"— Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, *{T}*, 22 July 2024"
        ),
        "apa": (
            "“The schedules depend on two things: the weather and Russian missiles. But the worst "
            "weeks are behind us” (Didenko, as cited in Kovalchuk, 2024).\n\n"
            f"Kovalchuk, O. (2024, July 22). {T}. *Ukrainska Pravda*."
        ),
        "mla": (
            "Oksana Didenko: “The schedules depend on two things: the weather and Russian missiles. "
            "But the worst weeks are behind us” (qtd. in Kovalchuk).\n\n"
            f"Kovalchuk, Olena. “{TC}.” *Ukrainska Pravda*, 22 July 2024."
        ),
        "chicago": (
            "“The schedules depend on two things: the weather and Russian missiles. But the worst "
            "weeks are behind us”\n\n"
            f"Oksana Didenko, quoted in Olena Kovalchuk, “{TC},” *Ukrainska Pravda*, July 22, 2024."
        ),
        "plain": (
            "“The schedules depend on two things: the weather and Russian missiles.\n"
            "“But the worst weeks are behind us” — Oksana Didenko"
        ),
    },
    "quotation marks": {
        "default": (
            "“They call it ‘a fantasy’, but it is a schedule” — Oksana Didenko, Energy Minister, "
            f"quoted in Ukrainska Pravda, “{T}”, 22 July 2024"
        ),
        "markdown": (
            '> They call it "a fantasy", but it is a schedule\n\n'
            f"— Oksana Didenko, Energy Minister, quoted in Ukrainska Pravda, *{T}*, 22 July 2024"
        ),
        "apa": (
            "“They call it ‘a fantasy’, but it is a schedule” (Didenko, as cited in Kovalchuk, "
            "2024).\n\n"
            f"Kovalchuk, O. (2024, July 22). {T}. *Ukrainska Pravda*."
        ),
        "mla": (
            "Oksana Didenko: “They call it ‘a fantasy’, but it is a schedule” (qtd. in "
            "Kovalchuk).\n\n"
            f"Kovalchuk, Olena. “{TC}.” *Ukrainska Pravda*, 22 July 2024."
        ),
        "chicago": (
            "“They call it ‘a fantasy’, but it is a schedule”\n\n"
            f"Oksana Didenko, quoted in Olena Kovalchuk, “{TC},” *Ukrainska Pravda*, July 22, 2024."
        ),
        "plain": "“They call it ‘a fantasy’, but it is a schedule” — Oksana Didenko",
    },
}

TEXT_STYLES = [style for style in STYLES if style != "json"]


def test_every_style_and_case_has_an_expected_output():
    assert set(EXPECTED) == set(CASES)
    for case in EXPECTED.values():
        assert set(case) == set(TEXT_STYLES)


@pytest.mark.parametrize("style", TEXT_STYLES)
@pytest.mark.parametrize("case", list(CASES))
def test_style(case, style):
    the_quote, the_article = CASES[case]()
    assert cite(the_quote, the_article, style) == EXPECTED[case][style]


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("style", TEXT_STYLES)
def test_no_unknown_part_leaks(case, style):
    text = cite(*CASES[case](), style)
    for bad in ("None", "()", "[]", "“”", ",,", ", ,", "..", " ,", " .", "**", ",.", "?.", ".”.", ",”,"):
        assert bad not in text


# -- json --------------------------------------------------------------------------------------

FULL_RECORD = {
    "quote": GUARANTEE,
    "speaker": "Oksana Didenko",
    "speaker_kind": "person",
    "role": "Energy Minister",
    "attribution": "verb-after",
    "truncated": False,
    "path": "/news/2024-07-22-outage.txt",
    "title": TITLE,
    "authors": ["Olena Kovalchuk"],
    "outlets": ["Ukrainska Pravda"],
    "section": "Economy",
    "date": "2024-07-22",
    "published": "2024-07-22T20:51",
    "spans": [[144, 189]],
    "target": {
        "source": "file:///news/2024-07-22-outage.txt",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": GUARANTEE,
                "prefix": 'daMonday, 22 July 2024, 20:51\n\n"',
                "suffix": '" Energy Minister Oksana Didenko',
            },
            {"type": "TextPositionSelector", "start": 144, "end": 189},
        ],
    },
}


def _record(**changes):
    record = json.loads(json.dumps(FULL_RECORD))
    record.update(changes)
    return record


def _selectors(fragment, start, end, prefix, suffix):
    return {
        "source": "file:///news/2024-07-22-outage.txt",
        "selector": [
            {"type": "TextQuoteSelector", "exact": fragment, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


EXPECTED_JSON = {
    "full": FULL_RECORD,
    "unknown speaker": _record(speaker=None, speaker_kind=None, role=None, attribution=None),
    "no role": _record(role=None),
    "several authors": _record(authors=["Mariia Yemets", "Tetiana Oliynyk"], outlets=[]),
    "outlet only": _record(authors=[]),
    "no date": _record(date=None, published=None),
    "multi-paragraph": _record(
        quote="The schedules depend on two things: the weather and Russian missiles.\n"
        "But the worst weeks are behind us,",
        spans=[[230, 299], [302, 336]],
        target=_selectors(
            "The schedules depend on two things: the weather and Russian missiles.\n\n"
            '"But the worst weeks are behind us,',
            230,
            336,
            'Minister Oksana Didenko said.\n\n"',
            '" she added.\n\n“They call it "a f',
        ),
    ),
    "quotation marks": _record(
        quote=FANTASY,
        spans=[[351, 398]],
        target=_selectors(
            FANTASY, 351, 398, 'ks are behind us," she added.\n\n“', '” Didenko said.\n\n"Every househol'
        ),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_json_style(case):
    the_quote, the_article = CASES[case]()
    record = json.loads(cite(the_quote, the_article, "json"))
    assert record == EXPECTED_JSON[case]


@pytest.mark.parametrize("case", list(CASES))
def test_json_selectors_find_the_quote_again(case):
    the_quote, the_article = CASES[case]()
    quote_selector, position = json.loads(cite(the_quote, the_article, "json"))["target"]["selector"]
    exact = quote_selector["exact"]
    assert TEXT[position["start"] : position["end"]] == exact
    assert TEXT.count(quote_selector["prefix"] + exact + quote_selector["suffix"]) == 1
    for start, end in json.loads(cite(the_quote, the_article, "json"))["spans"]:
        assert TEXT[start:end] in the_quote.text


def test_json_selectors_when_the_spans_do_not_fit_the_text():
    record = json.loads(cite(quote(), article(text="short"), "json"))
    assert record["target"]["selector"] == [{"type": "TextQuoteSelector", "exact": GUARANTEE}]


def test_json_without_a_path_has_no_source():
    record = json.loads(cite(quote(), article(path=None), "json"))
    assert record["target"]["source"] is None and record["path"] is None


# -- the rules behind the styles ---------------------------------------------------------------


def test_organisation_speaks_as_a_corporate_author():
    the_quote = organisation_quote()
    assert cite(the_quote, article(), "apa").startswith(
        "“Every household that switches off the air conditioner helps” "
        "(Ukrenergo, as cited in Kovalchuk, 2024)."
    )
    assert cite(the_quote, article(), "default").startswith(
        "“Every household that switches off the air conditioner helps” — Ukrenergo, quoted in"
    )
    assert cite(the_quote, article(), "chicago").split("\n\n")[1].startswith(
        "Ukrenergo, quoted in Olena Kovalchuk,"
    )
    person_named_like_one = replace(the_quote, speaker="Ukrenergo Press Office", speaker_kind="organisation")
    assert "(Ukrenergo Press Office, as cited in" in cite(person_named_like_one, article(), "apa")


def test_three_and_four_authors():
    three = article(authors=("Mariia Yemets", "Tetiana Oliynyk", "Ivan Petrenko"), outlets=())
    assert "(Didenko, as cited in Yemets et al., 2024)." in cite(quote(), three, "apa")
    assert "Yemets, M., Oliynyk, T., & Petrenko, I. (2024, July 22)." in cite(quote(), three, "apa")
    assert "(qtd. in Yemets et al.)." in cite(quote(), three, "mla")
    assert "\n\nYemets, Mariia, et al. “" in cite(quote(), three, "mla")
    assert "quoted in Mariia Yemets, Tetiana Oliynyk, and Ivan Petrenko, “" in cite(quote(), three, "chicago")
    assert "quoted in Mariia Yemets, Tetiana Oliynyk and Ivan Petrenko, “" in cite(quote(), three, "default")
    four = replace(three, authors=three.authors + ("Anna Koval",))
    assert "quoted in Mariia Yemets et al., “" in cite(quote(), four, "chicago")


def test_several_outlets():
    both = article(authors=(), outlets=("European Pravda", "Ukrainska Pravda"))
    assert "quoted in European Pravda and Ukrainska Pravda, “" in cite(quote(), both, "default")
    assert "European Pravda, & Ukrainska Pravda. (2024, July 22)." in cite(quote(), both, "apa")
    assert "(Didenko, as cited in European Pravda & Ukrainska Pravda, 2024)." in cite(quote(), both, "apa")


def test_no_title():
    untitled = article(title=None)
    assert cite(quote(), untitled, "default").endswith("quoted in Ukrainska Pravda, 22 July 2024")
    assert cite(quote(), untitled, "markdown").endswith("quoted in Ukrainska Pravda, 22 July 2024")
    assert cite(quote(), untitled, "apa").endswith(
        "Kovalchuk, O. (2024, July 22). [Untitled article]. *Ukrainska Pravda*."
    )
    assert cite(quote(), untitled, "mla").endswith(
        "Kovalchuk, Olena. Untitled article. *Ukrainska Pravda*, 22 July 2024."
    )
    assert cite(quote(), untitled, "chicago").endswith(
        "Oksana Didenko, quoted in Olena Kovalchuk, *Ukrainska Pravda*, July 22, 2024."
    )


def test_no_author_and_no_outlet_moves_the_title_forward():
    anonymous = article(authors=(), outlets=())
    apa = cite(quote(), anonymous, "apa")
    assert apa == (
        f"“{Q}” (Didenko, as cited in “{TC},” 2024).\n\n{T}. (2024, July 22)."
    )
    assert cite(quote(), anonymous, "mla") == (
        f"Oksana Didenko: “{Q}” (qtd. in “{TC}”).\n\n“{TC}.” 22 July 2024."
    )
    assert cite(quote(), anonymous, "chicago").endswith(f"Oksana Didenko, quoted in “{TC},” July 22, 2024.")
    assert cite(quote(), anonymous, "default").endswith(f"— Oksana Didenko, Energy Minister, “{T}”, 22 July 2024")


def test_nothing_known_about_the_article():
    bare = article(authors=(), outlets=(), title=None, date=None, published=None, section=None)
    assert cite(quote(), bare, "default") == f"“{Q}” — Oksana Didenko, Energy Minister"
    assert cite(quote(speaker=None), bare, "default") == f"“{Q}” — speaker not named in the article"
    assert cite(quote(speaker=None), bare, "chicago") == f"“{Q}”\n\nSpeaker not named in the article, quoted in untitled article."
    assert cite(quote(), bare, "chicago") == f"“{Q}”\n\nOksana Didenko, quoted in untitled article."
    dated = replace(bare, date=date(2025, 4, 3))
    assert cite(quote(), dated, "chicago") == f"“{Q}”\n\nOksana Didenko, quoted in untitled article, April 3, 2025."
    assert cite(quote(), bare, "apa") == (
        f"“{Q}” (Didenko, as cited in [Untitled article], n.d.).\n\n[Untitled article]. (n.d.)."
    )


def test_title_ending_in_a_question_mark_takes_no_more_punctuation():
    asking = article(title=TextField("Will the outages end?", span_of(TITLE)))
    assert "“Will the Outages End?” *Ukrainska Pravda*, July 22, 2024." in cite(quote(), asking, "chicago")
    assert "Kovalchuk, Olena. “Will the Outages End?” *Ukrainska Pravda*" in cite(quote(), asking, "mla")
    assert "(2024, July 22). Will the outages end? *Ukrainska Pravda*." in cite(quote(), asking, "apa")
    last = article(title=TextField("Will the outages end?", span_of(TITLE)), outlets=(), date=None, published=None)
    assert cite(quote(), last, "chicago").endswith("Olena Kovalchuk, “Will the Outages End?”")


def test_title_with_quotation_marks_nests_them():
    said = article(title=TextField('Didenko: "The worst is behind us"', span_of(TITLE)))
    assert "“Didenko: ‘The worst is behind us’”" in cite(quote(), said, "default")
    assert '*Didenko: "The worst is behind us"*' in cite(quote(), said, "markdown")
    assert "“Didenko: ‘The Worst Is behind Us.’”" in cite(quote(), said, "mla")
    assert "“Didenko: ‘The Worst Is behind Us,’” *Ukrainska" in cite(quote(), said, "chicago")
    assert '(2024, July 22). Didenko: "The worst is behind us." *Ukrainska' in cite(quote(), said, "apa")
    possessive = article(title=TextField("Support for the ministers’", span_of(TITLE)))
    assert "“Support for the Ministers’.”" in cite(quote(), possessive, "mla")


def test_a_quote_ending_its_sentence():
    full_stop = quote("The schedules depend on two things: the weather and Russian missiles.")
    # APA and MLA: the period moves after the parenthesis; the others keep the quote's own.
    assert cite(full_stop, article(), "apa").startswith(
        "“The schedules depend on two things: the weather and Russian missiles” (Didenko,"
    )
    assert "missiles” (qtd. in Kovalchuk)." in cite(full_stop, article(), "mla")
    assert cite(full_stop, article(), "plain") == (
        "“The schedules depend on two things: the weather and Russian missiles.” — Oksana Didenko"
    )
    asking = quote("Why?", spans=(span_of("We will"),))
    assert cite(asking, article(), "apa").startswith("“Why?” (Didenko, as cited in Kovalchuk, 2024).")


def test_a_truncated_quote_ends_with_an_ellipsis():
    cut = quote("We will not promise what we", truncated=True)
    assert cite(cut, article(), "plain") == "“We will not promise what we…” — Oksana Didenko"
    assert cite(cut, article(), "markdown").startswith("> We will not promise what we…\n")


def test_markdown_escapes_what_would_change_the_rendering():
    tricky = quote("*Not* a [link](x) or <b>tag</b> or `code`, 1. or # heading", spans=(span_of("We"),))
    first = cite(tricky, article(), "markdown").split("\n")[0]
    assert first == r"> \*Not\* a \[link\](x) or \<b\>tag\</b\> or \`code\`, 1. or # heading"
    assert markdown_escape("- a list?\n2. no\n# no") == "\\- a list?\n2\\. no\n\\# no"
    starred = article(authors=(), outlets=("Star*News",))
    assert r"quoted in Star\*News" in cite(quote(), starred, "markdown")


def test_terminal_safety():
    escapes = "\x1b]0;pwned\x07\x1b[31m\x9b2J\x7f\r"
    hostile_quote = quote(
        f"We will {escapes}not",
        spans=(span_of(GUARANTEE),),
        speaker=f"Oksana {escapes}Didenko",
        speaker_role=escapes,
    )
    hostile = article(
        title=TextField(f"Title {escapes}", span_of(TITLE)),
        authors=(f"Olena {escapes}Kovalchuk",),
        outlets=(f"UP{escapes}",),
        path=f"/news/{escapes}.txt",
    )
    for style in STYLES:
        text = cite(hostile_quote, hostile, style)
        assert not any(ord(char) < 0x20 and char not in "\n\t" for char in text), style
        assert not any(0x7F <= ord(char) <= 0x9F for char in text), style
    assert "␛" in cite(hostile_quote, hostile, "default")
    record = json.loads(cite(hostile_quote, hostile, "json"))
    assert record["speaker"] == f"Oksana {escapes}Didenko"  # still the data, escaped in JSON
    assert terminal_safe("a\tb\nc\x1b") == "a\tb\nc␛"


def test_unknown_style():
    with pytest.raises(ValueError, match="unknown citation style 'harvard'; one of default, "):
        cite(quote(), article(), "harvard")


def test_styles_the_app_lists():
    assert list(STYLES) == ["default", "markdown", "apa", "mla", "chicago", "plain", "json"]
    assert cite(quote(), article()) == EXPECTED["full"]["default"]


# -- names and titles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "apa", "mla"),
    [
        ("Mariia Yemets", "Yemets, M.", "Yemets, Mariia"),
        ("Jean-Paul Sartre", "Sartre, J.-P.", "Sartre, Jean-Paul"),
        ("Ursula von der Leyen", "von der Leyen, U.", "von der Leyen, Ursula"),
        ("Martin Luther King Jr.", "King, M. L., Jr.", "King, Martin Luther, Jr."),
        ("Sébastien Lecornu", "Lecornu, S.", "Lecornu, Sébastien"),
        ("Madonna", "Madonna", "Madonna"),
    ],
)
def test_author_names(name, apa, mla):
    assert apa_name(name) == apa
    assert mla_name(name) == mla


def test_split_name():
    assert split_name("Ursula von der Leyen") == (["Ursula"], "von der Leyen", None)
    assert split_name("de Gaulle") == (["de"], "Gaulle", None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (TITLE, TC),
        ("what is at stake?", "What Is at Stake?"),
        ("Ukraine's F-16s: a well-known hub in the making", "Ukraine's F-16s: A Well-Known Hub in the Making"),
        ("von der Leyen says 100 km zone is safe", "von der Leyen Says 100 km Zone Is Safe"),
        ("US delegation visits iPhone plant", "US Delegation Visits iPhone Plant"),
        ("the road to go through", "The Road to Go Through"),
        ("no threat from Belarus so far, says border guard", "No Threat from Belarus So Far, Says Border Guard"),
        ("ukrainians buy bonds through diia app", "Ukrainians Buy Bonds through Diia App"),
    ],
)
def test_title_case(title, expected):
    assert title_case(title) == expected


def test_quote_model_defaults_cite_cleanly():
    bare = Quote(text="  words   spread\n\n out ,", spans=(span_of("We will"),))
    assert cite(bare, article(), "plain") == "“words spread\n“out” — speaker not named in the article"
