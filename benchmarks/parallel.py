"""Wall time of the commands that read many files, on every core against one (issue 14).

usage: python benchmarks/parallel.py [DIR] [--runs R] [--jobs N]
       (default: ../shared/corpus/polnear-train/raw, 5 runs, N = the cores here)

Runs ``reader extract --json``, ``reader quotes`` and ``reader people`` over DIR with
``--jobs 1`` and ``--jobs N``, alternated, R times each, output to /dev/null, and prints the best
and the median wall time of each and the ratio (one process's time over N processes').
Target for ``reader extract --json`` on polnear-train with 2 cores: ratio >= 1.8.

The wall time counts everything a user waits for: the interpreter's start, the imports, the
worker processes' start, and the command's own process writing the results.  Other work on
the machine lowers the ratio, since the N processes need N free cores: before each run the
script waits (up to a minute) for the cores to be idle, and it prints how much CPU time other
processes took during the runs; a run with much of it is worth repeating.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_reader

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear-train" / "raw"
COMMANDS = {
    "extract --json": ["extract", "--json"],
    "quotes": ["quotes"],
    "people": ["people"],
}


def busy_and_total() -> tuple[int, int]:
    """The machine's busy and total CPU time so far, in clock ticks (from /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        values = [int(value) for value in stat.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def wait_for_idle_cores(patience: float = 60.0) -> None:
    """Wait until the cores are (almost) idle for half a second, or ``patience`` runs out."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        busy, total = busy_and_total()
        time.sleep(0.5)
        busy_after, total_after = busy_and_total()
        if (busy_after - busy) <= 0.05 * max(1, total_after - total):
            return


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time of one run, and the CPU time other processes took meanwhile (seconds)."""
    ticks = os.sysconf("SC_CLK_TCK")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy, _ = busy_and_total()
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    busy_after, _ = busy_and_total()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    ours = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, max(0.0, (busy_after - busy) / ticks - ours)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=POLNEAR)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"{args.folder} is not here")
        return 2
    compile_reader()
    reader = [sys.executable, "-m", "reader"]
    print(f"{args.folder}: wall time, {args.runs} runs alternated; --jobs 1 against --jobs {args.jobs}")
    for name, words in COMMANDS.items():
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        other = 0.0
        for _ in range(args.runs):
            for jobs in times:
                wait_for_idle_cores()
                wall, foreign = timed([*reader, *words, "--jobs", str(jobs), str(args.folder)])
                times[jobs].append(wall)
                other += foreign
        one, many = times[1], times[args.jobs]
        print(
            f"  reader {name:15} --jobs 1: best {min(one):.2f} s, median {statistics.median(one):.2f} s;"
            f"  --jobs {args.jobs}: best {min(many):.2f} s, median {statistics.median(many):.2f} s;"
            f"  ratio of bests {min(one) / min(many):.2f}, of medians {statistics.median(one) / statistics.median(many):.2f}"
            f"  (other processes: {other:.1f} s of CPU)"
        )
    print("target: reader extract --json, ratio >= 1.8 on 2 cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
