"""Moving from quote to quote, within an article and on to the next or previous one.

Plain Python (no Textual) so the rules can be tested on their own: the app asks where `n` or
`p` leads and then shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .catalog import Entry


@dataclass(frozen=True)
class Stop:
    """Where a move lands: an entry (by key) and the index of one of its article's quotes."""

    key: str
    quote: int
    other_article: bool  # the move left the article that was open


def next_quote(
    order: Sequence[Entry],
    key: str | None,
    current: int | None,
    visible: Sequence[int] | None = None,
) -> Stop | None:
    """The quote after ``current`` in the open article (among ``visible`` ones when given), else
    the first quote of the next article in ``order`` that has quotes; None at the very end."""
    keys = [entry.key for entry in order]
    here = keys.index(key) if key in keys else -1
    if here >= 0:
        candidates = _candidates(order[here], visible)
        after = [index for index in candidates if current is None or index > current]
        if after:
            return Stop(key=keys[here], quote=after[0], other_article=False)
    for entry in order[here + 1 :]:
        if entry.quote_count:
            return Stop(key=entry.key, quote=0, other_article=True)
    return None


def previous_quote(
    order: Sequence[Entry],
    key: str | None,
    current: int | None,
    visible: Sequence[int] | None = None,
) -> Stop | None:
    """The quote before ``current`` in the open article, else the last quote of the previous
    article that has quotes; None at the very beginning."""
    keys = [entry.key for entry in order]
    here = keys.index(key) if key in keys else len(order)
    if here < len(order) and current is not None:
        candidates = _candidates(order[here], visible)
        before = [index for index in candidates if index < current]
        if before:
            return Stop(key=keys[here], quote=before[-1], other_article=False)
    for entry in reversed(order[:here]):
        if entry.quote_count:
            return Stop(key=entry.key, quote=entry.quote_count - 1, other_article=True)
    return None


def _candidates(entry: Entry, visible: Sequence[int] | None) -> list[int]:
    every = range(entry.quote_count)
    return list(every) if visible is None else [index for index in visible if index in every]
