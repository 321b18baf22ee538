"""Full names: a given name and a surname, a name after a title or a role, a name the context shows
(a speech verb, an age, a role), and the person each one names.
"""

from __future__ import annotations

import re

from ...folding import in_title_case
from ...model import Span
from ..lexicon import any_of
from .base import YOUNGER_OR_ELDER
from .records import PERSON, Entity, Ref
from .roles import RolePasses
from .tokens import NEVER_NAMES, Token, is_given_name
from .vocabulary import (
    APPOSED_PERSON_NOUN,
    CLAUSE_OPENERS,
    CLEAR_SPEECH,
    GOVERNED_PLACES,
    KIN_BEFORE,
    KIN_ROLE_BEFORE,
    PARTICLES,
    PARTY_MEMBERS,
    SENTENCE_OPENERS,
    SLAVIC_SURNAME,
    SPOKEN_TO,
    is_role_token,
)

# the words before a namesake: `a brigade named after`, `the ship`, `the dating series`
# or a verb that names something and an opening quotation mark: `an offering branded "`, `a
# report titled "`, `a plan dubbed "`
_NAMESAKE_HEAD = r"""\b(?:(?:named\s+after|in\s+honou?r\s+of|in\s+memory\s+of|dedicated\s+to|
           (?:ship|vessel|frigate|corvette|cruiser|submarine|boat|tanker|icebreaker|destroyer|
              tug|carrier|warship|aircraft|train|ferry|yacht|
              journal|newspaper|magazine|book|novel|film|movie|series|album|song|documentary|podcast)s?)
        \s+|(?:branded|dubbed|titled|called|named),?\s+["“])"""
# the text before a name ends with them, up to two capitalised words after (`the ship HMS `)
_NAMESAKE = re.compile(_NAMESAKE_HEAD + r"(?:[A-Z][\w'’-]*\s+){0,2}$", re.VERBOSE)


_INITIAL = re.compile(r"[A-Z]\.?")  # `J.` of `J. Stanton Whitley`
_COURTESY_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx"))
# `Mr. and Mrs. Khan`: a couple addressed together, the second title read right before the surname
_COUPLE_TITLES = re.compile(r"\b(?:and|&)\s+\S+\s*$")
_BEFORE_A_NUMBER = re.compile(r"\.?\s*\d")  # `No. 10482`, `Article 5`
# a capital inside a surname, after a lower-case letter that no surname's prefix ends with
# (`SeaPass`, `YouTube`; not `McCain`, `MacArthur`, `DeSantis`, `LaHood`, `DiCaprio`, `VanHollen`)
_INNER_CAPITAL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z])[A-Z][a-z]+[A-Z]")
# the Arabic article, which is also a given name (`Al Gore`), before a body's name (`Al Qaeda`)
_ARABIC_ARTICLES = frozenset(("Al", "El"))
# role words for ordinary people, never written as a title before a name (`Voter Vault`)
_NEVER_TITLES = frozenset(("supporter", "voter", "veteran", "retiree", "donor"))
# role words that are titles, never a surname after a given name or a courtesy title
# (`Mr. President`, `Madam Speaker`), unlike `King`, `Pope` or `Singer`
_TITLES_NOT_SURNAMES = frozenset(
    """president speaker chairman chairwoman chair secretary ambassador mayor minister justice
    chief vice prime premier governor senator commissioner director general admiral colonel
    captain lieutenant sergeant commander spokesman spokeswoman spokesperson leader head deputy
    representative congressman congresswoman chancellor prosecutor attorney right big clean""".split()
)
# `, Otieno Wafula, said`: a name set off by commas right before the verb it leads to
_COMMA_THEN_VERB = re.compile(r",\s+(?P<verb>[a-z]+)\b")
_ROLE_AND_COMMA = re.compile(r"\b([a-z][\w-]*),\s+$")  # the role word right before `, Name`
# `, a State Department adviser then, wrote`: an apposition, then the verb it leads to
_APPOSITION_THEN_VERB = re.compile(r",\s+(?:a|an|the)\s+[^,;:.\"“”«»]{1,120}?,\s+(?P<verb>[a-z]+)\b")
_AGE_AFTER = re.compile(r",\s+\d{1,3}(?:,|\s)")  # an age after a name: `Halyna Petrenko, 78,`
# one of _NAMESAKE's phrases and the capitalised words after it: `series Paradise Pact`
_NAMESAKE_LEAD = re.compile(_NAMESAKE_HEAD + r"(?P<names>(?:[A-Z][\w'’-]*[ \u00a0]){0,2}[A-Z][\w'’-]*)", re.VERBOSE)
# a word one of _NAMESAKE's phrases holds, looked for before the pattern, which seldom matches
_NAMESAKE_WORDS = (
    "named", "hono", "memory", "dedicated", "ship", "vessel", "frigate", "corvette", "cruiser",
    "submarine", "boat", "tanker", "icebreaker", "destroyer", "tug", "carrier", "warship", "aircraft",
    "train", "ferry", "yacht", "journal", "newspaper", "magazine", "book", "novel", "film", "movie",
    "series", "album", "song", "documentary", "podcast", "branded", "dubbed", "titled", "called",
)
_A_NAMESAKE_WORD = any_of(_NAMESAKE_WORDS)
# the words _NAMESAKE's phrases hold, as written: the phrase is tried only where one stands
_NAMESAKE_KEYS = tuple(
    dict.fromkeys(
        form
        for stem in _NAMESAKE_WORDS
        for form in (("honor", "honour") if stem == "hono" else (stem, stem + "s"))
    )
)


# what comes first after `Said Doe`: a quotation mark, or the end of the sentence
_QUOTE_OR_SENTENCE_END = re.compile(r"[\"“‘«.!?]")

# `the younger Mr. Halász`, `the elder Bush`: which of two relatives sharing a name

_LONGEST_HEADLINE = 140  # characters of a body line that may be another article's headline

# the suffixes written after a name: `Jr.`, `Sr.`, `III`
_SUFFIX = re.compile(r",?\s(?:Jr\.|Sr\.|II|III|IV)(?![\w'’])")


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is `short` a trailing run of `long` after its first word (a surname form)?"""
    return len(short) < len(long) and long[-len(short) :] == short


# words that end the names of places and institutions and are never surnames: `Emory University`,
# `Brown County`, `Long Island` (unlike `Israel` or `French`, which are)
_SURNAMES_THAT_ARE_PLACES = frozenset(("Park",))  # `Helen Park`, `Park Ji-won`; but `Lincoln Park`
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")  # `Ji-won`, `Hyun-woo`: two syllables joined
# a sentence that opens with where it is set: `In Amechi Awkunanaw, ...`, `Back in Ward 7, ...`
_OPENING_IN_A_PLACE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:Back|Here|Out|Over|Down|Up)\s+in|In)\s+$")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|near|of|into|through|around|across|the|The)\s+$")
# what is said of a person only: `- no relation -`, `(no relation)`, `, who chairs`
_PERSON_CLAUSE_AFTER = re.compile(r"\s*[-–—(,]\s*(?:no relation\b|who\s+(?!is\b|are\b|was\b|were\b)[a-z])")
_PEERAGES = frozenset(("Lord", "Baroness", "Baron", "Lady", "Viscount", "Viscountess", "Earl", "Countess"))
# honours that name a person by the given name: British `Sir Keir`, `Dame Ruth`; Malaysian `Datuk Seri Anwar`
_BEFORE_A_GIVEN_NAME = frozenset(("Sir", "Dame", "Datuk", "Dato", "Datin", "Seri"))
_NAMING_VERB_BEFORE = re.compile(r"\b(?:said|told|quoted|quoting|according to)\s+$")  # `quoted Pak Chol Jin`
_ONE_LETTER_SURNAME_PREFIXES = frozenset(("Ó",))  # the Irish `Ó` of `Cathal Ó Murchú`: no initial, a surname's start
_AT_A_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$")  # read right before a word that opens its sentence
# a nickname's marks between a given name and a surname: `Juan "Chico" Manriquez`
_NICKNAME_OPENS = re.compile(r"[ \u00a0]+([\"“'‘])")
_NICKNAME_CLOSES = re.compile(r"([\"”'’])[ \u00a0]+")
_CLOSING_MARKS = {'"': '"', "“": "”", "'": "'’", "‘": "’"}
_OPENING_MARKS = frozenset(_CLOSING_MARKS)
_PLACE_NOUNS = frozenset(
    "University College School Church Cathedral Chapel County Parish Borough City Town Township Island Islands State "
    "Street Avenue Road Square Park River Lake Bay Beach Harbor Harbour Rapids Falls Springs Heights "
    "Hills Valley Mountain Mountains Strip Bowl Project Research Club Hospital Airport Station".split()
)


# `," said Republican party boss ` before a name: an inverted speech verb and a short description
_DESCRIBED_AFTER_VERB = re.compile(
    r"""[,"”'’]\s*(?P<verb>[a-z]+)\s+(?:[\w'’-]+\s+){0,3}"""
    r"(?!(?:of|the|a|an|at|for|to|in|on|with|from|by|and|or)\s)[a-z][\w'’-]*\s+$"  # ends on a noun: `party boss `
)


# after a word, the verb it may be the subject of: `Kamau says`, `Kamau, 27, said`
_VERB_AFTER_A_WORD = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \u00a0]$")


class NamePasses(RolePasses):
    """Finding full names and the person each one names."""

    # -- names ---------------------------------------------------------------------------
    def find_names(self, tokens: list[Token], caps: list[int]) -> list[tuple[int, int]]:
        """Token ranges [i, j) of full person names in one unit."""
        names: list[tuple[int, int]] = []
        free_from = 0
        for i in caps:
            if i < free_from or i in self.claimed:
                continue
            token = tokens[i]
            if token.text == "Said" and self._said_opens_sentence(tokens, i):
                continue  # `Said Jane Doe, who grew up there, "..."`: the verb, inverted
            if token.given or len(token.text) == 1 and self.is_initial(tokens, i):
                if (
                    i > 1
                    and tokens[i - 1].text in ("of", "for")
                    and tokens[i - 2].base in self.lex.organisation_words
                    and self.joined(tokens[i - 2], tokens[i - 1])
                    and self.joined(tokens[i - 1], token)
                ):
                    continue  # `Ministry of Marine Affairs`: a given name's word in a body's name
                j = self.known_prefix(tokens, i, self._extend_name(tokens, i))
                if j - i >= 2 and tokens[j - 1].base in GOVERNED_PLACES:
                    continue  # `Cameron Parish`, `Marion County`: a county named after someone
                if j - i >= 2 and not self._part_of_place(tokens, j) and self._borne_out(tokens, i, j) and not self._a_country(tokens, i, j):
                    # `Judge Rozilah Mohd Salleh`: a given name no list holds between the title and
                    # a listed one (a father's name, as Malay names are written) begins the name
                    names.append((i - 1 if self._unlisted_name_after_a_title(tokens, i) else i, j))
                    free_from = j
        return names

    def _unlisted_name_after_a_title(self, tokens: list[Token], i: int) -> bool:
        """Is tokens[i - 1] a capitalised word no list holds, right after a title or a role
        (`Judge Rozilah` of `Judge Rozilah Mohd Salleh`), and so the name's first word?"""
        if i < 2 or i - 1 in self.claimed:
            return False
        word, title = tokens[i - 1], tokens[i - 2]
        return (
            word.capitalised
            and word.namelike
            and not word.given
            and word.base == word.text
            and word.text not in SENTENCE_OPENERS
            and not word.text.endswith("ist")  # `Chief Economist Jane Doe`: an occupation, no name
            and not is_role_token(word.base)
            and self.joined(word, tokens[i])
            and self.joined(title, word)
            and title.capitalised
            and (title.text.rstrip(".") in self.lex.honorifics or is_role_token(title.base))
        )

    def _a_namesake_elsewhere(self, written: str) -> bool:
        """Is this name written somewhere as a ship's, a series', a book's (`the dating series
        Paradise Pact`)?  The names written after such words are gathered once an article."""
        if self.namesakes is None:
            self.namesakes = set()
            text, written_words = self.text, self.unit_words
            for word in _NAMESAKE_KEYS:  # the pattern, tried only where one of its words stands
                if word not in written_words:
                    continue  # most articles: none of them, which the units' words tell at once
                at = text.find(word)
                while at >= 0:
                    # the phrase starts at the word, or at the `in` before it (`in memory of`)
                    lead = _NAMESAKE_LEAD.match(text, at) or (_NAMESAKE_LEAD.match(text, at - 3) if at >= 3 else None)
                    if lead is not None:
                        words = lead.group("names").split()
                        self.namesakes.update(" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1))
                    at = text.find(word, at + 1)
        return " ".join(written.split()) in self.namesakes

    def _only_a_headlines_capitals(self, tokens: list[Token], i: int, j: int, unit: Span) -> bool:
        """Is tokens[i:j], holding no given name, in a headline that capitalises every word, and
        a headline's words (`Pastor Responds`), not a name?  In the title, when no word of it is
        written anywhere else in the text; in a short line of the body (`Related: Border Chief
        Says Agents Stretched`), when the text writes the run nowhere else."""
        if any(token.given for token in tokens[i:j]):
            return False
        title = self.title
        if title is not None and title.start <= tokens[i].start < title.end:
            if not self.title_in_capitals():
                return False
            return not any(self._written_outside_title(token.base, title) for token in tokens[i:j])
        # a line of the body: the run as a whole is written nowhere else
        if unit.end - unit.start > _LONGEST_HEADLINE or not in_title_case(self.text[unit.start : unit.end]):
            return False
        return not self._written_outside_title(self.text[tokens[i].start : tokens[j - 1].start] + tokens[j - 1].base, unit)

    def _said_opens_sentence(self, tokens: list[Token], i: int) -> bool:
        """`Said Jane Doe, ...`, `Said Doe: "..."`: `Said` opening a sentence before a given name,
        or before a name the article writes without it, is the speech verb put first, not the
        given name `Said` (`Said Jalili`)."""
        if i + 1 >= len(tokens) or not tokens[i + 1].capitalised or not self.joined(tokens[i], tokens[i + 1]):
            return False
        start = tokens[i].start
        if self.text[max(0, start - 8) : start].rstrip(" \"“”'‘’")[-1:] not in ("", ".", "!", "?", "\n"):
            return False
        following = tokens[i + 1].base
        if not (tokens[i + 1].given or self.text.count(following) > self.text.count("Said " + following)):
            return False
        # the sentence it opens goes on to a quote (`Said Jalili, the negotiator, spoke` does not)
        next_mark = _QUOTE_OR_SENTENCE_END.search(self.text, tokens[i + 1].end, tokens[i + 1].end + 200)
        return next_mark is not None and next_mark.group() not in ".!?"

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
        if j < len(tokens):
            j = self._after_nickname(tokens, j)
        while j < len(tokens) and j - i < 5 and self.joined(tokens[j - 1], tokens[j]):
            word = tokens[j]
            if word.text in PARTICLES and self._particles_then_name(tokens, j):
                j += 1
                continue
            if not word.capitalised:
                break
            if not word.namelike:
                if self._surname_like_a_place(tokens, j) and (j == i + 1 or self.lex.is_role_word(word.base)):
                    j += 1  # `Steve Israel, a Democrat`, `David French of`, `Peter T. King said`
                break
            if len(word.text) == 1 and self.text[word.end : word.end + 1] != "." and word.text not in _ONE_LETTER_SURNAME_PREFIXES:
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

    def _after_nickname(self, tokens: list[Token], j: int) -> int:
        """`Juan "Chico" Manriquez`, `Dwayne “The Rock” Johnson`: after a given name, a nickname
        of one to three capitalised words in quotation marks, then a word that may be a surname.
        The index after that word (where the name may go on), or `j` when no nickname stands there."""
        text = self.text
        if text[tokens[j].start - 1] not in _OPENING_MARKS:
            return j  # most names: a space before the next word (a cheap look before the pattern)
        opening = _NICKNAME_OPENS.fullmatch(text, tokens[j - 1].end, tokens[j].start)
        if opening is None:
            return j
        k = j
        while k + 1 < len(tokens) and k - j < 3 and tokens[k].capitalised:
            gap = text[tokens[k].end : tokens[k + 1].start]
            if gap != " ":
                closing = _NICKNAME_CLOSES.fullmatch(gap)
                if closing is None or closing.group(1) not in _CLOSING_MARKS[opening.group(1)]:
                    return j
                surname = tokens[k + 1]
                return k + 2 if surname.capitalised and surname.namelike else j
            k += 1
        return j

    def _surname_like_a_place(self, tokens: list[Token], j: int) -> bool:
        """A surname that is also a place, a nationality, a role or a body (`Israel`, `French`, `Pope`, `Cross`),
        right after a given name and ending the phrase: a comma, a full stop, or a lower-case
        word follows, not another capitalised word."""
        word = tokens[j]
        possessive = word.base != word.text
        if possessive and not tokens[j - 1].given or word.base.isupper() or word.base.casefold() in _TITLES_NOT_SURNAMES:
            return False
        lex = self.lex
        if word.base in lex.organisation_words and word.base not in lex.organisation_surnames:
            return False  # `Grace Foundation`: a body named after someone, no person (but `Richard Cross`)
        if word.base in lex.honorifics or word.base in _PLACE_NOUNS and not self._surname_not_a_place(tokens, j):
            return False  # `Emory University`, `Brown County`: a place named after someone, no person
        if word.base in SENTENCE_OPENERS or word.base.casefold() in NEVER_NAMES:
            return False  # `Morning Joe Monday`: a day, a month or a function word is no surname
        if word.base in PARTY_MEMBERS or word.base.rstrip("s") in PARTY_MEMBERS:
            return False  # `a Gilbert Republican`: a place and a party describe someone
        if tokens[j - 1].base in _ARABIC_ARTICLES:
            return False  # `Al Qaeda`, `Al Jazeera`: the Arabic article and a body's name, not `Al Gore`
        if not (
            word.base in lex.place_words
            or word.base.casefold() in lex.countries
            or lex.is_role_word(word.base)
            or word.base in lex.not_names and not self._common_word(word.base)
            or word.base in lex.organisation_surnames
        ):
            # a place, a nationality, a role or a listed non-name that the article never writes
            # in lower case (`Don Guardian`, not `Bill No. 1234`): not a common word
            return False
        after = self.text[word.end : word.end + 2]
        if _BEFORE_A_NUMBER.match(self.text, word.end):
            return False  # `Bill No. 10482`: an abbreviation before a number
        if possessive or after[:1] in (",", ".", ";", ")") or after == "":
            return True  # `Howard Dean's plan`, `Steve Israel, a Democrat`
        return after[:1] == " " and (j + 1 >= len(tokens) or not self.joined(word, tokens[j + 1]) or not tokens[j + 1].capitalised)

    def _surname_not_a_place(self, tokens: list[Token], j: int) -> bool:
        """`Helen Park, who drafted the policy`, `Daniel Park said`: a common surname that is
        also a place noun, after a given name, names a person unless a place is meant: after a
        preposition or `the` (`in Lincoln Park`, `the Grace Church`)."""
        if tokens[j].base not in _SURNAMES_THAT_ARE_PLACES or not tokens[j - 1].given:
            return False
        if j >= 2 and tokens[j - 2].capitalised and self.joined(tokens[j - 2], tokens[j - 1]):
            return False  # `Franklin Delano Roosevelt Park`: a longer name, a place's
        return _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, tokens[j - 1].start - 8), tokens[j - 1].start) is None

    def _particles_then_name(self, tokens: list[Token], j: int) -> bool:
        """`von der Leyen`, `de la Fuente`: particles joined to a capitalised name word."""
        while j < len(tokens) and tokens[j].text in PARTICLES:
            if j + 1 >= len(tokens) or not self.joined(tokens[j], tokens[j + 1]):
                return False
            j += 1
        return j < len(tokens) and tokens[j].capitalised

    def _part_of_place(self, tokens: list[Token], j: int) -> bool:
        """`Taras Shevchenko National University`, `Shevchenko Street`: not a person.  A name
        in the possessive owns what follows it (`Barack Obama's plan`), which names no place."""
        if j > 0 and tokens[j - 1].base != tokens[j - 1].text:
            return False
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
            korean = not tokens[k].namelike and self._korean_name_at(tokens, k)  # `analyst Park Ji-woo`
            if gap == " " and (tokens[k].namelike or korean) and k not in self.claimed:
                j = k + 2 if korean else self._name_run(tokens, k)
                single_given = j - k == 1 and tokens[k].given
                # a capitalised title before one word (`President Macron`); an ordinary person's
                # noun is no title (`the Voter Vault database`, `A Donor To His PAC`)
                titled = token.capitalised and token.text.casefold() not in _NEVER_TITLES
                if self._title_goes_on(tokens, j):
                    continue  # `Deputy Agriculture Minister Tomasz Wierzbicki`: the office's field, then the name
                if (j - k >= 2 or titled or single_given) and not self._part_of_place(tokens, j):
                    names.append((k, j, None))
                continue
            # (not after `at`: `an analyst at Amstel Equity Research` names a workplace, no person)
            if gap == " " and tokens[k].text in ("of", "for", "to", "in"):
                found = self._name_after_office(tokens, i, k + 1)
                if found:
                    names.append(found)
        return names

    def _korean_name_at(self, tokens: list[Token], k: int) -> bool:
        """Do tokens[k:k + 2] spell a Korean name whose surname is also a place noun (`Park
        Ji-woo`)?"""
        return (
            k + 1 < len(tokens)
            and tokens[k].base in _SURNAMES_THAT_ARE_PLACES
            and _KOREAN_GIVEN_NAME.fullmatch(tokens[k + 1].base) is not None
            and self.joined(tokens[k], tokens[k + 1])
        )

    def _a_country(self, tokens: list[Token], i: int, j: int) -> bool:
        """Do tokens[i:j] spell a country's name (`Ivory Coast`, `Costa Rica`)?"""
        return self.text[tokens[i].start : tokens[j - 1].start + len(tokens[j - 1].base)].casefold() in self.lex.countries

    def _title_goes_on(self, tokens: list[Token], j: int) -> bool:
        """Does a capitalised role word follow tokens[:j], joined to it and to a capitalised word
        after it (`Agriculture Minister Tomasz`)?  Then the words before were part of the title."""
        return (
            j + 1 < len(tokens)
            and tokens[j].capitalised
            and is_role_token(tokens[j].text)
            and self.joined(tokens[j - 1], tokens[j])
            and tokens[j + 1].capitalised
            and self.joined(tokens[j], tokens[j + 1])
        )

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
            if j in self.claimed:
                break
            if not word.namelike:
                if j == k + 1 and tokens[k].given and word.capitalised and self._surname_like_a_place(tokens, j):
                    j += 1  # `Rep. Steve Israel (D-N.Y.)`: a surname that is also a place
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
            if not second.namelike or first.base != first.text or first.text in CLAUSE_OPENERS:
                continue
            if not first.namelike and not self._korean_name_at(tokens, i):
                continue  # (`Park Hyun-woo`: a surname that is also a place noun, then a Korean given name)
            if len(first.text) < 2 or len(second.base) < 2 or not self.joined(first, second):
                continue
            if self._common_word(first.text) or self._common_word(second.base):
                continue
            if _INNER_CAPITAL.search(second.base):
                continue  # `Competitor SeaPass said`: a brand's capital inside a word (not `McCain`; a given name may: `RoseAnn`)
            if i > 0 and self.joined(tokens[i - 1], first) and tokens[i - 1].capitalised:
                previous = tokens[i - 1].base
                if previous not in self.lex.not_names and not is_role_token(previous) and not self._described_opening(tokens, i):
                    continue  # part of a longer capitalised phrase
            if (
                i > 1
                and tokens[i - 1].text in ("of", "for", "the")
                and self.text[tokens[i - 1].end : first.start] == " "
                and (tokens[i - 2].capitalised or tokens[i - 2].text in ("of", "for"))
            ):
                continue  # inside an office's or body's name: "Commissioner for Human Rights"
            if self.continues_a_body(tokens, i):
                continue  # `Ministry of Humanitarian Affairs and Poverty Alleviation said`
            if self._part_of_place(tokens, i + 2):
                continue
            if (
                self.text.startswith(",", second.end)
                and _OPENING_IN_A_PLACE.search(self.text, max(0, first.start - 12), first.start) is not None
            ):
                continue  # `Back in Amechi Awkunanaw, the chairman said`: where the sentence is set
            slavic = bool(SLAVIC_SURNAME.search(second.base)) and len(second.base) >= 4 and not (
                SLAVIC_SURNAME.search(first.base) and not first.given
            )
            kin = KIN_BEFORE.search(self.text, max(0, first.start - 30), first.start) is not None
            if (
                self._third_name_word(tokens, i + 2, last=False)
                and self._third_name_word(tokens, i + 3)
                and self._named_by_context(tokens, i + 4)
            ):
                names.append((i, i + 4))  # `Matiu Te Whare Poutama, the kapa haka tutor,`: a name of four words
                continue
            if self._third_name_word(tokens, i + 2) and (
                self.role_after(tokens[i + 2].end, self.unit_end) is not None
                or _NAMING_VERB_BEFORE.search(self.text, max(0, first.start - 12), first.start) is not None
            ):
                names.append((i, i + 3))  # `Pak Chol Jin, a vice-director of ...`: a name of three words
                continue
            if (
                slavic
                or kin
                or self._named_by_context(tokens, i + 2)
                or self._speaks_alone(first, second)
                or self._relative_of_someone_named(first, second)
            ):
                names.append((i, i + 2))  # `his wife, Tashfeen Malik,`: a relative in apposition
        return names

    def _described_opening(self, tokens: list[Token], i: int) -> bool:
        """`Debutant Tui Rangiwai took 5-31`, `Seamer Jane Doe said`: a word that describes the
        person opens the sentence before two capitalised words, the second of which the text
        writes alone before a speech verb, as a surname is; not a given name (`Mary Jane Doe`)."""
        describing = tokens[i - 1]
        if describing.given or not _AT_A_SENTENCE_START.search(self.text, max(0, describing.start - 4), describing.start):
            return False
        return self._speaks_alone(tokens[i], tokens[i + 1])

    def _speaks_alone(self, first: Token, second: Token) -> bool:
        """Is `second` written elsewhere on its own with a speech verb after it (`Wanjiru
        Kamau sat ...`, then `Kamau says`), as a surname is, `first` being no word that is
        never a name?  Not a body's word (`Halvard Systems` ... `Systems said`)."""
        return (
            second.base not in self.lex.organisation_words
            and first.base not in self.lex.not_names
            and first.base not in SENTENCE_OPENERS
            and first.base.casefold() not in self.lex.countries
            and not is_role_token(first.base)
            and self._written_alone_before_a_speech_verb(second.base)
            and not self._someone_elses_surname(first.base, second.base)
        )

    def _relative_of_someone_named(self, first: Token, second: Token) -> bool:
        """Is `second` the surname of a relative the text names with a given name from the
        list, right after what they are to someone (`Her husband, Wilmer Colmenares,`), so that
        `first` is another of the family, by a given name no list holds (`Yusmary
        Colmenares`)?  Not a word that opens a sentence as an adverb or a verb does, nor a
        title, a body's or a place's word."""
        if first.given or "-" in first.text or second.base in self.lex.organisation_words:
            return False
        if (
            first.base in self.lex.not_names
            or first.base in SENTENCE_OPENERS
            or first.base in self.lex.honorifics
            or first.base.casefold() in self.lex.countries
            or second.base in self.lex.place_words
            or is_role_token(first.base)
        ):
            return False
        if first.text.endswith(("ly", "ed", "ing")) and _AT_A_SENTENCE_START.search(
            self.text, max(0, first.start - 4), first.start
        ):
            return False  # `Interestingly Colmenares`
        return bool(self._given_names_of_named_kin(second.base) - {first.text})

    def _given_names_of_named_kin(self, surname: str) -> frozenset[str]:
        """The listed given names the text writes before `surname` right after what that person
        is to someone (`Her husband, Wilmer Colmenares`); found once an article per surname."""
        known = self.kin_named.get(surname)
        if known is not None:
            return known
        text, names = self.text, set()
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            if at >= 2 and text[at - 1] in " \u00a0" and (end == len(text) or not text[end].isalnum()):
                given_start = at - 1
                while given_start > 0 and (text[given_start - 1].isalnum() or text[given_start - 1] in "'’-"):
                    given_start -= 1
                given = text[given_start : at - 1]
                if given[:1].isupper() and is_given_name(given) and KIN_BEFORE.search(text, max(0, given_start - 40), given_start):
                    names.add(given)
            at = text.find(surname, end)
        known = self.kin_named[surname] = frozenset(names)
        return known

    def _written_alone_before_a_speech_verb(self, word: str) -> bool:
        """Does the text write the word with no capitalised word before it and a speech verb
        after it (`Kamau says`)?  Asked once per word."""
        known = self.speaking_alone.get(word)
        if known is None:
            text, known, at = self.text, False, self.text.find(word)
            while at >= 0 and not known:
                end = at + len(word)
                if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    verb = _VERB_AFTER_A_WORD.match(text, end)
                    known = (
                        verb is not None
                        and verb.group(1) in CLEAR_SPEECH
                        and not _CAPITALISED_WORD_BEFORE.search(text, max(0, at - 30), at)
                    )
                at = text.find(word, end)
            self.speaking_alone[word] = known
        return known

    def _someone_elses_surname(self, first: str, surname: str) -> bool:
        """Does the text write the surname after another word that may be a given name (`Tim
        Kaine`: `Though Kaine` opens a sentence, naming no new person; `Humayun Khan`: `Ghazala
        Khan` is not the one `Khan says` means)?  Titles and roles before it do not count."""
        for found in re.finditer(rf"([A-Z][\w'’-]*)[ \u00a0]{re.escape(surname)}\b", self.text):
            other = found.group(1)
            if other == first or other in SENTENCE_OPENERS or other in self.lex.honorifics or is_role_token(other):
                continue
            if is_given_name(other) or other not in self.lex.not_names:
                return True
        return False

    def _third_name_word(self, tokens: list[Token], k: int, last: bool = True) -> bool:
        """Could tokens[k] be the third word of a name begun by the two before it (`Pak Chol
        Jin`, `Kim Jong Un`), and its `last` (no capitalised word joined after it)?"""
        if k >= len(tokens) or k in self.claimed:
            return False
        word = tokens[k]
        return (
            word.capitalised
            and word.namelike
            and word.base == word.text
            and len(word.text) >= 2
            and self.joined(tokens[k - 1], word)
            and not self._common_word(word.text)
            and not (last and k + 1 < len(tokens) and tokens[k + 1].capitalised and self.joined(word, tokens[k + 1]))
        )

    def _named_by_context(self, tokens: list[Token], j: int) -> bool:
        """Do the words after tokens[j - 1] show it ends a person's name?"""
        last = tokens[j - 1]
        if j < len(tokens) and self.text[last.end : tokens[j].start] == " ":
            following = tokens[j : j + 2]
            if following[0].text in ("has", "had", "also", "later", "then") and len(following) > 1:
                following = following[1:]
            if following[0].text in CLEAR_SPEECH:
                return True
        first = tokens[j - 2] if j >= 2 else None
        if (
            first is not None
            and j >= 3
            and tokens[j - 3].text in CLEAR_SPEECH
            and tokens[j - 3].text not in SPOKEN_TO
            and self.text[tokens[j - 3].end : first.start] == " "
        ):
            return True  # `," said Menaka Guruswamy`: the speaker of a quote, named after its verb; not `told Sky Sports`
        if first is not None and self.text[last.end : last.end + 1] in (",", ".", ";") and last.base not in _PLACE_NOUNS:
            described = _DESCRIBED_AFTER_VERB.search(self.text, max(0, first.start - 60), first.start)
            if described and described["verb"] in CLEAR_SPEECH:
                return True  # `," said Republican party boss Reince Priebus, though ...`
        if _AGE_AFTER.match(self.text[last.end : last.end + 8]):
            return True  # an age: "Halyna Petrenko, 78,"
        if _PERSON_CLAUSE_AFTER.match(self.text, last.end) or APPOSED_PERSON_NOUN.match(self.text, last.end):
            return True  # `Akinyi Odhiambo - no relation to the senator -`, `Gráinne Walsh, who chairs`
        comma_verb = _COMMA_THEN_VERB.match(self.text, last.end)
        if first is not None and comma_verb and comma_verb["verb"] in CLEAR_SPEECH:
            role = _ROLE_AND_COMMA.search(self.text, max(0, first.start - 40), first.start)
            if role is not None and self.lex.is_role_word(role.group(1)):
                return True  # `the union's secretary general, Otieno Wafula, said`: a role, then the name set off by commas
        apposition = _APPOSITION_THEN_VERB.match(self.text, last.end, min(self.unit_end, last.end + 160))
        if apposition and apposition["verb"] in CLEAR_SPEECH:
            return True  # `," Melanne Verveer, a State Department adviser then, wrote`
        end = self.unit_end
        return self.role_after(last.end, end) is not None

    # -- entities ------------------------------------------------------------------------
    def person(self, tokens: list[Token], i: int, j: int, gender: str | None = None, besides: frozenset[int] = frozenset()) -> Entity:
        """The person these name tokens name; a known person when the name is a form of theirs.

        A gender the text shows (`Mrs. Doe`) keeps apart relatives who share a surname; a title
        and a surname are not one of `besides` (ids of people known by another title), when
        another namesake of that gender is known."""
        words = [token.text for token in tokens[i:j]]
        words[-1] = tokens[j - 1].base
        name = self.text[tokens[i].start : tokens[j - 1].start] + words[-1]
        key = tuple(map(str.casefold, words))
        # every way this name can be a known person's needs their last words to agree, or (one
        # word) its only word to be one of theirs: the people known by that word are enough
        candidates = list(self._persons_by_word.get(key[-1], {}).values())
        if gender is None:
            gender = self._gender(words)
        if gender is not None:
            candidates = [entity for entity in candidates if entity.gender in (None, gender)]
            if len(key) == 1:  # a title and a surname: the namesake of that gender named most so far
                same = [entity for entity in candidates if entity.gender == gender]
                same = [entity for entity in same if id(entity) not in besides] or same
                # (`Ms. Marchetti` in an obituary after `Her daughter, Claire Marchetti, said`: the
                # woman the article is about, named first and as often; a tie goes to the first)
                most = max(same, key=lambda entity: len(entity.mentions), default=None)
                candidates = ([most] if most is not None else []) + [entity for entity in candidates if entity.gender is None]
        for entity in candidates:
            known = tuple(map(str.casefold, entity.tokens))
            if known == key or len(key) < len(known) and _is_part(key, known):
                if (
                    entity.gender is None
                    and len(key) == 1
                    and len(self._persons_by_word[key[-1]]) == 1
                    and not _COUPLE_TITLES.search(self.text, max(0, tokens[i].start - 16), tokens[i].start)
                ):
                    entity.gender = gender  # `Ms O'Sullivan` tells that Kerry-Anne O'Sullivan, the only one, is a woman
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
            if len(key) == 1 and len(known) > 1 and key[0] == known[0] and not is_given_name(words[0]):
                return entity  # "Minister Takeda" after "Takeda Haruko"
            if len(key) == 1 and key[0] in known[1:-1] and not is_given_name(words[0]):
                return entity  # "DPP Ong" after "Charlene Ong Hui Min", as a surname's mention finds her
        entity = Entity(PERSON, name, tuple(words), gender=gender)
        entity.add_form(name)
        self.persons.append(entity)
        self._index_person(entity)
        return entity

    def couples(self, tokens: list[Token], caps: list[int]) -> None:
        """`Tom and Margaret Brennan`: a given name joined by `and` to another person's full
        name is a second person of that surname (`Tom Brennan`)."""
        for i in caps:
            if i + 3 >= len(tokens) or i in self.claimed or i + 2 not in self.claimed:
                continue
            first, conjunction, second = tokens[i], tokens[i + 1], tokens[i + 2]
            if conjunction.text != "and" or not (first.given and second.given) or first.base != first.text:
                continue
            if first.text.casefold() in self._persons_by_word or first.text in self.lex.world_only_names:
                continue  # `Hillary and Huma Abedin`, `Reagan and Jane Doe`: someone else's name, or a surname too
            if self.title is not None and first.start < self.title.end:
                continue  # a title's capitals
            if (
                self.text[max(0, first.start - 2) : first.start] == ", "
                and i > 0
                and tokens[i - 1].capitalised
                and tokens[i - 1].end == first.start - 2
            ):
                continue  # `Brandy, Monica and Lauryn Hill`: a list (not `Two doors down, Tom and Margaret Brennan`)
            if self.text[first.end : second.start] != " and ":
                continue
            j = i + 3
            while j < len(tokens) and j in self.claimed and self.joined(tokens[j - 1], tokens[j]):
                j += 1
            if j - (i + 2) < 2:
                continue  # the second name is not a full name
            surname = tokens[j - 1].base
            words = (first.text, surname)
            key = tuple(map(str.casefold, words))
            entity = next(
                (known for known in self._persons_by_word.get(key[-1], {}).values() if tuple(map(str.casefold, known.tokens)) == key),
                None,
            )
            if entity is None:
                entity = Entity(PERSON, " ".join(words), words, gender=self.lex.gender_of(first.text))
                entity.add_form(entity.name)
                self.persons.append(entity)
                self._index_person(entity)
            entity.mentions.append(Span(first.start, first.end))
            self.refs.append(Ref(first.start, first.end, PERSON, first.text, entity))
            self.claimed.add(i)

    def _known_by_given_name(self, given: str) -> Entity | None:
        """The latest person named in full whose first name this is."""
        people = [
            entity
            for entity in self._persons_by_word.get(given.casefold(), {}).values()
            if len(entity.tokens) > 1 and entity.tokens[0] == given
        ]
        return people[-1] if people else None

    def _index_person(self, entity: Entity) -> None:
        for word in entity.tokens:
            self._persons_by_word.setdefault(word.casefold(), {}).setdefault(id(entity), entity)

    def _gender(self, words: list[str]) -> str | None:
        """The gender the given name tells; after an initial, the name that follows it (`J.
        Stanton Whitley`, `F. Scott Fitzgerald`)."""
        if len(words) > 2 and _INITIAL.fullmatch(words[0]):
            return self.lex.gender_of(words[1])
        if words[0].casefold() in PARTICLES:
            return None  # `Van Buskirk`: a surname's particle, though `Van` is a given name too
        return self.lex.gender_of(words[0]) if len(words) > 1 else None

    def add_person_ref(
        self, tokens: list[Token], i: int, j: int, unit: Span, role: str | None = None, title_at: int | None = None
    ) -> None:
        """A person named by tokens[i:j]; `title_at` is where titles before the name begin
        (`Mr.`, `Sen.`, `Lt. Gen.`), which tell a gender or a role."""
        before = self.text[max(0, tokens[i].start - 40) : tokens[i].start]
        gender = None
        written = self.text[tokens[i].start : tokens[j - 1].end]
        if title_at is not None:
            gender, role = self._titles(tokens[title_at:i])
        elif (
            _A_NAMESAKE_WORD.search(before) and _NAMESAKE.search(before)
            or before.endswith(" the ") and j - i >= 2
        ):
            self.claimed.update(range(i, j))
            return  # "a brigade named after King Danylo", "the Sergey Kotov": a namesake
        if j - i >= 2 and self._a_namesake_elsewhere(written):
            self.claimed.update(range(i, j))
            return  # `the dating series Paradise Pact`, then `Paradise Pact stars`: still the series
        if self._only_a_headlines_capitals(tokens, i, j, unit):
            self.claimed.update(range(i, j))
            return  # `Senator Rips Feds Over Beetle Rule`: a headline's verb and words, no name
        titled = (tokens[title_at].text.rstrip("."), tokens[i].base) if title_at is not None and j - i == 1 else None
        entity = self.titled_as.get(titled) if titled else None
        # `Mr. Ibarra` after `Dr. Miguel Ibarra`: the doctor goes by his own title, so a man of
        # that surname given none other is meant, if the article has one
        otherwise_titled = (
            frozenset(id(known) for (title, surname), known in self.titled_as.items() if surname == titled[1] and title != titled[0])
            if titled and entity is None and titled[0] in _COURTESY_TITLES
            else frozenset()
        )
        name_start = tokens[title_at if title_at is not None else i].start
        seniority = YOUNGER_OR_ELDER.search(self.text, max(0, name_start - 14), name_start) if j - i == 1 else None
        if seniority is not None:  # `the younger Mr. Halász`: the son, not the father
            entity = self.by_seniority(tokens[i].base, gender, seniority.group(1).casefold() == "younger", name_start)
            titled = None
        if entity is None and title_at is not None and j - i == 1 and tokens[i - 1].text in _BEFORE_A_GIVEN_NAME:
            entity = self._known_by_given_name(tokens[i].base)  # `Dame Ruth`, after `Dame Ruth Ferrier`
        if entity is None or gender is not None and entity.gender not in (None, gender):
            entity = self.person(tokens, i, j, gender, otherwise_titled)
        if titled:  # `Mrs Akhtar` names one woman throughout, not her daughter named since
            self.titled_as.setdefault(titled, entity)
        elif title_at is not None and tokens[title_at].text.rstrip(".") not in _COURTESY_TITLES:
            # `Dr. Miguel Ibarra`: a later `Dr. Ibarra` is him, not the latest Ibarra
            self.titled_as.setdefault((tokens[title_at].text.rstrip("."), tokens[j - 1].base), entity)
        if title_at is not None and tokens[title_at].text in _PEERAGES and j + 1 < len(tokens) and tokens[j].text == "of":
            # `Baroness Hale of Richmond`: the territorial designation is the title's, no person
            k = j + 1
            while k < len(tokens) and tokens[k].capitalised and self.joined(tokens[k - 1], tokens[k]):
                self.claimed.add(k)
                k += 1
        start, end = tokens[i].start, tokens[j - 1].start + len(tokens[j - 1].base)
        # `Joseph F. Dunford Jr.`, `Brent Bozell III`: the suffix goes with the name that refers to
        # the person (so `Bozell III, founder of ..., said` reads as Bozell's), not with the name
        suffix = _SUFFIX.match(self.text, end) if tokens[j - 1].base == tokens[j - 1].text else None
        name_end = end
        if suffix:
            end = suffix.end()
            if j < len(tokens) and tokens[j].start < end:
                self.claimed.add(j)
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
        if apposed is None and role:
            # `Their father, former PBA guard Ramon Villafuerte`: a relative, then a role and the name
            kin_end = self.text.rfind(role, max(0, tokens[i].start - len(role) - 2), tokens[i].start)
            kin = KIN_ROLE_BEFORE.search(self.text, max(0, kin_end - 30), kin_end) if kin_end > 0 else None
            apposed = kin.group("role") if kin is not None else None
        for found in (apposed, role):
            if found:
                entity.add_role(found)
                self._gender_from_role(entity, found)
        after = self.role_after(end if suffix else tokens[j - 1].end, unit.end)
        if after:
            entity.add_role(after)
            self._gender_from_role(entity, after)
        entity.mentions.append(Span(start, name_end))
        entity.add_form(self.text[start:name_end])
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
            if k == h or k >= len(tokens) or k in self.claimed:
                continue
            if not tokens[k].namelike:
                if not self._surname_after_courtesy_title(tokens, h, k):
                    continue
                found.append((h, k, k + 1))  # `Mr. King`, `Mr. Singer`: a surname that is also a word
                free_from = k + 1
                continue
            j = self.known_prefix(tokens, k, self._name_run(tokens, k, limit=5))
            if j > k:
                found.append((h, k, j))
                free_from = j
        return found

    def _surname_after_courtesy_title(self, tokens: list[Token], h: int, k: int) -> bool:
        """`Mr. King said`, `Ms. Singer`: after a courtesy title (Mr., Mrs., Ms., Miss) a
        capitalised word is a surname even when it is also a word, unless it is a form of
        address (`Mr. President`, `Madam Speaker`) or a title."""
        word = tokens[k]
        return (
            k == h + 1
            and tokens[h].text in _COURTESY_TITLES
            and word.capitalised
            and word.base == word.text
            and len(word.text) > 1
            and not word.text.isupper()
            and word.text not in self.lex.honorifics
            and word.text.casefold() not in _TITLES_NOT_SURNAMES
            and word.text.casefold() not in NEVER_NAMES
        )

    def _title_before_word(self, tokens: list[Token], k: int) -> bool:
        """A title followed by a capitalised word: `Mr. Doe`, `Mr Doe`."""
        if k + 1 >= len(tokens) or not tokens[k + 1].capitalised:
            return False
        return self.text[tokens[k].end : tokens[k + 1].start] in (". ", " ", ".\u00a0", "\u00a0")


