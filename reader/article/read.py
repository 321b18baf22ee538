"""Folders and files -> articles: finding the files, reading them, turning them into Articles.

A file that cannot be read never stops the others: `read_article` raises `UnreadableFile` with a
one-line reason, and callers report it next to the file's name.  Nothing here writes anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..extract import extract
from ..model import Article
from .decode import MAX_BYTES, TOO_LARGE, FileTooLarge, UnreadableFile, decode
from .parse import parse
from .walk import article_files


def find_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every article file under the given files and folders, in a stable order (the rules are
    in `reader.article.walk`); a path that does not exist is yielded as it is, so the caller reports it."""
    for path, _entry in article_files(paths):
        yield Path(path)


def read_bytes(path: Path, max_bytes: int | None = MAX_BYTES) -> bytes:
    """The file's bytes; UnreadableFile with a plain reason when that is not possible."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1 if max_bytes is not None else -1)
    except FileNotFoundError:
        raise UnreadableFile("file not found (deleted or moved?)") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise FileTooLarge(f"{TOO_LARGE} ({_size(path)}, over the {max_bytes / 2**20:g} MB limit)")
    return data


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
