"""Parse + extract speed on one core, against a bare decode-and-split of the same files.

usage: python benchmarks/extract_speed.py [N]   (default 3000 generated articles)

The files are read into memory first, so the figures are for the work itself, not for the
disk: decoding the bytes, parsing and extracting (what the issue's target of at least 2 MB/s
is about), against the baseline of decoding the bytes and splitting them into lines and
words.  Reading the files is timed on its own and shown too, with the speed of the whole job
(read + decode + parse + extract).  Times are the CPU time of this process, the best of five
runs, so other work on the machine counts little.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_library import make_library  # noqa: E402

from reader.article.decode import decode  # noqa: E402
from reader.article.parse import parse  # noqa: E402
from reader.extract import extract  # noqa: E402

RUNS = 5


def best_time(items: list, work) -> float:
    """The least CPU time, over RUNS runs, of doing `work` on every item."""
    best = float("inf")
    for _ in range(RUNS):
        started = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - started)
    return best


def baseline(data: bytes) -> None:
    for line in data.decode("utf-8").split("\n"):
        line.split()


def reader_work(data: bytes) -> None:
    extract(parse(decode(data).text))


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    with tempfile.TemporaryDirectory() as folder:
        paths = make_library(count, Path(folder))
        reading = best_time(paths, Path.read_bytes)
        contents = [path.read_bytes() for path in paths]
    megabytes = sum(map(len, contents)) / 1e6
    base = best_time(contents, baseline)
    ours = best_time(contents, reader_work)
    print(f"{count} articles, {megabytes:.2f} MB (CPU time, best of {RUNS} runs)")
    print(f"reading the files:                    {megabytes / reading:8.2f} MB/s")
    print(f"baseline (decode, split):             {megabytes / base:8.2f} MB/s")
    print(f"reader (decode, parse, extract):      {megabytes / ours:8.2f} MB/s   (target >= 2 MB/s)")
    print(f"reader with the reading of the files: {megabytes / (reading + ours):8.2f} MB/s")
    print(f"ratio reader / baseline time:         {ours / base:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
