"""Shared test helpers: where the repository's and the shared development articles are, and a
folder's fingerprint for the tests that reader writes nothing there."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.app_support import system_clipboard  # noqa: F401 - the fixture, for the app's tests

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "articles"
SAMPLE_GOLD = ROOT / "tests" / "gold"
HELD_OUT = ROOT / "tests" / "corpus"
SHARED_DEV = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture
def dev_corpus() -> Path:
    """The annotated development articles beside the repository; skip when absent."""
    if not SHARED_DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    return SHARED_DEV


@pytest.fixture(scope="session")
def kept_names(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The given names kept from the world list, made once for the whole run, so that each
    test's fresh cache folder (and each `reader` started in a subprocess) need not read the
    package's data again."""
    from reader.extract import world_names

    cache = tmp_path_factory.mktemp("names-cache")
    kept = world_names.kept_names_file(cache)
    names = world_names.names_from_package()
    if kept is not None and names:
        world_names.write_kept(kept, names)
    return cache / "names"


@pytest.fixture(autouse=True)
def cache_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, kept_names: Path) -> Path:
    """Every test has its own cache folder (where library indexes go), never the user's; the
    kept given names are copied in, as a user's cache would hold them after the first run.  It
    lies outside the test's own `tmp_path`, which a test may expect to hold only its files."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    if kept_names.is_dir():
        shutil.copytree(kept_names, folder / "reader" / "names")
    return folder


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every path under ``folder`` (hidden ones too) with its checksum, mode and mtime; the
    folder's own mtime changes if anything was ever created or removed in it."""
    found = {".": ("folder", folder.stat().st_mode, folder.stat().st_mtime_ns)}
    for path in sorted(folder.rglob("*")):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        found[str(path.relative_to(folder))] = (digest, info.st_mode, info.st_mtime_ns)
    return found


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """The folder and the files in it read-only for the block (the folder writable again after,
    so that pytest can clean up)."""
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o755)
