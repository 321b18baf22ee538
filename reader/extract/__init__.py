"""People and quotes from a parsed Article: plain Python, no Textual, no network.

``extract(article)`` returns the article with ``people`` and ``quotes`` filled in:

- ``quotes`` pairs the quotation marks and finds the quoted passages;
- ``entities/`` finds people, organisations, roles and the words that point to them, one module
  a pass, and ``identity`` makes one person of the spellings of a name;
- ``speakers/`` decides who said each quote, or leaves it unknown: ``speakers/rules.py`` holds
  the attribution rules in the order they are tried;
- ``lexicon`` reads the word lists in ``data/`` (and the world's given names, ``world_names``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..gcpause import gc_paused
from ..model import TAGS, Article, Person, Quote, Span, SpeakerKind
from .entities import ORGANISATION, Entity, recognise
from .quotes import RawQuote, find_quotes, with_plain_marks
from .speakers import READ_BACK, Attribution, Resolver

MIN_WORDS = 4  # shorter quoted passages count only as whole, explicitly attributed utterances
_EXPLICIT = ("verb-after", "verb-before", "label", "source-line", "dash", "according-to")
# words right before a quotation mark that make what follows a name, not someone's words
_NAMING_WORDS = frozenset(
    """so-called dubbed titled entitled named renamed codenamed code-named hashtag marked labelled
    labeled branded nicknamed""".split()
)
_NAMING_PHRASES = frozenset(
    ("known as", "the term", "the word", "the words", "the phrase", "the slogan", "the motto", "the inscription")
)
_NAMED_THINGS = frozenset(
    """law bill operation programme program project initiative campaign channel newspaper magazine
    book film movie documentary song album show series festival exhibition party faction movement
    company brand app application platform plan resolution doctrine strategy concept portal
    website site page group unit brigade battalion regiment station mission fund award prize
    contest marathon telethon ship vessel cruiser system systems complex plant corridor formula
    hotline chatbot bot decree order regulation act treaty agreement declaration memorandum
    coalition bloc union club team exercise exercises drills codename callsign slogan motto
    hashtag category status mode regime format""".split()
)
_NAMED_THING_PHRASES = frozenset(("draft law", "code name", "call sign"))
_NUMBER_ABBREVIATION = re.compile(r"\bNos?\.")  # `No. 1234`: no sentence end
_CLAUSE_END = re.compile(r"[.!?:;\n]")
_WORDS_BEFORE = re.compile(r"[\w’'-]+")
_NUMBER = re.compile(r"^(?:no|№|[\d/-]+)$")
_SKIP_LABELS = ("read more", "read also", "also read", "subjects", "tags", "topics")
_SMALL_WORDS = frozenset("of the and for in on to a an at by with from or as vs".split())


def _looks_like_a_name(words: list[str]) -> bool:
    """`On Mobilisation Training and Mobilisation`: a title or a name, not someone's words."""
    content = [word for word in words if word.casefold() not in _SMALL_WORDS]
    if not content:
        return True
    capitalised = sum(1 for word in content if word[0].isupper() or word[0].isdigit())
    return capitalised / len(content) >= 0.75


def _is_quote(raw: RawQuote, text: str) -> bool:
    words = raw.words()
    if not words:
        return False
    window = text[max(0, raw.open_mark - 40) : raw.open_mark]
    if window.endswith("(") and raw.close_mark is not None and text[raw.after : raw.after + 1] == ")":
        return False  # a title in brackets: `Article 114-2 ("Unauthorised dissemination ...")`
    window = _CLAUSE_END.split(_NUMBER_ABBREVIATION.sub("No", window))[-1]
    before = [word.casefold() for word in _WORDS_BEFORE.findall(window)]
    while before and _NUMBER.match(before[-1]):  # `law No. 1234 "..."`
        before.pop()
    last, last_two = (before[-1] if before else ""), " ".join(before[-2:])
    if last in _NAMING_WORDS or last_two in _NAMING_PHRASES:
        return False
    ends_sentence = raw.text.rstrip()[-1:] in ".!?…,:;"
    if not ends_sentence and len(words) < 12 and _looks_like_a_name(words):
        return False
    named_thing = last in _NAMED_THINGS or last_two in _NAMED_THING_PHRASES
    if named_thing and words[0][:1].islower() and len(words) > 2:
        named_thing = False  # `the company "will not comment"`: a clause, what the company said
    return not (named_thing and (len(words) <= 8 or _looks_like_a_name(words)))


def _short_utterance(raw: RawQuote, found: Attribution) -> bool:
    """A quote under four words counts only as a whole utterance with an explicit speaker:
    `Quote: "Be careful."` yes; `described it as "lost in location"` no."""
    return (
        found.how in _EXPLICIT
        and found.speaker is not None
        and raw.text.rstrip()[-1:] in ".!?…"
    )


def _units(article: Article) -> list[Span]:
    units = []
    if article.title:
        units.append(article.title.span)
    if article.caption:
        units.append(article.caption.span)
    units.extend(block.span for block in article.blocks if block.kind != TAGS)
    return sorted(units)


def _near_quotes(article: Article, raw_quotes: list[RawQuote]) -> set[Span]:
    """The units where a speaker may be named: the title, the lead, `Source:` lines, and the
    paragraphs from a few before each quote to the one after it."""
    if not raw_quotes:
        return set()
    near = {block for raw in raw_quotes for block in raw.blocks}
    near = {i for block in near for i in range(block - READ_BACK, block + 2)}
    units = {article.title.span} if article.title else set()
    lead = next((i for i, block in enumerate(article.blocks) if block.label is None), None)
    for i, block in enumerate(article.blocks):
        if i in near or i == lead or block.label and block.label.casefold() in ("source", "sources"):
            units.add(block.span)
    return units


def _quotable(article: Article, raw: RawQuote) -> bool:
    block = article.blocks[raw.blocks[0]]
    return not (block.label and block.label.casefold() in _SKIP_LABELS)


def _person(entity: Entity, name: str) -> Person:
    aliases = tuple(form for form in entity.forms if form != name)
    return Person(
        name=name,
        aliases=aliases,
        roles=tuple(entity.roles),
        mentions=tuple(sorted(set(entity.mentions))),
    )


def _fullest_most_frequent(entity: Entity, text: str) -> str:
    """The name a person goes by: of the fullest forms the article uses, the most frequent
    (the first written, on a tie): `Zelensky` over `Zelenskyy` when the article writes it more.
    A form written in capitals (a transcript's `DOE:`) gives way to the same name in
    ordinary case."""
    words = len(entity.name.split())
    fullest = [form for form in entity.forms if len(form.split()) == words]
    if len(fullest) < 2:
        return entity.name
    used = Counter(" ".join(text[span.start : span.end].split()) for span in entity.mentions)
    return max(fullest, key=lambda form: (not form.isupper(), used[form], -fullest.index(form)))


def _quote(raw: RawQuote, found: Attribution, names: dict[int, str]) -> Quote:
    speaker = found.speaker
    # the role the article introduces the speaker with; the role noun that named them
    # (`the minister said`) only when the article gives no other
    role = speaker.roles[0] if speaker is not None and speaker.roles else found.role
    return Quote(
        text=raw.text,
        spans=tuple(raw.spans),
        speaker=names.get(id(speaker), speaker.name) if speaker else None,
        speaker_kind=SpeakerKind(speaker.kind) if speaker else None,
        speaker_role=role if speaker else found.role,
        attribution=found.how if speaker else None,
        truncated=raw.truncated,
        confidence=("high" if found.sure else "low") if speaker else None,
    )


def extract(article: Article) -> Article:
    """The article with its people and quotes."""
    with gc_paused():
        return _extract(article)


def _extract(article: Article) -> Article:
    raw_quotes = [
        raw for raw in find_quotes(article.text, article.blocks) if _quotable(article, raw)
    ]
    masked = [span for raw in raw_quotes for span in raw.spans]
    plain = with_plain_marks(article.text, raw_quotes)
    reading = article if plain is article.text else dataclasses.replace(article, text=plain)
    title = article.title.span if article.title else None
    index = recognise(plain, _units(article), masked, _near_quotes(article, raw_quotes), title)
    attributions = Resolver(reading, raw_quotes, index).attribute()
    names = {id(entity): _fullest_most_frequent(entity, article.text) for entity in index.persons}
    quotes = []
    for raw, found in zip(raw_quotes, attributions):
        if found.speaker is not None and found.role:
            found.speaker.add_role(found.role)
        if not _is_quote(raw, article.text):
            continue
        if len(raw.words()) < MIN_WORDS and not _short_utterance(raw, found):
            continue
        quotes.append(_quote(raw, found, names))
    people = tuple(
        _person(entity, names[id(entity)])
        for entity in sorted(index.persons, key=lambda e: min(e.mentions).start)  # the first mention's start
        if entity.mentions and entity.kind != ORGANISATION
    )
    return article.with_extraction(people, tuple(quotes))
