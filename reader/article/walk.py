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


def article_files(
    paths: Iterable[str | os.PathLike[str]], *, stay_inside: bool = False
) -> Iterator[tuple[str, os.DirEntry[str] | None]]:
    """Each article file as (path, the folder entry it was found as, or None when it was named
    explicitly, or when it is a folder that cannot be listed).  The entry keeps what the walk
    learnt of the file: its ``stat()`` is cached.  With ``stay_inside``, a symbolic link in a
    folder is followed only when it leads to somewhere inside that folder given."""
    seen: set[tuple[int, int]] = set()
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            yield from _walk(path, seen, os.path.realpath(path) if stay_inside else None)
        else:
            yield path, None


def _inside(path: str, root: str) -> bool:
    real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _walk(folder: str, seen: set[tuple[int, int]], root: str | None) -> Iterator[tuple[str, os.DirEntry[str] | None]]:
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
    except OSError:  # a folder that cannot be listed is given back, for the caller to report
        yield folder, None
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if root is not None and entry.is_symlink() and not _inside(entry.path, root):
                continue  # a link out of the library, and the walk stays inside
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(entry.path, seen, root)
        elif is_file and entry.name.lower().endswith(ARTICLE_SUFFIX):
            yield entry.path, entry
