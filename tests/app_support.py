"""Helpers for the app's tests: articles with people and quotes filled in from the gold files.

The extractor is written separately; these tests must not depend on how well it does.  So the
app is given a `read` function that parses the real file and then takes its people and quotes
from the hand-made gold annotations (tests/gold/*.gold.json), located in the text by search.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from reader.article.read import read_article
from reader.library.library import Library
from reader.model import Article, Person, Quote, Span

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "articles"
GOLD = ROOT / "tests" / "gold"


def _mentions(text: str, names: list[str]) -> tuple[Span, ...]:
    found: list[Span] = []
    for name in sorted(set(names), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(other) for other in found):
                found.append(span)
    return tuple(sorted(found))


def _quote_spans(text: str, quote_text: str, start: int) -> tuple[Span, ...] | None:
    spans = []
    for part in quote_text.split("\n"):
        at = text.find(part, start)
        if at < 0:
            return None
        spans.append(Span(at, at + len(part)))
        start = at + len(part)
    return tuple(spans)


def with_gold(article: Article, gold: dict) -> Article:
    people = []
    roles: dict[str, str | None] = {}
    for person in gold.get("people", []):
        names = [person["name"], *person.get("aliases", [])]
        people.append(
            Person(
                name=person["name"],
                aliases=tuple(person.get("aliases", [])),
                roles=tuple(person.get("roles", [])),
                mentions=_mentions(article.text, names),
            )
        )
        roles[person["name"]] = (person.get("roles") or [None])[0]
    quotes = []
    position = 0
    for quote in gold.get("quotes", []):
        spans = _quote_spans(article.text, quote["text"], position)
        if spans is None:
            spans = _quote_spans(article.text, quote["text"], 0)
        if spans is None:
            continue
        position = spans[-1].end
        speaker = quote.get("speaker")
        quotes.append(
            Quote(
                text="\n".join(span.of(article.text) for span in spans),
                spans=spans,
                speaker=speaker,
                speaker_kind="person" if speaker in roles else ("organisation" if speaker else None),
                speaker_role=roles.get(speaker) if speaker else None,
            )
        )
    quotes.sort(key=lambda quote: quote.start)
    return article.with_extraction(tuple(people), tuple(quotes))


def gold_read(path: Path) -> Article:
    """The real parse of ``path``, with people and quotes from its gold file when it has one."""
    article = read_article(path, with_extraction=False)
    gold_file = GOLD / (Path(path).stem + ".gold.json")
    if not gold_file.exists():
        return article
    return with_gold(article, json.loads(gold_file.read_text(encoding="utf-8")))


def gold_library(folder: Path) -> Library:
    """The library of ``folder`` read with gold people and quotes (its own index, since the
    read function is part of what the index is made with)."""
    return Library([folder], read=gold_read)


def copy_samples(target: Path, names: list[str] | None = None) -> Path:
    """Copy some (or all) of the bundled sample articles into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(SAMPLES.glob("*.txt")):
        if names is None or path.name in names:
            shutil.copy(path, target / path.name)
    return target


class FakeSystemClipboard:
    """Stands in for pyperclip: records what it was given, or fails like pyperclip does."""

    def __init__(self) -> None:
        self.copied: list[str] = []
        self.fail = True

    def __call__(self, text: str) -> None:
        if self.fail:
            import pyperclip

            raise pyperclip.PyperclipException(
                "\n    Pyperclip could not find a copy/paste mechanism for your system.\n"
                "    For more information, please visit https://pyperclip.readthedocs.io/en/latest/index.html#not-implemented-error "
            )
        self.copied.append(text)


@pytest.fixture
def system_clipboard(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeSystemClipboard:
    """No test touches the real clipboard, or depends on the terminal it runs in or on the
    user's config file."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    import pyperclip

    fake = FakeSystemClipboard()

    def copy_fake(text: str) -> None:
        fake(text)

    monkeypatch.setattr(pyperclip, "copy", copy_fake)
    for name in ("TMUX", "TERM_PROGRAM", "WT_SESSION", "STY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    return fake


async def loaded(app, pilot) -> None:
    """Wait until the app has read its library and shown the first article."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def line_styles(view, line: int) -> list[tuple[str, object]]:
    """The (text, rich style) segments the article pane paints on one of its layout lines."""
    strip = view.render_line(line - view.scroll_offset.y)
    return [(segment.text, segment.style) for segment in strip]


def panel_lines(panel) -> list[str]:
    """The text of the lines an option list (the quote panel, the people sidebar) shows."""
    return [panel.render_line(y).text for y in range(panel.scrollable_content_region.height)]


def panel_segments(panel) -> list[tuple[str, object]]:
    """The (text, rich style) segments an option list paints, line by line."""
    return [(segment.text, segment.style) for y in range(panel.scrollable_content_region.height) for segment in panel.render_line(y)]
