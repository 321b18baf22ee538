"""Property tests: for any text, parsing and extraction never raise and every span is honest."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.article.decode import UnreadableFile, decode
from reader.article.parse import parse
from reader.extract import extract
from tests.test_parse import assert_nothing_lost

FRAGMENTS = [
    " date 2024-09-02 All Sections\n",
    " date 2022-08-23 TUESDAY, 23 AUGUST 2022, 13:27\n",
    "Jane Doe, John RoeMonday, 2 September 2024, 22:14\n",
    "Photo: the ministry\n",
    "Source: Ihor Terekhov, the mayor of Kharkiv, on Telegram\n",
    "Quote: ",
    "Quote from Syrskyi: ",
    "Details: ",
    "Background:\n",
    "Support UP or become our patron!",
    "Advertisement:\n",
    "Subjects: WAR, KHARKIV\n",
    '"',
    "“",
    "”",
    "«",
    "»",
    "'",
    "’",
    "[hromada – ed.]",
    "[",
    "]",
    ", Umierov said.",
    ' said: "',
    "President Volodymyr Zelenskyy",
    "he added",
    "the minister said",
    "• ",
    "\n",
    "\n\n",
    " ",
    ".",
]

article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


def check_spans(article) -> None:
    text = article.text
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        assert text[block.start : block.end] == block.text
    for quote in article.quotes:
        assert "\n".join(text[span.start : span.end] for span in quote.spans) == quote.text
        assert all(0 <= span.start <= span.end <= len(text) for span in quote.spans)
    for person in article.people:
        assert person.name
        for span in person.mentions:
            assert text[span.start : span.end] in (person.name, *person.aliases)


def check_text_as_a_file(text: str) -> None:
    """Read ``text`` as a file's bytes would be: nothing of it lost, every span valid."""
    try:
        decoded = decode(text.encode("utf-8", errors="surrogatepass"))
    except (UnreadableFile, UnicodeDecodeError):
        return
    article = parse(decoded.text)
    assert_nothing_lost(article)
    check_spans(extract(article))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_parse_and_extract_never_raise_and_spans_hold(text):
    check_text_as_a_file(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_give_a_reason(data):
    try:
        decoded = decode(data)
    except UnreadableFile as error:
        assert str(error) and "\n" not in str(error)
        return
    assert "\r" not in decoded.text
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in decoded.text)
    check_spans(extract(parse(decoded.text)))


def _sample_texts() -> list[str]:
    from tests.conftest import SAMPLES

    return [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_sample_texts()),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(FRAGMENTS + ["\x1b[31m", "\x00", "🇺🇦", "\u202e"])), max_size=12),
    st.floats(0, 1),
)
def test_mutated_real_format_articles_keep_every_invariant(text, insertions, cut):
    for where, fragment in insertions:
        at = int(where * len(text))
        text = text[:at] + fragment + text[at:]
    text = text[: max(1, int(cut * len(text) * 2))]  # sometimes cut short
    check_text_as_a_file(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "bc", "дім", "“", "—", " ", "  ", "\xa0", "x" * 23, "Ω"]), max_size=40).map("".join),
    st.integers(min_value=1, max_value=30),
)
def test_narrow_text_is_wrapped_as_cell_by_cell_wrapping_would(text, width):
    """The article pane lays out text of one-cell characters by position (fast on files of
    megabytes); the lines are exactly those of measuring word by word, cell by cell."""
    from reader.ui.widgets.article_view import _NARROW, _wrap_cells, _wrap_narrow, wrap

    assert _NARROW.fullmatch(text)
    assert _wrap_narrow(text, width) == _wrap_cells(text, width) == wrap(text, width)
    assert wrap(text + "\t界", width) == _wrap_cells(text + "\t界", width)  # any other text: cell by cell


_MARKS_AND_WORDS = st.lists(
    st.sampled_from(['"', "“", "”", "«", "»", "„", "‟", "″", "'", "’", "a", "Z", "é", "_", "-", " ", ",", "\u0301", "1"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARKS_AND_WORDS)
def test_the_marks_pattern_finds_what_its_plain_form_finds(text):
    """The quotation marks pattern is written to start with a set of characters (fast to search);
    it finds exactly the marks of its plain form: a mark, or two apostrophes or more."""
    import re

    from reader.extract.quotes import MARKS

    plain = re.compile(r"""["“”«»„‟″]|''+""")
    assert [m.span() for m in MARKS.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_MARKS_AND_WORDS, st.sampled_from(["a", "ab", "é", "a-", "_a", "Za"]))
def test_whole_word_search_answers_as_the_regular_expression_would(text, word):
    import re

    from reader.extract.speakers.references import _whole_word_in

    assert _whole_word_in(text, word) == bool(re.search(rf"\b{re.escape(word)}\b", text))
    after = re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None
    assert _whole_word_in(text, " " + word, after_lower_case_or_comma=True) == after


@settings(max_examples=400, deadline=None)
@given(_MARKS_AND_WORDS)
def test_the_word_patterns_find_what_their_plain_forms_find(text):
    """The word patterns use possessive quantifiers (no backtracking); the words are the same."""
    import re

    from reader.extract.entities.tokens import TOKEN
    from reader.extract.quotes import _WORD

    assert TOKEN.findall(text) == re.findall(r"\w+(?:['’]\w+|-\w+)*", text)
    assert _WORD.findall(text) == re.findall(r"\w+(?:['’-]\w+)*", text)
