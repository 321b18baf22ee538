"""Hostile and broken input: nothing crashes, nothing is lost, nothing reaches the terminal.

Every file here is made at test time; no binary fixture is committed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.article.decode import UnreadableFile
from reader.article.read import find_articles, read_article
from tests.conftest import read_only, snapshot
from tests.test_parse import assert_nothing_lost

GOOD = (
    " date 2024-09-02 All Sections\nMinisters meet\n\nJane DoeMonday, 2 September 2024, 22:14\n\n"
    'Defence Minister Rustem Umierov met his counterpart.\n\n"We discussed joint production," Umierov said.\n'
)


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        cwd=cwd,
    )


def check_article(article) -> None:
    assert_nothing_lost(article)
    for quote in article.quotes:
        assert "\n".join(article.text[s.start : s.end] for s in quote.spans) == quote.text
    for person in article.people:
        for span in person.mentions:
            assert article.text[span.start : span.end] in (person.name, *person.aliases)


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t \n", "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        ("nul.txt", b"text\x00\x00\x00more\x00", "NUL bytes"),
    ],
)
def test_files_without_article_text_are_errors_for_themselves_only(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(GOOD)
    result = cli("extract", "--json", tmp_path)
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {Path(line["path"]).name for line in lines} == {name, "good.txt"}
    error = next(line for line in lines if "error" in line)
    assert reason in error["error"]
    assert f"{name}: " in result.stderr and "Traceback" not in result.stderr
    assert next(line for line in lines if "error" not in line)["quotes"][0]["speaker"] == "Rustem Umierov"


@pytest.mark.parametrize(
    "encode, encoding",
    [
        (lambda text: b"\xff\xfe" + text.encode("utf-16-le"), "utf-16-le"),
        (lambda text: b"\xfe\xff" + text.encode("utf-16-be"), "utf-16-be"),
        (lambda text: text.encode("cp1251", errors="replace"), "windows-1251"),
        (lambda text: text.replace("Umierov", "Umiérov").encode("latin-1"), None),
        (lambda text: text.replace("\n", "\r\n", 3).replace("\n\n", "\r\r").encode(), "utf-8"),
    ],
    ids=["utf-16-le", "utf-16-be", "windows-1251", "latin-1", "mixed-line-endings"],
)
def test_encodings_and_line_endings(tmp_path, encode, encoding):
    text = GOOD if encoding != "windows-1251" else GOOD + "\nМіністр заявив: «Ми працюємо над цим разом».\n"
    path = tmp_path / "a.txt"
    path.write_bytes(encode(text))
    article = read_article(path)
    if encoding:
        assert article.encoding == encoding
    assert "\r" not in article.text
    assert article.title.text == "Ministers meet"
    assert article.quotes[0].text == "We discussed joint production,"
    check_article(article)


def test_a_file_over_the_size_cap_is_listed_as_too_large_and_read_on_request(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("w") as handle:
        handle.write(GOOD)
        handle.write(("Filler paragraph about the war.\n" * 1000) * 660)  # about 20 MB
    (tmp_path / "good.txt").write_text(GOOD)
    result = cli("extract", "--json", tmp_path)
    assert result.returncode == 1
    assert "big.txt: too large (20." in result.stderr
    assert '"speaker": "Rustem Umierov"' in result.stdout
    with pytest.raises(UnreadableFile, match="too large"):
        read_article(big)
    small_enough = tmp_path / "five.txt"
    small_enough.write_text(GOOD + "x" * (5 * 2**20 - len(GOOD) - 100))
    assert read_article(small_enough).title.text == "Ministers meet"


def test_a_single_five_megabyte_line(tmp_path):
    sentence = 'Kovalenko said "the strike hit a school [a lyceum - ed.] at night" and left. '
    filler = "the convoy moved along the road past the fields and the river towards the town " * 8
    line = ((sentence + filler) * 9000)[: 5 * 2**20 - 200]
    path = tmp_path / "line.txt"
    path.write_text(line)
    article = read_article(path)
    assert len(article.blocks) == 1
    assert len(article.quotes) > 5000
    assert article.quotes[0].speaker == "Kovalenko"
    check_article(article)


def test_a_hundred_thousand_short_paragraphs(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text("".join(f"Paragraph {n}.\n" for n in range(100_000)))
    article = read_article(path)
    assert len(article.blocks) == 100_000
    check_article(article)


def test_unmatched_quotes_nested_brackets_and_very_long_names():
    from reader.article.read import article_from_text

    text = (
        "Lead.\n\n" + ' "open' * 1000 + "\n\n"
        + "[" * 5000 + "deep" + "]" * 5000 + "\n\n"
        + "Oleksandr " + "Kovalenko-" * 3000 + "Petrenko said it was fine.\n\n"
        + "Minister " + " ".join(["Koval"] * 2000) + " spoke.\n"
    )
    article = article_from_text(text)
    check_article(article)


def test_right_to_left_emoji_and_combining_characters():
    from reader.article.read import article_from_text

    text = (
        "Lead with עברית and العربية and \u202eoverride\u202c and 🇺🇦😀 and e\u0301\u0301\u0301.\n\n"
        '"Слава 🇺🇦 Україні, this is a test of marks," said Oksana Didenko.\n'
    )
    article = article_from_text(text)
    check_article(article)
    assert article.quotes[0].speaker == "Oksana Didenko"


def test_a_file_deleted_between_listing_and_opening(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD)
    paths = list(find_articles([tmp_path]))
    paths[0].unlink()
    with pytest.raises(UnreadableFile, match="file not found"):
        read_article(paths[0])
    assert read_article(paths[1]).quotes


def test_a_file_without_read_permission(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    if os.geteuid() != 0:  # a real permission error where the system gives one
        path.chmod(0)
        with pytest.raises(UnreadableFile, match="permission denied"):
            read_article(path)
        path.chmod(0o644)
    real_open = os.open

    def refusing_open(file, *args, **kwargs):  # root reads anything: make the refusal happen
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("os.open", refusing_open)
    with pytest.raises(UnreadableFile, match="permission denied"):
        read_article(path)


def test_a_symlink_loop_in_the_folder(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(GOOD)
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path, target_is_directory=True)
    names = sorted(path.name for path in find_articles([tmp_path]))
    assert names == ["a.txt", "b.txt"]
    result = cli("extract", "--json", tmp_path)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2


def test_a_file_that_grows_while_it_is_read(tmp_path):
    path = tmp_path / "growing.txt"
    path.write_text(GOOD)
    stop = threading.Event()

    def grow():
        with path.open("a") as handle:
            for _ in range(4000):  # up to about 250 KB, well under the size cap
                if stop.is_set():
                    break
                handle.write('More text, "quoted words that keep on coming," Umierov said.\n')
                handle.flush()

    writer = threading.Thread(target=grow)
    writer.start()
    try:
        for _ in range(5):
            check_article(read_article(path))
    finally:
        stop.set()
        writer.join()


def test_files_that_are_not_txt_are_ignored_in_folders(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.TXT").write_text(GOOD)
    for name in ("notes.md", "photo.jpg", "data.json", "archive.txt.gz", ".hidden.txt"):
        (tmp_path / name).write_bytes(b"\xff\xd8\xff" + bytes(100))
    assert sorted(path.name for path in find_articles([tmp_path])) == ["a.txt", "b.TXT"]


HOSTILE = (
    " date 2024-09-02 All Sections\n[bold red]Title with markup[/bold red] \x1b[31mred\x1b[0m\n\n"
    "Jane DoeMonday, 2 September 2024, 22:14\n\n"
    "Lead with [link=https://evil.example]a link[/link] and [@click=app.quit]click[/] and a bell\x07.\n\n"
    '"We moved \x1b[2J\x1b[Hthe cursor and wrote \x1b]52;c;aGVsbG8=\x07 to the clipboard and \x1b]8;;https://x\x1b\\\\linked\x1b]8;;\x1b\\\\ it," '
    "Defence Minister Rustem Umierov said.\n"
)


def test_escape_sequences_never_reach_the_terminal_from_any_command(tmp_path):
    (tmp_path / "hostile.txt").write_bytes(HOSTILE.encode())
    runs = [
        ("extract", tmp_path),
        ("extract", "--json", tmp_path),
        ("people", tmp_path),
        ("people", "--format", "json", tmp_path),
        ("people", "--format", "csv", tmp_path),
    ]
    runs += [("quotes", "--format", style, tmp_path) for style in ("default", "markdown", "apa", "mla", "chicago", "plain", "json", "csv")]
    for args in runs:
        result = cli(*args)
        assert result.returncode == 0, (args, result.stderr)
        for stream in (result.stdout, result.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream, args
    shown = cli("quotes", "--format", "plain", tmp_path).stdout
    assert "␛[2J" in shown  # shown as a visible, inert symbol
    assert "[bold red]" in cli("extract", tmp_path).stdout  # markup shown as text


def test_reader_never_writes_inside_the_library(tmp_path):
    library = tmp_path / "library"
    library.mkdir()
    (library / "good.txt").write_text(GOOD)
    (library / "hostile.txt").write_bytes(HOSTILE.encode())
    (library / "empty.txt").write_bytes(b"")
    with read_only(library):
        before = snapshot(library)
        for args in (("extract", "--json"), ("quotes",), ("people",)):
            cli(*args, library, cwd=tmp_path)
        assert snapshot(library) == before
