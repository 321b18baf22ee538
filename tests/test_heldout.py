"""Extraction quality on our own annotated articles, which the extractor was not written from.

`articles/` (the bundled samples, gold in tests/gold) and `tests/corpus/` (held-out articles with
gold beside them) are fictional texts we wrote in the real format; the same targets as on the
development articles hold here.  The scorer comes from ../shared/eval.
"""

from __future__ import annotations

import pytest

from tests.conftest import HELD_OUT, SAMPLE_GOLD, SAMPLES, SCORER
from tests.test_dev_corpus import score


@pytest.fixture
def scorer():
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not here")


@pytest.mark.parametrize("corpus, gold", [(SAMPLES, SAMPLE_GOLD), (HELD_OUT, HELD_OUT)], ids=["samples", "held-out"])
def test_extraction_meets_the_targets_on_our_annotated_articles(scorer, corpus, gold, tmp_path):
    result = score(corpus, gold, tmp_path)
    assert result["missing_predictions"] == []
    assert result["quotes"]["f1"] >= 0.98
    assert result["speaker_accuracy"] >= 0.96
    assert result["people"]["f1"] >= 0.92
