"""Faults and hostile names, from the command line: file names that are not UTF-8 or hold
escape codes, files that are not regular files, a damaged, locked, read-only or foreign index.
Nothing lost, nothing hangs, nothing escapes to the terminal (issue 15).

Every file and index is made at test time.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

SAMPLE = (SAMPLES / "2024-03-14-kharkiv-shelling.txt").read_bytes()
NOT_UTF8 = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name, as Python holds it
ESCAPES = "x\x1b]0;TITLE\x07 \x1b[2J\x1b]52;c;cHduZWQ=\x07.txt"


def run(*args: object, env: dict[str, str] | None = None, timeout: float = 60, **options) -> subprocess.CompletedProcess[bytes]:
    """``reader ARGS`` in a subprocess; its output as bytes, exactly as the terminal would get it."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True, timeout=timeout, env=env, **options,
    )  # fmt: skip


def no_terminal_codes(output: bytes) -> None:
    """No control character a terminal would act on (C0 but tab and newline, DEL, C1)."""
    text = output.decode("utf-8", errors="surrogateescape")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), text


# -- 1. File names that are not UTF-8 ---------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_indexed_searched_and_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / NOT_UTF8).write_bytes(SAMPLE)
    (folder / "plain.txt").write_bytes(SAMPLE.replace(b"Saltivka", b"Oleksiivka"))
    indexed = run("index", folder)
    assert indexed.returncode == 0 and b"Traceback" not in indexed.stderr
    assert b"2 files: 2 read" in indexed.stdout
    found = run("search", "--json", folder, "saltivka")
    assert found.returncode == 0 and b"Traceback" not in found.stderr
    [hit] = [json.loads(line) for line in found.stdout.splitlines()]
    assert os.path.exists(hit["path"]) and hit["path"].endswith(NOT_UTF8)  # can be opened again
    shown = run("search", folder, "saltivka")
    assert b"caf\\xe9.txt" in shown.stdout  # the byte shown escaped, never as '?'
    text = run("extract", folder)
    assert text.returncode == 0 and b"== " + os.fsencode(str(folder)) + b"/caf\\xe9.txt" in text.stdout
    lines = [json.loads(line) for line in run("extract", "--json", folder).stdout.splitlines()]
    assert sorted(Path(line["path"]).name for line in lines) == sorted([NOT_UTF8, "plain.txt"])
    assert all(os.path.exists(line["path"]) for line in lines)


def test_an_index_knows_a_non_utf8_name_as_the_same_file_on_the_next_refresh(tmp_path: Path) -> None:
    from reader.library.library import Library

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / NOT_UTF8).write_bytes(SAMPLE)
    with Library([folder]) as library:
        list(library.refresh())
        assert [entry.key for entry in library.entries()] == [str(folder / NOT_UTF8)]
        assert library.entry(str(folder / NOT_UTF8)) is not None
        library.mark_read(str(folder / NOT_UTF8), offset=10)
        assert list(library.read_marks()) == [str(folder / NOT_UTF8)]
    with Library([folder]) as library:
        list(library.refresh())
        assert library.summary.parsed == 0  # not read again: the index knows it
        (folder / NOT_UTF8).unlink()
        list(library.refresh())
        assert library.entries() == []


# -- 2. Escape codes in file names, invisible characters in quotes ------------------------------


def test_escape_codes_in_file_names_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / ESCAPES).write_bytes(SAMPLE)
    (folder / ("empty " + ESCAPES)).write_bytes(b"")
    for command in (["extract"], ["extract", "--json"], ["quotes"], ["people", "--format", "json"], ["index"]):
        result = run(*command, folder)
        assert result.stdout or result.stderr, command
        no_terminal_codes(result.stdout)
        no_terminal_codes(result.stderr)
    shown = run("extract", folder)
    assert "x␛]0;TITLE␇".encode() in shown.stdout and "empty x␛]0;TITLE␇".encode() in shown.stderr
    for query in (["saltivka"], ["--json", "saltivka"]):
        result = run("search", folder, *query)
        assert result.returncode == 0
        no_terminal_codes(result.stdout)


def test_bidi_overrides_and_zero_width_characters_in_a_quote_are_shown(tmp_path: Path) -> None:
    text = SAMPLE.decode("utf-8")
    quote = text.index("“") + 1 if "“" in text else text.index('"') + 1
    disguised = text[:quote] + "\u202eevil\u202c \u200bhidden" + text[quote:]
    (tmp_path / "a.txt").write_text(disguised, encoding="utf-8")
    result = run("quotes", "--format", "plain", tmp_path / "a.txt")
    out = result.stdout.decode("utf-8")
    assert "<U+202E>evil<U+202C> <U+200B>hidden" in out
    assert "\u202e" not in out and "\u200b" not in out
    data = run("quotes", "--format", "json", tmp_path / "a.txt").stdout
    assert "\u202e".encode() not in data and json.loads(data.splitlines()[0])["quote"].startswith("\u202eevil")


# -- 9. Files that are not regular files --------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@needs_fifo
def test_a_fifo_or_a_device_named_on_the_command_line_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_bytes(SAMPLE)
    # Before, each of these waited for ever (a FIFO without a writer) or read without end.
    result = run("extract", fifo, tmp_path / "good.txt", timeout=30)
    assert result.returncode == 1 and b"f.txt: not a regular file: a named pipe (FIFO)" in result.stderr
    assert b"Halushko" in result.stdout
    if os.path.exists("/dev/zero"):
        result = run("extract", "--max-size", "0", "/dev/zero", timeout=30)
        assert result.returncode == 1 and b"/dev/zero: not a regular file: a device" in result.stderr
    indexed = run("index", fifo, timeout=30)
    assert indexed.returncode == 0 and b"1 files: 1 read" in indexed.stdout and b"1 unreadable" in indexed.stdout
    searched = run("search", "--json", tmp_path, "saltivka", timeout=30)  # the FIFO in a folder: left out
    assert searched.returncode == 0 and len(searched.stdout.splitlines()) == 1
