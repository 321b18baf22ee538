"""Given names of the world with their usual gender, from a maintained data package.

The `nomquamgender` package (MIT licence) ships name-gender data compiled from 36 sources
worldwide: for each name, how many sources list it, how many people they count with it, and the
share of them who are women.  reader keeps the names that several sources agree on and that
enough people bear, with a gender where nine in ten bearers share it.  Reading the package's
data takes about two seconds, so the kept names are written once to the cache folder (a small
text file named after the package's version) and read from there in milliseconds afterwards.
Without the package, or where nothing can be read, the list is empty and reader uses its own
list only.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import json
import os
import re
import tempfile
from pathlib import Path

from ..folders import cache_dir

PACKAGE = "nomquamgender"
MIN_SOURCES = 8  # sources that list the name
MIN_BEARERS = 300  # people the sources count with it
CLEAR_SHARE = 0.9  # share of bearers of one gender that gives the name that gender
_FORMAT = 2  # bump when what is kept changes


def world_given_names() -> dict[str, str]:
    """Capitalised given name -> "m", "f" or "u"; empty without the package."""
    kept = kept_names_file()
    if kept is None:
        return {}
    try:
        return _read_kept(kept.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    names = names_from_package()
    if names:
        write_kept(kept, names)
    return names


def kept_names_file(cache: Path | None = None) -> Path | None:
    """Where the kept names of the installed package's version go (None without the package)."""
    try:
        version = importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return None
    return (cache_dir() if cache is None else cache) / "names" / f"{PACKAGE}-{version}-{_FORMAT}.tsv"


def names_from_package() -> dict[str, str]:
    """The names worth keeping, read from the package's data file (without importing the
    package, which would load numpy and pandas)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    try:
        return names_in(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# What follows a name in the package's data, ``"name": [sources, bearers, female share, ...``,
# when at least MIN_SOURCES (8) sources list it: the file holds 720,000 names, and decoding them
# all as JSON took a second and a half; finding the 30,000 listed often enough, then each one's
# name back to its opening quotation mark, takes a tenth of that.
_WELL_LISTED = re.compile(r'": \[([89]|[1-9][0-9]+), ([0-9]+), ([^,\]]+)[,\]]')


def names_in(data: str) -> dict[str, str]:
    """The names worth keeping in the package's data (JSON text: an object of name -> [sources,
    bearers, female share, ...]), in the file's order: the same as decoding it whole would give."""
    if not data.lstrip().startswith("{"):
        raise ValueError("not the package's name data")
    names: dict[str, str] = {}
    for match in _WELL_LISTED.finditer(data):
        closing = match.start()
        if _escaped(data, closing):
            continue  # `\": [9, ` inside a name, not the end of one
        opening = data.rfind('"', 0, closing)
        while opening > 0 and _escaped(data, opening):
            opening = data.rfind('"', 0, opening)
        key = data[opening + 1 : closing]
        if "\\" in key:
            key = json.loads(f'"{key}"')
        sources, bearers, share = match.groups()
        try:
            female_share = float(share)
        except ValueError:
            continue
        _keep(names, key, int(sources), int(bearers), female_share)
    return names


def _escaped(data: str, at: int) -> bool:
    """Whether the character at ``at`` follows an odd number of backslashes (is escaped)."""
    before = at
    while before > 0 and data[before - 1] == "\\":
        before -= 1
    return (at - before) % 2 == 1


def _keep(names: dict[str, str], key: str, sources: int, bearers: int, female_share: float) -> None:
    """Keep the name when enough sources and bearers list it, with its gender (see the top)."""
    if sources < MIN_SOURCES or bearers < MIN_BEARERS or not key.isalpha() or len(key) < 3:
        return
    gender = "f" if female_share >= CLEAR_SHARE else "m" if female_share <= 1 - CLEAR_SHARE else "u"
    names[key.capitalize()] = gender


def _read_kept(text: str) -> dict[str, str]:
    names = {}
    for line in text.splitlines():
        name, _, gender = line.partition("\t")
        if gender not in ("m", "f", "u"):
            raise ValueError(f"not a kept-names file: {line[:40]!r}")
        names[name] = gender
    if not names:
        raise ValueError("empty")
    return names


def write_kept(path: Path, names: dict[str, str]) -> None:
    """Write the kept names where the next run finds them; no cache folder is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{name}\t{gender}\n" for name, gender in sorted(names.items())))
        os.replace(temporary, path)
        for older in path.parent.glob(f"{PACKAGE}-*.tsv"):  # other versions' lists
            if older != path:
                older.unlink()
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
