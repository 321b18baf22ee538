"""Write a synthetic library of N articles in the real export format.

usage: python benchmarks/make_library.py N DIR [--seed S]

Each article is recombined from our own sample articles (articles/): the people get new names
(consistently within the article, surname-only mentions included), the date, weekday and
section change, and some articles borrow a paragraph from another sample.  Files go into
DIR/YEAR/NNNNNN-slug.txt so the library has folders, as users' libraries do.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.article.read import find_articles, read_article  # noqa: E402
from reader.extract.lexicon import lexicon  # noqa: E402

SECTIONS = ["All Sections", "News", "Politics", "Economy", "War", "Society", "Opinion", "Kyiv"]
GIVEN = {
    "m": "Oleksandr Andrii Mykola Serhii Ihor Taras Bohdan Yurii Vasyl Roman Dmytro Petro Ivan".split(),
    "f": "Olena Oksana Iryna Nataliia Tetiana Kateryna Halyna Yuliia Mariia Liudmyla Sofiia".split(),
}
ROOTS = (
    "Koval Bondar Tkach Melnyk Shevch Kravch Moroz Lysen Savch Hrytsen Pavl Marchen Rudn Boyk "
    "Kharch Levch Ostap Dovh Zabolot Ivash Tereshch Yarosh Didk Fedor Slyus Honchar Kushn Lytvyn"
).split()
SUFFIXES = ["enko", "uk", "chuk", "yshyn", "ets", "ko", "iak", "ovych"]


def new_name(rng: random.Random, used: set[str], gender: str) -> tuple[str, str]:
    while True:
        surname = rng.choice(ROOTS) + rng.choice(SUFFIXES)
        full = f"{rng.choice(GIVEN[gender])} {surname}"
        if full not in used:
            used.add(full)
            return full, surname


def rename_people(text: str, people, rng: random.Random) -> str:
    used: set[str] = set()
    replacements: dict[str, str] = {}
    for person in people:
        gender = lexicon().gender_of(person.name.split()[0]) or rng.choice("mf")
        full, surname = new_name(rng, used, gender)
        replacements[person.name] = full
        old_surname = person.name.split()[-1]
        if len(person.name.split()) > 1:
            replacements.setdefault(old_surname, surname)
        for alias in person.aliases:
            replacements.setdefault(alias, surname if len(alias.split()) == 1 else full)
    for old in sorted(replacements, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", replacements[old], text)
    return text


def redate(text: str, day: date, section: str, rng: random.Random) -> str:
    text = re.sub(r"(?m)^( ?date )\d{4}-\d{2}-\d{2}( [A-Z][a-z]+(?: [A-Z][a-z]+)?)?$",
                  lambda m: f"{m.group(1)}{day.isoformat()} {section}", text)
    text = re.sub(r"(?m)^( ?date )\d{4}-\d{2}-\d{2}", lambda m: f"{m.group(1)}{day.isoformat()}", text)
    when = datetime(day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(60))
    stamp = f"{when:%A}, {when.day} {when:%B %Y, %H:%M}"
    return re.sub(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}:\d{2}",
        stamp,
        text,
    )


def borrow_paragraph(text: str, other: str, rng: random.Random) -> str:
    paragraphs = [p for p in other.split("\n") if p.startswith(('"', "“")) and len(p) > 80]
    if not paragraphs:
        return text
    lines = text.split("\n")
    at = max(1, len(lines) - 3)
    return "\n".join(lines[:at] + ["", rng.choice(paragraphs)] + lines[at:])


def make_library(count: int, folder: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    samples = [read_article(path) for path in find_articles([ROOT / "articles"])]
    start = date(2022, 2, 24)
    written = []
    for number in range(count):
        sample = samples[number % len(samples)]
        text = rename_people(sample.text, sample.people, rng)
        day = start + timedelta(days=rng.randrange(0, 1400))
        text = redate(text, day, rng.choice(SECTIONS), rng)
        if rng.random() < 0.3:
            text = borrow_paragraph(text, rng.choice(samples).text, rng)
        slug = Path(sample.path).stem.split("-", 3)[-1]
        path = folder / str(day.year) / f"{number:06d}-{slug}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    written = make_library(args.count, args.folder, args.seed)
    size = sum(path.stat().st_size for path in written)
    print(f"wrote {len(written)} articles ({size / 1e6:.1f} MB) under {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
