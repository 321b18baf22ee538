"""Which quotes to take: by speaker, section and date (``reader quotes`` and the app).

A speaker query matches case-insensitively, ignoring accents and the kind of apostrophe, the
speaker's full name or any run of whole words in it: "didenko", "Oksana" and "oksana didenko"
all match "Oksana Didenko", "von der leyen" matches "Ursula von der Leyen", "Shyn" matches
"Ivanna Kovalenko-Shyn"; "Did" does not.  Quotes with no known speaker match no speaker query.
Sections match case-insensitively.  Dates are the article's date (the header's, else the
byline's), inclusive; an article without a date is left out when a date bound is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ..folding import name_words
from ..model import Article, Quote
from .cite import Item


def speaker_matches(speaker: str | None, query: str) -> bool:
    """The query names the speaker: their full name or a run of whole words of it."""
    if not speaker:
        return False
    wanted = name_words(query)
    words = name_words(speaker)
    if not wanted:
        return False
    size = len(wanted)
    return any(words[index : index + size] == wanted for index in range(len(words) - size + 1))


def fold(text: str) -> str:
    """Text compared without regard to case or spacing: ' Oksana  DIDENKO' -> 'oksana didenko'."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class QuoteFilter:
    """Empty tuples and None bounds match everything; several speakers or sections: any."""

    speakers: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    def article_matches(self, article: Article) -> bool:
        if self.sections:
            if not article.section:
                return False
            if fold(article.section) not in {fold(section) for section in self.sections}:
                return False
        if self.since or self.until:
            if article.date is None:
                return False
            if self.since and article.date < self.since:
                return False
            if self.until and article.date > self.until:
                return False
        return True

    def quote_matches(self, quote: Quote) -> bool:
        if not self.speakers:
            return True
        return any(speaker_matches(quote.speaker, query) for query in self.speakers)


def select_quotes(
    articles: Iterable[Article], wanted: QuoteFilter = QuoteFilter()
) -> Iterator[Item]:
    """Each matching quote with its article, in file order then text order."""
    for article in articles:
        if not wanted.article_matches(article):
            continue
        for quote in article.quotes:
            if wanted.quote_matches(quote):
                yield quote, article


def person_quotes(article: Article, name: str) -> list[Item]:
    """The quotes the article gives to one person (their full name or one of its aliases)."""
    forms = {fold(name)}
    for person in article.people:
        if fold(person.name) == fold(name):
            forms.update(fold(alias) for alias in person.aliases)
    return [
        (quote, article)
        for quote in article.quotes
        if quote.speaker and fold(quote.speaker) in forms
    ]
