"""reader.library.library: the SQLite index, incremental refresh, damage and failure, search, people,
read state."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.folding import person_key
from reader.library import indexing as indexing_module
from reader.library import library as library_module
from reader.library import search as search_text
from reader.library.catalog import NO_SECTION, UNREADABLE
from reader.library.library import Library
from reader.library.paths import cache_dir, index_file
from reader.library.search import make_snippet, parse_query
from reader.model import Article, Person, Quote, Span

from . import one_person
from .app_support import SAMPLES, copy_samples

ROOT = Path(__file__).resolve().parent.parent


def article_text(title: str, body: str, section: str = "News", day: str = "2024-05-01") -> str:
    return f" date {day} {section}\n{title}\n\nJane DoeWednesday, 1 May 2024, 10:00\n\n{body}\n"


def write(folder: Path, name: str, title: str, body: str, **header) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(article_text(title, body, **header), encoding="utf-8")
    return path


def refreshed(library: Library) -> Library:
    for _ in library.refresh():
        pass
    return library


def integrity(library: Library) -> str:
    with library._lock:
        return library.db.execute("PRAGMA integrity_check").fetchone()[0]


def fts_integrity(library: Library) -> None:
    """FTS5's own check that the index matches what was inserted (raises when it does not)."""
    with library._lock:
        library.db.execute("INSERT INTO search(search, rank) VALUES ('integrity-check', 0)")


# -- Where the index lives --------------------------------------------------------------------


def test_cache_dir_per_platform(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cache_dir("linux", {"XDG_CACHE_HOME": "/x/cache"}, home) == Path("/x/cache/reader")
    assert cache_dir("linux", {"XDG_CACHE_HOME": "relative"}, home) == home / ".cache" / "reader"
    assert cache_dir("linux", {}, home) == home / ".cache" / "reader"
    assert cache_dir("darwin", {}, home) == home / "Library" / "Caches" / "reader"
    assert cache_dir("win32", {"LOCALAPPDATA": "C:/L"}, home) == Path("C:/L") / "reader" / "Cache"
    assert cache_dir("win32", {}, home) == home / "AppData" / "Local" / "reader" / "Cache"


def test_the_index_goes_to_the_cache_folder_never_into_the_library(tmp_path: Path, cache_home: Path) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt"])
    before = sorted(folder.iterdir())
    library = refreshed(Library([folder]))
    assert library.index_path == index_file([folder])
    assert library.index_path.is_file() and cache_home in library.index_path.parents
    assert sorted(folder.iterdir()) == before
    assert index_file([folder]) != index_file([tmp_path / "other"])


# -- Creation and incremental refresh -------------------------------------------------------------


def test_index_creation_lists_every_file(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (folder / ".hidden.txt").write_text("Not listed.\n", encoding="utf-8")
    library = refreshed(Library([folder]))
    entries = {entry.path.name: entry for entry in library.entries()}
    assert len(entries) == 15
    assert entries["broken.txt"].section == UNREADABLE
    assert entries["broken.txt"].error == "not a text file: a PNG image"
    kharkiv = entries["2024-03-14-kharkiv-shelling.txt"]
    assert kharkiv.section == "No section" and kharkiv.day.isoformat() == "2024-03-14"
    assert kharkiv.title.startswith("Russians shell Kharkiv")
    assert library.summary.parsed == 15 and library.summary.unreadable == 1
    assert integrity(library) == "ok"
    fts_integrity(library)


def test_refresh_reads_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    a = write(folder, "a.txt", "Alpha title", "Alpha body about grain.")
    b = write(folder, "b.txt", "Beta title", "Beta body about drones.")
    c = write(folder, "sub/c.txt", "Gamma title", "Gamma body about trains.")
    read: list[str] = []

    def counting(path: Path) -> Article:
        read.append(path.name)
        from reader.article.read import read_article

        return read_article(path)

    library = refreshed(Library([folder], read=counting))
    assert sorted(read) == ["a.txt", "b.txt", "c.txt"]

    read.clear()
    refreshed(library)
    assert read == []  # nothing changed: nothing read
    assert library.summary.parsed == 0

    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 5_000_000_000))  # touched
    b.write_text(article_text("Beta renamed", "Beta body now about trains."), encoding="utf-8")  # edited
    c.unlink()  # deleted
    write(folder, "d.txt", "Delta title", "Delta body about grain.")  # added
    read.clear()
    steps = list(library.refresh())
    assert sorted(read) == ["a.txt", "b.txt", "d.txt"]
    assert steps[0].removed == (str(c),)
    titles = sorted(entry.title for entry in library.entries())
    assert titles == ["Alpha title", "Beta renamed", "Delta title"]
    assert [hit.title for hit in library.search("trains")] == ["Beta renamed"]  # c's words are gone
    assert library.search("gamma") == []
    assert {hit.title for hit in library.search("grain")} == {"Alpha title", "Delta title"}
    assert library.summary.removed == 1
    fts_integrity(library)


def test_a_new_extractor_reads_everything_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    write(folder, "a.txt", "Alpha title", "Alpha body.")
    library = refreshed(Library([folder]))
    monkeypatch.setattr(indexing_module, "_FINGERPRINTS", {})
    original = indexing_module.parser_fingerprint
    monkeypatch.setattr(indexing_module, "parser_fingerprint", lambda read: original(read) + "-new")
    refreshed(library)
    assert library.summary.parsed == 1


def test_a_schema_change_rebuilds_the_index_and_keeps_read_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    path = write(folder, "a.txt", "Alpha title", "Alpha body.")
    library = refreshed(Library([folder]))
    library.mark_read(str(path), 10, 2)
    library.close()
    monkeypatch.setattr(library_module, "SCHEMA_VERSION", library_module.SCHEMA_VERSION + 1)
    again = Library([folder]).open()
    assert any("another version of reader" in message for message in again.messages)
    assert again.entries() == []  # rebuilt: empty until refreshed
    assert again.read_marks()[str(path)].quote == 2
    refreshed(again)
    assert [entry.title for entry in again.entries()] == ["Alpha title"]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_index_is_rebuilt_with_a_message(tmp_path: Path, damage: str) -> None:
    folder = copy_samples(tmp_path / "articles", ["2024-03-14-kharkiv-shelling.txt", "2025-06-12-nbu-key-rate.txt"])
    library = refreshed(Library([folder]))
    index = library.index_path
    library.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    data = index.read_bytes()
    if damage == "garbage":
        index.write_bytes(b"this is not a database" * 300)
    else:
        index.write_bytes(data[:100] + bytes(len(data) - 100))  # header kept, pages zeroed
    again = Library([folder])
    refreshed(again)
    assert any("damaged" in message and "rebuilt" in message for message in again.messages), again.messages
    assert len(again.entries()) == 2
    assert integrity(again) == "ok"
    assert again.search("kharkiv")


def test_an_interrupted_refresh_keeps_a_sound_index(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    for number in range(30):
        write(folder, f"{number:02}.txt", f"Title {number}", f"Body number {number} about grain.")
    seen = 0

    def interrupted(path: Path) -> Article:
        nonlocal seen
        seen += 1
        if seen == 25:  # once
            raise KeyboardInterrupt  # ctrl+c in the middle of a batch
        from reader.article.read import read_article

        return read_article(path)

    original = indexing_module.BATCH_SIZE
    indexing_module.BATCH_SIZE = 10
    try:
        library = Library([folder], read=interrupted)
        with pytest.raises(KeyboardInterrupt):
            refreshed(library)
    finally:
        indexing_module.BATCH_SIZE = original
    assert integrity(library) == "ok"
    fts_integrity(library)
    kept = library.entries()
    assert len(kept) == 20  # the two batches written before ctrl+c; the third rolled back
    refreshed(library)  # the same read function, so the next run reads only what is missing
    assert library.summary.parsed == 10
    assert len(library.entries()) == 30
    assert len(library.search("grain", limit=100)) == 30


def test_a_killed_indexer_leaves_an_index_the_next_run_finishes(tmp_path: Path, cache_home: Path) -> None:
    folder = tmp_path / "lib"
    sample = (SAMPLES / "2024-03-14-kharkiv-shelling.txt").read_text(encoding="utf-8")
    for number in range(400):
        (folder / f"{number // 100}").mkdir(parents=True, exist_ok=True)
        (folder / f"{number // 100}" / f"{number:04}.txt").write_text(sample.replace("Kharkiv", f"Kharkiv{number}"), encoding="utf-8")
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "index", "--quiet", str(folder)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    index = index_file([folder], cache_home / "reader")
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:  # until some batches are written, then kill it
            try:
                with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as peek:
                    if peek.execute("SELECT count(*) FROM articles").fetchone()[0] >= 200:
                        break
            except sqlite3.Error:
                pass
            time.sleep(0.02)
    finally:
        os.killpg(process.pid, 9)
        process.wait()
    library = Library([folder])
    library.open()
    assert integrity(library) == "ok"
    fts_integrity(library)
    assert 0 < library.count() <= 400
    refreshed(library)
    assert library.count() == 400
    assert len(library.search("kharkiv399")) == 1


def test_a_cache_folder_that_cannot_be_written_means_an_index_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    folder = tmp_path / "lib"
    write(folder, "a.txt", "Alpha title", "Alpha body about grain.")
    library = refreshed(Library([folder]))
    assert library.in_memory
    assert any(message.startswith("No cache:") for message in library.messages)
    assert [hit.title for hit in library.search("grain")] == ["Alpha title"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere")
def test_a_read_only_cache_folder_means_no_cache(tmp_path: Path, cache_home: Path) -> None:
    (cache_home / "reader").mkdir(parents=True)
    (cache_home / "reader").chmod(0o500)
    try:
        folder = tmp_path / "lib"
        write(folder, "a.txt", "Alpha title", "Alpha body.")
        library = refreshed(Library([folder]))
        assert library.in_memory and library.messages
    finally:
        (cache_home / "reader").chmod(0o700)


def test_cli_index_and_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    folder = copy_samples(tmp_path / "articles")
    assert main(["index", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "14 files: 14 read" in out and "index: " in out
    assert main(["index", str(folder)]) == 0
    assert "14 files: 0 read" in capsys.readouterr().out
    assert main(["search", str(folder), "saltivka"]) == 0
    out = capsys.readouterr().out
    assert "2024-03-14-kharkiv-shelling.txt" in out.splitlines()[0]
    assert main(["search", "--json", str(folder), "no-such-word-anywhere"]) == 1
    assert capsys.readouterr().out == ""


# -- Search ------------------------------------------------------------------------------------


def test_parse_query() -> None:
    assert parse_query("Kyiv drones") == [search_text.Term(("kyiv",)), search_text.Term(("drones",), prefix=True)]
    assert parse_query('"air defence" ') == [search_text.Term(("air", "defence"))]
    assert parse_query("Kovalenko-Shyn ")[0].words == ("kovalenko", "shyn")
    assert parse_query('Sébastien "') == [search_text.Term(("sebastien",))]
    assert parse_query("  ") == []
    assert search_text.fts_query(parse_query('a "b c" d')) == '"a" AND "b c" AND "d"*'


def test_snippet_marks_the_words_and_knows_where_they_are() -> None:
    text = "Title line\n\n" + "Filler words here. " * 20 + "The Minister said Sébastien Lecornu came."
    terms = parse_query("sebastien lecornu ")
    snippet = make_snippet(text, terms, start_at=12)
    assert snippet.offset == text.index("Sébastien")
    marked = [snippet.text[start:end] for start, end in snippet.marks]
    assert marked == ["Sébastien", "Lecornu"]
    assert snippet.text.startswith("…") and "\n" not in snippet.text


def test_snippet_across_paragraphs_reads_as_one_line_with_single_spaces() -> None:
    text = "Title line\n\nThe minister spoke first.  \n\n  Then Sébastien Lecornu answered.\nThe end."
    snippet = make_snippet(text, parse_query("minister lecornu"), start_at=12)
    assert snippet.text.endswith("The minister spoke first. Then Sébastien Lecornu answered. The end.")
    assert "  " not in snippet.text and "\n" not in snippet.text
    assert [snippet.text[start:end] for start, end in snippet.marks] == ["minister", "Lecornu"]


def test_search_ranking_basics(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "title.txt", "Grain corridor reopens", "Ships leave the port.")
    write(folder, "body.txt", "Ports are busy", "Some grain was loaded in the morning among other cargo and much else.")
    write(folder, "many.txt", "Harvest report", "Grain, grain and more grain: the grain harvest is up.")
    write(folder, "none.txt", "Weather", "Rain in the west.")
    write(folder, "quote.txt", "Minister speaks", 'The minister said: "We will export grain to Africa this year."')
    library = refreshed(Library([folder]))
    hits = library.search("grain ")
    names = [Path(hit.key).name for hit in hits]
    assert set(names) == {"title.txt", "body.txt", "many.txt", "quote.txt"}
    assert names[0] == "title.txt"  # a word of the title counts most
    assert names.index("many.txt") < names.index("body.txt")  # more often ranks higher
    # Every word is needed, phrases are kept whole, the last word is a prefix while typing.
    assert [Path(hit.key).name for hit in library.search("grain africa")] == ["quote.txt"]
    assert [Path(hit.key).name for hit in library.search('"grain harvest"')] == ["many.txt"]
    assert [Path(hit.key).name for hit in library.search("harv")] == ["many.txt"]
    assert library.search("harv ") == []
    # A hit inside a quote knows the quote; the snippet marks the words.
    (quote_hit,) = library.search("export grain")
    article = library.article(quote_hit.key)
    assert quote_hit.quote is not None
    assert "export grain" in article.quotes[quote_hit.quote].text
    assert article.text[quote_hit.offset :].startswith("export grain")
    # Odd input never raises.
    for odd in ['"', "AND", "NEAR(", "*", "a OR", "-", "^x", "'"]:
        library.search(odd)


def test_search_finds_people_by_name_and_role(tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles")
    library = refreshed(Library([folder]))
    article = library.article(str(folder / "2024-07-22-outage-schedules-didenko.txt"))
    person = article.people[0]
    hits = library.search(person.name)
    assert hits and Path(hits[0].key).name == "2024-07-22-outage-schedules-didenko.txt"


# -- People across the library ----------------------------------------------------------------


def _people_read(path: Path) -> Article:
    """Articles whose people and quotes are given by the test (not by the extractor)."""
    text = path.read_text(encoding="utf-8")
    from reader.article.parse import parse

    article = parse(text, path=str(path))
    people, quotes = [], []
    for line in text.splitlines():
        if line.startswith("PERSON "):
            name = line[7:]
            at = text.index(line) + 7
            people.append(Person(name=name, aliases=(name.split()[-1],), roles=("minister",), mentions=(Span(at, at + len(name)),)))
        if line.startswith("QUOTE "):
            speaker, words = line[6:].split(": ", 1)
            at = text.index(line) + 6 + len(speaker) + 2
            quotes.append(Quote(text=words, spans=(Span(at, at + len(words)),), speaker=speaker, speaker_kind="person"))
    return article.with_extraction(tuple(people), tuple(quotes))


def test_people_are_merged_by_full_name_never_by_surname(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "1.txt", "One", "PERSON Oksana Didenko\nQUOTE Didenko: Light will come back soon.", day="2024-01-01")
    write(folder, "2.txt", "Two", "PERSON Petro Didenko\nQUOTE Petro Didenko: Trains run on time.", day="2024-02-01")
    write(folder, "3.txt", "Three", "PERSON OKSANA DIDENKO\nQUOTE Oksana Didenko: Prices stay the same.", day="2024-03-01")
    write(folder, "4.txt", "Four", "PERSON Oksana Didenko\nNo quote here.", day="2024-04-01")
    library = refreshed(Library([folder], read=_people_read))
    people = {person.name: person for person in library.people()}
    assert set(people) == {"Oksana Didenko", "Petro Didenko"}  # two people who share a surname
    oksana, petro = people["Oksana Didenko"], people["Petro Didenko"]
    assert (oksana.quotes, oksana.mentions, oksana.articles) == (2, 3, 3)
    assert (petro.quotes, petro.articles) == (1, 1)
    assert oksana.role == "minister"
    quotes = library.person_quotes(oksana.id)
    assert [item.text for item in quotes] == ["Prices stay the same.", "Light will come back soon."]  # newest first
    assert [Path(item.key).name for item in quotes] == ["3.txt", "1.txt"]
    assert quotes[0].quote == 0 and quotes[0].offset == library.article(quotes[0].key).quotes[0].start
    assert [person.name for person in library.people("didenko")] == ["Oksana Didenko", "Petro Didenko"]
    assert [person.name for person in library.people("pet")] == ["Petro Didenko"]
    assert library.people("etro") == []  # name words start with what is typed
    assert person_key("Sébastien  LECORNU") == person_key("sebastien lecornu")
    # Deleting an article takes its people's counts with it; nobody left: gone.
    (folder / "2.txt").unlink()
    (folder / "1.txt").unlink()
    refreshed(library)
    people = {person.name: person for person in library.people()}
    assert set(people) == {"Oksana Didenko"}
    assert (people["Oksana Didenko"].quotes, people["Oksana Didenko"].articles) == (1, 2)
    # Someone named but never quoted: the view lists where they are named.
    write(folder, "5.txt", "Five", "PERSON Ivan Koval\nNothing said.", day="2024-05-01")
    refreshed(library)
    (ivan,) = library.people("koval")
    (place,) = library.person_quotes(ivan.id)
    assert place.quote is None and place.text == "Ivan Koval"
    assert library.article(place.key).text[place.offset :].startswith("Ivan Koval")


# -- Read state --------------------------------------------------------------------------------


def test_read_state_survives_a_restart(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    a = write(folder, "a.txt", "Alpha", "Alpha body.")
    b = write(folder, "b.txt", "Beta", "Beta body.")
    library = refreshed(Library([folder]))
    library.mark_read(str(a), offset=5, quote=None)
    time.sleep(0.01)
    library.mark_read(str(b), offset=40, quote=3)
    library.close()
    again = Library([folder]).open()
    marks = again.read_marks()
    assert set(marks) == {str(a), str(b)}
    assert (marks[str(b)].offset, marks[str(b)].quote) == (40, 3)
    assert again.last_opened() == str(b)


def test_the_core_does_not_import_textual_or_the_extractor() -> None:
    code = "import sys, reader.library.library; print('textual' in sys.modules, 'reader.extract' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_no_section_entries(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    (folder).mkdir()
    (folder / "plain.txt").write_text("Just a paragraph of text with no header at all.\n", encoding="utf-8")
    library = refreshed(Library([folder]))
    (entry,) = library.entries()
    assert entry.section == NO_SECTION and entry.day is None


# -- What the section list reads: counts, a date's titles, the walk in list order ---------------


def test_counts_titles_and_the_walk_agree_with_the_whole_list(tmp_path: Path) -> None:
    from reader.library.catalog import group, in_order

    folder = copy_samples(tmp_path / "articles")
    write(folder, "x/plain.txt", "Plain title", "Plain body.", section="War", day="2024-05-01")
    write(folder, "x/plain2.txt", "Another title", "Another body.", section="War", day="2024-05-01")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    library = refreshed(Library([folder]))
    everything = library.entries()
    order = in_order(group(everything))
    sections = group(everything)
    # Counts per section and per date, from the index alone.
    counts = library.section_counts()
    assert {name: c.files for name, c in counts.items()} == {section.name: section.count for section in sections}
    assert counts[UNREADABLE] == (1, 0, 0)
    assert sum(c.quotes for c in counts.values()) == sum(entry.quote_count for entry in everything)
    for section in sections:
        dates = library.date_counts(section.name)
        assert {day: c.files for day, c in dates.items()} == {group.day: len(group.entries) for group in section.dates}
        for group_ in section.dates:
            assert library.entries_in(section.name, group_.day) == list(group_.entries)
        assert library.entries_in(section.name) == [entry for g in section.dates for entry in g.entries]
    # Unread counts follow the read state.
    first = order[0]
    library.mark_read(first.key)
    assert library.section_counts()[first.section].unread == counts[first.section].unread - 1
    assert library.date_counts(first.section)[first.day].unread == library.date_counts(first.section)[first.day].files - 1
    # The walk is the list's order, from anywhere, both ways, all or only articles with quotes.
    assert list(library.walk()) == order
    assert list(library.walk(backward=True)) == order[::-1]
    for at, entry in enumerate(order):
        assert list(library.walk(entry.key)) == order[at + 1 :]
        assert list(library.walk(entry.key, backward=True)) == order[:at][::-1]
        assert list(library.walk(entry.key, quoted=True)) == [e for e in order[at + 1 :] if e.quote_count]
    assert library.entry(first.key) == first and library.entry(str(folder / "nothing.txt")) is None
    assert len(library.by_key) == len(order) and first.key in library.by_key and library.by_key[first.key] == first


def test_each_refresh_step_names_the_dates_it_changed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    a = write(folder, "a.txt", "Alpha", "Alpha body.", section="War", day="2024-05-01")
    b = write(folder, "b.txt", "Beta", "Beta body.", section="News", day="2024-05-02")
    library = refreshed(Library([folder]))
    from datetime import date

    a.write_text(article_text("Alpha moved", "Alpha body.", section="Economy", day="2024-06-01"), encoding="utf-8")
    b.unlink()
    steps = list(library.refresh())
    changed = set().union(*(step.places for step in steps))
    assert changed == {("War", date(2024, 5, 1)), ("Economy", date(2024, 6, 1)), ("News", date(2024, 5, 2))}
    assert set(library.section_counts()) == {"Economy"}


def test_the_overview_read_ahead_in_a_thread(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    a = write(folder, "a.txt", "Alpha", "Alpha body.", section="War")
    write(folder, "b.txt", "Beta", "Beta body.", section="News")
    library = refreshed(Library([folder]))
    library.mark_read(str(a))
    library.close()
    again = Library([folder])
    assert again.overview(wait=0.5) is None  # nothing read ahead: a screen never waits for the disk
    again.read_ahead()
    first = again.overview(wait=5)
    assert first is not None and first.last == str(a) and set(first.marks) == {str(a)}
    assert first.counts == {"War": (1, 0, 0), "News": (1, 1, 0)}
    assert again.overview(wait=0.5) is None  # taken
    assert again.overview() == first  # read now


def test_a_file_reached_twice_and_a_path_that_does_not_exist(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    a = write(folder, "a.txt", "Alpha", "Alpha body.")
    missing = tmp_path / "missing.txt"
    library = refreshed(Library([folder, a, missing]))
    assert library.summary.files == 2 and library.summary.parsed == 2
    entries = {entry.path.name: entry for entry in library.entries()}
    assert entries["a.txt"].title == "Alpha"
    assert entries["missing.txt"].error.startswith("file not found")
    refreshed(library)
    assert library.summary.parsed == 0 and library.summary.files == 2  # nothing changed: nothing read


def test_one_person_under_three_spellings_is_one_person_with_all_their_quotes(tmp_path: Path) -> None:
    library = refreshed(Library([one_person.write_library(tmp_path / "lib")]))
    people = {person.name: person for person in library.people()}
    assert set(people) == {one_person.NAME, "Oksana Didenko", "Petro Didenko"}  # namesakes stay two
    zelenskyy = people[one_person.NAME]
    assert {"Zelensky", "Volodymyr Zelenskyi"} <= set(zelenskyy.aliases)
    assert (zelenskyy.quotes, zelenskyy.articles) == (3, 3)
    assert [item.text for item in library.person_quotes(zelenskyy.id)] == list(one_person.QUOTES)
    for spelling in one_person.SPELLINGS:  # the filter finds him under any of his names
        assert [person.name for person in library.people(spelling)] == [one_person.NAME]
    # An article that goes: his other names stay one person, with the quotes left.
    (tmp_path / "lib" / "1-talks.txt").unlink()
    refreshed(library)
    (zelenskyi,) = library.people("zelensky")
    assert zelenskyi.name == "Volodymyr Zelenskyi" and zelenskyi.aliases == ("Zelensky",)
    assert [item.text for item in library.person_quotes(zelenskyi.id)] == list(one_person.QUOTES[:2])


def test_two_refreshes_at_once_take_turns_and_never_discard_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's poll and `r` can each start a refresh while another runs (a cancelled worker
    finishes its step): they share the connection, so the second waits for the first rather
    than drop the table the first is listing files into (which read as damage: the whole
    index was moved aside and built again)."""
    import threading

    folder = tmp_path / "lib"
    for number in range(6):
        write(folder, f"{number}.txt", f"Title {number}", f"Body {number}.")
    library = refreshed(Library([folder]))
    write(folder, "new.txt", "New", "A new one.")
    listing = indexing_module.files_under
    second: list[threading.Thread] = []

    def files_under(paths, **options):
        for number, found in enumerate(listing(paths, **options)):
            if number == 2 and not second:  # the first refresh is half-way through its listing
                second.append(threading.Thread(target=refreshed, args=(library,)))
                second[0].start()
                second[0].join(0.5)
            yield found

    monkeypatch.setattr(indexing_module, "files_under", files_under)
    refreshed(library)
    second[0].join(10)
    assert not [message for message in library.messages if "damaged" in message]
    assert len(library.entries()) == 7 and library.search("new")
