"""The headless core never loads Textual: scripts and the index can use it without a UI."""

import subprocess
import sys

import pytest

CORE = [
    "reader.article.parse",
    "reader.extract",
    "reader.article.read",
    "reader.output.cite",
    "reader.cli",
    "reader.output.export",
    "reader.output.config",
    "reader.output.query",
    "reader.library.library",
    "reader.library.indexing",
    "reader.library.search",
    "reader.library.catalog",
    "reader.article.walk",
]


@pytest.mark.parametrize("module", CORE)
def test_core_modules_do_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_entry_point_knows_the_script_commands_and_starts_the_app_without_them():
    from reader import cli, launch

    assert launch.COMMANDS == cli.COMMANDS
    code = (
        "import sys, reader.launch as launch; launch.run_app = lambda path: print(path.name);"
        "launch.main(['missing-folder']); print('reader.cli' in sys.modules, 'reader.extract' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["missing-folder", "False", "False"]
