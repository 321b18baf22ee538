"""Parse + extract speed on one core, against a bare read-and-split of the same files.

usage: python benchmarks/extract_speed.py [N]   (default 3000 generated articles)

Prints MB/s of parse + extract (CPU time of this process, so other work on the machine
counts little), the same for the baseline (read the file, decode it, split it into lines and
words), and their ratio.  Target (issue 3): at least 2 MB/s.
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

from reader.decode import decode  # noqa: E402
from reader.extract import extract  # noqa: E402
from reader.parse import parse  # noqa: E402


def measure(paths: list[Path], work) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for path in paths:
            work(path.read_bytes())
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
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        base = measure(paths, baseline)
        ours = measure(paths, reader_work)
    print(f"{count} articles, {megabytes:.2f} MB")
    print(f"baseline (read, decode, split): {megabytes / base:8.2f} MB/s")
    print(f"reader parse + extract:         {megabytes / ours:8.2f} MB/s   (target >= 2 MB/s)")
    print(f"ratio reader / baseline time:   {ours / base:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
