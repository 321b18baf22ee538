"""Which quotes to take: by speaker, section and date (``reader quotes`` and the app).

A speaker query matches case-insensitively, ignoring accents and the kind of apostrophe, the
speaker's full name or any run of whole words in it: "didenko", "Oksana" and "oksana didenko"
all match "Oksana Didenko", "von der leyen" matches "Ursula von der Leyen", "Shyn" matches
"Ivanna Kovalenko-Shyn"; "Did" does not.  Words are compared as their spellings fold
(``reader.extract.identity.folded``), so "Zelensky" matches "Volodymyr Zelenskyy".  And a
person is one person under every name the articles give them (``reader.identities``): a query
that matches one of their names finds the quotes given under the others too ("Volodymyr
Zelenskyy" finds those of "Zelensky" in an article that names no one else of that surname).
Quotes with no known speaker match no speaker query.
Sections match case-insensitively.  Dates are the article's date (the header's, else the
byline's), inclusive; an article without a date is left out when a date bound is given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ..folding import name_words, person_key, same_words, words_of
from ..library.catalog import NO_SECTION
from ..model import Article, Quote, SpeakerKind
from .cite import Item


def _folded_words(name: str) -> list[str]:
    from ..extract.identity import folded  # the extractor's name rules: only when asked

    return [folded(word) for word in name_words(name)]


def speaker_matches(speaker: str | None, query: str) -> bool:
    """The query names the speaker: their full name or a run of whole words of it."""
    if not speaker:
        return False
    wanted = _folded_words(query)
    words = _folded_words(speaker)
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
    same_as: str | None = None  # the quote's words, or a large part of them (folding.same_words)

    def article_matches(self, article: Article) -> bool:
        if self.sections:  # "No section", as the app lists them, takes the articles without one
            if fold(article.section or NO_SECTION) not in {fold(section) for section in self.sections}:
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
        if self.same_as and not same_words(words_of(self.same_as), words_of(quote.text)):
            return False
        if not self.speakers:
            return True
        return any(speaker_matches(quote.speaker, query) for query in self.speakers)


def select_quotes(
    articles: Iterable[Article], wanted: QuoteFilter = QuoteFilter()
) -> Iterator[Item]:
    """Each matching quote with its article, in file order then text order.  With speakers to
    match, they come once every article is read: whose names are one person's is known then."""
    if wanted.speakers:
        wanted_words = words_of(wanted.same_as) if wanted.same_as else None
        for quote, article in _by_speaker(articles, wanted):
            if wanted_words is None or same_words(wanted_words, words_of(quote.text)):
                yield quote, article
        return
    for article in articles:
        if not wanted.article_matches(article):
            continue
        for quote in article.quotes:
            if wanted.quote_matches(quote):
                yield quote, article


def _by_speaker(articles: Iterable[Article], wanted: QuoteFilter) -> Iterator[Item]:
    """The quotes whose speaker a query names, or who is one person with someone a query names.

    The names of every article are tallied (with how often each is used) and the quotes that
    might match are held: those whose speaker shares a word with a query.  At the end the
    names of the held speakers' surnames are grouped into people."""
    from ..identities import group_names, surname_key

    spelled: dict[str, str] = {}  # person_key -> the name as first written
    uses: Counter[str] = Counter()  # person_key -> mentions and quotes

    def tally(name: str, count: int) -> None:
        key = person_key(name)
        if key:
            spelled.setdefault(key, name)
            uses[key] += count

    queries = [words for words in (_folded_words(query) for query in wanted.speakers) if words]
    query_words = {word for words in queries for word in words}
    held: list[tuple[Item, bool]] = []  # a quote that may match, and whether it does as written
    for article in articles:
        for person in article.people:
            tally(person.name, len(person.mentions))
        for quote in article.quotes:
            if quote.speaker and quote.speaker_kind != SpeakerKind.ORGANISATION:
                tally(quote.speaker, 1)
        if not wanted.article_matches(article):
            continue
        for quote in article.quotes:
            if not quote.speaker:
                continue
            if wanted.quote_matches(quote):
                held.append(((quote, article), True))
            elif quote.speaker_kind != SpeakerKind.ORGANISATION and query_words & set(_folded_words(quote.speaker)):
                held.append(((quote, article), False))
    surnames = {surname_key(quote.speaker) for (quote, _), direct in held if not direct and quote.speaker}
    by_surname: dict[str, list[str]] = {}
    for key, name in spelled.items():
        surname = surname_key(name)
        if surname in surnames:
            by_surname.setdefault(surname, []).append(key)
    named: set[str] = set()  # the keys of the names of every person a query names
    for keys in by_surname.values():
        for group in group_names([(spelled[key], uses[key]) for key in keys]):
            if any(speaker_matches(spelled[keys[at]], query) for at in group for query in wanted.speakers):
                named.update(keys[at] for at in group)
    for (quote, article), direct in held:
        if direct or person_key(quote.speaker or "") in named:
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
