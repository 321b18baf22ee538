"""The attribution rules, in the order the resolver tries them for each quote.

RULES:
1. said_after_quote: an attribution right after the quote;
2. speech_verb_before: a speech verb before the quote in its sentence, and its subject;
3. quote_from_label: a `Quote from Name:` label;
4. colon_introduction: a paragraph ending in a colon introduces a quote paragraph;
5. source_line: a `Quote:` label, read with the paragraph before, the `Source:` line or the lead;
6. named_after: a quote paragraph, then `That was Jane Doe, ...` or `That's how her mother put it`;
7. exchange_turn: in a back-and-forth, quote paragraphs take turns;
8. continuing_turn: the speaker of the quote just before goes on;
9. previous_paragraph: a quote paragraph after a paragraph reporting what someone said;
10. previous_sentence: a quote sentence after a sentence whose subject is a person;
11. sentence_subject: a partial quote inside a sentence without a speech verb, about a person.

The first rule that answers decides; a quote no rule answers stays unknown: a quote is never
given to the nearest name by default.  After every quote is read, `interview_turns` gives the
unattributed questions of an interview to the interviewer and the answers to the interviewee.

Each rule is a function of the resolver (the article read so far) and the quote's position,
returning an `Attribution` or None (the next rule is tried).  A rule may return an attribution
without a speaker (`a resident said`): the quote is then left unknown, and no later rule guesses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...model import HEADING, LABELLED, PARAGRAPH, Block, Span
from ..entities import (
    ANONYMOUS,
    BODY,
    KIN,
    ORGANISATION,
    PERSON,
    PRONOUN,
    ROLE,
    Entity,
    Ref,
    is_role_token,
)
from ..lexicon import alternation, speaker_words
from ..quotes import RawQuote
from .attribution import Attribution, How
from .context import (
    CONJUNCTIONS_OF_TIME_AND_CAUSE,
    DIRECT_GAP,
    LOOK_AFTER,
    QUOTE_MARK,
    SUBJECT_GAP,
    SUBORDINATOR,
    VERB_NEXT,
    WORD,
    sentence_ends,
)
from .documents import DOCUMENT_NOUN
from .references import role_words, strip_article

if TYPE_CHECKING:
    from . import Resolver

Rule = Callable[["Resolver", int], Attribution | None]

_DASHES = ("—", "–", "-")  # a turn broken off, or taken up, with a dash
_SENTENCE_END_MARK = re.compile(r"[.?!]")
# `That was Jane Doe`, `That was how spokesman Jane Doe put it`, `The woman who said it, Jane Doe,`
# (`The parent, Jane Doe, said in an interview ...`: the unnamed speaker named in apposition)
_IDENTIFIED_NEXT = re.compile(
    r"\W*(?:That(?:\s+(?:was|is)|['’]s)\s+(?:how\s+)?|The\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|voter|resident|parent|mother|father|one)"
    r"(?:\s+who\s+(?:said|wrote|spoke)\s+(?:it|that|this|those\s+words))?,\s+)"
)
_SOURCE_LINE_START = re.compile(r"[-–—]?\s*(?=[A-Z])")  # the name opens a dash line under a quote
_ASKED_AFTER = re.compile(r"[^.!?\n]{0,40}\basked\b")  # `," the prosecutor asked.`
_ASKED_THEN_NAME = re.compile(r"asked\s+(?:the\s+)?(?:[a-z]+\s+){0,2}")  # `asked the minister `: then the name
_ASKED_BEFORE_THE_QUOTE = re.compile(r"\basked\b[^.!?\"“”\n]{0,80}[:,]\s*$")  # `Doe asked Roe about demining: "`
_RELATIVE_SAID_AFTER = re.compile(rf"\s*,?\s+(?:his|her|their|the)\s+(?P<kin>{KIN})\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
_RELATIVE_NEXT = re.compile(rf"(?:his|her|their)\s+(?P<kin>{KIN})\b")  # `That's how her mother put it`
_NAMED_WITHIN = 40  # characters of titles and description between the lead and the name
# someone unnamed who speaks for a named person: `A spokeswoman for Doe`, `an aide to Doe`,
# `a lawyer for the senator`, `people close to Doe`
_SPOKESPERSON_FOR = re.compile(
    r"\b(?:an?|one|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person|people)|aides?|advis[eo]rs?|lawyers?|attorneys?|representatives?|friends?|"
    r"sources?|allies|ally|associates?|people|persons?|officials?)\s+"
    r"(?:for|of|to|close\s+to|familiar\s+with)\s+(?:the\s+)?(?:[a-z]+\s+)?$",  # `for the state Department of ...`
    re.IGNORECASE,
)
_SUBJECT_NEXT = re.compile(r"(?:['’]s)?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)*")
_RETORT_WORDS = 6  # a short reply to an answer (`"Roughly."`) is the asker's again
_LEAD_IN_WORDS = 6  # `Vail tries again.` before a turn of an exchange
_LOOK_BACK = 600  # characters read back from a quote for its attribution
_SPACE_AND_THE = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_OPENS_WITH_ACCORDING_TO = re.compile(r"\W*According\s+to\b")
_ACCORDING_AFTER = re.compile(r"\s*,?\s*according\s+to\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_AFTER_GAP = re.compile(r"\s*[,;:]?\s*(?:[–—-]\s*)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_INVERTED_GAP = re.compile(
    r"\s*[,;]?\s*(?P<verb>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:(?:his|her|their|its|the|a|an|another|one|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+)?"  # "his lawyer, ", "Om's father, "
    r"(?:(?:the|a|an)\s+|(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*['’]s\s+)?"  # `," asked CNBC's Jane Doe`
)
# `," said Democratic Rep. Jane Doe`, `," added his campaign manager Jane Doe`, `," said master of
# ceremonies Jane Doe`: a description of up to six words between the verb and the name, none of
# them a word that starts a clause (an `of` may join two, and an `and` two titles: `said former
# Gov. and party Chairman Jane Doe`)
_INVERTED_DESCRIBED = re.compile(
    r"\s*[,;]?\s*(?P<verb>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?P<description>(?:(?!(?:that|to|in|on|at|when|while|after|before|during|because|as|if|about|with|for|and(?=\s+[a-z])|but|of)\b)[\w'’.-]+\s+)"
    r"(?:(?:of\s+(?:the\s+)?)?(?!(?:that|to|in|on|at|when|while|after|before|during|because|as|if|about|with|for|and(?=\s+[a-z])|but|of)\b)[\w'’.-]+\s+){0,5})"
)
_QUOTED_AS_SAYING = re.compile(
    r"[\s,]*(?:the\s+)?[\w\s]{0,40}?\bquoted\s+(?P<who>him|her|them)\s+as\s+saying", re.IGNORECASE
)
_OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "group"}
# `," Mrs. Doe read.`, `," she read aloud.`: someone reading out another's words, the clause ending
_READ_OUT = re.compile(r"read(?:\s+aloud)?\s*(?:[.;]|,\s|$)")
# where the words read out come from: `a message Mr. Roe had sent her husband`, `the letter that Roe wrote`
_MESSAGE_FROM = re.compile(
    r"\b(?:message|text|letter|email|e-mail|note|post|voicemail)s?\s+(?:that\s+|which\s+)?"
    r"(?P<by>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:had\s+)?(?:sent|wrote|written|posted|left)\b"
)
# after `," Doe recalled`: the one Doe heard, whose words they were (`recalled him saying`, `heard her say`)
_SOMEONE_ELSE_SAYING = re.compile(r"[^,.;:!?\"“”]{0,50}?\b[a-z]+\s+(?P<who>him|her|them)\s+(?:as\s+)?say(?:ing|s)?\b")
# before `telling her, "`, `say "`: the one the subject remembers or heard speak (`she recalls him
# telling her`, `Doe heard them say`), whose words they are
_HEARD_BEFORE = re.compile(
    r"\b(?:recall|recalls|recalled|recalling|remember|remembers|remembered|remembering|hear|hears|heard|hearing)"
    r"\s+(?P<who>him|her|them)\s+$"
)
_LAST_CLAUSE = re.compile(r"\s+(?:\w+\s+){0,1}\w+\s*:\s*")  # "he shrugs:", "she simply answers:"
_AFTER_CLAUSE = re.compile(r"\s*,?\s+[\w‘’'(]")  # `," Doe said`: the sentence goes on after the quote
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
# a speech verb inside a subordinate clause, after another speech verb: `said that when Roe railed`
_IN_A_SUBORDINATE_CLAUSE = re.compile(r"\b(?:when|while|after|before|because|since|although|though|if|once|until)\s+[^,;:!?]*$")
# a speech verb ending a clause that opens the sentence (`While Roe spoke, `, `As Roe spoke, `), and a
# main clause of its own after it before the quote (not `As Roe put it, "..."` nor `As Roe explained,
# the taxes were postponed, "..."`: what Roe said)
_OPENING_CLAUSE_BEFORE_VERB = re.compile(
    rf"\s*(?:(?P<as>(?:Even\s+)?As)|{CONJUNCTIONS_OF_TIME_AND_CAUSE})\s+[^,;:!?\"“”]{{1,60}}"
)
_VERBS_OF_A_TIME = frozenset(("spoke", "speaks", "talked", "testified"))  # `As Roe spoke, ...`: while
_CLAUSE_THEN_MAIN_CLAUSE = re.compile(r"[^,;:!?\"“”]{1,80},\s+(?:[\w'’-]+\s+){4,}")
_MAIN_CLAUSE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4},\s+(?:[\w'’-]+\s+){4,}")  # ` on the floor, the lobby was ...`
# a relative clause between a subject and a participle, whose own subject the participle follows
_RELATIVE_CLAUSE = re.compile(r"[,—–-]\s+(?:where|who|which)\s+(?:[\w'’-]+\s+){1,3}(?:had|have|has|were|was|are|is)\s+")
_VERBS_WITH_AN_OBJECT = speaker_words().verbs_with_an_object
_CAPITAL_NEXT = re.compile(r"\s+[\"“”'‘]*[A-Z]")
_CLAUSE_COMMA = re.compile(r",\s*$")
_INVERTED_END = re.compile(r"\s*(?:[,:;–—-]\s*)+")  # `said Doe: "` (`says Doe "` is about Doe)
# `Said Doe, who grew up there, "`: after a verb that opens its sentence, a name described
# in a relative clause or an apposition, then the quote
_DESCRIBED_THEN_QUOTE = re.compile(r",\s+(?:who|whose|a|an|the)\s[^,;:.!?\"“”«»]{1,120}[,:]\s*")
# a sentence that is only a participle before its quote: `. Adding, "`, `. Continuing: "`
_LONGEST_PARTICIPLE = 30  # characters read back for one, with its comma and the sentence end before it
_LONE_PARTICIPLE = re.compile(r"(?<=[.!?”\"]\s)(?P<verb>[A-Z][a-z]+ing)\s*[,:]?$")
# `read from`, `read aloud from`: someone reads out words written by another
# (`read one aloud, from a mother whose son ...`: what is read, and a comma, may come between)
_FROM_AFTER_READ = re.compile(r"\s+(?:(?:one|it|them|this|that|parts|some)\s+)?(?:(?:aloud|out)\s*,?\s+)?from\b")
_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$")


def _words_introduced_by(who: str, verbs: str, flags: int = 0) -> re.Pattern[str]:
    """`I said to him, `, `you wrote on Facebook that `: the person, a speech verb and up to 40
    characters more, right before a quote."""
    return re.compile(rf"\b{who}\s+(?:[a-z]+ly\s+)?(?:{verbs})\b(?P<rest>[^.!?\"“”]{{0,40}}?)(?:[,:]|\bthat)\s*$", flags)


# `And I said to him, "`, `I tell them: "`: the one speaking reports their own words
_I_SAID_BEFORE = _words_introduced_by("I", "said|say|told|tell|asked|ask|wrote|write|replied|reply|answered|answer")
# `Last autumn you wrote on Facebook that "`: a question's words quoting the one interviewed
_YOU_SAID_BEFORE = _words_introduced_by("you", "said|told|wrote|posted|tweeted", re.IGNORECASE)
_FIRST_PERSON_AFTER = re.compile(r"\s*[,;]?\s*(?:I|we)\s+(?:[a-z]+ly\s+)?")  # `," I asked`, `," we wrote`
# `published a statement`, `posted a video address`: a subject putting out words, then maybe whose
_PUBLISHED = re.compile(
    r"\b(?:published|posted|issued|released|shared)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|message|post|video|address|letter|note|appeal)\b"
)
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
# `quoted Vladimir Saldo as saying: "`, `quoted Lavrov as saying that Russia would act "`
# `quoted Doe as saying:`, `quoted Doe, a vice-director of ..., as saying (that) the test "..."`
_QUOTED_BEFORE = re.compile(
    r"\bquoted\s+(?P<who>[^,;:.!?\"“”]{1,80}?)(?:,[^;:!?\"“”]{1,120}?,)?\s+as\s+saying\b(?:\s*[:,]?\s*$|\s+[^;:!?\"“”]*$)"
)
_QUOTE_LABEL = re.compile(r"^(?:quote|quotes|statement)s?\s+(?:from|by)\s+(?P<who>.+)$", re.IGNORECASE)
_CITING = re.compile(rf"\b{alternation(speaker_words().citing_words)}\s+", re.IGNORECASE)
# `Source: Doe on Telegram`: where the source spoke, dropped with the rest of the line
_SOURCE_TAIL = re.compile(
    r"\s*,?\s+(?:on|in|at|via|during|through|to|for)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    rf"{alternation(speaker_words().source_channels)}.*$",
    re.IGNORECASE | re.DOTALL,
)
_NAME_LEAD_IN = re.compile(r"(?:(?:,|\s+of|\s+from)\s+(?:the\s+)?[A-Z][^:,.\"“”]{0,60}|,\s+\d{1,3})?\s*:\s*")  # `Doe, 71:`
# after a name signing a quote with a dash: nothing but a place or an affiliation
_DASH_SIGNATURE_END = re.compile(r"(?:,\s*[A-Z][\w'’. -]{0,40})?[\s.,;)]*")
_NEXT_OPENING = re.compile(r"[\"“«]")
# `Doe:`, `Here's Doe in December 1992:`: a name and at most when it spoke, then the colon
_COLON_ONLY = re.compile(
    r"(?:\s+(?:in|on|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[\w ,]{0,12}|\d{4}))?\s*:\s*"
)
# `Doe told reporters that there was "no timeline," and a senior aide, speaking on the condition
# of anonymity, was blunter still: "`: a clause of its own, with its own subject, opens the quote
_AND_A_NEW_CLAUSE = re.compile(r"[,;\"”»]\s+(?:and|but|while)\s+$")  # (a comma inside a quote is masked)
# the rest of that clause after its subject: an apposition perhaps, then its verb and words, to the colon
_CLAUSE_TO_THE_COLON = re.compile(r"(?:\s*,[^;:\"“”«»]{1,200}?,)?(?P<rest>\s+[a-z]+\b[^;:\"“”«»]*):\s*")
_COLON_END = re.compile(r"(?::|\s(?:--|—|–))\s*$")  # `Doe delivered a message:`, `Doe embraced it -- "`
_DASH_BETWEEN = re.compile(r"\s[-–—]\s")
# `It read in part:`, `The statement said:`: a document just named speaks, in the paragraph's last sentence
_IT_READ = re.compile(
    r"\s*(?:It|This|The\s+(?:statement|letter|post|note|message|release))\s+(?:read|reads|said|says|stated|states)"
    r"(?:,?\s+in\s+part)?\s*:\s*"
)
# who is interviewed: `an interview with Doe`, `spoke with Doe`, `sat down with Doe`
_INTERVIEWED = re.compile(r"\b(?:interview|conversation|Q&A)\s+with\s+|\b(?:spoke|talked|sat\s+down)\s+with\s+", re.IGNORECASE)
_ON_A_TOPIC = re.compile(r"\s+on\s+[a-z]")  # `Jane Doe on grief ...`: what the interview is about
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,4}")
# `a letter from Roe`, `a statement by Roe`: a document whose words are another's
_DOCUMENT_FROM = re.compile(rf"\b{DOCUMENT_NOUN}s?\s+(?:from|by|of)\b", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
# after a name: the end of the clause, an apposition, a state or party (`Doe of Ohio`, `Doe (R-Ohio)`)
_CLAUSE_ENDS = re.compile(r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}|\s*\([^()]{1,20}\))?\s*(?:[.;]|,\s+(?:a|an|the|who|[a-z]+ed|[a-z]{2,}ing)\b|$)")
_ROLE_AFTER_COMMA = re.compile(r",\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
_ARTICLE_AND_ADJECTIVE = re.compile(r"\s*,?\s*(?:an?|the)\s+[a-z]+\s+")  # `," an angry Doe`
# `Doe retaliated.`, `she began, to laughter.`: the clause ends on its verb, or a short phrase of
# manner after it
_LONE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|began)(?:,\s+(?:to|with|amid)\s+[a-z][a-z ]{0,30})?\s*[.!]")
_AND_THEN = re.compile(r",?\s+and\s+")
_KIN_AFTER_AND = re.compile(rf"(?:his|her|their)\s+{KIN}\s+[a-z]+\b(?!['’])")  # `and her husband cut in`
# `The trouble, says Jane Doe, a historian, is that it was "...`: a speech verb and a name (and
# an apposition) set off by commas inside the sentence, whose words then go on to the quote (an
# earlier quote of the sentence among them, masked: "QQQ")
_WORD_AND_COMMA_BEFORE = re.compile(r"\w,\s+$")
_PARENTHESIS_CLOSED = re.compile(r"(?:,\s+[^,;:.!?\"“”«»]{1,120})?,\s+\w(?:[^;:!?\"“”«»]|[\"“«„]Q*[.!?…]?[\"”»])*")
_COORDINATED = re.compile(r"(?:\band|\bbut|,)\s+(?:(?:then|now|also|later|still)\s+)?(?:[a-z]+ly\s+)?$")
# a participle clause opens after a comma, a dash, a quote, `and` or a preposition (`..., saying`,
# `and asserting`, `by saying`), or describes a document (`a statement saying`); written right
# after another noun it describes that noun (`the bigot denouncing`), who is not the speaker;
# `a statement Friday afternoon saying`: when a document came out, between it and the participle
_DAY_AND_TIME = rf"(?:\s+(?:on\s+)?(?i:{alternation(speaker_words().speech_days)})(?:\s+(?:morning|afternoon|evening|night))?)?"
_BEFORE_A_PARTICIPLE = re.compile(
    rf"(?:[,;:–—”\"'’-]|\b(?:and|while|after|before|by|when|in|upon|without|also|his|her|their|ad|{DOCUMENT_NOUN}{_DAY_AND_TIME}))\s+(?:[a-z]+ly\s+)?$"
)
# `signed a letter `, `sent an open letter `, `issued a statement ` right before a participle
_DOCUMENT_SENT_BEFORE = re.compile(
    rf"\b(?:signed|sent|wrote|issued|released|published|posted|filed|circulated)\s+(?:a|an|the|their|his|her|its)\s+(?:[a-z-]+\s+)?{DOCUMENT_NOUN}\s+$"
)
_WHOSE = re.compile(r"['’]s?(?:\s+[a-z][\w-]*){0,5}\s+")  # `Clinton's top foreign policy aide `
# the few words a sentence goes on with after a partial quote, up to a comma
_WORDS_TO_A_COMMA = re.compile(r"[^,;:.!?\"“”«»]{1,80}?,\s+")
_TO_BEFORE = re.compile(r"\bto\s+$")  # `to say`: an infinitive
_VERB_GROUP_TO = re.compile(r"(?:\s+[a-z]+){1,4}\s+to\s+")  # ` was prompted to `
_INSIDE_A_SENTENCE = re.compile(r"[a-z,]\s*$")
_SHORT_CLAUSE_AND_COLON = re.compile(r",?(?:\s+[a-z][\w'’-]*){1,5}\s*:\s*")
_SPOKEN_TO_OR_ABOUT = re.compile(
    rf"\b(?:of|about|to|for|with|at|on|against|from|by|and|or|{alternation(speaker_words().verbs_with_an_object)})\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# -- 1. after the quote ------------------------------------------------------------------
def said_after_quote(resolver: Resolver, position: int) -> Attribution | None:
    """An attribution right after the quote, in the quote's sentence: a name and a speech verb
    (`," Umierov said.`), a verb and a name (`," said Umierov.`), a pronoun, role or
    organisation noun (`," he added.`, `," the minister stressed.`, `," the company stated.`),
    `," according to Doe.`, a dash (`" – Doe`), or a document (`," the ruling says.`: the court;
    `the statement issued by X reads`: X).  Not when a new sentence follows the quote instead:
    `“We won.” Analyst Jane Doe agreed that ...`.

    Example: `"We will not give up," Umierov said.`
    """
    quote = resolver.quotes[position]
    found = _attribution_after(resolver, quote)
    if found is not None and found.ref is not None and found.ref.kind != PRONOUN and _new_sentence_after(resolver, quote):
        return None  # `“We won.” Analyst Jane Doe agreed that ...`: a sentence of its own
    if found is not None and found.ref is not None and found.ref.kind == PRONOUN and _ends_its_sentence(resolver, quote) and resolver.speech_verb_before(quote):
        return None  # `Doe said the cuts were “a blow.” He said ...`, `telling her, “Get well!” She replied
        # ...`: the first speaker's, as the verb before says
    if found is not None and _introduces_the_next_quote(resolver, quote):
        return None  # `Roe wrote to Doe, “Why now?” Doe replied, “...”`: Doe's words are the next ones
    if found is not None and found.how in (How.PRONOUN, How.ROLE) and found.speaker is not None and _answers_the_asker(resolver, position, found.speaker):
        # `"Did he tell you?" the prosecutor asked.` + `"He told me he'd had a few," she said`: the
        # answer is not the asker's own, whomever else the pronoun means; `Lapina asked Sydorchuk
        # about demining: "...?"` + `"...," the minister replied`: the one asked
        return Attribution(_the_one_asked(resolver, resolver.quotes[position - 1]), How.EXCHANGE)
    return found


def _the_one_asked(resolver: Resolver, question: RawQuote) -> Entity | None:
    """The person named right after `asked` before the question (`Lapina asked Sydorchuk about
    demining: "...?"`), if any."""
    start = max(resolver.blocks[question.blocks[0]].body.start, question.open_mark - 120)
    asked = _ASKED_BEFORE_THE_QUOTE.search(resolver.masked, start, question.open_mark)
    if asked is None:
        return None
    refs = resolver.refs_from(asked.start(), question.open_mark)
    first = refs[0] if refs else None
    if first is None or first.kind != PERSON or not _ASKED_THEN_NAME.fullmatch(resolver.masked, asked.start(), first.chunk_start):
        return None
    return first.entity


def _answers_the_asker(resolver: Resolver, position: int, speaker: Entity) -> bool:
    """Is the quote the answer, in the next paragraph, to a question the same person was said
    to ask (`"...?" the prosecutor asked.`, `Doe asked Roe about it: "...?"`; not a speaker's own
    question, `"...?" Doe said.`)?"""
    if position == 0:
        return False
    quote, previous = resolver.quotes[position], resolver.quotes[position - 1]
    return (
        resolver.results[position - 1].speaker is speaker
        and quote.blocks[0] == previous.blocks[-1] + 1
        and _is_question(previous.text)
        and not _is_question(quote.text)
        and (
            _ASKED_AFTER.match(resolver.masked, previous.after) is not None
            or _ASKED_BEFORE_THE_QUOTE.search(resolver.masked, max(resolver.blocks[previous.blocks[0]].body.start, previous.open_mark - 120), previous.open_mark)
            is not None
        )
    )


def _introduces_the_next_quote(resolver: Resolver, quote: RawQuote) -> bool:
    """A quote that ends its own sentence and has a speech verb before it (`Roe wrote to Doe,
    “Why now?”`), followed by a clause that opens the next quote (`Doe replied, “You look
    fine.”`): that clause is the next quote's attribution, not this one's."""
    if quote.text.rstrip()[-1:] not in ".?!…" or not _CAPITAL_NEXT.match(resolver.masked, quote.after):
        return False
    next_mark = _NEXT_OPENING.search(resolver.masked, quote.after, quote.after + 80)
    if next_mark is None or not resolver.masked[quote.after : next_mark.start()].rstrip().endswith((",", ":")):
        return False
    return resolver.speech_verb_before(quote)


def _ends_its_sentence(resolver: Resolver, quote: RawQuote) -> bool:
    """Does a full stop, or an exclamation or question mark, close the quote's sentence, with a
    capital after it?"""
    return quote.text.rstrip()[-1:] in ".…!?" and _CAPITAL_NEXT.match(resolver.masked, quote.after) is not None


def _new_sentence_after(resolver: Resolver, quote: RawQuote) -> bool:
    """Does a new sentence, not an attribution, follow the quote?  A full stop closes the
    quote and the words after it go on past a short `Doe said.`"""
    if quote.text.rstrip()[-1:] not in ".…" or not _CAPITAL_NEXT.match(resolver.masked, quote.after):
        return False
    block_index = quote.blocks[-1]
    sentence = resolver.sentence_at(block_index, quote.after + 1)
    after = resolver.masked[quote.after : sentence.end]
    next_mark = _NEXT_OPENING.search(resolver.masked, quote.after, quote.after + 120)
    if next_mark and resolver.masked[quote.after : next_mark.start()].rstrip().endswith(":"):
        return True  # `''We are not terrorists.'' Mr. Zahed said: ''...''`: the next quote's speaker
    words = WORD.findall(after)
    return len(words) > 6 or "that" in words


def _attribution_after(resolver: Resolver, quote: RawQuote) -> Attribution | None:
    if quote.close_mark is None:
        return None
    block_index = quote.blocks[-1]
    end = resolver.blocks[block_index].span.end
    document = resolver.document_after(quote)
    if document is not None:  # `," the ruling says.`
        return document
    quoted = None
    if "quoted" in resolver.masked[quote.after : quote.after + 80]:
        sentence = resolver.sentence_at(block_index, quote.close_mark)
        quoted = _QUOTED_AS_SAYING.match(resolver.masked[quote.after : min(sentence.end, quote.after + 80)])
    if quoted:  # `," the statement quoted her as saying.`
        who = quoted["who"]
        pronoun = Ref(quote.after, quote.after, PRONOUN, who, gender=_OBJECT_PRONOUNS[who.casefold()])
        return Attribution(resolver.pronoun(pronoun), How.PRONOUN)
    relative = _RELATIVE_SAID_AFTER.match(resolver.masked, quote.after, end)
    if relative is not None and resolver.verb_at(relative["verb"]):
        # `," her son said.`, `," the granddaughter said.`: the one person the article gave that
        # relative's role (`her son, Thaddeus Farrady,`), else a relative it leaves unnamed
        return Attribution(resolver.relative_by_role(relative["kin"]), How.ROLE)
    first_person = _FIRST_PERSON_AFTER.match(resolver.masked, quote.after, end)
    if first_person is not None and resolver.verb_at(resolver.masked[first_person.end() : first_person.end() + 40]):
        return Attribution(None, How.VERB_AFTER)  # `," I asked.`: the writer's own words, whom the text does not name
    following = resolver.refs_from(quote.after, end)
    if not following:
        return None
    ref = following[0]
    gap = resolver.masked[quote.after : ref.chunk_start]
    if _AFTER_GAP.fullmatch(gap):
        tail = resolver.masked[ref.end : min(end, ref.end + 300)]
        direct = DIRECT_GAP.match(tail)  # `Doe said`: the common case, without an apposition
        verb = direct if direct and resolver.verb_at(tail[direct.end() :]) else SUBJECT_GAP.match(tail)
        if verb and resolver.verb_at(tail[verb.end() :]):
            if len(following) > 1 and resolver.describes_next(ref, following[1:2]):
                ref = following[1]  # `," the press secretary, Jane Doe, said`: the name, not the role
            if _READ_OUT.match(tail, verb.end()):
                return _writer_of_what_was_read(resolver, quote)  # the reader is not resolved: not the speaker
            found = resolver.resolve(ref, How.VERB_AFTER)
            heard = _SOMEONE_ELSE_SAYING.match(tail, verb.end())
            if heard is not None:
                # `," Mr. Warsame recalled him saying`: the words of the one Warsame heard, who is
                # not Warsame; whom the pronoun means, if it can be told
                who = heard["who"]
                pronoun = Ref(quote.after, quote.after, PRONOUN, who, gender=_OBJECT_PRONOUNS[who])
                meant = resolver.pronoun(pronoun)
                return Attribution(meant if meant is not found.speaker else None, How.PRONOUN)
            return found
        if re.search(r"[–—]", gap):
            sentence = resolver.sentence_at(block_index, quote.close_mark)
            if sentence.end - ref.end < 50 and _DASH_SIGNATURE_END.fullmatch(resolver.masked, ref.end, sentence.end):
                return resolver.resolve(ref, How.DASH)  # `" – Doe`, `" — Jane Doe, Eastbrook`
    if _comma_closes(resolver, quote) and ref.kind in (PERSON, PRONOUN) and (
        _AFTER_GAP.fullmatch(gap) or ref.kind == PERSON and _ARTICLE_AND_ADJECTIVE.fullmatch(gap)
    ) and _LONE_VERB.match(resolver.masked, ref.end, end):
        # `," Doe retaliated.`, `," an angry Doe retorted.`, `," he shrugged.`: the quote is what the
        # one verb of the clause did, whatever the verb
        return resolver.resolve(ref, How.VERB_AFTER)
    inverted = _INVERTED_GAP.fullmatch(gap)
    if inverted and resolver.verb_at(inverted["verb"]):
        # `," said the mayor, Jane Doe.`, `," asked CNBC's Jane Doe.`: the name the words before describe
        named = following[1] if len(following) > 1 and resolver.describes_next(ref, following[1:2]) else None
        if inverted["verb"].casefold() not in _VERBS_WITH_AN_OBJECT or _ends_the_clause(resolver, named or ref):
            return resolver.resolve(named or resolver.head_of(ref), How.VERB_AFTER)
    described = _INVERTED_DESCRIBED.fullmatch(gap)
    if described and ref.kind == PERSON and resolver.verb_at(described["verb"]) and described["verb"] not in _VERBS_WITH_AN_OBJECT:
        return resolver.resolve(ref, How.VERB_AFTER)
    if "ccording" in gap:
        document = resolver.according_to_a_document(quote.after, ref.chunk_start)
        if document is not None:
            return document  # `," according to a complaint filed by Doe.`: the document's maker
    if _ACCORDING.search(gap) and re.fullmatch(r"\s*,?\s*according\s+to\s+(?:the\s+)?", gap, re.IGNORECASE):
        return resolver.resolve(ref, How.ACCORDING_TO)
    return (
        _subject_after(resolver, quote, block_index)
        or _inverted_at_the_end(resolver, quote, block_index)
        or _attribution_at_the_end(resolver, quote, block_index)
    )


def _writer_of_what_was_read(resolver: Resolver, quote: RawQuote) -> Attribution:
    """`"...," Mrs. Nguyen read.`: the words of whoever wrote what she read out, named in the
    quote's paragraph or the one before (`a message Mr. Pettigrew had sent her husband`); no
    one, when the article does not say, and never the reader."""
    block_index = quote.blocks[0]
    start = resolver.blocks[max(0, block_index - 1)].span.start
    sources = list(_MESSAGE_FROM.finditer(resolver.masked, start, quote.open_mark))
    if sources:
        by = sources[-1]
        writer = next((ref for ref in resolver.refs_from(by.start("by"), by.end("by")) if ref.kind == PERSON), None)
        if writer is not None:
            return resolver.resolve(writer, How.DOCUMENT)
    return Attribution(None, How.VERB_AFTER)


def _comma_closes(resolver: Resolver, quote: RawQuote) -> bool:
    """Does a comma close the quote (`"...," Doe`), inside the marks or right after them?"""
    return quote.text.rstrip()[-1:] == "," or resolver.masked[quote.after : quote.after + 1] == ","


def _inverted_at_the_end(resolver: Resolver, quote: RawQuote, block_index: int) -> Attribution | None:
    """`"Many would call it a defeat" if she lost, said Jane Doe, an analyst.`: a sentence that
    goes on after a partial quote and ends with an inverted attribution is that person's."""
    assert quote.close_mark is not None  # only quotes with a closing mark are read after
    sentence = resolver.sentence_at(block_index, quote.close_mark)
    end = min(sentence.end, resolver.blocks[block_index].span.end, quote.after + LOOK_AFTER)
    if QUOTE_MARK.search(resolver.masked, quote.after, end):
        return None
    for verb_start, verb_end in resolver.speech_verbs(quote.after, end):
        if not _COMMA_BEFORE.search(resolver.masked, max(quote.after, verb_start - 3), verb_start):
            continue
        after = [ref for ref in resolver.refs_from(verb_end, end) if ref.kind == PERSON]
        if not after:
            return None
        described = _INVERTED_DESCRIBED.fullmatch(resolver.masked[verb_start - 2 : after[0].chunk_start])
        direct = _SPACE_AND_THE.fullmatch(resolver.masked[verb_end : after[0].chunk_start])
        if (direct or described) and _ends_the_clause(resolver, after[0]) and not resolver.speech_verb_before(quote):
            return resolver.resolve(after[0], How.VERB_AFTER)
        return None
    return None


def _attribution_at_the_end(resolver: Resolver, quote: RawQuote, block_index: int) -> Attribution | None:
    """`"We're alive" at the convention, he said.`, `"...Bibi" before discussing specifics, she
    said.`: a partial quote whose sentence goes on for a few words and ends with a comma and
    its attribution (a name or a pronoun and a speech verb) is that speaker's, when nothing
    before the quote in its sentence reports speech."""
    assert quote.close_mark is not None  # only quotes with a closing mark are read after
    if quote.text.rstrip()[-1:] in ".?!…":
        return None  # a full sentence quoted: the words after it are a sentence of their own
    sentence = resolver.sentence_at(block_index, quote.close_mark)
    end = min(sentence.end, resolver.blocks[block_index].span.end, quote.after + LOOK_AFTER)
    lead = _WORDS_TO_A_COMMA.match(resolver.masked, quote.after, end)
    if lead is None or resolver.has_speech_verb(quote.after, lead.end()) or resolver.speech_verb_before(quote):
        return None
    refs = resolver.refs_from(lead.end(), end)
    if not refs or refs[0].chunk_start != lead.end() or refs[0].kind not in (PERSON, PRONOUN):
        return None
    tail = resolver.masked[refs[0].end : end]
    direct = DIRECT_GAP.match(tail)
    if direct is None or not resolver.verb_at(tail[direct.end() :]):
        return None
    return resolver.resolve(refs[0], How.VERB_AFTER)


def _ends_the_clause(resolver: Resolver, ref: Ref) -> bool:
    """`," warned Clinton.`, `," asked Doe, a reporter.`: a person named right after an inverted
    verb that takes an object, where the sentence or the clause ends, is its subject."""
    if ref.kind != PERSON:
        return False
    if _CLAUSE_ENDS.match(resolver.masked, ref.end, ref.end + 30) is not None:
        return True
    # `, said Jane Doe, deputy campaign manager for ...`: an apposition that opens on a role word
    role = _ROLE_AFTER_COMMA.match(resolver.masked, ref.end, ref.end + 40)
    return role is not None and any(is_role_token(word) for word in role["words"].split())


def _subject_after(resolver: Resolver, quote: RawQuote, block_index: int) -> Attribution | None:
    """The subject of the first speech verb after the quote, in the quote's sentence:
    `," Sanders campaign manager Jane Doe said.` (a longer description before the name),
    `," the economist John Roe, a former adviser, wrote.`  Only after a quote that a comma
    or a question or exclamation mark closes: a partial quote's sentence goes on with
    other things (`what Doe called "the old model," the club charged`)."""
    if not _AFTER_CLAUSE.match(resolver.masked, quote.after):
        return None
    if quote.text.rstrip()[-1:] not in ",?!…—–-" and resolver.masked[quote.after : quote.after + 1] != ",":
        return None
    assert quote.close_mark is not None  # only quotes with a closing mark are read after
    sentence = resolver.sentence_at(block_index, quote.close_mark)
    if resolver.speech_verb_before(quote):
        return None  # `Doe said he would make it "glow in the dark," and Roe vowed ...`
    end = min(sentence.end, resolver.blocks[block_index].span.end, quote.after + LOOK_AFTER)
    cut = QUOTE_MARK.search(resolver.masked, quote.after, end)  # another quote's words are not ours
    verbs = resolver.speech_verbs(quote.after, cut.start() if cut else end)
    if not verbs:
        return None
    verb_start = verbs[0][0]
    before = [ref for ref in resolver.refs_from(quote.after, verb_start) if ref.end <= verb_start]
    if resolver.several_subjects(before, verb_start):
        return Attribution(None, None)  # `," Doe and Roe said.`: said by both, not by one of them
    subject = resolver.subject_before(before, verb_start)
    return resolver.resolve(subject, How.VERB_AFTER) if subject is not None else None


# -- 2. before the quote -----------------------------------------------------------------
def speech_verb_before(resolver: Resolver, position: int) -> Attribution | None:
    """A speech verb before the quote in the same sentence, and its subject: the subject of
    *said*, not the nearest name; a document as the subject (`The indictment, which SAPO sent
    to court, says that ... "..."`) is whoever issued it.

    Example: `Lecornu said that he and Umierov talked about "a long-term partnership."`
    """
    quote = resolver.quotes[position]
    sentence = resolver.sentence_at(quote.blocks[0], quote.open_mark)
    start = max(sentence.start, quote.open_mark - _LOOK_BACK)
    return (
        resolver.document_before(start, quote.open_mark)
        or _first_person_in_a_labelled_turn(resolver, quote)
        or _quoted_as_saying(resolver, start, quote.open_mark)
        or _speech_in(resolver, start, quote.open_mark)
        or _name_and_colon(resolver, _label_or_sentence_start(resolver, quote, sentence.start), quote.open_mark)
        or _named_before_colon(resolver, start, quote.open_mark)
    )


def _first_person_in_a_labelled_turn(resolver: Resolver, quote: RawQuote) -> Attribution | None:
    """`DOE: At the border I said to him, "..."`: in a transcript's turn, the words the speaker
    says they said are the speaker's, whom the label names."""
    block = resolver.blocks[quote.blocks[0]]
    if block.label is None or not _i_said_before(resolver, block, quote):
        return None
    named = next((ref for ref in resolver.refs_from(block.span.start, block.body.start) if ref.kind == PERSON), None)
    return resolver.resolve(named, How.LABEL) if named is not None else None


def _i_said_before(resolver: Resolver, block: Block, quote: RawQuote) -> bool:
    """Does the quote follow `I said to him,`, `I wrote, in capital letters,`, `I wrote that`
    in its paragraph, with no one else's speech verb between (`I said I was leaving, my
    husband told me,` is the husband's)?"""
    found = _I_SAID_BEFORE.search(resolver.masked, max(block.body.start, quote.open_mark - 80), quote.open_mark)
    return found is not None and not resolver.speech_verbs(found.start("rest"), found.end("rest"))


def _quoted_as_saying(resolver: Resolver, start: int, end: int) -> Attribution | None:
    """`RIA Novosti quoted Vladimir Saldo as saying: "..."`, `TASS quoted Lavrov as saying that
    Russia would act "..."`: the one quoted, not who quotes."""
    if "quoted" not in resolver.masked[start:end]:
        return None  # seldom written: a plain search says when to look
    quoted = _QUOTED_BEFORE.search(resolver.masked, max(start, end - 300), end)
    if quoted is None:
        return None
    refs = [ref for ref in resolver.refs_from(quoted.start("who"), quoted.end("who")) if ref.end <= quoted.end("who")]
    if refs and refs[0].kind in (PERSON, ORGANISATION):
        return resolver.resolve(refs[0], How.VERB_BEFORE)
    return Attribution(None, None)  # `quoted a resident as saying`: someone unnamed


def _label_or_sentence_start(resolver: Resolver, quote: RawQuote, sentence_start: int) -> int:
    """Where a `Name:` lead-in would begin: the start of a paragraph the parser read as
    labelled (`Clinton: "..."`) when the quote opens its body, else the sentence's start."""
    block = resolver.blocks[quote.blocks[0]]
    if block.label is not None and quote.open_mark - block.body.start <= 1:
        return block.span.start
    return sentence_start


def _name_and_colon(resolver: Resolver, start: int, end: int) -> Attribution | None:
    """`Bush: "The mission is to destroy it."`, `Jane Doe, Daily Courier: "..."`, `Jane Doe of
    the Courier: "..."`: a sentence that is only a name (and the outlet they speak for) and a
    colon before the quote, as transcripts, panels and side-by-side comparisons write a speaker."""
    refs = [ref for ref in resolver.refs_from(start, end) if ref.end <= end]
    if not refs or refs[0].kind not in (PERSON, ORGANISATION):
        return None
    ref = refs[0]
    lead = resolver.masked[start : ref.chunk_start].strip()
    if lead and not (lead[:1].isupper() and lead.casefold() in resolver.lex.speech_verbs):
        return None  # `Added Doe: "..."` is Doe's, with the verb put first
    if not _NAME_LEAD_IN.fullmatch(resolver.masked, ref.end, end):
        return None
    return resolver.resolve(ref, How.VERB_BEFORE if lead else How.LABEL)


def _named_before_colon(resolver: Resolver, start: int, end: int) -> Attribution | None:
    """`The timing does not surprise Republican pollster Jane Doe: "..."`, `Polls shift - Jane
    Doe: "..."`: a person named last in the sentence, right before the colon that opens the
    quote, introduces it; not someone spoken to or about (`Doe said of Roe: "..."`).  So does a
    subject followed only by a short clause (`Kasich resisted: "..."`)."""
    refs = [ref for ref in resolver.refs_from(start, end) if ref.end <= end]
    if not refs or refs[-1].kind != PERSON:
        return _subject_before_colon(resolver, refs, end)
    ref = refs[-1]
    if _COLON_ONLY.fullmatch(resolver.masked, ref.end, end):
        if _SPOKEN_TO_OR_ABOUT.search(resolver.masked, max(start, ref.chunk_start - 20), ref.chunk_start):
            return _subject_before_colon(resolver, refs, end)  # `... a message to Roe: "..."`: not Roe
        return resolver.resolve(ref, How.VERB_BEFORE)
    # `Kasich resisted: "..."`, `Doe answered the charge: "..."`: the subject's short clause
    if _SHORT_CLAUSE_AND_COLON.fullmatch(resolver.masked, ref.end, end) and resolver.is_subject(ref):
        return resolver.resolve(ref, How.VERB_BEFORE)
    return _subject_before_colon(resolver, refs, end)


def _subject_before_colon(resolver: Resolver, refs: list[Ref], end: int) -> Attribution | None:
    """`Senate leader Jane Doe delivered a blunt message to Roe: "..."`: a clause that ends in
    the colon opening the quote, whose subject is a person, introduces that person's words,
    when anyone else it names is only the object of a preposition (`to Roe`, `with CNN`)."""
    if not _COLON_END.search(resolver.masked, max(0, end - 4), end):
        return None
    subject = next((ref for ref in refs if resolver.is_subject(ref)), None)
    if subject is None or subject.kind not in (PERSON, ORGANISATION) or subject.entity is None or resolver.after_preposition(subject):
        return None  # `Roe wrote of Doe: "..."`: Doe is spoken of; `the board was conclusive in its findings:` speaks
    if _DASH_BETWEEN.search(resolver.masked, subject.end, end):
        return None  # `Media shares blame - HuffPollster: "..."`: a headline, then the source
    if resolver.has_speech_verb(subject.end, end) or _DOCUMENT_FROM.search(resolver.masked, subject.end, end):
        return None  # `Doe pointed to a banner that said:`, `Doe showed a letter from Roe:`: not Doe's words
    for ref in refs:
        if ref.kind in (PERSON, PRONOUN) and ref.entity is not subject.entity and not resolver.after_preposition(ref):
            return None  # `Doe recalled what Roe told her: "..."`: either could be meant
    return Attribution(subject.entity, How.SENTENCE_SUBJECT, ref=subject)


def _speech_in(resolver: Resolver, start: int, end: int) -> Attribution | None:
    """The subject of the last speech verb in text[start:end] (masked), if any."""
    region = resolver.masked[start:end]
    verbs = resolver.speech_verbs(start, end)
    reading = [verb for verb in verbs if _reads_from(resolver, *verb)]
    if reading:  # `Doe read from a letter she said a pupil wrote: "..."`: the letter's words
        return _subject_of(resolver, start, reading[0][0], reading[0][1], end)
    if verbs:
        after_them = _subject_of_a_clause_after(resolver, verbs[0][1], end)
        if after_them is not None:
            return after_them
    for at in range(len(verbs) - 1, -1, -1):
        verb_start, verb_end = verbs[at]
        if at and _IN_A_SUBORDINATE_CLAUSE.search(resolver.masked, verbs[at - 1][1], verb_start) and "," in resolver.masked[verb_end:end]:
            continue  # `Doe said that when Roe railed against it, "..."`: the quote is the main clause, Doe's
        opening = _OPENING_CLAUSE_BEFORE_VERB.fullmatch(resolver.masked, start, verb_start)
        if (
            opening is not None
            and (not opening["as"] or resolver.masked[verb_start:verb_end] in _VERBS_OF_A_TIME)
            and _MAIN_CLAUSE_AFTER.match(resolver.masked, verb_end, end)
        ):
            return Attribution(None, None)  # `As Roe spoke, the lobby was whipping votes against "..."`: the main clause's, not Roe's
        subject = _subject_of(resolver, start, verb_start, verb_end, end)
        if subject is not None:
            return subject
    according = list(_ACCORDING_TO.finditer(region)) if "ccord" in region.casefold() else []
    if according:
        document = resolver.according_to_a_document(start + according[-1].start(), end)
        if document is not None:
            return document  # `According to a complaint filed by Doe, "..."`: the document's maker
        at = start + according[-1].end()
        refs = [ref for ref in resolver.refs_from(at, end + 200) if at <= ref.chunk_start < end]
        if refs and re.fullmatch(r"(?:the\s+)?", resolver.masked[at : refs[0].chunk_start], re.IGNORECASE):
            return resolver.resolve(refs[0], How.ACCORDING_TO)
    return None


def _subject_of_a_clause_after(resolver: Resolver, verb_end: int, end: int) -> Attribution | None:
    """`Doe told reporters there was "no timeline," and a senior aide, speaking on the condition
    of anonymity, was blunter still: "..."`: after the first speech verb, a clause joined by `and`
    (`but`, `while`) whose subject is someone else ends in the colon that opens the quote, with
    no speech verb of its own: the quote is that subject's (unknown for someone unnamed)."""
    if ":" not in resolver.masked[max(verb_end, end - 4) : end]:
        return None
    for ref in resolver.refs_from(verb_end, end):
        if ref.end > end or ref.kind not in (PERSON, ANONYMOUS, ROLE):
            continue
        if not _AND_A_NEW_CLAUSE.search(resolver.masked, max(verb_end, ref.chunk_start - 12), ref.chunk_start):
            continue
        clause = _CLAUSE_TO_THE_COLON.fullmatch(resolver.masked, ref.end, end)
        if clause is None or resolver.has_speech_verb(clause.start("rest"), clause.end("rest")):
            return None  # (`speaking on the condition of anonymity` in an apposition introduces nothing)
        return Attribution(None, None) if ref.kind == ANONYMOUS else resolver.resolve(ref, How.VERB_BEFORE)
    return None


def _subject_of(resolver: Resolver, sentence_start: int, verb_start: int, verb_end: int, limit: int) -> Attribution | None:
    """Who speaks with the verb at text[verb_start:verb_end], the quote ending at `limit`:
    the agent of a passive, the subject before the verb, the name after an inverted verb, or
    the sentence's subject for a participle."""
    masked = resolver.masked
    progressive = masked[verb_start:verb_end].endswith("ing")  # `Doe is telling ...`: no passive
    if not progressive and _PASSIVE_BEFORE.search(masked, max(sentence_start, verb_start - 40), verb_start):
        # `Doe was asked by the host, Jane Roe, whether "...": the one who asked speaks
        agent = _BY_AGENT.match(masked, verb_end)
        if agent is not None and agent.end() >= limit:
            return None  # `will be addressed by "..."`: what the quote names does something, no one speaks
        refs = [ref for ref in resolver.refs_from(verb_end, limit) if agent and ref.chunk_start <= agent.end() + 60]
        return resolver.resolve(refs[0], How.VERB_BEFORE) if refs else Attribution(None, None)
    if _reads_from(resolver, verb_start, verb_end):
        # `Doe read from a statement by Roe: "..."`: the words are the writer's, not the reader's
        writers = [
            ref
            for ref in resolver.refs_from(verb_end, limit)
            if ref.end <= limit and ref.kind in (PERSON, ORGANISATION) and _BY_OR_FROM.search(masked, max(verb_end, ref.chunk_start - 8), ref.chunk_start)
        ]
        return resolver.resolve(writers[-1], How.DOCUMENT) if writers else Attribution(None, None)
    before = [ref for ref in resolver.refs_from(sentence_start, verb_start) if ref.end <= verb_start]
    heard = _HEARD_BEFORE.search(masked, max(sentence_start, verb_start - 30), verb_start)
    if heard is not None:
        return _the_one_heard(resolver, before, heard)
    participle = masked[verb_start:verb_end].endswith("ing") and _CLAUSE_COMMA.search(
        masked, max(sentence_start, verb_start - 3), verb_start
    )
    if _TO_BEFORE.search(masked, max(sentence_start, verb_start - 4), verb_start):
        return _subject_of_an_infinitive(resolver, before, verb_start)
    if not participle and resolver.several_subjects(before, verb_start):
        return Attribution(None, None)  # `Doe and Roe said`: said by both, not by one of them
    if before and _SPOKESPERSON_FOR.search(masked, max(sentence_start, before[-1].chunk_start - 60), before[-1].chunk_start):
        if _SUBJECT_NEXT.fullmatch(masked, before[-1].end, verb_start) and not resolver.has_speech_verb(verb_end, limit):
            # `A spokeswoman for Doe said the senator would "..."`: the spokeswoman's, unnamed (but
            # `A spokesman for Doe said Doe had told them, "..."` reports Doe's own words)
            return Attribution(None, None)
    if not participle and _WORD_AND_COMMA_BEFORE.search(masked, max(sentence_start, verb_start - 4), verb_start):
        named = _named_in_a_parenthesis(resolver, verb_start, verb_end, limit)
        if named is not None:
            return named
    subject = None if participle else resolver.subject_before(before, verb_start)
    if subject is None and _COORDINATED.search(masked, max(sentence_start, verb_start - 12), verb_start):
        # `Doe was joined on stage by Roe and joked, "..."`: one subject for both verbs
        subject = next((ref for ref in before if ref.kind in (PERSON, PRONOUN) and resolver.is_subject(ref)), None)
        if subject is not None and participle and _RELATIVE_CLAUSE.search(masked, subject.end, verb_start):
            return Attribution(None, None)  # `Doe spoke near the hotel, where protesters had gathered, chanting "..."`
        if subject is not None and participle and _in_an_opening_clause(masked, sentence_start, subject, verb_start):
            return Attribution(None, None)  # the main clause's subject's: see `_in_an_opening_clause`
    if (
        subject is not None
        and subject.kind == PRONOUN
        and _PARENTHESIS_THEN_VERB.fullmatch(masked, subject.end, verb_start)
        and _COMMA_RIGHT_BEFORE.search(masked, max(sentence_start, subject.start - 3), subject.start)
    ):
        # `The triage nurse, she says, told her that he "..."`: the pronoun reports; the verb after
        # it has the subject the sentence opens with (unknown when no one is named there)
        span = Span(sentence_start, verb_start)
        openers = [ref for ref in before if ref.end <= subject.start and resolver.opens_sentence(ref, span, before)]
        if openers and openers[0].kind != PRONOUN:
            return resolver.resolve(openers[0], How.VERB_BEFORE)
        comma = masked.rfind(",", sentence_start, subject.start)
        if not openers and comma > 0 and _UNNAMED_NOUN_PHRASE.fullmatch(masked, sentence_start, comma):
            return Attribution(None, None)
    if subject is not None:
        at = before.index(subject) if subject in before else len(before)
        described = before[at + 1 : at + 2]
        if resolver.describes_next(subject, described):
            subject = described[0]  # `The firm's chief, Jane Doe, said`: the name, not the role
        return resolver.resolve(subject, How.VERB_BEFORE)
    # inverted: `..., said Doe: "..."`
    after = [ref for ref in resolver.refs_from(verb_end, limit + 200) if verb_end <= ref.chunk_start < limit]
    if masked[verb_start:verb_end].casefold() in _VERBS_WITH_AN_OBJECT:
        after = []  # `Doe told Fox News: "..."`: whom one tells is not the speaker
    if (
        after
        and _SPACE_AND_THE.fullmatch(masked[verb_end : after[0].chunk_start])
        and (
            _INVERTED_END.fullmatch(masked[after[0].end : limit])
            or not masked[sentence_start:verb_start].strip() and _DESCRIBED_THEN_QUOTE.fullmatch(masked, after[0].end, limit)
        )
    ):
        return resolver.resolve(resolver.head_of(after[0]), How.VERB_BEFORE)
    # a participle: `..., saying "..."` belongs to the sentence's subject
    if masked[verb_start:verb_end].endswith("ing") and _BEFORE_A_PARTICIPLE.search(masked, max(sentence_start, verb_start - 30), verb_start):
        sent = _DOCUMENT_SENT_BEFORE.search(masked, max(sentence_start, verb_start - 60), verb_start)
        if sent is not None:
            # `after 40 MPs signed a letter warning that ... "..."`: the words of whoever sent the
            # letter, the subject of that verb, not the sentence's subject
            senders = [ref for ref in before if ref.end <= sent.start() and resolver.subject_gap(ref, sent.start())]
            if senders and senders[-1].kind in (PERSON, ORGANISATION, PRONOUN):
                return resolver.resolve(senders[-1], How.VERB_BEFORE)
            return Attribution(None, None)  # sent by people the article does not name
        subjects = [ref for ref in before if resolver.is_subject(ref)]
        if not subjects:
            # `Doe came close to an admission, saying, "...," but he denied it`: the sentence's
            # subject may be another clause's, after the quote; the participle is the opening name's
            opening = Span(sentence_start, verb_start)
            subjects = [ref for ref in before if ref.kind in (PERSON, PRONOUN) and resolver.opens_sentence(ref, opening, before)]
        if subjects and _RELATIVE_CLAUSE.search(masked, subjects[0].end, verb_start):
            return Attribution(None, None)  # the relative clause's subject chants, as above
        if subjects and _in_an_opening_clause(masked, sentence_start, subjects[0], verb_start):
            return Attribution(None, None)  # the main clause's subject's: see `_in_an_opening_clause`
        if subjects:
            return resolver.resolve(subjects[0], How.VERB_BEFORE)
    if not before:
        relative = resolver.relative_opening(sentence_start, verb_start)
        if relative is not None:  # `Her husband, overhearing from the kitchen, called out: "..."`
            return Attribution(relative, How.ROLE)
    return None


# `, she says, told her`: a reporting clause set off by commas, then the sentence's own verb
_PARENTHESIS_THEN_VERB = re.compile(r"\s+[a-z]+\s*,\s+")
_COMMA_RIGHT_BEFORE = re.compile(r",\s*$")
_UNNAMED_NOUN_PHRASE = re.compile(r"\s*(?:The|A|An|One|Her|His|Their)\s+[a-z][\w'’ -]{1,40}")  # `The triage nurse`


def _named_in_a_parenthesis(resolver: Resolver, verb_start: int, verb_end: int, limit: int) -> Attribution | None:
    """`The paradox of the plan, says Jane Doe, a historian at the library, is that it was "..."`:
    after a comma inside the sentence, a speech verb, then a name set off by commas (an
    apposition may follow it) and the rest of the sentence, with no speech verb, up to the
    quote: the quoted words are that person's, not those of anyone the sentence opens on."""
    masked = resolver.masked
    if masked[verb_start:verb_end].casefold() in _VERBS_WITH_AN_OBJECT:
        return None  # `Doe, who was on the slate, told Fox News, "..."`: whom one tells is not the speaker
    after = [ref for ref in resolver.refs_from(verb_end, limit) if ref.end <= limit]
    if not after or after[0].kind not in (PERSON, ORGANISATION) or not _SPACE_AND_THE.fullmatch(masked, verb_end, after[0].chunk_start):
        return None
    if not _PARENTHESIS_CLOSED.fullmatch(masked, after[0].end, limit) or resolver.has_speech_verb(after[0].end, limit):
        return None
    return resolver.resolve(resolver.head_of(after[0]), How.VERB_BEFORE)


def _the_one_heard(resolver: Resolver, before: list[Ref], heard: re.Match[str]) -> Attribution:
    """`She recalls him telling her, "..."`: the words are those of the one the pronoun after
    the verb of memory or hearing means, who is not the sentence's subject; unknown when the
    pronoun cannot be told."""
    who = heard["who"]
    pronoun = Ref(heard.start("who"), heard.end("who"), PRONOUN, who, gender=_OBJECT_PRONOUNS[who])
    meant = resolver.pronoun(pronoun)
    subject = resolver.subject_before([ref for ref in before if ref.end <= heard.start()], heard.start())
    hearer = resolver.resolve(subject, How.VERB_BEFORE).speaker if subject is not None else None
    return Attribution(meant if meant is not hearer else None, How.PRONOUN)


def _in_an_opening_clause(masked: str, sentence_start: int, subject: Ref, verb_start: int) -> bool:
    """`As Roe spoke on the floor, the gun lobby was in overdrive, urging "..."`: is the subject
    found that of a clause opening the sentence, with a main clause of its own before the verb?
    Then the participle is the main clause's subject's, whom the article does not name."""
    return (
        SUBORDINATOR.fullmatch(masked, sentence_start, subject.chunk_start) is not None
        and _CLAUSE_THEN_MAIN_CLAUSE.match(masked, subject.end, verb_start) is not None
    )


def _reads_from(resolver: Resolver, verb_start: int, verb_end: int) -> bool:
    """Is the verb `read` followed by `from` (`read aloud from a letter`)?"""
    masked = resolver.masked
    return masked[verb_start:verb_end].casefold() in ("read", "reads", "reading") and _FROM_AFTER_READ.match(masked, verb_end) is not None


def _subject_of_an_infinitive(resolver: Resolver, before: list[Ref], verb_start: int) -> Attribution | None:
    """`Doe went so far as to say: "..."`, `Doe was prompted to say, "..."`: the subject of the
    clause says it (the sentence's subject, else the name right before the verb group), when no
    one else is named before the verb but after a preposition (`Roe urged Doe to say` could be
    either's)."""
    subject = next((ref for ref in before if resolver.is_subject(ref)), None)
    if subject is None and before and _VERB_GROUP_TO.fullmatch(resolver.masked, before[-1].end, verb_start):
        subject = before[-1]  # `the debate was so dull that Doe was prompted to say`
    if subject is None or subject.kind not in (PERSON, PRONOUN):
        return None
    for ref in before:
        if ref is not subject and ref.kind in (PERSON, PRONOUN) and ref.entity is not subject.entity and not resolver.after_preposition(ref):
            return None
    return resolver.resolve(subject, How.VERB_BEFORE)


# -- 3. a label naming the speaker -------------------------------------------------------
def quote_from_label(resolver: Resolver, position: int) -> Attribution | None:
    """A paragraph labelled `Quote from Name:` (or `Statement by Name:`) is that person's or
    organisation's; `Quote from the order:` is the order's issuer, if the text says who.

    Example: `Quote from Syrskyi: "The situation at the front remains difficult."`
    """
    quote = resolver.quotes[position]
    block = resolver.blocks[quote.blocks[0]]
    if block.label is None:
        return None
    named = _QUOTE_LABEL.match(block.label)
    if named:
        label_end = block.body.start
        refs = [ref for ref in resolver.refs_from(block.span.start, label_end) if ref.end <= label_end]
        if refs:
            return resolver.resolve(refs[0], How.LABEL)
        who = named["who"].strip()
        document = resolver.document_label(block.span.start, who)
        if document is not None:  # "Quote from the order:": who issued it, if the text says
            return document
        if who[:1].isupper():
            return Attribution(resolver.organisation_named(who), How.LABEL)
    return None


# -- 4. a colon closing the paragraph before ---------------------------------------------
def colon_introduction(resolver: Resolver, position: int) -> Attribution | None:
    """A quote paragraph after a paragraph that ends in a colon: the subject of that
    paragraph's last speech verb, or of its last clause (`Asked whether he is afraid, he
    shrugs:`).

    Example: `The minister said:` + `"We will rebuild every school."`
    """
    quote = resolver.quotes[position]
    block_index = quote.blocks[0]
    block = resolver.blocks[block_index]
    if quote.open_mark - block.body.start > 1 or block_index == 0:
        return None
    previous = resolver.blocks[block_index - 1]
    if not resolver.masked[previous.span.start : previous.span.end].rstrip().endswith(":"):
        return None
    sentence = resolver.sentences(block_index - 1)[-1]
    found = _speech_in(resolver, sentence.start, previous.span.end)
    if found is None:  # "Asked whether he is afraid, he shrugs:": the subject of the last clause
        before = [ref for ref in resolver.refs_from(sentence.start, previous.span.end)]
        last = before[-1] if before else None
        if last is not None and _LAST_CLAUSE.fullmatch(resolver.masked[last.end : previous.span.end]):
            found = resolver.resolve(last, How.COLON)
    if found is None and _IT_READ.fullmatch(resolver.masked, sentence.start, previous.span.end):
        found = _issuer_before(resolver, block_index - 1, sentence.start)
    return found


def _issuer_before(resolver: Resolver, block_index: int, before: int) -> Attribution | None:
    """`Doe issued a statement on Friday. It read in part:`: the subject of the sentence just
    before, when that sentence has them issue a document (a statement, a letter, a post)."""
    earlier = [sentence for sentence in resolver.sentences(block_index) if sentence.end <= before]
    if not earlier:
        return None
    sentence = earlier[-1]
    if not re.search(DOCUMENT_NOUN, resolver.masked[sentence.start : sentence.end], re.IGNORECASE):
        return None
    subject = next((ref for ref in resolver.refs_from(sentence.start, sentence.end) if resolver.is_subject(ref)), None)
    if subject is None or subject.kind not in (PERSON, ORGANISATION, PRONOUN):
        return None
    return resolver.resolve(subject, How.DOCUMENT)


# -- 5. a `Quote:` label: the paragraph before, the Source line, the lead ----------------
def source_line(resolver: Resolver, position: int) -> Attribution | None:
    """A paragraph labelled `Quote:` is the words of whoever the paragraph before reports as
    speaking (`Later, the IAEA confirmed that ...`), else of the nearest `Source:` line's
    speaker (a person, an organisation, an outlet citing someone, a role such as `Head of
    State`), else of the lead's subject.

    Example: `Source: Oksana Didenko on Telegram` ... `Quote: "The shelling did not stop."`
    """
    quote = resolver.quotes[position]
    block_index = quote.blocks[0]
    block = resolver.blocks[block_index]
    if block.label is None or block.label.casefold() not in ("quote", "quotes") and not _QUOTE_LABEL.match(block.label):
        return None
    if quote.open_mark - block.body.start > 1:
        return None
    reported = _reported_in(resolver, block_index - 1)
    if reported is not None:  # "Later, the IAEA confirmed that ..." + "Quote: ..."
        return Attribution(reported.speaker, How.REPORTED_BEFORE, reported.role)
    source = resolver.source_block_before[block_index]
    found = _source_speaker(resolver, source) if source is not None else None
    return found or _lead_subject(resolver)


def _reported_in(resolver: Resolver, block_index: int) -> Attribution | None:
    """Who the last sentence of an unlabelled (or Details) paragraph reports as speaking."""
    if block_index < 0:
        return None
    block = resolver.blocks[block_index]
    if block.kind not in (PARAGRAPH, LABELLED) or block.label and block.label.casefold() not in ("details",):
        return None
    sentence = resolver.sentences(block_index)[-1]
    end = min(sentence.end, block.span.end)
    found = _speech_in(resolver, sentence.start, end)
    if found is None:
        found = _published_in(resolver, sentence.start, end)
    if found is None or found.speaker is None and found.how != How.REPORTED_BEFORE:
        return None
    return found


def _published_in(resolver: Resolver, start: int, end: int) -> Attribution | None:
    """`The Defence Intelligence published a statement on Telegram.`: its subject, who put out
    the words the `Quote:` paragraph after it gives; `published a message from a woman living
    there`: someone unnamed, no one the `Source:` line names."""
    published = _PUBLISHED.search(resolver.masked, start, end)
    if published is None:
        return None
    sender = _FROM.match(resolver.masked, published.end())
    if sender is not None:
        refs = [ref for ref in resolver.refs_from(sender.end(), end) if ref.chunk_start <= sender.end() + 2]
        if refs and refs[0].kind in (PERSON, ORGANISATION):
            return resolver.resolve(refs[0], How.REPORTED_BEFORE)
        return Attribution(None, How.REPORTED_BEFORE)  # `a message from a woman`: whom the page does not name
    subject = next((ref for ref in resolver.refs_from(start, published.start()) if resolver.is_subject(ref)), None)
    if subject is None or subject.kind not in (PERSON, ORGANISATION):
        return None
    return resolver.resolve(subject, How.REPORTED_BEFORE)


def _source_speaker(resolver: Resolver, block_index: int) -> Attribution | None:
    """The speaker a `Source:` line names: its first person, else its first organisation,
    a role or an outlet; `citing X` and `X on Telegram` read as X."""
    block = resolver.blocks[block_index]
    people: list[Attribution] = []
    others: list[Attribution] = []
    text = resolver.text
    offset = block.body.start
    for item in text[block.body.start : block.body.end].split(";"):
        start, end = offset, offset + len(item)
        offset = end + 1
        citing = _CITING.search(item)
        if citing:
            start += citing.end()
        refs = [ref for ref in resolver.refs_from(start, end) if start <= ref.chunk_start and ref.end <= end]
        persons = [ref for ref in refs if ref.kind == PERSON]
        if persons:
            people.append(resolver.resolve(persons[0], How.SOURCE_LINE))
            continue
        phrase = strip_article(_SOURCE_TAIL.sub("", text[start:end]).strip(" .,"))
        first_word = phrase.split(" ", 1)[0] if phrase else ""
        starts_with_organisation = any(ref.kind == ORGANISATION and ref.start <= start + len(text[start:end]) - len(text[start:end].lstrip()) + 4 for ref in refs)
        if is_role_token(first_word) and not starts_with_organisation:
            # "Head of Kherson Oblast Military Administration on Telegram": a person by role,
            # else whoever the paragraph before reports as speaking (`..., Jane Doe has said.`)
            entity = resolver.role(phrase, start) or _speaker_reported_before(resolver, block_index)
            if entity is not None:
                entity.add_role(phrase)
            people.append(Attribution(entity, How.SOURCE_LINE, role=phrase))
            continue
        organisations = [ref for ref in refs if ref.kind == ORGANISATION]
        if organisations:
            others.append(resolver.resolve(organisations[0], How.SOURCE_LINE))
            continue
        if not phrase or not phrase[0].isupper():
            continue
        entity = resolver.role(phrase, start) if role_words(phrase) else None
        if entity is not None:
            entity.add_role(phrase)
            people.append(Attribution(entity, How.SOURCE_LINE, role=phrase))
        elif not role_words(phrase) and len(phrase.split()) <= 8:
            others.append(Attribution(resolver.organisation_named(phrase), How.SOURCE_LINE))
    found = people + others
    return found[0] if found else None


def _speaker_reported_before(resolver: Resolver, block_index: int) -> Entity | None:
    """The person the paragraph before a `Source:` line reports as speaking."""
    reported = _reported_in(resolver, block_index - 1)
    speaker = reported.speaker if reported is not None else None
    return speaker if speaker is not None and speaker.kind == PERSON else None


def _lead_subject(resolver: Resolver) -> Attribution | None:
    """The subject of the lead (the first unlabelled paragraph), when it is a person or an
    organisation."""
    for block in resolver.blocks:
        if block.label is None and block.kind != HEADING:
            refs = resolver.refs_from(block.span.start, block.span.end)
            subjects = [ref for ref in refs if resolver.is_subject(ref) and ref.kind in (PERSON, ORGANISATION)]
            if subjects:
                return resolver.resolve(subjects[0], How.LEAD)
            return None
    return None


# -- 6. the paragraph after names who said it -------------------------------------------
def named_after(resolver: Resolver, position: int) -> Attribution | None:
    """A paragraph that opens with a quote, followed (in the next paragraph or right after the
    quote) by words that say whose they were: `That was Jane Doe, ...`, `That's how spokesman
    Jane Doe put it`, `That's how her mother put it`, `The woman who said it, Jane Doe, 38, ...`,
    or a fact check's source line (`- Rep. Jane Doe (R-Ariz.), in a debate on Oct. 9`).

    Example: `"We still don't have a roof."` + `That was the Rev. Jane Doe, pastor of ...`
    """
    quote = resolver.quotes[position]
    block = resolver.blocks[quote.blocks[0]]
    last = quote.blocks[-1]
    if block.label is not None or quote.open_mark - block.body.start > 1:
        return None
    if resolver.masked[quote.after : resolver.blocks[last].span.end].strip():
        # the paragraph goes on after the quote: its own attribution, if any, or the words that
        # say whose they were (`"..." That's how Jane Doe put it when I asked her.`)
        lead = _IDENTIFIED_NEXT.match(resolver.masked, quote.after)
        end = resolver.blocks[last].span.end
    elif last + 1 < len(resolver.blocks):
        following = resolver.blocks[last + 1]
        if resolver.text[following.span.start] in _DASHES:
            # a fact check's source line: `- Rep. Jane Doe (R-Ariz.), in a debate on Oct. 9`
            lead = _SOURCE_LINE_START.match(resolver.masked, following.body.start)
        else:
            lead = _IDENTIFIED_NEXT.match(resolver.masked, following.body.start)
        end = following.span.end
    else:
        return None  # the article's last paragraph
    if lead is None:
        return None
    relative = _RELATIVE_NEXT.match(resolver.masked, lead.end(), end)
    if relative is not None:  # `That's how her mother put it`: the relative the article named, if one
        return Attribution(resolver.relative_by_role(relative.group("kin")), How.NAMED_AFTER)
    refs = [ref for ref in resolver.refs_from(lead.end(), end) if ref.chunk_start - lead.end() <= _NAMED_WITHIN]
    if not refs or refs[0].kind != PERSON:
        return None
    return resolver.resolve(refs[0], How.NAMED_AFTER)


# -- 7. a back-and-forth between two people ----------------------------------------------
def exchange_turn(resolver: Resolver, position: int) -> Attribution | None:
    """In an exchange (a hearing, a debate, a town hall), quote paragraphs with no attribution
    take turns: after A's question and B's answer, the next one is A's again; and a quote that
    opens with a dash takes up the words someone broke off with a dash.

    Example: `"How many?" Doe asked.` + `"About 400," Roe said.` + `"So a third."` (Doe's)
    """
    quote = resolver.quotes[position]
    block_index = quote.blocks[0]
    block = resolver.blocks[block_index]
    if position == 0 or block.label is not None or quote.open_mark - block.body.start > 1:
        return None
    if resolver.speech_verb_beside(quote) or resolver.speech_verb_before(quote) or _according_after(resolver, quote):
        return None  # an attribution of its own
    turns = _turns_before(resolver, position, block_index)
    if quote.text.lstrip()[:1] in _DASHES:  # `"— without any guarantee ..."`: the broken-off words go on
        for earlier in turns:
            if resolver.quotes[earlier].text.rstrip()[-1:] in _DASHES and resolver.results[earlier].speaker is not None:
                return Attribution(resolver.results[earlier].speaker, How.EXCHANGE)
        return None
    if turns and _a_bare_quote_paragraph(resolver, quote) and _next_paragraph_a_bare_quote(resolver, position):
        # `"...," Ocampo said.` + `"Then you know they can't afford it."` + `"I know, senator."`:
        # quote paragraphs with no attribution, one after another, are a dialogue (one speaker
        # going on writes one quote over the paragraphs); the first answers the one named last
        last = resolver.results[turns[0]]
        other = _the_other_party(resolver, position, last.speaker)
        if other is not None:
            return Attribution(other, How.EXCHANGE)
    if len(turns) < 2:
        return None
    last, before = resolver.results[turns[0]], resolver.results[turns[1]]
    first_party, other_party = before.speaker, last.speaker
    if (
        other_party is None
        and last.how in (How.ANONYMOUS, How.ROLE)
        and first_party is not None
        and first_party.kind == PERSON
        and _is_question(resolver.quotes[turns[0]].text)
    ):
        # `"...," Coach Doe said.` + `"Then how do you explain a loss?" the reporter asked.` +
        # `"..."`: the answer to the unnamed asker is the one questioned
        return Attribution(first_party, How.EXCHANGE)
    if first_party is None or other_party is None or first_party is other_party:
        return None
    if first_party.kind != PERSON or other_party.kind != PERSON:
        return None
    last_turn, turn_before = resolver.quotes[turns[0]], resolver.quotes[turns[1]]
    if not (
        _opens_with_a_question(quote.text)  # `"Guardrails for who? ..."`: a question back
        or _is_question(last_turn.text)  # the answer to the question just asked
        or last_turn.text.rstrip()[-1:] in _DASHES  # the other broke off
        or _is_question(turn_before.text) and len(quote.words()) <= _RETORT_WORDS  # `"Roughly."`
        or last.how == How.EXCHANGE  # the exchange goes on
    ):
        return None  # `"How many?" Doe asked.` + `"About 400," Roe said.` + `"And more next year."`: Roe goes on
    return Attribution(first_party, How.EXCHANGE)


def _a_bare_quote_paragraph(resolver: Resolver, quote: RawQuote) -> bool:
    """Is the quote its paragraph's only text (its marks and punctuation aside)?"""
    if len(quote.blocks) != 1 or quote.close_mark is None:
        return False
    block = resolver.blocks[quote.blocks[0]]
    return quote.open_mark - block.body.start <= 1 and not resolver.masked[quote.after : block.span.end].strip(" .,;:!?\n")


def _next_paragraph_a_bare_quote(resolver: Resolver, position: int) -> bool:
    """Is the paragraph after this quote's another quote paragraph with no attribution?"""
    if position + 1 >= len(resolver.quotes):
        return False
    following = resolver.quotes[position + 1]
    if following.blocks[0] != resolver.quotes[position].blocks[-1] + 1:
        return False
    return _a_bare_quote_paragraph(resolver, following)


_OTHER_PARTY_BACK = 6  # quotes looked back for the other party of a dialogue


def _the_other_party(resolver: Resolver, position: int, last: Entity | None) -> Entity | None:
    """The other party of a dialogue whose first unattributed turn follows `last`'s: the one
    other person the paragraph just before `last`'s turn makes a sentence's subject; else the
    person quoted in a turn of their own last before `last`, when both are people; else the one
    other person the scene names.  Not someone whose words a paragraph of narrative reports
    (`He recalls his deputy, who once told him: "..."`)."""
    if last is None or last.kind != PERSON:
        return None
    acting = _the_one_acting_before(resolver, position - 1, last)
    if acting is not None:
        return acting
    for earlier in range(position - 1, max(-1, position - 1 - _OTHER_PARTY_BACK), -1):
        speaker = resolver.results[earlier].speaker
        if speaker is not None and speaker is not last and _a_turn(resolver, resolver.quotes[earlier]):
            return speaker if speaker.kind == PERSON else None
    return _the_other_one_in_the_scene(resolver, position - 1, last)


def _the_one_acting_before(resolver: Resolver, turn: int, last: Entity) -> Entity | None:
    """`Eversley replied that dividends had been "cut".` + `"That wasn't my question," Siddiqui
    said.` + `"I appreciate that."`: the one person besides the last speaker who is a sentence's
    subject in the paragraph just before the last turn is the dialogue's other party (not `He
    mentions his deputy, who once told the command: "..."`, whose subject is the last speaker)."""
    quote = resolver.quotes[turn]
    if quote.blocks[0] == 0:
        return None
    block = resolver.blocks[quote.blocks[0] - 1]
    subject = _the_one_person(resolver, block.body.start, block.span.end, resolver.is_subject)
    return subject if subject is not last else None


def _the_other_one_in_the_scene(resolver: Resolver, turn: int, last: Entity) -> Entity | None:
    """`Kevin was making sandwiches. Lan stood at his elbow.` + `"Too much," she said.` + `"Nobody
    complained."`: when no one else has spoken in a turn of their own, the dialogue's other party
    is the one person besides the last speaker whom the paragraph of the last turn, before its
    quote, or the paragraph before it names (`when Treharne, the chair, asked him for the figure`)."""
    quote = resolver.quotes[turn]
    first = max(0, quote.blocks[0] - 1)
    start = resolver.blocks[first].body.start
    # (not one whose words the narrative there reports: `His deputy once told the command: "..."`)
    quoted = {id(resolver.results[k].speaker) for k in range(turn) if resolver.quotes[k].blocks[-1] >= first}
    return _the_one_person(
        resolver,
        start,
        quote.open_mark,
        lambda ref: ref.entity is not last
        and id(ref.entity) not in quoted
        and resolver.masked[ref.start : ref.end] != "Q" * (ref.end - ref.start),  # not named inside a quote
    )


def _the_one_person(resolver: Resolver, start: int, end: int, counts: Callable[[Ref], bool]) -> Entity | None:
    """The one person that the references beginning in text[start:end] which `counts`
    accepts name, if they name exactly one."""
    people = {
        id(ref.entity): ref.entity
        for ref in resolver.refs_from(start, end)
        if ref.kind == PERSON and ref.entity is not None and counts(ref)
    }
    return next(iter(people.values())) if len(people) == 1 else None


def _opens_with_a_question(text: str) -> bool:
    """Is the first sentence of the quoted text a question?"""
    end = _SENTENCE_END_MARK.search(text)
    return end is not None and end.group() == "?"


def _turns_before(resolver: Resolver, position: int, block_index: int) -> list[int]:
    """The last quote of each of the paragraphs right before `block_index` that are turns of
    an exchange (the quote opens the paragraph or follows a short lead-in such as `Doe tries
    again.`), nearest first, at most three."""
    turns: list[int] = []
    expected = block_index - 1
    earlier = position - 1
    while earlier >= 0 and len(turns) < 3 and resolver.quotes[earlier].blocks[-1] == expected:
        last = earlier
        while earlier > 0 and resolver.quotes[earlier - 1].blocks[-1] == expected:
            earlier -= 1  # back to the paragraph's first quote
        if not _a_turn(resolver, resolver.quotes[earlier]):
            break
        turns.append(last)
        expected = resolver.quotes[earlier].blocks[0] - 1
        earlier -= 1
    return turns


def _a_turn(resolver: Resolver, quote: RawQuote) -> bool:
    """Does the quote open its paragraph, or follow a short sentence that opens it (`Vail
    tries again. "..."`), as turns of an exchange are written; not a quote reported inside
    a paragraph of narrative (`He recalls his deputy, who once told him: "..."`)?"""
    start = resolver.blocks[quote.blocks[0]].body.start
    before = resolver.masked[start : quote.open_mark].rstrip()
    return not before or before.endswith((".", "?", "!")) and len(before.split()) <= _LEAD_IN_WORDS


# -- 8. the turn before goes on ----------------------------------------------------------
def continuing_turn(resolver: Resolver, position: int) -> Attribution | None:
    """The speaker of the quote just before goes on: in the same paragraph after only that
    quote's attribution, or in the next quote paragraph, when nothing in between names anyone
    else and the quote has no attribution of its own.

    Example: `"We will win," Terekhov said. "And we will rebuild."`
    """
    quote = resolver.quotes[position]
    if position == 0:
        return None
    previous, found = resolver.quotes[position - 1], resolver.results[position - 1]
    if found.speaker is None:
        return None
    same_block = previous.blocks[-1] == quote.blocks[0]
    if same_block and _attribution_clause_between(resolver, previous, quote):
        if _someone_else_joins(resolver, previous.after, quote.open_mark, found.speaker):
            return None  # `," Doe said, and her husband cut in. "..."`: the next words are another's
        return Attribution(found.speaker, How.CONTINUATION, found.role, carried_sure=found.sure)
    if resolver.speech_verb_beside(quote) or resolver.speech_verb_before(quote) or _according_after(resolver, quote):
        return None  # the quote has an attribution of its own, which could not be read
    if not same_block:
        block = resolver.blocks[quote.blocks[0]]
        if quote.open_mark - block.body.start > 1 or block.kind == LABELLED and (block.label or "").casefold() not in ("quote", "quotes"):
            return None
        if quote.blocks[0] - previous.blocks[-1] != 1:
            return None
    between = [
        ref
        for ref in resolver.refs_from(previous.after, quote.open_mark)
        if ref is not found.ref and ref.kind not in (ORGANISATION, BODY) and not _inside_description(resolver, ref, found.ref)
    ]
    if between:
        return None
    return Attribution(found.speaker, How.CONTINUATION, found.role, carried_sure=False)


def _inside_description(resolver: Resolver, ref: Ref, speaker: Ref | None) -> bool:
    """Is `ref` a possessive in the description written before the speaker's name (`Clinton's
    top aide Jake Sullivan`: Clinton only says whose aide)?"""
    return speaker is not None and _WHOSE.fullmatch(resolver.masked, ref.end, speaker.start) is not None


def _according_after(resolver: Resolver, quote: RawQuote) -> bool:
    """Does `according to` follow the quote (`," according to a statement from Doe's office`)?"""
    return quote.close_mark is not None and _ACCORDING_AFTER.match(resolver.masked, quote.after) is not None


def _someone_else_joins(resolver: Resolver, start: int, end: int, speaker: Entity | None) -> bool:
    """Does the clause in masked[start:end] go on with `and` and someone else: `," Doe said,
    and her husband cut in.`?"""
    for joined in _AND_THEN.finditer(resolver.masked, start, end):
        if _KIN_AFTER_AND.match(resolver.masked, joined.end()):
            return True
        refs = resolver.refs_from(joined.end(), end)
        first = refs[0] if refs else None
        if (
            first is not None
            and first.chunk_start == joined.end()
            and first.kind in (PERSON, ROLE, ANONYMOUS)
            and first.entity is not speaker
            and VERB_NEXT.match(resolver.masked, first.end)
        ):
            return True  # `, and Roe replied.`: a new subject and its verb
    return False


def _attribution_clause_between(resolver: Resolver, previous: RawQuote, quote: RawQuote) -> bool:
    """`"We will win," Doe said. "And soon."`: only the first quote's attribution, one
    sentence ending right before the second quote, stands between them."""
    between = resolver.masked[previous.after : quote.open_mark]
    if not _AFTER_CLAUSE.match(between) or not between.rstrip().endswith((".", ":", ";")):
        return False
    return next(sentence_ends(between.rstrip()[:-1]), None) is None


# -- 9. a paragraph reporting speech before a quote paragraph ----------------------------
def previous_paragraph(resolver: Resolver, position: int) -> Attribution | None:
    """A paragraph that is only a quote, after a paragraph whose last sentence reports what a
    person or an organisation said, is theirs; after a sentence that is about one without a
    speech verb (`Doe is upbeat about it.`), the subject speaks on.

    Example: `Zaporozhets said she did not blame those who had left.` + `"I would never..."`
    """
    quote = resolver.quotes[position]
    block_index = quote.blocks[0]
    block = resolver.blocks[block_index]
    if block_index == 0 or block.label is not None or quote.open_mark - block.body.start > 1:
        return None
    if resolver.speech_verb_beside(quote):
        return None  # `"..." West said.`: an attribution of its own, which could not be read
    if resolver.refs_from(block.span.start, block.span.end) and any(
        not resolver.inside_quote(ref.start) for ref in resolver.refs_from(block.span.start, block.span.end)
    ):
        return None
    previous = resolver.blocks[block_index - 1]
    if previous.kind not in (PARAGRAPH, LABELLED) or previous.label and previous.label.casefold() not in ("details",):
        return None
    sentence = resolver.sentences(block_index - 1)[-1]
    found = _speech_in(resolver, sentence.start, min(sentence.end, previous.span.end))
    if found is None:  # `Doe is upbeat about it.` + `"We will win."`: the subject speaks on
        subject = next((ref for ref in resolver.refs_from(sentence.start, sentence.end) if resolver.is_subject(ref)), None)
        if subject is not None and subject.kind == ORGANISATION:
            who = subject.entity  # `The committee issued a statement.` + `"We apologise."`
        else:
            who = resolver.person_behind(subject, 0) if subject is not None else None
        return Attribution(who, How.PREVIOUS_PARAGRAPH) if who is not None else None
    if found.speaker is None or found.speaker.kind not in (PERSON, ORGANISATION):
        return None
    return Attribution(found.speaker, How.PREVIOUS_PARAGRAPH, found.role)


# -- 10. a sentence about a person before a quote sentence --------------------------------
def previous_sentence(resolver: Resolver, position: int) -> Attribution | None:
    """A quote that opens a sentence of its own inside a paragraph, with no attribution,
    after a sentence whose subject is a person, is that person's.

    Example: `Doe is unapologetic about it. "I want him to win."`; so is a quote that only a
    speech verb's participle introduces (`Doe stated the report "was bad." Adding, "..."`).
    """
    quote = resolver.quotes[position]
    block_index = quote.blocks[0]
    block = resolver.blocks[block_index]
    if quote.open_mark - block.body.start <= 1 or block.label is not None:
        return None  # a paragraph's opening quote: the rules for paragraphs decide
    before = resolver.masked[block.body.start : quote.open_mark].rstrip()
    participle = _LONE_PARTICIPLE.search(before, max(0, len(before) - _LONGEST_PARTICIPLE))  # the end only: linear
    if participle is not None and participle.group("verb").casefold() in resolver.lex.speech_verbs:
        before = before[: participle.start("verb")].rstrip()  # `Doe stated it. Adding, "..."`: the subject goes on
    if not before.endswith((".", "!", "?", ".”", '."', "?”", '?"')) or resolver.speech_verb_beside(quote):
        return None
    sentence = resolver.sentence_at(block_index, block.body.start + len(before) - 1)
    subject = next((ref for ref in resolver.refs_from(sentence.start, sentence.end) if resolver.is_subject(ref)), None)
    if subject is None or subject.kind not in (PERSON, PRONOUN, ROLE) or subject.gender not in (None, "m", "f"):
        return _speaker_before_in_the_paragraph(resolver, position, sentence.start)
    who = resolver.person_behind(subject, 0)  # (`Asked about it, the chair shrugged. "..."`: the chair named before)
    if who is None or _someone_else_joins(resolver, sentence.start, quote.open_mark, who):
        return None  # `Doe said so, and her husband cut in. "..."`: the quote may be either's
    return Attribution(who, How.PREVIOUS_SENTENCE)


def _speaker_before_in_the_paragraph(resolver: Resolver, position: int, sentence_start: int) -> Attribution | None:
    """`"...," Doe said. They lie far from any city. "That's a tough area."`: after a sentence
    about no one, a quote goes on with the speaker of the paragraph's quote just before, when no
    one else is named or pointed to between them."""
    if position == 0:
        return None
    quote, previous = resolver.quotes[position], resolver.quotes[position - 1]
    found = resolver.results[position - 1]
    if found.speaker is None or previous.blocks[-1] != quote.blocks[0] or previous.after > sentence_start:
        return None
    between = [ref for ref in resolver.refs_from(previous.after, quote.open_mark) if ref.end <= quote.open_mark]
    if any(ref.entity is not found.speaker and ref.kind != ORGANISATION and ref.gender != "group" for ref in between):
        return None  # someone else comes in between
    return Attribution(found.speaker, How.CONTINUATION)


# -- 11. a partial quote inside a sentence about a person ---------------------------------
def sentence_subject(resolver: Resolver, position: int) -> Attribution | None:
    """A partial quote inside a sentence that has no speech verb, whose subject is a named
    person (or a pronoun or role noun that stands for one), is that person's words.

    Example: `Doe has positioned her agenda around plans to "build on the progress."`
    """
    quote = resolver.quotes[position]
    block_index = quote.blocks[0]
    block = resolver.blocks[block_index]
    if block.label is not None or len(quote.blocks) > 1 or not _INSIDE_A_SENTENCE.search(resolver.masked, max(block.body.start, quote.open_mark - 3), quote.open_mark):
        return None
    sentence = resolver.sentence_at(block_index, quote.open_mark)
    start = max(sentence.start, quote.open_mark - _LOOK_BACK)  # a sentence that never ends is read so far
    if resolver.has_speech_verb(start, min(sentence.end, quote.after + LOOK_AFTER)):
        return None
    if _OPENS_WITH_ACCORDING_TO.match(resolver.masked, sentence.start):
        return None  # `According to his physician, Doe had "excellent" results`: the physician's words
    refs = resolver.refs_from(start, quote.open_mark)
    subject = next((ref for ref in refs if resolver.is_subject(ref)), None)
    if subject is None or subject.kind not in (PERSON, PRONOUN, ROLE):
        return None
    if any(ref.kind in (PERSON, PRONOUN) and ref is not subject and (ref.entity is None or ref.entity is not subject.entity) for ref in refs):
        return None  # someone else is named before the quote: either could be meant
    if subject.kind == PERSON:
        return Attribution(subject.entity, How.SENTENCE_SUBJECT, ref=subject)
    # `She applauded him "over and over again."`, `the former secretary talked about the "..."`
    found = resolver.resolve(subject, How.SENTENCE_SUBJECT)
    return Attribution(found.speaker, How.SENTENCE_SUBJECT, found.role, ref=subject) if found.speaker is not None else None


RULES: tuple[Rule, ...] = (
    said_after_quote,
    speech_verb_before,
    quote_from_label,
    colon_introduction,
    source_line,
    named_after,
    exchange_turn,
    continuing_turn,
    previous_paragraph,
    previous_sentence,
    sentence_subject,
)


# -- after every quote: interviews -------------------------------------------------------
def interview_turns(resolver: Resolver) -> None:
    """Questions and answers: in an interview, an unattributed quoted question is the
    interviewer's and the unattributed quote paragraphs after a question are the answers
    of the person interviewed (the one who answers elsewhere in the article).

    Example: `"Are you afraid?"` + `"No. We have been through worse."`, in an article where
    Doe answers elsewhere: the answer is Doe's, the question the interviewer's.
    """
    blocks, results = resolver.blocks, resolver.results
    questions = [i for i, block in enumerate(blocks) if _is_question(block.text)]
    if len(questions) < 2:
        return
    asked: Counter[int] = Counter()
    answered: Counter[int] = Counter()
    for quote, found in zip(resolver.quotes, results):
        if found.speaker is not None and found.speaker.kind == PERSON:
            (asked if _is_question(quote.text) else answered)[id(found.speaker)] += 1
    people = {id(found.speaker): found.speaker for found in results if found.speaker is not None}
    interviewee, interviewer = _interviewee(resolver), _interviewer(resolver)
    if interviewee is None and interviewer is None and not _interview_format(resolver, questions):
        return  # no interview shown: a press conference's questions are the reporters'

    answerer = people[answered.most_common(1)[0][0]] if answered else interviewee
    questioner = people[asked.most_common(1)[0][0]] if asked else interviewer
    answering = False
    for position, quote in enumerate(resolver.quotes):
        block_index = quote.blocks[0]
        block = blocks[block_index]
        turn = (block.label or "").casefold()  # `Question: "..."`, `Answer: "..."`
        at_start = quote.open_mark - block.body.start <= 1 and (block.label is None or turn in _TURN_LABELS)
        found = results[position]
        if found.how == How.PRONOUN and found.speaker is not None and turn in _ANSWER_LABELS and found.speaker is interviewee:
            # `A: She called me and said, "..."`: the one answering says `I`; `she` is someone else
            results[position] = found = Attribution(None, None)
        if found.speaker is None and block.label is None and interviewee is not None and not found.how:
            # an interview without labels: `I told them: "..."` in an answer, `you wrote on
            # Facebook that "..."` in a question, are the words of the one interviewed
            if (_is_question(block.text) and _YOU_SAID_BEFORE.search(resolver.masked, max(block.body.start, quote.open_mark - 80), quote.open_mark)) or (
                not _is_question(block.text) and _i_said_before(resolver, block, quote)
            ):
                results[position] = Attribution(interviewee, How.INTERVIEW)
                continue
        if found.speaker is None and turn in _ANSWER_LABELS and _i_said_before(resolver, block, quote):
            # `A: ... And I said, "..."`: the one the title or the lead says is interviewed
            if interviewee is not None:
                results[position] = Attribution(interviewee, How.INTERVIEW)
            continue
        if (
            found.how == How.CONTINUATION
            and at_start
            and _is_question(quote.text)
            and found.speaker is answerer
            and questioner is not None
            and questioner is not answerer
        ):
            # `"...," Doe says.` + `"Do you think about what you will do after the war?"`: a
            # question paragraph after the answers is the interviewer's, not the answer going on
            results[position] = Attribution(questioner, How.INTERVIEW)
            answering = False
            continue
        if found.speaker is not None or found.how is not None or not at_start:
            answering = found.speaker is not None and found.speaker is answerer
            continue
        if turn in _ANSWER_LABELS and answerer is not None and answerer is not questioner:
            results[position] = Attribution(answerer, How.INTERVIEW)
            answering = True
        elif _is_question(quote.text) or turn in _QUESTION_LABELS:
            if questioner is not None:
                results[position] = Attribution(questioner, How.INTERVIEW)
            answering = False
        elif (
            block_index > 0
            and (_is_question(blocks[block_index - 1].text) or answering)
            and answerer is not None
            and answerer is not questioner
        ):
            results[position] = Attribution(answerer, How.INTERVIEW)
            answering = True


def _interview_format(resolver: Resolver, questions: list[int]) -> bool:
    """Is the article laid out as an interview: turns labelled (`Q:`, `Answer:`), or a question
    printed as a paragraph of its own, outside quotation marks (`– And how quickly do they
    adapt?`), as the interviewer's questions are?"""
    blocks = resolver.blocks
    if any((block.label or "").casefold() in _TURN_LABELS for block in blocks):
        return True
    quoted = {block for quote in resolver.quotes for block in quote.blocks}
    return any(index not in quoted for index in questions)


def _interviewee(resolver: Resolver) -> Entity | None:
    """The person the title or the lead says is interviewed (`an interview with Mayor Ruth
    Abernathy`, `reporter Tom Marsh spoke with Jane Doe`)."""
    spans = [resolver.article.title.span] if resolver.article.title else []
    lead = next((block for block in resolver.blocks if block.label is None and block.kind != HEADING), None)
    if lead is not None:
        spans.append(lead.span)
    for span in spans:
        for match in _INTERVIEWED.finditer(resolver.masked, span.start, span.end):
            refs = resolver.refs_from(match.end(), min(span.end, match.end() + 60))
            if refs and refs[0].kind == PERSON and refs[0].entity is not None:
                if _DESCRIPTION_BEFORE_NAME.fullmatch(resolver.masked, match.end(), refs[0].chunk_start):
                    return refs[0].entity  # `with Mayor Ruth Abernathy`: a few words of description first
    # an interview's title that gives the one interviewed, then what they said: `Drone company
    # commander Jane Doe: The enemy learns faster than our paperwork`
    if resolver.article.title is not None:
        title = resolver.article.title.span
        for ref in resolver.refs_from(title.start, title.end):
            if ref.kind == PERSON and ref.entity is not None and resolver.text.startswith(":", ref.end):
                return ref.entity
    # a magazine's standfirst under the title: `Jane Doe on grief, fishing boats and ...`
    standfirst = next((block for block in resolver.blocks if block.kind != HEADING), None)
    if standfirst is not None and standfirst.label is None:
        refs = resolver.refs_from(standfirst.span.start, standfirst.span.start + 80)
        if refs and refs[0].kind == PERSON and refs[0].entity is not None and refs[0].chunk_start == standfirst.span.start:
            if _ON_A_TOPIC.match(resolver.masked, refs[0].end):
                return refs[0].entity
    return None


def _interviewer(resolver: Resolver) -> Entity | None:
    """The byline's author, when the body names them (`journalist Marta Hnatyshyn`), else the
    person the lead says spoke with the interviewee (`Ihor Savchuk spoke with Kyrylo Budanov`)."""
    authors = {author.casefold() for author in resolver.article.authors}
    for entity in resolver.index.persons:
        if entity.name.casefold() in authors and entity.mentions:
            return entity
    lead = next((block for block in resolver.blocks if block.label is None and block.kind != HEADING), None)
    if lead is None:
        return None
    for match in _INTERVIEWED.finditer(resolver.masked, lead.span.start, lead.span.end):
        before = [ref for ref in resolver.refs_from(lead.span.start, match.start()) if ref.end <= match.start()]
        if before and before[-1].kind == PERSON and resolver.is_subject(before[-1]):
            return before[-1].entity
    return None


_QUESTION_LABELS = frozenset(("question", "q"))
_ANSWER_LABELS = frozenset(("answer", "a"))
_TURN_LABELS = _QUESTION_LABELS | _ANSWER_LABELS


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip("\"”»’'").rstrip().endswith("?")
