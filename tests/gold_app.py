"""The reader app with people and quotes from the gold files (for the tmux test and by hand).

    .venv/bin/python tests/gold_app.py [FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_support import SAMPLES, gold_library  # noqa: E402

from reader.ui.app import ReaderApp  # noqa: E402


def make_app(folder: Path = SAMPLES, **options) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), **options)


if __name__ == "__main__":
    make_app(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES).run()
