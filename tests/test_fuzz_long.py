"""The long fuzz run as a marked test, outside the normal suite.

    python -m pytest -m fuzz            # a million inputs (READER_FUZZ_COUNT to change it)
    python -m tests.long_fuzz 1000000   # the same, as a script with progress
"""

import os

import pytest

from tests.long_fuzz import main


@pytest.mark.fuzz
def test_a_million_generated_inputs_keep_every_invariant(tmp_path):
    count = int(os.environ.get("READER_FUZZ_COUNT", "1000000"))
    assert main([str(count), "--out", str(tmp_path)]) == 0
