"""How parse + extract time grows with the size of one file: 1x, 2x, 4x, 8x.

usage: python benchmarks/scaling.py [BASE_ARTICLES]   (default 60 articles at 1x)

The input is one file made of many generated articles run together (so it holds many people,
quotes, sources and paragraphs), plus degenerate shapes: the same text as a single line, 1,000
unmatched opening quotation marks per size step, and three adversarial ones (issue 15), each a
single paragraph of one header and no sentence end: quotation marks only (every kind, mixed),
marks with short attributions and pronouns (`he said`), and thousands of different people who
share a few given names.  For each shape it prints the CPU time at each size and the ratio per
doubling; linear work gives about 2.0.  Target (issues 7 and 15): every ratio <= 2.3.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_library import make_library  # noqa: E402

from reader.article.parse import parse  # noqa: E402
from reader.extract import extract  # noqa: E402

SIZES = (1, 2, 4, 8)
MARKS = '"“”«»„\''  # every quotation mark the extractor pairs, and the apostrophe
HEADER = " date 2024-03-01 News\nOne paragraph of marks\n\n"
GIVEN = "Olena Taras Iryna Bohdan Oksana Dmytro Halyna Ivan".split()


def marks_only(characters: int) -> str:
    """Quotation marks of every kind in a random order, one paragraph, no words."""
    rng = random.Random(15)
    return HEADER + "".join(rng.choice(MARKS) for _ in range(characters)) + "\n"


def marks_and_pronouns(characters: int) -> str:
    """Marks between short attributions, pronouns among them, one paragraph, no full stop."""
    rng = random.Random(15)
    pieces = ["said", " he said ", "", "x ", " Olena Koval said, ", " she told reporters "]
    return HEADER + "".join(rng.choice(MARKS) + rng.choice(pieces) for _ in range(characters // 6)) + "\n"


def many_names(characters: int) -> str:
    """Thousands of different people sharing eight given names, each quoted, one paragraph."""
    rng = random.Random(15)
    pieces, size = [], 0
    while size < characters:
        piece = f"{rng.choice(MARKS)}{rng.choice(GIVEN)} Surname{len(pieces)} said {rng.choice(MARKS)} "
        pieces.append(piece)
        size += len(piece)
    return HEADER + "".join(pieces) + "\n"


def cpu_time(text: str) -> float:
    """The least CPU time of parse + extract over five runs (the machine's noise aside)."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        extract(parse(text))
        best = min(best, time.process_time() - started)
    return best


def shapes(base: str) -> dict[str, callable]:
    return {
        "articles": lambda k: base * k,
        "one line": lambda k: (base * k).replace("\n", " "),
        "unmatched quotes": lambda k: ("Lead.\n\n" + ' "word and more' * 1000 + "\n") * k,
        "short paragraphs": lambda k: "".join(f"Line {n} said Kovalenko.\n" for n in range(5000 * k)),
        "marks only": lambda k: marks_only(20_000 * k),
        "marks, pronouns": lambda k: marks_and_pronouns(20_000 * k),
        "many names": lambda k: many_names(20_000 * k),
    }


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    with tempfile.TemporaryDirectory() as folder:
        base = "\n".join(path.read_text() for path in make_library(count, Path(folder)))
    worst = 0.0
    for name, make in shapes(base).items():
        times = [cpu_time(make(k)) for k in SIZES]
        size = len(make(1)) / 1e6
        ratios = [later / earlier for earlier, later in zip(times, times[1:])]
        worst = max(worst, *ratios)
        steps = "  ".join(f"{k}x {t * 1000:7.1f} ms" for k, t in zip(SIZES, times))
        print(f"{name:17} (1x = {size:.2f} MB)  {steps}  ratios per doubling: "
              + ", ".join(f"{r:.2f}" for r in ratios))
    print(f"worst ratio per doubling: {worst:.2f}  (target <= 2.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
