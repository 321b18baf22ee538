"""The text around the quotes, as the attribution rules read it.

The article's text with the quotes masked out, its sentences and blocks, the references found
in a stretch of text, and which reference is the subject of its sentence or of a speech verb.
Everything here answers "what does the text say where", none of it "who is meant": that is
`references.py`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress

from ...model import Article, Block, Span
from ..entities import (
    AGE,
    ANONYMOUS,
    BODY,
    MODIFIERS_BEFORE_A_ROLE,
    ORGANISATION,
    PARTIES,
    PERSON,
    PRONOUN,
    ROLE,
    Entity,
    EntityIndex,
    Ref,
    is_role_token,
)
from ..lexicon import Lexicon, alternation, lexicon, speaker_words
from ..quotes import RawQuote
from .attribution import Attribution

WORD = re.compile(r"[\w’'-]+")
_LEADING_WORDS = re.compile(r"\W*([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?")
_ABBREVIATIONS = speaker_words().abbreviations
_WORD_OR_DOTS = re.compile(r"[\w.]*")
_BOUNDARY = re.compile(r"""[.!?…]+["”»’')\]]*(?=\s+["“«‘(\[]?[A-Z0-9\u0400-\u042f])""")
# the words between a speaker and the speech verb: `Doe has also said`, `Doe on Monday said`
AUX = (
    rf"(?:(?:{alternation(speaker_words().between_subject_and_verb)}|"
    rf"(?:on\s+)?{alternation(speaker_words().speech_days)}|\w+ly)\s+)*"
)
# `Doe, a delegate wearing "QQQ" pins, said`: a short quote inside is masked, its marks kept
_APPOSITION = r"(?:\s*,(?:[^\"“”«»]|[\"“«]Q{1,40}[\"”»]){1,200}?,)?"
# "Doe, the mayor, said", "Yuliia Lapina of European Pravda asked"
# `the British Embassy in Seoul said`: where a body sits, in capitals (whatever the pattern's flags)
_OF_BODY = (
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
    r"|\s+in\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
)
# a subordinating conjunction right before a name: `as Roe spoke`, `while Roe said`
_AFTER_A_SUBORDINATOR = re.compile(r"\b(?:as|while|when|whenever|after|before|because|since|although|though|if|until|whereas)\s+(?:the\s+)?$")
_LAST_CAPITALISED = re.compile(r"([A-Z][\w’'-]*|[a-z][a-z-]*)\s+$")  # or a role's lower-case modifier
# letters after a name for an office, a rank at the bar or an honour: `Tom Hale MP said`,
# `Jane Doe KC said`, `Jane Doe BL, said` (in capitals whatever the pattern's flags)
_POST_NOMINALS = r"(?-i:\s+(?:MP|MEP|MSP|MLA|MPP|TD|KC|QC|SC|BL|OBE|MBE|CBE|KBE|DBE|FRS)\b)*"
_PARENTHESIS = _POST_NOMINALS + r"(?:\s*\([^()\"“”«»]{1,40}\),?)?"  # "Doe (R-Ohio) said", "Doe (R-Ohio), said"
# `Solberg and her colleagues wrote`: the one named leads the writing
_AND_COLLEAGUES = r"(?:\s+and\s+(?:his|her|their)\s+(?:colleagues|co-?authors|team|fellow\s+researchers))?"
SUBJECT_GAP = re.compile(rf"{_PARENTHESIS}{_APPOSITION}{_OF_BODY}{_AND_COLLEAGUES}\s+{AUX}", re.IGNORECASE)
DIRECT_GAP = re.compile(rf"{_PARENTHESIS}\s+{AUX}", re.IGNORECASE)
# the comma that closes an apposition the name is in may come after the name's body and place:
# `One pastor supporting Mr. Cruz, Jane Doe of Liberty Baptist Church in Marion, said`
_IN_PLACE = r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
_BODY_AND_PLACE = r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}" + _IN_PLACE + ","
_BODY_PLACE_AND_AUX = re.compile(rf"{_BODY_AND_PLACE}\s+{AUX}", re.IGNORECASE)
_SPEAKER_TAIL = re.compile(rf"{_PARENTHESIS}(?:{_BODY_AND_PLACE}|{_APPOSITION}|,)\s+{AUX}", re.IGNORECASE)
_COMMA = re.compile(r",(?=\s)")
_AUX_AFTER_COMMA = re.compile(rf"\s+{AUX}", re.IGNORECASE)
_LONGEST_APPOSITION = 202  # characters, as `_APPOSITION` reads
_FUNCTION_WORDS = frozenset(["for", "of", "at", "in", "with", "from", "by", "to", "on", "the", "a", "an", "and", "or"])
_APPOSED = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}$")  # a comma at most three words before a name
# a body's description before its name in apposition, opening the sentence's subject or a
# reported clause: `Doe's restaurant group, `, `Her American publisher, `, `said their housing association, `,
# `A local citizens' group, `
_BODY_DESCRIBED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n|\b(?:said|says|that)\s+)(?:[A-Z][\w'’-]*['’]s|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*,\s+(?:the\s+)?$"
)
_COMMA_AND_AUX = re.compile(rf"{_POST_NOMINALS},\s+{AUX}", re.IGNORECASE)  # `, has said`: a name's own verb after a comma
_APOSTROPHES = ("'", "’")  # after a name, a possessive: `Horbenko's lawyer`
# "Doe, an MP, who said", "Doe, 77, a retired meatpacker who said"
_WHO_GAP = re.compile(
    rf"(?:(?:\s*,[^,\"“”«»]{{1,160}})?\s*,\s*|(?:\s*,\s*\d{{1,3}})?\s*,\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?)who\s+{AUX}",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^['’]s\b")
_NAMED_BETWEEN = re.compile(r"\s+(?:named|called)\s+")  # `a college student named `
_RELATIVE_UP_TO = re.compile(r"\s+who\s[^,;:.!?\"“”]{1,120}")  # ` who said she was a nurse at the `
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# words that follow a subject's name: an auxiliary, an adverb, a relative or a conjunction
_WORDS_AFTER_A_SUBJECT = frozenset(
    "has had have is was are were will would could can may might must should does did do who whose "
    "and or also then now himself herself still later once again never always already just first "
    "recently previously initially of in at from on with that which".split()
)
# a relative clause's verb right before a name, which is its object: `who has advised `, `who knows `
_OBJECT_IN_A_RELATIVE = re.compile(r"\bwho\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s+$")
# a participle right after a noun, with the name as its object: `One pastor supporting Mr. Cruz, Jane
# Doe, said` (not a noun after a determiner: `At the hearing Doe said`)
_OBJECT_OF_A_PARTICIPLE = re.compile(
    r"\b(?!(?:the|a|an|this|that|his|her|its|their|our|my|your|late|early)\s)[a-z]+\s+[a-z]{2,}ing\s+$"
)
# a word before a speech verb's form that makes it a noun: `the congressman's remarks`, `his reply`
_DETERMINER_OR_POSSESSIVE = re.compile(r"the|a|an|his|her|their|its|my|our|your|these|those|\w+['’]s")
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b")
# how far into its sentence a name may start and still open it: its opening phrase is at most 80
# characters, and a name that only describes it (`Doe campaign Chairman Jane Roe`) ends at most 80
# characters before it (head_of reads no farther) and is no longer than 100; 40 more to spare
_FARTHEST_OPENING = 80 + 80 + 100 + 40
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")  # read from a name's end: `Doe's`, `Roberts'`
_DESCRIPTION_GAP = re.compile(r"(?:\s+[\w-]+){1,4},?\s+")  # ` campaign manager `, ` deputy manager, `
_NOT_DESCRIPTION = frozenset(
    """that who whom which and or but said says told with to of for by as than her his their its
    our my your the a an behind into from at in on after before against about""".split()
)
_OPENING_PREPOSITION = re.compile(r"\W*(?:In|At|From|Inside|Outside|Across|Near|On|Within)\s+(?:the\s+)?")
_PART_OF = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+of\s+(?:the\s+)?")  # `Wing (EOW) of the `
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|in|at|for|from|with|by|of|on|about|against|between|among|toward|towards|than|like|into|over|outside|inside|near|behind|beyond|across|along|around|through|throughout|under|amid|despite|within|upon|beside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# `LONDON (Reuters) - `, `WASHINGTON (AP) — `: the place and agency that open a news story
# `LONDON (Reuters) - `, `AUGUSTA, Maine — `, `WASHINGTON, D.C. — `: a city in capitals, perhaps its state
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.' ]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^()]{1,30}\))?"
    # `Martos (Spain) (AFP) - `: a town in plain capitals, its country and the agency in brackets
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\([^()]{1,30}\)\s*\([^()]{1,30}\))\s*[-–—]+\s*"
)
# a subordinate clause's subject at the sentence's start: `When Roe pointed out ..., Doe ...`
CONJUNCTIONS_OF_TIME_AND_CAUSE = "As|When|After|Although|Though|If|While|Because|Since|Before|Until|Once"
SUBORDINATOR = re.compile(rf"\s*(?:{CONJUNCTIONS_OF_TIME_AND_CAUSE})\s+(?:the\s+)?")
_COMMA_IN_MARKS = re.compile(r",[\"”»]\s+")
_AND_BETWEEN = re.compile(r",?\s+and\s+")  # `Doe and Roe`, `Moe, Doe, and Roe`
_CONJUNCTION = re.compile(r"^\s*(?:And|But|Yet|So|Or)\s+")
_ACCORDING_END = re.compile(r"\baccording\s+$", re.IGNORECASE)
_INVERTED_VERB = re.compile(r"""(?:^|[,"”'’])\s*(?P<verb>[a-z]+(?:\s+[a-z]+)?)\s+(?:the\s+)?$""")
# `Speaking in Salem, New Hampshire, Doe`, `At a rally in Portsmouth, N.H., on Tuesday, Doe`
# (`U.S. Rep. Jane Doe`: a country's initials before the title)
# (`The other man, his cousin Jim Doe, 40, cited ...`: a relative's or a possession's noun may come
# right before the name after the opening phrase; `At 4:45 on a Friday, ...`: a time's colon is no
# clause's end)
_INTRO = re.compile(
    r"\s*(?:(?:[^.;:!?\"“”]|(?<=\b[A-Z])\.|(?<=\d)[:.](?=\d)){1,100},\s*)?(?:[Tt]he\s+(?:elder\s+|younger\s+)?|(?:his|her|their)\s+(?:[a-z]+\s+){0,2})?"
    r"(?:(?:[A-Z]\.){2,3}\s+)?(?:" + AGE + r"\s+)?$"
)
# `In a section headed "What Changed," Doe`: an opening phrase ending in a quote, its comma
# inside the closing mark (the quote is masked: "QQQ"; the comma is read in the text)
_INTRO_ENDING_IN_A_QUOTE = re.compile(r"\s*(?:[^.;:!?\"“”]|(?<=\b[A-Z])\.){1,100}[\"“«]Q+(?P<close>[\"”»])\s*")
# `When Roe spoke, `, `As for the notion that ..., `, `Following Roe on air, `: a subordinate clause
# or a participle phrase before the main clause's subject
_SUBORDINATE_INTRO = re.compile(
    r"\s*(?:[A-Z][^,;:.!?\"“”]{0,40},\s*)?"  # `Twelve years ago, when she ...`: a short phrase may come first
    rf"(?:As for|{CONJUNCTIONS_OF_TIME_AND_CAUSE}|Asked|Despite|[A-Z][a-z]+ing|as for|{CONJUNCTIONS_OF_TIME_AND_CAUSE.lower()}|despite)\b"
    r"(?:[^;:!?\"“”]|[\"“«„]Q*[.!?…]?[\"”»]){1,200}?,\s*(?:[Tt]he\s+(?:elder\s+|younger\s+)?)?"  # a quote inside is masked: "QQQ"
)
# a name, then the body the person belongs to: `Doe of the Cato Institute`, `Doe at Harvard`
_PERSON_OF = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")
VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
# the same, or an auxiliary or a common irregular past: `Doe did not hesitate`, `Doe took ...`
_VERB_OR_AUXILIARY_NEXT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|did|does|do|had|have|will|would|could|can|should|must|may|might"
    r"|made|took|gave|went|came|told|said|spoke|wrote|knew|thought|felt|got|kept|left|saw|found|began)\b"
)
QUOTE_MARK = re.compile(r'["“”«»„]')
_MATCHED = re.Match.group  # a match's whole text, as a function to map
LOOK_AFTER = 300  # characters read after a quote for its attribution


@lru_cache(maxsize=1)
def _speech_verb_starts() -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """The speech phrases by their first word (`pointed`: `pointed out`), in the lexicon's
    order, and every word a speech verb or phrase may start with."""
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon().speech_phrases:
        by_head.setdefault(phrase[0], []).append(phrase)
    return by_head, frozenset(by_head) | frozenset(lexicon().speech_verbs)


_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")  # `a.e` of `A.E. Dick Howard`, read without its last full stop


def sentence_ends(segment: str) -> Iterator[re.Match[str]]:
    """Where sentences end in the segment: a full stop, a question or exclamation mark before
    a capital, but not after an abbreviation (`Dr.`, `U.S.`) or an initial."""
    for match in _BOUNDARY.finditer(segment):
        if match.group().startswith("."):
            # the word before the full stop, read backwards: `Dr`, `U.S`, an initial
            backwards = segment[max(0, match.start() - 40) : match.start()][::-1]
            word = _WORD_OR_DOTS.match(backwards)
            token = (word.group() if word else "")[::-1].rstrip(".").casefold()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token):
                continue  # `Dr. Doe`, `U.S. troops`, `John F. Doe`, `A.E. Doe`
        yield match


class Context:
    """One article's text, quotes and references, with the lookups every layer above shares.

    It also holds the state the layers above fill in as they go (the results so far, the
    pronouns already resolved, the genders already learnt), so that one object is passed
    around instead of several that must be kept in step.
    """

    def __init__(self, article: Article, quotes: list[RawQuote], index: EntityIndex) -> None:
        self.article = article
        self.text = article.text
        self.blocks = article.blocks
        self.quotes = quotes
        self.index = index
        self.lex: Lexicon = lexicon()
        self._phrases_by_head, self.verb_words = _speech_verb_starts()
        self.masked = self._mask()
        self._sentences_of: dict[int, tuple[list[Span], list[int]]] = {}  # read on demand
        self.source_block_before = self._source_blocks()
        self.quote_spans = sorted(span for quote in quotes for span in quote.spans)
        self._quote_starts = [span.start for span in self.quote_spans]
        self.refs = [ref for ref in index.refs if not self.inside_quote(ref.start)]
        self.ref_starts = [ref.start for ref in self.refs]
        self._block_starts = [block.span.start for block in self.blocks]
        self._subjects: dict[tuple[int, int], int | None] = {}  # sentence -> id of its subject
        self.results: list[Attribution] = []  # one per quote, filled in order by the resolver
        self.pronoun_memo: dict[int, Entity | None] = {}
        self.genders_tried: set[int] = set()

    # -- text helpers ------------------------------------------------------------------
    def _mask(self) -> str:
        """The text with every quote's words replaced by Q, keeping a sentence-ending mark.

        Same length as the text, so offsets hold; speech verbs and names inside quotes are
        out of sight of the attribution rules.
        """
        pieces = []
        cursor = 0
        for span in sorted(span for quote in self.quotes for span in quote.spans):
            if span.start < cursor:
                continue
            keep_last = self.text[span.end - 1] in ".!?…"
            pieces.append(self.text[cursor : span.start])
            pieces.append("Q" * (span.length - keep_last))
            if keep_last:
                pieces.append(self.text[span.end - 1])
            cursor = span.end
        pieces.append(self.text[cursor:])
        return "".join(pieces)

    def _sentences(self, block: Block) -> list[Span]:
        start = block.body.start
        spans = []
        segment = self.masked[start : block.span.end]
        cursor = 0
        for match in sentence_ends(segment):
            spans.append(Span(start + cursor, start + match.end()))
            cursor = match.end()
        spans.append(Span(start + cursor, block.span.end))
        return spans

    def _source_blocks(self) -> list[int | None]:
        """For each block, the nearest `Source:` block before it (None if there is none)."""
        nearest: list[int | None] = []
        last = None
        for i, block in enumerate(self.blocks):
            nearest.append(last)
            if block.label and block.label.casefold() in ("source", "sources"):
                last = i
        return nearest

    def inside_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at >= 0 and offset < self.quote_spans[at].end

    def refs_from(self, start: int, end: int) -> list[Ref]:
        """The refs that begin in [start, end), in text order."""
        low = bisect.bisect_left(self.ref_starts, start)
        high = bisect.bisect_left(self.ref_starts, end, low)
        return self.refs[low:high]

    def block_of(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset <= self.blocks[i].span.end:
            return i
        return None

    def sentences(self, block_index: int) -> list[Span]:
        return self._sentence_index(block_index)[0]

    def _sentence_index(self, block_index: int) -> tuple[list[Span], list[int]]:
        found = self._sentences_of.get(block_index)
        if found is None:
            spans = self._sentences(self.blocks[block_index])
            found = self._sentences_of[block_index] = (spans, [span.start for span in spans])
        return found

    def sentence_at(self, block_index: int, offset: int) -> Span:
        sentences, starts = self._sentence_index(block_index)
        at = max(0, bisect.bisect_right(starts, offset) - 1)
        if offset == sentences[at].start and at > 0 and offset == sentences[at - 1].end:
            return sentences[at - 1]  # an offset at a boundary closes the sentence before
        return sentences[at]

    # -- subjects ------------------------------------------------------------------------
    def is_subject(self, ref: Ref) -> bool:
        """Is `ref` the subject of its sentence's main clause?

        `Prokudin said that Serhii Lysak had asked for buses` is about Prokudin; a later
        pronoun follows him, not Lysak.  Worked out per sentence, when first asked.
        """
        block_index = self.block_of(ref.start)
        if block_index is None:
            return False
        sentence = self.sentence_at(block_index, ref.start)
        key = (block_index, sentence.start)
        if key not in self._subjects:
            refs = self.refs_from(sentence.start, sentence.end)
            # a description and the name it describes: `The lawmaker representing the area in the
            # House of Assembly, Hon. Jane Doe,`; what stands between them is no subject either
            described = {}
            for n, other in enumerate(refs):
                target = self._next_past_an_object(refs, n, sentence.start)
                if self.describes_next(other, target):
                    described[id(other)] = target[0]
            inside = {
                id(between)
                for head in refs
                if id(head) in described
                for between in refs
                if head.end <= between.start and between.end <= described[id(head)].chunk_start
            }
            candidates = [
                other
                for other in refs
                if id(other) not in described
                and id(other) not in inside
                and self.head_of(other) is other
                and not (other.kind == ORGANISATION and self._in_an_opening_phrase(other, sentence))
                and not self._object_in_a_relative(other, sentence.start)
                and not self.modifies_a_noun(other, sentence.start)
            ]
            # the subject of a speech verb first (`Asked on TV, he said`), else the sentence's opening
            # name; not one inside an opening subordinate clause (`When Roe pointed out ..., Doe seized on it`)
            # nor inside one that follows the main clause (`Doe shook his head as Roe spoke`)
            clause_end = self._opening_clause_end(sentence)
            subject = next(
                (
                    other
                    for other in candidates
                    if other.start >= clause_end
                    and self.speaks_next(other, sentence)
                    and not _AFTER_A_SUBORDINATOR.search(self.masked, max(sentence.start, other.chunk_start - 12), other.chunk_start)
                    and not self._inside_a_relative_clause(other, refs)
                ),
                None,
            )
            if subject is None:  # `," said Doe, a former aide.`
                subject = next((other for other in candidates if self._spoken_by(other, sentence)), None)
            if subject is None:  # `When Roe spoke, Doe differed.`: the main clause's subject
                subject = next((other for other in candidates if self._after_subordinate_clause(other, sentence)), None)
            if subject is None:
                subject = next((other for other in candidates if self.opens_sentence(other, sentence, refs)), None)
            if subject is None:
                # `Around eight, a server, a college student named Jane Doe, comes back`: the name
                # that a description opening the sentence describes
                subject = next(
                    (
                        described[id(other)]
                        for other in refs
                        if other.kind in (ANONYMOUS, ROLE) and id(other) in described and self.opens_sentence(other, sentence, refs)
                    ),
                    None,
                )
            self._subjects[key] = id(subject) if subject is not None else None
        return self._subjects[key] == id(ref)

    def modifies_a_noun(self, ref: Ref, floor: int) -> bool:
        """`The Murdoch outlets have been standing in the way`: a name between `the` and a noun
        says whose the noun is; it is not the subject."""
        if ref.kind != PERSON or not _THE_BEFORE.search(self.masked, max(floor, ref.chunk_start - 4), ref.chunk_start):
            return False
        noun = _LOWER_WORD_AFTER.match(self.masked, ref.end)
        return noun is not None and noun[1] not in _WORDS_AFTER_A_SUBJECT and self.verb_at(noun[1]) is None

    def _inside_a_relative_clause(self, ref: Ref, refs: list[Ref]) -> bool:
        """`A woman who said she was a nurse at the county hospital said ...`: is `ref` inside a
        relative clause that follows someone named or described before it, and so not the
        subject of the verb after it?"""
        for head in refs:
            if head.end > ref.chunk_start:
                return False
            if head.kind in (PERSON, ANONYMOUS, ROLE) and _RELATIVE_UP_TO.fullmatch(self.masked, head.end, ref.chunk_start):
                return True
        return False

    def _next_past_an_object(self, refs: list[Ref], n: int, floor: int) -> list[Ref]:
        """The reference after refs[n], past the object of a participle that describes it
        (`One pastor supporting Mr. Cruz, Jane Doe, said`: Doe) or a body inside its description
        (`The lawmaker representing the area in the House of Assembly, Jane Doe,`)."""
        following = refs[n + 1 : n + 2]
        if following and refs[n].kind in (ANONYMOUS, ROLE) and self._object_in_a_relative(following[0], floor):
            return refs[n + 2 : n + 3]
        if following and refs[n].kind in (ANONYMOUS, ROLE) and following[0].kind in (ORGANISATION, BODY):
            return refs[n + 2 : n + 3]
        return following

    def _in_an_opening_phrase(self, ref: Ref, sentence: Span) -> bool:
        """Is `ref` a place or body in the phrase that opens the sentence (`In the House of
        Lords, the peer said`, `At Ofwat, ...`): the object of its preposition, not the subject?"""
        return _OPENING_PREPOSITION.fullmatch(self.masked, sentence.start, ref.chunk_start) is not None

    def describes_next(self, ref: Ref, following: list[Ref]) -> bool:
        """`Another resident of the district, 72-year-old Liudmyla Savchenko, said`, `The chair
        of the committee, poet Bohuslav Hirnyk, said`: the description and the name are one
        person, and the name is the subject."""
        if not following or following[0].kind != PERSON:
            return False
        between = self.masked[ref.end : following[0].chunk_start]
        if ref.kind == ORGANISATION:  # `House Republican Jane Doe`, `CNN anchor Jane Doe`
            words = between.split()
            if all(self.lex.is_role_word(word) for word in words):
                return True
            # `Yahoo News and former TV network anchor Katie Couric`: the body, `and`, then a role
            titled = following[0].chunk_start < following[0].start  # the name's phrase opens with its role
            if not titled and not (words and self.lex.is_role_word(words[-1])):
                return False
            others = [
                word
                for word in (words if titled else words[:-1])
                if not (word == "and" or word[:1].isupper() or word in MODIFIERS_BEFORE_A_ROLE or self.lex.is_role_word(word))
            ]
            return bool(words) and words[0] == "and" and len(others) <= 1
        if ref.kind not in (ANONYMOUS, ROLE) and not (ref.kind == PRONOUN and ref.text[:4].casefold() == "the "):
            return False  # (`said the woman, Jane Doe, a nurse`: a noun standing for a pronoun describes too)
        if _NAMED_BETWEEN.fullmatch(between):
            return True  # `a college student named Jane Doe`, `a lovely man called Tom Roe`
        # words, an abbreviation's full stop among them (`One pastor supporting Mr. Cruz, Jane Doe`)
        return bool(re.fullmatch(r"(?:\s+[\w'’-]+\.?){0,10},\s+(?:[\w'’-]+\.?\s+){0,3}", between))

    def speaks_next(self, ref: Ref, sentence: Span) -> bool:
        """Is `ref` the subject of a speech verb right after it: `Doe said`, `Doe, the mayor, said`?"""
        if self.text[ref.end : ref.end + 1] in _APOSTROPHES:
            return False  # "Horbenko's lawyer": a possessive is not the subject
        tail = self.masked[ref.end : min(sentence.end, ref.end + 300)]
        direct = DIRECT_GAP.match(tail)
        if direct and self.verb_at(tail[direct.end() :]):
            return True  # "Doe said"
        gap = _SPEAKER_TAIL.match(tail)
        if gap is None:
            return False
        gap_end = gap.end()
        verb = self.verb_at(tail[gap_end:])
        if verb is None:  # `Doe, chief of X, a firm for Y and Z, said`: a longer apposition
            gap_end, verb = self._verb_after_a_longer_apposition(tail)
        if verb is None or verb.endswith("ing") and "," in tail[:gap_end]:
            return False  # `Doe, saying ...`: a participle goes with the sentence's subject
        return self.subject_gap(ref, ref.end + gap_end)

    def _verb_after_a_longer_apposition(self, tail: str) -> tuple[int, str | None]:
        """The speech verb after a comma that closes an apposition holding commas of its own
        (`, chief of X, a firm for Y and Z, said`), and where the words before it end."""
        for comma in _COMMA.finditer(tail, 0, _LONGEST_APPOSITION):
            words = _AUX_AFTER_COMMA.match(tail, comma.end())
            if words is not None:
                verb = self.verb_at(tail[words.end() :])
                if verb is not None:
                    return words.end(), verb
        return 0, None

    def head_of(self, ref: Ref) -> Ref:
        """The person a name only describes: `Doe campaign manager Jane Roe`, `Doe's deputy
        campaign manager, Jane Roe`, `Obama consultant John Roe`: Roe, not Doe."""
        if ref.kind not in (PERSON, ORGANISATION):
            return ref
        following = self.refs_from(ref.end, ref.end + 80)
        if not following or following[0].kind != PERSON:
            return ref
        head = following[0]
        between = _POSSESSIVE.sub("", self.masked[ref.end : head.chunk_start], count=1)
        words = WORD.findall(between)
        if not words and ref.kind == ORGANISATION and head.chunk_start < head.start and between.isspace():
            return head  # `retired Army Lt. Gen. Jane Doe`: the body only describes the titled person
        if len(words) == 2 and words[1] == "and" and is_role_token(words[0]) and head.chunk_start < head.start:
            words = words[:1]  # `Latchwise co-founder and CEO Jane Roe`: two roles of hers, the second her title
        if not 1 <= len(words) <= 4 or any(
            not (word.islower() or is_role_token(word)) or word in _NOT_DESCRIPTION for word in words
        ):  # `Doe campaign Chairman Jane Roe`: a role may be written with a capital
            return ref
        if not is_role_token(words[-1]) and (
            any(word.endswith(("ed", "ing")) or word in self.verb_words for word in words)
            or head.chunk_start == head.start and (len(words) > 2 or any(word.endswith("s") for word in words))
        ):
            # a role or a plain noun describes (`Doe constituent Jane Roe`); a verb does not,
            # whether or not a title comes before the second name (`Mr. Doe endorsed Mr. Roe`)
            return ref
        if not _DESCRIPTION_GAP.fullmatch(between):
            return ref
        return head

    def _spoken_by(self, ref: Ref, sentence: Span) -> bool:
        """Is `ref` the subject of a speech verb right before it, after a quote or a comma:
        `," said Doe`, `, said the mayor`?"""
        if self.text[ref.end : ref.end + 1] in _APOSTROPHES:
            return False  # `, praised Doe's record`: a possessive is what is spoken of
        before = self.masked[max(sentence.start, ref.chunk_start - 40) : ref.chunk_start]
        inverted = _INVERTED_VERB.search(before)
        verb = self.verb_at(inverted["verb"]) if inverted and ref.kind != PRONOUN else None
        return verb is not None and not verb.endswith("ing")  # `, saying she ...`: her own clause

    def _opening_clause_end(self, sentence: Span) -> int:
        """Where a subordinate clause opening the sentence ends (`When Roe pointed out that ...,
        Doe ...`; its comma may stand inside a quote's marks), else the sentence's start."""
        if SUBORDINATOR.match(self.masked, sentence.start, sentence.end) is None:
            return sentence.start
        ends = []
        clause = _SUBORDINATE_INTRO.match(self.masked, sentence.start, sentence.end)
        if clause is not None:
            ends.append(clause.end())
        in_marks = _COMMA_IN_MARKS.search(self.text, sentence.start, sentence.end)
        if in_marks is not None:
            ends.append(in_marks.end())
        return min(ends) if ends else sentence.start

    def _after_subordinate_clause(self, ref: Ref, sentence: Span) -> bool:
        """Does `ref` open the main clause after a subordinate one, before its verb: `As for
        the notion that voters want Roe, Doe offered ...`, `When Roe spoke, Doe differed`?"""
        if self.text[ref.end : ref.end + 1] in _APOSTROPHES:
            return False
        if ref.chunk_start - sentence.start > 260:
            return False  # longer than any subordinate clause the pattern reads
        if _VERB_OR_AUXILIARY_NEXT.match(self.masked, ref.end) is None:
            return False
        if _SUBORDINATE_INTRO.fullmatch(self.masked, sentence.start, ref.chunk_start) is not None:
            return True
        # `When Roe called it "a scandal," Doe ...`: the clause's comma inside the quote's marks
        return self._opening_clause_end(sentence) == ref.chunk_start

    def opens_sentence(self, ref: Ref, sentence: Span, refs: list[Ref]) -> bool:
        """Is `ref` the first name of its sentence, after at most a short opening phrase?"""
        if self.text[ref.end : ref.end + 1] in _APOSTROPHES:
            return False
        start = sentence.start
        if ref.chunk_start - start > _FARTHEST_OPENING:
            return False  # no name describing this one can reach back to the opening (see below)
        dateline = _DATELINE.match(self.masked, start, ref.chunk_start)
        if dateline is not None:
            start = dateline.end()  # `LONDON (Reuters) - Doe ...`: the dateline is no part of the sentence
        # `Doe campaign Chairman Jane Roe`: a name that only describes this one opens the phrase
        describing = [other for other in refs if other.end <= ref.chunk_start and self._describes_by_role(other, ref)]
        opening = describing[0].chunk_start if describing else ref.chunk_start
        if opening - start > 80:
            return False  # too far into the sentence to be its opening name
        before = _CONJUNCTION.sub("", self.masked[start:opening], count=1)  # `And Doe ...`
        if (
            not _INTRO.fullmatch(before)
            and not _INTRO.fullmatch(self._without_describing_words(before))
            and not self._intro_ending_in_a_quote(start, opening)
        ):
            return False
        # `The mayor, Jane Doe, defended ...`: a description set before the name is no other subject
        # `In an interview with the Journal, Doe ...`: a name inside the opening phrase, after a preposition, is no other subject
        # `Roe's daughter, Jane Doe, ...`: nor is a name in the possessive, which only says whose
        return all(
            other.start >= ref.chunk_start
            or other.end <= start
            or other in describing
            or self.describes_next(other, [ref])
            or self.after_preposition(other)
            or _POSSESSIVE_AFTER.match(self.text, other.end) is not None
            for other in refs
        )

    def _intro_ending_in_a_quote(self, start: int, opening: int) -> bool:
        """Is the text from `start` to `opening` a short opening phrase that ends in a quote
        whose comma stands inside the closing mark (`In a section headed "What Changed," `)?"""
        found = _INTRO_ENDING_IN_A_QUOTE.fullmatch(self.masked, start, opening)
        return found is not None and self.text[found.start("close") - 1] == ","

    def _describes_by_role(self, other: Ref, ref: Ref) -> bool:
        """Does the name `other` only say whose role `ref` has (`Doe campaign Chairman Jane Roe`,
        not `Doe met Jane Roe`)?  So does a body with a role after it (`Yahoo News anchor Jane Roe`)."""
        if other.kind == ORGANISATION:
            return self.describes_next(other, [ref])
        if other.kind != PERSON or self.head_of(other) is not ref:
            return False
        words = self.masked[other.end : ref.start].split()
        return bool(words) and is_role_token(words[-1])

    def _without_describing_words(self, before: str) -> str:
        """`After the vote, Ohio ` -> `After the vote, `: a place, a party or a title written right
        before a name describes it (`Ohio Gov. John Kasich`, `Republican Rep. Jane Doe`,
        `Councillor Jane Doe`)."""
        while (last := _LAST_CAPITALISED.search(before)) is not None:
            word = last.group(1)
            if word in MODIFIERS_BEFORE_A_ROLE or word in PARTIES:  # `Democratic presidential candidate Jane Doe`
                before = before[: last.start(1)]
                continue
            if word not in self.lex.not_names and word.casefold() not in self.lex.countries and not self.lex.is_role_word(word):
                break
            before = before[: last.start(1)]
        return before

    def after_preposition(self, ref: Ref, agent: bool = True) -> bool:
        """Is `ref` the object of a preposition (`about Doe`, `for the Doe campaign`)?  With
        `agent=False`, the agent of a passive (`was attended by Doe`) does not count."""
        found = _AFTER_PREPOSITION.search(self.masked, max(0, ref.chunk_start - 30), ref.chunk_start)
        if found is not None and found.group().casefold().startswith("like") and VERB_NEXT.match(self.masked, ref.end):
            return False  # `it sounds like Doe knows`: `like` opens a clause whose subject is Doe
        if found is not None and _ACCORDING_END.search(self.masked, max(0, found.start() - 12), found.start()):
            return False  # `according to Doe`: Doe is who speaks, not an object
        return found is not None and (agent or not found.group().casefold().startswith("by"))

    def several_subjects(self, before: list[Ref], verb_start: int) -> bool:
        """Do names joined by `and` stand right before the verb as its subject (`Doe and Roe
        said`, `Doe, Roe and Moe argued`)?"""
        if len(before) < 2 or before[-1].kind not in (PERSON, PRONOUN) or before[-2].kind not in (PERSON, PRONOUN):
            return False
        last, previous = before[-1], before[-2]
        if DIRECT_GAP.fullmatch(self.masked, last.end, verb_start) is None:
            return False
        joined = _AND_BETWEEN.fullmatch(self.masked, previous.end, last.chunk_start)
        if joined is None:
            return False
        if "," in joined.group():  # `Moe, Doe, and Roe said`; `..., and Roe said` joins two clauses
            return len(before) >= 3 and self.masked[before[-3].end : previous.chunk_start] == ", "
        return True

    def subject_before(self, before: list[Ref], verb_start: int) -> Ref | None:
        """The subject of a verb among the refs before it: the nearest one right before the
        verb (`Doe said`); else, when only names followed by an apposition fit, the first
        of them (`Doe, Chair of the Committee on X, Y and Z, said` is Doe's)."""
        apposed = None
        for at in range(len(before) - 1, -1, -1):
            ref = before[at]
            if not self.subject_gap(ref, verb_start):
                continue
            gap = self.masked[ref.end : verb_start]
            if "," not in gap and self._object_in_a_relative(ref, 0):
                return None  # `one strategist who has advised Clinton in the past said`: the strategist, unnamed
            if "," not in gap or ref.kind == PERSON and _WHO_GAP.fullmatch(gap):
                if ref.kind in (ORGANISATION, BODY):
                    part_of = self._body_of_before(before[:at], ref)
                    if part_of is not None:
                        return part_of  # `the Economic Offences Wing (EOW) of the Mumbai police said`: the wing
                if ref.kind == ORGANISATION:
                    member = self._member_before(before[max(0, at - 2) : at], ref)
                    if member is not None:
                        return member  # `Doe of the Cato Institute wrote`: the institute only says which Doe
                    if self.after_preposition(ref) and not _PARTICIPLE_AT.match(self.masked, verb_start):
                        # `a journalist from the broadcaster NHK asked`: the body says whose (but
                        # `with the union calling her "..."`: a participle's subject)
                        return None
                return ref  # `Doe said`, `led by Doe, the deputy minister, who said` (`who` is a person)
            if not self.after_preposition(ref):
                apposed = ref  # `in a statement to the Observer, her adviser, Doe, said`: not the Observer
        return apposed

    def _object_in_a_relative(self, ref: Ref, floor: int) -> bool:
        """Is the name right after a relative clause's verb, or a participle's after a noun, its
        object (`who has advised Clinton`, `One pastor supporting Mr. Cruz`)?  Plain searches for
        `ing ` and `who` first: most names have neither before them."""
        start = max(floor, ref.chunk_start - 40)
        if (
            self.masked.find("ing ", start, ref.chunk_start) >= 0
            and self.masked[ref.chunk_start].isupper()  # not `county planning director Doe`: a role's noun
            and _OBJECT_OF_A_PARTICIPLE.search(self.masked, start, ref.chunk_start)
        ):
            return True  # `One pastor supporting Mr. Cruz, Jane Doe, said`: the participle's object
        return self.masked.find("who", start, ref.chunk_start) >= 0 and _OBJECT_IN_A_RELATIVE.search(self.masked, start, ref.chunk_start) is not None

    def _body_of_before(self, refs: list[Ref], body: Ref) -> Ref | None:
        """The body named right before `body` and joined to it by `of` (an acronym in brackets
        may come between): the part that speaks, not the whole it belongs to."""
        for ref in reversed(refs[-2:]):
            if ref.kind == ORGANISATION and _PART_OF.fullmatch(self.masked, ref.end, body.chunk_start):
                return ref
        return None

    def _member_before(self, refs: list[Ref], body: Ref) -> Ref | None:
        """The person just before an organisation and joined to it by `of`, `at` or `from`
        (`Doe of the James Martin Center`: a name inside the body's name may come between)."""
        for ref in reversed(refs):
            if ref.kind == PERSON and _PERSON_OF.fullmatch(self.masked, ref.end, body.chunk_start):
                return ref
        return None

    def subject_gap(self, ref: Ref, verb_start: int) -> bool:
        """Is `ref` the subject of the verb at verb_start? `Doe said`, `Doe, the mayor, said`."""
        gap = self.masked[ref.end : verb_start]
        if SUBJECT_GAP.fullmatch(gap) or _WHO_GAP.fullmatch(gap):
            return True
        # the name is itself an apposition: "Horbenko's lawyer, Ihor Shtanko, said",
        # "Another resident, 72-year-old Liudmyla Savchenko, said", "Doe's restaurant group,
        # Ember & Oak Hospitality, said"
        if ref.kind not in (PERSON, ORGANISATION) or not (
            _COMMA_AND_AUX.fullmatch(gap) or ref.kind == PERSON and _BODY_PLACE_AND_AUX.fullmatch(gap)
        ):  # `One pastor supporting Mr. Cruz, Jane Doe of Liberty Baptist Church in Marion, said`
            return False
        if ref.kind == ORGANISATION:
            # only after a description of what the body is to someone: `Doe's restaurant group, `
            # (not `Jane Doe of Berenberg, Germany's largest private bank, warned`)
            return _BODY_DESCRIBED_BEFORE.search(self.masked, max(0, ref.chunk_start - 60), ref.chunk_start) is not None
        apposed = _APPOSED.search(self.masked[max(0, ref.chunk_start - 40) : ref.chunk_start])
        return apposed is not None and not (set(apposed.group().casefold().split()) & _FUNCTION_WORDS)

    # -- speech verbs --------------------------------------------------------------------
    def verb_at(self, text: str) -> str | None:
        """The speech verb a piece of text starts with (one or two words), if any."""
        match = _LEADING_WORDS.match(text)
        if not match:
            return None
        words = [word.casefold() for word in match.groups() if word]
        return self.verb_in(words, 0)

    def verb_in(self, words: list[str], k: int) -> str | None:
        """The speech verb (a word or a phrase such as `pointed out`) at words[k], if any."""
        word = words[k]
        for phrase in self._phrases_by_head.get(word, ()):  # only the phrases that start with it
            if tuple(words[k : k + len(phrase)]) == phrase:
                return " ".join(phrase)
        return word if word in self.lex.speech_verbs else None

    def speech_verb_before(self, quote: RawQuote) -> bool:
        """`Later Doe added: "..."`: a speech verb in the quote's sentence before it."""
        opening = self.sentence_at(quote.blocks[0], quote.open_mark)
        return self.has_speech_verb(opening.start, quote.open_mark)

    def speech_verbs(self, start: int, end: int, first_words: int | None = None) -> list[tuple[int, int]]:
        """Where speech verbs stand in masked[start:end], in order (only among its first words
        when given).  A capitalised word inside the region is a name's, not a verb: `United
        States District Court`."""
        region = self.masked[start:end]
        found = list(WORD.finditer(region))[:first_words]
        words = list(map(str.casefold, map(_MATCHED, found)))
        # the words a speech verb may start with, picked out without a Python loop over every word
        heads = compress(range(len(words)), map(self.verb_words.__contains__, words))
        return [
            (start + found[k].start(), start + found[k].end())
            for k in heads
            if self.verb_in(words, k)
            and (k == 0 or region[found[k].start()].islower() and not self._after_a_determiner(region, found, words, k))
        ]

    @staticmethod
    def _after_a_determiner(region: str, found: list[re.Match[str]], words: list[str], k: int) -> bool:
        """Is the word found[k] a noun, right after a determiner or a possessive (`the
        congressman's remarks`, `his reply`), not a verb?"""
        return _DETERMINER_OR_POSSESSIVE.fullmatch(words[k - 1]) is not None and region[found[k - 1].end() : found[k].start()].isspace()

    def has_speech_verb(self, start: int, end: int) -> bool:
        return bool(self.speech_verbs(start, end))

    def speech_verb_beside(self, quote: RawQuote) -> bool:
        """Does the quote's own sentence hold a speech verb right after it (`," the aide
        said`)?  Such a quote has an attribution of its own."""
        if quote.close_mark is None:
            return False
        block_index = quote.blocks[-1]
        sentence = self.sentence_at(block_index, quote.close_mark)
        end = min(sentence.end, quote.after + LOOK_AFTER)
        cut = QUOTE_MARK.search(self.masked, quote.after, end)
        return bool(self.speech_verbs(quote.after, cut.start() if cut else end, first_words=12))
