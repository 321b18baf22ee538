"""Quoted documents and who issued them.

`," the ruling says.`, `The indictment, which SAPO sent to court, says that "..."`, `the
statement issued by the ministry reads`, `Quote from the order:`: the words are a document's,
and the speaker is whoever issued it, read from the document phrase itself (`issued by X`,
`which X sent`) or from the sentences before it (`X said in a statement`).
"""

from __future__ import annotations

import re

from ..entities import BODY, CLEAR_SPEECH, ORGANISATION, PERSON, PRONOUN, Entity
from ..lexicon import alternation, any_of, speaker_words
from ..quotes import RawQuote
from .attribution import Attribution, How
from .context import WORD
from .references import References

_WORDS = speaker_words()
DOCUMENT_NOUN = alternation(_WORDS.document_nouns)  # `statement`, `notice of suspicion`...
# a region holding none of these words names no document: a cheap check before the patterns
_A_DOCUMENT_WORD = any_of(word.casefold() for noun in _WORDS.document_nouns for word in noun.split() if word != "of")
_DOCUMENT = re.compile(
    rf"(?:the|this|that|its|their|his|her|a|an)\s+(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUN}", re.IGNORECASE
)
_DOCUMENT_VERB = alternation(_WORDS.document_verbs)
# `the statement issued by the ministry`, `the statement from New Zealand Cricket`
_ISSUED_BY = rf"(?:\s+(?:{alternation(_WORDS.document_issuing_verbs)}\s+by|from)\s+(?P<issuer>[^,.;\"“”]{{1,80}}?))?"
# a name in capitals (`New Zealand Cricket`, `the Department of Conservation`)
_CAPITALISED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,5}")
_DOCUMENT_AFTER = re.compile(
    rf"\s*[,;:]?\s*{_DOCUMENT.pattern}{_ISSUED_BY}\s+{_DOCUMENT_VERB}\b", re.IGNORECASE
)
# "The indictment, which SAPO sent to court in September, says that ..."
# "The letter, signed by the zoning administrator, informed the couple that ...", "An audit by
# the county office found that ...", "A press note issued by the commission later said, ..."
_DOCUMENT_SAYS = re.compile(
    rf"{_DOCUMENT.pattern}(?P<clause>,\s*(?:which|{alternation(_WORDS.document_issuing_verbs)})\s[^,\"“”]{{1,100}},"
    rf"|\s+(?:{alternation(_WORDS.document_issuing_verbs)}\s+)?by\s+[^,;\"“”]{{1,80}}?)?"
    rf"\s+{_DOCUMENT_VERB}\b",
    re.IGNORECASE,
)
# after a document's noun, who made it: `a draft memo prepared last fall by`, `an audit by`, `a
# statement read on behalf of`
_MADE_BY = re.compile(
    rf"(?:\s*,)?\s+(?:{alternation(_WORDS.document_issuing_verbs)}\s+(?:[\w-]+\s+){{0,3}}?)?(?:by|on\s+behalf\s+of)\s+(?:the\s+)?", re.IGNORECASE
)
# after a document's noun, a relative clause naming whoever wrote or sent it: `a text message Doe
# sent a friend`, `the email that Roe wrote to staff`
_SENT_BY = re.compile(
    r"\s+(?:that\s+|which\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:had\s+)?(?P<verb>sent|wrote|posted|texted|emailed|signed|drafted|tweeted)\b"
)
# a maker's description in a word or two before the name: `filed by state attorney Jane Doe`
# (not `by lawyers for Jane Doe`, whose lawyers made it)
_DESCRIPTION_WORDS = re.compile(r"(?:(?!(?:for|of|on|with|to|and|or|from|at|in)\s)[a-z]+\s+){1,2}")
_ACCORDING_TO_A_DOCUMENT = re.compile(rf"[\W]*according\s+to\s+{_DOCUMENT.pattern}", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\s*(?:that|this)\s", re.IGNORECASE)
_ANY_DOCUMENT_NOUN = rf"\b(?:{DOCUMENT_NOUN})\b"
_DOCUMENT_BEFORE = re.compile(
    rf"{_DOCUMENT.pattern}\s+{_DOCUMENT_VERB}(?:\s+that)?\s*[:,]?\s*$", re.IGNORECASE
)
# "Doe's tweet read: ...": a document someone's possessive names the issuer of
# (`Doe's reply, sent 41 minutes later, said:`: a short participle clause may come between)
_OWNED_DOCUMENT_BEFORE = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_NOUN}(?:,\s+[a-z][^,;:.!?\"“”]{{0,60}},)?\s+{_DOCUMENT_VERB}(?:\s+that)?\s*[:,]?\s*$",
    re.IGNORECASE,
)
_PARAGRAPHS_BACK = 2  # how far back a document's mention is looked for (`the letter concludes`)
_COURT_DOCUMENTS = _WORDS.court_documents
_PROSECUTION_DOCUMENTS = _WORDS.prosecution_documents
# a sentence that opens by naming the document its subject wrote: `In a statement `, `In its filing `
_IN_A_DOCUMENT = re.compile(r"\s*[\"“]?\s*In\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}")


class Documents(References):
    """Who issued a quoted document."""

    def document_after(self, quote: RawQuote) -> Attribution | None:
        """`," the ruling says.`, `," the statement issued by the ministry reads.`"""
        document = _DOCUMENT_AFTER.match(self.masked, quote.after, quote.after + 200)
        if not document:
            return None
        if document.group("issuer"):
            issuers = [
                r for r in self.refs_from(document.start("issuer"), document.end("issuer"))
                if r.kind in (PERSON, ORGANISATION)
            ]
            if issuers:
                return self.resolve(issuers[0], How.DOCUMENT)
            if _CAPITALISED_NAME.fullmatch(document.group("issuer")):
                # `the statement from New Zealand Cricket said`: a body by a name no list knows
                return Attribution(self.organisation_named(document.group("issuer")), How.DOCUMENT)
        return Attribution(self.document_speaker(quote.open_mark, document.group()), How.DOCUMENT)

    def document_before(self, start: int, end: int) -> Attribution | None:
        """A document as the subject of the speech verb in text[start:end], right before a
        quote: `The ruling states that "..."`, `The indictment, which SAPO sent, says "..."`."""
        region = self.masked[start:end]
        document = None
        if self._document_noun_in(start, end):
            owned = _OWNED_DOCUMENT_BEFORE.search(region)
            if owned:  # "Doe's tweet read:": Doe
                owner = start + owned.start()
                issuers = [r for r in self.refs_from(max(start, owner - 80), owner) if r.end == owner and r.kind in (PERSON, ORGANISATION)]
                if issuers:
                    return self.resolve(issuers[-1], How.DOCUMENT)
            document = _DOCUMENT_BEFORE.search(region) or self._document_saying(region)
        if document and "clause" in document.re.groupindex and document.group("clause"):
            clause_start = start + document.start("clause")
            issuers = [r for r in self.refs_from(clause_start, start + document.end("clause")) if r.kind in (PERSON, ORGANISATION)]
            if issuers:  # "which SAPO sent to court": the issuer
                return self.resolve(issuers[0], How.DOCUMENT)
        if document:
            return Attribution(self.document_speaker(end, document.group()), How.DOCUMENT)
        return None

    def document_label(self, offset: int, who: str) -> Attribution | None:
        """`Quote from the order:`: who issued the order, if the text before says."""
        if not _DOCUMENT.fullmatch(who):
            return None
        return Attribution(self.document_speaker(offset, who, mentioned_only=True), How.DOCUMENT)

    def _document_noun_in(self, start: int, end: int) -> bool:
        """Does text[start:end] name a document (`statement`, `ruling`...)? A cheap check
        before the costly patterns."""
        return _A_DOCUMENT_WORD.search(self.masked[start:end].casefold()) is not None

    def _document_saying(self, region: str) -> re.Match[str] | None:
        """`The notice says that Doe "acted..."`: a document is the subject of the last speech
        verb before the quote."""
        found = None
        for match in _DOCUMENT_SAYS.finditer(region):
            found = match
        if found is None:
            return None
        later = region[found.end() :]
        if any(word.group().casefold() in CLEAR_SPEECH for word in WORD.finditer(later)):
            return None  # "The statement says that Doe said ..." is Doe's
        return found

    def _maker(self, after_noun: int) -> Entity | None:
        """Who made the document whose noun ends at `after_noun`, as the words after it say
        (`prepared last fall by the department`, `read on behalf of Doe`), if they do."""
        made_by = _MADE_BY.match(self.masked, after_noun)
        if made_by is None:
            return None
        # (a body noun's reference takes in the `the` the pattern reads: `by the commission`)
        makers = [ref for ref in self.refs_from(made_by.start(), made_by.end() + 120) if ref.end > made_by.end()]
        if not makers:
            return None
        maker = makers[0]
        if maker.chunk_start > made_by.end() and not (
            maker.kind == PERSON and _DESCRIPTION_WORDS.fullmatch(self.masked, made_by.end(), maker.chunk_start)
        ):
            return None
        if maker.kind in (PERSON, ORGANISATION):
            return maker.entity
        if maker.kind == BODY:
            return self.body(maker)  # `a notice published by the commission`: the one named before
        return None

    def according_to_a_document(self, start: int, end: int) -> Attribution | None:
        """`," according to a complaint filed by state attorney Jane Doe.`: the words are the
        document's, and the speaker whoever the phrase says made it; text[start:end] is all
        that stands between the quote (or the sentence's start) and that maker."""
        document = _ACCORDING_TO_A_DOCUMENT.match(self.masked, start, end)
        if document is None:
            return None
        maker = self._maker(document.end())
        return Attribution(maker, How.DOCUMENT) if maker is not None else None

    def document_speaker(self, offset: int, phrase: str = "", mentioned_only: bool = False) -> Entity | None:
        """Whose document is quoted (`the statement reads`).

        Who made the latest document of this kind mentioned (`a memo prepared by X`, `an audit
        by X`), else the subject of the sentence that mentioned it (`X said in a statement`,
        `In a statement, X said`), else a court for a ruling and the prosecutors for an
        indictment, else the latest organisation that was a sentence's subject in this or the
        two paragraphs before, else the organisation the title or the lead is about, else the
        first organisation of the Source line.
        """
        block_index = self.block_of(offset) or 0
        start = self.blocks[max(0, block_index - _PARAGRAPHS_BACK)].span.start if self.blocks else 0
        noun = re.search(DOCUMENT_NOUN, phrase, re.IGNORECASE)
        if noun:
            # `That report warned` after `a 2023 study by the Center`: a demonstrative points back
            # to the document last named, whatever its noun
            written = _ANY_DOCUMENT_NOUN if _DEMONSTRATIVE.match(phrase) else rf"\b{re.escape(noun.group())}\b"
            mentioned = list(re.finditer(written, self.masked[start:offset], re.IGNORECASE))
            for match in reversed(mentioned):
                at = start + match.start()
                where = self.block_of(at)
                if where is None or at >= self.blocks[where].span.end:
                    continue
                sent_by = _SENT_BY.match(self.masked, start + match.end())
                if sent_by is not None:  # `a text message Doe sent a friend`: whoever sent it
                    senders = [ref for ref in self.refs_from(sent_by.start(), sent_by.end()) if ref.end <= sent_by.start("verb")]
                    if senders and senders[0].kind in (PERSON, ORGANISATION):
                        return senders[0].entity
                maker = self._maker(start + match.end())
                if maker is not None:  # `a draft memo prepared by the department`: its maker
                    return maker
                sentence = self.sentence_at(where, at)
                if _IN_A_DOCUMENT.fullmatch(self.masked, sentence.start, at):
                    # `In a statement posted to her page, Farquhar called her words "careless."`
                    # (not whoever it was read out by: `In a statement read to the court by Mr Roe, Doe said`)
                    subject = next(
                        (ref for ref in self.refs_from(sentence.start, sentence.end) if self.is_subject(ref) and not self.after_preposition(ref)),
                        None,
                    )
                    if subject is not None and subject.kind in (PERSON, ORGANISATION):
                        return subject.entity
                before = self.refs_from(sentence.start, at)
                if before and before[-1].kind == ORGANISATION and re.fullmatch(r"(?:['’]s)?\s+", self.masked[before[-1].end : at]):
                    return before[-1].entity  # "the KSE report", "Ukrenergo's statement"
                for ref in before:
                    if self.is_subject(ref) and ref.kind in (PERSON, ORGANISATION):
                        return ref.entity
                    if self.is_subject(ref) and ref.kind == PRONOUN:  # `He shared a draft of the letter`
                        return self.pronoun(ref)
                    if self.is_subject(ref) and ref.kind == BODY:
                        # `The Doe campaign released a statement`: the body its words name, or the one it stands for
                        return self._body_its_words_name(ref) or self.body(ref)
            if mentioned_only:
                return None
            if noun.group().casefold() in _COURT_DOCUMENTS:
                courts = [e for e in self.index.organisations if re.search(r"\b(?:Court|Tribunal)\b", e.name)]
                if courts:
                    return courts[-1]
            if noun.group().casefold() in _PROSECUTION_DOCUMENTS:  # an indictment is the prosecutors', not the court's
                prosecutors = [e for e in self.index.organisations if "Prosecutor" in e.name]
                if prosecutors:
                    return prosecutors[-1]
        for ref in reversed(self.refs_from(start, offset)):
            if ref.kind == ORGANISATION and self.is_subject(ref):
                return ref.entity
        title = self.article.title.span if self.article.title else None
        lead = next((block for block in self.blocks if block.label is None), None)
        for span in (title, lead.span if lead else None):
            if span is None:
                continue
            for ref in self.refs_from(span.start, span.end):
                if ref.kind == ORGANISATION and (span is title or self.is_subject(ref)):
                    return ref.entity
        for block in self.blocks:
            if block.label and block.label.casefold() in ("source", "sources"):
                for ref in self.refs_from(block.body.start, block.body.end):
                    if ref.kind == ORGANISATION:
                        return ref.entity
                break
        return None
