"""`reader quotes` and `reader people` run as a user runs them: subprocesses on article files.

The articles are written here, in the real export format; the extractor finds their quotes.
The config folder points into tmp_path, so the user's own config never plays a part.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.output.config import config_path

from . import one_person

OUTAGE = """\
 date 2024-07-22 Economy
Outage schedules will be shorter from August

OLENA KOVALCHUK, TARAS ROMANENKOMonday, 22 July 2024, 20:51

Ukraine's Energy Minister Oksana Didenko has said that scheduled outages will be reduced from August.

"We will not promise what we cannot guarantee," Didenko said.

"The schedules depend on the weather and on Russian missiles.

"But the worst weeks are behind us," the minister added.

Taras Melnychuk, Chairman of the Board of Ukrenergo, said: "Every household that saves power in the evening helps its neighbours."

Support UP or become our patron!
"""

STRIKE = """\
 date 2023-05-19 News
Missile strike on Dnipro injures two

Ukrainska PravdaFriday, 19 May 2023, 09:10

Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration, reported the attack on Friday morning.

"Two people were injured and a warehouse is on fire. Rescuers are working at the site," Lysak said on Telegram.

Support UP or become our patron!
"""

GUARANTEE = "We will not promise what we cannot guarantee"
SCHEDULES = "The schedules depend on the weather and on Russian missiles."
WORST = "But the worst weeks are behind us"
HOUSEHOLD = "Every household that saves power in the evening helps its neighbours."
INJURED = "Two people were injured and a warehouse is on fire. Rescuers are working at the site"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder of our own: HOME, XDG_CONFIG_HOME and APPDATA all point inside it."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), APPDATA=str(home / "AppData"))
    return env


def user_config(home: Path, text: str) -> Path:
    path = config_path(environ=environment(home), home=home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2023-05-19-strike.txt").write_text(STRIKE, encoding="utf-8")
    (folder / "2024-07-22-outage.txt").write_text(OUTAGE, encoding="utf-8")
    return folder


def reader(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(home),
        timeout=60,
    )
    assert "Traceback" not in result.stderr
    return result


def records(stdout: str) -> list[str]:
    return [record for record in stdout.strip("\n").split("\n\n") if record]


# -- styles --------------------------------------------------------------------------------------


def test_default_style(home, news):
    result = reader(home, "quotes", news)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    quotes = records(result.stdout)
    assert len(quotes) == 4
    strike, guarantee, schedules, household = quotes  # folder order: the 2023 file first
    assert strike.startswith(f"“{INJURED}” — Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration")
    assert strike.endswith("quoted in Ukrainska Pravda, “Missile strike on Dnipro injures two”, 19 May 2023")
    # the byline names people only; the footer ("Support UP ...") names the site
    tail = "quoted in Ukrainska Pravda, “Outage schedules will be shorter from August”, 22 July 2024"
    assert guarantee.startswith(f"“{GUARANTEE}” — Oksana Didenko, ")
    assert guarantee.endswith(tail)
    assert schedules.startswith(f"“{SCHEDULES}\n“{WORST}” — Oksana Didenko, ")
    assert household == (
        f"“{HOUSEHOLD}” — Taras Melnychuk, Chairman of the Board of Ukrenergo, {tail}"
    )


def test_apa_mla_chicago_plain(home, news):
    outage = news / "2024-07-22-outage.txt"
    apa = reader(home, "quotes", "--format", "apa", outage).stdout
    assert f"“{GUARANTEE}” (Didenko, as cited in Kovalchuk & Romanenko, 2024).\n\n" in apa
    assert "Kovalchuk, O., & Romanenko, T. (2024, July 22). Outage schedules will be shorter from August. *Ukrainska Pravda*.\n" in apa
    mla = reader(home, "quotes", "--format", "mla", outage).stdout
    assert f"Oksana Didenko: “{GUARANTEE}” (qtd. in Kovalchuk and Romanenko).\n\n" in mla
    assert "Kovalchuk, Olena, and Taras Romanenko. “Outage Schedules Will Be Shorter from August.” *Ukrainska Pravda*, 22 July 2024.\n" in mla
    chicago = reader(home, "quotes", "--format", "chicago", news / "2023-05-19-strike.txt").stdout
    assert chicago == (
        f"“{INJURED}”\n\n"
        "Serhii Lysak, quoted in “Missile Strike on Dnipro Injures Two,” *Ukrainska Pravda*, May 19, 2023.\n"
    )
    plain = reader(home, "quotes", "--format", "plain", outage).stdout
    assert records(plain) == [
        f"“{GUARANTEE}” — Oksana Didenko",
        f"“{SCHEDULES}\n“{WORST}” — Oksana Didenko",
        f"“{HOUSEHOLD}” — Taras Melnychuk",
    ]


def test_json_lines_find_the_quotes_in_the_files(home, news):
    result = reader(home, "quotes", "--format", "json", news)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    for line in lines:
        record = json.loads(line)
        text = Path(record["path"]).read_text(encoding="utf-8")
        quote_selector, position = record["target"]["selector"]
        assert quote_selector["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote_selector["exact"]
        assert text[: position["start"]].endswith(quote_selector["prefix"])
        assert text[position["end"] :].startswith(quote_selector["suffix"])
        assert record["target"]["source"] == Path(record["path"]).absolute().as_uri()
        for start, end in record["spans"]:
            assert text[start:end] in record["quote"]
    first = json.loads(lines[0])
    assert {key: first[key] for key in ("speaker", "speaker_kind", "title", "authors", "outlets", "section", "date", "published")} == {
        "speaker": "Serhii Lysak",
        "speaker_kind": "person",
        "title": "Missile strike on Dnipro injures two",
        "authors": [],
        "outlets": ["Ukrainska Pravda"],
        "section": "News",
        "date": "2023-05-19",
        "published": "2023-05-19T09:10",
    }


def test_csv_parses_back(home, news):
    result = reader(home, "quotes", "--format", "csv", news)
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert list(rows[0]) == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date", "Speaker", "Role"]
    assert [row["Speaker"] for row in rows] == ["Serhii Lysak", "Oksana Didenko", "Oksana Didenko", "Taras Melnychuk"]
    assert rows[2]["Highlight"] == f"{SCHEDULES}\n{WORST}"
    outage = (news / "2024-07-22-outage.txt").read_text(encoding="utf-8")
    assert outage[int(rows[1]["Location"]) :].startswith(GUARANTEE)
    assert rows[1]["URL"] == (news / "2024-07-22-outage.txt").absolute().as_uri()
    assert rows[1]["Author"] == "Olena Kovalchuk, Taras Romanenko"
    assert rows[0]["Author"] == "Ukrainska Pravda"
    assert rows[1]["Date"] == "2024-07-22 20:51:00"


def test_markdown_parses_back(home, news):
    result = reader(home, "quotes", "--format", "markdown", news)
    tokens = MarkdownIt("commonmark").parse(result.stdout)
    assert [token.type for token in tokens].count("blockquote_open") == 4
    attributions = [t.content for t in tokens if t.type == "inline" and t.content.startswith("— ")]
    assert len(attributions) == 4
    assert attributions[0].endswith("quoted in Ukrainska Pravda, *Missile strike on Dnipro injures two*, 19 May 2023")


# -- the config file -------------------------------------------------------------------------


def test_style_from_the_config_file(home, news):
    user_config(home, '[cite]\nstyle = "plain"\n')
    result = reader(home, "quotes", news / "2023-05-19-strike.txt")
    assert result.stdout == f"“{INJURED}” — Serhii Lysak\n"
    assert result.stderr == ""
    # --format wins over the file.
    assert reader(home, "quotes", "--format", "json", news / "2023-05-19-strike.txt").stdout.startswith("{")


def test_broken_config_file_warns_and_uses_default(home, news):
    path = user_config(home, '[cite\nstyle = "plain"\n')
    result = reader(home, "quotes", news / "2023-05-19-strike.txt")
    assert result.returncode == 0
    assert result.stderr.startswith(f"reader: config {path}: not valid TOML (")
    assert result.stderr.endswith("; using the 'default' citation style\n")
    assert result.stderr.count("\n") == 1
    assert result.stdout.startswith(f"“{INJURED}” — Serhii Lysak, Head of")


# -- filters -----------------------------------------------------------------------------------


def speakers(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line)["speaker"] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--speaker", "lysak"], ["Serhii Lysak"]),
        (["--speaker", "DIDENKO"], ["Oksana Didenko", "Oksana Didenko"]),
        (["--speaker", "oksana didenko"], ["Oksana Didenko", "Oksana Didenko"]),
        (["--speaker", "Oksana"], ["Oksana Didenko", "Oksana Didenko"]),
        (["--speaker", "Did"], []),
        (["--speaker", "Lysak", "--speaker", "Melnychuk"], ["Serhii Lysak", "Taras Melnychuk"]),
        (["--section", "news"], ["Serhii Lysak"]),
        (["--section", "Economy", "--speaker", "lysak"], []),
        (["--since", "2024-01-01"], ["Oksana Didenko", "Oksana Didenko", "Taras Melnychuk"]),
        (["--until", "2023-12-31"], ["Serhii Lysak"]),
        (["--since", "2023-05-19", "--until", "2023-05-19"], ["Serhii Lysak"]),
        (["--since", "2024-07-23"], []),
    ],
)
def test_filters(home, news, args, expected):
    assert speakers(reader(home, "quotes", "--format", "json", *args, news)) == expected


@pytest.mark.parametrize("spelling", one_person.SPELLINGS)
def test_any_spelling_of_a_persons_name_finds_all_their_quotes(home, tmp_path, spelling):
    library = one_person.write_library(tmp_path / "library")
    result = reader(home, "quotes", "--format", "json", "--speaker", spelling, library)
    assert result.returncode == 0, result.stderr
    quotes = [json.loads(line)["quote"] for line in result.stdout.splitlines()]
    assert quotes == list(reversed(one_person.QUOTES))  # file order
    # Namesakes stay apart: Oksana Didenko is quoted, Petro Didenko is not.
    assert len(speakers(reader(home, "quotes", "--format", "json", "--speaker", "Petro Didenko", library))) == 0


def test_people_lists_one_person_under_all_his_spellings(home, tmp_path):
    library = one_person.write_library(tmp_path / "library")
    people = [json.loads(line) for line in reader(home, "people", "--format", "json", library).stdout.splitlines()]
    assert [person["name"] for person in people] == [one_person.NAME, "Oksana Didenko", "Petro Didenko"]
    zelenskyy = people[0]
    assert (zelenskyy["quotes"], zelenskyy["articles"]) == (3, 3)
    assert {"Zelensky", "Volodymyr Zelenskyi"} <= set(zelenskyy["aliases"])


def test_bad_dates_are_usage_errors(home, news):
    result = reader(home, "quotes", "--since", "22/07/2024", news)
    assert result.returncode == 2
    assert "argument --since: '22/07/2024' is not a date like 2024-07-22" in result.stderr
    result = reader(home, "quotes", "--since", "2024-08-01", "--until", "2024-07-01", news)
    assert result.returncode == 2
    assert result.stderr == "reader quotes: --since 2024-08-01 is after --until 2024-07-01\n"
    assert result.stdout == ""


# -- unreadable files ----------------------------------------------------------------------------


def test_unreadable_files_are_named_and_the_rest_still_comes_out(home, news, tmp_path):
    (news / "empty.txt").write_bytes(b"")
    (news / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    missing = tmp_path / "gone.txt"
    for command in (["quotes", "--format", "plain"], ["people"]):
        result = reader(home, *command, news, missing)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            f"reader: {news / 'empty.txt'}: empty file",
            f"reader: {news / 'photo.txt'}: not a text file: a PNG image",
            f"reader: {missing}: file not found (deleted or moved?)",
        ]
        assert "Lysak" in result.stdout and "Didenko" in result.stdout


def test_file_names_cannot_drive_the_terminal(home, tmp_path):
    hostile = tmp_path / "bad\x1b]0;owned\x07name.txt"
    hostile.write_bytes(b"")
    result = reader(home, "quotes", hostile)
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "bad␛]0;owned␇name.txt: empty file" in result.stderr


def test_escape_bytes_in_an_article_never_reach_the_terminal(home, tmp_path):
    article = tmp_path / "escapes.txt"
    article.write_text(
        STRIKE.replace("Two people", "Two\x1b[2J people").replace("Ukrainska Pravda", "Ukrainska\x9b Pravda"),
        encoding="utf-8",
    )
    for fmt in ("default", "markdown", "apa", "mla", "chicago", "plain", "json", "csv"):
        out = reader(home, "quotes", "--format", fmt, article).stdout
        assert "Two" in out, fmt
        assert not any(ord(c) < 0x20 and c not in "\n\r\t" or 0x7F <= ord(c) <= 0x9F for c in out), fmt


# -- people ------------------------------------------------------------------------------------


def test_people_text(home, news):
    result = reader(home, "people", news)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Oksana Didenko — Ukraine's Energy Minister")
    assert "2 quotes (1 article); also Didenko" in lines[0]
    assert lines[1].startswith("Serhii Lysak — Head of Dnipropetrovsk Oblast Military Administration — ")
    assert lines[1].endswith("mentions, 1 quote (1 article); also Lysak")
    assert lines[2].startswith("Taras Melnychuk — Chairman of the Board of Ukrenergo — 1 mention, 1 quote (1 article)")


def test_people_json_and_csv(home, news):
    people = [json.loads(line) for line in reader(home, "people", "--format", "json", news).stdout.splitlines()]
    assert [person["name"] for person in people] == ["Oksana Didenko", "Serhii Lysak", "Taras Melnychuk"]
    didenko = people[0]
    assert didenko["quotes"] == 2 and didenko["mentions"] >= 2 and didenko["articles"] == 1
    assert "Ukraine's Energy Minister" in didenko["roles"] and "Didenko" in didenko["aliases"]
    assert didenko["paths"] == [str(news / "2024-07-22-outage.txt")]
    rows = list(csv.DictReader(io.StringIO(reader(home, "people", "--format", "csv", news).stdout, newline="")))
    assert list(rows[0]) == ["name", "aliases", "roles", "mentions", "quotes", "articles"]
    assert [(row["name"], row["quotes"]) for row in rows] == [
        ("Oksana Didenko", "2"),
        ("Serhii Lysak", "1"),
        ("Taras Melnychuk", "1"),
    ]


def test_help_lists_the_new_commands(home):
    result = reader(home, "--help")
    assert "quotes" in result.stdout and "people" in result.stdout
