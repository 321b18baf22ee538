"""The config file: where it lives on each platform, and what a broken one does."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.output.config import Config, config_dir, config_path, load_config

HOME = Path("/home/ana")


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, HOME / ".config" / "reader"),
        ("linux", {"XDG_CONFIG_HOME": "/xdg"}, Path("/xdg/reader")),
        ("linux", {"XDG_CONFIG_HOME": ""}, HOME / ".config" / "reader"),
        ("linux", {"XDG_CONFIG_HOME": "relative/dir"}, HOME / ".config" / "reader"),
        ("freebsd13", {"XDG_CONFIG_HOME": "/xdg"}, Path("/xdg/reader")),
        ("darwin", {"XDG_CONFIG_HOME": "/xdg"}, HOME / "Library" / "Application Support" / "reader"),
        ("win32", {"APPDATA": "/roaming"}, Path("/roaming/reader")),
        ("win32", {}, HOME / "AppData" / "Roaming" / "reader"),
    ],
)
def test_config_dir(platform, environ, expected):
    assert config_dir(platform, environ, HOME) == expected


def test_config_path_is_config_toml():
    assert config_path("linux", {}, HOME) == HOME / ".config" / "reader" / "config.toml"


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "config.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_defaults(tmp_path):
    assert load_config(tmp_path / "nothing.toml") == Config()
    assert Config().citation_style == "default"


def test_style_from_the_file(tmp_path):
    path = write(tmp_path, '[cite]\nstyle = "chicago"\n')
    assert load_config(path) == Config(citation_style="chicago", path=path)


def test_style_name_is_forgiving_about_case_and_spaces(tmp_path):
    assert load_config(write(tmp_path, '[cite]\nstyle = " APA "\n')).citation_style == "apa"


def test_file_without_a_cite_table_means_defaults(tmp_path):
    config = load_config(write(tmp_path, "# nothing yet\n[app]\ntheme = 'dark'\n"))
    assert config.citation_style == "default" and config.warnings == ()


def test_broken_toml_falls_back_with_a_clear_message(tmp_path):
    path = write(tmp_path, '[cite]\nstyle = "apa\n')
    config = load_config(path)
    assert config.citation_style == "default"
    (warning,) = config.warnings
    assert warning.startswith(f"config {path}: not valid TOML (")
    assert "line 2" in warning
    assert warning.endswith("; using the 'default' citation style")
    assert "\n" not in warning


def test_unknown_style_falls_back(tmp_path):
    path = write(tmp_path, '[cite]\nstyle = "harvard"\n')
    config = load_config(path)
    assert config.citation_style == "default"
    assert config.warnings == (
        f"config {path}: unknown citation style 'harvard' in [cite] style (known: default, "
        "markdown, apa, mla, chicago, plain, json); using the 'default' citation style",
    )


def test_wrong_types_fall_back(tmp_path):
    assert "unknown citation style 3" in load_config(write(tmp_path, "[cite]\nstyle = 3\n")).warnings[0]
    assert "[cite] must be a table" in load_config(write(tmp_path, 'cite = "apa"\n')).warnings[0]


def test_not_utf8(tmp_path):
    config = load_config(write(tmp_path, b'[cite]\nstyle = "\xff"\n'))
    assert config.citation_style == "default"
    assert config.warnings == (f"config {tmp_path / 'config.toml'}: not UTF-8 text; using the 'default' citation style",)


def test_a_folder_where_the_file_should_be(tmp_path):
    folder = tmp_path / "config.toml"
    folder.mkdir()
    config = load_config(folder)
    assert config.citation_style == "default"
    assert config.warnings and str(folder) in config.warnings[0]


def test_default_location_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text('[cite]\nstyle = "mla"\n', encoding="utf-8")
    assert load_config().citation_style == "mla"
