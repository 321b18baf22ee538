"""`n` on a large library: CPU per press, CPU of held keys, memory (issue 15, item 11).

usage: python benchmarks/next_quote.py [N] [--library DIR] [--cache DIR] [--presses P] [--profile]

Makes (or reuses, with --library) a synthetic library of N articles (default 20000) and a small
one of 200, indexes both (in --cache, or a new temporary cache folder), then drives the real
app headless (``App.run_test``) on each, in this process:

1. paced `n`: P presses, each handled and painted before the next; the CPU time of the
   screen's thread per press on the large library, against the same on the small one in the
   same run.  Target: ratio <= 1.5 (a press costs the same whatever the library's size).
   The CPU of every thread is shown too: it adds the same-quote lookups, which read every
   quote of the index in a thread while an article stays open (and stop when it is left).
2. held `n`: P presses sent at once, as a held key sends them; the CPU time of every thread
   until the app has handled them all and is idle again, per press, against the paced presses
   on the same library.  Target: ratio <= 1.0 (keys that queue up cost no more than keys
   that do not).
3. memory: resident size after the paced presses against after the first tenth of them, and
   its growth per article entered (every `n` that leaves an article opens a new one).
   Target: ratio <= 1.05 (memory stays flat).

--profile prints where the time of the paced presses on the large library goes (cProfile).
Absolute times depend on the machine and on what else runs on it; the ratios do not, much.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def index(folder: Path) -> None:
    script = Path(sys.executable).parent / "reader"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    subprocess.run([*command, "index", "--quiet", str(folder)], check=True, stdout=subprocess.DEVNULL)


class Run:
    """What one run of presses on one library measured."""

    def __init__(self) -> None:
        self.paced_cpu = 0.0  # seconds of the screen's thread, per press
        self.paced_all = 0.0  # seconds of every thread (the same-quote lookups too), per press
        self.held_cpu = 0.0  # seconds of every thread, per press
        self.articles = 0  # articles entered by the paced presses
        self.rss_early = 0  # kB, after the first tenth of the paced presses
        self.rss_late = 0  # kB, after all of them


async def settle(app, pilot) -> None:
    """Every key handled, every worker done, the screen idle."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def measure(folder: Path, presses: int, profile: bool) -> Run:
    from textual import events

    from reader.ui.app import ReaderApp

    run = Run()
    app = ReaderApp(folder, quotes_file=Path(tempfile.gettempdir()) / "reader-bench-quotes.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for _ in range(5):  # warm up: modules loaded, first article shown
            await pilot.press("n")
        await settle(app, pilot)
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started, started_all, keys = time.thread_time(), time.process_time(), set()
        for number in range(presses):
            await pilot.press("n")
            keys.add(app.current_key)
            if number == presses // 10:
                await settle(app, pilot)
                run.rss_early = rss_kb()
        run.paced_cpu = (time.thread_time() - started) / presses
        await settle(app, pilot)
        run.paced_all = (time.process_time() - started_all) / presses
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        run.articles = len(keys)
        run.rss_late = rss_kb()
        started = time.process_time()
        for _ in range(presses):
            app.post_message(events.Key("n", "n"))
        await settle(app, pilot)
        run.held_cpu = (time.process_time() - started) / presses
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=20000)
    parser.add_argument("--library", type=Path, help="use (or make) the large library here")
    parser.add_argument("--cache", type=Path, help="the cache folder for the indexes (kept, to reuse)")
    parser.add_argument("--presses", type=int, default=400)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from make_library import make_library

    work = Path(tempfile.mkdtemp(prefix="reader-bench-n-"))
    os.environ["XDG_CACHE_HOME"] = str(args.cache or work / "cache")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    large = args.library or work / "large"
    if not large.is_dir() or not any(large.rglob("*.txt")):
        print(f"making {args.count} articles in {large} ...", flush=True)
        make_library(args.count, large)
    small = work / "small"
    make_library(200, small)
    for folder in (large, small):
        index(folder)
    count = sum(1 for _ in large.rglob("*.txt"))

    base = asyncio.run(measure(small, args.presses, profile=False))
    ours = asyncio.run(measure(large, args.presses, profile=args.profile))
    print(f"{args.presses} presses of n, load average {os.getloadavg()[0]:.2f}")
    for name, run in (("200 articles", base), (f"{count} articles", ours)):
        print(
            f"  {name:>16}: paced {run.paced_cpu * 1000:6.1f} ms CPU per press on the screen's thread,"
            f" {run.paced_all * 1000:6.1f} ms in all ({run.articles} articles entered);"
            f" held {run.held_cpu * 1000:6.1f} ms per press in all"
        )
    print(f"paced n, large / small library (screen's thread): {ours.paced_cpu / base.paced_cpu:.2f}   (target <= 1.5)")
    print(f"held n / paced n, large library (all threads): {ours.held_cpu / ours.paced_all:.2f}   (target <= 1.0)")
    growth = (ours.rss_late - ours.rss_early) / max(1, ours.articles * 9 // 10)
    print(
        f"memory, after all presses / after a tenth: {ours.rss_late / ours.rss_early:.3f}   (target <= 1.05)"
        f"   [{ours.rss_early / 1024:.0f} -> {ours.rss_late / 1024:.0f} MB, about {growth:.1f} kB per article entered]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
