"""Where a library's index lives: one file per library (the folders or files reader was pointed
at) in the user's cache folder."""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

APP_NAME = "reader"


def cache_dir(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path:
    """The folder reader keeps its cache in, for this (or the given) platform.

    Linux and other Unixes: ``$XDG_CACHE_HOME/reader`` (``~/.cache/reader`` when it is unset,
    empty or not absolute); macOS: ``~/Library/Caches/reader``; Windows:
    ``%LOCALAPPDATA%\\reader\\Cache``.
    """
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        local = environ.get("LOCALAPPDATA")
        return (Path(local) if local else home / "AppData" / "Local") / APP_NAME / "Cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / APP_NAME
    xdg = environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".cache"
    return base / APP_NAME


def library_roots(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    return sorted({os.path.abspath(os.fspath(path)) for path in paths})


def index_file(paths: Iterable[str | os.PathLike[str]], base: Path | None = None) -> Path:
    """The index file of the library made of ``paths`` (one per folder, in the cache folder)."""
    roots = library_roots(paths)
    digest = hashlib.sha256("\0".join(roots).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    name = re.sub(r"[^\w.-]+", "-", Path(roots[0]).name if len(roots) == 1 else "library")
    name = name.strip("-.")[:40] or "library"
    return (cache_dir() if base is None else base) / "index" / f"{name}-{digest}.sqlite3"
