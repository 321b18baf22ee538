"""Word knowledge the passes share: particles, sentence openers, the clearest speech verbs, role
words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, lexicon, speaker_words, tagged_entries, words_tagged

INDEFINITE = frozenset(("a", "an", "another", "one"))


PARTICLES = frozenset(
    "von van der den de da di du la le al el bin ibn ter ten dos das del della zu af".split()
)


SLAVIC_SURNAME = re.compile(
    r"(?:enko|chuk|chyk|iuk|yuk|skyi|skyy|sky|ska|tskyi|tska|zkyi|ov|ova|ev|eva|yev|yeva|in|ina|"
    r"yn|yna|ych|ich|vych|ko|iak|yak|ets|ski|wicz|czyk|dze|shvili|ian|yan|ienko|ai|ii|yi)$"
)




DAYS_AND_MONTHS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December""".split()
)
# places written as the body that governs them (`the City of Millbrook said`), and never the
# last word of a person's name (`Cameron Parish`, `Carson City`)
GOVERNED_PLACES = frozenset("City Town Village County Parish Borough Township Municipality".split())

SENTENCE_OPENERS = DAYS_AND_MONTHS | frozenset(
    """The A An This That These Those On In At By For From With After Before During Since Until
    As But And Or If When While Earlier Later Meanwhile However Also Then Now Today Yesterday
    Tomorrow Overnight According Previously Currently Recently Additionally Separately Notably
    Source Quote Details Background
    Update Updated Note Photo Read More Asked Speaking Writing Responding Pressed Told Reached
    Contacted Questioned Interviewed Citing Quoting Addressing Referring Noting Asking Calling
    Still Yet Instead Indeed Asked Both Neither Either Even Only Just Each Every Outside Inside
    Near Across Along Around Behind Beyond Despite Through Throughout Under Among Amid Amidst
    Against Without Within Into Onto Upon Toward Towards Beside Between Above Below Via Unlike""".split()
)
# words that open a clause and are never a given name: `Though Kaine said little`
CLAUSE_OPENERS = frozenset(
    """Though Although Perhaps Maybe Unless Because Whether Whereas Whenever Wherever""".split()
)



# an advocacy group named for the people it speaks for and its cause: `Americans for Prosperity`,
# `Mothers Against Drunk Driving`, `Doctors Without Borders`, `Texans for Lawsuit Reform` (a
# people's plural ending in -ans, or one of the nouns below, then `for`, `Against`, `Without`)
ADVOCATES = frozenset(
    """Citizens Taxpayers Students Parents Moms Mothers Fathers Dads Doctors Physicians Nurses
    Scientists Lawyers Democrats Conservatives Liberals Progressives Women Voters Families Friends
    Patients Priests Pastors Rabbis Clergy Teachers Workers Farmers Catholics Muslims Jews
    Evangelicals Latinos Teamsters Neighbors Neighbours Residents Communities Seniors Grandparents
    Survivors Advocates Engineers Economists Journalists Artists Athletes Businesses Entrepreneurs
    Employers Consumers Homeowners Tenants Sheriffs Mayors Governors""".split()
)
# the words such a name opens with, up to its cause: `Americans for `, `Mothers Against `
ADVOCACY_LEAD = r"\b(?:[A-Z][a-z]+ans|" + "|".join(sorted(ADVOCATES)) + r")\s+(?:for|Against|Without|United\s+for)\s+(?:the\s+)?"
ADVOCACY_NAME = re.compile(ADVOCACY_LEAD + "[A-Z]")

# a name joined to a participle, an adjective: `Brooklyn-based`, `Texas-born`, `Saudi-led` (not a
# Korean or Chinese given name's second syllable: `Ji-woo`, `Mei-ling`)
_PARTICIPLE_AFTER_A_HYPHEN = re.compile(r"-(?:[a-z]+ed|born|bred|led|run|made|built|grown|wide|style|like)$")


def is_participle_adjective(word: str) -> bool:
    """`Brooklyn-based`, `Shanghai-based`, `Texas-born`: said of a person or a body, no part of its name."""
    return "-" in word and _PARTICIPLE_AFTER_A_HYPHEN.search(word) is not None


# speech verbs that, right after a capitalised word, show it is someone speaking (data file tag `clear`)
CLEAR_SPEECH = words_tagged("speech_verbs.txt", "clear")
# of those, the verbs whose object is the one spoken to, not the speaker (`," Doe told Sky Sports`)
SPOKEN_TO = CLEAR_SPEECH & speaker_words().verbs_with_an_object
# nouns that name an organisation by what it is (`company`, `foreign ministry`), as one pattern
BODY_NOUN = alternation([noun for noun, _ in tagged_entries("organisation_nouns.txt")], longest_first=True)
# a party's member, written like a nationality for someone the article has named (`the Democrat said`)
PARTY_MEMBERS = ("Democrat", "Republican")
# parties written before a name or a role (`Democratic Sen. Jane Doe`, `Labour MP Jane Doe`)
PARTIES = frozenset("Democratic Democrat Republican GOP Labour Tory Conservative Liberal Independent".split())

# after a name: an apposition that says it is a body (`DTEK, the country's largest energy
# company,`, `Harbourlink, the startup behind ...`), not a person; or a relative clause on
# `which`, no person's word, before the name's own speech verb (`Metrolinx, which awarded the
# contract, said`)
DESCRIBED_AS_BODY = re.compile(
    r",\s+which\s+[^,;:.!?\"“”«»]{1,120},\s+(?:[a-z]+ly\s+)?(?:said|says|added|stated|announced|noted|confirmed|argued|insisted|responded)\b"
    r"|,\s+(?:the|a|an|Ukraine's|Ukraine’s)\s+"
    # modifiers only before the noun: no preposition or clause word (`the leader of the group`)
    r"(?:(?!(?:of|for|from|with|at|in|on|by|to|who|that|which|and|or)\b)[\w'’.-]+\s+){0,6}?"
    r"(?:company|operator|agency|group|holding|corporation|"
    r"firm|producer|bank|fund|organisation|organization|association|union|party|movement|channel|outlet|"
    r"broadcaster|startup|start-up|maker|manufacturer|retailer|chain|brand|charity|nonprofit|non-profit|"
    r"lender|insurer|carrier|airline|developer|publisher)\b"
    # the body noun heads the apposition: not `Doe, the party's nominee`, `Doe, the union leader`
    r"(?=\s*[,.;:)]|\s*$|\s+(?:behind|that|which|based|in|of|with|for|who|owned|founded|run|led|whose|[a-z]+ing)\b)"
)


ROLE_MODIFIERS = frozenset(
    """former acting deputy first new then current local regional oblast city military senior
    top chief foreign defence defense interior press main district village state national vice
    assistant second executive special associate principal prime home finance health education
    justice transport environment energy trade culture agriculture economy labour labor treasury
    majority minority shadow""".split()
)

# lower-case words that modify a role written after them (`former`, `acting`, `county`,
# `presidential`): the role nouns' modifiers and these.  Only known ones: a word before a role may
# as well end the clause before it (`remember President Carter`, `hugs Mayor Doe`)
MODIFIERS_BEFORE_A_ROLE = ROLE_MODIFIERS | frozenset(
    """retired late longtime veteran presidential political campaign county federal city town
    party election emergency communications policy economic army navy police fire school health
    union court conservative liberal progressive""".split()
)


NOT_ROLE_START = frozenset(
    """who whom whose which that where when said says told added noted stressed has had have is
    was were are will would could also as and or but with while who's""".split()
)


@lru_cache(maxsize=65536)
def is_role_token(word: str) -> bool:
    """A role word (`minister`), possessive or inside a compound (`commander-in-chief`)."""
    lex = lexicon()
    lower = word.casefold()
    if lower.endswith(("'s", "’s")):
        lower = lower[:-2]
    return lex.is_role_word(lower) or ("-" in lower and lex.is_role_word(lower.split("-")[0]))


# relatives and close ones, as news names them beside a person: `his wife, Jane,`
KIN = (
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|partner|friend|widow|widower|fianc[ée]e?|"
    r"girlfriend|boyfriend|spouse|aunt|uncle|cousin|niece|nephew|grandson|granddaughter|grandmother|"
    r"grandfather)"
)
# `his wife, `, `his wife of 58 years, ` right before a name: a relative named in apposition
_KIN_APPOSED = r"(?:\s+of\s+\d{1,3}\s+years)?,\s+$"
KIN_BEFORE = re.compile(rf"\b{KIN}{_KIN_APPOSED}")
# the same with whose relative it is, which is the relative's role: `his wife` of `his wife, Theresa`
KIN_ROLE_BEFORE = re.compile(rf"(?P<role>\b(?:his|her|their)\s+{KIN}){_KIN_APPOSED}", re.IGNORECASE)
# an age written before a noun or a name: `the 62-year-old mayor`, `76-year-old Jane Doe`
AGE = r"\d{1,3}-year-old"

# `Jarrah Wilson-Munro, a proud Birri Gubba man who grew up nearby`: described in apposition by
# a noun for a man or a woman (the gendered nouns for unnamed people: `man`, `mother`, `widow`)
APPOSED_PERSON_NOUN = re.compile(
    r",\s+an?\s+(?:[\w'’-]+\s+){0,4}?"
    + alternation(sorted(noun for noun, gender in lexicon().unnamed_people.items() if gender in ("m", "f")), longest_first=True)
    + r"\b"
)
# how an article says someone gave only one name: `gave only her first name,`, `gave his name as`,
# `identified only as`, `asked to be identified by his first name,` (the name follows)
NAME_GIVEN_ONLY_AS = (
    r"(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)"
    r"|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as"
    r"|(?:identified|known|named)\s+only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?)"
    r"|asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?))"
)
