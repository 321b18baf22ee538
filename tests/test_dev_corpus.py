"""The real development articles (../shared/corpus/dev) parse right and score on target.

The articles are third-party text and never enter this repository: expected titles are kept
as short hashes of the title text, and expected authors are read from the gold files.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from reader.article.read import read_article
from tests.conftest import SCORER
from tests.test_parse import assert_nothing_lost

# file, ISO date (None: the file gives none), sha1 of the title's words (None: no title)
EXPECTED = [
    ("000_9103b48ac1be83d3.txt", "2024-09-02", "73c43419338f"),
    ("up-002.txt", "2022-08-23", None),
    ("up-005.txt", "2024-02-24", "cffd1000c34c"),
    ("up-016.txt", "2024-04-11", None),
    ("up-024.txt", None, None),
    ("up-033.txt", "2024-05-05", None),
    ("up-040.txt", "2025-05-29", None),
    ("up-042.txt", "2025-05-15", None),
    ("up-052.txt", "2023-05-24", "73602b995a35"),
    ("up-059.txt", "2023-05-09", "ad77fd9c70c2"),
    ("up-063.txt", None, "f9803dcb3da8"),
    ("up-068.txt", None, None),
    ("up-073.txt", "2023-09-01", "446b2554706e"),
    ("up-087.txt", "2024-01-17", "ad8fed5f3911"),
    ("up-099.txt", "2023-03-08", "d60ecac92b7d"),
]


def title_hash(text: str | None) -> str | None:
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:12] if text else None


@pytest.mark.parametrize("name, day, title", EXPECTED)
def test_dev_article_parses_right(dev_corpus, name, day, title):
    article = read_article(dev_corpus / name)
    gold = json.loads((dev_corpus / name.replace(".txt", ".gold.json")).read_text())
    assert (article.date.isoformat() if article.date else None) == day
    assert title_hash(article.title.text if article.title else None) == title
    assert list(article.authors) + list(article.outlets) == gold["authors"]
    assert_nothing_lost(article)


def test_every_dev_file_has_an_expectation(dev_corpus):
    assert sorted(path.name for path in dev_corpus.glob("*.txt")) == sorted(row[0] for row in EXPECTED)


def score(corpus, gold_dir, tmp_path) -> dict:
    out = tmp_path / "out.jsonl"
    with out.open("w") as handle:
        subprocess.run(
            [sys.executable, "-m", "reader", "extract", "--json", str(corpus)],
            stdout=handle,
            check=True,
        )
    result = subprocess.run(
        [sys.executable, str(SCORER), str(gold_dir), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_extraction_meets_the_targets_on_the_dev_articles(dev_corpus, tmp_path):
    result = score(dev_corpus, dev_corpus, tmp_path)
    assert result["missing_predictions"] == []
    assert result["quotes"]["f1"] >= 0.98
    assert result["speaker_accuracy"] >= 0.96
    assert result["people"]["f1"] >= 0.92
