"""The quote you copy is the quote you see: the app's state under fast keys.

A model-based test drives the real app with random sequences of `n`, `p`, `]`, `[`, `c`,
`escape`, choosing a person, opening an article and resizing, the keys sent without waiting
for the app between them; after each sequence settles, the app must agree with a small model
of what those keys mean, and its panes with each other: the quote panel's current item, the
article's highlighted quote, the border's "quote x of y" and what `c` copied are one quote, that
quote is in view, and the positions saved when leaving articles reopen on the quote shown.

The normal suite runs a few hundred seeded sequences; ``pytest -m slow_keys`` runs thousands
(``READER_KEYS_SEQUENCES`` and ``READER_KEYS_SEED`` change how many and the seed).
"""

from __future__ import annotations

import asyncio
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual import events

from reader.model import Article
from reader.output.cite import cite
from reader.output.publication import source_of
from reader.ui.app import ReaderApp
from reader.ui.widgets.people_sidebar import PeopleSidebar, quotes_by
from reader.ui.widgets.section_list import SectionList

from .app_support import FakeSystemClipboard, copy_samples, gold_library, loaded

KEY_CHARS = {"n": "n", "p": "p", "right_square_bracket": "]", "left_square_bracket": "[", "c": "c", "escape": "\x1b"}
SIZES = [(100, 28), (84, 24), (120, 30), (100, 20), (80, 16)]


def make(folder: Path) -> ReaderApp:
    return ReaderApp(folder, library=gold_library(folder), quotes_file=folder.parent / "quotes.txt")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return copy_samples(tmp_path / "articles")


async def send(app: ReaderApp, key: str, gap: int = 0) -> None:
    """Press ``key`` without waiting for the app to handle it (as when a key is held): the
    next key comes after ``gap`` turns of the event loop, when the app and its panes may have
    done part of the work of this one."""
    app.post_message(events.Key(key, KEY_CHARS.get(key)))
    for _ in range(gap):
        await asyncio.sleep(0)


async def settle(app: ReaderApp, pilot) -> None:
    """Wait until the app has handled every key sent and every message they caused (a few
    rounds: a message handled may post another)."""
    await app.workers.wait_for_complete()
    for _ in range(4):
        await drained(app)


async def drained(app: ReaderApp) -> None:
    """Every message the app, its screen and their widgets held when called has been handled
    (like ``Pilot.pause``, without painting the screen each time)."""
    pumps = [app, app.screen, *app.screen.walk_children(with_self=False)]
    done = [asyncio.Event() for _ in pumps]
    for pump, event in zip(pumps, done):
        if not pump.call_later(event.set):
            event.set()  # not running any more
    await asyncio.gather(*(event.wait() for event in done))


@dataclass
class Model:
    """What the keys mean: the open article, the current quote, the person followed, the
    positions saved for the articles left, and every citation copied."""

    app: ReaderApp
    keys: list[str]  # every key of the library, in the order of the section list
    key: str
    quote: int | None = None
    person: str | None = None
    marks: dict[str, int | None] = field(default_factory=dict)
    copies: list[str] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)

    def article(self, key: str | None = None) -> Article:
        key = key or self.key
        if key not in self.articles:
            self.articles[key] = self.app.library.article(key)
        return self.articles[key]

    def followed(self) -> list[int] | None:
        if self.person is None:
            return None
        article = self.article()
        person = next(person for person in article.people if person.name == self.person)
        return quotes_by(article, person)

    def open(self, key: str) -> None:
        if key == self.key:
            return
        self.marks[self.key] = self.quote
        self.key, self.person = key, None
        self.quote = self.marks.get(key)

    def step(self, forward: bool) -> None:
        count = len(self.article().quotes)
        followed = self.followed()
        candidates = followed if followed is not None else list(range(count))
        if forward:
            later = [index for index in candidates if self.quote is None or index > self.quote]
        else:
            later = [index for index in candidates if self.quote is not None and index < self.quote][-1:]
        if later:
            self.quote = later[0]
            return
        if followed is not None:
            return  # no more quotes by the person followed: stay
        position = self.keys.index(self.key)
        others = self.keys[position + 1 :] if forward else self.keys[:position][::-1]
        for key in others:
            quotes = len(self.article(key).quotes)
            if quotes:
                self.open(key)
                self.quote = 0 if forward else quotes - 1
                return

    def choose(self, index: int) -> None:
        self.person = self.article().people[index].name
        followed = self.followed() or []
        if self.quote in followed:
            return
        later = [quote for quote in followed if self.quote is None or quote > self.quote]
        earlier = [quote for quote in followed if self.quote is not None and quote < self.quote]
        self.quote = later[0] if later else (earlier[-1] if earlier else None)

    def copy(self) -> None:
        if self.quote is not None:
            article = self.article()
            self.copies.append(cite(article.quotes[self.quote], article, "default", source_of(article)))


async def run_sequences(library: Path, clipboard: FakeSystemClipboard, seed: int, sequences: int) -> None:
    clipboard.fail = False
    rng = random.Random(seed)
    app = make(library)
    async with app.run_test(size=SIZES[0]) as pilot:
        await loaded(app, pilot)
        keys = [entry.key for entry in app.order]
        model = Model(app, keys, app.current_key)
        for number in range(sequences):
            done: list[str] = []
            for _ in range(rng.randint(1, 12)):
                roll = rng.random()
                if roll < 0.55:
                    key = rng.choice(["n", "n", "p", "right_square_bracket", "left_square_bracket"])
                    await send(app, key, rng.randint(0, 8))
                    model.step(forward=key in ("n", "right_square_bracket"))
                    done.append(key)
                elif roll < 0.65:
                    await send(app, "c", rng.randint(0, 8))
                    model.copy()
                    done.append("c")
                elif roll < 0.72:
                    await send(app, "escape", rng.randint(0, 8))
                    model.person = None
                    done.append("escape")
                elif roll < 0.84:
                    people = model.article().people
                    if people:
                        await settle(app, pilot)  # a choice in another pane: the keys before it first
                        index = rng.randrange(len(people))
                        app.people.post_message(PeopleSidebar.PersonChosen(app.article, index))
                        model.choose(index)
                        done.append(f"person {index}")
                elif roll < 0.94:
                    await settle(app, pilot)
                    key = rng.choice(keys)
                    app.sections.post_message(SectionList.ArticleChosen(key))
                    model.open(key)
                    done.append(f"open {Path(key).name}")
                else:
                    size = rng.choice(SIZES)
                    await pilot.resize_terminal(*size)
                    done.append(f"resize {size}")
            await settle(app, pilot)
            where = f"seed {seed}, sequence {number}: {done}"
            check(app, model, clipboard, where)


def check(app: ReaderApp, model: Model, clipboard: FakeSystemClipboard, where: str) -> None:
    assert (app.current_key, app.current_quote) == (model.key, model.quote), where
    person = app.selected_person
    assert (person.name if person else None) == model.person, where
    # the panes show one and the same quote
    assert app.quotes.current == app.current_quote, where
    assert app.view.current_quote == app.current_quote, where
    total = len(app.article.quotes)
    expected_border = f"quote {app.current_quote + 1} of {total}" if app.current_quote is not None else ""
    assert str(app.view.border_subtitle) == expected_border, where
    if model.person is not None:
        assert app.quotes.shown == model.followed(), where
    # what c copied, press by press, is the quote the model says was current
    assert clipboard.copied == model.copies, where
    if app.current_quote is not None:
        quote = app.article.quotes[app.current_quote]
        line = app.view.line_of(quote.start)
        assert line is not None and app.view.is_line_visible(line), where
    # what was saved on leaving an article is the quote shown there
    for key, quote in model.marks.items():
        assert app.session.marks[key].quote == quote, f"{where}: mark of {Path(key).name}"


def titled(app: ReaderApp, name: str) -> str:
    return next(entry.key for entry in app.order if Path(entry.key).name.startswith(name))


async def test_a_person_chosen_keeps_the_current_quote_copy_and_moves_among_their_quotes(
    library: Path, system_clipboard: FakeSystemClipboard
) -> None:
    system_clipboard.fail = False
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        app.open_entry(titled(app, "2024-05-16-poland"))
        await pilot.pause()
        await pilot.press("n", "n", "n")
        assert app.current_quote == 2 and app.quote.speaker == "Karl von der Brugge"
        app.people.post_message(PeopleSidebar.PersonChosen(app.article, 0))  # Serhii Kovalenko: quotes 1 and 2
        await pilot.pause()
        assert app.quotes.shown == [0, 1]
        assert app.current_quote == 1 and app.quotes.current == 1
        assert str(app.view.border_subtitle) == "quote 2 of 3"
        await pilot.press("c")
        assert "Serhii Kovalenko" in system_clipboard.copied[-1]
        assert app.quote.text in system_clipboard.copied[-1].replace("‘", "“").replace("’", "”") or app.quote.text[:20] in system_clipboard.copied[-1]
        await pilot.press("n")
        await pilot.pause()
        assert app.current_key == titled(app, "2024-05-16-poland") and app.current_quote == 1
        assert app.selected_person is not None and app.selected_person.name == "Serhii Kovalenko"
        assert "No more quotes by Serhii Kovalenko" in app.notices[-1]
        await pilot.press("p")
        assert app.current_quote == 0 and app.quotes.current == 0
        await pilot.press("p")
        assert app.current_quote == 0 and "No more quotes by Serhii Kovalenko" in app.notices[-1]


async def test_held_keys_count_every_press_in_order_and_save_what_was_shown(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        order = [entry.key for entry in app.order]
        stops = [(entry.key, index) for entry in app.order for index in range(entry.quote_count)]
        assert app.current_key == order[0] and app.current_quote is None
        for _ in range(10):
            await send(app, "n")
        await settle(app, pilot)
        assert (app.current_key, app.current_quote) == stops[9]
        for _ in range(6):
            await send(app, "p")
        await settle(app, pilot)
        assert (app.current_key, app.current_quote) == stops[3]
        assert app.quotes.current == stops[3][1] and app.view.current_quote == stops[3][1]
        # each article left on the way back was saved on the quote it showed when left
        left_back = {key for key, _ in stops[4:10]} - {stops[3][0]}
        for key in left_back:
            first_shown = min(index for other, index in stops[4:10] if other == key)
            assert app.session.marks[key].quote == first_shown, Path(key).name
        nbu = titled(app, "2025-06-12-nbu")
        for gap in range(12):  # keys at any pace: the panes' own messages in between
            app.open_entry(nbu, quote=7)
            await settle(app, pilot)
            for _ in range(6):
                await send(app, "p", gap)
            await settle(app, pilot)
            assert (app.current_key, app.current_quote, app.quotes.current) == (nbu, 1, 1), gap


async def test_resizing_keeps_the_current_quote_in_view(library: Path) -> None:
    app = make(library)
    async with app.run_test(size=(160, 50)) as pilot:
        await loaded(app, pilot)
        app.open_entry(titled(app, "2025-06-12-nbu"), quote=7)
        await settle(app, pilot)
        for size in [(80, 20), (100, 16), (200, 60), (81, 14)]:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            quote = app.article.quotes[7]
            assert app.view.is_line_visible(app.view.line_of(quote.start)), size
            assert app.view.is_line_visible(app.view.line_of(quote.end - 1)) or app.view.scrollable_content_region.height < 6, size


async def test_random_keys_keep_the_panes_on_one_quote(library: Path, system_clipboard: FakeSystemClipboard) -> None:
    await run_sequences(library, system_clipboard, seed=12, sequences=int(os.environ.get("READER_KEYS_SEQUENCES", "120")))


@pytest.mark.slow_keys
@pytest.mark.parametrize("seed", range(int(os.environ.get("READER_KEYS_SEED", "1")), int(os.environ.get("READER_KEYS_SEED", "1")) + 4))
async def test_random_keys_long_run(library: Path, system_clipboard: FakeSystemClipboard, seed: int) -> None:
    await run_sequences(library, system_clipboard, seed=seed, sequences=int(os.environ.get("READER_KEYS_SEQUENCES", "2000")))


async def test_held_n_shows_only_where_it_stops_and_reads_every_article_it_passes(library: Path) -> None:
    """n held down: every press moves and every article passed is read, with the quote it was
    left on; the panes show only the article the keys stop at (not each one passed)."""
    app = make(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(app, pilot)
        stops = [(entry.key, index) for entry in app.order for index in range(entry.quote_count)]
        presses = next(number for number in range(len(stops)) if len({key for key, _ in stops[:number]}) == 5)
        shown: list[str | None] = []
        show_article = app.view.show_article
        app.view.show_article = lambda article, **options: shown.append(article and article.path) or show_article(article, **options)
        for _ in range(presses):
            await send(app, "n")
        await settle(app, pilot)
        assert (app.current_key, app.current_quote) == stops[presses - 1]
        passed = list(dict.fromkeys(key for key, _ in stops[:presses]))
        assert set(passed) <= app.read
        for key in passed[:-1]:  # each left on its last quote
            assert app.session.marks[key].quote == max(index for other, index in stops if other == key)
        assert shown == [app.article.path]
        assert app.view.article is app.article and app.quotes.current == app.current_quote == app.view.current_quote
