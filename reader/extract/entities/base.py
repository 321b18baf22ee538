"""What every pass shares: the text, its units, the quotes, and small questions about tokens."""

from __future__ import annotations

import bisect

from ...model import Span
from ..lexicon import Lexicon, lexicon
from .name_index import NameIndex
from .records import Entity, Ref
from .tokens import TOKEN, Token

# up to this length a text is searched for a word each time a name guess asks; a longer text
# has its words listed once (each search reads the whole text, so many would not stay linear)
_LOOK_UP_WORDS_UP_TO = 50_000


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
        self._unit_starts = [unit.start for unit in units]
        self._common_words: dict[str, bool] = {}  # word -> written in lower case too?
        self._unit_words: set[str] | None = None  # every word of the units, for long texts
        self.unit_end = len(text)
        self._persons_by_word: dict[str, list[Entity]] = {}
        self._acronyms: dict[str, Entity] = {}
        self._starts_cache: dict[int, tuple[int, list[int]]] = {}
        self._organisations_by_words: dict[frozenset[str], Entity] = {}  # "SBU" -> Security Service of Ukraine
        self.persons: list[Entity] = []
        self.organisations: list[Entity] = []
        self.refs: list[Ref] = []
        self.claimed: set[int] = set()  # indices of tokens already taken by names, per unit
        self.name_index = NameIndex()  # how known people can be named again; filled after the first pass
        self._person_starts: set[int] = set()  # where person references begin, once names are found

    # -- small predicates --------------------------------------------------------------
    def in_quote(self, offset: int) -> bool:
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at >= 0 and offset < self.masked[at].end

    def joined(self, left: Token, right: Token) -> bool:
        """Only a space between them (or an initial's full stop and a space: `John F. Harrow`)."""
        distance = right.start - left.end
        if distance == 1:
            return self.text[left.end] in " \u00a0"
        return (
            distance == 2
            and len(left.text) == 1
            and self.text[left.end] == "."
            and self.text[left.end + 1] in " \u00a0"
            and left.text.isupper()
        )

    def is_initial(self, tokens: list[Token], i: int) -> bool:
        """`F.` of `John F. Harrow`; not the `S.` of `U.S.`"""
        token = tokens[i]
        return (
            len(token.text) == 1
            and token.text.isupper()
            and self.text[token.end : token.end + 1] == "."
            and self.text[token.start - 1 : token.start] != "."
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalised
            and tokens[i + 1].namelike
        )

    def _common_word(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case is a common noun."""
        lower = word.casefold()
        found = self._common_words.get(lower)
        if found is None:
            if len(self.text) <= _LOOK_UP_WORDS_UP_TO:
                found = self._written_as_word(lower)
            else:  # a long text: one list of its words, rather than a search for each word
                if self._unit_words is None:
                    self._unit_words = set()
                    for unit in self.units:
                        self._unit_words.update(TOKEN.findall(self.text, unit.start, unit.end))
                found = lower in self._unit_words
            self._common_words[lower] = found
        return found

    def _written_as_word(self, word: str) -> bool:
        """Does a unit of the text hold `word` as a whole word, exactly as given?"""
        text = self.text
        at = text.find(word) if word else -1
        while at != -1:
            before = text[at - 2 : at] if at >= 2 else " " + text[:at]
            starts_word = not before[-1:].isalnum() and before[-1:] != "_" and not (
                before[-1:] in "'’-" and (before[0].isalnum() or before[0] == "_")
            )
            whole = TOKEN.match(text, at)
            if starts_word and whole is not None and whole.end() == at + len(word):
                unit = bisect.bisect_right(self._unit_starts, at) - 1
                if unit >= 0 and at + len(word) <= self.units[unit].end:
                    return True
            at = text.find(word, at + 1)
        return False


