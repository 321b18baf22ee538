"""The headless core never loads Textual: scripts and the index can use it without a UI."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["reader.parse", "reader.extract", "reader.files", "reader.cite", "reader.cli"])
def test_core_modules_do_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
