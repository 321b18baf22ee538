"""What the resolver answers for one quote: the speaker, and how the text named them.

Its own module because every layer of the package returns one (`references.resolve`, the
documents, the rules) and the layers import from it, not from each other's back.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..entities import ORGANISATION, PERSON, Entity, Ref


class How(StrEnum):
    """How a quote's speaker was found; the values are what `--json` writes in `attribution`."""

    VERB_AFTER = "verb-after"  # `," Doe said.`
    VERB_BEFORE = "verb-before"  # `Doe said: "...`
    LABEL = "label"  # `Quote from Doe: "...`
    SOURCE_LINE = "source-line"  # `Quote: "..."` under `Source: Doe on Telegram`
    DASH = "dash"  # `"..." – Doe`
    ACCORDING_TO = "according-to"  # `"...", according to Doe`
    COLON = "colon"  # `The minister said:` closing the paragraph before a quote paragraph
    DOCUMENT = "document"  # `," the ruling says.`: whoever issued the document
    PRONOUN = "pronoun"  # `," she said.`
    ROLE = "role"  # `," the minister said.`
    ORGANISATION_NOUN = "organisation-noun"  # `," the company stated.`
    ANONYMOUS = "anonymous"  # `," a resident said.`: someone the article leaves unnamed
    CONTINUATION = "continuation"  # the speaker of the quote just before goes on
    NAMED_AFTER = "named-after"  # a quote paragraph, then `That was Jane Doe, ...`
    EXCHANGE = "exchange"  # a back-and-forth: the turn after the other party's goes back to the first
    REPORTED_BEFORE = "reported-before"  # `Quote:` after a paragraph reporting who speaks
    PREVIOUS_PARAGRAPH = "previous-paragraph"  # a quote paragraph after `Doe said she ...`
    PREVIOUS_SENTENCE = "previous-sentence"  # `Doe is unapologetic. "I want him to win."`
    SENTENCE_SUBJECT = "sentence-subject"  # `Doe's plans "build on the progress."`: the subject's words
    LEAD = "lead"  # `Quote:` with no Source line: the lead's subject
    INTERVIEW = "interview"  # questions to the interviewer, answers to the interviewee


# named by the sentence itself (a speech verb, a label, a source line): the reader can rely on it
SURE_ATTRIBUTIONS = frozenset(
    (
        How.VERB_AFTER,
        How.VERB_BEFORE,
        How.LABEL,
        How.SOURCE_LINE,
        How.DASH,
        How.ACCORDING_TO,
        How.COLON,
        How.DOCUMENT,
        How.NAMED_AFTER,
    )
)


@dataclass(frozen=True)
class Attribution:
    speaker: Entity | None
    how: How | None
    role: str | None = None  # the role phrase used, when the speaker was named by a role
    ref: Ref | None = None
    carried_sure: bool | None = None  # a continuation: whether the turn it continues was sure

    @property
    def sure(self) -> bool:
        """Named by the sentence itself (a speech verb, a label, a source line): the reader
        can rely on it.  A pronoun, a role noun or the turn of a speaker read from the
        paragraphs around are inferences, right most of the time but not always."""
        if self.how == How.CONTINUATION:
            return bool(self.carried_sure)
        return self.how in SURE_ATTRIBUTIONS and (self.ref is None or self.ref.kind in (PERSON, ORGANISATION))


UNKNOWN = Attribution(None, None)
