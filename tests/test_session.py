"""The reading session without a screen: what opens first, what an open article holds, where
it opens again, and which large files are read in a thread."""

from __future__ import annotations

from pathlib import Path

from reader.ui.session import READ_IN_BACKGROUND_OVER, GoTo, ReadingSession

from .app_support import copy_samples, gold_library


def session_on(folder: Path) -> ReadingSession:
    library = gold_library(folder)
    for _ in library.refresh():
        pass
    return ReadingSession(library)


def test_the_first_article_is_the_one_read_last_else_the_first_readable_one(tmp_path):
    folder = copy_samples(tmp_path / "lib")
    (folder / "0-empty.txt").write_text("")
    session = session_on(folder)
    first = session.first_entry(None)
    assert first is not None and first.error is None
    last = str(folder / "2024-07-22-outage-schedules-didenko.txt")
    assert session.first_entry(last).key == last


def test_an_opened_article_is_read_and_opens_again_where_the_reader_left_it(tmp_path):
    session = session_on(copy_samples(tmp_path / "lib"))
    entry = session.library.entry(str(tmp_path / "lib" / "2024-07-22-outage-schedules-didenko.txt"))
    session.load(entry)
    assert session.article is not None and session.article.quotes and session.error is None
    assert session.opened(entry, None) is None  # never opened before: the top
    assert entry.key in session.read
    session.save_position(entry.key, 120, 2)
    assert session.opened(entry, None) == GoTo(quote=2, offset=120)
    assert session.opened(entry, GoTo(0, None)) == GoTo(0, None)  # asked for: that wins


def test_an_unreadable_file_says_why_and_a_large_one_is_read_in_a_thread(tmp_path):
    folder = copy_samples(tmp_path / "lib", ["2024-07-22-outage-schedules-didenko.txt"])
    (folder / "empty.txt").write_text("")
    text = (folder / "2024-07-22-outage-schedules-didenko.txt").read_text(encoding="utf-8")
    (folder / "large.txt").write_text(text + "\nMore.\n" * (READ_IN_BACKGROUND_OVER // 6), encoding="utf-8")
    session = session_on(folder)
    empty = session.library.entry(str(folder / "empty.txt"))
    session.load(empty)
    assert session.article is None and session.error == empty.error and "empty" in session.error
    assert not session.reads_in_background(empty)
    assert session.reads_in_background(session.library.entry(str(folder / "large.txt")))
    assert not session.reads_in_background(session.library.entry(str(folder / "2024-07-22-outage-schedules-didenko.txt")))


def test_the_session_needs_no_textual():
    import subprocess
    import sys

    code = "import sys, reader.ui.session; print('textual' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_session_keeps_a_few_positions_and_reads_the_others_from_the_index(tmp_path):
    """Memory stays flat however many articles are read: where the reader left each is kept
    in the index, and only the last few in memory."""
    session = session_on(copy_samples(tmp_path / "lib"))
    entries = [entry for entry in session.library.walk() if entry.error is None]
    for number, entry in enumerate(entries):
        session.load(entry)
        session.opened(entry, None)
        session.save_position(entry.key, number, None)
    assert len(session.marks) < len(entries) == 14
    assert [session.opened(entry, None) for entry in entries] == [GoTo(None, number) for number in range(len(entries))]
    assert session.read == {entry.key for entry in entries}
