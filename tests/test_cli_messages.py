"""The command line says what went wrong, by name: a path that does not exist, a mistyped
command, unreadable files met while indexing; and counts read as English."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.wording import plural

from .app_support import copy_samples


def test_index_of_a_path_that_does_not_exist_fails_and_makes_no_index(tmp_path: Path, capsys, cache_home: Path) -> None:
    missing = tmp_path / "nonexistent"
    assert main(["index", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"reader: {missing}: no such file or folder" in err
    assert not list(cache_home.rglob("*nonexistent*.sqlite3"))


def test_search_of_a_path_that_does_not_exist_says_so(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nonexistent"
    assert main(["search", str(missing), "foo"]) == 2  # not 1, which means "no hits"
    assert f"reader: {missing}: no such file or folder" in capsys.readouterr().err


def test_a_mistyped_command_is_named_with_the_nearest_one(tmp_path: Path, capsys) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    with pytest.raises(SystemExit) as stopped:
        main(["extrct", str(folder)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "unknown command 'extrct'" in err and "did you mean 'extract'" in err
    assert "unrecognized arguments" not in err


def test_search_limit_must_be_positive(tmp_path: Path, capsys) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    with pytest.raises(SystemExit) as stopped:
        main(["search", "--limit", "-5", str(folder), "shelling"])
    assert stopped.value.code == 2
    assert "limit" in capsys.readouterr().err


def test_index_names_each_unreadable_file(tmp_path: Path, capsys) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert main(["index", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "1 unreadable" in captured.out
    assert f"{folder / 'picture.txt'}: " in captured.err


def test_quotes_section_no_section_matches_articles_without_one(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "plain.txt").write_text(
        'Harbour reopens\n\n"We are open again," said Jane Doe, the harbour master.\n', encoding="utf-8"
    )
    assert main(["quotes", "--section", "No section", "--format", "plain", str(folder)]) == 0
    assert "We are open again" in capsys.readouterr().out


def test_counts_read_as_english() -> None:
    assert plural(1, "person", "people") == "1 person"
    assert plural(2, "person", "people") == "2 people"
    assert plural(1, "quote") == "1 quote"
