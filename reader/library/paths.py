"""Where a library's index lives: one file per library (the folders or files reader was pointed
at) in the user's cache folder."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from ..folders import cache_dir


def library_roots(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    return sorted({os.path.abspath(os.fspath(path)) for path in paths})


def index_file(paths: Iterable[str | os.PathLike[str]], base: Path | None = None) -> Path:
    """The index file of the library made of ``paths`` (one per folder, in the cache folder)."""
    roots = library_roots(paths)
    digest = hashlib.sha256("\0".join(roots).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    name = re.sub(r"[^\w.-]+", "-", Path(roots[0]).name if len(roots) == 1 else "library")
    name = name.strip("-.")[:40] or "library"
    return (cache_dir() if base is None else base) / "index" / f"{name}-{digest}.sqlite3"
