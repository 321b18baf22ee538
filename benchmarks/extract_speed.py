"""Extraction speed on one core, stage by stage, against a bare decode-and-split of the same files.

usage: python benchmarks/extract_speed.py [N] [--runs R]   (default 3000 generated articles, 5 runs)

Three sets of articles: N generated ones (``make_library``), and the real ones beside the
repository when they are there: polnear-train (837 US news pages, ``../shared/corpus/polnear-train/raw``)
and the UP development articles (``../shared/corpus/dev``).  Generated articles run faster than
real pages, so the real ones are the figures to trust.

The files are read into memory first, so the figures are for the work itself, not for the disk.
Each stage is timed on its own, on the previous stage's output, in characters of decoded text a
second:

- decode: bytes to text (``reader.article.decode.decode``);
- parse: text to an Article (``reader.article.parse.parse``);
- entities: the people and organisations (``reader.extract.entities.recognise``, as ``extract``
  calls it: timed inside ``extract``'s runs);
- speakers: the rest of ``reader.extract.extract`` (the quotes, who said them);
- JSON: an article as ``reader extract --json`` writes it.

Each is also given as a ratio of its time to the baseline's (decoding the bytes and splitting
them into lines and words), measured in the same run, so the figures compare across machines
and across a busy or an idle one.  Times are the CPU time of this process, the best of the runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
REAL = {"polnear-train": SHARED / "polnear-train" / "raw", "UP dev": SHARED / "dev"}
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_library import make_library  # noqa: E402

import reader.extract as extract_module  # noqa: E402
from reader.article.decode import decode  # noqa: E402
from reader.article.parse import parse  # noqa: E402
from reader.article.read import find_articles  # noqa: E402
from reader.extract import extract  # noqa: E402
from reader.output.serialize import article_to_dict  # noqa: E402

STAGES = ("decode", "parse", "entities", "speakers", "JSON")


def best_time(items: list[Any], work: Callable[[Any], object], runs: int) -> float:
    """The least CPU time, over ``runs`` runs, of doing ``work`` on every item."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - started)
    return best


def baseline(data: bytes) -> None:
    for line in data.decode("utf-8", "replace").split("\n"):
        line.split()


def to_json(article: Any) -> str:
    return json.dumps(article_to_dict(article), ensure_ascii=False)


def extract_times(articles: list[Any], runs: int) -> tuple[float, float]:
    """The best run of ``extract`` over the articles: (entities, speakers) CPU time, the time
    spent in ``recognise`` told apart by wrapping it where ``extract`` looks it up."""
    recognise = extract_module.recognise
    inside = [0.0]

    def timed_recognise(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return recognise(*args, **kwargs)
        finally:
            inside[0] += time.process_time() - started

    extract_module.recognise = timed_recognise  # type: ignore[assignment]
    try:
        best = (float("inf"), 0.0)
        for _ in range(runs):
            inside[0] = 0.0
            started = time.process_time()
            for article in articles:
                extract(article)
            total = time.process_time() - started
            if total < sum(best):
                best = (inside[0], total - inside[0])
        return best
    finally:
        extract_module.recognise = recognise  # type: ignore[assignment]


def measure(name: str, contents: list[bytes], runs: int) -> None:
    texts = [decode(data).text for data in contents]
    articles = [parse(text) for text in texts]
    extracted = [extract(article) for article in articles]
    characters = sum(map(len, texts))
    base = best_time(contents, baseline, runs)
    entities, speakers = extract_times(articles, runs)
    seconds = {
        "decode": best_time(contents, decode, runs),
        "parse": best_time(texts, parse, runs),
        "entities": entities,
        "speakers": speakers,
        "JSON": best_time(extracted, to_json, runs),
    }
    total = sum(seconds.values())
    print(f"\n{name}: {len(contents)} articles, {characters / 1e6:.2f} M characters, {sum(map(len, contents)) / 1e6:.2f} MB")
    print(f"  {'stage':<26}{'M chars/s':>10}{'time / baseline':>17}")
    print(f"  {'baseline (decode, split)':<26}{characters / base / 1e6:10.2f}{1.0:16.1f}x")
    for stage in STAGES:
        print(f"  {stage:<26}{characters / seconds[stage] / 1e6:10.2f}{seconds[stage] / base:16.1f}x")
    print(f"  {'whole job (all stages)':<26}{characters / total / 1e6:10.2f}{total / base:16.1f}x")


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("count", nargs="?", type=int, default=3000, help="generated articles (default 3000)")
    options.add_argument("--runs", type=int, default=5, help="runs of each stage; the best counts (default 5)")
    args = options.parse_args()
    print(f"CPU time, best of {args.runs} runs; characters of decoded text a second")
    with tempfile.TemporaryDirectory() as folder:
        paths = make_library(args.count, Path(folder))
        contents = [path.read_bytes() for path in paths]
    measure("generated", contents, args.runs)
    for name, folder in REAL.items():
        if folder.is_dir():
            measure(name, [path.read_bytes() for path in find_articles([folder])], args.runs)
        else:
            print(f"\n{name}: {folder} is not here; skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
