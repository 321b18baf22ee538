"""Who a reference stands for: a name, a pronoun, a role noun, an organisation noun.

Pronouns go to the subject of the latest sentence that can be that person (else to the one
person named there who can); role nouns (`the minister`) to the latest person whose role they
match; organisation nouns (`the company`) to the latest organisation named with that word; an
unnamed subject (`a resident`, `the businessman`) keeps the pronoun unnamed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from ...model import Span
from ..entities import (
    AGE,
    ANONYMOUS,
    BODY,
    KIN,
    NAME_GIVEN_ONLY_AS,
    ORGANISATION,
    PARTY_MEMBERS,
    PERSON,
    PRONOUN,
    ROLE,
    Entity,
    Ref,
    acronym_of,
    is_role_token,
)
from ..lexicon import lexicon, words_tagged
from ..quotes import RawQuote
from .attribution import UNKNOWN, Attribution, How
from .context import Context

# body nouns that stand only for an organisation named with them (`the police`)
_NAMED_ONLY = words_tagged("organisation_nouns.txt", "named")
# `the company` and `the firm` stand for no union, ministry or court, whatever spoke last
_COMMERCIAL_NOUNS = frozenset(("company", "firm"))
_PUBLIC_OR_MEMBERS_BODIES = frozenset(
    "union unions ministry council committee court embassy government department commission party office "
    "agency authority regulator administration bureau parliament senate assembly legislature police".split()
)
_LEGISLATURES = frozenset("congress parliament senate assembly legislature".split())
_PRONOUN_WINDOW = 80  # references read back for `they` and `the company`
READ_BACK = 8  # paragraphs read back from a quote to find who speaks
_PRONOUN_BLOCKS = READ_BACK  # paragraphs read back to find what a pronoun stands for
_PRONOUN_SENTENCES = 12
_ROLE_WINDOW = 200  # references read back to find whom a role noun names
# pronouns that tell the gender of the one person a sentence names; not `him` nor `her` as an
# object (`Obama backed her up`: someone else), only `her` as a possessive (`her ministry`)
_MALE_PRONOUNS = frozenset(("he", "his", "himself"))
_OBJECT_HER = re.compile(
    r"\bher\b(?=\s*(?:[.,;:!?)\"”]|$|(?:up|down|out|off|back|over|to|in|on|at|for|with|as|and|or|that|about|from|into|the|a|an|if|when|because|but)\b))"
)
_FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))

# `the 61-year-old said`: an age as the subject
# `a student in College Park who gave only her first name, Priya`: the one unnamed, named after all
# (or without `who`: `a man identified only as Carl`)
_FIRST_NAME_GIVEN = re.compile(rf"[^.;:\"“”]{{0,60}}?,?\s+(?:who\s+)?{NAME_GIVEN_ONLY_AS}\s+")
# the writer in the first person, talking with the one named: `I asked him`, `I sat down with Doe`
_WRITER_SPEAKS_WITH = re.compile(r"\bI\s+(?:asked|told|spoke|sat\s+down|met|interviewed|pressed)\b")
_TEENAGER = re.compile(r"[Tt]he\s+(?:teenager|teen)")
_TEEN_AGE_AFTER = re.compile(r",\s*(?:(?:the|a)\s+)?1[3-9](?:,|-year-old\b)")  # `Kalani Fonoti, 19,`, `Menezes, the 19-year-old winger`
_TEEN_AGE_BEFORE = re.compile(r"\b1[3-9]-year-old\s+$")  # `19-year-old Kalani Fonoti`
_WHOM_BEFORE = re.compile(r"\bwhom\s+$")  # `Roe, whom he called`: he is not Roe
# after a role noun: whose role it is, said of someone unnamed (`the owner of a bakery`), or a
# wish not to be named (`the principal, who did not want to be named,`)
_UNNAMED_AFTER_A_ROLE = re.compile(
    r"\s+(?:of|at|for)\s+(?:a|an)\s"
    r"|[^.;:\"“”]{0,80}?,\s+who\s+(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|asked\s+not|declined|requested\s+not)\s+"
    r"(?:want\s+|wish\s+)?to\s+be\s+(?:named|identified)"
)
# a sentence whose subject is someone described and not named: `a`, a few words, then a clause
# that keeps the name back (`A young miner near Bogoso, who spoke on condition of anonymity,`)
_SOMEONE_UNNAMED_OPENS = re.compile(
    r"\s*(?:A|An|One)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*(?:\s+(?:at|from|in|of|near|on|with)\s+[^,.;]{1,60})?"
    r",\s+who\s+(?:spoke|asked|requested|declined|did\s+not|didn[’']t|would\s+not|wished)\b[^.;]{0,60}?"
    r"(?:anonymity|named|identified)"
)
# a sentence that opens with two to five capitalised words, then a verb: `Silver State Forward is`
_CAPITALS_THEN_VERB = re.compile(
    r"\s*(?:The\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4})\s+(?:is|was|has|had|says|said|will|would|issued|released|stood|stands)\b"
)
_NAMED_SOON_AFTER = 400  # characters after a role noun within which the one it means may first be named
_ANONYMOUS_BACK = 12  # references read back for an unnamed person a role noun may stand for
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s")  # `the prime minister's official spokesperson`
# offices written after the state or city they serve: `the Vermont senator`, `the Texas governor`
_OFFICES_OF_A_PLACE = frozenset("senator governor congressman congresswoman representative mayor lawmaker".split())
# `The judge said she accepted`: the pronoun after the verb is the role noun's own
_PRONOUN_AFTER_ITS_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:said|says|added|told\s+\w+|wrote)\s+(?:that\s+)?(she|he)\b", re.IGNORECASE)
# `said in a statement that it had`: what the subject is, a body, not a person
_IT_AFTER_ITS_VERB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|says|stated|announced|added)(?:\s+(?:on\s+\w+|in\s+an?\s+(?:\w+\s+)?(?:statement|release|email|notice)))?\s+(?:that\s+)?its?\b"
)
_OFFICE_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z]")  # `Registrar of Contractors`
_AGE_PHRASE = re.compile(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+(?:[a-z]+\s+)?([a-z]+))?")  # `the 61-year-old`, `the 77-year-old elder`
# small patterns the helpers below read with, compiled once (not looked up in `re`'s cache at each call)
_APOSTROPHE = re.compile(r"['’]")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_S = re.compile(r"['’]s\b")
_WORD_OR_HYPHENS = re.compile(r"[\w-]+")
_WORD_CHARACTERS = re.compile(r"\w+")

# a pronoun set off by a comma before it, in a parenthetical attribution: `The governor, she said, "..."`
_PARENTHETICAL_BEFORE = re.compile(r",\s*$")
_PARENTHETICAL_AFTER = re.compile(r"\s+[a-z]+,")

# after a name: `, a Republican`, `, the Ohio Republican`, ` (R-Ohio)`, one pattern per party member
# (the party's member as the head noun: not `, the Republican National Committeeman`)
_DESCRIBED_AFTER = {
    member: re.compile(rf",\s+(?:a|an|the)\s+(?:[\w.'’-]+\s+){{0,3}}?{member}(?=\s*[,.;:)]|\s+(?:from|of|who)\b)|\s*\({member[0]}-")
    for member in PARTY_MEMBERS
}
# someone's relative opening the sentence as its subject, a verb next: `Her mother is ...`
_RELATIVE_SUBJECT = re.compile(rf"\s*[\"“]?\s*(?P<possessive>His|Her|Their)\s+(?P<kin>{KIN})\b")  # `Her husband, overhearing, `
_RELATIVE_OPENS = re.compile(_RELATIVE_SUBJECT.pattern + r"\s+(?:[a-z]+ly\s+)?[a-z]+")
_WORD = re.compile(r"\w+")
# words that come from someone, who is then the one a pronoun means: `a response from `, `a letter from `
_WORDS_FROM = re.compile(r"\b(?:response|reply|rebuttal|retort|statement|message|letter|post|comment|email|tweet)\s+from\s+(?:the\s+)?$")
_OPENING_REFERENCES = 12  # references before a pronoun, at most, for it to stand at the article's opening
# a sentence that opens with what its subject was asked, up to a pronoun: `Asked whether ..., `
# a sentence that opens with what someone was asked: `Asked about the plan, ...`
_ASKED = r"\s*[\"“]?\s*(?:When\s+)?(?:Asked|Pressed|Questioned|Quizzed)\b[^.;:!?\"“”]*"
_ASKED_CLAUSE = re.compile(_ASKED + r"?,\s")  # the clause, up to its first comma
_ASKED_OPENS = re.compile(_ASKED + r",\s*$")  # the clause, right up to what follows it
_KIN_ROLE = re.compile(rf"\b{KIN}\b", re.IGNORECASE)
_FEMALE_WORDS = words_tagged("gendered_words.txt", "f")
_MALE_WORDS = words_tagged("gendered_words.txt", "m")
# a given name opening the sentence, then a nickname in quotation marks
_OPENING_GIVEN_NAME = re.compile(r"""\s*(?P<word>[A-Z][a-z]+)\s+["“'‘][A-Z]""")
_OPENING_WORD = re.compile(
    r"""\s*["“”'‘]?\s*(?:(?:Meanwhile|But|And|So|Still|Yet|Now|Instead|Later|Then|Also),?\s+)?"""
    r"(?P<word>[A-Z][\w'’-]+)(?=,\s+(?:who|a|an|the)\s|\s+[a-z])"
)
_NOT_A_SUBJECT_NAME = frozenset(
    ["The", "A", "An", "This", "That", "These", "Those", "It", "Its", "There", "Here", "Their", "Our", "We", "They", "I", "You", "He", "She", "His", "Her"]
)
_PAST_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")
_AGE = re.compile(AGE)  # `the 62-year-old mayor`: the age is no part of the role
_PRESS_OFFICE = re.compile(r"\s+(?:press\s+(?:service|office|centre|center)|media\s+office|website)$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _unnamed_body(noun: str) -> re.Pattern[str]:
    """`a group`, `the trade group`, `another lobbying group`: a body of that kind, described
    but not named (a plain `the group` points back instead)."""
    modifier = r"(?!same\b|former\b|latter\b|whole\b|entire\b)[a-z-]+\s+"
    return re.compile(rf"\b(?:(?:[Aa]n?|[Aa]nother)\s+(?:{modifier}){{0,2}}|[Tt]he\s+(?:{modifier}){{1,2}}){re.escape(noun)}\b")


class References(Context):
    """What each reference stands for, read back through the article from where it stands."""

    _relatives_named: bool | None = None  # whether anyone has a relative's role, once asked

    def resolve(self, ref: Ref, how: How) -> Attribution:
        """The attribution a reference gives: its entity when it names one, else whom the
        pronoun, role noun or organisation noun stands for (`how` is kept for names only)."""
        if ref.kind in (PERSON, ORGANISATION):
            return Attribution(ref.entity, how, ref=ref)
        if ref.kind == PRONOUN:
            who = self.pronoun(ref)
            if who is not None and who.gender is None and ref.gender in ("m", "f") and self._someone_of_the_other_gender(ref.gender):
                # `Dana Whitcombe pressed Curtis Valenzuela ... "...," she said`: a later `he` is him
                who.gender = ref.gender
            return Attribution(who, How.PRONOUN, ref=ref)
        if ref.kind == ROLE:
            entity = self.role(ref.text, ref.start)
            return Attribution(entity, How.ROLE, role=strip_article(ref.text), ref=ref)
        if ref.kind == ANONYMOUS:  # "a resident said": the article does not name the speaker
            person = self._named_only_as(ref)
            if person is not None:  # `a student in College Park who gave only her first name, Priya`
                return Attribution(person.entity, how, ref=person)
            return Attribution(None, How.ANONYMOUS, ref=ref)
        if ref.kind == BODY:  # "the company stated", "the Clinton campaign said"
            return Attribution(self._body_its_words_name(ref) or self.body(ref), How.ORGANISATION_NOUN, ref=ref)
        return UNKNOWN

    def _named_only_as(self, ref: Ref) -> Ref | None:
        """The name an unnamed person is given after all, right after the words that bring
        them in (`a student who gave only her first name, Priya`, `a man identified only as
        Carl`), if any."""
        named = _FIRST_NAME_GIVEN.match(self.masked, ref.end)
        if named is None:
            return None
        person = next((other for other in self.refs_from(named.end(), named.end() + 40) if other.start == named.end()), None)
        return person if person is not None and person.kind == PERSON else None

    def _gender(self, entity: Entity) -> str | None:
        """A person's gender: from the given name, else learnt from the article.

        `Marchetti confirmed it in a statement released by her ministry`: a sentence that
        names one person only and uses pronouns of one gender only after the name votes for
        that gender (`Obama backed her up` does not: `her` is someone else), and most votes
        decide.  Worked out for a person when first needed.
        """
        if entity.gender is not None or id(entity) in self.genders_tried:
            return entity.gender
        self.genders_tried.add(id(entity))
        votes = {"m": 0, "f": 0}
        for mention in entity.mentions:
            block_index = self.block_of(mention.start)
            if block_index is None:
                continue
            sentence = self.sentence_at(block_index, mention.start)
            refs = self.refs_from(sentence.start, sentence.end)
            people = {id(ref.entity) for ref in refs if ref.kind == PERSON}
            if people != {id(entity)}:
                continue
            if any(ref.kind == PRONOUN and ref.start < mention.start for ref in refs):
                continue  # `While she dropped her attacks on Doe, her campaign ...`: about someone else
            # a pronoun after the name, pointing back to it (`she said, in a reply to Doe's
            # backers` is someone else's)
            region = _OBJECT_HER.sub(" ", self.masked[mention.end : sentence.end].casefold())
            words = set(_WORD_CHARACTERS.findall(region))
            male, female = words & _MALE_PRONOUNS, words & _FEMALE_PRONOUNS
            if male and not female:
                votes["m"] += 1
            elif female and not male:
                votes["f"] += 1
        if votes["m"] != votes["f"]:  # the article's sentences mostly agree (`her` may be another's)
            entity.gender = "m" if votes["m"] > votes["f"] else "f"
        return entity.gender

    # -- pronouns ------------------------------------------------------------------------
    def _namesake_of_the_gender(self, subject: Ref, gender: str) -> Entity | None:
        """`Briggs sounded hoarse. "...," she said`, after her son Darnell Briggs was named last:
        a bare surname as the subject, taken for someone the pronoun cannot mean, means the one
        other person of that surname and the pronoun's gender, when there is one."""
        known = subject.entity
        if subject.kind != PERSON or known is None or subject.text != known.tokens[-1] or subject.chunk_start < subject.start:
            return None  # (`Mrs. Clinton, ..., "...," he said`: a title tells whom the surname means)
        namesakes = [
            entity
            for entity in self.index.persons
            if entity is not known and len(entity.tokens) > 1 and entity.tokens[-1] == subject.text and self._gender(entity) == gender
        ]
        return namesakes[0] if len(namesakes) == 1 else None

    def _the_one_just_brought_in(self, ref: Ref) -> bool:
        """`She read me an entry, from a woman in her nineties. The woman had said: "..."`: `the
        woman` is the one `a woman` brought in, unnamed, in this sentence or the one before."""
        words = ref.text.split()
        if len(words) < 2 or words[0].casefold() != "the":
            return False
        for count, (_, refs) in enumerate(self._sentences_back(ref)):
            if count > 1:
                break
            if any(other.kind == ANONYMOUS and other.end <= ref.start and other.text.split()[-1].casefold() == words[-1].casefold() for other in refs):
                return True
        return False

    def pronoun(self, ref: Ref, depth: int = 0) -> Entity | None:
        """`he`, `she`: the most recent sentence subject who can be that person.

        A subject of unknown gender counts; an unnamed subject (`a resident`) takes the
        pronoun and leaves it unknown.  Only a window of recent sentences is read, so long
        texts stay linear.
        """
        if ref.gender == "group":
            # `they`: the latest organisation that was a sentence's subject, unless people were
            # the subject since (`Professors Foner and Alba suggest ... they write`)
            for _, refs in self._sentences_back(ref):
                subject = next((other for other in refs if self.is_subject(other)), None)
                if subject is not None and subject.kind == ORGANISATION:
                    return subject.entity
                if subject is not None and subject.kind in (PERSON, ROLE, ANONYMOUS):
                    return None
            return None
        if ref.gender not in ("m", "f"):
            return None
        if _WHOM_BEFORE.search(self.masked, max(0, ref.start - 8), ref.start):
            return self._subject_of_the_main_clause(ref)
        if self._the_one_just_brought_in(ref):
            return None
        fits = (ref.gender, None)
        weak: Entity | None = None  # the one fitting person, named only after a preposition
        for sentence, refs in self._sentences_back(ref):
            # `The Murdoch outlets have been standing in the way, he said`: a name that only says
            # whose a noun is stands for no one who could be meant
            refs = [other for other in refs if not self.modifies_a_noun(other, sentence.start)]
            if sentence.end > ref.start and _ASKED_OPENS.match(self.masked, sentence.start, ref.start):
                continue  # `Asked about Clinton's plan, she replied`: whom she was asked about is not she
            clause = _ASKED_CLAUSE.match(self.masked, sentence.start, sentence.end) if sentence.end <= ref.start else None
            if clause is not None:
                # `Asked how he hoped to be remembered, Poutama did not hesitate.`: the one asked is
                # the subject after the clause, not whoever the clause speaks of
                refs = [other for other in refs if other.start >= clause.end()]
            if sentence.end > ref.start and self._parenthetical(ref, sentence):
                # `Voss, he noted, had called him`, `... and Ms. Warren, she said, "..."`: the name the
                # reporting clause interrupts is what the pronoun's owner spoke of, not the owner
                before_it = [other for other in refs if other.end <= ref.start]
                if before_it and _PARENTHETICAL_BEFORE.fullmatch(self.masked, before_it[-1].end, ref.start):
                    refs = [other for other in refs if other is not before_it[-1]]
            reporting = next(
                (
                    other
                    for other in refs
                    if other.kind == PRONOUN and other.gender == ref.gender and other.end <= ref.start and self.text[other.end : other.end + 1] == " "
                    and self._parenthetical(other, sentence)
                ),
                None,
            )
            if reporting is not None and weak is None:
                # `Voss, he noted, had called him twice. "...," he said`: the one who noted it speaks on
                return self.person_behind(reporting, depth)
            if weak is not None:
                # `However, no other secretary had a server for Clinton. "...," she said`: the
                # object is who is meant only when an earlier sentence is about that person too
                subject = next((other for other in refs if self.is_subject(other)), None)
                if subject is None:
                    continue
                return weak if subject.kind != ANONYMOUS and self.person_behind(subject, depth) is weak else None
            subject = next((other for other in refs if self.is_subject(other)), None)
            if subject is None and sentence.end > ref.start and not self._parenthetical(ref, sentence):
                # the pronoun's own sentence, whose subject it is: `Doe, who ..., ticked through
                # the code: "...," he said` means the name that opens the sentence; not a
                # parenthetical one (`The governor, she said, "has been clear"`: the governor is
                # what she spoke of)
                subject = next((other for other in refs if self.opens_sentence(other, sentence, refs)), None)
            if subject is None and self._opens_with_unknown_name(sentence, refs):
                return None  # `Rihanna, who was honoured, spoke ...`: someone the lists do not know
            relative = self._relative_with_that_role(sentence, ref.gender) if subject is None else None
            if relative is not None:  # `Her husband said he ...`: the one person given that role
                return relative if self._gender(relative) in fits else None
            if subject is None and self._opens_with_a_relative(sentence, fits):
                return None  # `Her mother is more philosophical.`: a relative the article leaves unnamed
            if subject is None and _SOMEONE_UNNAMED_OPENS.match(self.masked, sentence.start, sentence.end):
                return None  # `A young miner near Bogoso, who spoke on condition of anonymity, said ...`
            if subject is not None and subject.kind in (ANONYMOUS, ROLE) and _INTERLOCUTORS.search(subject.text.casefold()):
                # `A reporter asked Achebe, "Could it happen again?"` + `"...," he said`: the one
                # asked answers, not the asker
                asked = next(
                    (
                        other
                        for other in refs
                        if other.kind == PERSON
                        and other.start > subject.end
                        and _ASKED_BEFORE.search(self.masked, max(subject.end, other.chunk_start - 8), other.chunk_start)
                    ),
                    None,
                )
                if asked is not None and asked.entity is not None and self._gender(asked.entity) in fits:
                    return asked.entity
            if subject is not None and subject.kind in (ANONYMOUS, ROLE):
                who = self.role(subject.text, subject.start) if subject.kind == ROLE else None
                named_after_all = self._named_only_as(subject) if subject.kind == ANONYMOUS else None
                if named_after_all is not None and named_after_all.entity is not None and self._gender(named_after_all.entity) in fits:
                    return named_after_all.entity  # `a man identified only as Carl ... he said`: Carl
                if who is None and subject.gender in fits:
                    return None  # "a resident", "the businessman": someone the article leaves unnamed
                if who is not None and self._gender(who) in fits:
                    return who
            elif subject is not None:
                who = self.person_behind(subject, depth)
                if who is not None and self._gender(who) in fits:
                    return who
                namesake = self._namesake_of_the_gender(subject, ref.gender)
                if namesake is not None:
                    return namesake
            # no fitting subject: a person named in the sentence, if only one fits
            named = {
                id(other.entity): other.entity
                for other in refs
                if other.kind == PERSON and other.entity is not None and self._gender(other.entity) in fits
            }
            if len(named) == 1:
                only = next(iter(named.values()))
                if refs and refs[0].kind == PERSON and id(refs[0].entity) in named:
                    if self.after_preposition(refs[0], agent=False):
                        if _WRITER_SPEAKS_WITH.search(self.masked, sentence.start, sentence.end):
                            return only  # `When I sat down with Rajan, I asked him ...`: the writer's interviewee
                        if _WORDS_FROM.search(self.masked, max(sentence.start, refs[0].chunk_start - 30), refs[0].chunk_start):
                            return only  # `The post prompted a response from Jane Doe, a nurse. ... she wrote`: the one who answered
                        weak = only  # `Asked about Roe's plan, she replied`: an object is weak evidence
                        continue
                    return only  # the sentence's first name, the only one that fits
                if only.gender == ref.gender and self._near(sentence, ref) and not self._could_be_meant_before(refs, only, fits):
                    # `After the FBI cleared Clinton, she said`; `The board asked Roe to explain.
                    # "...," she said`: the one woman, known to be, in this paragraph or the last
                    return only
                return None  # named only after something else that may be the one meant
            exact = [entity for entity in named.values() if entity.gender == ref.gender]
            if len(exact) == 1:
                return exact[0]
            if named:
                last = self._last_speaker_before(ref.start)
                if last is not None and id(last) in named:
                    return last  # `," said Doe, who knows Roe. "...," he said.`: Doe speaks on
                return None  # several people could be meant
        if weak is not None and self._the_only_one_named_before(weak, ref.start, fits):
            # `On the morning I first rode with Jane Doe, the fog was thick. She did not slow
            # down.`: at the start of the article, the one person named yet
            return weak
        return None

    def _the_only_one_named_before(self, person: Entity, offset: int, fits: tuple[str | None, ...]) -> bool:
        """Is `person` the only person named before `offset` who could be meant, `offset` being
        at the article's opening (within its first references)?"""
        low = bisect.bisect_left(self.ref_starts, offset)
        if low > _OPENING_REFERENCES:
            return False
        return all(
            other.entity is person or other.entity is None or self._gender(other.entity) not in fits
            for other in self.refs[:low]
            if other.kind == PERSON
        )

    def _subject_of_the_main_clause(self, ref: Ref) -> Entity | None:
        """`..., Sen. Roe, whom he called "a nice man"`: the pronoun inside a relative clause
        is not the one the clause is about, but the main clause's subject."""
        block_index = self.block_of(ref.start)
        if block_index is None:
            return None
        sentence = self.sentence_at(block_index, ref.start)
        refs = self.refs_from(sentence.start, ref.start)
        subject = next((other for other in refs if self.opens_sentence(other, sentence, refs)), None)
        if subject is None or subject.kind not in (PERSON, ROLE, PRONOUN) or subject is refs[-1]:
            return None  # the sentence opens with the one `whom` stands for, or with no one
        who = self.person_behind(subject, 1)
        return who if who is not None and self._gender(who) in (ref.gender, None) else None

    def _parenthetical(self, ref: Ref, sentence: Span) -> bool:
        """Is the pronoun a parenthetical attribution, set off by commas with its verb
        (`The governor, she said, "..."`)?"""
        return (
            _PARENTHETICAL_BEFORE.search(self.text, max(sentence.start, ref.start - 8), ref.start) is not None
            and _PARENTHETICAL_AFTER.match(self.text, ref.end) is not None
        )

    def _near(self, sentence: Span, ref: Ref) -> bool:
        """Is `sentence` in the paragraph of `ref` or the one just before it?"""
        here, there = self.block_of(ref.start), self.block_of(sentence.start)
        return here is not None and there is not None and here - there <= 1

    def _could_be_meant_before(self, refs: list[Ref], person: Entity, fits: tuple[str | None, ...]) -> bool:
        """Does anything before the person's first mention among `refs` stand for someone a
        pronoun of that gender could mean: a role noun, an unnamed person, a pronoun?"""
        for other in refs:
            if other.entity is person:
                return False
            if other.kind in (ROLE, ANONYMOUS, PRONOUN) and other.gender in fits:
                return True
        return False

    def _turn_speaker_before(self, offset: int) -> Entity | None:
        """The speaker of the quote that opens the paragraph just before `offset`'s, when it is
        the latest quote: a turn of an exchange (`"...," Sarang replied.`)."""
        block_index = self.block_of(offset)
        for quote, found in self._quotes_read_before(offset):
            if block_index is None or quote.blocks[-1] != block_index - 1:
                return None
            if quote.open_mark - self.blocks[quote.blocks[0]].body.start > 1:
                continue  # a later quote of that paragraph: its opening one decides
            return found.speaker
        return None

    def _last_speaker_before(self, offset: int) -> Entity | None:
        """The speaker of the latest quote before `offset`, in its paragraph or the one before."""
        block_index = self.block_of(offset)
        for quote, found in self._quotes_read_before(offset):
            if block_index is None or block_index - quote.blocks[-1] > 1:
                return None
            if found.speaker is not None:
                return found.speaker
        return None

    def _quotes_read_before(self, offset: int) -> Iterator[tuple[RawQuote, Attribution]]:
        """The quotes already attributed that open before `offset`, latest first, each with
        its attribution."""
        for quote, found in zip(reversed(self.quotes[: len(self.results)]), reversed(self.results)):
            if quote.open_mark < offset:
                yield quote, found

    def _sentences_back(self, ref: Ref) -> Iterator[tuple[Span, list[Ref]]]:
        """Each sentence before `ref` with its refs, newest sentence first, within a window."""
        block_index = self.block_of(ref.start)
        if block_index is None:
            return
        read = 0
        for index in range(block_index, max(-1, block_index - _PRONOUN_BLOCKS), -1):
            for sentence in reversed(self.sentences(index)):
                if sentence.start >= ref.start:
                    continue
                # at most the last window of refs: a sentence that never ends (a page of marks and
                # names with no full stop) is read as far back as a pronoun can reach, no further
                yield sentence, self.refs_from(sentence.start, min(sentence.end, ref.start))[-_PRONOUN_WINDOW:]
                read += 1
                if read >= _PRONOUN_SENTENCES:
                    return

    def _opens_with_a_relative(self, sentence: Span, fits: tuple[str | None, ...]) -> bool:
        """Does the sentence open with someone's relative, unnamed, as its subject (`Her mother
        is more philosophical.`), of the gender the pronoun needs?"""
        relative = _RELATIVE_OPENS.match(self.masked, sentence.start, sentence.end)
        if relative is None:
            return False
        if self._names_relatives():
            return False  # the article names relatives (`His sister, Kvitoslava`): `Her brother` may be one
        noun = relative.group("kin").casefold()
        gender = "f" if noun in _FEMALE_WORDS else "m" if noun in _MALE_WORDS else None
        return gender in fits or gender is None

    def _relative_with_that_role(self, sentence: Span, gender: str) -> Entity | None:
        """The one person whose role is the relative opening the sentence (`Her husband` when
        the article introduced `Marcus Baxter, Nguyen-Baxter's husband`), if there is one, or
        the spouse a pronoun of this gender can mean (`His wife laughed. "...," she said`)."""
        if _RELATIVE_OPENS.match(self.masked, sentence.start, sentence.end) is None:
            return None
        return self.relative_opening(sentence.start, sentence.end, gender)

    def relative_opening(self, start: int, end: int, gender: str | None = None) -> Entity | None:
        """`Her husband, overhearing from the kitchen, called out: "..."`: the person a relative's
        noun opening the text from `start` names: the one given that role, else the spouse of
        the one who just spoke (after a couple named together), when of `gender` if given."""
        relative = _RELATIVE_SUBJECT.match(self.masked, start, end)
        if relative is None:
            return None
        named = self.relative_by_role(relative.group("kin"))
        if named is not None:
            return named
        spouse = self._spouse_of_the_last_speaker(relative, start)
        if spouse is None or gender is not None and self._gender(spouse) not in (gender, None):
            return None
        return spouse

    def _spouse_of_the_last_speaker(self, relative: re.Match[str], offset: int) -> Entity | None:
        """`"...," Harold Vukovich said.` + `His wife laughed. "...," she said`: after a couple
        named together (`Harold and Jean Vukovich`), the one person of the other gender who shares
        the surname of the one who spoke last before `offset`, whose spouse the possessive names."""
        spouse_gender = {"wife": "f", "husband": "m"}.get(relative.group("kin").casefold())
        if spouse_gender is None or relative.group("possessive").casefold() != ("his" if spouse_gender == "f" else "her"):
            return None
        speaker = self._last_speaker_before(offset)
        if speaker is None or speaker.kind != PERSON or len(speaker.tokens) < 2 or self._gender(speaker) == spouse_gender:
            return None
        surname = speaker.tokens[-1]
        namesakes = [
            entity
            for entity in self.index.persons
            if entity is not speaker and len(entity.tokens) > 1 and entity.tokens[-1] == surname
        ]
        if len(namesakes) == 1 and self._gender(namesakes[0]) in (spouse_gender, None):
            return namesakes[0]
        return None

    def relative_by_role(self, noun: str) -> Entity | None:
        """The one person the article gives this relative's role (`mother` for `Ngozi Eze`,
        introduced as `her mother, Ngozi Eze`), if there is one."""
        noun = noun.casefold()
        found = [
            entity
            for entity in self.index.persons
            if any(noun in _WORD.findall(role.casefold()) for role in entity.roles)
        ]
        return found[0] if len(found) == 1 else None

    def _names_relatives(self) -> bool:
        """Does the article give anyone a relative's role (`His sister`)?  Asked when first
        needed; the people and their roles are known before any quote is read."""
        if self._relatives_named is None:
            self._relatives_named = any(_KIN_ROLE.search(role) for entity in self.index.persons for role in entity.roles)
        return self._relatives_named

    def _opens_with_unknown_name(self, sentence: Span, refs: list[Ref]) -> bool:
        """Does the sentence open with a capitalised word that is no known entity but stands as
        its subject (`Carson defied the question`, `Meanwhile Rihanna, who ...`)?  A pronoun
        after it most likely means that person, whom the extractor cannot name."""
        given = _OPENING_GIVEN_NAME.match(self.text, sentence.start, sentence.end)
        if given is not None and given.group("word") in self.lex.given_names and not any(
            ref.chunk_start <= given.start("word") < ref.end for ref in refs
        ):
            return True  # `Juan "Chico" Manriquez carried ...`: a name the passes could not read
        opening = _OPENING_WORD.match(self.masked, sentence.start, sentence.end)
        if opening is None:
            return False
        word = _APOSTROPHE.split(opening.group("word"))[0]
        if word in self.lex.not_names or word in _NOT_A_SUBJECT_NAME or word.endswith("ing"):
            return False
        at = opening.start("word")
        if any(ref.chunk_start <= at < ref.end for ref in refs):
            return False
        # a name: capitalised inside sentences too, and never written in lower case
        if _whole_word_in(self.text, word.casefold()):
            return False
        if _whole_word_in(self.text, " " + word, after_lower_case_or_comma=True):
            return True
        # or a singular word acting as the subject of a past-tense verb: `Cruz openly admitted`
        return not word.endswith("s") and _PAST_VERB_AFTER.match(self.masked, opening.end("word")) is not None

    def person_behind(self, ref: Ref, depth: int) -> Entity | None:
        """The person a subject reference stands for: named, by role, or by an earlier pronoun."""
        if ref.kind == PERSON:
            return ref.entity
        if ref.kind == ROLE:
            return self.role(ref.text, ref.start)
        if ref.kind == PRONOUN and depth < 3 and ref.gender in ("m", "f"):
            key = id(ref)
            if key not in self.pronoun_memo:
                self.pronoun_memo[key] = self.pronoun(ref, depth + 1)
            return self.pronoun_memo[key]
        return None

    # -- role and organisation nouns -----------------------------------------------------
    def role(self, phrase: str, before: int) -> Entity | None:
        """The person a role noun points to: `the minister` -> the last minister named."""
        age = _AGE_PHRASE.fullmatch(phrase)
        if age is not None:  # `the 61-year-old said`: the one the article gave that age
            aged = self._of_age(age.group(1), before)
            if aged is not None or not (age.group(2) and is_role_token(age.group(2))):
                return aged or self._subject_just_before(before)
            # `the 62-year-old mayor`, no one given that age: the role decides
        if _TEENAGER.fullmatch(phrase):  # `said the teenager`: the one the article gave an age of 13 to 19
            return self._the_one_described(before, _TEEN_AGE_AFTER, "", _TEEN_AGE_BEFORE)
        if _UNNAMED_AFTER_A_ROLE.match(self.text, before + len(phrase)):
            return None  # `The principal of a school in Tambaram, who did not want to be named,`: no one named
        wanted = role_words(phrase)
        if not wanted and self._nationality(phrase):  # `the Norwegian said`: the one just named
            return self._described_as(phrase.split()[-1], before) or self._subject_just_before(before)
        if not wanted or _plural(phrase):
            return None
        if _OFFICE_OF.search(phrase) and _IT_AFTER_ITS_VERB.match(self.text, before + len(phrase)):
            # `The Arizona Registrar of Contractors said in a statement that it had ...`: an
            # office named in capitals, speaking as a body
            return None
        low = bisect.bisect_left(self.ref_starts, before)
        recent = self.refs[max(0, low - _ROLE_WINDOW) : low]
        seen: dict[int, tuple[int, Entity]] = {}
        for ref in recent:  # people referred to before, most recent mention last
            if ref.kind == PERSON and ref.entity is not None:
                seen[id(ref.entity)] = (ref.start, ref.entity)
        if len(self.index.persons) <= _ROLE_WINDOW:
            # short texts: everyone, title included, but for those named only well after (`"...,"
            # the coach said` means no coach first named a dozen paragraphs on; a `Source:` line's
            # role, the one the next line names)
            for entity in self.index.persons:
                if entity.mentions and entity.mentions[0].start < before + _NAMED_SOON_AFTER:
                    seen.setdefault(id(entity), (-1, entity))
        matches = []
        for at, entity in seen.values():
            if _role_fits(phrase, entity.roles):
                matches.append((at, entity))
        if not matches:
            if any(ref.kind == ANONYMOUS and _role_fits(phrase, [ref.text]) for ref in recent[-_ANONYMOUS_BACK:]):
                return None  # `A spokesperson for Doe said ... "...," the spokesperson added`: that one, unnamed
            if _POSSESSIVE_INSIDE.search(phrase):
                return None  # `the prime minister's spokesperson`: someone the article does not name
            sole = self._sole_person_without_role()
            if sole is not None:
                return sole
            just_before = self._subject_just_before(before, phrase)
            by_the_noun = self._only_one_by_the_noun(phrase, seen)
            if just_before is not None and just_before.roles and by_the_noun is not None:
                return by_the_noun  # `Vale, a developer, spoke. "...," the Vermont senator said`: the senator
            if _INTERLOCUTORS.search(phrase.casefold()):
                return None  # `Coach Doe said ... "...?" the reporter asked`: a reporter no one was named as
            return just_before or by_the_noun
        # `the President`: rather the one whose role is that, than one who presides over
        # something the phrase does not name (`President of the European Parliament`)
        plain = [(at, entity) for at, entity in matches if not _only_of_something_else(phrase, entity.roles)]
        matches = plain or matches
        # `Trehubov said the situation was difficult. "...," the spokesman said`: the person the
        # sentence just before is about, when the role fits them or they were given none
        just_before = self._subject_just_before(before, phrase)
        if just_before is not None and any(entity is just_before for _, entity in matches):
            return just_before
        if (
            just_before is not None
            and not just_before.roles
            and self._gender(just_before) in self._gender_said_of(phrase, before)
            and just_before is not self._turn_speaker_before(before)  # `"...," Sarang replied.` + `"...?" the judge asked`: the other one
        ):
            last_seen = seen.get(id(just_before), (-1, just_before))[0]
            if all(at < last_seen for at, _ in matches):
                return just_before  # named since anyone the role fits
        matches.sort(key=lambda item: item[0])
        at, entity = matches[-1]
        if any(ref.kind == ANONYMOUS and ref.start > at and _role_fits(phrase, [ref.text]) for ref in recent):
            return None  # `A spokesperson for the embassy said ... "...," the spokesperson said`: that one, unnamed
        return entity

    def _only_one_by_the_noun(self, phrase: str, seen: dict[int, tuple[int, Entity]]) -> Entity | None:
        """`the Vermont senator` when the article gave no one Vermont but has one senator: the
        place before the office, dropped, leaves one person given that very word as a role."""
        words = phrase.split()
        if len(words) < 3 or words[-1].casefold() not in _OFFICES_OF_A_PLACE:
            return None
        modifiers = words[1:-1]
        if not all(word[:1].isupper() and word.casefold() not in self.lex.countries for word in modifiers):
            return None  # `the Ukrainian minister`: the country tells two ministers apart
        noun = words[-1].casefold()
        fitting = [entity for _, entity in seen.values() if any(noun in role.casefold().split() for role in entity.roles)]
        return fitting[0] if len(fitting) == 1 else None

    def _someone_of_the_other_gender(self, gender: str) -> bool:
        """Does the article name someone known to be of the other gender, whom a pronoun of
        this one could not mean?"""
        other = "f" if gender == "m" else "m"
        return any(entity.gender == other for entity in self.index.persons)

    def _gender_said_of(self, phrase: str, start: int) -> tuple[str | None, ...]:
        """The genders a role noun at `start` may have: the one a pronoun right after its verb
        shows (`The judge said she accepted`), else any."""
        said = _PRONOUN_AFTER_ITS_VERB.match(self.text, start + len(phrase))
        if said is None:
            return ("m", "f", None)
        return ("f", None) if said.group(1).casefold() == "she" else ("m", None)

    def _body_its_words_name(self, ref: Ref) -> Entity | None:
        """`the Clinton campaign`, `the Scottish government`: a body noun after a capitalised
        word names one body, the organisation of that name (one the article knows by it, else
        a new one); `the campaign` alone names none."""
        phrase = self.text[ref.start : ref.end].split(maxsplit=1)[-1]
        if not any(word[:1].isupper() for word in phrase.split()[:-1]):
            return None
        return self.organisation_named(" ".join(phrase.split()))

    def _of_age(self, years: str, before: int) -> Entity | None:
        """The one person the article gave this age before `before` (`Doe, 61,`, `61-year-old
        Doe`); None when none or several were."""
        after = re.compile(rf",\s*(?:(?:the|a)\s+)?{years}(?:,|-year-old\b)")  # `Doe, 61,`, `Doe, the 61-year-old mayor`
        return self._the_one_described(before, after, f"{years}-year-old ")

    def _described_as(self, member: str, before: int) -> Entity | None:
        """The one person the article described before `before` as a party's member
        (`Voss, a Republican,`, `Republican Clara Voss`, `Voss (R-Ohio)`): the one `the
        Republican` means, though another was named since.  None when none or several were."""
        if member not in PARTY_MEMBERS:
            return None
        return self._the_one_described(before, _DESCRIBED_AFTER[member], member + " ")

    def _the_one_described(
        self, before: int, after: re.Pattern[str], written_before: str, pattern_before: re.Pattern[str] | None = None
    ) -> Entity | None:
        """The one person named before `before` with a description right after the name
        (`after`, matched at the name's end) or right before it (`written_before`, or what
        `pattern_before` finds there)."""
        found: dict[int, Entity] = {}
        for ref in self.refs[: bisect.bisect_left(self.ref_starts, before)]:
            if ref.kind != PERSON or ref.entity is None:
                continue
            start = ref.chunk_start
            lead = self.text[max(0, start - 20) : start]
            if (
                after.match(self.text, ref.end)
                or written_before and lead.endswith(written_before)
                or pattern_before is not None and pattern_before.search(lead) is not None
            ):
                found[id(ref.entity)] = ref.entity
        return next(iter(found.values())) if len(found) == 1 else None

    def _nationality(self, phrase: str) -> bool:
        """Is the phrase `the` and a nationality or a party's member (`the Norwegian`, `the
        Spaniard`, `the Wisconsin Republican`)?"""
        words = phrase.split()
        if words[0].casefold() != "the":
            return False
        return words[-1] in PARTY_MEMBERS or len(words) == 2 and self.lex.is_nationality(words[1])

    def body(self, ref: Ref) -> Entity | None:
        """The organisation `the company`, `the ministry` stands for: the latest organisation
        named with that word (`Ministry of Energy`), else the latest that was a subject."""
        low = bisect.bisect_left(self.ref_starts, ref.start)
        named = [other for other in reversed(self.refs[max(0, low - _PRONOUN_WINDOW) : low]) if other.kind == ORGANISATION]
        noun = ref.text.split()[-1].casefold()
        for other in named:
            if other.entity is not None and (_named_as(noun, other.entity.name) or noun in other.entity.roles):
                return None if self._unnamed_body_between(noun, other, ref.start) else other.entity
        described = len(self.text[ref.start : ref.end].split()) - len(ref.text.split())  # `the` and the words before the noun
        if described > 1 or noun in _NAMED_ONLY:
            return None  # `the harbour authority`, `the police`: a body its words describe, not the one last spoken of
        if self._after_a_sentence_on_an_unknown_name(ref):
            return None  # `Silver State Forward is standing by the ad. "...," the group said`: a body no list knows
        for other in named:
            if self.is_subject(other) and not _named_another_kind(noun, other.text):
                return None if self._unnamed_body_between(noun, other, ref.start) else other.entity
        bodies = {id(other.entity): other for other in named if other.entity is not None}
        if noun in _COMMERCIAL_NOUNS and len(bodies) == 1:
            # `Brightwell Foods CEO Jane Doe said ...`, then `the company said`: the one firm named
            only = next(iter(bodies.values()))
            if not _named_another_kind(noun, only.text) and not self._unnamed_body_between(noun, only, ref.start):
                return only.entity
        return None

    def _after_a_sentence_on_an_unknown_name(self, ref: Ref) -> bool:
        """Does the sentence before the one of `ref` open with capitalised words the passes
        read as no one and nothing, then a verb (a body no list knows)?"""
        for sentence, refs in self._sentences_back(ref):
            if sentence.end > ref.start:
                continue  # the reference's own sentence
            opening = _CAPITALS_THEN_VERB.match(self.masked, sentence.start, sentence.end)
            return opening is not None and not any(
                other.start < opening.end("name") and other.end > opening.start("name") for other in refs
            )
        return False

    def _unnamed_body_between(self, noun: str, named: Ref, end: int) -> bool:
        """Is another body of that kind brought in, unnamed, between the named one and the
        noun that points back (`the trade group for the plans ... the group wrote`)?  Words
        of the body's own name do not bring in another (`the budget office`)."""
        own = set(named.text.casefold().split())
        for match in _unnamed_body(noun).finditer(self.masked, named.end, end):
            if self.masked[named.end : match.start()] in (", ", ","):
                continue  # `Centrenergo, the state-owned company that ...`: the body itself, described
            words = match.group().casefold().split()[1:-1]
            if not own.issuperset(words):
                return True
        return False

    def _subject_just_before(self, offset: int, phrase: str = "") -> Entity | None:
        """`Jane Doe, head of the medical team, said ... "...," the doctor said.`: a role noun no
        one's role fits stands for the person the sentence just before is about, named or
        meant by a pronoun, when that sentence names no one else who could be meant (`Doe met
        the defence minister. "...," the minister said` is not Doe's).  Another office named
        there (`Doe hit back at the former secretary of state. The Vermont senator ...`) is
        someone else, not a rival for `phrase`."""
        block_index = self.block_of(offset)
        if block_index is None:
            return None
        sentences = self.sentences(block_index - 1) if block_index else []
        sentences = sentences + self.sentences(block_index)
        for sentence in reversed(sentences):
            if sentence.start >= offset:
                continue
            # names inside a quote are what someone said, not whom the sentence is about
            refs = [
                ref
                for ref in self.refs_from(sentence.start, min(sentence.end, offset))
                if ref.kind in (PERSON, ROLE, ANONYMOUS, PRONOUN) and not self.inside_quote(ref.start)
            ]
            if not refs:
                if sentence.end >= offset:
                    continue  # the role noun's own sentence, before it: `"...," the doctor said`
                return None  # the sentence just before is about no one named
            subject = next((ref for ref in refs if self.is_subject(ref)), None)
            if subject is None or subject.kind not in (PERSON, PRONOUN, ROLE):
                return None
            # `"...," he said. The Wisconsin Republican ...`: a pronoun, one step back at most;
            # `The Polish minister was asked ...`: a role noun that names someone itself
            person = subject.entity if subject.kind == PERSON else self.person_behind(subject, depth=2)
            if person is None:
                return None
            # those named in what the subject said are only its content (`Doe said Roe's plan would fail`)
            reported = sentence.end if not self.speaks_next(subject, sentence) else subject.end
            refs = [ref for ref in refs if ref.start < reported or ref is subject]
            if any(
                ref.kind != PRONOUN and ref.entity is not person and not _other_roles(ref) and not _another_office(ref, phrase)
                for ref in refs
            ):
                return None  # someone else is named or described there: either could be meant
            return person
        return None

    def _sole_person_without_role(self) -> Entity | None:
        """When the article names one person only, and gives them no role, a role noun
        (`the deputy governor said`, `Source: Head of the Oblast Administration`) is them."""
        named = [entity for entity in self.index.persons if entity.mentions]
        if len(named) == 1 and not named[0].roles:
            return named[0]
        return None

    def organisation_named(self, name: str) -> Entity:
        """The organisation a label or a source line names in words (`Quote from the NBU:`):
        one the article knows by that name, acronym or words, else a new one."""
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


def _other_roles(ref: Ref) -> bool:
    """Is `ref` a person with roles of their own?  The caller found that none fits the role
    noun, so that person is not the one it means (`Doe got in on the game, bashing the senator
    Roe. "...," the former president said`)."""
    return ref.kind == PERSON and ref.entity is not None and bool(ref.entity.roles)


# the words a body's name may give its kind by, besides the noun itself: `Sacramento Valley FC`
# is the club
_KIND_IN_NAME = {"club": ("fc", "afc", "sc", "cf"), "airline": ("airways", "airlines", "air")}


def _named_as(noun: str, name: str) -> bool:
    """Does the body's name say it is a `noun` (`the ministry`: `Ministry of Energy`)?"""
    name = name.casefold()
    return noun in name or any(word in _KIND_IN_NAME.get(noun, ()) for word in name.split())


def _named_another_kind(noun: str, name: str) -> bool:
    """Is the body a counterpart of another kind, by the noun its name ends in (`the company`
    is not the `Bank Workers Union` nor the `Ministry of Trade`; `the agency` is not Congress)?"""
    words = name.casefold().split()
    if not words:
        return False
    if words[-1] in _LEGISLATURES or words[0] in _LEGISLATURES:
        return noun not in _LEGISLATURES  # a parliament is no agency, company or committee
    return noun in _COMMERCIAL_NOUNS and (words[-1] in _PUBLIC_OR_MEMBERS_BODIES or words[0] in _PUBLIC_OR_MEMBERS_BODIES)


def _only_of_something_else(phrase: str, roles: list[str]) -> bool:
    """Do all the roles that fit the phrase head something the phrase does not name (`the
    President` and `President of the European Parliament`)?"""
    fitting = [role for role in roles if _role_fits(phrase, [role])]
    heads = re.compile(rf"(?:the\s+)?{re.escape(strip_article(phrase))}\s+of\s", re.IGNORECASE)
    return bool(fitting) and all(heads.match(role) for role in fitting)


def _another_office(ref: Ref, phrase: str) -> bool:
    """Is `ref` a role noun for an office other than `phrase`'s (`the former secretary of
    state`, when `the Vermont senator` is asked about)?"""
    return ref.kind == ROLE and bool(phrase) and not _role_fits(phrase, [ref.text]) and not _role_fits(ref.text, [phrase])


def _is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex \w matches in text


def _boundary(text: str, at: int) -> bool:
    """Is the place right before text[at] a word boundary (where the regex `\\b` matches)?"""
    before = at > 0 and _is_word_character(text[at - 1])
    return before != (at < len(text) and _is_word_character(text[at]))


_LOWER_CASE_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _whole_word_in(text: str, word: str, after_lower_case_or_comma: bool = False) -> bool:
    """Does the text hold `word` with a word boundary on both sides (and, when asked, right after
    a lower-case letter a-z or a comma)?  What `re.search(rf"\\b{word}\\b", text)` tells (and
    `rf"[a-z,]{word}\\b"`), without compiling a pattern for each word asked about."""
    end = len(word)
    at = text.find(word, 1 if after_lower_case_or_comma else 0)
    while at >= 0:
        if after_lower_case_or_comma:
            fits = text[at - 1] in _LOWER_CASE_OR_COMMA
        else:
            fits = _boundary(text, at)
        if fits and _boundary(text, at + end):
            return True
        at = text.find(word, at + 1)
    return False


def strip_article(phrase: str) -> str:
    return _LEADING_ARTICLE.sub("", phrase.strip())


def _plural(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[-1].casefold().endswith(("ministers", "officials", "spokespersons", "representatives", "heads", "leaders"))


@lru_cache(maxsize=4096)
def role_words(phrase: str, aliases: bool = True) -> str:
    """A role phrase reduced to its content words, with one name per office and per country:
    `the Danish minister` -> `denmark minister`; `Head of State` -> `president`.
    Empty when the phrase names no role."""
    lex = lexicon()
    text = strip_article(phrase).casefold()
    text = _POSSESSIVE_S.sub("", text)
    if aliases:
        for alias, written, canonical in _role_aliases():
            if alias in text:  # most phrases hold none of the synonyms: no regex is run for them
                text = written.sub(canonical, text)
    words = [
        lex.countries.get(word, word)
        for word in _WORD_OR_HYPHENS.findall(text)
        if word not in ("of", "the", "for", "and", "a", "an", "on", "in") and not _AGE.fullmatch(word)
    ]
    names_a_role = any(is_role_token(word) for word in words) or any(
        canonical in text for canonical in set(lex.role_groups.values())
    )
    return " ".join(words) if names_a_role else ""


@lru_cache(maxsize=1)
def _role_aliases() -> list[tuple[str, re.Pattern[str], str]]:
    """Role synonyms, longest first, so `head of state` is read before `head`: each with the
    regex that finds it as whole words, and the name of its office."""
    return [
        (alias, re.compile(rf"\b{re.escape(alias)}\b"), canonical)
        for alias, canonical in sorted(lexicon().role_groups.items(), key=lambda item: -len(item[0]))
    ]


def _role_fits(phrase: str, roles: list[str]) -> bool:
    """Does a role noun fit one of these roles? Compared with synonyms read as one office
    (`Head of State` = `President`) and, failing that, word for word (`the head of the oblast
    military administration` = `Head of Kherson Oblast Military Administration`)."""
    return _role_fits_any(phrase, tuple(roles))


# the ones who put questions to a person, never that person: `the reporter asked`
_INTERLOCUTORS = re.compile(r"\b(?:reporter|journalist|interviewer|host|moderator|questioner|anchor)s?\b")
_ASKED_BEFORE = re.compile(r"\basked\s+$")  # `A reporter asked Achebe`: the one asked
# words that make a role another than the office it names: a shadow minister, a governor-elect
_NOT_THE_OFFICE_ITSELF = re.compile(r"\bshadow\b|-elect\b")
# a role noun for any of a firm's officers: `the executive said` fits a vice president, a chief
# product officer, a director
_ANY_EXECUTIVE = frozenset(("executive", "exec"))
_EXECUTIVE_OFFICES = re.compile(r"\b(?:president|vice-president|chief|officer|director|ceo|cfo|coo|cto|cmo|chairman|chairwoman|chair|founder|executive)\b")


@lru_cache(maxsize=4096)
def _role_fits_any(phrase: str, roles: tuple[str, ...]) -> bool:
    if strip_article(phrase).casefold() in _ANY_EXECUTIVE:
        return any(_EXECUTIVE_OFFICES.search(role.casefold()) for role in roles)
    # `the shadow floods minister` is not `the minister`, nor the governor `the governor-elect`
    marked = _NOT_THE_OFFICE_ITSELF.search(phrase.casefold()) is not None
    roles = tuple(role for role in roles if (_NOT_THE_OFFICE_ITSELF.search(role.casefold()) is not None) == marked)
    for aliases in (True, False):
        wanted = role_words(phrase, aliases).split()
        have = " ".join(role_words(role, aliases) for role in roles).split()
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
