"""Moving from quote to quote, within an article and on to the next or previous one.

Plain Python (no Textual) so the rules can be tested on their own: the app asks where `n` or
`p` leads and then shows it.  The articles after (or before) the open one come as an iterable
that is read only as far as needed: the app passes a walk through the library index, so a
library of any size costs a few small queries per move.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..library.catalog import Entry


@dataclass(frozen=True)
class Stop:
    """Where a move lands: an entry (by key) and the index of one of its article's quotes."""

    key: str
    quote: int
    other_article: bool  # the move left the article that was open


def next_quote(
    here: Entry | None,
    current: int | None,
    following: Iterable[Entry],
    visible: Sequence[int] | None = None,
) -> Stop | None:
    """The quote after ``current`` in the open article ``here`` (among ``visible`` ones when
    given), else the first quote of the first article in ``following`` (the ones after it in
    the section list) that has quotes; None at the very end."""
    if here is not None:
        after = [index for index in _candidates(here, visible) if current is None or index > current]
        if after:
            return Stop(key=here.key, quote=after[0], other_article=False)
    for entry in following:
        if entry.quote_count:
            return Stop(key=entry.key, quote=0, other_article=True)
    return None


def previous_quote(
    here: Entry | None,
    current: int | None,
    preceding: Iterable[Entry],
    visible: Sequence[int] | None = None,
) -> Stop | None:
    """The quote before ``current`` in the open article, else the last quote of the first
    article in ``preceding`` (the ones before it, nearest first) that has quotes; None at the
    very beginning."""
    if here is not None and current is not None:
        before = [index for index in _candidates(here, visible) if index < current]
        if before:
            return Stop(key=here.key, quote=before[-1], other_article=False)
    for entry in preceding:
        if entry.quote_count:
            return Stop(key=entry.key, quote=entry.quote_count - 1, other_article=True)
    return None


def _candidates(entry: Entry, visible: Sequence[int] | None) -> list[int]:
    every = range(entry.quote_count)
    return list(every) if visible is None else [index for index in visible if index in every]


def nearest(candidates: Sequence[int], current: int | None) -> int | None:
    """Where to be among ``candidates`` (quote indices in order) when ``current`` is not one of
    them: the first after it, else the last before it; None when there are none."""
    after = [index for index in candidates if current is None or index > current]
    if after:
        return after[0]
    return candidates[-1] if candidates else None
