"""Bytes to text: encodings, line endings, control characters, and files that are not text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article.decode import UnreadableFile, decode


def test_utf8_with_and_without_bom_decode_the_same():
    plain = decode("Zelenskyy’s address".encode())
    with_bom = decode(b"\xef\xbb\xbf" + "Zelenskyy’s address".encode())
    assert plain.text == with_bom.text == "Zelenskyy’s address"
    assert plain.problems == with_bom.problems == ()


def test_crlf_and_lone_cr_become_newlines():
    decoded = decode(b"Title\r\n\r\nFirst paragraph.\rSecond paragraph.\n")
    assert decoded.text == "Title\n\nFirst paragraph.\nSecond paragraph.\n"


def test_windows_1251_is_decoded_with_a_fallback_and_says_so():
    data = "Київ. Заява міністра оборони про переговори.".encode("cp1251")
    decoded = decode(data)
    assert decoded.text == "Київ. Заява міністра оборони про переговори."
    assert decoded.encoding == "windows-1251"
    assert any("windows-1251" in problem for problem in decoded.problems)


def test_latin1_is_decoded_with_a_fallback_and_says_so():
    data = "Sébastien Lecornu a déclaré à Paris".encode("latin-1")
    decoded = decode(data)
    assert decoded.text == "Sébastien Lecornu a déclaré à Paris"
    assert decoded.encoding in ("windows-1252", "latin-1")
    assert any("not UTF-8" in problem for problem in decoded.problems)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    decoded = decode(bom + "Quote: “Be careful.”".encode(codec))
    assert decoded.text == "Quote: “Be careful.”"


def test_empty_file_is_an_error():
    with pytest.raises(UnreadableFile, match="empty"):
        decode(b"")


def test_whitespace_only_file_is_an_error():
    with pytest.raises(UnreadableFile, match="only whitespace"):
        decode(b"  \r\n\t\n")


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG"),
        (b"some text\x00\x00\x00with NUL bytes", "NUL"),
    ],
)
def test_binary_files_are_errors_with_a_reason(data, what):
    with pytest.raises(UnreadableFile, match=what):
        decode(data)


def test_control_characters_become_visible_inert_symbols_of_the_same_length():
    raw = "Red \x1b[31mtext\x1b[0m and a bell\x07 and OSC 52 \x1b]52;c;aGk=\x07 end"
    decoded = decode(raw.encode())
    assert "\x1b" not in decoded.text and "\x07" not in decoded.text
    assert len(decoded.text) == len(raw)
    assert "␛[31m" in decoded.text and "␇" in decoded.text
    assert any("control character" in problem for problem in decoded.problems)


def test_c1_controls_are_replaced_too():
    decoded = decode("a\u009b31mb".encode())
    assert "\u009b" not in decoded.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40))
def test_no_control_character_survives_decoding(inserted):
    """Whatever UTF-8 text a file holds (in an ordinary article, so that it is not taken for
    binary data), no control character but tab and newline is left in the decoded text; the
    decoder skips its search only when the bytes show none."""
    decoded = decode(("An ordinary paragraph of the article. " * 30 + inserted).encode("utf-8"))
    assert not any(
        (ord(char) < 0x20 and char not in "\t\n") or 0x7F <= ord(char) <= 0x9F for char in decoded.text
    )


def test_text_once_read_with_the_wrong_encoding_is_repaired_and_says_so():
    broken = "The base at Guant\u00c3\u00a1namo will close, \u00e2\u20ac\u0153we are ready,\u00e2\u20ac\u009d the mayor said.\n"
    decoded = decode(broken.encode())
    assert decoded.text == "The base at Guantánamo will close, “we are ready,” the mayor said.\n"
    assert any("broken encoding repaired" in problem for problem in decoded.problems)
    # the same, saved with its letters decomposed ("A" and a combining tilde for "Ã")
    assert decode("Enrique PeA\u0303\u00b1a spoke.".encode()).text == "Enrique Peña spoke."


def test_clean_text_is_left_alone_and_does_not_load_the_repairer():
    import subprocess
    import sys

    script = (
        "import sys; from reader.article.decode import decode; "
        "d = decode('Sébastien said “yes” – naïve, déjà vu, 3×4 = 12, Zürich’s mayor.'.encode()); "
        "assert d.problems == (), d.problems; assert d.text.startswith('Sébastien'); "
        "assert 'ftfy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_repaired_article_quotes_point_into_the_repaired_text(tmp_path):
    from reader.article.read import read_article

    path = tmp_path / "broken.txt"
    path.write_bytes(
        "Mayor backs harbour plan\n\nJos\u00c3\u00a9 Pe\u00c3\u00b1a spoke on Monday.\n\n"
        "\u00e2\u20ac\u0153The harbour will be deepened this year,\u00e2\u20ac\u009d Jos\u00c3\u00a9 Pe\u00c3\u00b1a said.\n".encode()
    )
    article = read_article(path)
    assert "José Peña said" in article.text
    assert any("broken encoding repaired" in problem for problem in article.problems)
    (quote,) = article.quotes
    assert quote.speaker == "José Peña"
    assert [article.text[span.start : span.end] for span in quote.spans] == [quote.text]
