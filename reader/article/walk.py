"""Which files of the given files and folders are articles: the one walk the CLI and the index
share.  Standard library only, so the app can list a library without loading the parser.

Folders are walked recursively for ``*.txt`` files, in name order (hidden entries skipped,
symlinked folders followed once, loops ignored); a file named explicitly is taken whatever its
suffix, and a path that does not exist is given as it is, so that the caller reports it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

ARTICLE_SUFFIX = ".txt"


def article_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, os.DirEntry[str] | None]]:
    """Each article file as (path, the folder entry it was found as, or None when it was named
    explicitly).  The entry keeps what the walk learnt of the file: its ``stat()`` is cached."""
    seen: set[tuple[int, int]] = set()
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            yield from _walk(path, seen)
        else:
            yield path, None


def _walk(folder: str, seen: set[tuple[int, int]]) -> Iterator[tuple[str, os.DirEntry[str]]]:
    try:
        info = os.stat(folder)
    except OSError:
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return
    seen.add(key)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(entry.path, seen)
        elif is_file and entry.name.lower().endswith(ARTICLE_SUFFIX):
            yield entry.path, entry
