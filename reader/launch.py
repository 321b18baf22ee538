"""The `reader` command's entry point, kept thin so the app starts fast.

``reader [PATH]`` goes straight to the app without loading what the script commands need (the
extractor, the citation styles, the exporters); everything else (``reader COMMAND ...``,
``--help``, ``--version``) goes to ``reader.cli``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

COMMANDS = ("extract", "quotes", "people", "index", "search")  # the same as reader.cli's


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) <= 1 and not any(arg.startswith("-") or arg in COMMANDS for arg in argv):
        from .resources import sample_articles_dir

        try:
            return run_app(Path(argv[0]) if argv else sample_articles_dir())
        except KeyboardInterrupt:
            return 130
    from .cli import main as cli_main

    return cli_main(argv)


def run_app(path: Path) -> int:
    if not path.exists():
        print(f"reader: {path}: no such file or folder", file=sys.stderr)
        return 2
    from .gcpause import hold

    hold()  # no garbage collections until the first frame (released by the app)
    from .library.library import Library

    library = Library([path])
    library.read_ahead()  # the index is opened and counted while Textual loads
    from .ui.app import ReaderApp  # Textual is loaded only for the app

    ReaderApp(path, library=library).run()
    return 0
