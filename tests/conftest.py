"""Shared test helpers: where the repository's and the shared development articles are, and a
folder's fingerprint for the tests that reader writes nothing there."""

from __future__ import annotations

import hashlib
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


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test has its own cache folder (where library indexes go), never the user's."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
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
