"""The long fuzz run: a million or more generated inputs through decode, parse, extract, cite.

usage: python -m tests.long_fuzz [COUNT] [--workers N] [--seed S] [--out DIR]

Outside the normal suite (it takes minutes). Inputs are mutations of real-format articles (the
development articles in ../shared/corpus/dev when present, and our own samples and held-out
articles), splices of two articles, texts built from format fragments, and random bytes. Each
input must decode or fail with a one-line reason, and its Article must keep every invariant:
spans inside the text, quote text equal to its spans, mentions spelling a form of the name,
nothing of the body lost, JSON and citations made without error. A failing input is saved to
DIR (default /tmp/reader-fuzz) with its traceback, and the run prints the count and failures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.article.decode import UnreadableFile, decode  # noqa: E402
from reader.article.parse import parse  # noqa: E402
from reader.extract import extract  # noqa: E402
from reader.output.cite import STYLES, cite  # noqa: E402
from reader.output.serialize import article_to_dict  # noqa: E402

NASTY = [
    '"', "“", "”", "«", "»", "„", "'", "’", "‘", "[", "]", "(", ")", " – ed.]", "\n", "\n\n", "\r",
    "\r\n", "\t", "\x00", "\x1b[31m", "\x1b]52;c;aGk=\x07", "\x07", "\u202e", "\u200f", "\u0301",
    "🇺🇦", "😀", "\ufeff", "\u2028", ":", "Source:", "Quote:", "Quote from Doe:", "Details:",
    "Background:\n", " date 2024-09-02 All Sections\n", "Jane DoeMonday, 2 September 2024, 22:14\n",
    "Photo: ", "Support UP or become our patron!", "Subjects: WAR\n", ", Umierov said.", " said: ",
    "President Volodymyr Zelenskyy", "he added", "she noted", "the minister said", "• ", "1. ",
    "[bold red]", "[link=file:///etc/passwd]", "[@click=app.quit]", "ʼ", "Ё", "ß", "İ", "ǅ",
]


def seeds() -> list[str]:
    folders = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "articles", ROOT / "tests" / "corpus"]
    texts = []
    for folder in folders:
        if folder.is_dir():
            texts += [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return texts


def mutate(rng: random.Random, text: str, others: list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        choice = rng.random()
        at = rng.randint(0, len(text))
        if choice < 0.3:
            text = text[:at] + rng.choice(NASTY) + text[at:]
        elif choice < 0.45 and text:
            end = min(len(text), at + rng.randint(1, 200))
            text = text[:at] + text[end:]
        elif choice < 0.55 and text:
            end = min(len(text), at + rng.randint(1, 300))
            text = text[:at] + text[at:end] * rng.randint(2, 4) + text[end:]
        elif choice < 0.65:
            other = rng.choice(others)
            cut = rng.randint(0, len(other))
            text = text[:at] + other[cut:]
        elif choice < 0.72:
            text = text[:at]
        elif choice < 0.8 and text:
            end = min(len(text), at + rng.randint(1, 100))
            piece = text[at:end]
            text = text[:at] + (piece.upper() if rng.random() < 0.5 else piece.lower()) + text[end:]
        elif choice < 0.9:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        else:
            text = text[:at] + "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 20))) + text[at:]
    return text


def generated(rng: random.Random) -> str:
    return "".join(rng.choice(NASTY) if rng.random() < 0.5 else rng.choice(["word", "Kyiv", "Doe", " ", ".", "Oksana Koval"]) for _ in range(rng.randint(0, 80)))


def make_input(rng: random.Random, texts: list[str]) -> bytes:
    kind = rng.random()
    if kind < 0.75:
        text = mutate(rng, rng.choice(texts), texts)
    elif kind < 0.93:
        text = generated(rng)
    else:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 400)))
    encoding = rng.choice(["utf-8"] * 8 + ["utf-16", "cp1251", "latin-1", "utf-8-sig"])
    return text.encode(encoding, errors="replace")


def check(data: bytes) -> None:
    try:
        decoded = decode(data)
    except UnreadableFile as error:
        assert str(error) and "\n" not in str(error)
        return
    article = extract(parse(decoded.text))
    text = article.text
    owned = set()
    spans = [block.span for block in article.blocks] + [removed.span for removed in article.removed]
    spans += [field.span for field in (article.title, article.byline, article.caption) if field]
    if article.header:
        spans.append(article.header)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        owned.update(range(span.start, span.end))
    assert all(char.isspace() or i in owned for i, char in enumerate(text)), "text lost"
    for block in article.blocks:
        assert text[block.start : block.end] == block.text
    for quote in article.quotes:
        assert "\n".join(text[s.start : s.end] for s in quote.spans) == quote.text
        for style in STYLES:
            assert "\x1b" not in cite(quote, article, style)
    for person in article.people:
        for span in person.mentions:
            assert text[span.start : span.end] in (person.name, *person.aliases)
    json.dumps(article_to_dict(article))


def run_batch(arguments: tuple[int, int, str]) -> tuple[int, list[str]]:
    seed, count, out = arguments
    rng = random.Random(seed)
    texts = seeds()
    failures = []
    for number in range(count):
        data = make_input(rng, texts)
        try:
            check(data)
        except Exception:  # noqa: BLE001 - a fuzz run records every failure
            name = Path(out) / f"failure-{seed}-{number}"
            name.parent.mkdir(parents=True, exist_ok=True)
            name.with_suffix(".txt").write_bytes(data)
            name.with_suffix(".log").write_text(traceback.format_exc())
            failures.append(str(name))
    return count, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="/tmp/reader-fuzz")
    args = parser.parse_args(argv)
    batch = 5000
    jobs = [(args.seed * 1_000_003 + n, min(batch, args.count - n * batch), args.out) for n in range((args.count + batch - 1) // batch)]
    started = time.monotonic()
    done, failures = 0, []
    with ProcessPoolExecutor(args.workers) as pool:
        for count, failed in pool.map(run_batch, jobs):
            done += count
            failures += failed
            if done % 100_000 < batch:
                print(f"{done:>9,} inputs, {len(failures)} failures, {time.monotonic() - started:.0f} s", flush=True)
    print(f"done: {done:,} inputs in {time.monotonic() - started:.0f} s, {len(failures)} failures")
    for name in failures[:20]:
        print(f"  {name}.txt / .log")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
