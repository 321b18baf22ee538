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
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    names: dict[str, str] = {}
    for key, entry in data.items():
        try:
            sources, bearers, female_share = int(entry[0]), int(entry[1]), float(entry[2])
        except (TypeError, ValueError, IndexError):
            continue
        if sources < MIN_SOURCES or bearers < MIN_BEARERS or not key.isalpha() or len(key) < 3:
            continue
        gender = "f" if female_share >= CLEAR_SHARE else "m" if female_share <= 1 - CLEAR_SHARE else "u"
        names[key.capitalize()] = gender
    return names


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
