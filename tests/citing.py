"""Articles and quotes built by hand for the citation and export tests (no extractor needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from reader.model import Article, Person, Quote, Span, TextField

TITLE = "Outage schedules will be shorter from August – Didenko"
TEXT = (
    " date 2024-07-22 Economy\n"
    f"{TITLE}\n"
    "\n"
    "Olena Kovalchuk, Ukrainska PravdaMonday, 22 July 2024, 20:51\n"
    "\n"
    '"We will not promise what we cannot guarantee," Energy Minister Oksana Didenko said.\n'
    "\n"
    '"The schedules depend on two things: the weather and Russian missiles.\n'
    "\n"
    '"But the worst weeks are behind us," she added.\n'
    "\n"
    '“They call it "a fantasy", but it is a schedule,” Didenko said.\n'
    "\n"
    '"Every household that switches off the air conditioner helps," Ukrenergo said.\n'
)


def span_of(fragment: str, text: str = TEXT) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment))


def article(**changes) -> Article:
    """The full article: title, one author, one outlet, section, date and time."""
    base = Article(
        text=TEXT,
        path="/news/2024-07-22-outage.txt",
        section="Economy",
        date=date(2024, 7, 22),
        published=datetime(2024, 7, 22, 20, 51),
        title=TextField(TITLE, span_of(TITLE)),
        authors=("Olena Kovalchuk",),
        outlets=("Ukrainska Pravda",),
    )
    return replace(base, **changes)


GUARANTEE = "We will not promise what we cannot guarantee,"
SCHEDULES = "The schedules depend on two things: the weather and Russian missiles."
WORST = "But the worst weeks are behind us,"
FANTASY = 'They call it "a fantasy", but it is a schedule,'
HOUSEHOLD = "Every household that switches off the air conditioner helps,"


def quote(fragment: str = GUARANTEE, **changes) -> Quote:
    """A one-paragraph quote by Oksana Didenko, Energy Minister (found in TEXT unless the
    spans are given)."""
    base = Quote(
        text=fragment,
        spans=changes.pop("spans", None) or (span_of(fragment),),
        speaker="Oksana Didenko",
        speaker_kind="person",
        speaker_role="Energy Minister",
        attribution="verb-after",
    )
    return replace(base, **changes)


def two_paragraphs(**changes) -> Quote:
    spans = (span_of(SCHEDULES), span_of(WORST))
    return quote(SCHEDULES, text=f"{SCHEDULES}\n{WORST}", spans=spans, **changes)


def organisation_quote() -> Quote:
    return quote(HOUSEHOLD, speaker="Ukrenergo", speaker_kind="organisation", speaker_role=None)


def full_article() -> Article:
    """The article with its quotes and people filled in, as the extractor would."""
    quotes = (
        quote(),
        two_paragraphs(attribution="pronoun"),
        quote(FANTASY),
        organisation_quote(),
    )
    people = (
        Person(
            name="Oksana Didenko",
            aliases=("Didenko",),
            roles=("Energy Minister",),
            mentions=(span_of("Oksana Didenko"), span_of("Didenko said")),
        ),
    )
    return article(quotes=quotes, people=people)


# The eight situations every style is tested in: (quote, article).
CASES = {
    "full": lambda: (quote(), article()),
    "unknown speaker": lambda: (
        quote(speaker=None, speaker_kind=None, speaker_role=None, attribution=None),
        article(),
    ),
    "no role": lambda: (quote(speaker_role=None), article()),
    "several authors": lambda: (
        quote(),
        article(authors=("Mariia Yemets", "Tetiana Oliynyk"), outlets=()),
    ),
    "outlet only": lambda: (quote(), article(authors=())),
    "no date": lambda: (quote(), article(date=None, published=None)),
    "multi-paragraph": lambda: (two_paragraphs(), article()),
    "quotation marks": lambda: (quote(FANTASY), article()),
}
