"""The data model: what an article is once reader has read it.

Every span is a pair of character offsets into ``Article.text``: the decoded file text with
line endings normalised to ``\\n`` and a byte-order mark removed.  ``text[start:end]`` is always
exactly what the span names, so the app can highlight what the extractor found and a test can
check it.

Nothing here imports Textual; these are plain frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple


class Span(NamedTuple):
    """Half-open character range ``[start, end)`` into an article's text.

    A named tuple rather than a dataclass: articles hold thousands of them, and a tuple is
    cheap to make, compare and sort.
    """

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class TextField(NamedTuple):
    """A piece of the article recognised by the parser (title, byline, caption)."""

    text: str
    span: Span


# Block kinds.
PARAGRAPH = "paragraph"  # ordinary body paragraph
LABELLED = "labelled"  # "Source: ...", "Details: ...", "Kharkiv hromada: ..."
HEADING = "heading"  # a label standing alone: "Background:"
BULLET = "bullet"  # "• ...", "- ...", "1. ..."
TAGS = "tags"  # "Subjects: ..." or an upper-case tag line at the end


class Block(NamedTuple):
    """One paragraph of the body: a line of the file, with its label when it has one.

    ``span`` covers the whole paragraph (label included); ``body`` covers the text after the
    label (the whole paragraph when there is no label).
    """

    kind: str
    text: str
    span: Span
    body: Span
    label: str | None = None

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def body_text(self) -> str:
        offset = self.body.start - self.span.start
        return self.text[offset : offset + self.body.length]


class Removed(NamedTuple):
    """Text the parser recognised and kept out of the body (header, chrome, footers...)."""

    kind: str  # "header", "chrome", "repeated title", "footer", "advertisement"
    span: Span


class SpeakerKind(StrEnum):
    """Who a quote's speaker is: a person or an organisation (`the ministry said`)."""

    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class Person:
    """A person named in the article."""

    name: str  # the fullest form the article gives
    aliases: tuple[str, ...] = ()  # other forms used: surname alone, other spellings
    roles: tuple[str, ...] = ()  # as written in the article
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A direct quote: words in quotation marks that reproduce what someone said or wrote.

    A quote running over several paragraphs has one span per paragraph; ``text`` joins the
    spans' texts with ``\\n``.  Spans exclude the quotation marks themselves.
    """

    text: str
    spans: tuple[Span, ...]
    speaker: str | None = None  # fullest name of a person or an organisation; None if unknown
    speaker_kind: SpeakerKind | None = None  # None when the speaker is unknown
    speaker_role: str | None = None  # the role the article gives the speaker
    attribution: str | None = None  # how the speaker was found: "verb-after", "label", ...
    truncated: bool = False  # the file ends before the closing quotation mark
    # how sure the extractor is of the speaker: "high" when the sentence names them (a speech
    # verb, a label), "low" when it inferred them (a pronoun, the turn going on); None without one
    confidence: str | None = None

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


@dataclass(frozen=True)
class Article:
    """A news article as reader understands it."""

    text: str
    path: str | None = None
    encoding: str = "utf-8"
    section: str | None = None
    date: date | None = None
    published: datetime | None = None
    header: Span | None = None
    title: TextField | None = None
    byline: TextField | None = None
    authors: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    caption: TextField | None = None
    blocks: tuple[Block, ...] = ()
    tags: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    editor_notes: tuple[Span, ...] = ()  # "[... – ed.]" insertions
    problems: tuple[str, ...] = ()
    people: tuple[Person, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())

    @property
    def display_title(self) -> str:
        """A title to show even when the article has none: its first words."""
        if self.title:
            return self.title.text
        for block in self.blocks:
            words = block.body_text.split()
            if words:
                head = " ".join(words[:10])
                return head + ("…" if len(words) > 10 else "")
        return "(empty article)"

    def with_extraction(self, people: tuple[Person, ...], quotes: tuple[Quote, ...]) -> Article:
        # `dataclasses.replace` with two fields, without its per-field work (this runs for
        # every article extracted): the same fields, then the two new values
        article = object.__new__(type(self))
        article.__dict__.update(self.__dict__, people=people, quotes=quotes)
        return article

