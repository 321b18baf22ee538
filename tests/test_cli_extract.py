"""`reader extract` run as a command: output, exit codes, one line per file, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """ date 2024-09-02 All Sections
Ministers meet in Paris

Jane Doe, John RoeMonday, 2 September 2024, 22:14

Defence Minister Rustem Umierov met his counterpart in Paris.

"We discussed joint production," Umierov said.
"""


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_json_line_per_article_with_the_contract_keys(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("--json", tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    for key in ("path", "section", "date", "published", "title", "authors", "outlets", "caption",
                "tags", "blocks", "people", "quotes", "problems"):
        assert key in record
    assert record["date"] == "2024-09-02"
    assert record["published"] == "2024-09-02T22:14"
    assert record["authors"] == ["Jane Doe", "John Roe"]
    assert record["people"][0]["name"] == "Rustem Umierov"
    quote = record["quotes"][0]
    assert quote["text"] == "We discussed joint production,"
    assert quote["speaker"] == "Rustem Umierov"
    assert quote["attribution"] == "verb-after"
    assert quote["confidence"] == "high"
    text = ARTICLE
    assert text[quote["start"] : quote["end"]] == quote["text"]
    block = record["blocks"][0]
    assert {"label", "kind", "text", "start", "end"} <= set(block)


def test_folders_are_walked_recursively_in_a_stable_order_and_other_files_ignored(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "c.txt").write_text(ARTICLE)
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run("--json", tmp_path)
    paths = [Path(json.loads(line)["path"]).relative_to(tmp_path).as_posix() for line in result.stdout.splitlines()]
    assert paths == ["a.txt", "b/2.txt", "c.txt"]


def test_bad_files_give_an_error_line_and_exit_code_1_and_the_rest_still_works(tmp_path):
    (tmp_path / "1-good.txt").write_text(ARTICLE)
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "4-cp1251.txt").write_bytes("Заголовок\n\nМіністр заявив: «Ми працюємо».\n".encode("cp1251"))
    result = run("--json", tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(record["path"]).name for record in records] == ["1-good.txt", "2-empty.txt", "3-binary.txt", "4-cp1251.txt"]
    assert records[1] == {"path": str(tmp_path / "2-empty.txt"), "error": "empty file"}
    assert "PNG" in records[2]["error"]
    assert "not UTF-8: decoded as windows-1251" in records[3]["problems"]
    assert "Міністр" in records[3]["blocks"][0]["text"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "2-empty.txt: empty file" in errors[0]


def test_missing_path_is_reported_not_a_traceback(tmp_path):
    result = run("--json", tmp_path / "nope.txt")
    assert result.returncode == 1
    assert "file not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_readable_summary_without_json(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run(tmp_path / "a.txt")
    assert result.returncode == 0
    assert "Ministers meet in Paris" in result.stdout
    assert "Rustem Umierov" in result.stdout
    assert "“We discussed joint production,” — Rustem Umierov" in result.stdout


def test_python_dash_m_and_help():
    result = subprocess.run([sys.executable, "-m", "reader", "extract", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "--json" in result.stdout


def many_files(folder: Path) -> Path:
    """The bundled samples three times over, with unreadable files among them."""
    samples = sorted((Path(__file__).resolve().parent.parent / "articles").glob("*.txt"))
    for copy in range(3):
        for number, sample in enumerate(samples):
            (folder / f"{copy}-{number:02d}.txt").write_bytes(sample.read_bytes())
        (folder / f"{copy}-05-empty.txt").write_bytes(b"")
        (folder / f"{copy}-07-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return folder


def command(*args: str | Path) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "-m", "reader", *map(str, args)], capture_output=True, text=True, encoding="utf-8")
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize(
    "args",
    [("extract", "--json"), ("extract",), ("quotes", "--format", "json"), ("quotes",), ("people",), ("people", "--format", "csv")],
)
def test_many_files_read_in_worker_processes_give_the_same_output_in_the_same_order_as_one_process(tmp_path, args):
    folder = many_files(tmp_path)
    alone = command(*args, "--jobs", "1", folder)
    assert alone[0] == 1 and alone[1] and alone[2].count("\n") == 6  # two unreadable files a copy
    assert command(*args, "--jobs", "2", folder) == alone
    assert command(*args, "--jobs", "3", folder) == alone
    assert command(*args, folder) == alone  # as many as there are cores
