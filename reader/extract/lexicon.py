"""The extractor's word knowledge, read once from the data files beside this module.

See ``data/README.md`` for what each list holds and where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..folding import strip_accents
from .world_names import world_given_names


def _entries(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def tagged_entries(name: str) -> list[tuple[str, frozenset[str]]]:
    """A data file's entries with the tags written after a tab: `said<TAB>clear organisation`."""
    tagged = []
    for line in _entries(name):
        entry, _, tags = line.partition("\t")
        tagged.append((entry.strip(), frozenset(tags.split())))
    return tagged


def words_tagged(name: str, tag: str) -> frozenset[str]:
    """The entries of a data file that carry a tag."""
    return frozenset(entry for entry, tags in tagged_entries(name) if tag in tags)


def alternation(entries: Iterable[str], *, longest_first: bool = False) -> str:
    """A regex group matching any of the entries, tried in their order (or the longest first):
    each escaped, its words joined by any white space (`press release` across a line break too),
    a one-letter entry as a whole word only (`x`, not the first letter of `xinhua`)."""
    ordered = sorted(set(entries), key=lambda entry: (-len(entry), entry)) if longest_first else list(entries)
    patterns = (r"\s+".join(re.escape(word) for word in entry.split()) for entry in ordered)
    return "(?:" + "|".join(rf"{pattern}\b" if len(pattern) == 1 else pattern for pattern in patterns) + ")"


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found wherever one of the words stands in a text, inside a longer word too
    (`pattern.search(text)` is `any(word in text for word in words)`).

    The words are written as a tree of their letters (`letter_tree`), so the engine reads each
    character of the text about once, where a substring search for each word reads the whole
    text once a word: the quick check before a costly pattern, with dozens of words."""
    return re.compile(letter_tree(words))


def letter_tree(words: Iterable[str]) -> str:
    """A regular expression for any of the words, the longest first where one begins another.

    Written as a trie (`man(?:ager)?|woman`): the regex engine would otherwise try every word in
    turn at each place (in a pattern that ignores case, the more so).
    """
    branches: dict[str, list[str]] = {}
    for word in set(words):
        branches.setdefault(word[:1], []).append(word[1:])
    ends_here = "" in branches
    branches.pop("", None)
    parts = [re.escape(first) + (letter_tree(rests) if rests != [""] else "") for first, rests in sorted(branches.items())]
    if not parts:
        return ""
    group = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends_here:
        return f"(?:{group})?"
    return group


@dataclass(frozen=True)
class Lexicon:
    given_names: dict[str, str]  # name -> "m" / "f" / "u"
    world_only_names: frozenset[str]  # given names from the world list that ours lacks
    speech_verbs: frozenset[str]  # single-word forms
    speech_phrases: tuple[tuple[str, ...], ...]  # multi-word forms, as word tuples
    role_words: frozenset[str]  # lower case, single words
    role_phrases: tuple[tuple[str, ...], ...]  # lower case, multi-word
    organisation_words: frozenset[str]
    organisation_surnames: frozenset[str]  # organisation words that are also surnames: `Richard Cross`
    place_words: frozenset[str]
    not_names: frozenset[str]
    pronouns: dict[str, str]  # "he" -> "m"
    role_groups: dict[str, str]  # phrase -> the group's first phrase
    unnamed_people: dict[str, str]  # "resident" -> "u", "woman" -> "f"
    countries: dict[str, str]  # "danish" -> "denmark", "denmark" -> "denmark"
    honorifics: dict[str, tuple[str | None, str | None]]  # "Mrs" -> ("f", None), "Sen" -> (None, "Senator")

    def is_role_word(self, word: str) -> bool:
        return word.casefold() in self.role_words

    def is_country(self, word: str) -> bool:
        """`China`, `South Korea`: a country's own name (not its nationality)."""
        return self.countries.get(word.casefold()) == word.casefold()

    def is_nationality(self, word: str) -> bool:
        """`Norwegian`, `Spaniard`: a nationality (not the country's own name)."""
        country = self.countries.get(word.casefold())
        return country is not None and country != word.casefold()

    def listed_given_name(self, given: str) -> str | None:
        """The form under which a given name is listed, if it is: as written, without its
        accents (`María` as `Maria`), or with a capital after a short prefix lowered
        (`DeShawn` as `Deshawn`, `LaToya` as `Latoya`)."""
        if given in self.given_names:
            return given
        if not given.isascii():
            plain = strip_accents(given)
            return plain if plain in self.given_names else None
        if not given[1:].islower() and _CAPITAL_AFTER_A_PREFIX.fullmatch(given):
            lowered = given[0] + given[1:].lower()
            return lowered if lowered in self.given_names else None
        return None

    def gender_of(self, given: str) -> str | None:
        listed = self.listed_given_name(given)
        gender = self.given_names.get(listed) if listed is not None else None
        return gender if gender in ("m", "f") else None


_CAPITAL_AFTER_A_PREFIX = re.compile(r"[A-Z][a-z]{1,2}[A-Z][a-z]+")  # `DeShawn`, `LaToya`, `KeShawn`


def _add_world_names(given: dict[str, str]) -> None:
    """The world's given names, less the words that English news writes as something else
    (places, parties, titles, common words: see not_names.txt and not_given_names.txt)."""
    world = world_given_names()
    if not world:
        return
    excluded = set(_entries("not_names.txt")) | set(_entries("not_given_names.txt"))
    excluded |= set(_entries("place_words.txt")) | {word for word, _ in tagged_entries("organisation_words.txt")}
    excluded |= {title for line in _entries("honorifics.txt") for title in line.split("\t")[:1]}
    excluded |= {name.strip().capitalize() for line in _entries("countries.txt") for name in line.split("|")}
    excluded |= {word.capitalize() for word in _entries("role_words.txt") if " " not in word}
    for name, gender in world.items():
        if name in given:
            if gender != given[name] and given[name] != "u":
                given[name] = "u"  # `Jan`: a man's name in one country, a woman's in another
        elif name not in excluded:
            given[name] = gender


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    given: dict[str, str] = {}
    for line in _entries("given_names.txt"):
        name, _, gender = line.partition("\t")
        given[name.strip()] = gender.strip() or "u"
    own = set(given)
    _add_world_names(given)
    verbs = [verb for verb, _ in tagged_entries("speech_verbs.txt")]
    roles = [role.casefold() for role in _entries("role_words.txt")]
    groups: dict[str, str] = {}
    for line in _entries("role_synonyms.txt"):
        phrases = [phrase.strip().casefold() for phrase in line.split("|")]
        for phrase in phrases:
            groups[phrase] = phrases[0]
    pronouns = {}
    for line in _entries("pronouns.txt"):
        word, _, points = line.partition("\t")
        pronouns[word.strip()] = points.strip()
    unnamed = {}
    for line in _entries("unnamed_people.txt"):
        noun, _, gender = line.partition("\t")
        unnamed[noun.strip()] = gender.strip() or "u"
    countries = {}
    for line in _entries("countries.txt"):
        names = [name.strip() for name in line.split("|")]
        for name in names:
            countries[name.casefold()] = names[0].casefold()
    honorifics: dict[str, tuple[str | None, str | None]] = {}
    for line in _entries("honorifics.txt"):
        title, _, rest = line.partition("\t")
        gender, _, role = rest.partition("\t")
        honorifics[title.strip()] = (gender.strip() if gender.strip() in ("m", "f") else None, role.strip() or None)
    return Lexicon(
        given_names=given,
        world_only_names=frozenset(given.keys() - own),
        speech_verbs=frozenset(verb for verb in verbs if " " not in verb),
        speech_phrases=tuple(tuple(verb.split()) for verb in verbs if " " in verb),
        role_words=frozenset(role for role in roles if " " not in role),
        role_phrases=tuple(tuple(role.split()) for role in roles if " " in role),
        organisation_words=frozenset(word for word, _ in tagged_entries("organisation_words.txt")),
        organisation_surnames=words_tagged("organisation_words.txt", "surname"),
        place_words=frozenset(_entries("place_words.txt")),
        not_names=frozenset(_entries("not_names.txt")),
        pronouns=pronouns,
        role_groups=groups,
        unnamed_people=unnamed,
        countries=countries,
        honorifics=honorifics,
    )


@dataclass(frozen=True)
class SpeakerWords:
    """The words the speaker rules read (`speakers/`); lists kept in file order where the
    rules build a regex alternation from them, since the first alternative that fits wins."""

    abbreviations: frozenset[str]  # `dr`, `u.s`: a full stop after them ends no sentence
    between_subject_and_verb: tuple[str, ...]  # `has`, `also`, `once again`, `last week`
    speech_days: tuple[str, ...]  # `monday`, `yesterday`: `Doe on Monday said`
    document_nouns: tuple[str, ...]  # `statement`, `notice of suspicion`, `notice`
    document_verbs: tuple[str, ...]  # `says`, `reads`
    document_issuing_verbs: tuple[str, ...]  # `issued` (by)
    court_documents: frozenset[str]  # `ruling`, `verdict`: the court's
    prosecution_documents: frozenset[str]  # `indictment`: the prosecutors'
    verbs_with_an_object: frozenset[str]  # `told`, `asked`
    source_channels: tuple[str, ...]  # `telegram`, `social media`
    citing_words: tuple[str, ...]  # `citing`, `with reference to`


@lru_cache(maxsize=1)
def speaker_words() -> SpeakerWords:
    return SpeakerWords(
        abbreviations=frozenset(_entries("abbreviations.txt")),
        between_subject_and_verb=tuple(_entries("between_subject_and_verb.txt")),
        speech_days=tuple(_entries("speech_days.txt")),
        document_nouns=tuple(_entries("document_nouns.txt")),
        document_verbs=tuple(_entries("document_verbs.txt")),
        document_issuing_verbs=tuple(_entries("document_issuing_verbs.txt")),
        court_documents=words_tagged("court_documents.txt", "court"),
        prosecution_documents=words_tagged("court_documents.txt", "prosecution"),
        verbs_with_an_object=frozenset(_entries("verbs_with_an_object.txt")),
        source_channels=tuple(_entries("source_channels.txt")),
        citing_words=tuple(_entries("citing_words.txt")),
    )

