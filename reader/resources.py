"""Where the styles and the bundled sample articles are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # inside the wheel
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # a source checkout or an editable install


def styles_dir() -> Path:
    return _find("styles")


def sample_articles_dir() -> Path:
    return _find("articles")
