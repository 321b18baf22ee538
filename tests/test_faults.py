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


# -- The index: interrupted, locked, damaged, foreign, read-only --------------------------------


def small_library(folder: Path, count: int = 12) -> Path:
    """``count`` distinct articles (fewer than start worker processes), each with "Saltivka"."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"{number:03}.txt").write_bytes(SAMPLE.replace(b"four injured", f"{number} injured".encode()))
    return folder


def index_path_of(folder: Path, cache_home: Path) -> Path:
    from reader.library.library import index_file

    return index_file([folder], cache_home / "reader")


def table_rows(index: Path) -> dict[str, list]:
    import sqlite3

    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {name: sorted(map(repr, db.execute(f"SELECT * FROM '{name}'"))) for name in names}


class CommitThenInterrupt:
    """A connection on which ctrl+c lands just after COMMIT returned (the write is done)."""

    def __init__(self, db) -> None:
        self.db = db

    def execute(self, sql: str, *args):
        result = self.db.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return result

    def __getattr__(self, name: str):
        return getattr(self.db, name)


def test_ctrl_c_just_after_commit_is_an_interrupt_not_a_rollback_error(tmp_path: Path) -> None:
    from reader.library import indexing
    from reader.library.library import Library

    folder = small_library(tmp_path / "lib", 3)
    with Library([folder]) as library:
        records = [indexing.read_record(library.read, str(path), 1, 1) for path in sorted(folder.iterdir())]
        with pytest.raises(KeyboardInterrupt):  # before: "cannot rollback - no transaction is active"
            indexing.write(CommitThenInterrupt(library.db), records, ())
        assert library.count() == 3  # what was committed stays


def test_an_index_locked_by_another_writer_is_waited_for_then_reported_and_nothing_is_pretended(
    tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from reader.cli import main
    from reader.library import library as library_module

    folder = small_library(tmp_path / "lib")
    assert main(["index", "--quiet", str(folder)]) == 0
    (folder / "000.txt").write_bytes(SAMPLE.replace(b"Saltivka", b"Oleksiivka"))
    capsys.readouterr()
    holder = sqlite3.connect(index_path_of(folder, cache_home), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program's long transaction
    monkeypatch.setattr(library_module, "LOCK_WAIT", 0.3)
    try:
        status = main(["index", "--quiet", str(folder)])  # before: "database is locked", a traceback
        captured = capsys.readouterr()
        assert status == 1
        assert "is locked by another program" in captured.err and "nothing was saved" in captured.err
        assert main(["search", str(folder), "oleksiivka"]) == 0  # searched in memory, and said so
        assert "in memory for this run only" in capsys.readouterr().err
    finally:
        holder.rollback()
        holder.close()
    assert main(["index", "--quiet", str(folder)]) == 0
    assert "1 read" in capsys.readouterr().out  # the lock gone, the change is saved


@pytest.mark.parametrize("damage", ["random-bytes", "no-docs-table", "no-search-table", "broken-stored-text"])
def test_a_damaged_index_is_found_on_every_read_path_and_rebuilt(
    tmp_path: Path, cache_home: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    import sqlite3

    from reader.cli import main
    from reader.library.library import Library

    folder = small_library(tmp_path / "lib")
    assert main(["index", "--quiet", str(folder)]) == 0
    index = index_path_of(folder, cache_home)
    if damage == "random-bytes":  # the end of the file overwritten (what the refresh never reads)
        size = index.stat().st_size
        with open(index, "r+b") as handle:
            handle.seek(size // 2)
            handle.write(os.urandom(size - size // 2))
    else:
        with sqlite3.connect(index) as db:
            if damage == "broken-stored-text":
                db.execute("UPDATE docs SET doc = x'00112233'")
            else:
                db.execute(f"DROP TABLE {damage.split('-')[1]}")
    capsys.readouterr()
    assert main(["search", str(folder), "saltivka"]) == 0  # before: DatabaseError, or no match
    captured = capsys.readouterr()
    assert "damaged" in captured.err and len([line for line in captured.out.splitlines() if line.endswith(".txt")]) == 12
    if damage != "random-bytes":  # the app's read paths: no exception, the index rebuilt
        with sqlite3.connect(index) as db:
            db.execute("UPDATE docs SET doc = x'00112233'")
        with Library([folder]) as library:
            assert library.search("saltivka") == [] and library.rebuilt
            assert any("damaged" in message for message in library.messages)
            list(library.refresh())
            assert len(library.search("saltivka")) == 12


def test_search_without_refresh_on_an_old_or_damaged_index_says_so(tmp_path: Path, cache_home: Path, capsys) -> None:
    import sqlite3

    from reader.cli import main

    folder = small_library(tmp_path / "lib", 3)
    assert main(["index", "--quiet", str(folder)]) == 0
    with sqlite3.connect(index_path_of(folder, cache_home)) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    capsys.readouterr()
    assert main(["search", "--no-refresh", str(folder), "saltivka"]) == 2  # before: 1, "no match", silently
    err = capsys.readouterr().err
    assert "another version of reader" in err and "nothing was searched" in err


def test_the_index_never_writes_through_a_symlink_nor_empties_a_file_that_is_not_its_own(tmp_path: Path, cache_home: Path) -> None:
    import hashlib
    import sqlite3

    folder = small_library(tmp_path / "lib", 3)
    index = index_path_of(folder, cache_home)
    index.parent.mkdir(parents=True)
    other = tmp_path / "someone-elses.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
        db.execute("INSERT INTO articles VALUES (1, 'not reader''s')")
    db.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    index.symlink_to(other)
    result = run("index", folder, env=dict(os.environ, XDG_CACHE_HOME=str(cache_home)))
    assert result.returncode == 0 and b"symbolic link" in result.stderr
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before  # before: its tables dropped
    assert not index.is_symlink() and table_rows(index)["articles"]
    assert [path.name for path in index.parent.glob("*.symlink-*")]
    index.unlink()
    copy = index.parent / index.name
    copy.write_bytes(other.read_bytes())  # the same database, as a file at the index's place
    result = run("index", folder, env=dict(os.environ, XDG_CACHE_HOME=str(cache_home)))
    assert result.returncode == 0 and b"not a reader index" in result.stderr
    [aside] = index.parent.glob(f"{index.name}.not-an-index-*")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == before  # moved aside untouched


def as_nobody() -> list[str]:
    """The command prefix that runs a command as an unprivileged user; skips when there is none."""
    import shutil

    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run as an unprivileged user")
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    if subprocess.run([*prefix, sys.executable, "-c", "import reader"], capture_output=True).returncode != 0:
        pytest.skip("the unprivileged user cannot run this Python")
    return prefix


@pytest.fixture
def shared_folder():
    """A folder the unprivileged user owns (pytest's own folder is closed to other users)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="reader-faults-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_index_file_means_an_index_in_memory_with_a_message(shared_folder: Path) -> None:
    prefix = as_nobody()
    folder = small_library(shared_folder / "lib", 3)
    cache = shared_folder / "cache"
    cache.mkdir()
    for path in (shared_folder, folder, cache, *folder.iterdir()):
        os.chown(path, 65534, 65534)
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), HOME=str(shared_folder))

    def reader(*args: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*prefix, sys.executable, "-m", "reader", *map(str, args)], capture_output=True, env=env, timeout=60)

    assert reader("index", folder).returncode == 0
    index = index_path_of(folder, cache)
    for path in index.parent.iterdir():
        path.chmod(0o444)  # as `sudo reader index` would leave it for the user
    (folder / "new.txt").write_bytes(SAMPLE.replace(b"Saltivka", b"Oleksiivka"))
    os.chown(folder / "new.txt", 65534, 65534)
    result = reader("index", folder)  # before: "attempt to write a readonly database", a traceback
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"in memory for this run only" in result.stderr and b"nothing was saved" in result.stderr
    found = reader("search", folder, "oleksiivka")
    assert found.returncode == 0 and b"new.txt" in found.stdout and b"Traceback" not in found.stderr


# -- 12. Smaller: folders that cannot be read, --limit, the app's exit status, links out ----------


def test_a_folder_that_cannot_be_listed_or_entered_is_reported_the_same_by_extract_and_index(shared_folder: Path) -> None:
    prefix = as_nobody()
    library = shared_folder / "lib"
    (library / "closed").mkdir(parents=True)
    (library / "closed" / "a.txt").write_bytes(SAMPLE)
    (library / "no-entry").mkdir()
    (library / "no-entry" / "b.txt").write_bytes(SAMPLE)
    (library / "good.txt").write_bytes(SAMPLE)
    cache = shared_folder / "cache"
    cache.mkdir()
    for path in (library, cache):
        os.chown(path, 65534, 65534)
    (library / "closed").chmod(0o000)  # cannot be listed
    (library / "no-entry").chmod(0o444)  # listed, but its files cannot be reached
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), HOME=str(shared_folder))

    def reader(*args: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*prefix, sys.executable, "-m", "reader", *map(str, args)], capture_output=True, env=env, timeout=60)

    extracted = reader("extract", library)
    assert extracted.returncode == 1  # before: 'closed' skipped without a word
    assert b"closed: permission denied" in extracted.stderr and b"b.txt: permission denied" in extracted.stderr
    indexed = reader("index", library)
    assert b"3 files: 3 read" in indexed.stdout and b"2 unreadable" in indexed.stdout  # before: 1 file
    (library / "closed").chmod(0o755)
    (library / "no-entry").chmod(0o755)


def test_a_huge_search_limit_is_all_hits_and_a_zero_one_is_refused(tmp_path: Path) -> None:
    folder = small_library(tmp_path / "lib", 3)
    found = run("search", "--limit", "99999999999999999999", folder, "saltivka")
    assert found.returncode == 0 and b"Traceback" not in found.stderr  # before: OverflowError
    assert len([line for line in found.stdout.splitlines() if line.endswith(b".txt")]) == 3
    refused = run("search", "--limit", "0", folder, "saltivka")
    assert refused.returncode == 2 and b"the limit must be 1 or more" in refused.stderr


def test_the_app_ending_on_an_error_exits_non_zero(tmp_path: Path) -> None:
    crash = (
        "import sys\n"
        "from reader.ui.app import ReaderApp\n"
        "from reader import cli\n"
        "run = ReaderApp.run\n"
        "ReaderApp.run = lambda self, **options: run(self, headless=True, **options)\n"
        "def broken(self):\n"
        "    raise RuntimeError('a bug')\n"
        "ReaderApp.on_mount = broken\n"
        f"sys.exit(cli.run_app(cli.Path({str(small_library(tmp_path / 'lib', 1))!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", crash], capture_output=True, timeout=60,
                            env=dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache")))
    assert b"a bug" in result.stdout + result.stderr
    assert result.returncode == 1  # before: 0, whatever happened


def test_stay_inside_follows_no_link_out_of_the_library(tmp_path: Path) -> None:
    library = small_library(tmp_path / "lib", 2)
    outside = small_library(tmp_path / "elsewhere", 3)
    (library / "linked-folder").symlink_to(outside)
    (library / "linked-file.txt").symlink_to(outside / "000.txt")
    (library / "inner").symlink_to(library)  # a link that stays inside: followed (once) either way
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))

    def names(*args: object) -> list[str]:
        result = run(*args, env=env)
        return sorted(json.loads(line)["path"].removeprefix(str(library) + "/") for line in result.stdout.splitlines())

    everything = names("extract", "--json", library)
    assert everything == ["000.txt", "001.txt", "linked-file.txt", "linked-folder/000.txt", "linked-folder/001.txt", "linked-folder/002.txt"]
    assert names("extract", "--json", "--stay-inside", library) == ["000.txt", "001.txt"]
    assert names("search", "--json", "--stay-inside", library, "saltivka") == ["000.txt", "001.txt"]
    assert len(names("search", "--json", library, "saltivka")) == 6  # the index follows the links again


# -- 11. Held-down n: the index's part of finding the next article with quotes -----------------


def dated_library(folder: Path, count: int) -> Path:
    """``count`` articles, ten a day over ``count / 10`` days, every one with a quote."""
    from datetime import date, timedelta

    folder.mkdir(parents=True)
    text = SAMPLE.decode("utf-8")
    for number in range(count):
        day = date(2020, 1, 1) + timedelta(days=number // 10)
        dated = text.replace("2024-03-14", day.isoformat()).replace("14 March 2024", f"{day.day} {day:%B %Y}")
        (folder / f"{number:05}.txt").write_text(dated, encoding="utf-8")
    return folder


def test_the_next_article_with_quotes_costs_the_index_as_much_in_a_large_library_as_in_a_small_one(tmp_path: Path) -> None:
    """Counted in SQLite virtual-machine steps, not in time: the walk to the next article reads
    the dates and titles around the current one, never the whole library."""
    from reader.library.library import Library

    def cost_of_steps(count: int) -> int:
        library = Library([dated_library(tmp_path / f"lib{count}", count)], processes=0)
        list(library.refresh())
        first = next(library.walk(quoted=True))
        here = first.key
        steps = [0]

        def count_steps() -> int:
            steps[0] += 1
            return 0

        library._read("SELECT 1")  # the read connection is open: count on it and on the writer
        for connection in (library._reader, library._db):
            if connection is not None:
                connection.set_progress_handler(count_steps, 100)
        for _ in range(20):  # twenty presses of n that each go on to another article
            here = next(library.walk(here, quoted=True)).key
        library.close()
        return steps[0]

    small, large = cost_of_steps(100), cost_of_steps(1000)
    assert large < small * 2, (small, large)  # before: ten times the library, ten times the work


def test_a_path_given_on_the_command_line_is_shown_inert_when_it_does_not_exist(tmp_path: Path) -> None:
    result = run(tmp_path / "gone \x1b]0;TITLE\x07")
    assert result.returncode == 2 and b"no such file or folder" in result.stderr
    no_terminal_codes(result.stderr)  # before: the escape sequence went out as it is
