"""The user's settings: a small TOML file in the platform's configuration folder.

Where it is (``config_path()``):

- Linux and other Unixes: ``$XDG_CONFIG_HOME/reader/config.toml``, or
  ``~/.config/reader/config.toml`` when ``XDG_CONFIG_HOME`` is unset, empty or not absolute;
- macOS: ``~/Library/Application Support/reader/config.toml``;
- Windows: ``%APPDATA%\\reader\\config.toml`` (``~\\AppData\\Roaming`` when ``APPDATA`` is unset).

What it holds today::

    [cite]
    style = "apa"    # default, markdown, apa, mla, chicago, plain or json

    [[library]]                          # one table per library folder (optional)
    folder = "~/exports/up"
    publication = "Ukrainska Pravda"     # the site citations name
    url = "https://www.pravda.com.ua/eng/news/{stem}/"   # or a base; {stem}: the file name without .txt

A missing file means the defaults.  A file that cannot be read, is not valid TOML or names an
unknown style never stops reader: ``load_config()`` falls back to the default and says why in
``Config.warnings`` (one line each, naming the file), for the CLI to print and the app to show.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..folders import config_dir
from .cite import DEFAULT_STYLE, STYLES, terminal_safe

CONFIG_FILE = "config.toml"


@dataclass(frozen=True)
class LibrarySettings:
    """A ``[[library]]`` table: the publication and web addresses of one library folder."""

    folder: Path
    publication: str | None = None
    url: str | None = None  # a template with {stem} or {name}, or a base


@dataclass(frozen=True)
class Config:
    citation_style: str = DEFAULT_STYLE
    path: Path | None = None  # the file the settings came from, when there was one
    warnings: tuple[str, ...] = ()
    libraries: tuple[LibrarySettings, ...] = ()

    def library_of(self, path: str | Path) -> LibrarySettings | None:
        """The settings of the deepest library folder that holds ``path``."""
        where = Path(path).expanduser().absolute()
        holding = [library for library in self.libraries if where.is_relative_to(library.folder)]
        return max(holding, key=lambda library: len(library.folder.parts), default=None)


def _libraries(path: Path, tables: object) -> tuple[tuple[LibrarySettings, ...], list[str]]:
    """The ``[[library]]`` tables that can be used, and a warning for each that cannot."""
    found: list[LibrarySettings] = []
    warnings: list[str] = []
    for table in tables if isinstance(tables, list) else [tables]:
        if not isinstance(table, dict) or not isinstance(table.get("folder"), str) or not table["folder"].strip():
            warnings.append(terminal_safe(f"config {path}: a [[library]] table needs a folder; skipped"))
            continue
        folder = table["folder"]
        texts = {key: table.get(key) for key in ("publication", "url")}
        if any(value is not None and not isinstance(value, str) for value in texts.values()):
            warnings.append(terminal_safe(f"config {path}: [[library]] {folder}: publication and url must be text; skipped"))
            continue
        found.append(
            LibrarySettings(Path(folder).expanduser().absolute(), texts["publication"] or None, texts["url"] or None)
        )
    return tuple(found), warnings


def config_path(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path:
    return config_dir(platform, environ, home) / CONFIG_FILE


def _problem(path: Path, what: str) -> str:
    return terminal_safe(f"config {path}: {what}; using the {DEFAULT_STYLE!r} citation style")


def load_config(path: Path | None = None) -> Config:
    """The settings from ``path`` (default: ``config_path()``); never raises."""
    path = config_path() if path is None else Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return Config()
    except tomllib.TOMLDecodeError as error:
        return Config(path=path, warnings=(_problem(path, f"not valid TOML ({error})"),))
    except UnicodeDecodeError:
        return Config(path=path, warnings=(_problem(path, "not UTF-8 text"),))
    except IsADirectoryError:
        return Config(path=path, warnings=(_problem(path, "is a folder, not a file"),))
    except OSError as error:
        reason = error.strerror or str(error)
        return Config(path=path, warnings=(_problem(path, f"cannot read it ({reason})"),))
    libraries, warnings = _libraries(path, data.get("library", []))
    cite = data.get("cite", {})
    if not isinstance(cite, dict):
        return Config(path=path, warnings=(_problem(path, "[cite] must be a table"), *warnings), libraries=libraries)
    style = cite.get("style", DEFAULT_STYLE)
    if isinstance(style, str):
        style = style.strip().casefold()
    if not isinstance(style, str) or style not in STYLES:
        known = ", ".join(STYLES)
        what = f"unknown citation style {style!r} in [cite] style (known: {known})"
        return Config(path=path, warnings=(_problem(path, what), *warnings), libraries=libraries)
    return Config(citation_style=style, path=path, warnings=tuple(warnings), libraries=libraries)
