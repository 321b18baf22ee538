"""End to end in a real terminal: tmux runs reader, keys go in with send-keys, the screen comes
back with capture-pane, and with tmux's `set-clipboard on` the OSC 52 copy lands in tmux's
buffer (show-buffer).  Skipped when tmux is not installed."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.article.read import read_article
from reader.library.catalog import Entry, group, in_order
from reader.output import cite
from reader.output.publication import source_of

from .app_support import ROOT, copy_samples, gold_read

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

FILES = ["2024-03-14-kharkiv-shelling.txt", "2024-05-16-poland-joint-border-checks.txt"]


class Tmux:
    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"reader-e2e-{os.getpid()}-{time.monotonic_ns()}"
        self.config = tmp_path / "tmux.conf"
        self.config.write_text("set -g set-clipboard on\nset -g status off\nset -g default-size 120x40\n", encoding="utf-8")

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True, text=True, timeout=10,
        )
        return done.stdout

    def start(self, command: list[str]) -> None:
        line = "env -u DISPLAY -u WAYLAND_DISPLAY -u COLUMNS -u LINES " + " ".join(shlex.quote(part) for part in command)
        self("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", line + "; sleep 60")

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "e2e")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self("send-keys", "-t", "e2e", key)
            time.sleep(0.15)

    def wait_for(self, check: Callable[[str], bool], what: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{self.screen()}")

    def buffer(self) -> str:
        return self("show-buffer")

    def stop(self) -> None:
        self("kill-server")


@pytest.fixture
def tmux(tmp_path: Path):
    terminal = Tmux(tmp_path)
    yield terminal
    terminal.stop()


def _reader_command() -> list[str]:
    script = Path(sys.executable).parent / "reader"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


class _Read:
    """An entry of the section list with the article it was made from."""

    def __init__(self, entry: Entry, article) -> None:
        self.entry, self.article = entry, article
        self.key, self.quote_count = entry.key, entry.quote_count


def _in_order(folder: Path, read) -> list[_Read]:
    articles = {str(path): read(path) for path in sorted(folder.glob("*.txt"))}
    order = in_order(group(Entry.of(path, article) for path, article in articles.items()))
    return [_Read(entry, articles[entry.key]) for entry in order]


def test_reader_command_opens_a_folder_and_quits(tmux: Tmux, tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", FILES)
    order = _in_order(folder, read_article)  # the real pipeline, whatever the extractor finds
    tmux.start([*_reader_command(), str(folder)])
    screen = tmux.wait_for(lambda s: "2 articles" in s, "the library to load")
    assert "Sections" in screen and "People" in screen and "Quotes" in screen
    assert " ".join(order[0].article.title.text.split()[:3]) in screen
    first_quote = next((entry for entry in order if entry.quote_count), None)
    if first_quote is not None:  # the extractor found quotes: the real pipeline copies too
        tmux.keys("n", "c")
        expected = cite.cite(first_quote.article.quotes[0], first_quote.article, "default", source_of(first_quote.article))
        deadline = time.monotonic() + 10
        while tmux.buffer() != expected and time.monotonic() < deadline:
            time.sleep(0.1)
        assert tmux.buffer() == expected
    tmux.keys("q")
    tmux.wait_for(lambda s: "Sections" not in s, "reader to quit")


def test_navigate_and_copy_with_attribution_into_the_tmux_buffer(tmux: Tmux, tmp_path: Path) -> None:
    folder = copy_samples(tmp_path / "articles", FILES)
    order = _in_order(folder, gold_read)
    first, second = order[0], order[1]
    assert first.quote_count == 3 and second.quote_count == 3
    tmux.start([sys.executable, str(ROOT / "tests" / "gold_app.py"), str(folder)])
    tmux.wait_for(lambda s: "2 articles · 6 quotes" in s, "the library to load")
    tmux.keys("n", "n")
    screen = tmux.wait_for(lambda s: "quote 2 of 3" in s, "the second quote")
    tmux.keys("c")
    expected = cite.cite(first.article.quotes[1], first.article, "default", source_of(first.article))
    assert "quoted in" in expected and "—" in expected
    screen = tmux.wait_for(lambda s: "Copied" in s, "the copy notification")
    assert "tmux set-clipboard on" in " ".join(screen.split())
    assert tmux.buffer() == expected
    # On past the last quote of the article: the next article, and the notification says so.
    tmux.keys("n", "n")
    screen = tmux.wait_for(lambda s: "On to the next article" in s, "the next article")
    assert second.article.title.text[:30] in " ".join(screen.split())
    tmux.keys("C")
    tmux.wait_for(lambda s: "Copy as" in s, "the style chooser")
    tmux.keys("Down", "Enter")
    expected = cite.cite(second.article.quotes[0], second.article, list(cite.STYLES)[1], source_of(second.article))
    deadline = time.monotonic() + 10
    while tmux.buffer() != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    assert tmux.buffer() == expected
    tmux.keys("q")


def test_a_library_indexed_in_worker_processes_inside_the_app(tmux: Tmux, tmp_path: Path) -> None:
    """Enough files for the process pool, started from inside the running app (whose stderr is
    Textual's capture, not a file), with a fresh cache."""
    folder = tmp_path / "articles"
    folder.mkdir()
    sample = (ROOT / "articles" / FILES[0]).read_text(encoding="utf-8")
    for number in range(120):
        (folder / f"{number:04}.txt").write_text(sample.replace("Kharkiv", f"Kharkiv{number}"), encoding="utf-8")
    cache = tmp_path / "fresh-cache"
    tmux.start(["env", f"XDG_CACHE_HOME={cache}", *_reader_command(), str(folder)])
    screen = tmux.wait_for(lambda s: "120 articles" in s, "the library to be indexed", timeout=60)
    assert "Traceback" not in screen and "Error" not in screen
    assert list((cache / "reader" / "index").glob("*.sqlite3"))
    tmux.keys("q")
