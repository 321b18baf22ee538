"""What the app remembers between runs that is neither a setting nor the library's read state:
the theme last chosen.  Kept in a small JSON file beside the config file (never in the library
folder); a file that cannot be read or written is ignored, as a first run would be."""

from __future__ import annotations

import json
from pathlib import Path

from ..folders import config_dir

STATE_FILE = "state.json"


def state_path() -> Path:
    return config_dir() / STATE_FILE


def _read() -> dict[str, object]:
    try:
        data = json.loads(state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_theme() -> str | None:
    theme = _read().get("theme")
    return theme if isinstance(theme, str) else None


def remember_theme(theme: str) -> None:
    data = _read()
    if data.get("theme") == theme:
        return
    data["theme"] = theme
    path = state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        pass  # a read-only settings folder: the theme is not remembered, nothing else changes
