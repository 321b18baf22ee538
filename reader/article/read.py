"""Folders and files -> articles: finding the files, reading them, turning them into Articles.

A file that cannot be read never stops the others: `read_article` raises `UnreadableFile` with a
one-line reason, and callers report it next to the file's name.  Nothing here writes anywhere.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..extract import extract
from ..model import Article
from .decode import MAX_BYTES, TOO_LARGE, FileTooLarge, UnreadableFile, decode
from .parse import parse
from .walk import article_files


def find_articles(paths: Iterable[str | os.PathLike[str]], *, stay_inside: bool = False) -> Iterator[Path]:
    """Every article file under the given files and folders, in a stable order (the rules are
    in `reader.article.walk`); a path that does not exist is yielded as it is, so the caller reports it."""
    for path, _entry in article_files(paths, stay_inside=stay_inside):
        yield Path(path)


def _read_up_to(handle: BinaryIO, limit: int, size: int) -> bytes:
    """`handle.read(limit)` (-1: no limit), asking first for the size the file had when it was
    opened and one byte more: asked for the limit at once, Python sets aside a buffer that large
    (5 MB) for every file, however small.  A file that has grown since is read on to the limit."""
    if limit < 0 or size + 1 >= limit:
        return handle.read(limit)
    data = handle.read(size + 1)
    if len(data) > size:  # longer than it was: read on, as one read of the limit would have
        data += handle.read(limit - len(data))
    return data


def read_bytes(path: Path, max_bytes: int | None = MAX_BYTES) -> bytes:
    """The file's bytes; UnreadableFile with a plain reason when that is not possible.

    Only a regular file is read.  It is opened without waiting (``O_NONBLOCK``: opening a FIFO
    would otherwise wait for a writer forever) and checked before a byte is read, so a FIFO, a
    device (``/dev/zero`` never ends) or a socket is refused at once, whatever its name.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | _NO_WAIT | _CLOEXEC)
    except FileNotFoundError:
        raise UnreadableFile("file not found (deleted or moved?)") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None
    try:
        status = os.fstat(descriptor)
        kind = _not_regular(status.st_mode)
        if kind:
            raise UnreadableFile(f"not a regular file: {kind}")
        with open(descriptor, "rb", closefd=False) as handle:
            data = _read_up_to(handle, max_bytes + 1 if max_bytes is not None else -1, status.st_size)
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if max_bytes is not None and len(data) > max_bytes:
        raise FileTooLarge(f"{TOO_LARGE} ({_size(path)}, over the {max_bytes / 2**20:g} MB limit)")
    return data


_NO_WAIT = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _not_regular(mode: int) -> str | None:
    """What a file that is not a regular file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _size(path: Path) -> str:
    try:
        return f"{path.stat().st_size / (1024 * 1024):.1f} MB"
    except OSError:
        return "size unknown"


def read_article(
    path: str | os.PathLike[str], *, with_extraction: bool = True, max_bytes: int | None = MAX_BYTES
) -> Article:
    """Read, decode, parse and (by default) extract people and quotes from one file."""
    path = Path(path)
    decoded = decode(read_bytes(path, max_bytes))
    article = parse(decoded.text, path=str(path), encoding=decoded.encoding, problems=decoded.problems)
    return extract(article) if with_extraction else article


def article_from_text(text: str, path: str | None = None) -> Article:
    """Parse and extract an article held in memory (tests, scripts)."""
    return extract(parse(text, path=path))
