"""Startup, indexing, search and memory on a large library.

usage: python benchmarks/startup.py [N] [--library DIR] [--runs R]   (default 20000 articles)

Makes (or reuses, with --library) a synthetic library of N articles and, with a cache folder
of its own:

1. cold index: ``reader index DIR`` on an empty cache; articles per second, in all and per core.
   Target (issue 14): at least 1,000 per core, 2,000 a second on 2 cores.
2. startup: the time from launching ``reader DIR`` in a pseudo-terminal to the first frame that
   shows the section list (a section name with its count), against a minimal Textual app
   (a Tree with one label) launched the same way in the same run; median of R runs each,
   interleaved.  Target with the warm index (issue 14): ratio <= 1.2.
3. keys during a cold index: the app is launched on an empty cache and ``?`` is pressed while
   it indexes; the help screen must appear while the progress bar still runs.
4. search: the median time of a query's first page (50 hits) over the warm index, for a set of
   queries.  Target: <= 50 ms.
5. memory: resident size of the app (VmRSS) with the N-article library open, against a library
   of 10 articles.  Target: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MINIMAL_APP = '''
from textual.app import App
from textual.widgets import Tree

class Minimal(App):
    def compose(self):
        tree = Tree("Library")
        tree.root.add("Sections 1")
        tree.root.expand()
        yield tree

Minimal().run()
'''

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def reader_command() -> list[str]:
    script = Path(sys.executable).parent / "reader"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


class Terminal:
    """A program in a pseudo-terminal of 120x40; what it writes is read as it comes."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        import fcntl
        import struct
        import termios

        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(command[0], command, env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.kill(pid, signal.SIGWINCH)
        self.pid, self.fd = pid, fd
        self.screen = b""

    def read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return False
        self.screen += chunk
        return True

    def text(self) -> str:
        return ANSI.sub(b"", self.screen).decode("utf-8", "replace")

    def wait_for(self, pattern: str, timeout: float = 60) -> float:
        """Seconds from launch until ``pattern`` (a regex) appears on screen."""
        compiled = re.compile(pattern)
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.read(0.05) and compiled.search(self.text()):
                return time.perf_counter() - self.started
        raise TimeoutError(f"{pattern!r} did not appear; the screen had: {self.text()[-2000:]!r}")

    def press(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def rss_kb(self) -> int:
        """Resident size of the app (the process and its children, e.g. a launcher script)."""
        total = 0
        for pid in [self.pid, *children(self.pid)]:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total = max(total, int(line.split()[1]))
            except OSError:
                pass
        return total

    def close(self) -> None:
        for pid in [*children(self.pid), self.pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def children(pid: int) -> list[int]:
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    except FileNotFoundError:
        return []
    found = [int(line) for line in out.split()]
    return found + [grand for child in found for grand in children(child)]


def environment(cache: Path) -> dict[str, str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(cache / "config"), TERM="xterm-256color")
    env.pop("TEXTUAL", None)
    for name in ("COLUMNS", "LINES"):
        env.pop(name, None)
    return env


def section_list_shown(count: int) -> str:
    return r"[▼▶] (All Sections|News|Politics|Economy|War|Society|Opinion|Kyiv) \d+"


def time_startup(command: list[str], pattern: str, env: dict[str, str]) -> float:
    terminal = Terminal(command, env)
    try:
        return terminal.wait_for(pattern)
    finally:
        terminal.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=20000)
    parser.add_argument("--library", type=Path, help="use (or make) the library here")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from bytecode import compile_reader
    from make_library import make_library

    compile_reader()

    work = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    try:
        folder = args.library or work / "library"
        if not folder.is_dir() or not any(folder.rglob("*.txt")):
            print(f"making {args.count} articles in {folder} ...", flush=True)
            make_library(args.count, folder)
        count = sum(1 for _ in folder.rglob("*.txt"))
        small = work / "small"
        make_library(10, small)
        cache = work / "cache"
        env = environment(cache)
        cores = os.cpu_count() or 1

        # 1. Cold index.
        load = os.getloadavg()[0]
        started = time.perf_counter()
        subprocess.run([*reader_command(), "index", "--quiet", str(folder)], env=env, check=True, stdout=subprocess.DEVNULL)
        cold = time.perf_counter() - started
        rate = count / cold / cores
        print(
            f"cold index: {count} articles in {cold:.1f} s on {cores} cores = {count / cold:.0f} articles/s,"
            f" {rate:.0f} per core   (target >= 1000 per core)"
        )
        print(f"            (load average before: {load:.2f}; other work on the cores lowers this figure)")
        index = next((cache / "reader" / "index").glob("*.sqlite3"))
        size = sum(path.stat().st_size for path in folder.rglob("*.txt"))
        print(f"index size: {index.stat().st_size / 1e6:.1f} MB for {size / 1e6:.1f} MB of articles")

        # 2. Startup with the warm index, against a minimal Textual app.
        minimal = work / "minimal.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        subprocess.run([*reader_command(), "index", "--quiet", str(small)], env=env, check=True, stdout=subprocess.DEVNULL)
        ours, base = [], []
        for _ in range(args.runs):
            base.append(time_startup([sys.executable, str(minimal)], r"Sections 1", env))
            ours.append(time_startup([*reader_command(), str(folder)], section_list_shown(count), env))
        ours_median, base_median = statistics.median(ours), statistics.median(base)
        print(
            f"startup, warm index of {count}: reader {ours_median * 1000:.0f} ms, minimal Textual app "
            f"{base_median * 1000:.0f} ms (medians of {args.runs}); ratio {ours_median / base_median:.2f}   (target <= 1.2)"
        )

        # 3. Keys answered during a cold index.
        cold_cache = work / "cold-cache"
        terminal = Terminal([*reader_command(), str(folder)], environment(cold_cache))
        try:
            terminal.wait_for(r"indexing… \d+ of \d+")
            pressed = time.perf_counter()
            terminal.press("?")
            terminal.wait_for(r"reader — keys")
            answered = time.perf_counter() - pressed
            still = bool(re.search(r"indexing… \d+ of \d+", terminal.text()[-20000:]))
            print(f"during a cold index: ? opened the help in {answered * 1000:.0f} ms (indexing still running: {still})")
        finally:
            terminal.close()

        # 4. Search.
        from reader.library.library import Library

        queries = ["minister", "drone attack", "kharkiv", '"air defence"', "grain export", "said", "kov", "ukraine russia"]
        library = Library([folder], index=index).open()
        times = []
        for query in queries:
            runs = []
            for _ in range(5):
                started = time.perf_counter()
                library.search(query, limit=50)
                runs.append(time.perf_counter() - started)
            times.append(statistics.median(runs))
        library.close()
        detail = ", ".join(f"{query} {seconds * 1000:.0f}" for query, seconds in zip(queries, times))
        print(f"search, first page of 50 over {count}: median {statistics.median(times) * 1000:.1f} ms, "
              f"worst {max(times) * 1000:.1f} ms   (target <= 50 ms)  [{detail}]")

        # 5. Memory.
        sizes = {}
        for name, target in (("10", small), (str(count), folder)):
            terminal = Terminal([*reader_command(), str(target)], env)
            try:
                terminal.wait_for(r"\d+ articles? · \d+ q")  # `· 52804 q…` when the status line is cut
                time.sleep(1.0)
                sizes[name] = terminal.rss_kb()
            finally:
                terminal.close()
        print(f"memory: {sizes[str(count)] / 1024:.0f} MB with {count} articles, {sizes['10'] / 1024:.0f} MB with 10; "
              f"ratio {sizes[str(count)] / sizes['10']:.2f}   (target <= 1.5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
