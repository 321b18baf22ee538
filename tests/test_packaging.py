"""The wheel carries the styles, the sample articles and the extractor's data, and finds them
when installed away from the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    (built,) = out.glob("reader-*.whl")
    return built


def test_wheel_holds_styles_articles_and_name_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "reader/_data/styles/reader.tcss" in names
    samples = [name for name in names if name.startswith("reader/_data/articles/") and name.endswith(".txt")]
    assert len(samples) == len(list((ROOT / "articles").glob("*.txt"))) >= 12
    assert "reader/extract/data/given_names.txt" in names
    assert any(name.endswith("entry_points.txt") for name in names)


def test_installed_package_finds_its_files_from_anywhere(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "from reader.resources import styles_dir, sample_articles_dir\n"
        "print(styles_dir()); print(sample_articles_dir())\n"
        "from reader.article.read import find_articles, read_article\n"
        "print(len([read_article(p) for p in find_articles([sample_articles_dir()])]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r})\n" + code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    styles, articles, count = result.stdout.split()
    assert Path(styles) == site / "reader" / "_data" / "styles"
    assert Path(articles) == site / "reader" / "_data" / "articles"
    assert int(count) >= 12


def test_ci_script_runs_the_readme_test_command_and_static_checks():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    for tool in ("pytest", "ruff check", "mypy"):
        command = next(line for line in ci.splitlines() if tool in line and not line.startswith("#"))
        assert command in readme
