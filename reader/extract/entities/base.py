"""What every pass shares: the text, its units, the quotes, and small questions about tokens."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...folding import in_title_case
from ...model import Span
from ..lexicon import Lexicon, lexicon
from .name_index import NameIndex, surname_written_first
from .records import Entity, Ref
from .tokens import NEVER_NAMES, Token, is_given_name
from .vocabulary import (
    DESCRIBED_AS_BODY,
    SENTENCE_OPENERS,
    is_participle_adjective,
    is_role_token,
)

# two letters with full stops that stand for places and bodies, not a person's initials
_SURNAME_AFTER_INITIALS = re.compile(r"\.[ \u00a0][A-Z][a-z]")  # `. Doe` after `G.K`; not `.I.` of `F.B.I.`
_PLACE_ABBREVIATIONS = frozenset("US UK UN EU DC LA NY NJ NH NC SC ND SD NM RI WV PR UAE".split())


_VERB_ENDINGS = ("s", "ing", "ed")

# capitalised words from a place in the text on: `Meridian Freight Systems Inc.`
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:[ \u00a0][A-Z][\w&'’.-]*){0,4}")
# the capitalised words right before a place in the text: `Pinewood Military Communities`
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:[A-Z][\w&'’.-]*[ \u00a0]){0,4}[A-Z][\w&'’.-]*$")


# what a relative is, at the head of their role (`His son`, `her teenage daughter`), not in a
# clause about others (`a security guard who lives with his wife and teenage son`)
_KIN_HEAD = r"^(?:(?:his|her|their|the)\s+)?(?:[\w'’-]+\s+){0,3}?"  # `His son`, `Rajiv Deshmukh's father`
_CHILD = re.compile(rf"{_KIN_HEAD}(?:son|daughter|grandson|granddaughter)\b", re.IGNORECASE)
_PARENT = re.compile(rf"{_KIN_HEAD}(?:father|mother|grandfather|grandmother)\b", re.IGNORECASE)  # the elder of two namesakes

YOUNGER_OR_ELDER = re.compile(r"\b(?:the|The)\s+(younger|elder|older)\s+$")  # `the younger Mr. Doe`


# after a name: its speech verb, and `it` or `its` as that verb's subject (`Ofwat, in a written
# submission, said it had opened an investigation`, `Health Canada said it recognizes`, `NSW Fair
# Trading said in a statement that it would`, `Lakeshore Gas issued a statement saying it was
# cooperating`): a body
# speaking of itself, not a person (`it is`, `it was` may be said of anything)
_SPEAKS_AS_IT = re.compile(
    r"(?:,[^,;:.!?\"“”«»]{1,100},)?\s+(?:later\s+)?"
    r"(?:said|says|stated|added|noted|confirmed|(?:issued|released)\s+(?:a|an)\s+(?:written\s+)?statement\s+saying)\s+"
    r"(?:in\s+a\s+(?:written\s+)?statement\s+)?(?:that\s+)?"
    r"(?:its\s|it\s+(?:is|was)\s+[\"“]?[a-z]+ing\b|it\s+(?!(?:is|was|would\s+be|will\s+be|has\s+been|had\s+been|seemed|looked|felt)\b))"
)


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|from|for|to|with|by|on)\s+$")


# `In a written statement on Thursday, Swiftbite said`: a name no list holds, speaking through a
# statement named before it (a person's name the article gives is kept out by the caller)
_NAME_AFTER_IN_A_STATEMENT = re.compile(  # (a literal first, which the regex engine looks for fast)
    r"In\s+(?:a|an|its)\s+(?:written\s+|brief\s+|short\s+)?statement(?:\s+on\s+[A-Z][a-z]+)?,\s+"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \u00a0][A-Z][\w'’&-]*){0,2})\s+(?:said|says|stated)\b"
)


# where `_SPEAKS_AS_IT` may end: its verb and `it` (looked for first: the whole pattern, tried at
# every place in the text, would cost more than everything else the recogniser does with the text)
_IT_AFTER_ITS_VERB = re.compile(r" (?:said|says|stated|added|noted|confirmed|saying) (?:in a (?:written )?statement )?(?:that )?its? ")


def _bodies_described_and_speaking(text: str) -> Iterator[re.Match[str]]:
    """The matches of `DESCRIBED_AS_BODY`, then of `_SPEAKS_AS_IT`, each of the latter read only
    around a verb and `it`."""
    yield from DESCRIBED_AS_BODY.finditer(text)
    for hint in _IT_AFTER_ITS_VERB.finditer(text):
        for found in _SPEAKS_AS_IT.finditer(text, max(0, hint.start() - 130), hint.end() + 40):
            if found.start() <= hint.start() < found.end():
                yield found  # (not an earlier match the window also holds)
                break


class RecogniserBase:
    """The state every pass reads and writes: the text, its units, the quoted spans, the
    people and organisations found so far and their references."""

    def __init__(self, text: str, units: list[Span], masked: list[Span]) -> None:
        self.text = text
        self.units = units
        self.masked = sorted(masked)  # quote interiors: no pronoun or role reference counts there
        self._quote_starts = [span.start for span in self.masked]
        self.lex: Lexicon = lexicon()
        self.near_quotes: set[Span] | None = None  # units read for speakers (None: all)
        self.unit_words: set[str] = set()  # every word of the units, as written: `scan` fills it
        self._apposed_nouns: frozenset[str] | None = None  # see `organisations_named_after_a_noun`
        self.title: Span | None = None  # the article's title, if it has one
        self.unit_end = len(text)
        self._persons_by_word: dict[str, dict[int, Entity]] = {}  # word -> the people it names, in order
        self._acronyms: dict[str, Entity] = {}
        self._starts_cache: dict[int, tuple[int, list[int]]] = {}
        self.one_word_people: list[tuple[Entity, int]] = []  # people named by one word, where first found
        self._place_or_firm: dict[str, bool] = {}  # one-word names written after `at` or `in`
        self._described_bodies: dict[str, str] | None = None  # see `described_bodies`
        self.titled_as: dict[tuple[str, str], Entity] = {}  # ("Mrs", "Akhtar") -> whom it named first
        self._first_bodies: dict[str, str | None] = {}  # see `first_named_as_a_body`
        self._title_in_capitals: bool | None = None  # see `title_in_capitals`
        self.organisation_starts: dict[int, int] = {}  # where organisations' names begin -> end
        self.speaking_alone: dict[str, bool] = {}  # whether a word is written alone before a speech verb (`Kamau says`)
        self.kin_named: dict[str, frozenset[str]] = {}  # surname -> listed given names written with it right after a relative's noun
        self.namesakes: set[str] | None = None  # names written as a ship's, a series', a book's (`the series Paradise Pact`)
        self._after_at_or_in_starts: list[int] | None = None  # where words after `at` or `in` start
        self._organisations_by_words: dict[frozenset[str], Entity] = {}  # "SBU" -> Security Service of Ukraine
        self.persons: list[Entity] = []
        self.organisations: list[Entity] = []
        self.refs: list[Ref] = []
        self.claimed: set[int] = set()  # indices of tokens already taken by names, per unit
        self.name_index = NameIndex()  # how known people can be named again; filled after the first pass
        self._person_starts: set[int] = set()  # where person references begin, once names are found

    def described_bodies(self) -> dict[str, str]:
        """The capitalised names the article describes as bodies (`Pinewood Military Communities,
        a private company that ...`), keyed by their first word, which may name them alone later
        (`Pinewood said`).  Worked out once, when first asked; the mention passes add the bodies
        whose first word they find stands for them (`Lumora Systems`, then `Lumora reported`)."""
        if self._described_bodies is None:
            found: dict[str, str] = {}
            for described in _bodies_described_and_speaking(self.text):
                run = _CAPITALISED_RUN_BEFORE.search(self.text, max(0, described.start() - 80), described.start())
                if run is None:
                    continue
                words = run.group().split()
                while words and (words[0] in SENTENCE_OPENERS or is_participle_adjective(words[0])):
                    words = words[1:]  # `The`, `In`: the sentence's, not the name's; `Shanghai-based`: said of it
                if not words or len(words) > 1 and is_given_name(words[0]):
                    continue  # `Jane Doe, the group's founder`: a person, described by their work
                if described.re is _SPEAKS_AS_IT and not self._speaks_as_a_body(words, run.start()):
                    continue
                if len(words) == 1:
                    words = self._written_in_full(words[0]) or words
                found.setdefault(words[0], " ".join(words))
            for named in _NAME_AFTER_IN_A_STATEMENT.finditer(self.text):
                if named.start() and self.text[named.start() - 1].isalnum():
                    continue  # `Within a statement`: not the word `In`
                words = named.group("name").split()
                if self._speaks_as_a_body(words, named.start("name")):
                    found.setdefault(words[0], " ".join(words))
            self._described_bodies = found
        return self._described_bodies

    def _speaks_as_a_body(self, words: list[str], start: int) -> bool:
        """Are the capitalised words before `said it had` a body's name?  Up to three words, no
        pronoun (`He said it had`), none of them a word of a person's name the article gives
        (`Zeldin said its`), and not in the title (a headline capitalises every word)."""
        if len(words) > 3 or words[0].casefold() in NEVER_NAMES:
            return False
        if self.title is not None and start < self.title.end:
            return False
        if _PREPOSITION_BEFORE.search(self.text, max(0, start - 6), start):
            return False  # `Rep. Lee Zeldin of New York, a Trump supporter, said it`: a place, no subject
        return not any(word.casefold() in self._persons_by_word or is_given_name(word) for word in words)

    def _written_in_full(self, word: str) -> list[str] | None:
        """`Keystone Correctional Health` for `Keystone, which is based in Nashville,`: the
        words of the first run of capitalised words the text opens with the word, if any, up to
        a role or a given name (`Energoatom President Petro Kotin` is the body and a person)."""
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?:[ \u00a0][A-Z][\w'’&-]*){{1,4}}")
        found = pattern.search(self.text, self.title.end if self.title is not None else 0)  # (a headline capitalises every word)
        if found is None:
            return None
        words = found.group().split()
        for k in range(1, len(words)):
            if is_role_token(words[k]) or is_given_name(words[k]) or words[k] in self.lex.honorifics:
                words = words[:k]
                break
        return words if len(words) > 1 else None

    def first_named_as_a_body(self, word: str) -> str | None:
        """The organisation's name the body of the text first writes the word in, when it does
        so before the word stands alone (`Meridian Freight Systems Inc.`, then `Meridian said`).
        Asked once per word."""
        if word in self._first_bodies:
            return self._first_bodies[word]
        text, found = self.text, None
        if self.lex.is_role_word(word) or word in self.lex.honorifics:
            self._first_bodies[word] = None
            return None  # `the President's Office`, then `the President concluded`: a person's title
        at = text.find(word, self.title.end if self.title is not None else 0)
        while at >= 0 and (at and text[at - 1].isalnum() or text[at + len(word) : at + len(word) + 1].isalnum()):
            at = text.find(word, at + 1)
        run = _CAPITALISED_RUN.match(text, at) if at >= 0 else None
        if run is not None:
            words = run.group().split()
            lex = self.lex
            # to its last organisation word: `Meridian Freight Systems Inc.`, `Oversight Committee`
            last = max(
                (k for k, part in enumerate(words) if k and part.rstrip(".") in lex.organisation_words and part.rstrip(".") not in lex.organisation_surnames),
                default=0,
            )
            if last and not any(lex.is_role_word(part) or is_given_name(part) for part in words[1:last]):
                found = " ".join(words[: last + 1])
            elif len(words) > 1 and DESCRIBED_AS_BODY.match(text, run.end()):
                found = run.group()  # `NorthLink Transmission, the state-owned company delivering ...`
            if found is not None:
                self.described_bodies().setdefault(word, found)  # the organisation passes name it by that word alone too
        self._first_bodies[word] = found
        return found

    def continues_a_body(self, tokens: list[Token], i: int) -> bool:
        """Does tokens[i] come after `and` that ends a run of capitalised words (with `of`, `for`
        or `the` between them) holding an organisation word?  `Centers for Disease Control and
        Prevention`: the words after `and` go on with the body's name."""
        if i < 2 or tokens[i - 1].text != "and" or not tokens[i - 2].capitalised:
            return False
        k = i - 2
        while k >= 0 and i - k <= 10 and (tokens[k].capitalised or tokens[k].text in ("of", "for", "the")):
            if tokens[k].base in self.lex.organisation_words:
                return True
            k -= 1
        return False

    # -- small predicates --------------------------------------------------------------
    def in_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at >= 0 and offset < self.masked[at].end

    def joined(self, left: Token, right: Token) -> bool:
        """Only a space between them (or an initial's full stop and a space: `John F. Harrow`)."""
        distance = right.start - left.end
        if distance == 1:
            return self.text[left.end] in " \u00a0" or self._dotted_initials(left, right)
        return (
            distance == 2
            and len(left.text) == 1
            and self.text[left.end] == "."
            and self.text[left.end + 1] in " \u00a0"
            and left.text.isupper()
        )

    def _dotted_initials(self, left: Token, right: Token) -> bool:
        """`G.K.` of `G.K. Doe`: two initials written without a space; not `U.S.` nor `D.C.`"""
        text = self.text
        return (
            len(left.text) == 1
            and len(right.text) == 1
            and left.text.isupper()
            and right.text.isupper()
            and text[left.end] == "."
            and _SURNAME_AFTER_INITIALS.match(text, right.end) is not None
            and text[left.start - 1 : left.start] != "."
            and left.text + right.text not in _PLACE_ABBREVIATIONS
        )

    def is_initial(self, tokens: list[Token], i: int) -> bool:
        """`F.` of `John F. Harrow`, `K.` of `G.K. Harrow`; not the `S.` of `U.S.`"""
        token = tokens[i]
        return (
            len(token.text) == 1
            and token.text.isupper()
            and self.text[token.end : token.end + 1] == "."
            and (self.text[token.start - 1 : token.start] != "." or i > 0 and self._dotted_initials(tokens[i - 1], token))
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalised
            and tokens[i + 1].namelike
        )

    def known_prefix(self, tokens: list[Token], i: int, j: int) -> int:
        """The end of a name found in the title, cut to the longest start of it that the rest of
        the text writes when the text never writes it whole: a title in capitals word by word
        runs a name into its verb (`Jane Doe Blasts Plan` is Jane Doe's).  A title name the text
        never writes at all ends before a word that ends as verbs do (`-s`, `-ing`, `-ed`) and that
        only the title writes with a capital."""
        title = self.title
        if title is None or j - i < 3 or not title.start <= tokens[i].start < title.end:
            return j
        for k in range(j, i + 1, -1):
            if self._written_outside_title(self.text[tokens[i].start : tokens[k - 1].end]):
                return k
        # else the name runs into a verb only the title writes with a capital: `Jane Doe Beats`
        if self.title_in_capitals():
            for k in range(i + 2, j):
                word = tokens[k]
                if word.base.endswith(_VERB_ENDINGS) and not word.given and not self._written_outside_title(word.base):
                    return k
        return j

    def title_in_capitals(self) -> bool:
        """Does the title capitalise (nearly) every word, so that its capitals say nothing of
        names?  Worked out once."""
        if self._title_in_capitals is None:
            title = self.title
            self._title_in_capitals = title is not None and in_title_case(self.text[title.start : title.end])
        return self._title_in_capitals

    def _written_outside_title(self, phrase: str, title: Span | None = None) -> bool:
        """Does the text write the phrase as whole words somewhere out of the title (or out of
        another headline, `title`)?"""
        if title is None:
            assert self.title is not None
            title = self.title
        text = self.text
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            outside = not title.start <= at < title.end
            if outside and not text[end : end + 1].isalpha() and not text[at - 1 : at].isalpha():
                return True
            at = text.find(phrase, at + 1)
        return False

    def _common_word(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case is a common noun (the
        units' words are those `scan` read)."""
        return word.casefold() in self.unit_words

    def by_seniority(self, surname: str, gender: str | None, younger: bool, before: int) -> Entity | None:
        """Of the relatives known by this surname and named before offset `before`, the one the
        article made the child (a son, a daughter) for `the younger`, the one it did not for
        `the elder`, if that leaves one.  The surname ends a name, or begins one whose given
        name is two syllables joined, as Chinese and Korean names are written (`Ho Ka-lok`)."""
        relatives = [
            entity
            for entity in self._persons_by_word.get(surname.casefold(), {}).values()
            if (entity.tokens[-1] == surname or surname_written_first(entity.tokens) and entity.tokens[0] == surname)
            and (gender is None or entity.gender in (None, gender))
            and any(mention.start < before for mention in entity.mentions)
        ]
        children = [entity for entity in relatives if any(_CHILD.search(role) for role in entity.roles)]
        # (`His father, Anselmo Salcedo,` makes him the elder of the two Salcedos)
        parents = [entity for entity in relatives if any(_PARENT.search(role) for role in entity.roles)]
        if younger:
            chosen = children or ([entity for entity in relatives if entity not in parents] if parents else [])
        else:
            chosen = parents or [entity for entity in relatives if entity not in children]
        return chosen[0] if len(chosen) == 1 and len(relatives) > 1 else None
