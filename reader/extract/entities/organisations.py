"""Organisations: capitalised phrases holding an organisation word (`General Staff of the Armed
Forces`), acronyms, names in capitals that speak.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Span
from ..lexicon import alternation, words_tagged
from .base import RecogniserBase
from .records import ORGANISATION, PERSON, Entity, Ref
from .tokens import Token
from .vocabulary import (
    ADVOCACY_NAME,
    ADVOCATES,
    BODY_NOUN,
    DAYS_AND_MONTHS,
    DESCRIBED_AS_BODY,
    GOVERNED_PLACES,
    PARTY_MEMBERS,
    SENTENCE_OPENERS,
    is_participle_adjective,
    is_role_token,
)

# `DTEK said`: the speech verbs that show a name in capitals acts (data file tag `organisation`)
_ACTS = re.compile(
    rf"\s+(?:has\s+|had\s+|also\s+)?{alternation(words_tagged('speech_verbs.txt', 'organisation'), longest_first=True)}\b"
)
# `the Vatican said`: one capitalised word after `the`, then a speech verb that shows it acts
# (written to start with the literal `he `, which the regex engine finds fast; `t`/`T` is checked after)
_THE_WORD_ACTING = re.compile(rf"he (?P<word>[A-Z][\w'’-]{{2,}})(?={_ACTS.pattern})")


_SUB_BODIES = frozenset(("Board", "Supervisory", "Management", "Presidium"))  # "Board of Ukrenergo"
# words that open a sentence before a body's name (`Former Veridane Therapeutics CEO ...`), no part of it
_BEFORE_A_BODY = SENTENCE_OPENERS | frozenset(("Former", "Acting", "Interim"))


# platforms as written in text (`on Telegram`): a platform ends an organisation's name
_GROUP_AFTER_NAME = re.compile(
    r"(?P<possessive>['’]s)?\s+(?:presidential\s+|re-?election\s+|transition\s+)?(?P<noun>campaign|camp|administration|team)\b(?!\s+(?:manager|chairman|chair|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|official|staffer|strategist|director|chief|lawyer|pollster)s?\b)"
)
_GROUP_NOUNS = ("camp", "administration", "team")  # what _GROUP_AFTER_NAME's nouns start with
_PLATFORMS = words_tagged("channels.txt", "platform")
# the last word of a noun that says what a body is, before its name: `group` in `rights group Open Harbour`
_NOUNS_BEFORE_A_NAME = frozenset(noun.split()[-1] for noun in words_tagged("organisation_nouns.txt", "apposed"))
# such a noun, one space, and a capital: `group Open`; or the noun after `the`, a comma and the
# name in apposition: `The publisher, Harbor Lane Books, said`
_NOUN_THEN_CAPITAL = re.compile(rf"\b({alternation(sorted(_NOUNS_BEFORE_A_NAME))}) (?=[A-Z])")
_THE_NOUN_COMMA_THEN_CAPITAL = re.compile(rf"\b[Tt]he ({alternation(sorted(_NOUNS_BEFORE_A_NAME))}), (?=[A-Z])")
# a body's noun before a body's name in apposition: `The local teachers union, the `
_KIND_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{BODY_NOUN}),\s+(?:the\s+)?$", re.IGNORECASE)
_NOUN_PHRASE_START = re.compile(
    r"(?:\b(?:the|a|an)\s+)?(?:(?!(?:the|a|an|from|of|at|in|to|for|with|by|on|and|or)\b)[\w’'-]+\s+){0,2}$"
)
# `China's foreign ministry`, `Russia’s defence ministry`: after a country's possessive, a body
# named by what it is (in lower case: `Russia's Defence Ministry` is found as a name)
_BODY_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"{BODY_NOUN}\b(?!['’])"
)


# `(SBU)`, or written as a word, as British papers do (`(Sepa)`, `(Nato)`)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7}|[A-Z][a-z]{2,7})\)")


# words that end a body's name and name none alone: `Grand Canyon Majority PAC`, `Harbor Lane LLC`
_ONLY_ENDS_A_NAME = words_tagged("organisation_words.txt", "ends")

# words that make the rest of an office's title a body (`Head of the Oblast Administration`, `President
# of the European Commission`), not the field the office holds (`Minister for Lands and Natural Resources`)
_INSTITUTION_WORDS = frozenset(
    """Ministry Department Commission Council Committee Administration Office Agency Bank Court Police
    Service Authority Board Assembly Parliament Senate Congress House Government Union Fund Institute
    University Corporation Company Group Party Army Forces Guard Bureau Directorate Inspectorate
    Tribunal Cabinet Secretariat Federation Association Organisation Organization""".split()
)

_RECENT_ORGANISATIONS = 64


_LONGEST_ORGANISATION = 12  # words from an organisation name's start to its organisation word
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_WORD_CHARACTERS = re.compile(r"\w+")


def acronym_of(short: str, long: str) -> bool:
    """`SBU` for `Security Service of Ukraine`, `HACC` for `High Anti-Corruption Court`; and,
    when it is long enough not to be chance, the start of each word (`LAMATA` for `Lagos
    Metropolitan Area Transport Authority`)."""
    if not (short.isupper() and 2 <= len(short) <= 8 and short.isalpha()):
        return False
    words = [w for w in _SPACES_OR_HYPHENS.split(long) if w and w[0].isupper() and w not in ("The",)]
    if len(words) < 2:
        return False
    if "".join(word[0] for word in words) == short:
        return True
    return len(short) >= 5 and _spelled_by_word_starts(short, tuple(word.upper() for word in words))


@lru_cache(maxsize=4096)
def _spelled_by_word_starts(short: str, words: tuple[str, ...]) -> bool:
    """Is `short` the first one to three letters of each word in turn, every word used?"""
    if not words:
        return not short
    return any(
        short.startswith(words[0][:n]) and _spelled_by_word_starts(short[n:], words[1:])
        for n in range(1, min(3, len(words[0])) + 1)
        if len(short) >= n
    )


def _clipped_form(short: str, long: str) -> bool:
    """Is `short` a clipped form of `long`, its words the starts of the long name's first words
    in turn, one at least cut short (`Met Service` of `Meteorological Service of Jamaica`, `Met
    Police` of `Metropolitan Police Service`)?"""
    short_words = short.split()
    long_words = [word for word in long.split() if word not in ("of", "the", "for", "and", "&")]
    if len(short_words) < 2 or len(short_words) > len(long_words):
        return False
    pairs = list(zip(short_words, long_words))
    return all(len(cut) >= 3 and whole.startswith(cut) for cut, whole in pairs) and any(cut != whole for cut, whole in pairs)


@lru_cache(maxsize=8192)
def _org_words(name: str) -> frozenset[str]:
    return frozenset(
        word.casefold() for word in _WORD_CHARACTERS.findall(name) if word.casefold() not in ("the", "of", "s")
    )


class OrganisationPasses(RecogniserBase):
    """Finding organisations and keeping one entity per organisation."""

    def organisation_runs(self, tokens: list[Token], caps: list[int]) -> None:
        organisation_words = self.lex.organisation_words
        acronyms = self._acronyms
        text, claimed = self.text, self.claimed
        # `Power & Light`: asked of a word only when the unit writes ` & ` at all (few do)
        ampersands = bool(caps) and text.find(" & ", tokens[caps[0]].start, tokens[-1].end) >= 0
        anchors = [
            k
            for k in caps
            if (base := tokens[k].base) in organisation_words
            or base in acronyms
            or base.isupper() and not is_role_token(base)  # `CEO`, `MP`: a person's title, no body's name
            or ampersands and self._after_ampersand(tokens, k)
            or base in GOVERNED_PLACES and k + 1 < len(tokens) and tokens[k + 1].text == "of"
            or (base in ADVOCATES or base.endswith("ans"))
            and (cause := ADVOCACY_NAME.match(text, tokens[k].start)) is not None
            and not self._for_a_client(cause.end() - 1)
        ]
        if not anchors:
            return
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
                if text[tokens[j - 1].end : word.start] not in (" ", "\u00a0") and not (ampersands and self._after_ampersand(tokens, j)):
                    break
                if word.capitalised:
                    if word.base in _PLATFORMS or word.base in self.lex.honorifics:
                        break  # "Sumy Oblast Military Administration on Telegram", "Army Lt. Gen."
                    if word.base in DAYS_AND_MONTHS:
                        break  # "University Hospital Limerick on Tuesday": a date after the name
                    if j + 1 in claimed and is_role_token(word.base):
                        break  # "Energoatom President Petro Kotin": the body, then a title and a name
                    last_cap = j
                    if word.base != word.text and not (
                        j + 1 < len(tokens) and tokens[j + 1].base in self.lex.organisation_words
                    ):
                        break  # "Ukrenergo's Head of Communications": the possessive ends it
                elif word.text == "and" and j + 1 < len(tokens) and (
                    tokens[j + 1].text == "the"
                    or tokens[j + 1].base.casefold() in self.lex.countries
                    or tokens[j + 1].base in self.lex.not_names and not self._name_goes_on(tokens, j + 1)
                    or j - 1 == i and self._one_word_name_after(tokens, j + 1)
                    or tokens[i].base in GOVERNED_PLACES and tokens[i + 1].text == "of"
                ):
                    break  # "Naftogaz of Ukraine and Moldova's Energocom", "Energoatom and Rosatom",
                    # "the City of Tshwane and Rand Water": two parties
                elif word.text not in ("of", "the", "for", "on", "and", "de", "du", "des"):
                    break
                j += 1
            if tokens[i].base != tokens[i].text:
                last_cap = i  # a possessive first word stands alone
            run = tokens[i : last_cap + 1]
            i = last_cap + 1
            bases = [token.base for token in run]
            # role words before "of" name a person's office: "Head of the Oblast Administration",
            # "Chair of the Board of Ukrenergo", "The President of the European Commission"
            k = 1 if run[0].text in ("The", "A", "An") else 0
            advocacy = len(run) > k + 2 and ADVOCACY_NAME.match(text, run[k].start) is not None
            office = False  # a person's office opens the run: `Minister for`, `Head of the`
            while not advocacy:  # `Doctors Without Borders` is no office
                m = k
                while m < len(run) and (is_role_token(bases[m]) or bases[m] in _SUB_BODIES):
                    m += 1
                if not (k < m < len(run) and bases[m] in ("of", "for")):
                    break
                office = office or is_role_token(bases[m - 1])
                k = m + 1
                while k < len(run) and bases[k] in ("the", "of", "for"):
                    k += 1
            while k < len(run) and (
                run[k].text in _BEFORE_A_BODY or bases[k] in ("of", "the", "for", "on", "and") or is_participle_adjective(run[k].text)
            ):  # `Former`, `Cambridge-based`: said of the body, no part of its name
                k += 1
            if (
                k + 2 < len(run)
                and bases[k + 1] == "of"
                and bases[k] not in organisation_words
                and bases[k] not in GOVERNED_PLACES
                and self._common_word(bases[k])
                and not advocacy
            ):  # `Shares of Halvard Systems`: a common noun the article writes in lower case too, before the body
                k += 2
                while k < len(run) and bases[k] in ("the", "of"):
                    k += 1
            run = run[k:]
            while len(run) > 1 and run[-1].base.isupper() and is_role_token(run[-1].base):
                run = run[:-1]  # `Brightwell Foods CEO says`: the body, then its officer's title in capitals
            if run and run[-1].text in PARTY_MEMBERS:
                continue  # `One House Democrat, who requested anonymity,`: a member, someone unnamed, no body
            if len(run) == 1 and run[0].base in _ONLY_ENDS_A_NAME:
                continue  # `a newly formed super PAC called Future 45`: the kind of body, no body's name
            if office and _INSTITUTION_WORDS.isdisjoint(token.base for token in run):
                continue  # `The Minister for Lands and Natural Resources`: the office's field, no body
            if len(run) == 1 and self._capitals_acting(run[0]):
                start, end = run[0].start, run[0].start + len(run[0].base)
                self._named_here(run[0].base, start, end)
                continue
            governed = len(bases) > k + 2 and bases[k] in GOVERNED_PLACES and bases[k + 1] == "of"  # `the City of Millbrook`
            if organisation_words.isdisjoint(bases[k:]) and not governed and not advocacy and not (run and " & " in self.text[run[0].start : run[-1].end]):
                if len(run) == 1 and run[0].base in self._acronyms:  # "NBU" after "National Bank of Ukraine (NBU)"
                    self._named_here(run[0].base, run[0].start, run[0].start + len(run[0].base))
                continue
            start, end = run[0].start, run[-1].start + len(run[-1].base)
            name = self.text[start:end]
            if self._only_in_a_title_in_capitals(name, start):
                continue  # `Mom Escorted Out of School Board Meeting`: a headline's capitals, no body
            acronym = _ACRONYM_AFTER.match(self.text, end)
            if acronym is not None and not acronym.group(1).isupper() and not acronym_of(acronym.group(1).upper(), name):
                acronym = None  # `(Sepa)` spells the name's initials; `(Reuters)` does not
            self._named_here(name, start, end, acronym=acronym.group(1) if acronym else None)

    def _for_a_client(self, at: int) -> bool:
        """Is the one word at text[at:] (`Lawyers for Buckeye have argued`) the first word of a
        longer name the text writes elsewhere (`Buckeye Senior Living Partners`)?  Then the
        people are someone's lawyers, doctors or workers, not a group of that name."""
        word = _WORD_CHARACTERS.match(self.text, at)
        if word is None or self.text.startswith((" ", "\u00a0"), word.end()) and self.text[word.end() + 1 : word.end() + 2].isupper():
            return False  # `Lawyers for Civil Rights`: the cause goes on
        return re.search(rf"\b{re.escape(word.group())}[ \u00a0][A-Z]", self.text) is not None

    def _name_goes_on(self, tokens: list[Token], k: int) -> bool:
        """`Department of Health and Social Care`: after `and`, a common word written with a
        capital that another capitalised word follows goes on with the body's name."""
        return (
            k + 1 < len(tokens)
            and tokens[k].base == tokens[k].text
            and tokens[k + 1].capitalised
            and tokens[k + 1].base not in self.lex.not_names
            and self.joined(tokens[k], tokens[k + 1])
        )

    def _one_word_name_after(self, tokens: list[Token], k: int) -> bool:
        """Is tokens[k] a capitalised word standing alone, no capitalised word after it?"""
        return tokens[k].capitalised and (k + 1 >= len(tokens) or not tokens[k + 1].capitalised or not self.joined(tokens[k], tokens[k + 1]))

    def _after_ampersand(self, tokens: list[Token], k: int) -> bool:
        """Is tokens[k] a capitalised word joined to the one before by ` & ` (`Power & Light`)?
        Such names are firms', not people's."""
        return k > 0 and tokens[k].capitalised and tokens[k - 1].capitalised and self.text[tokens[k - 1].end : tokens[k].start] == " & "

    def _only_in_a_title_in_capitals(self, name: str, start: int) -> bool:
        """Is this a run of a title that capitalises every word, which the text never writes
        again?"""
        title = self.title
        if title is None or not title.start <= start < title.end or len(name.split()) < 3:
            return False
        return self.title_in_capitals() and not self._written_outside_title(name)

    def organisations_named_after_a_noun(self, tokens: list[Token], caps: list[int]) -> None:
        """`rights group Open Harbour said`, `the charity Sea Rescue`, `The publisher, Harbor Lane
        Books, said`: capitalised words right after a noun that says what a body is (tagged
        `apposed` in organisation_nouns.txt), or in apposition to it, name that body, though they
        hold no organisation word; not a name already found."""
        if self._apposed_nouns is None:  # the nouns the article writes at all, found once
            self._apposed_nouns = _NOUNS_BEFORE_A_NAME & self.unit_words
        here = self._apposed_nouns
        if not tokens or not here:
            return
        segment = self.text[tokens[0].start : tokens[-1].end]
        if not any(map(segment.__contains__, here)):
            return  # most units: none of those nouns, which plain substring searches tell fast
        nouns = list(_NOUN_THEN_CAPITAL.finditer(self.text, tokens[0].start, tokens[-1].end))
        nouns += _THE_NOUN_COMMA_THEN_CAPITAL.finditer(self.text, tokens[0].start, tokens[-1].end)
        claimed = self.claimed
        cap_at = {tokens[k].start: k for k in caps}
        for noun in nouns:
            i = cap_at.get(noun.end())
            if i is None or i in claimed or tokens[i].text in SENTENCE_OPENERS:
                continue
            start = tokens[i].start
            j = i
            while j < len(tokens) and j - i < 5 and j not in claimed and tokens[j].capitalised and (j == i or self.joined(tokens[j - 1], tokens[j])):
                j += 1
                if tokens[j - 1].base != tokens[j - 1].text:
                    break  # a possessive ends the name: `the firm Wealth-X's report`
            end = tokens[j - 1].start + len(tokens[j - 1].base)
            if noun.group().endswith(", ") and self.text[end : end + 1] != ",":
                continue  # `The publisher, Harbor Lane Books, said`: an apposition, closed by its comma
            name = self.text[start:end]
            # the phrase starts with the noun's determiner and modifiers, so that what comes
            # before it shows whose object it is (`a journalist from the Japanese broadcaster NHK`)
            phrase = _NOUN_PHRASE_START.search(self.text, max(0, noun.start(1) - 40), noun.start(1))
            self._named_here(name, start, end, chunk_start=phrase.start() if phrase is not None else noun.start(1))
            claimed.update(range(i, j))

    def kinds_in_apposition(self) -> None:
        """`The local teachers union, the Madison Valley Education Association,`: the noun a named
        body is set in apposition to is one of the nouns that may stand for it later (`the union
        said`), kept with its roles."""
        text = self.text
        for ref in self.refs:
            if ref.kind != ORGANISATION or ref.entity is None or not text.startswith(",", ref.end):
                continue
            if not text.endswith((", ", ", the "), 0, ref.chunk_start):
                continue  # no apposition: the cheap look first, the pattern seldom
            kind = _KIND_BEFORE.search(text, max(0, ref.chunk_start - 60), ref.chunk_start)
            if kind is not None:
                ref.entity.add_role(kind.group("noun").casefold())

    def bodies_described(self, tokens: list[Token], caps: list[int]) -> None:
        """`Pinewood Military Communities, a private company that ...`, then `Pinewood said`: a
        name the article describes as a body, or first writes as a body's (`Lumora Systems`), is
        an organisation, named whole or by its first word."""
        described = self.described_bodies()
        claimed = self.claimed
        for i in caps:
            token = tokens[i]
            if i in claimed or token.text in SENTENCE_OPENERS:
                continue
            full = described.get(token.base)
            if full is None and _ACTS.match(self.text, token.end):
                full = self.first_named_as_a_body(token.base)  # `Meridian Freight Systems Inc.`, then `Meridian said`
            if full is None:
                continue
            words = full.split()
            j = i + 1
            while j < len(tokens) and j - i < len(words) and tokens[j].text == words[j - i] and self.joined(tokens[j - 1], tokens[j]):
                j += 1
            if j - i < len(words) and j < len(tokens) and tokens[j].capitalised and self.joined(tokens[j - 1], tokens[j]):
                continue  # another name that starts with the same word
            if any(k in claimed for k in range(i, j)):
                continue
            self._named_here(full, token.start, tokens[j - 1].start + len(tokens[j - 1].base))
            claimed.update(range(i, j))

    def bodies_named_after_the(self, tokens: list[Token], caps: list[int]) -> None:
        """`the Vatican said`, `the Fed said`: one capitalised word after `the` that speaks is a
        body's name (a nationality, `the Scot said`, stands for a person instead, and a given
        name or a title is no body's name)."""
        if not tokens:
            return
        text, claimed, lex = self.text, self.claimed, self.lex
        cap_at: dict[int, int] | None = None
        for found in _THE_WORD_ACTING.finditer(text, tokens[0].start, tokens[-1].end):
            if cap_at is None:
                cap_at = {tokens[k].start: k for k in caps}
            at = found.start()
            if at == 0 or text[at - 1] not in "Tt" or (at > 1 and (text[at - 2].isalnum() or text[at - 2] == "_")):
                continue  # `the`, not `she` or `Athe`
            i = cap_at.get(found.start("word"), -1)
            if i < 0 or i in claimed:
                continue
            token = tokens[i]
            if token.base != token.text or token.given:
                continue
            word = token.text
            if word in SENTENCE_OPENERS or word.casefold() in lex.countries or word in lex.honorifics or is_role_token(word):
                continue
            self._named_here(word, token.start, token.end, chunk_start=token.start - 4)
            claimed.add(i)

    def groups_named_after_people(self) -> None:
        """`the Clinton campaign said`, `Trump's campaign said`, `the Obama administration`:
        a group known by a person's name speaks as an organisation, not as the person."""
        if not any(map(self.text.__contains__, _GROUP_NOUNS)):
            return  # most articles write none of the nouns: no pattern is run at each name
        for ref in [ref for ref in self.refs if ref.kind == PERSON]:
            group = _GROUP_AFTER_NAME.match(self.text, ref.end)
            if group is None:
                continue
            possessive = bool(group.group("possessive"))
            if not possessive and not self.text[max(0, ref.chunk_start - 4) : ref.chunk_start].casefold().endswith("the "):
                continue  # `Clinton campaign manager ...` reads on as a role; `the Clinton campaign` is the group
            name = self.text[ref.start : ref.end] + (group.group("possessive") or "") + " " + group.group("noun")
            self._named_here(name, ref.start, group.end(), chunk_start=ref.chunk_start)

    def bodies_of_countries(self, tokens: list[Token], caps: list[int]) -> None:
        """`China's foreign ministry said`: a country's body, named by what it is, speaks as an
        organisation of that name."""
        for i in caps:
            token = tokens[i]
            if token.base == token.text:
                # `the UAE foreign ministry said`, `the Russian defence ministry`: after `the`, a
                # country or its people's adjective, then the body, is that country's body
                if (
                    token.start >= 4
                    and self.text.startswith(("the ", "The "), token.start - 4)
                    and (self.lex.is_country(token.text) or self.lex.is_nationality(token.text))
                    and (body := _BODY_AFTER_POSSESSIVE.match(self.text, token.end)) is not None
                    and body.group().split()[0].islower()
                ):
                    self._named_here(" ".join(self.text[token.start : body.end()].split()), token.start, body.end())
                continue  # not a possessive
            start = token.start
            if not self.lex.is_country(token.base):  # a country's own name, not a nationality
                previous = tokens[i - 1] if i else None
                if previous is None or not (previous.capitalised and self.joined(previous, token)):
                    continue
                start = previous.start
                if not self.lex.is_country(f"{previous.text} {token.base}"):  # `South Korea's`
                    continue
            body = _BODY_AFTER_POSSESSIVE.match(self.text, token.end)
            if body is None:
                continue
            end = body.end()
            name = " ".join(self.text[start:end].split())
            self._named_here(name, start, end)

    def _capitals_acting(self, token: Token) -> bool:
        """`DTEK said`, `DTEK, the country's largest energy company,`: a name in capitals that
        speaks or is described as an organisation."""
        word = token.base
        if not (word.isupper() and word.isalpha() and 3 <= len(word) <= 8) or word in self.lex.not_names or is_role_token(word):
            return False  # (`the CEO said`: a title in capitals, no body)
        if word in self.lex.organisation_words or word in self._acronyms:
            return False  # found the usual way
        after = self.text[token.end : token.end + 80]
        return bool(_ACTS.match(after)) or bool(DESCRIBED_AS_BODY.match(after))

    def _named_here(self, name: str, start: int, end: int, *, chunk_start: int = -1, acronym: str | None = None) -> None:
        """The organisation `name`, named at text[start:end]: its entity, a mention and a reference
        (whose phrase begins at `chunk_start`, when words before the name belong to it)."""
        entity = self.organisation(name, start, acronym)
        self.organisation_starts[start] = end
        entity.mentions.append(Span(start, end))
        self.refs.append(Ref(start, end, ORGANISATION, name, entity, chunk_start=chunk_start))

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
        clipped = next((entity for entity in reversed(recent) if _clipped_form(name, entity.name)), None)
        if clipped is not None:  # "the Met Service" after "the Meteorological Service of Jamaica"
            return clipped
        for entity in recent:
            known_words = _org_words(entity.name)
            if known_words and known_words < words:  # "Naftogaz", then "Naftogaz of Ukraine"
                entity.name, entity.tokens = name, tuple(name.split())
                entity.forms.insert(0, name)
                self._organisations_by_words[words] = entity
                return entity
        entity = Entity(ORGANISATION, name, tuple(name.split()))
        entity.add_form(name)
        self.organisations.append(entity)
        self._organisations_by_words[words] = entity
        return entity


