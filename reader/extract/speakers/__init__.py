"""Who said it: resolving each quote's speaker from the words around it.

For each quote the resolver tries, in order:
1. an attribution right after the quote: `," Umierov said.`, `," said Umierov.`, `," he added.`,
   `," the minister stressed.`, `," the company stated.`, `," according to ...`, `" – Name`,
   or a document (`," the ruling says.`: the court; `the statement by X`: X);
2. a speech verb before the quote in the same sentence and its subject: `Umierov said: "...`,
   `Lecornu said that he and Umierov ... talked about "..."` (the subject of *said*, not the
   nearest name), `The indictment, which SAPO sent to court, says that ... "..."`;
3. a `Quote from Name:` label;
4. a colon introduction closing the previous paragraph: `The minister said:` + a quote paragraph;
5. a `Quote:` label: whoever the paragraph before reports as speaking, else the nearest
   `Source:` line (a person, an organisation, an outlet citing someone, a role such as `Head of
   State`), else the lead's subject;
6. the speaker of the quote just before it, when nothing in between names anyone else;
7. a quote paragraph after a paragraph reporting what someone said;
8. in an interview, questions go to the interviewer and the answers after them to the
   interviewee.

Pronouns go to the subject of the latest sentence that can be that person (else to the one
person named there who can); role nouns (`the minister`) to the latest person whose role they
match; an unnamed subject (`a resident`, `the businessman`) keeps the pronoun unnamed.  Anything
else stays unknown: a quote is never given to the nearest name by default.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...model import HEADING, LABELLED, PARAGRAPH, Article, Block, Span
from ..entities import (
    ANONYMOUS,
    BODY,
    CLEAR_SPEECH,
    ORGANISATION,
    PERSON,
    PRONOUN,
    ROLE,
    Entity,
    EntityIndex,
    Ref,
    acronym_of,
    is_role_token,
)
from ..lexicon import lexicon
from ..quotes import RawQuote

_WORD = re.compile(r"[\w’'-]+")
_LEADING_WORDS = re.compile(r"\W*([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen lt col maj capt sgt no nos vs jr sr prof rev gov sen rep hon co corp
    inc ltd approx etc e.g i.e u.s u.k jan feb mar apr aug sept sep oct nov dec fig vol pp art
    para ca cf""".split()
)
_SPACE_AND_THE = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_WORD_OR_DOTS = re.compile(r"[\w.]*")
_BOUNDARY = re.compile(r"""[.!?…]+["”»’')\]]*(?=\s+["“«‘(\[]?[A-Z0-9\u0400-\u042f])""")
_AUX = (
    r"(?:(?:has|had|have|also|later|then|further|once\s+again|again|reportedly|earlier|"
    r"additionally|previously|would|will|was|is|subsequently|recently|repeatedly|publicly|"
    r"personally|explicitly|openly|separately|quickly|simply|even|only|just|however|too|"
    r"first|initially|finally|previously|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)|"
    r"(?:last|this)\s+(?:week|month|year|night|morning)|\w+ly)\s+)*"
)
_APPOSITION = r"(?:\s*,[^\"“”«»]{1,200}?,)?"
# "Doe, the mayor, said", "Yuliia Lapina of European Pravda asked"
_OF_BODY = r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?"
_PARENTHESIS = r"(?:\s*\([^()\"“”«»]{1,40}\))?"  # "Doe (R-Ohio) said", "Doe (pictured) said"
_SUBJECT_GAP = re.compile(rf"{_PARENTHESIS}{_APPOSITION}{_OF_BODY}\s+{_AUX}", re.IGNORECASE)
_DIRECT_GAP = re.compile(rf"{_PARENTHESIS}\s+{_AUX}", re.IGNORECASE)
_SPEAKER_TAIL = re.compile(rf"{_PARENTHESIS}(?:{_APPOSITION}|,)\s+{_AUX}", re.IGNORECASE)
_FUNCTION_WORDS = frozenset("for of at in with from by to on the a an and or".split())
_APPOSED = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}$")  # a comma at most three words before a name
_WHO_GAP = re.compile(rf"(?:\s*,[^,\"“”«»]{{1,160}})?\s*,\s*who\s+{_AUX}", re.IGNORECASE)  # "Doe, an MP, who said"
_AFTER_GAP = re.compile(r"\s*[,;:]?\s*(?:[–—-]\s*)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_INVERTED_GAP = re.compile(
    r"\s*[,;]?\s*(?P<verb>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:(?:his|her|their|its|the|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+)?"  # "his lawyer, "
    r"(?:(?:the|a|an)\s+)?"
)
# `," said Democratic Rep. Jane Doe`, `," added his campaign manager Jane Doe`: a description
# of up to six words between the verb and the name, none of them a word that starts a clause
_INVERTED_DESCRIBED = re.compile(
    r"\s*[,;]?\s*(?P<verb>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?P<description>(?:(?!(?:that|to|in|on|at|when|while|after|before|during|because|as|if|about|with|for|and|but|of)\b)[\w'’.-]+\s+){1,6})"
)
_QUOTED_AS_SAYING = re.compile(
    r"[\s,]*(?:the\s+)?[\w\s]{0,40}?\bquoted\s+(?P<who>him|her|them)\s+as\s+saying", re.IGNORECASE
)
_DOCUMENT_NOUN = (
    r"(?:statement|ruling|resolution|decision|document|notice(?:\s+of\s+suspicion)?|report|order|"
    r"decree|verdict|judg(?:e)?ment|letter|appeal|message|post|press\s+release|announcement|"
    r"communiqu[ée]|declaration|text|note|indictment|explanatory\s+note|summary|update|"
    r"bulletin|instruction|guidance|memo|memorandum|protocol)"
)
_DOCUMENT_WORDS = tuple(
    word for word in re.findall(r"[a-z]+", _DOCUMENT_NOUN) if word not in ("of", "s", "e", "suspicion")
)
_DOCUMENT = re.compile(
    rf"(?:the|this|that|its|their|his|her|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT_NOUN}", re.IGNORECASE
)
_DOCUMENT_VERB = r"(?:says|reads|states|said|read|stated|notes|noted|adds|added|continues|concludes)"
_ISSUED_BY = r"(?:\s+(?:prepared|issued|signed|published|adopted|released|drafted|written)\s+by\s+(?P<issuer>[^,.;\"“”]{1,80}?))?"
_DOCUMENT_AFTER = re.compile(
    rf"\s*[,;:]?\s*{_DOCUMENT.pattern}{_ISSUED_BY}\s+{_DOCUMENT_VERB}\b", re.IGNORECASE
)
# "The indictment, which SAPO sent to court in September, says that ..."
_DOCUMENT_SAYS = re.compile(
    rf"{_DOCUMENT.pattern}(?P<clause>,\s*which\s[^,\"“”]{{1,100}},)?\s+{_DOCUMENT_VERB}\b", re.IGNORECASE
)
_DOCUMENT_BEFORE = re.compile(
    rf"{_DOCUMENT.pattern}\s+{_DOCUMENT_VERB}(?:\s+that)?\s*[:,]?\s*$", re.IGNORECASE
)
_COURT_DOCUMENTS = frozenset(("ruling", "verdict", "judgment", "judgement", "sentence"))
_PRESS_OFFICE = re.compile(r"\s+(?:press\s+(?:service|office|centre|center)|media\s+office|website)$", re.I)
_LAST_CLAUSE = re.compile(r"\s+(?:\w+\s+){0,1}\w+\s*:\s*")  # "he shrugs:", "she simply answers:"
_LOOK_BACK = 600  # characters read back from a quote for its attribution
_LOOK_AFTER = 300  # characters read after a quote for its attribution
_AFTER_CLAUSE = re.compile(r"\s*,?\s+[\w‘’'(]")  # `," Doe said`: the sentence goes on after the quote
_QUOTE_MARK = re.compile(r'["“”«»„]')
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\b")
_DESCRIPTION_GAP = re.compile(r"(?:\s+[\w-]+){1,4},?\s+")  # ` campaign manager `, ` deputy manager, `
_NOT_DESCRIPTION = frozenset("that who whom which and or but said says told with to of for by as than".split())
_OPENING_WORD = re.compile(
    r"""\s*["“”'‘]?\s*(?:(?:Meanwhile|But|And|So|Still|Yet|Now|Instead|Later|Then|Also),?\s+)?"""
    r"(?P<word>[A-Z][\w'’-]+)(?=,\s+(?:who|a|an|the)\s|\s+[a-z])"
)
_NOT_A_SUBJECT_NAME = frozenset(
    "The A An This That These Those It Its There Here Their Our We They I You He She His Her".split()
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|in|at|for|from|with|by|of|on|about|against|toward|towards|than|like|into|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_VERBS_WITH_AN_OBJECT = frozenset(
    "told tells tell telling asked asks ask asking informed informs thanked thanks urged urges briefed reminded assured "
    "warned warns called calls".split()
)
_CAPITAL_NEXT = re.compile(r"\s+[\"“”'‘]*[A-Z]")
_CLAUSE_COMMA = re.compile(r",\s*$")
_INVERTED_VERB = re.compile(r"""(?:^|[,"”'’])\s*(?P<verb>[a-z]+(?:\s+[a-z]+)?)\s+(?:the\s+)?$""")
_INVERTED_END = re.compile(r"\s*(?:[,:;–—-]\s*)+")  # `said Doe: "` (`says Doe "` is about Doe)
_PRONOUN_WINDOW = 80  # references read back for `they` and `the company`
READ_BACK = 8  # paragraphs read back from a quote to find who speaks
_PRONOUN_BLOCKS = READ_BACK  # paragraphs read back to find what a pronoun stands for
_PRONOUN_SENTENCES = 12
_ROLE_WINDOW = 200  # references read back to find whom a role noun names
_MALE_PRONOUNS = frozenset(("he", "his", "him", "himself"))
_FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
_OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "group"}
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_INTRO = re.compile(r"\s*(?:[^.;:!?\"“”]{1,100},\s*)?(?:[Tt]he\s+)?$")  # `Speaking in Salem, New Hampshire, Doe`
_QUOTE_LABEL = re.compile(r"^(?:quote|quotes|statement)s?\s+(?:from|by)\s+(?P<who>.+)$", re.IGNORECASE)
_CITING = re.compile(r"\b(?:citing|quoting|with\s+reference\s+to|referring\s+to|cited\s+by)\s+", re.IGNORECASE)
_SOURCE_TAIL = re.compile(
    r"""\s*,?\s+(?:on|in|at|via|during|through|to|for)\s+(?:(?:a|an|the|his|her|their|its)\s+)?
        (?:telegram|facebook|twitter|x\b|instagram|youtube|tiktok|air|tv|television|radio|
           social\s+media|video|statement|post|comment|interview|briefing|press|address|
           broadcast|telethon|livestream|national|joint|evening|morning|daily|official|website).*$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)


@dataclass
class Attribution:
    speaker: Entity | None
    how: str | None
    role: str | None = None  # the role phrase used, when the speaker was named by a role
    ref: Ref | None = None
    carried_sure: bool | None = None  # a continuation: whether the turn it continues was sure

    @property
    def sure(self) -> bool:
        """Named by the sentence itself (a speech verb, a label, a source line): the reader
        can rely on it.  A pronoun, a role noun or the turn of a speaker read from the
        paragraphs around are inferences, right most of the time but not always."""
        if self.how == "continuation":
            return bool(self.carried_sure)
        return self.how in SURE_ATTRIBUTIONS and (self.ref is None or self.ref.kind in (PERSON, ORGANISATION))


UNKNOWN = Attribution(None, None)
SURE_ATTRIBUTIONS = frozenset(
    ("verb-after", "verb-before", "label", "source-line", "dash", "according-to", "colon", "document")
)


@lru_cache(maxsize=1)
def _speech_verb_starts() -> tuple[frozenset[str], frozenset[str]]:
    """First words of speech phrases (`pointed` of `pointed out`), and every word a speech
    verb or phrase may start with."""
    heads = frozenset(phrase[0] for phrase in lexicon().speech_phrases)
    return heads, heads | frozenset(lexicon().speech_verbs)


class Resolver:
    def __init__(self, article: Article, quotes: list[RawQuote], index: EntityIndex) -> None:
        self.article = article
        self.text = article.text
        self.blocks = article.blocks
        self.quotes = quotes
        self.index = index
        self.lex = lexicon()
        self._phrase_heads, self._verb_words = _speech_verb_starts()
        self.masked = self._mask()
        self._sentences_of: dict[int, tuple[list[Span], list[int]]] = {}  # read on demand
        self._source_before = self._source_blocks()
        self.quote_spans = sorted(span for quote in quotes for span in quote.spans)
        self._quote_starts = [span.start for span in self.quote_spans]
        self.refs = [ref for ref in index.refs if not self._inside_quote(ref.start)]
        self._ref_starts = [ref.start for ref in self.refs]
        self._block_starts = [block.span.start for block in self.blocks]
        self._subjects: dict[tuple[int, int], int | None] = {}  # sentence -> id of its subject
        self.results: list[Attribution] = []
        self._pronoun_memo: dict[int, Entity | None] = {}
        self._genders_tried: set[int] = set()

    def _gender(self, entity: Entity) -> str | None:
        """A person's gender: from the given name, else learnt from the article.

        `Marchetti confirmed it in a statement released by her ministry`: a sentence that
        names one person only and uses pronouns of one gender only tells that person's gender.
        Worked out for a person when first needed.
        """
        if entity.gender is not None or id(entity) in self._genders_tried:
            return entity.gender
        self._genders_tried.add(id(entity))
        for mention in entity.mentions:
            block_index = self._block_of(mention.start)
            if block_index is None:
                continue
            sentence = self._sentence_at(block_index, mention.start)
            people = {id(ref.entity) for ref in self._refs_from(sentence.start, sentence.end) if ref.kind == PERSON}
            if people != {id(entity)}:
                continue
            words = set(re.findall(r"\w+", self.masked[sentence.start : sentence.end].casefold()))
            male, female = words & _MALE_PRONOUNS, words & _FEMALE_PRONOUNS
            if male and not female:
                entity.gender = "m"
                break
            if female and not male:
                entity.gender = "f"
                break
        return entity.gender

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
        for match in _sentence_ends(segment):
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

    def _inside_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at >= 0 and offset < self.quote_spans[at].end

    def _refs_from(self, start: int, end: int) -> list[Ref]:
        """The refs that begin in [start, end), in text order."""
        low = bisect.bisect_left(self._ref_starts, start)
        high = bisect.bisect_left(self._ref_starts, end, low)
        return self.refs[low:high]

    def _block_of(self, offset: int) -> int | None:
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

    def _sentence_at(self, block_index: int, offset: int) -> Span:
        sentences, starts = self._sentence_index(block_index)
        at = max(0, bisect.bisect_right(starts, offset) - 1)
        if offset == sentences[at].start and at > 0 and offset == sentences[at - 1].end:
            return sentences[at - 1]  # an offset at a boundary closes the sentence before
        return sentences[at]

    def is_subject(self, ref: Ref) -> bool:
        """Is `ref` the subject of its sentence's main clause?

        `Prokudin said that Serhii Lysak had asked for buses` is about Prokudin; a later
        pronoun follows him, not Lysak.  Worked out per sentence, when first asked.
        """
        block_index = self._block_of(ref.start)
        if block_index is None:
            return False
        sentence = self._sentence_at(block_index, ref.start)
        key = (block_index, sentence.start)
        if key not in self._subjects:
            refs = self._refs_from(sentence.start, sentence.end)
            candidates = [
                other
                for n, other in enumerate(refs)
                if not self._describes_next(other, refs[n + 1 : n + 2]) and self._head_of(other) is other
            ]
            # the subject of a speech verb first (`Asked on TV, he said`), else the sentence's opening name
            subject = next((other for other in candidates if self._speaks_next(other, sentence)), None)
            if subject is None:  # `," said Doe, a former aide.`
                subject = next((other for other in candidates if self._spoken_by(other, sentence)), None)
            if subject is None:
                subject = next((other for other in candidates if self._opens_sentence(other, sentence, refs)), None)
            self._subjects[key] = id(subject) if subject is not None else None
        return self._subjects[key] == id(ref)

    def _describes_next(self, ref: Ref, following: list[Ref]) -> bool:
        """`Another resident of the district, 72-year-old Liudmyla Savchenko, said`, `The chair
        of the committee, poet Bohuslav Hirnyk, said`: the description and the name are one
        person, and the name is the subject."""
        if ref.kind not in (ANONYMOUS, ROLE) or not following or following[0].kind != PERSON:
            return False
        between = self.masked[ref.end : following[0].chunk_start]
        return bool(re.fullmatch(r"(?:\s+[\w'’-]+){0,6},\s+(?:[\w'’-]+\s+){0,3}", between))

    def _speaks_next(self, ref: Ref, sentence: Span) -> bool:
        """Is `ref` the subject of a speech verb right after it: `Doe said`, `Doe, the mayor, said`?"""
        if re.match(r"['’]", self.text[ref.end : ref.end + 1]):
            return False  # "Horbenko's lawyer": a possessive is not the subject
        tail = self.masked[ref.end : min(sentence.end, ref.end + 300)]
        direct = _DIRECT_GAP.match(tail)
        if direct and self._verb_at(tail[direct.end() :]):
            return True  # "Doe said"
        gap = _SPEAKER_TAIL.match(tail)
        verb = self._verb_at(tail[gap.end() :]) if gap else None
        if verb is None or verb.endswith("ing") and "," in gap.group():
            return False  # `Doe, saying ...`: a participle goes with the sentence's subject
        return self._subject_gap(ref, ref.end + gap.end())

    def _head_of(self, ref: Ref) -> Ref:
        """The person a name only describes: `Doe campaign manager Jane Roe`, `Doe's deputy
        campaign manager, Jane Roe`, `Obama consultant John Roe`: Roe, not Doe."""
        if ref.kind not in (PERSON, ORGANISATION):
            return ref
        following = self._refs_from(ref.end, ref.end + 80)
        if not following or following[0].kind != PERSON:
            return ref
        head = following[0]
        between = _POSSESSIVE.sub("", self.masked[ref.end : head.chunk_start], count=1)
        words = _WORD.findall(between)
        if not 1 <= len(words) <= 4 or any(not word.islower() or word in _NOT_DESCRIPTION for word in words):
            return ref
        if head.chunk_start == head.start and not is_role_token(words[-1]) and (
            len(words) > 2 or any(word.endswith(("ed", "ing", "s")) or word in self._verb_words for word in words)
        ):
            return ref  # a role or a plain noun describes (`Doe constituent Jane Roe`); a verb does not
        if not _DESCRIPTION_GAP.fullmatch(between):
            return ref
        return head

    def _spoken_by(self, ref: Ref, sentence: Span) -> bool:
        """Is `ref` the subject of a speech verb right before it, after a quote or a comma:
        `," said Doe`, `, said the mayor`?"""
        before = self.masked[max(sentence.start, ref.chunk_start - 40) : ref.chunk_start]
        inverted = _INVERTED_VERB.search(before)
        verb = self._verb_at(inverted["verb"]) if inverted and ref.kind != PRONOUN else None
        return verb is not None and not verb.endswith("ing")  # `, saying she ...`: her own clause

    def _opens_sentence(self, ref: Ref, sentence: Span, refs: list[Ref]) -> bool:
        """Is `ref` the first name of its sentence, after at most a short opening phrase?"""
        if re.match(r"['’]", self.text[ref.end : ref.end + 1]):
            return False
        if ref.chunk_start - sentence.start > 80:
            return False  # too far into the sentence to be its opening name
        before = self.masked[sentence.start : ref.chunk_start]
        if not _INTRO.fullmatch(before):
            return False
        return all(other.start >= ref.chunk_start for other in refs)

    def _verb_at(self, text: str) -> str | None:
        """The speech verb a piece of text starts with (one or two words), if any."""
        match = _LEADING_WORDS.match(text)
        if not match:
            return None
        words = [word.casefold() for word in match.groups() if word]
        return self._verb_in(words, 0)

    def _verb_in(self, words: list[str], k: int) -> str | None:
        """The speech verb (a word or a phrase such as `pointed out`) at words[k], if any."""
        word = words[k]
        if word in self._phrase_heads:
            for phrase in self.lex.speech_phrases:
                if tuple(words[k : k + len(phrase)]) == phrase:
                    return " ".join(phrase)
        return word if word in self.lex.speech_verbs else None

    # -- resolving references ----------------------------------------------------------
    def resolve(self, ref: Ref, how: str) -> Attribution:
        if ref.kind in (PERSON, ORGANISATION):
            return Attribution(ref.entity, how, ref=ref)
        if ref.kind == PRONOUN:
            return Attribution(self.pronoun(ref), "pronoun", ref=ref)
        if ref.kind == ROLE:
            entity = self.role(ref.text, ref.start)
            return Attribution(entity, "role", role=_strip_article(ref.text), ref=ref)
        if ref.kind == ANONYMOUS:  # "a resident said": the article does not name the speaker
            return Attribution(None, "anonymous", ref=ref)
        if ref.kind == BODY:  # "the company stated"
            return Attribution(self.body(ref), "organisation-noun", ref=ref)
        return UNKNOWN

    def pronoun(self, ref: Ref, depth: int = 0) -> Entity | None:
        """`he`, `she`: the most recent sentence subject who can be that person.

        A subject of unknown gender counts; an unnamed subject (`a resident`) takes the
        pronoun and leaves it unknown.  Only a window of recent references is read, so long
        texts stay linear.
        """
        low = bisect.bisect_left(self._ref_starts, ref.start)
        window = self.refs[max(0, low - _PRONOUN_WINDOW) : low]
        if ref.gender == "group":
            for other in reversed(window):
                if other.kind == ORGANISATION and self.is_subject(other):
                    return other.entity
            return None
        if ref.gender not in ("m", "f"):
            return None
        fits = (ref.gender, None)
        for sentence, refs in self._sentences_back(ref):
            subject = next((other for other in refs if self.is_subject(other)), None)
            if subject is None and self._opens_with_unknown_name(sentence, refs):
                return None  # `Rihanna, who was honoured, spoke ...`: someone the lists do not know
            if subject is not None and subject.kind in (ANONYMOUS, ROLE):
                who = self.role(subject.text, subject.start) if subject.kind == ROLE else None
                if who is None and subject.gender in fits:
                    return None  # "a resident", "the businessman": someone the article leaves unnamed
                if who is not None and self._gender(who) in fits:
                    return who
            elif subject is not None:
                who = self._person_behind(subject, depth)
                if who is not None and self._gender(who) in fits:
                    return who
            # no fitting subject: a person named in the sentence, if only one fits
            named = {id(other.entity): other.entity for other in refs if other.kind == PERSON and self._gender(other.entity) in fits}
            if len(named) == 1:
                return next(iter(named.values()))
            exact = [entity for entity in named.values() if entity.gender == ref.gender]
            if len(exact) == 1:
                return exact[0]
            if named:
                last = self._last_speaker_before(ref.start)
                if last is not None and id(last) in named:
                    return last  # `," said Doe, who knows Roe. "...," he said.`: Doe speaks on
                return None  # several people could be meant
        return None

    def _last_speaker_before(self, offset: int) -> Entity | None:
        """The speaker of the latest quote before `offset`, in its paragraph or the one before."""
        block_index = self._block_of(offset)
        for quote, found in zip(reversed(self.quotes[: len(self.results)]), reversed(self.results)):
            if quote.open_mark >= offset:
                continue
            if block_index is None or block_index - quote.blocks[-1] > 1:
                return None
            if found.speaker is not None:
                return found.speaker
        return None

    def _sentences_back(self, ref: Ref) -> Iterator[tuple[Span, list[Ref]]]:
        """Each sentence before `ref` with its refs, newest sentence first, within a window."""
        block_index = self._block_of(ref.start)
        if block_index is None:
            return
        read = 0
        for index in range(block_index, max(-1, block_index - _PRONOUN_BLOCKS), -1):
            for sentence in reversed(self.sentences(index)):
                if sentence.start >= ref.start:
                    continue
                yield sentence, self._refs_from(sentence.start, min(sentence.end, ref.start))
                read += 1
                if read >= _PRONOUN_SENTENCES:
                    return

    def _opens_with_unknown_name(self, sentence: Span, refs: list[Ref]) -> bool:
        """Does the sentence open with a capitalised word that is no known entity but stands as
        its subject (`Carson defied the question`, `Meanwhile Rihanna, who ...`)?  A pronoun
        after it most likely means that person, whom the extractor cannot name."""
        opening = _OPENING_WORD.match(self.masked, sentence.start, sentence.end)
        if opening is None:
            return False
        word = re.split(r"['’]", opening.group("word"))[0]
        if word in self.lex.not_names or word in _NOT_A_SUBJECT_NAME or word.endswith("ing"):
            return False
        at = opening.start("word")
        if any(ref.chunk_start <= at < ref.end for ref in refs):
            return False
        # a name: capitalised inside sentences too, and never written in lower case
        if re.search(rf"\b{re.escape(word.casefold())}\b", self.text):
            return False
        return re.search(rf"[a-z,] {re.escape(word)}\b", self.text) is not None

    def _person_behind(self, ref: Ref, depth: int) -> Entity | None:
        """The person a subject reference stands for: named, by role, or by an earlier pronoun."""
        if ref.kind == PERSON:
            return ref.entity
        if ref.kind == ROLE:
            return self.role(ref.text, ref.start)
        if ref.kind == PRONOUN and depth < 3 and ref.gender in ("m", "f"):
            key = id(ref)
            if key not in self._pronoun_memo:
                self._pronoun_memo[key] = self.pronoun(ref, depth + 1)
            return self._pronoun_memo[key]
        return None

    def role(self, phrase: str, before: int) -> Entity | None:
        """The person a role noun points to: `the minister` -> the last minister named."""
        wanted = _role_words(phrase)
        if not wanted or _plural(phrase):
            return None
        low = bisect.bisect_left(self._ref_starts, before)
        recent = self.refs[max(0, low - _ROLE_WINDOW) : low]
        seen: dict[int, tuple[int, Entity]] = {}
        for ref in recent:  # people referred to before, most recent mention last
            if ref.kind == PERSON:
                seen[id(ref.entity)] = (ref.start, ref.entity)
        if len(self.index.persons) <= _ROLE_WINDOW:  # short texts: everyone, title included
            for entity in self.index.persons:
                seen.setdefault(id(entity), (-1, entity))
        matches = []
        for at, entity in seen.values():
            if _role_fits(phrase, entity.roles):
                matches.append((at, entity))
        if not matches:
            return self._sole_person_without_role()
        matches.sort(key=lambda item: item[0])
        return matches[-1][1]

    def body(self, ref: Ref) -> Entity | None:
        """The organisation `the company`, `the ministry` stands for: the latest organisation
        named with that word (`Ministry of Energy`), else the latest that was a subject."""
        low = bisect.bisect_left(self._ref_starts, ref.start)
        named = [other for other in reversed(self.refs[max(0, low - _PRONOUN_WINDOW) : low]) if other.kind == ORGANISATION]
        noun = ref.text.split()[-1].casefold()
        for other in named:
            if noun in other.entity.name.casefold():
                return other.entity
        for other in named:
            if self.is_subject(other):
                return other.entity
        return None

    def _sole_person_without_role(self) -> Entity | None:
        """When the article names one person only, and gives them no role, a role noun
        (`the deputy governor said`, `Source: Head of the Oblast Administration`) is them."""
        named = [entity for entity in self.index.persons if entity.mentions]
        if len(named) == 1 and not named[0].roles:
            return named[0]
        return None

    # -- the rules ---------------------------------------------------------------------
    def after(self, quote: RawQuote) -> Attribution | None:
        found = self._after(quote)
        if found is not None and found.ref is not None and found.ref.kind != PRONOUN and self._new_sentence_after(quote):
            return None  # `“We won.” Analyst Jane Doe agreed that ...`: a sentence of its own
        return found

    def _new_sentence_after(self, quote: RawQuote) -> bool:
        """Does a new sentence, not an attribution, follow the quote?  A full stop closes the
        quote and the words after it go on past a short `Doe said.`"""
        if quote.text.rstrip()[-1:] not in ".…" or not _CAPITAL_NEXT.match(self.masked, quote.after):
            return False
        block_index = quote.blocks[-1]
        sentence = self._sentence_at(block_index, quote.after + 1)
        words = _WORD.findall(self.masked[quote.after : sentence.end])
        return len(words) > 6 or "that" in words

    def _after(self, quote: RawQuote) -> Attribution | None:
        if quote.close_mark is None:
            return None
        block_index = quote.blocks[-1]
        end = self.blocks[block_index].span.end
        document = _DOCUMENT_AFTER.match(self.masked, quote.after, quote.after + 200)
        if document:  # `," the ruling says.`
            if document.group("issuer"):
                issuers = [
                    r for r in self._refs_from(document.start("issuer"), document.end("issuer"))
                    if r.kind in (PERSON, ORGANISATION)
                ]
                if issuers:
                    return self.resolve(issuers[0], "document")
            return Attribution(self.document_speaker(quote.open_mark, document.group()), "document")
        quoted = None
        if "quoted" in self.masked[quote.after : quote.after + 80]:
            sentence = self._sentence_at(block_index, quote.close_mark)
            quoted = _QUOTED_AS_SAYING.match(self.masked[quote.after : min(sentence.end, quote.after + 80)])
        if quoted:  # `," the statement quoted her as saying.`
            who = quoted["who"]
            pronoun = Ref(quote.after, quote.after, PRONOUN, who, gender=_OBJECT_PRONOUNS[who.casefold()])
            return Attribution(self.pronoun(pronoun), "pronoun")
        following = self._refs_from(quote.after, end)
        if not following:
            return None
        ref = following[0]
        gap = self.masked[quote.after : ref.chunk_start]
        if _AFTER_GAP.fullmatch(gap):
            tail = self.masked[ref.end : min(end, ref.end + 300)]
            direct = _DIRECT_GAP.match(tail)  # `Doe said`: the common case, without an apposition
            verb = direct if direct and self._verb_at(tail[direct.end() :]) else _SUBJECT_GAP.match(tail)
            if verb and self._verb_at(tail[verb.end() :]):
                return self.resolve(ref, "verb-after")
            if re.search(r"[–—]", gap):
                sentence = self._sentence_at(block_index, quote.close_mark)
                if re.fullmatch(r"[\s.,;)]*", self.masked[ref.end : min(sentence.end, ref.end + 10)]) and sentence.end - ref.end < 10:
                    return self.resolve(ref, "dash")
        inverted = _INVERTED_GAP.fullmatch(gap)
        if inverted and self._verb_at(inverted["verb"]) and inverted["verb"].casefold() not in _VERBS_WITH_AN_OBJECT:
            return self.resolve(self._head_of(ref), "verb-after")
        described = _INVERTED_DESCRIBED.fullmatch(gap)
        if described and ref.kind == PERSON and self._verb_at(described["verb"]) and described["verb"] not in _VERBS_WITH_AN_OBJECT:
            return self.resolve(ref, "verb-after")
        if _ACCORDING.search(gap) and re.fullmatch(r"\s*,?\s*according\s+to\s+(?:the\s+)?", gap, re.I):
            return self.resolve(ref, "according-to")
        return self._subject_after(quote, block_index)

    def _subject_after(self, quote: RawQuote, block_index: int) -> Attribution | None:
        """The subject of the first speech verb after the quote, in the quote's sentence:
        `," Sanders campaign manager Jane Doe said.` (a longer description before the name),
        `," the economist John Roe, a former adviser, wrote.`  Only after a quote that a comma
        or a question or exclamation mark closes: a partial quote's sentence goes on with
        other things (`what Doe called "the old model," the club charged`)."""
        if not _AFTER_CLAUSE.match(self.masked, quote.after):
            return None
        if quote.text.rstrip()[-1:] not in ",?!…—–-" and self.masked[quote.after : quote.after + 1] != ",":
            return None
        sentence = self._sentence_at(block_index, quote.close_mark)
        if self._speech_verb_before(quote):
            return None  # `Doe said he would make it "glow in the dark," and Roe vowed ...`
        end = min(sentence.end, self.blocks[block_index].span.end, quote.after + _LOOK_AFTER)
        region = self.masked[quote.after : end]
        cut = _QUOTE_MARK.search(region)
        if cut:
            region = region[: cut.start()]  # another quote begins: its words are not ours
        found = [(match.start(), match.end(), match.group().casefold()) for match in _WORD.finditer(region)]
        words = [word for _, _, word in found]
        for k, (word_start, _, word) in enumerate(found):
            if word in self._verb_words and self._verb_in(words, k):
                verb_start = quote.after + word_start
                before = [ref for ref in self._refs_from(quote.after, verb_start) if ref.end <= verb_start]
                subject = self._subject_before(before, verb_start)
                return self.resolve(subject, "verb-after") if subject is not None else None
        return None

    def _speech_verb_before(self, quote: RawQuote) -> bool:
        """`Later Doe added: "..."`: a speech verb in the quote's sentence before it."""
        opening = self._sentence_at(quote.blocks[0], quote.open_mark)
        return self._has_speech_verb(opening.start, quote.open_mark)

    def _has_speech_verb(self, start: int, end: int) -> bool:
        words = [word.casefold() for word in _WORD.findall(self.masked[start:end])]
        return any(word in self._verb_words and self._verb_in(words, k) for k, word in enumerate(words))

    def before(self, quote: RawQuote) -> Attribution | None:
        block_index = quote.blocks[0]
        sentence = self._sentence_at(block_index, quote.open_mark)
        start = max(sentence.start, quote.open_mark - _LOOK_BACK)
        region = self.masked[start : quote.open_mark]
        document = None
        if self._document_noun_in(start, quote.open_mark):
            document = _DOCUMENT_BEFORE.search(region) or self._document_saying(region)
        if document and "clause" in document.re.groupindex and document.group("clause"):
            clause_start = start + document.start("clause")
            issuers = [r for r in self._refs_from(clause_start, start + document.end("clause")) if r.kind in (PERSON, ORGANISATION)]
            if issuers:  # "which SAPO sent to court": the issuer
                return self.resolve(issuers[0], "document")
        if document:
            return Attribution(self.document_speaker(quote.open_mark, document.group()), "document")
        return self._speech_in(start, quote.open_mark)

    def _document_noun_in(self, start: int, end: int) -> bool:
        """Does text[start:end] name a document (`statement`, `ruling`...)? A cheap check
        before the costly patterns."""
        region = self.masked[start:end].casefold()
        return any(noun in region for noun in _DOCUMENT_WORDS)

    def _document_saying(self, region: str) -> re.Match[str] | None:
        """`The notice says that Doe "acted..."`: a document is the subject of the last speech
        verb before the quote."""
        found = None
        for match in _DOCUMENT_SAYS.finditer(region):
            found = match
        if found is None:
            return None
        later = region[found.end() :]
        if any(word.group().casefold() in CLEAR_SPEECH for word in _WORD.finditer(later)):
            return None  # "The statement says that Doe said ..." is Doe's
        return found

    def document_speaker(self, offset: int, phrase: str = "", mentioned_only: bool = False) -> Entity | None:
        """Whose document is quoted (`the statement reads`).

        The subject of the latest sentence that mentioned this kind of document (`X said in a
        statement`), else a court for a ruling, else the latest organisation that was a
        sentence's subject in this or the two paragraphs before, else the organisation the
        title or the lead is about, else the first organisation of the Source line.
        """
        block_index = self._block_of(offset) or 0
        start = self.blocks[max(0, block_index - 2)].span.start if self.blocks else 0
        noun = re.search(_DOCUMENT_NOUN, phrase, re.IGNORECASE)
        if noun:
            mentioned = list(re.finditer(rf"\b{re.escape(noun.group())}\b", self.masked[start:offset], re.I))
            for match in reversed(mentioned):
                at = start + match.start()
                where = self._block_of(at)
                if where is None or at >= self.blocks[where].span.end:
                    continue
                sentence = self._sentence_at(where, at)
                before = self._refs_from(sentence.start, at)
                if before and before[-1].kind == ORGANISATION and re.fullmatch(r"(?:['’]s)?\s+", self.masked[before[-1].end : at]):
                    return before[-1].entity  # "the KSE report", "Ukrenergo's statement"
                for ref in before:
                    if self.is_subject(ref) and ref.kind in (PERSON, ORGANISATION):
                        return ref.entity
            if mentioned_only:
                return None
            if noun.group().casefold() in _COURT_DOCUMENTS:
                courts = [e for e in self.index.organisations if re.search(r"\b(?:Court|Tribunal)\b", e.name)]
                if courts:
                    return courts[-1]
        for ref in reversed(self._refs_from(start, offset)):
            if ref.kind == ORGANISATION and self.is_subject(ref):
                return ref.entity
        title = self.article.title.span if self.article.title else None
        lead = next((block for block in self.blocks if block.label is None), None)
        for span in (title, lead.span if lead else None):
            if span is None:
                continue
            for ref in self._refs_from(span.start, span.end):
                if ref.kind == ORGANISATION and (span is title or self.is_subject(ref)):
                    return ref.entity
        for block in self.blocks:
            if block.label and block.label.casefold() in ("source", "sources"):
                for ref in self._refs_from(block.body.start, block.body.end):
                    if ref.kind == ORGANISATION:
                        return ref.entity
                break
        return None

    def _speech_in(self, start: int, end: int) -> Attribution | None:
        """The subject of the last speech verb in text[start:end] (masked), if any."""
        region = self.masked[start:end]
        found = [(match.start(), match.end(), match.group().casefold()) for match in _WORD.finditer(region)]
        words = [word for _, _, word in found]
        verb_words = self._verb_words
        verbs = [
            (start + word_start, start + word_end)
            for k, (word_start, word_end, word) in enumerate(found)
            if word in verb_words and self._verb_in(words, k)
        ]
        for verb_start, verb_end in reversed(verbs):
            subject = self._subject_of(start, verb_start, verb_end, end)
            if subject is not None:
                return subject
        according = list(_ACCORDING_TO.finditer(region)) if "ccord" in region.casefold() else []
        if according:
            at = start + according[-1].end()
            refs = [ref for ref in self._refs_from(at, end + 200) if at <= ref.chunk_start < end]
            if refs and re.fullmatch(r"(?:the\s+)?", self.masked[at : refs[0].chunk_start], re.I):
                return self.resolve(refs[0], "according-to")
        return None

    def _subject_of(self, sentence_start: int, verb_start: int, verb_end: int, limit: int) -> Attribution | None:
        if _PASSIVE_BEFORE.search(self.masked, max(sentence_start, verb_start - 40), verb_start):
            # `Doe was asked by the host, Jane Roe, whether "...": the one who asked speaks
            agent = _BY_AGENT.match(self.masked, verb_end)
            refs = [ref for ref in self._refs_from(verb_end, limit) if agent and ref.chunk_start <= agent.end() + 60]
            return self.resolve(refs[0], "verb-before") if refs else Attribution(None, None)
        before = [ref for ref in self._refs_from(sentence_start, verb_start) if ref.end <= verb_start]
        participle = self.masked[verb_start:verb_end].endswith("ing") and _CLAUSE_COMMA.search(
            self.masked, max(sentence_start, verb_start - 3), verb_start
        )
        subject = None if participle else self._subject_before(before, verb_start)
        if subject is not None:
            return self.resolve(subject, "verb-before")
        # inverted: `..., said Doe: "..."`
        after = [ref for ref in self._refs_from(verb_end, limit + 200) if verb_end <= ref.chunk_start < limit]
        if self.masked[verb_start:verb_end].casefold() in _VERBS_WITH_AN_OBJECT:
            after = []  # `Doe told Fox News: "..."`: whom one tells is not the speaker
        if (
            after
            and _SPACE_AND_THE.fullmatch(self.masked[verb_end : after[0].chunk_start])
            and _INVERTED_END.fullmatch(self.masked[after[0].end : limit])
        ):
            return self.resolve(self._head_of(after[0]), "verb-before")
        # a participle: `..., saying "..."` belongs to the sentence's subject
        if self.masked[verb_start:verb_end].endswith("ing"):
            subjects = [ref for ref in before if self.is_subject(ref)]
            if subjects:
                return self.resolve(subjects[0], "verb-before")
        return None

    def _subject_before(self, before: list[Ref], verb_start: int) -> Ref | None:
        """The subject of a verb among the refs before it: the nearest one right before the
        verb (`Doe said`); else, when only names followed by an apposition fit, the first
        of them (`Doe, Chair of the Committee on X, Y and Z, said` is Doe's)."""
        apposed = None
        for ref in reversed(before):
            if not self._subject_gap(ref, verb_start):
                continue
            if "," not in self.masked[ref.end : verb_start]:
                return ref
            if not _AFTER_PREPOSITION.search(self.masked, max(0, ref.chunk_start - 30), ref.chunk_start):
                apposed = ref  # `in a statement to the Observer, her adviser, Doe, said`: not the Observer
        return apposed

    def _subject_gap(self, ref: Ref, verb_start: int) -> bool:
        """Is `ref` the subject of the verb at verb_start? `Doe said`, `Doe, the mayor, said`."""
        gap = self.masked[ref.end : verb_start]
        if _SUBJECT_GAP.fullmatch(gap) or _WHO_GAP.fullmatch(gap):
            return True
        # the name is itself an apposition: "Horbenko's lawyer, Ihor Shtanko, said",
        # "Another resident, 72-year-old Liudmyla Savchenko, said"
        if ref.kind != PERSON or not re.fullmatch(rf",\s+{_AUX}", gap, re.IGNORECASE):
            return False
        apposed = _APPOSED.search(self.masked[max(0, ref.chunk_start - 40) : ref.chunk_start])
        return apposed is not None and not (set(apposed.group().casefold().split()) & _FUNCTION_WORDS)

    def label(self, quote: RawQuote) -> Attribution | None:
        block = self.blocks[quote.blocks[0]]
        if block.label is None:
            return None
        named = _QUOTE_LABEL.match(block.label)
        if named:
            label_end = block.body.start
            refs = [ref for ref in self._refs_from(block.span.start, label_end) if ref.end <= label_end]
            if refs:
                return self.resolve(refs[0], "label")
            who = named["who"].strip()
            if _DOCUMENT.fullmatch(who):  # "Quote from the order:": who issued it, if the text says
                return Attribution(self.document_speaker(block.span.start, who, mentioned_only=True), "document")
            if who[:1].isupper():
                return Attribution(self._organisation_named(who), "label")
        return None

    def _organisation_named(self, name: str) -> Entity:
        name = _PRESS_OFFICE.sub("", name).strip() or name
        if name in self.index.acronyms:
            return self.index.acronyms[name]
        for entity in self.index.organisations:
            if entity.name.casefold() == name.casefold():
                return entity
        for entity in self.index.organisations:  # "NBU" for "National Bank of Ukraine"
            if acronym_of(name, entity.name):
                return entity
        for entity in self.index.organisations:  # the fullest name holding these words
            if _contains_words(entity.name, name):
                return entity
        entity = Entity(ORGANISATION, name, tuple(name.split()))
        self.index.organisations.append(entity)
        return entity

    def source_line(self, quote: RawQuote) -> Attribution | None:
        block_index = quote.blocks[0]
        block = self.blocks[block_index]
        if block.label is None or block.label.casefold() not in ("quote", "quotes") and not _QUOTE_LABEL.match(block.label):
            return None
        if quote.open_mark - block.body.start > 1:
            return None
        reported = self._reported_in(block_index - 1)
        if reported is not None:  # "Later, the IAEA confirmed that ..." + "Quote: ..."
            return Attribution(reported.speaker, "reported-before", reported.role)
        source = self._source_before[block_index]
        if source is not None:
            found = self._source_speaker(self.blocks[source])
            if found:
                return found
            return self._lead_subject()
        return self._lead_subject()

    def _source_speaker(self, block: Block) -> Attribution | None:
        people: list[Attribution] = []
        others: list[Attribution] = []
        offset = block.body.start
        for item in self.text[block.body.start : block.body.end].split(";"):
            start, end = offset, offset + len(item)
            offset = end + 1
            citing = _CITING.search(item)
            if citing:
                start += citing.end()
            refs = [ref for ref in self._refs_from(start, end) if start <= ref.chunk_start and ref.end <= end]
            persons = [ref for ref in refs if ref.kind == PERSON]
            if persons:
                people.append(self.resolve(persons[0], "source-line"))
                continue
            phrase = _strip_article(_SOURCE_TAIL.sub("", self.text[start:end]).strip(" .,"))
            first_word = phrase.split(" ", 1)[0] if phrase else ""
            starts_with_organisation = any(ref.kind == ORGANISATION and ref.start <= start + len(self.text[start:end]) - len(self.text[start:end].lstrip()) + 4 for ref in refs)
            if is_role_token(first_word) and not starts_with_organisation:
                # "Head of Kherson Oblast Military Administration on Telegram": a person by role
                entity = self.role(phrase, start)
                if entity is not None:
                    entity.add_role(phrase)
                people.append(Attribution(entity, "source-line", role=phrase))
                continue
            organisations = [ref for ref in refs if ref.kind == ORGANISATION]
            if organisations:
                others.append(self.resolve(organisations[0], "source-line"))
                continue
            if not phrase or not phrase[0].isupper():
                continue
            entity = self.role(phrase, start) if _role_words(phrase) else None
            if entity is not None:
                entity.add_role(phrase)
                people.append(Attribution(entity, "source-line", role=phrase))
            elif not _role_words(phrase) and len(phrase.split()) <= 8:
                others.append(Attribution(self._organisation_named(phrase), "source-line"))
        found = people + others
        return found[0] if found else None

    def _lead_subject(self) -> Attribution | None:
        for block in self.blocks:
            if block.label is None and block.kind != HEADING:
                refs = self._refs_from(block.span.start, block.span.end)
                subjects = [ref for ref in refs if self.is_subject(ref) and ref.kind in (PERSON, ORGANISATION)]
                if subjects:
                    return self.resolve(subjects[0], "lead")
                return None
        return None

    def colon_intro(self, quote: RawQuote) -> Attribution | None:
        block_index = quote.blocks[0]
        block = self.blocks[block_index]
        if quote.open_mark - block.body.start > 1 or block_index == 0:
            return None
        previous = self.blocks[block_index - 1]
        if not self.masked[previous.span.start : previous.span.end].rstrip().endswith(":"):
            return None
        sentence = self.sentences(block_index - 1)[-1]
        found = self._speech_in(sentence.start, previous.span.end)
        if found is None:  # "Asked whether he is afraid, he shrugs:": the subject of the last clause
            before = [ref for ref in self._refs_from(sentence.start, previous.span.end)]
            last = before[-1] if before else None
            if last is not None and _LAST_CLAUSE.fullmatch(self.masked[last.end : previous.span.end]):
                found = self.resolve(last, "colon")
        return found

    def continuation(self, position: int) -> Attribution | None:
        quote = self.quotes[position]
        if position == 0:
            return None
        previous, found = self.quotes[position - 1], self.results[position - 1]
        if found.speaker is None:
            return None
        same_block = previous.blocks[-1] == quote.blocks[0]
        if same_block and self._attribution_clause_between(previous, quote):
            return Attribution(found.speaker, "continuation", found.role, carried_sure=found.sure)
        if self._speech_verb_beside(quote) or self._speech_verb_before(quote):
            return None  # the quote has an attribution of its own, which could not be read
        if not same_block:
            block = self.blocks[quote.blocks[0]]
            if quote.open_mark - block.body.start > 1 or block.kind == LABELLED and block.label.casefold() not in ("quote", "quotes"):
                return None
            if quote.blocks[0] - previous.blocks[-1] != 1:
                return None
        between = [
            ref
            for ref in self._refs_from(previous.after, quote.open_mark)
            if ref is not found.ref and ref.kind not in (ORGANISATION, BODY)
        ]
        if between:
            return None
        return Attribution(found.speaker, "continuation", found.role, carried_sure=False)

    def _attribution_clause_between(self, previous: RawQuote, quote: RawQuote) -> bool:
        """`"We will win," Doe said. "And soon."`: only the first quote's attribution, one
        sentence ending right before the second quote, stands between them."""
        between = self.masked[previous.after : quote.open_mark]
        if not _AFTER_CLAUSE.match(between) or not between.rstrip().endswith((".", ":", ";")):
            return False
        return next(_sentence_ends(between.rstrip()[:-1]), None) is None

    def _speech_verb_beside(self, quote: RawQuote) -> bool:
        """Does the quote's own sentence hold a speech verb right after it (`," the aide
        said`)?  Such a quote has an attribution of its own."""
        if quote.close_mark is None:
            return False
        block_index = quote.blocks[-1]
        sentence = self._sentence_at(block_index, quote.close_mark)
        region = self.masked[quote.after : min(sentence.end, quote.after + _LOOK_AFTER)]
        cut = _QUOTE_MARK.search(region)
        words = [word.casefold() for word in _WORD.findall(region[: cut.start()] if cut else region)]
        return any(word in self._verb_words and self._verb_in(words, k) for k, word in enumerate(words[:12]))

    def _reported_in(self, block_index: int) -> Attribution | None:
        """Who the last sentence of an unlabelled (or Details) paragraph reports as speaking."""
        if block_index < 0:
            return None
        block = self.blocks[block_index]
        if block.kind not in (PARAGRAPH, LABELLED) or block.label and block.label.casefold() not in ("details",):
            return None
        sentence = self.sentences(block_index)[-1]
        found = self._speech_in(sentence.start, min(sentence.end, block.span.end))
        if found is None or found.speaker is None:
            return None
        return found

    def reported_before(self, quote: RawQuote) -> Attribution | None:
        """A paragraph that is only a quote, after a paragraph reporting what someone said:
        `Zaporozhets said she did not blame those who had left.` + `"I would never..."`."""
        block_index = quote.blocks[0]
        block = self.blocks[block_index]
        if block_index == 0 or block.label is not None or quote.open_mark - block.body.start > 1:
            return None
        if self._speech_verb_beside(quote):
            return None  # `"..." West said.`: an attribution of its own, which could not be read
        if self._refs_from(block.span.start, block.span.end) and any(
            not self._inside_quote(ref.start) for ref in self._refs_from(block.span.start, block.span.end)
        ):
            return None
        previous = self.blocks[block_index - 1]
        if previous.kind not in (PARAGRAPH, LABELLED) or previous.label and previous.label.casefold() not in ("details",):
            return None
        sentence = self.sentences(block_index - 1)[-1]
        found = self._speech_in(sentence.start, min(sentence.end, previous.span.end))
        if found is None:  # `Doe is upbeat about it.` + `"We will win."`: the subject speaks on
            subject = next((ref for ref in self._refs_from(sentence.start, sentence.end) if self.is_subject(ref)), None)
            who = self._person_behind(subject, 0) if subject is not None else None
            return Attribution(who, "previous-paragraph") if who is not None else None
        if found.speaker is None or found.speaker.kind != PERSON:
            return None
        return Attribution(found.speaker, "previous-paragraph", found.role)

    def previous_sentence(self, quote: RawQuote) -> Attribution | None:
        """`Doe is unapologetic about it. "I want him to win."`: a quote that opens a sentence of
        its own inside a paragraph, with no attribution, after a sentence whose subject is a
        person, is that person's."""
        block_index = quote.blocks[0]
        block = self.blocks[block_index]
        if quote.open_mark - block.body.start <= 1 or block.label is not None:
            return None  # a paragraph's opening quote: the rules for paragraphs decide
        before = self.masked[block.body.start : quote.open_mark].rstrip()
        if not before.endswith((".", "!", "?", ".”", '."', "?”", '?"')) or self._speech_verb_beside(quote):
            return None
        sentence = self._sentence_at(block_index, block.body.start + len(before) - 1)
        subject = next((ref for ref in self._refs_from(sentence.start, sentence.end) if self.is_subject(ref)), None)
        if subject is None or subject.kind not in (PERSON, PRONOUN):
            return None
        who = self._person_behind(subject, 0)
        return Attribution(who, "previous-sentence") if who is not None else None

    def attribute(self) -> list[Attribution]:
        for position, quote in enumerate(self.quotes):
            found = (
                self.after(quote)
                or self.before(quote)
                or self.label(quote)
                or self.colon_intro(quote)
                or self.source_line(quote)
                or self.continuation(position)
                or self.reported_before(quote)
                or self.previous_sentence(quote)
                or UNKNOWN
            )
            if found.speaker is None and found.how not in (None,):
                found = Attribution(None, found.how, found.role, found.ref)
            self.results.append(found)
        self._interview_turns()
        return self.results

    def _interview_turns(self) -> None:
        """Questions and answers: in an interview, an unattributed quoted question is the
        interviewer's and the unattributed quote paragraphs after a question are the answers
        of the person interviewed (the one who answers elsewhere in the article)."""
        questions = [i for i, block in enumerate(self.blocks) if _is_question(block.text)]
        if len(questions) < 2:
            return
        asked, answered = Counter(), Counter()
        for quote, found in zip(self.quotes, self.results):
            if found.speaker is not None and found.speaker.kind == PERSON:
                (asked if _is_question(quote.text) else answered)[id(found.speaker)] += 1
        people = {id(found.speaker): found.speaker for found in self.results if found.speaker is not None}
        answerer = people[answered.most_common(1)[0][0]] if answered else None
        questioner = people[asked.most_common(1)[0][0]] if asked else self._interviewer()
        answering = False
        for position, quote in enumerate(self.quotes):
            block_index = quote.blocks[0]
            block = self.blocks[block_index]
            at_start = quote.open_mark - block.body.start <= 1 and block.label is None
            found = self.results[position]
            if found.speaker is not None or found.how is not None or not at_start:
                answering = found.speaker is not None and found.speaker is answerer
                continue
            if _is_question(quote.text):
                if questioner is not None:
                    self.results[position] = Attribution(questioner, "interview")
                answering = False
            elif block_index > 0 and (_is_question(self.blocks[block_index - 1].text) or answering):
                if answerer is not None and answerer is not questioner:
                    self.results[position] = Attribution(answerer, "interview")
                    answering = True

    def _interviewer(self) -> Entity | None:
        """The byline's author, when the body names them (`journalist Marta Hnatyshyn`)."""
        authors = {author.casefold() for author in self.article.authors}
        for entity in self.index.persons:
            if entity.name.casefold() in authors and entity.mentions:
                return entity
        return None


def _sentence_ends(segment: str) -> Iterator[re.Match[str]]:
    """Where sentences end in the segment: a full stop, a question or exclamation mark before
    a capital, but not after an abbreviation (`Dr.`, `U.S.`) or an initial."""
    for match in _BOUNDARY.finditer(segment):
        if match.group().startswith("."):
            # the word before the full stop, read backwards: `Dr`, `U.S`, an initial
            backwards = segment[max(0, match.start() - 40) : match.start()][::-1]
            word = _WORD_OR_DOTS.match(backwards)
            token = (word.group() if word else "")[::-1].rstrip(".").casefold()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        yield match


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip("\"”»’'").rstrip().endswith("?")


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)


def _plural(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[-1].casefold().endswith(("ministers", "officials", "spokespersons", "representatives", "heads", "leaders"))


@lru_cache(maxsize=4096)
def _role_words(phrase: str, aliases: bool = True) -> str:
    """A role phrase reduced to its content words, with one name per office and per country:
    `the Danish minister` -> `denmark minister`; `Head of State` -> `president`.
    Empty when the phrase names no role."""
    lex = lexicon()
    text = _strip_article(phrase).casefold()
    text = re.sub(r"['’]s\b", "", text)
    if aliases:
        for alias, canonical in _ROLE_ALIASES():
            text = re.sub(rf"\b{re.escape(alias)}\b", canonical, text)
    words = [
        lex.countries.get(word, word)
        for word in re.findall(r"[\w-]+", text)
        if word not in ("of", "the", "for", "and", "a", "an", "on", "in")
    ]
    names_a_role = any(is_role_token(word) for word in words) or any(
        canonical in text for canonical in set(lex.role_groups.values())
    )
    return " ".join(words) if names_a_role else ""


@lru_cache(maxsize=1)
def _ROLE_ALIASES() -> list[tuple[str, str]]:
    """Role synonyms, longest first, so `head of state` is read before `head`."""
    return sorted(lexicon().role_groups.items(), key=lambda item: -len(item[0]))


def _role_fits(phrase: str, roles: list[str]) -> bool:
    """Does a role noun fit one of these roles? Compared with synonyms read as one office
    (`Head of State` = `President`) and, failing that, word for word (`the head of the oblast
    military administration` = `Head of Kherson Oblast Military Administration`)."""
    return _role_fits_any(phrase, tuple(roles))


@lru_cache(maxsize=4096)
def _role_fits_any(phrase: str, roles: tuple[str, ...]) -> bool:
    for aliases in (True, False):
        wanted = _role_words(phrase, aliases).split()
        have = " ".join(_role_words(role, aliases) for role in roles).split()
        if wanted and all(any(_same_word(word, known) for known in have) for word in wanted):
            return True
    return False


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    n = min(len(a), len(b))
    return n >= 4 and a[: max(4, n - 2)] == b[: max(4, n - 2)]


def _contains_words(longer: str, shorter: str) -> bool:
    long_words = {word.casefold() for word in re.findall(r"\w+", longer)}
    short_words = [word.casefold() for word in re.findall(r"\w+", shorter) if word.casefold() not in ("the", "of")]
    return bool(short_words) and all(word in long_words for word in short_words)
