"""People, organisations and the words that refer to them.

The recogniser reads the article's text units (title, caption, body paragraphs) token by token:

- a **person** is a run of capitalised words holding a known given name followed by a surname
  (`Rustem Umierov`, `Jean-Yves Le Drian`, `John F. Harrow`, `Ursula von der Leyen`), a surname
  after a title (`President Macron`), or a surname that the article uses with a speech verb;
  later surname-only mentions (`Umierov said`) point back to the full name;
- **roles** are read before the name (`Ukraine's Defence Minister`, `his French counterpart`) and
  after it as an apposition (`, Deputy Minister of Defence for European Integration`);
- an **organisation** is a capitalised phrase holding an organisation word (`General Staff of
  the Armed Forces of Ukraine`, `Sumy Oblast Military Administration`);
- **references** are every place such an entity is named, plus pronouns (`he`, `she`) and role
  nouns (`the minister`, `the Air Force spokesperson`) that the speaker resolver may follow.

Names that are part of a place or an institution (`Shevchenko Street`, `Taras Shevchenko
National University`) are not people.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple

from ..model import Span
from .identity import folded, one_letter_apart, same_name
from .lexicon import Lexicon, lexicon

PERSON = "person"
ORGANISATION = "organisation"
PRONOUN = "pronoun"
ROLE = "role"
ANONYMOUS = "anonymous"  # "a resident", "one woman": someone the article does not name
BODY = "body"  # "the company", "the ministry": an organisation named by what it is
_INDEFINITE = frozenset(("a", "an", "another", "one"))

_TOKEN = re.compile(r"\w+(?:['’]\w+|-\w+)*")
PARTICLES = frozenset(
    "von van der den de da di du la le al el bin ibn ter ten dos das del della zu af".split()
)
_CONNECTORS = frozenset(("of", "for", "on", "and", "to", "in", "at"))
_SLAVIC_SURNAME = re.compile(
    r"(?:enko|chuk|chyk|iuk|yuk|skyi|skyy|sky|ska|tskyi|tska|zkyi|ov|ova|ev|eva|yev|yeva|in|ina|"
    r"yn|yna|ych|ich|vych|ko|iak|yak|ets|ski|wicz|czyk|dze|shvili|ian|yan|ienko|ai|ii|yi)$"
)
_STOP_BEFORE_ROLE = frozenset(
    """the a an his her their its our my your this that these those by with from to on at in as
    and or but said says told according after before during since until when while where which
    who whom whose for""".split()
)
_SENTENCE_OPENERS = frozenset(
    """The A An This That These Those On In At By For From With After Before During Since Until
    As But And Or If When While Earlier Later Meanwhile However Also Then Now Today Yesterday
    Tomorrow Overnight According Previously Currently Recently Additionally Separately Notably
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Source Quote Details Background
    Update Updated Note Photo Read More Asked Speaking Writing Responding Pressed Told Reached
    Contacted Questioned Interviewed Citing Quoting Addressing Referring Noting Asking Calling
    Still Yet Instead Indeed Asked""".split()
)
_FEMALE_ROLE = frozenset(
    "spokeswoman chairwoman businesswoman congresswoman servicewoman actress mother wife daughter "
    "sister grandmother widow queen princess nun mrs ms madam".split()
)
_MALE_ROLE = frozenset(
    "spokesman chairman businessman congressman serviceman policeman actor father husband son "
    "brother grandfather king prince monk mr sir".split()
)
_CHANNEL_TAIL = re.compile(
    r"""\s+(?:on|in|at|via|during|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?
        (?:telegram|facebook|twitter|x|instagram|youtube|tiktok|air|tv|television|radio|
           social\s+media|video|statement|post|comment|interview|briefing|
           press\s+conference|press\s+briefing|address|broadcast|telethon|livestream|
           national\s+(?:television|tv|broadcast|news|telethon)|joint\s+(?:statement|briefing|press)|
           evening\s+address|morning\s+update|daily\s+update|official\s+(?:statement|page|channel|website))\b
        .*$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ROLE_WORDS = re.compile(r"[\w'’-]+")
_WORD_CHARACTERS = re.compile(r"\w+")
_ROLE_END = re.compile(r"[,;:.!?()\[\]\"“”«»]|\s[–—-]\s")
_NAMESAKE = re.compile(
    r"""\b(?:named\s+after|in\s+honou?r\s+of|in\s+memory\s+of|dedicated\s+to|
           (?:ship|vessel|frigate|corvette|cruiser|submarine|boat|tanker|icebreaker|destroyer|
              tug|carrier|warship|aircraft|train|ferry|yacht)s?)\s+(?:[A-Z][\w'’-]*\s+){0,2}$""",
    re.VERBOSE,
)
# speech verbs that, right after a capitalised word, show it is someone speaking ("states",
# "calls", "reads" are left out: "the Baltic states", "Kyiv calls for")
CLEAR_SPEECH = frozenset(
    """said says told tells added adds noted notes stressed stresses wrote writes explained explains
    emphasised emphasized emphasises emphasizes reported commented remarked recalled replied
    answered asked warned insisted admitted confirmed announced declared urged argued continued
    concluded stated explained tweeted""".split()
)
_CALL_SIGN = re.compile(r"(?:,\s*)?\bcall[\s-]?sign\s+[\"“«]?(?P<sign>[A-Z][\w'’-]+)[\"”»]?")
_ACTS = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|reported|announced|told|noted|added|wrote|confirmed)\b")
_DESCRIBED_AS_BODY = re.compile(
    r",\s+(?:the|a|an|Ukraine's|Ukraine’s)\s+[^,]{0,60}?\b(?:company|operator|agency|group|holding|corporation|firm|producer|bank|fund|organisation|organization|association|union|party|movement|channel|outlet|broadcaster)\b"
)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_SUB_BODIES = frozenset(("Board", "Supervisory", "Management", "Presidium"))  # "Board of Ukrenergo"
_ORGANISATION_NOUN = re.compile(
    r"""\s+(?P<before>(?:(?!of\b|for\b|the\b|and\b)[a-z][\w-]*\s+){0,3}?)(?P<noun>company|ministry|agency|administration|service|operator|
        court|council|committee|embassy|government|bank|corporation|commission|department|
        authority|authorities|regulator|watchdog|foundation|organisation|organization|party|
        union|alliance|office|prosecutor's\s+office|press\s+service|group|concern|utility|
        enterprise|plant|firm|holding|fund|institute|university|ombudsman's\s+office)\b(?!['’])""",
    re.VERBOSE,
)
_DEFINITE_PERSON = re.compile(r"\s+(?:(?:old|elderly|young|older|younger)\s+)?(?P<noun>man|woman|boy|girl)\b")
_OFFICE = re.compile(r"[ \u00a0](?:of|for|at)[ \u00a0](?:the[ \u00a0])?")
_OFFICE_WORD = re.compile(r"([\w'’-]+)([ \u00a0]|[^\w'’ \u00a0-]|$)")
_NAMED_AFTER = re.compile(r", ")


@lru_cache(maxsize=1)
def _unnamed_pattern() -> re.Pattern[str]:
    """`a` + up to two lower-case words + a noun for an unnamed person."""
    nouns = _alternation(noun.casefold() for noun in lexicon().unnamed_people)
    return re.compile(rf"[ \u00a0](?:[a-z][\w'’-]*[ \u00a0]){{0,2}}?(?P<noun>{nouns})\b", re.IGNORECASE)


def _alternation(words: Iterable[str]) -> str:
    """A regular expression for any of the words, the longest first where one begins another.

    Written as a trie (`man(?:ager)?|woman`): in a pattern that ignores case, the regex
    engine would otherwise try every word in turn at each place.
    """
    branches: dict[str, list[str]] = {}
    for word in set(words):
        branches.setdefault(word[:1], []).append(word[1:])
    ends_here = "" in branches
    branches.pop("", None)
    parts = [re.escape(first) + (_alternation(rests) if rests != [""] else "") for first, rests in sorted(branches.items())]
    if not parts:
        return ""
    group = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends_here:
        return f"(?:{group})?"
    return group


_COMMA_SPACE = re.compile(r",\s+")
_ROLE_CLAUSE = re.compile(
    r",\s+who\s+(?:is|was|became|has\s+become|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as)\s+"
)
_PLATFORMS = frozenset(
    "Telegram Facebook Twitter X YouTube Instagram TikTok Viber WhatsApp Signal LinkedIn".split()
)
_ROLE_MODIFIERS = frozenset(
    """former acting deputy first new then current local regional oblast city military senior
    top chief foreign defence defense interior press main district village state national vice
    assistant second executive special associate principal""".split()
)
_NOT_ROLE_START = frozenset(
    """who whom whose which that where when said says told added noted stressed has had have is
    was were are will would could also as and or but with while who's""".split()
)


@dataclass(eq=False)
class Entity:
    """A person or an organisation the article names."""

    kind: str
    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # every form used, fullest first
    mentions: list[Span] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    def add_role(self, role: str) -> None:
        role = _clean_role(role)
        if role and all(role.casefold() != known.casefold() for known in self.roles):
            self.roles.append(role)

    def add_form(self, form: str) -> None:
        if form and form not in self.forms:
            self.forms.append(form)


@dataclass(eq=False)
class Ref:
    """A place in the text that names or points to a possible speaker."""

    start: int
    end: int
    kind: str  # PERSON, ORGANISATION, PRONOUN or ROLE
    text: str
    entity: Entity | None = None
    gender: str | None = None  # for pronouns: "m", "f", "group"
    chunk_start: int = -1  # where the phrase begins, role words before a name included

    def __post_init__(self) -> None:
        if self.chunk_start < 0:
            self.chunk_start = self.start


class Token(NamedTuple):
    """A word of the text with its offsets; `base` drops a possessive ending."""

    start: int
    end: int
    text: str
    base: str  # "Ukraine's" -> "Ukraine"
    capitalised: bool
    given: bool  # a given name: `Olena`, `Hans-Peter`
    namelike: bool  # could be part of a person's name


def _clean_role(role: str) -> str:
    role = " ".join(role.split()).strip(" ,;:–—-")
    role = _LEADING_ARTICLE.sub("", role)
    return role


@lru_cache(maxsize=65536)
def is_role_token(word: str) -> bool:
    """A role word (`minister`), possessive or inside a compound (`commander-in-chief`)."""
    lex = lexicon()
    lower = word.casefold()
    if lower.endswith(("'s", "’s")):
        lower = lower[:-2]
    return lex.is_role_word(lower) or ("-" in lower and lex.is_role_word(lower.split("-")[0]))


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7})\)")
# up to this length a text is searched for a word each time a name guess asks; a longer text
# has its words listed once (each search reads the whole text, so many would not stay linear)
_LOOK_UP_WORDS_UP_TO = 50_000
_RECENT_ORGANISATIONS = 64
_LONGEST_ORGANISATION = 12  # words from an organisation name's start to its organisation word
_RECENT_NAMESAKES = 16  # people sharing one surname compared for the latest mention  # organisations compared with a new name (keeps long texts linear)


def acronym_of(short: str, long: str) -> bool:
    """`SBU` for `Security Service of Ukraine`, `HACC` for `High Anti-Corruption Court`."""
    if not (short.isupper() and 2 <= len(short) <= 8 and short.isalpha()):
        return False
    words = [w for w in re.split(r"[\s-]+", long) if w and w[0].isupper() and w not in ("The",)]
    return len(words) >= 2 and "".join(word[0] for word in words) == short


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is `short` a trailing run of `long` after its first word (a surname form)?"""
    return len(short) < len(long) and long[-len(short) :] == short


@lru_cache(maxsize=1)
def _role_forms() -> frozenset[str]:
    """Role words as they are written: `minister`, `Minister`, `MINISTER`."""
    return frozenset(
        form
        for word in lexicon().role_words
        for form in (word, word.capitalize(), word.title(), word.upper())
    )


_PARTICLE, _POINTER, _ROLE_WORD, _KEPT = 1, 2, 4, 8
# pronouns and function words, capitalised at a sentence's start, are never part of a name
_NEVER_NAMES = frozenset("he she it they we i you his her its their our my your him them us".split())
# lower-case words the passes read between names: connectors and auxiliaries
_KEPT_WORDS = frozenset("of for on and to in at the de du des has had also later then".split())


@lru_cache(maxsize=1)
def _pointer_words() -> frozenset[str]:
    """Words that may point back to a speaker: pronouns, `the` (a role noun), `a` (someone unnamed)."""
    words = [*lexicon().pronouns, "the", *_INDEFINITE]
    return frozenset(words + [word.capitalize() for word in words])


@lru_cache(maxsize=1)
def _word_kinds() -> dict[str, int]:
    """Special words and what they are, as bit flags: particle, pointer, role word."""
    kinds: dict[str, int] = {}
    for word in PARTICLES:
        kinds[word] = kinds.get(word, 0) | _PARTICLE
    for word in _pointer_words():
        kinds[word] = kinds.get(word, 0) | _POINTER
    for word in _role_forms():
        kinds[word] = kinds.get(word, 0) | _ROLE_WORD
    lex = lexicon()
    kept = set(lex.speech_verbs) | set(_ROLE_MODIFIERS) | _KEPT_WORDS
    kept |= {word.casefold() for word in lex.place_words}
    for word in kept:  # words the passes read but that need no flag of their own
        kinds.setdefault(word, _KEPT)
    return kinds


@lru_cache(maxsize=8192)
def _org_words(name: str) -> frozenset[str]:
    return frozenset(
        word.casefold() for word in re.findall(r"\w+", name) if word.casefold() not in ("the", "of", "s")
    )


_POSSESSIVES = ("'s", "’s")
_new_token = tuple.__new__  # builds Token tuples without a Python-level __new__ call


class _WordInfo(NamedTuple):
    """What `_scan` needs to know of a word, whatever text it is in."""

    token_tail: tuple[str, str, bool, bool, bool]  # a Token's fields after its offsets
    capitalised: bool
    name_start: bool  # a name may begin here: a capitalised word or a lower-case particle
    pointer: bool  # `he`, `she`, `the` (a role noun), `a` (an unnamed person)
    role: bool  # a role word: `minister`, `Colonel`, `commander-in-chief`


# word -> its info, or False for a plain lower-case word, which `_scan` skips.  Words recur
# from article to article, so each is sorted out once (until the memo is full and starts again).
_word_infos: dict[str, _WordInfo | bool] = {}
_WORD_INFOS_KEPT = 50_000  # a few megabytes at most, in each indexing process too


def _remember_word(word: str) -> _WordInfo | bool:
    if len(_word_infos) >= _WORD_INFOS_KEPT:
        _word_infos.clear()
    info = _word_infos[word] = _word_info(word)
    return info


def _word_info(word: str) -> _WordInfo | bool:
    kinds = _word_kinds()
    capitalised = word[0].isupper()
    kind = kinds.get(word, 0)
    possessive = word[-1] == "s" and word.endswith(_POSSESSIVES)
    if not (capitalised or kind):
        if possessive:
            kind = kinds.get(word[:-2], 0) & _ROLE_WORD  # "the victim's widow"
        if not kind and ("-" not in word or not is_role_token(word)):
            return False
    base = word
    if possessive:
        base = word[:-2]
        kind = kinds.get(base, 0) & _ROLE_WORD
    return _WordInfo(
        (word, base, capitalised, _is_given_name(base), _namelike(base, capitalised)),
        capitalised,
        capitalised or bool(kind & _PARTICLE),
        bool(kind & _POINTER),
        bool(kind & _ROLE_WORD) if kind else "-" in base and is_role_token(base),
    )


def _is_given_name(base: str) -> bool:
    """A given name (`Olena`, and compounds such as `Hans-Peter`), not a sentence opener."""
    given_names = lexicon().given_names
    if "-" in base and base not in given_names:
        parts = base.split("-")
        return all(part in given_names for part in parts) and parts[0] not in _SENTENCE_OPENERS
    return base in given_names and base not in _SENTENCE_OPENERS


def _namelike(base: str, capitalised: bool) -> bool:
    """Could this word be part of a person's name?"""
    if not capitalised:
        return False
    if len(base) == 1:
        return True  # an initial
    lex = lexicon()
    return not (
        base.casefold() in _NEVER_NAMES
        or base in lex.honorifics
        or base in lex.not_names
        or base in lex.organisation_words
        or base in lex.place_words
        or lex.is_role_word(base)
        or base.isupper()
    )


class _NameIndex:
    """How people can be named again: by surname, by a longer surname, by a unique given name."""

    def __init__(self) -> None:
        self.surname: dict[str, list[Entity]] = {}  # "umierov" -> [Rustem Umierov]
        self.long: dict[str, list[tuple[Entity, tuple[str, ...]]]] = {}  # "von" -> der Leyen...
        self.given: dict[str, list[Entity]] = {}  # "nazarii" -> [Nazarii Boiko]
        self.spelled: dict[str, list[Entity]] = {}  # "zelenski" -> [Volodymyr Zelensky]

    def add(self, entity: Entity) -> None:
        words = [word.casefold() for word in entity.tokens]
        self.surname.setdefault(words[-1], []).append(entity)
        self.spelled.setdefault(folded(words[-1]), []).append(entity)
        if len(words) < 2:
            return
        for word in words[1:-1]:  # "Echeverría" of "Lucía Echeverría de la Fuente"
            if word not in PARTICLES and len(word) > 2 and entity not in self.surname.get(word, ()):
                self.surname.setdefault(word, []).append(entity)
        first, last = entity.tokens[0], entity.tokens[-1]
        if not _is_given_name(first):
            # "Baek Seo-yeon", "Takeda Haruko": perhaps written surname first
            self.surname.setdefault(words[0], []).append(entity)
        if _is_given_name(first) or not _is_given_name(last):
            self.given.setdefault(words[0], []).append(entity)
        for k in range(1, len(words) - 1):  # "Sampaio dos Reis", "von der Leyen", "dos Reis"
            self.long.setdefault(words[k], []).append((entity, tuple(words[k:])))


@dataclass
class EntityIndex:
    """What the recogniser found: entities and every reference to them, in text order."""

    persons: list[Entity]
    organisations: list[Entity]
    refs: list[Ref]
    acronyms: dict[str, Entity] = field(default_factory=dict)  # "SBU" -> Security Service of Ukraine


class _Recogniser:
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

    # -- names ---------------------------------------------------------------------------
    def find_names(self, tokens: list[Token], caps: list[int]) -> list[tuple[int, int]]:
        """Token ranges [i, j) of full person names in one unit."""
        names: list[tuple[int, int]] = []
        free_from = 0
        for i in caps:
            if i < free_from or i in self.claimed:
                continue
            token = tokens[i]
            if token.given or len(token.text) == 1 and self.is_initial(tokens, i):
                j = self._extend_name(tokens, i)
                if j - i >= 2 and not self._part_of_place(tokens, j) and self._borne_out(tokens, i, j):
                    names.append((i, j))
                    free_from = j
        return names

    def _borne_out(self, tokens: list[Token], i: int, j: int) -> bool:
        """A name whose given name only the world list knows and the article also writes in
        lower case (`Will`, `Tell`, `Real`) counts when the text bears it out: the surname
        again on its own, or a speech verb, an age or a role beside the name."""
        first = tokens[i].base
        if first not in self.lex.world_only_names or not self._common_word(first):
            return True
        surname = tokens[j - 1].base
        full = self.text[tokens[i].start : tokens[j - 1].start] + surname
        if self.text.count(surname) > self.text.count(full):
            return True
        return self._named_by_context(tokens, j) or self.role_before(tokens, i)[0] is not None

    def _extend_name(self, tokens: list[Token], i: int) -> int:
        """The end of a name starting with a given name (or an initial) at tokens[i]."""
        j = i + 1
        while j < len(tokens) and j - i < 5 and self.joined(tokens[j - 1], tokens[j]):
            word = tokens[j]
            if word.text in PARTICLES and self._particles_then_name(tokens, j):
                j += 1
                continue
            if not word.capitalised:
                break
            if not word.namelike:
                if j == i + 1 and self._surname_like_a_place(tokens, j):
                    j += 1  # `Steve Israel, a Democrat`, `David French of the federation`
                break
            if len(word.text) == 1 and self.text[word.end : word.end + 1] != ".":
                break  # "I", not an initial
            if self._common_word(word.base) and not word.given and not self.is_initial(tokens, j):
                break  # a headline's capitals: "Doe Makes Her Case"
            possessive = word.base != word.text
            j += 1
            if possessive:
                break
        # a name never ends on a particle
        while j - 1 > i and tokens[j - 1].text in PARTICLES:
            j -= 1
        return j

    def _surname_like_a_place(self, tokens: list[Token], j: int) -> bool:
        """A surname that is also a place or a nationality (`Israel`, `French`, `Guardian`),
        right after a given name and ending the phrase: a comma, a full stop, or a lower-case
        word follows, not another capitalised word."""
        word = tokens[j]
        if word.base != word.text or word.base.isupper() or self.lex.is_role_word(word.base):
            return False
        if word.base in self.lex.organisation_words or word.base in self.lex.honorifics:
            return False
        after = self.text[word.end : word.end + 2]
        if after[:1] in (",", ".", ";", ")") or after == "":
            return True
        return after[:1] == " " and (j + 1 >= len(tokens) or not self.joined(word, tokens[j + 1]) or not tokens[j + 1].capitalised)

    def _particles_then_name(self, tokens: list[Token], j: int) -> bool:
        """`von der Leyen`, `de la Fuente`: particles joined to a capitalised name word."""
        while j < len(tokens) and tokens[j].text in PARTICLES:
            if j + 1 >= len(tokens) or not self.joined(tokens[j], tokens[j + 1]):
                return False
            j += 1
        return j < len(tokens) and tokens[j].capitalised

    def _part_of_place(self, tokens: list[Token], j: int) -> bool:
        """`Taras Shevchenko National University`, `Shevchenko Street`: not a person."""
        k = j
        while k < len(tokens) and k - j < 4 and self.joined(tokens[k - 1], tokens[k]):
            word = tokens[k]
            if not word.capitalised:
                return word.text.capitalize() in self.lex.place_words  # "the Shevchenko monument"
            base = word.base
            if base in self.lex.place_words or base in self.lex.organisation_words:
                return base not in ("Office",) or k == j
            k += 1
        return False

    def titled_names(self, tokens: list[Token], roles: list[int]) -> list[tuple[int, int, str | None]]:
        """Names known from the role written before them, whatever the given name.

        `President Macron`, `his Spanish counterpart Álvaro Ruiz de la Fuente`,
        `Norwegian Minister of International Development Sigrid Aalund`,
        `the Speaker of the Chamber of Deputies, Markéta Dvořáková.`
        """
        names: list[tuple[int, int, str | None]] = []
        for i in roles:
            token = tokens[i]
            if i + 1 >= len(tokens) or token.base != token.text:
                continue
            if token.text.endswith("s") and is_role_token(token.text[:-1]):
                continue  # "the foreign ministers of Ukraine and ...": several people
            k = i + 1
            gap = self.text[token.end : tokens[k].start]
            if gap == " " and tokens[k].namelike and k not in self.claimed:
                j = self._name_run(tokens, k)
                single_given = j - k == 1 and tokens[k].given
                if (j - k >= 2 or token.capitalised or single_given) and not self._part_of_place(tokens, j):
                    names.append((k, j, None))
                continue
            if gap == " " and tokens[k].text in ("of", "for", "to", "in", "at"):
                found = self._name_after_office(tokens, i, k + 1)
                if found:
                    names.append(found)
        return names

    def _name_run(self, tokens: list[Token], k: int, limit: int = 5) -> int:
        """The end of a run of name words (particles allowed inside) starting at tokens[k]."""
        j = k
        while j < len(tokens) and j - k < limit:
            if j > k and not self.joined(tokens[j - 1], tokens[j]):
                break
            word = tokens[j]
            if word.text in PARTICLES and j > k and self._particles_then_name(tokens, j):
                j += 1
                continue
            if not word.namelike or j in self.claimed:
                break
            j += 1
            if word.base != word.text:
                break  # a possessive ends the name
        while j > k and tokens[j - 1].text in PARTICLES:
            j -= 1
        return j

    def _name_after_office(
        self, tokens: list[Token], role_at: int, k: int
    ) -> tuple[int, int, str | None] | None:
        """`Minister of International Development Sigrid Aalund` / `Speaker of the X, Jane Doe.`"""
        if k < len(tokens) and tokens[k].text == "the":
            k += 1
        end = k
        while (
            end < len(tokens)
            and end - k < 9
            and (end == k or self.text[tokens[end - 1].end : tokens[end].start] == " ")
            and tokens[end].capitalised
        ):
            end += 1
        while end > k and not tokens[end - 1].capitalised:
            end -= 1
        # the office's last two words are a name when both can be, after at least one office word
        last_two = (end - 2, end - 1)
        if (
            end - k >= 3
            and all(tokens[n].namelike and n not in self.claimed for n in last_two)
            and tokens[end - 2].base == tokens[end - 2].text
            and not self._common_word(tokens[end - 1].base)
            and not self._part_of_place(tokens, end)
        ):
            return (end - 2, end, None)
        # "the Speaker of the Chamber of Deputies, Markéta Dvořáková."
        while (
            end < len(tokens)
            and end - k < 12
            and self.text[tokens[end - 1].end : tokens[end].start] == " "
            and (tokens[end].capitalised or tokens[end].text in ("of", "the", "for", "and"))
        ):
            end += 1
        if end > k and end < len(tokens) and self.text[tokens[end - 1].end : tokens[end].start] == ", ":
            j = self._name_run(tokens, end, limit=4)
            after = self.text[tokens[j - 1].end : tokens[j - 1].end + 1] if j > end else "x"
            if j - end >= 2 and after in ("", ".", ",", ";", ":"):
                role = self.text[tokens[role_at].start : tokens[end - 1].end]
                return (end, j, role)
        return None

    def guessed_names(self, tokens: list[Token], caps: list[int]) -> list[tuple[int, int]]:
        """Two capitalised words that the context shows to be a name, whatever the given name.

        `Zoriana Skaletska` (a Slavic surname ending), `Pavlina Shvets, Deputy Minister...`
        (a role in apposition), `Ion Grosu-Vrabie said` (a speech verb), `Halyna Petrenko, 78,`.
        """
        names = []
        for i in caps:
            if i + 1 >= len(tokens):
                break
            first, second = tokens[i], tokens[i + 1]
            if not second.capitalised or i in self.claimed or i + 1 in self.claimed:
                continue
            if not (self.joined(first, second) and first.namelike and second.namelike):
                continue
            if first.base != first.text or len(first.text) < 2 or len(second.base) < 2:
                continue
            if self._common_word(first.text) or self._common_word(second.base):
                continue
            if i > 0 and self.joined(tokens[i - 1], first) and tokens[i - 1].capitalised:
                previous = tokens[i - 1].base
                if previous not in self.lex.not_names and not is_role_token(previous):
                    continue  # part of a longer capitalised phrase
            if (
                i > 1
                and tokens[i - 1].text in ("of", "for", "the")
                and self.text[tokens[i - 1].end : first.start] == " "
                and (tokens[i - 2].capitalised or tokens[i - 2].text in ("of", "for"))
            ):
                continue  # inside an office's or body's name: "Commissioner for Human Rights"
            if self._part_of_place(tokens, i + 2):
                continue
            slavic = bool(_SLAVIC_SURNAME.search(second.base)) and len(second.base) >= 4 and not (
                _SLAVIC_SURNAME.search(first.base) and not first.given
            )
            if slavic or self._named_by_context(tokens, i + 2):
                names.append((i, i + 2))
        return names

    def _named_by_context(self, tokens: list[Token], j: int) -> bool:
        """Do the words after tokens[j - 1] show it ends a person's name?"""
        last = tokens[j - 1]
        if j < len(tokens) and self.text[last.end : tokens[j].start] == " ":
            following = tokens[j : j + 2]
            if following[0].text in ("has", "had", "also", "later", "then") and len(following) > 1:
                following = following[1:]
            if following[0].text in CLEAR_SPEECH:
                return True
        if re.match(r",\s+\d{1,3}(?:,|\s)", self.text[last.end : last.end + 8]):
            return True  # an age: "Halyna Petrenko, 78,"
        end = self.unit_end
        return self.role_after(last.end, end) is not None

    # -- roles ---------------------------------------------------------------------------
    def role_before(self, tokens: list[Token], i: int) -> tuple[str | None, int]:
        """The role written before the name at tokens[i], and the token where it starts."""
        first = i
        j = i - 1
        while j >= 0 and self.text[tokens[j].end : tokens[j + 1].start] in (" ", "\u00a0"):
            word = tokens[j]
            lower = word.text.casefold()
            if word.capitalised:
                if word.text in _SENTENCE_OPENERS or j in self.claimed:
                    break
            elif lower == "the" and j > 0 and tokens[j - 1].text.casefold() in _CONNECTORS:
                pass
            elif lower not in _CONNECTORS and not is_role_token(lower):
                break
            first = j
            j -= 1
        while first < i and tokens[first].text.casefold() in _CONNECTORS | {"the"}:
            first += 1
        if first == i:
            return None, i
        words = [token.base.casefold() for token in tokens[first:i]]
        if not any(is_role_token(word) for word in words) and not self._has_role_phrase(words):
            return None, i
        return self.text[tokens[first].start : tokens[i - 1].end], first

    def role_before_comma(self, tokens: list[Token], i: int, j: int) -> str | None:
        """`the Speaker of the Chamber of Deputies, Markéta Dvořáková.`: a role, a comma, a name
        that ends the clause."""
        if i == 0 or self.text[tokens[i - 1].end : tokens[i].start] != ", ":
            return None
        after = self.text[tokens[j - 1].end : tokens[j - 1].end + 1]
        if after not in ("", ".", ",", ";", ":", ")"):
            return None
        first = i - 1
        k = i - 2
        while k >= 0 and self.text[tokens[k].end : tokens[k + 1].start] == " ":
            word = tokens[k]
            lower = word.text.casefold()
            if word.capitalised:
                if word.text in _SENTENCE_OPENERS or k in self.claimed:
                    break
            elif lower not in _CONNECTORS and lower != "the" and not is_role_token(lower):
                break
            first = k
            k -= 1
        while first < i - 1 and tokens[first].text.casefold() in _CONNECTORS | {"the"}:
            first += 1
        words = [token.base for token in tokens[first:i]]
        if not any(is_role_token(word) for word in words):
            return None
        if not (is_role_token(tokens[first].base) or tokens[first].capitalised):
            return None
        return self.text[tokens[first].start : tokens[i - 1].end]

    def _has_role_phrase(self, words: list[str]) -> bool:
        joined = " ".join(words)
        return any(" ".join(phrase) in joined for phrase in self.lex.role_phrases)

    def role_after(self, end: int, unit_end: int) -> str | None:
        """`, Head of Kherson Oblast Military Administration, on Telegram` -> the role;
        also `, who became the Air Force's spokesman in the autumn`."""
        if not self.text.startswith(",", end, unit_end):
            return None  # both forms begin with a comma
        rest = self.text[end : min(unit_end, end + 300)]
        match = _ROLE_CLAUSE.match(rest) or _COMMA_SPACE.match(rest)
        if not match:
            return None
        body = rest[match.end() :]
        stop = _ROLE_END.search(body)
        # parentheses belong to the role: "MP from the Holos (Voice) party"
        while stop and stop.group() == "(":
            close = body.find(")", stop.end())
            if close < 0:
                break
            stop = _ROLE_END.search(body, close + 1)
        role = body[: stop.start()] if stop else body
        role = _CHANNEL_TAIL.sub("", role).strip()
        words = _ROLE_WORDS.findall(role)
        if not words or len(words) > 16:
            return None
        first = words[0].casefold()
        if first in ("the", "a", "an") and len(words) > 1:
            first = words[1].casefold()
        if first in _NOT_ROLE_START:
            return None
        lowered = [word.casefold() for word in words[:6]]
        if any(is_role_token(word) for word in lowered) or self._has_role_phrase(lowered):
            return role
        return None

    # -- entities ------------------------------------------------------------------------
    def person(self, tokens: list[Token], i: int, j: int, gender: str | None = None) -> Entity:
        """The person these name tokens name; a known person when the name is a form of theirs.

        A gender the text shows (`Mrs. Doe`) keeps apart relatives who share a surname."""
        words = [token.text for token in tokens[i:j]]
        words[-1] = tokens[j - 1].base
        name = self.text[tokens[i].start : tokens[j - 1].start] + words[-1]
        key = tuple(word.casefold() for word in words)
        candidates = self._persons_by_word.get(key[-1], []) + self._persons_by_word.get(key[0], [])
        if gender is None:
            gender = self._gender(words)
        if gender is not None:
            candidates = [entity for entity in candidates if entity.gender in (None, gender)]
            if len(key) == 1:  # a title and a surname: the latest namesake of that gender
                same = [entity for entity in candidates if entity.gender == gender]
                candidates = same[-1:] + [entity for entity in candidates if entity.gender is None]
        for entity in candidates:
            known = tuple(word.casefold() for word in entity.tokens)
            if known == key or len(key) < len(known) and _is_part(key, known):
                return entity  # "Umierov", "Echeverría de la Fuente"
            if len(known) < len(key) and _is_part(known, key) and (len(known) == 1 or known[0] == key[0]):
                entity.name, entity.tokens = name, tuple(words)  # now we know the fuller name
                entity.forms.insert(0, name)
                if entity.gender is None:
                    entity.gender = gender
                self._index_person(entity)
                return entity
            if len(key) > 1 and len(known) > 1 and key[0] == known[0] and key[-1] == known[-1]:
                return entity  # with and without a middle name or patronymic
            if len(key) == 1 and len(known) > 1 and key[0] == known[0] and not _is_given_name(words[0]):
                return entity  # "Minister Takeda" after "Takeda Haruko"
        entity = Entity(PERSON, name, tuple(words), gender=gender)
        entity.add_form(name)
        self.persons.append(entity)
        self._index_person(entity)
        return entity

    def _index_person(self, entity: Entity) -> None:
        for word in entity.tokens:
            bucket = self._persons_by_word.setdefault(word.casefold(), [])
            if entity not in bucket:
                bucket.append(entity)

    def _gender(self, words: list[str]) -> str | None:
        return self.lex.gender_of(words[0]) if len(words) > 1 else None

    def add_person_ref(
        self, tokens: list[Token], i: int, j: int, unit: Span, role: str | None = None, title_at: int | None = None
    ) -> None:
        """A person named by tokens[i:j]; `title_at` is where titles before the name begin
        (`Mr.`, `Sen.`, `Lt. Gen.`), which tell a gender or a role."""
        before = self.text[max(0, tokens[i].start - 40) : tokens[i].start]
        gender = None
        if title_at is not None:
            gender, role = self._titles(tokens[title_at:i])
        elif _NAMESAKE.search(before) or before.endswith(" the ") and j - i >= 2:
            self.claimed.update(range(i, j))
            return  # "a brigade named after King Danylo", "the Sergey Kotov": a namesake
        entity = self.person(tokens, i, j, gender)
        start, end = tokens[i].start, tokens[j - 1].start + len(tokens[j - 1].base)
        role_start = i if title_at is None else title_at
        if title_at is not None:
            earlier, earlier_start = self.role_before(tokens, title_at)  # "New Jersey Gov. Jane Doe"
            if earlier:
                entity.add_role(earlier)
                role_start = earlier_start
        elif role is None:
            role, role_start = self.role_before(tokens, i)
        # "The team's captain, Senior Sergeant Vitalii Dziuba-Holub,": a role before the comma too
        apposed = self.role_before_comma(tokens, role_start, j)
        for found in (apposed, role):
            if found:
                entity.add_role(found)
                self._gender_from_role(entity, found)
        after = self.role_after(tokens[j - 1].end, unit.end)
        if after:
            entity.add_role(after)
            self._gender_from_role(entity, after)
        entity.mentions.append(Span(start, end))
        entity.add_form(self.text[start:end])
        self.refs.append(
            Ref(start, end, PERSON, self.text[start:end], entity, chunk_start=tokens[role_start].start)
        )
        self.claimed.update(range(i, j))

    def _titles(self, titles: list[Token]) -> tuple[str | None, str | None]:
        """The gender and the role that titles before a name give: `Mrs.` -> f, `Lt. Gen.` ->
        Lieutenant General."""
        gender = None
        roles = []
        for title in titles:
            title_gender, role = self.lex.honorifics[title.text]
            gender = gender or title_gender
            if role:
                roles.append(role)
        return gender, " ".join(roles) or None

    def honorific_names(self, tokens: list[Token], caps: list[int]) -> list[tuple[int, int, int]]:
        """Names after a title, whatever the name: `Mr. Sanders`, `Mrs. Doe`, `Sen. Pat Toomey`,
        `Lt. Gen. Jane Roe`.  Each as (where the titles begin, name start, name end)."""
        honorifics = self.lex.honorifics
        found: list[tuple[int, int, int]] = []
        free_from = 0
        for h in caps:
            if h < free_from or tokens[h].text not in honorifics:
                continue
            k = h
            while k < len(tokens) and tokens[k].text in honorifics and self._title_before_word(tokens, k):
                k += 1
            if k == h or k >= len(tokens) or k in self.claimed or not tokens[k].namelike:
                continue
            j = self._name_run(tokens, k, limit=4)
            if j > k:
                found.append((h, k, j))
                free_from = j
        return found

    def _title_before_word(self, tokens: list[Token], k: int) -> bool:
        """A title followed by a capitalised word: `Mr. Doe`, `Mr Doe`."""
        if k + 1 >= len(tokens) or not tokens[k + 1].capitalised:
            return False
        return self.text[tokens[k].end : tokens[k + 1].start] in (". ", " ", ".\u00a0", "\u00a0")

    def _gender_from_role(self, entity: Entity, role: str) -> None:
        if entity.gender is not None:
            return
        words = set(_WORD_CHARACTERS.findall(role.casefold()))
        if words & _FEMALE_ROLE:
            entity.gender = "f"
        elif words & _MALE_ROLE:
            entity.gender = "m"

    def organisation_runs(self, tokens: list[Token], caps: list[int]) -> None:
        organisation_words = self.lex.organisation_words
        acronyms = self._acronyms
        anchors = [
            k
            for k in caps
            if (base := tokens[k].base) in organisation_words or base in acronyms or base.isupper()
        ]
        if not anchors:
            return
        text, claimed = self.text, self.claimed
        i = 0
        next_anchor = 0
        for start in caps:
            if start < i or start in claimed:
                continue
            while next_anchor < len(anchors) and anchors[next_anchor] < start:
                next_anchor += 1
            if next_anchor == len(anchors):
                break  # no organisation word from here on
            if anchors[next_anchor] - start > _LONGEST_ORGANISATION:
                continue  # too far from the next organisation word to reach it
            i = start
            j = i + 1
            last_cap = i
            while j < len(tokens) and j not in claimed:
                word = tokens[j]
                if text[tokens[j - 1].end : word.start] not in (" ", "\u00a0"):
                    break
                if word.capitalised:
                    if word.base in _PLATFORMS or word.base in self.lex.honorifics:
                        break  # "Sumy Oblast Military Administration on Telegram", "Army Lt. Gen."
                    last_cap = j
                    if word.base != word.text and not (
                        j + 1 < len(tokens) and tokens[j + 1].base in self.lex.organisation_words
                    ):
                        break  # "Ukrenergo's Head of Communications": the possessive ends it
                elif word.text == "and" and j + 1 < len(tokens) and (
                    tokens[j + 1].text == "the"
                    or tokens[j + 1].base.casefold() in self.lex.countries
                    or tokens[j + 1].base in self.lex.not_names
                ):
                    break  # "Naftogaz of Ukraine and Moldova's Energocom": two parties
                elif word.text not in ("of", "the", "for", "on", "and", "de", "du", "des"):
                    break
                j += 1
            if tokens[i].base != tokens[i].text:
                last_cap = i  # a possessive first word stands alone
            run = tokens[i : last_cap + 1]
            i = last_cap + 1
            bases = [token.base for token in run]
            # role words before "of" name a person's office: "Head of the Oblast Administration"
            # role words before "of" name a person's office: "Chair of the Board of Ukrenergo"
            k = 0
            while True:
                m = k
                while m < len(run) and (is_role_token(bases[m]) or bases[m] in _SUB_BODIES):
                    m += 1
                if not (k < m < len(run) and bases[m] in ("of", "for")):
                    break
                k = m + 1
                while k < len(run) and bases[k] in ("the", "of", "for"):
                    k += 1
            while k < len(run) and (run[k].text in _SENTENCE_OPENERS or bases[k] in ("of", "the", "for", "on", "and")):
                k += 1
            run = run[k:]
            if len(run) == 1 and self._capitals_acting(run[0]):
                start, end = run[0].start, run[0].start + len(run[0].base)
                entity = self.organisation(run[0].base, start)
                entity.mentions.append(Span(start, end))
                self.refs.append(Ref(start, end, ORGANISATION, run[0].base, entity))
                continue
            if not any(token.base in organisation_words for token in run):
                if len(run) == 1 and run[0].base in self._acronyms:
                    entity = self._acronyms[run[0].base]  # "NBU" after "National Bank of Ukraine (NBU)"
                    start, end = run[0].start, run[0].start + len(run[0].base)
                    entity.mentions.append(Span(start, end))
                    self.refs.append(Ref(start, end, ORGANISATION, run[0].base, entity))
                continue
            start, end = run[0].start, run[-1].start + len(run[-1].base)
            name = self.text[start:end]
            acronym = _ACRONYM_AFTER.match(self.text, end)
            entity = self.organisation(name, start, acronym.group(1) if acronym else None)
            entity.mentions.append(Span(start, end))
            self.refs.append(Ref(start, end, ORGANISATION, name, entity))

    def _capitals_acting(self, token: Token) -> bool:
        """`DTEK said`, `DTEK, the country's largest energy company,`: a name in capitals that
        speaks or is described as an organisation."""
        word = token.base
        if not (word.isupper() and word.isalpha() and 3 <= len(word) <= 8) or word in self.lex.not_names:
            return False
        if word in self.lex.organisation_words or word in self._acronyms:
            return False  # found the usual way
        after = self.text[token.end : token.end + 80]
        return bool(_ACTS.match(after)) or bool(_DESCRIBED_AS_BODY.match(after))

    def organisation(self, name: str, offset: int = -1, acronym: str | None = None) -> Entity:
        """The organisation of this name; shorter and longer forms of one name are merged."""
        if name in self._acronyms:
            return self._acronyms[name]  # "SBU" after "Security Service of Ukraine (SBU)"
        if acronym:  # "Security Service of Ukraine (SBU)", perhaps after "SBU" alone
            known = next((e for e in self.organisations if e.name == acronym), None)
            if known is not None:
                known.name, known.tokens = name, tuple(name.split())
                known.forms.insert(0, name)
                self._organisations_by_words[_org_words(name)] = known
            else:
                known = self.organisation(name, offset)
            self._acronyms[acronym] = known
            return known
        words = _org_words(name)
        same = self._organisations_by_words.get(words)
        if same is not None and _org_words(same.name) == words:
            return same
        for entity in self.organisations[-_RECENT_ORGANISATIONS:]:
            if acronym_of(name, entity.name):  # "SBU" after "Security Service of Ukraine"
                return entity
            if acronym_of(entity.name, name):  # "SBU", then "Security Service of Ukraine"
                entity.name, entity.tokens = name, tuple(name.split())
                entity.forms.insert(0, name)
                return entity
        recent = self.organisations[-_RECENT_ORGANISATIONS:]
        longer = [entity for entity in recent if words and words < _org_words(entity.name)]
        if longer:  # "General Staff" after "General Staff of the Armed Forces of Ukraine"
            return max(longer, key=lambda entity: max((s.start for s in entity.mentions if s.start < offset), default=-1))
        for entity in recent:
            known = _org_words(entity.name)
            if known and known < words:  # "Naftogaz", then "Naftogaz of Ukraine"
                entity.name, entity.tokens = name, tuple(name.split())
                entity.forms.insert(0, name)
                self._organisations_by_words[words] = entity
                return entity
        entity = Entity(ORGANISATION, name, tuple(name.split()))
        entity.add_form(name)
        self.organisations.append(entity)
        self._organisations_by_words[words] = entity
        return entity

    # -- the whole article ---------------------------------------------------------------
    def _scan(self, unit: Span) -> tuple:
        """One unit's tokens, with the positions each later pass starts from.

        Only the words the passes look at become tokens: capitalised words and the special
        words of `_word_kinds` (particles, pronouns, role words, speech verbs, connectors).
        A plain lower-case word between two tokens shows as a gap that is not a single space,
        which is all the passes need to know of it.  This loop runs for every word of every
        article, so it stays small.
        """
        tokens: list[Token] = []
        caps: list[int] = []  # capitalised words
        roles: list[int] = []  # role words: `minister`, `Colonel`
        pointers: list[int] = []  # `he`, `she`, `the` (a role noun), `a` (an unnamed person)
        name_starts: list[int] = []  # where a name may begin: capitalised words and particles
        append = tokens.append
        known = _word_infos
        i = -1
        for match in _TOKEN.finditer(self.text, unit.start, unit.end):
            word = match.group()
            info = known.get(word)
            if info is None:
                info = _remember_word(word)
            if not info:
                continue  # a plain lower-case word: only the gap it leaves matters
            tail, capitalised, name_start, pointer, role = info
            i += 1
            append(_new_token(Token, match.span() + tail))
            if capitalised:
                caps.append(i)
            if name_start:
                name_starts.append(i)
            if pointer:
                pointers.append(i)
            if role:
                roles.append(i)
        return unit, tokens, caps, roles, pointers, name_starts, set()

    def run(self) -> EntityIndex:
        units = [self._scan(unit) for unit in self.units]
        # 1. full names, names after their roles and guessed names, unit by unit
        for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
            self.claimed = claimed
            self.unit_end = unit.end
            for title_at, i, j in self.honorific_names(tokens, caps):
                self.add_person_ref(tokens, i, j, unit, title_at=title_at)
            for i, j in self.find_names(tokens, caps):
                self.add_person_ref(tokens, i, j, unit)
            found = self.titled_names(tokens, roles)
            found += [(i, j, None) for i, j in self.guessed_names(tokens, caps)]
            for i, j, role in found:
                if not any(k in claimed for k in range(i, j)):
                    self.add_person_ref(tokens, i, j, unit, role)
        # 2. surname-only mentions of known people, and single names used with speech verbs
        self.name_index = _NameIndex()
        for entity in self.persons:
            self.name_index.add(entity)
        for unit in self.units:
            if "call sign" in self.text[unit.start : unit.end] or "callsign" in self.text[unit.start : unit.end]:
                self.call_signs(unit)
        for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
            self.claimed = claimed
            self.surname_mentions(tokens, unit, name_starts)
        self._person_starts = {ref.start for ref in self.refs if ref.kind == PERSON}
        # 3. organisations, pronouns and role nouns, where speakers are looked for
        for unit, tokens, caps, roles, pointers, name_starts, claimed in units:
            if self.near_quotes is not None and unit not in self.near_quotes:
                continue
            self.claimed = claimed
            self.organisation_runs(tokens, caps)
            self.pronouns_and_roles(tokens, pointers)
        self._merge_spellings()
        return EntityIndex(self.persons, self.organisations, _outermost(self.refs), self._acronyms)

    # -- one person, one identity ------------------------------------------------------------
    def _merge_spellings(self) -> None:
        """People named in several spellings become one: `Volodymyr Zelensky` and `Zelenskyy`,
        `Oleksandr Syrskyi` and `Aleksandr Syrsky`; a surname one letter off (`Zelenksy`) joins
        only when no one else in the article has a surname that close."""
        by_surname: dict[str, list[Entity]] = {}
        for entity in self.persons:
            by_surname.setdefault(folded(entity.tokens[-1]), []).append(entity)
        into: dict[int, Entity] = {}
        for group in by_surname.values():
            if len(group) > 1:
                self._merge_group(group, into)
        surnames = [key for key, group in by_surname.items() if any(id(e) not in into for e in group)]
        for key in surnames:
            close = [other for other in surnames if other != key and one_letter_apart(key, other)]
            if len(close) != 1 or sum(one_letter_apart(close[0], other) for other in surnames) != 1:
                continue  # none close, or more than one: `Doe` and `Dow` may be two people
            slips = [e for e in by_surname[key] if id(e) not in into]
            targets = [e for e in by_surname[close[0]] if id(e) not in into]
            if len(slips) == 1 and len(targets) == 1 and len(slips[0].mentions) < len(targets[0].mentions):
                if self._may_be_one(targets[0], slips[0], slip=True):
                    self._absorb(targets[0], slips[0], into)
        if into:
            self.persons = [entity for entity in self.persons if id(entity) not in into]
            for ref in self.refs:
                if ref.entity is not None and id(ref.entity) in into:
                    ref.entity = into[id(ref.entity)]

    def _merge_group(self, group: list[Entity], into: dict[int, Entity]) -> None:
        """People sharing a surname in any spelling: fuller names take in the shorter ones
        that agree with them, a surname alone only when one person can be meant."""
        group = sorted(group, key=lambda entity: -len(entity.tokens))
        kept: list[Entity] = []
        for entity in group:
            fits = [other for other in kept if self._may_be_one(other, entity)]
            if len(entity.tokens) == 1 and len(fits) == 1 or len(entity.tokens) > 1 and fits:
                self._absorb(fits[0], entity, into)
            else:
                kept.append(entity)

    @staticmethod
    def _may_be_one(entity: Entity, other: Entity, slip: bool = False) -> bool:
        """Could these be one person?  With `slip`, their surnames are one letter apart."""
        if entity.gender and other.gender and entity.gender != other.gender:
            return False  # `Ivan Petrenko` and `Ivanna Petrenko`
        if not slip:
            return same_name(entity.tokens, other.tokens)
        return len(entity.tokens) == 1 or len(other.tokens) == 1 or same_name(entity.tokens[:1], other.tokens[:1])

    @staticmethod
    def _absorb(entity: Entity, other: Entity, into: dict[int, Entity]) -> None:
        """`other` is `entity` in another spelling: its forms, roles and mentions join."""
        for form in other.forms:
            entity.add_form(form)
        for role in other.roles:
            entity.add_role(role)
        entity.mentions.extend(other.mentions)
        entity.gender = entity.gender or other.gender
        into[id(other)] = entity

    def surname_mentions(self, tokens: list[Token], unit: Span, starts: list[int]) -> None:
        """Later mentions of known people by part of their name, and people named by one word."""
        index = self.name_index
        claimed, not_names = self.claimed, self.lex.not_names
        i = 0
        for at in starts:
            if at < i or at in claimed:
                continue
            i = at
            token = tokens[i]
            key = token.base.casefold()
            if token.capitalised and token.base in not_names and key not in index.surname:
                continue  # "The", "Russian", "Kyiv": never a name
            matched = None
            for entity, words in index.long.get(token.text.casefold(), ()):
                n = len(words)
                if i + n <= len(tokens) and self._spells(tokens[i : i + n], words):
                    matched = (entity, n)
                    break
            if matched is None and token.capitalised and not self._starts_longer_name(tokens, i):
                if key in index.surname:
                    matched = (self._most_recent(index.surname[key], token.start), 1)
                elif len(key) >= 4 and folded(key) in index.spelled and not self._common_word(token.base):
                    matched = (self._most_recent(index.spelled[folded(key)], token.start), 1)  # `Zelenskyy`
                elif len(index.given.get(key, ())) == 1 and token.given:
                    matched = (index.given[key][0], 1)  # "Nazarii says", after "Nazarii Boiko"
            if matched is None and token.capitalised and self._single_name_person(tokens, i):
                entity = Entity(PERSON, token.base, (token.base,), gender=self.lex.gender_of(token.base))
                entity.add_form(token.base)
                self.persons.append(entity)
                index.add(entity)
                matched = (entity, 1)
            if matched is None:
                continue
            entity, n = matched
            start, end = tokens[i].start, tokens[i + n - 1].start + len(tokens[i + n - 1].base)
            entity.mentions.append(Span(start, end))
            entity.add_form(self.text[start:end])
            after = self.role_after(tokens[i + n - 1].end, unit.end)
            if after:
                entity.add_role(after)
            role, role_start = self.role_before(tokens, i)
            if role:
                entity.add_role(role)
            self.refs.append(Ref(start, end, PERSON, self.text[start:end], entity, chunk_start=tokens[role_start].start))
            self.claimed.update(range(i, i + n))
            i += n

    def _spells(self, tokens: list[Token], words: tuple[str, ...]) -> bool:
        """Do these tokens, joined by spaces, spell the name words (case aside)?"""
        for k, (token, word) in enumerate(zip(tokens, words)):
            text = token.base if k == len(words) - 1 else token.text
            if text.casefold() != word or (k and not self.joined(tokens[k - 1], token)):
                return False
        return True

    def _starts_longer_name(self, tokens: list[Token], i: int) -> bool:
        return i + 1 < len(tokens) and self.joined(tokens[i], tokens[i + 1]) and tokens[i + 1].namelike and tokens[i].base == tokens[i].text

    def _most_recent(self, candidates: list[Entity], offset: int) -> Entity:
        """Of several people sharing a surname, the one named last before `offset`."""
        if len(candidates) == 1:
            return candidates[0]
        best, best_at = candidates[0], -1
        for entity in candidates[-_RECENT_NAMESAKES:]:
            starts = self._mention_starts(entity)
            at = bisect.bisect_left(starts, offset) - 1
            if at >= 0 and starts[at] > best_at:
                best, best_at = entity, starts[at]
        return best

    def _mention_starts(self, entity: Entity) -> list[int]:
        """Sorted starts of an entity's mentions so far (cached until it gains more)."""
        cached = self._starts_cache.get(id(entity))
        if cached is None or cached[0] != len(entity.mentions):
            cached = (len(entity.mentions), sorted(span.start for span in entity.mentions))
            self._starts_cache[id(entity)] = cached
        return cached[1]

    def _single_name_person(self, tokens: list[Token], i: int) -> bool:
        """A person the article names by one word: `Aalund said`, `said Tetiana`,
        `Vitalii, a 24-year-old marine`, `Halyna, 78,`."""
        token = tokens[i]
        base = token.base
        if base != token.text or len(base) < 3 or not token.namelike:
            return False
        after_word = (
            i + 1 < len(tokens)
            and self.text[token.end : tokens[i + 1].start] == " "
            and self._speech_follows(tokens, i + 1)
        )
        before_word = i > 0 and tokens[i - 1].text in CLEAR_SPEECH and self.text[tokens[i - 1].end : token.start] == " "
        apposition = not (after_word or before_word) and self.text.startswith(", ", token.end)
        if not (after_word or before_word or apposition):
            return False
        if self.in_quote(token.start) or self._common_word(base):
            return False
        if i > 0 and self.joined(tokens[i - 1], token) and tokens[i - 1].capitalised:
            if tokens[i - 1].text not in _SENTENCE_OPENERS:
                return False  # part of a longer capitalised phrase; `Later Doe said` is Doe
        if after_word:
            return True  # "Aalund said"
        if not (token.given or _SLAVIC_SURNAME.search(base)):
            return False
        if before_word:
            return True  # "said Tetiana"
        return token.given and bool(re.match(r",\s+(?:\d{1,3}\b|an?\s)", self.text[token.end : token.end + 6]))

    def _speech_follows(self, tokens: list[Token], k: int) -> bool:
        """Is tokens[k] (or the word after has/had/also...) a clear speech verb?"""
        if tokens[k].text in ("has", "had", "also", "later", "then") and k + 1 < len(tokens):
            k += 1
        return tokens[k].text in CLEAR_SPEECH

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
                        self._unit_words.update(_TOKEN.findall(self.text, unit.start, unit.end))
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
            if starts_word and _TOKEN.match(text, at).end() == at + len(word):
                unit = bisect.bisect_right(self._unit_starts, at) - 1
                if unit >= 0 and at + len(word) <= self.units[unit].end:
                    return True
            at = text.find(word, at + 1)
        return False

    def call_signs(self, unit: Span) -> None:
        """`a drone operator with the call sign Shaman`: a person known by a call sign;
        `Sergeant Mykhailo Ruban, call sign Hrek`: another name for a named person."""
        for match in _CALL_SIGN.finditer(self.text, unit.start, unit.end):
            start, end = match.span("sign")
            if self.in_quote(start):
                continue
            sign = match.group("sign")
            named = next(
                (ref for ref in reversed(self.refs) if ref.kind == PERSON and 0 <= match.start() - ref.end <= 2),
                None,
            )
            entity = named.entity if named else next((p for p in self.persons if p.name == sign), None)
            if entity is None:
                entity = Entity(PERSON, sign, (sign,))
                entity.add_form(sign)
                self.persons.append(entity)
            entity.add_form(sign)
            self.name_index.surname.setdefault(sign.casefold(), []).append(entity)
            entity.mentions.append(Span(start, end))
            self.refs.append(Ref(start, end, PERSON, sign, entity))

    def pronouns_and_roles(self, tokens: list[Token], pointers: list[int]) -> None:
        for i in pointers:
            token = tokens[i]
            lower = token.text.casefold()
            if self.in_quote(token.start) or i in self.claimed:
                continue
            if lower in self.lex.pronouns and token.text in (lower, lower.capitalize()):
                self.refs.append(Ref(token.start, token.end, PRONOUN, token.text, gender=self.lex.pronouns[lower]))
                continue
            if lower in _INDEFINITE and i + 1 < len(tokens):
                if i > 0 and (i - 1) in self.claimed and self.text[tokens[i - 1].end : token.start] == ", ":
                    continue  # "Robert T. Greaves, a senior official": describes a named person
                unnamed = self._unnamed_person_end(token.end)
                if unnamed:
                    end, gender = unnamed
                    start = token.start
                    self.refs.append(Ref(start, end, ANONYMOUS, self.text[start:end], gender=gender))
                continue
            if lower == "the" and i + 1 < len(tokens):
                gendered = _DEFINITE_PERSON.match(self.text, token.end)
                if gendered:  # "the man", "the old woman": a pronoun in other words
                    end = gendered.end()
                    noun = gendered.group("noun").casefold()
                    gender = self.lex.unnamed_people.get(noun)
                    self.refs.append(Ref(token.start, end, PRONOUN, self.text[token.start : end], gender=gender))
                    continue
                body = _ORGANISATION_NOUN.match(self.text, token.end)
                following = _NEXT_WORD.match(self.text, body.end()) if body else None
                if (
                    body
                    and not (following and is_role_token(following.group(1)))
                    and not any(is_role_token(word) for word in body.group("before").split())
                ):
                    end = body.end()  # "the company stated", "the national grid operator said"
                    self.refs.append(Ref(token.start, end, BODY, body.group("noun")))
                    continue
                end = self._role_noun_end(tokens, i + 1)
                if end:
                    start = token.start
                    self.refs.append(Ref(start, end, ROLE, self.text[start:end]))

    def _unnamed_person_end(self, offset: int) -> tuple[int, str | None] | None:
        """`a resident`, `another elderly woman`, `one soldier` after the article ending at
        `offset`: (end offset, gender) or None."""
        match = _unnamed_pattern().match(self.text, offset)
        if match is None:
            return None
        if _NAMED_AFTER.match(self.text, match.end()) and match.end() + 2 in self._person_starts:
            return None  # "a resident, Ivan Petrenko": named after all
        gender = self.lex.unnamed_people[match.group("noun").casefold()]
        return match.end(), None if gender == "u" else gender

    def _role_noun_end(self, tokens: list[Token], i: int) -> int | None:
        """`the minister`, `the Air Force spokesperson`, `the head of the administration`:
        the offset where the role phrase ends, or None."""
        end = None
        j = i
        while j < len(tokens) and j - i < 5:
            if self.text[tokens[j - 1].end : tokens[j].start] not in (" ", "\u00a0"):
                return None  # another word in between: not a role noun right after `the`
            word = tokens[j]
            if j in self.claimed or word.given:
                return None  # "the minister Rustem Umierov": a role before a name
            if is_role_token(word.base):
                end = j + 1
                break
            if not (word.capitalised or word.text.casefold() in _ROLE_MODIFIERS):
                return None
            j += 1
        if end is None:
            return None
        while end < len(tokens) and is_role_token(tokens[end].base) and self.text[tokens[end - 1].end : tokens[end].start] == " ":
            end += 1  # "the deputy head", "the commander-in-chief"
        if end < len(tokens) and self.text[tokens[end - 1].end : tokens[end].start] == " ":
            following = tokens[end]
            if end in self.claimed or following.capitalised and following.base in self.lex.organisation_words:
                return None  # "the minister Jane Doe", "the General Staff"
        offset = tokens[end - 1].end
        # the office: "of the administration", "of the Oblast Military Administration"
        office = _OFFICE.match(self.text, offset)
        if office:
            last = None
            for count, word in enumerate(_OFFICE_WORD.finditer(self.text, office.end(), office.end() + 100)):
                lower = word.group(1).casefold()
                if count == 7 or lower in self.lex.speech_verbs or lower in _NOT_ROLE_START:
                    break
                if word.group(1)[0].isupper() and word.group(1) in self.lex.given_names:
                    break  # a name begins
                last = word.end(1)
                if word.group(2) != " ":
                    break  # punctuation ends the phrase
            if last is not None:
                offset = last
        return offset

def _outermost(refs: list[Ref]) -> list[Ref]:
    """Refs in text order, without those inside another one (`Air Force` in `the
    spokesperson for the Air Force`, an organisation in a person's role)."""
    ordered = sorted(refs, key=lambda ref: (ref.chunk_start, -ref.end))
    kept: list[Ref] = []
    reach = -1
    for ref in ordered:
        if ref.end <= reach and kept and ref.chunk_start >= kept[-1].chunk_start:
            continue
        kept.append(ref)
        reach = max(reach, ref.end)
    kept.sort(key=lambda ref: (ref.start, ref.end))
    return kept


def recognise(
    text: str, units: list[Span], masked: list[Span], near_quotes: set[Span] | None = None
) -> EntityIndex:
    """Find people, organisations and references in the given units of the text.

    People are found in every unit.  Organisations, pronouns and role nouns matter only for
    finding speakers: with `near_quotes`, they are read only in those units.
    """
    recogniser = _Recogniser(text, units, masked)
    recogniser.near_quotes = near_quotes
    return recogniser.run()
