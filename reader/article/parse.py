"""Article text -> Article: header, title, byline, caption, body blocks, boilerplate.

The files are plain-text exports of news pages (see FORMAT.md in the shared notes).  Each
non-empty line is one paragraph.  The parser walks the lines once:

1. site chrome at the top (language switchers, "Support Us");
2. the header ` date 2024-09-02 All Sections`, whose tail may instead be an upper-case
   date-time or the first line of the article run onto it;
3. the title, the byline (authors glued to the weekday), a repeated title and a photo caption,
   in whichever of their real orders the file has;
4. the body: labelled paragraphs, bullets, headings, tag lines, footers and adverts.

Every character of the text that is not whitespace ends up in exactly one place: the header, a
removed piece of boilerplate, the title, the byline, the caption or a block.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from ..folding import LONG_WORD, in_title_case
from ..gcpause import gc_paused
from ..model import (
    BULLET,
    HEADING,
    LABELLED,
    PARAGRAPH,
    TAGS,
    Article,
    Block,
    Removed,
    Span,
    TextField,
)

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = "|".join(MONTHS)

_HEADER = re.compile(r"[ \t]*(date)[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.IGNORECASE)
_CLOCK = r"(?:,?\s*(?:[-–—|]\s*|at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2}))?"
_DATE_DMY = rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})"
_DATE_MDY = rf"(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})"
_DATETIME = rf"(?P<weekday>{WEEKDAYS}),?\s+(?:{_DATE_DMY}|{_DATE_MDY}){_CLOCK}"
_UPPER_DATETIME = re.compile(rf"{_DATETIME}\s*$", re.IGNORECASE)
_BYLINE = re.compile(rf"^(?P<who>.*?)[\s,;|–—-]*{_DATETIME}\s*$", re.IGNORECASE)

MENU_LABEL = "all sections"  # the site menu's label in the `date` line, folded
# a line that ends with a stop, perhaps before closing marks and brackets; one character set
# first, so the regex engine skips from one stop to the next (a second branch, a stop and one
# mark, matched only what this one matches, and made the engine try each character)
_SENTENCE_END = re.compile(r"""[.!?…;:,]["”»’')\]]*$""")
_CAPTION = re.compile(
    r"""(?:^|[\s.,;:(–—-])(?:(?:stock|illustrative|archive|file|cover|main|archival)\s+)?
        (?:photo(?:graph)?s?|collage|illustration|screenshot|infographic|image|video(?:\s+still)?)
        (?:\s*:|\s+by\b|\s+from\b|\s+courtesy\b|\s*\)?\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)

_KNOWN_LABELS = (
    "source",
    "sources",
    "quote",
    "quotes",
    "details",
    "more details",
    "background",
    "for reference",
    "reference",
    "read more",
    "read also",
    "also read",
    "previously",
    "earlier",
    "updated",
    "update",
    "note",
    "editor's note",
    "context",
    "reminder",
    "recap",
    "advertisement",
    "subjects",
    "tags",
    "topics",
    "addendum",
    "in addition",
    "additionally",
    "comment",
    "statement",
    "what preceded",
    "to recap",
    "video",
)
_LABEL_FIRST_WORDS = frozenset(label.split()[0] for label in _KNOWN_LABELS) | {"editor's", "editor’s"}
_LABEL_WORDS = "|".join(
    sorted((re.escape(label).replace("'", "['’]") for label in _KNOWN_LABELS), key=len, reverse=True)
)
# "Source: ...", "Source : ...", "Quote from Syrskyi: ...", "Quote - ...", 'Quote "..."'.
_LABEL = re.compile(
    rf"""^(?P<label>(?:quote|quotes|statement)\s+(?:from|by)\s+[^:"“«\n]{{1,80}}?|{_LABEL_WORDS})
         (?:\s*:\s*|\s+[–—-]\s+|\s+(?=["“«])|\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# Place names and headings used as labels: "Nova Sloboda hromada: ...", "Votes by factions:".
_PLACE_WORDS = (
    "hromada|hromadas|oblast|district|raion|region|city|town|village|settlement|direction|"
    "front|sector|community|county|province|municipality|axis"
)
_GENERIC_LABEL = re.compile(
    rf"""^(?P<label>(?:[A-Z][\w'’()-]*(?:\s+[A-Z(][\w'’()-]*){{0,4}})
                    |(?:[A-Z][\w'’()-]*(?:\s+[\w'’()-]+){{0,3}}\s+(?:{_PLACE_WORDS})))
         \s*:\s+(?=\S)""",
    re.VERBOSE,
)
_HEADING = re.compile(r"^(?P<label>[A-Z][\w'’() -]{0,60}?)\s*:\s*$")
_BULLET = re.compile(r"^(?:[•·▪◦●■□➤►*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][)](?=\s))\s*")

_FOOTER = re.compile(
    r"""(?:(?:Journalists\s+fight\s+on\s+their\s+own\s+frontline\.\s*)?
            Support\s+(?:UP|Ukrainska\s+Pravda|us)\s+or\s+become\s+our\s+patron!?
        |Become\s+our\s+patron!?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_FOOTER_PARAGRAPH = "place where you will find"  # the long "Ukrainska Pravda is the place ..." footer
# one or more menu items on a line: "Support Us", "UA | RU | EN", "UA RU EN Support Us"
_CHROME = re.compile(
    r"""^(?:(?:support\s+us|menu|search|subscribe|log\s+in|sign\s+in|home|
             ua|ru|en|eng|ukr|укр|рус|українською|русский|english|українська|мова)
          (?:\s*[|/·•,]\s*|\s+|$))+$""",
    re.IGNORECASE | re.VERBOSE,
)
_TOP_LINES = 12  # how far down a page the byline is looked for, menus and title above it
_WEEKDAY_LINE = re.compile(rf"^(?:{WEEKDAYS})$", re.IGNORECASE)


def _is_menu_line(text: str) -> bool:
    """A line of the site's menus: a few words without a sentence's end ("Support Us", "UA RU
    EN", "News", the site's name)."""
    return (
        _CHROME.match(text) is not None
        or _footer(text) is not None
        or len(text.split()) <= 4 and not _SENTENCE_END.search(text) and not _caption_in(text)
    )


_LINK_LABELS = ("read more", "read also", "also read")  # headlines of other articles
_TAGS_LABEL = re.compile(r"^(?:subjects|tags|topics)$", re.IGNORECASE)
_EDITOR_NOTE = re.compile(r"\[[^\[\]\n]{0,2000}?[–—-]\s*ed(?:itor)?s?\.?\s*\]")

_OUTLET_WORDS = re.compile(
    r"""\b(?:pravda|news|agency|press|media|times|post|tribune|gazette|journal|telegraph|
           reuters|interfax|ukrinform|suspilne|unian|rbc|bbc|cnn|radio|tv|channel|service|
           online|daily|weekly|herald|guardian|insider|politico|bloomberg|associated|
           hromadske|liga|nv|dw|afp|ap|ria|tass|svoboda|life|economic|european|staff|
           editorial|desk|bureau|office|newsroom)\b""",
    re.IGNORECASE | re.VERBOSE,
)


class _Line(NamedTuple):
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str


_new_tuple = tuple.__new__  # a named tuple from a plain one, without its Python-level __new__


def _lines(text: str) -> list[_Line]:
    """The non-empty lines of the text, stripped, with their offsets."""
    lines = []
    line_start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = line_start + line.find(stripped[0])  # the first character that is not a space
            lines.append(_new_tuple(_Line, (start, start + len(stripped), stripped)))
        line_start += len(line) + 1
    return lines


def _sub(line: _Line, start: int) -> _Line | None:
    """The part of a line from a character index on, stripped; None when nothing is left."""
    rest = line.text[start:]
    stripped = rest.strip()
    if not stripped:
        return None
    lead = len(rest) - len(rest.lstrip())
    begin = line.start + start + lead
    return _new_tuple(_Line, (begin, begin + len(stripped), stripped))


@lru_cache(maxsize=256)
def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _month_number(name: str) -> int:
    return MONTHS.index(name.casefold()) + 1


def _datetime_from(match: re.Match[str]) -> datetime | None:
    groups = match.groupdict()
    day, month, year = groups.get("day"), groups.get("month"), groups.get("year")
    if day is None:
        day, month, year = groups.get("day2"), groups.get("month2"), groups.get("year2")
    if not (day and month and year):
        return None
    hour = int(groups["hour"]) if groups.get("hour") else 0
    minute = int(groups["minute"]) if groups.get("minute") else 0
    try:
        return datetime(int(year), _month_number(month), int(day), hour, minute)
    except ValueError:
        return None


def title_case(name: str) -> str:
    """'VALENTYNA ROMANENKO' -> 'Valentyna Romanenko'; keeps 'O'Neil' and 'Kovalenko-Shyn'."""
    return re.sub(r"[^\W\d_]+", lambda word: word.group().capitalize(), name.lower())


_BYLINE_SEPARATOR = re.compile(r"\s*(?:[,;&|]|\band\b)\s*")
_LETTER = re.compile(r"[^\W\d_]")


def split_byline_names(who: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Authors and outlets named before the date in a byline."""
    authors: list[str] = []
    outlets: list[str] = []
    for part in _BYLINE_SEPARATOR.split(who.strip(" ,;|–—-")):
        name = part.strip(" .–—-")
        if not name or not _LETTER.search(name):
            continue
        if name.isupper() and len(name) > 4:
            name = title_case(name)
        (outlets if _OUTLET_WORDS.search(name) else authors).append(name)
    return tuple(authors), tuple(outlets)


def _looks_like_title(line: _Line) -> bool:
    words = line.text.split()
    if not 1 <= len(words) <= 30:
        return False
    if _SENTENCE_END.search(line.text) and not line.text.endswith(("?", "!", "?\"", "?”")):
        return False
    return not (_LABEL.match(line.text) or _BULLET.match(line.text) or _caption_in(line.text))


# Words English headlines leave out ("Minister resigns", not "The minister has resigned") and
# sentences of a body paragraph keep.
_LEAD_WORDS = frozenset("a an the is are was were has have had been".split())
_CLOSING_MARKS = "\"”’'»)"
# a sentence ends inside the line: an all-lower-case word, its stop, a capital ("U.S. Senate",
# "Sen. Doe" and "vs. Doe" are abbreviations, not sentence ends)
_INNER_SENTENCE_END = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")
_QUOTE_MARKS = re.compile("[\"“”«»]|''")
# headlines tell news in the present ("Council backs plan"); a paragraph's sentences, in the past
_PAST_TENSE = re.compile(r"\b(?:[a-z]{3,}ed|said|told|was|were)\b")
_LEAD_FOLLOWERS = ("source", "sources", "quote", "quotes", "details")
# "WASHINGTON (AP) — ", "MEXICO CITY, Feb. 8 (UPI) — ": where a wire story begins
_DATELINE = re.compile(r"^[A-Z][A-Z.' -]{2,40}(?:,[^—–\n]{1,30}?)?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]{1,2}\s")


def _reads_as_headline(line: _Line, following: _Line) -> bool:
    """A first line with a full stop that is still a headline (some sites end theirs with one),
    told from a body paragraph by its shape: one short sentence, in title case or in headline
    English (hardly an article or an auxiliary verb: a little more when a paragraph twice its
    length follows), or one above a dateline or an upper-case heading.  A sentence above a
    `Source:` or `Quote:` line is the lead of a page that starts mid-way."""
    text = line.text.rstrip(_CLOSING_MARKS)
    words = line.text.split()
    if not (
        text.endswith((".", "!", "?"))
        and 3 <= len(words) <= 25
        and not _INNER_SENTENCE_END.search(text)
        and not (_LABEL.match(line.text) or _BULLET.match(line.text) or _caption_in(line.text))
    ):
        return False
    label = _LABEL.match(following.text)
    if label and label["label"].split()[0].casefold() in _LEAD_FOLLOWERS:
        return False
    if _DATELINE.match(following.text) or _is_upper_heading(following.text) or in_title_case(text):
        return True
    longer_below = len(following.text.split()) >= max(20, 2 * len(words))  # a lead under its headline
    if _PAST_TENSE.search(text) and not longer_below:
        return False
    lead_words = sum(word.casefold() in _LEAD_WORDS for word in words)
    return lead_words <= 1 or lead_words <= 2 and longer_below


# "By Jane Doe", "BYLINE: Jane Doe and John Roe.": a byline without a date, as archives keep it
_NAMED_BYLINE = re.compile(
    r"^(?:By|BY|Byline|BYLINE)\s*:?\s+(?P<who>[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*){1,5})\.?$"
)


# A page's date on a line of its own under the headline, as sites print it: `Tue 14 May 2024 06.00
# BST`, `Published On 12 Mar 2025`, `Updated March 14, 2025, 9:12 PM ET`, `Aug. 6, 2024, 5 a.m.
# EDT`, `June 2024`; a clock, a time zone and a country may follow the date
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PAGE_DATE = (
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*)?"
    rf"(?:(?:{WEEKDAYS}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_WORD}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<month2>{_MONTH_WORD})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})"
    rf"|(?P<month3>{_MONTH_WORD})\s+(?P<year3>\d{{4}}))"
    r"(?:[\s,|·–—-]*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?"
    r"(?:\s*,?\s*(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
    r"(?:,\s*[A-Z][A-Za-z]{1,12})?"
)
_DATE_LINE = re.compile(rf"^{_PAGE_DATE}\s*$", re.IGNORECASE)
_DATE_AT_END = re.compile(rf"(?:\s{{2,}}|\s*[,|·–—-]\s*|\s+)({_PAGE_DATE})\s*$", re.IGNORECASE)
# `By Jane Doe`, `by Jane Doe and John Roe`, `By DANIEL OTIENO`, `By Jane Doe, BBC News, Bristol`,
# `By Jane Doe, Europe correspondent`: the names come first, before any comma
_BY_LINE = re.compile(r"^(?:By|BY|by)\s*:?\s+(?P<who>[A-Z][^\n]{2,140})$")
_AUTHOR_NAME = re.compile(
    r"^(?:[A-Z][\w.'’-]*|[a-z]{1,3})(?:\s+(?:[A-Z][\w.'’-]*|de|del|de la|da|dos|van|von|der|bin|al|el|le|la|di)){0,4}"
    r"\s+[A-Z][\w.'’-]+$"
)
_TOP_MATTER_LINES = 5  # how far under a plain page's headline its byline and date are looked for
_MONTH_ABBREVIATIONS = tuple(month[:3] for month in MONTHS)
_AND = re.compile(r"\s+(?:and|&)\s+")  # between two authors' names


def _page_date(match: re.Match[str]) -> date | None:
    """The day a `_PAGE_DATE` match names (the first of the month when only the month is)."""
    day, month, year = match["day"], match["month"], match["year"]
    if day is None:
        day, month, year = match["day2"], match["month2"], match["year2"]
    if month is None:
        day, month, year = "1", match["month3"], match["year3"]
    try:
        return date(int(year), _MONTH_ABBREVIATIONS.index(month.casefold()[:3]) + 1, int(day))
    except ValueError:
        return None


def _page_authors(who: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The authors and outlets of a byline's names (`Jane Doe and John Roe, CNN`), or None when
    its first part is no list of names (`By Tuesday, the council had...`).  After the names, a
    part with an outlet's word is the outlet; a place (`Bristol`) or a post (`Europe
    correspondent`) is left out."""
    parts = [part.strip() for part in who.split(",")]
    # `Jane Doe, John Roe and Ann Poe`: a list of names ends in `and`; else only the first part names
    listed = next((i for i, part in enumerate(parts) if _AND.search(part)), 0)
    names = [name for part in parts[: listed + 1] for name in _AND.split(part)]
    if not all(_AUTHOR_NAME.match(name) for name in names):
        return None
    rest = parts[listed + 1 :]
    if len(rest) > 3 or any(len(part.split()) > 6 or _SENTENCE_END.search(part) for part in rest):
        return None
    authors = [title_case(name) if name.isupper() else name for name in names]
    outlets = [part for part in rest if _OUTLET_WORDS.search(part) and part[:1].isupper()]
    return tuple(authors), tuple(outlets)


def _is_upper_heading(text: str) -> bool:
    """A short line in capitals, such as an archive's "ABSTRACT." or a rubric's "LETTERS."."""
    return text.isupper() and len(text.split()) <= 6 and len(LONG_WORD.findall(text)) >= 1


def _is_title_with_deck(line: _Line) -> bool:
    """A headline joined to the line under it by a semicolon, as archives print a headline and its deck."""
    return line.text.endswith(";") and len(line.text.split()) <= 30 and not _BULLET.match(line.text)


# a part of every word `_CAPTION` looks for, free of letters that match others when case is
# ignored (i, k, s), so a line without any of them is no caption whatever its case
_CAPTION_WORD_PARTS = ("hoto", "ollage", "llustrat", "creen", "nfograph", "mage", "deo")


def _caption_in(text: str) -> bool:
    """Does the text name a photo, video or illustration as a caption does?"""
    lower = text.lower()
    return any(part in lower for part in _CAPTION_WORD_PARTS) and _CAPTION.search(text) is not None


def _is_caption(line: _Line) -> bool:
    return len(line.text.split()) <= 40 and _caption_in(line.text)


def _is_tag_line(line: _Line) -> bool:
    if not line.text.isupper():
        return False
    letters = [c for c in line.text if c.isalpha()]
    return (
        len(letters) >= 2
        and not _SENTENCE_END.search(line.text.rstrip("!"))
        and len(line.text.split()) <= 40
    )


# Where a site's tags run together with no separator: "Ministry of DefenceJane DoeUSA" (a
# word's small letters, then a capital), "USAJane" (capitals, then a capitalised word), and
# "Kharkiv Oblastattack" (a Ukrainian place word, then a word in small letters).
_GLUED_TAGS = re.compile(
    r"(?<=[a-z][a-z])(?=[A-Z])|(?<=[A-Z][A-Z])(?=[A-Z][a-z])"
    r"|(?:(?<=Oblast)|(?<=Raion)|(?<=Hromada)|(?<=oblast)|(?<=raion)|(?<=hromada))(?=[a-z]{3})"
)


def _split_tags(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*[,;|•·]\s*", text) if re.search(r"[,;|•·]", text) else [text]
    tags = (tag.strip() for part in parts for tag in _GLUED_TAGS.split(part))
    return tuple(tag for tag in tags if tag)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _lines(text)
        self.pos = 0
        self.removed: list[Removed] = []
        self.blocks: list[Block] = []
        self.header: Span | None = None
        self.section: str | None = None
        self.header_date: date | None = None
        self.page_date: date | None = None  # a plain page's date line: `Tue 14 May 2024 06.00 BST`
        self.published: datetime | None = None
        self.title: TextField | None = None
        self.byline: TextField | None = None
        self.authors: tuple[str, ...] = ()
        self.outlets: tuple[str, ...] = ()
        self.caption: TextField | None = None
        self.tags: list[str] = []
        self._trailer_from: int | None = None  # index of the first line of the closing trailer

    # -- helpers -----------------------------------------------------------------------
    def peek(self, ahead: int = 0) -> _Line | None:
        index = self.pos + ahead
        return self.lines[index] if index < len(self.lines) else None

    def remove(self, kind: str, line: _Line) -> None:
        self.removed.append(Removed(kind, Span(line.start, line.end)))

    def field(self, line: _Line) -> TextField:
        return TextField(line.text, Span(line.start, line.end))

    # -- the top of the page -----------------------------------------------------------
    def skip_chrome(self) -> None:
        while (line := self.peek()) is not None and _CHROME.match(line.text):
            self.remove("chrome", line)
            self.pos += 1

    def read_header(self) -> None:
        line = self.peek()
        if line is None:
            return
        match = _HEADER.match(line.text)
        if not match:
            return
        try:
            self.header_date = date(int(match[2]), int(match[3]), int(match[4]))
        except ValueError:
            self.header_date = None
        rest = _sub(line, match.end())
        head_end = line.start + match.end(4)
        if rest is not None:
            upper = _UPPER_DATETIME.match(rest.text)
            if upper:
                self.published = _datetime_from(upper)
                head_end = rest.end
                rest = None
            elif self._is_section(rest.text):
                # "All Sections" is the label of the site's menu, not a section: such articles have none
                self.section = None if rest.text.casefold() == MENU_LABEL else rest.text
                head_end = rest.end
                rest = None
        self.header = Span(line.start, head_end)
        if rest is None:
            self.pos += 1
        else:  # the first line of the article runs on after the date
            self.lines[self.pos] = rest

    @staticmethod
    def _is_section(text: str) -> bool:
        words = text.split()
        return (
            len(words) <= 4
            and not _SENTENCE_END.search(text)
            and not _CAPTION.search(text)
            and all(word[0].isupper() or word in ("and", "&", "of", "the") for word in words)
        )

    def find_byline(self) -> int | None:
        """How many lines ahead the byline is: after the title, and on some pages after the
        site's menus too; None when a line of text comes first."""
        for ahead in range(_TOP_LINES):
            line = self.peek(ahead)
            if line is None:
                return None
            if len(line.text) < 200 and "day" in line.text.casefold() and _BYLINE.match(line.text):
                return ahead
            if ahead and not _looks_like_title(line):
                return None
        return None

    def read_top(self) -> None:
        """Title, byline, repeated title and caption, in the orders real files have."""
        byline_at = self.find_byline()
        if byline_at is not None:
            self.read_lines_above_byline(self.lines[self.pos : self.pos + byline_at])
            self.pos += byline_at
            self.read_byline(self.lines[self.pos])
            self.pos += 1
        elif (first := self.peek()) is not None and self.peek(1) is not None:
            if _is_caption(first):
                self.caption = self.field(first)
                self.pos += 1
            elif named := _NAMED_BYLINE.match(first.text):
                self.byline = self.field(first)
                self.authors, self.outlets = split_byline_names(named["who"])
                self.pos += 1
            elif _looks_like_title(first):
                self.title = self.field(first)
                self.pos += 1
            elif self.header is None:
                self.read_plain_title(first, self.lines[self.pos + 1])
                if self.title is None and len(first.text.split()) <= 30 and self._byline_below():
                    self.title = self.field(first)  # a headline of two sentences over its byline
                    self.pos += 1
        for _ in range(3):
            line = self.peek()
            if line is None:
                break
            if self.title and _norm(line.text) == _norm(self.title.text):  # cached per text
                self.remove("repeated title", line)
            elif self.byline is None and self.title is not None and (named := _NAMED_BYLINE.match(line.text)):
                self.byline = self.field(line)  # `By Jane Doe and John Roe` under a plain headline
                self.authors, self.outlets = _page_authors(named["who"]) or split_byline_names(named["who"])
            elif self.caption is None and _is_caption(line):
                self.caption = self.field(line)
            elif (
                self.title is None
                and self.byline is not None
                and self.peek(1) is not None
                and _looks_like_title(line)
            ):
                self.title = self.field(line)
            else:
                break
            self.pos += 1
        if self.header is None and self.title is not None and self.published is None:
            self.read_top_matter()

    def read_top_matter(self) -> None:
        """Under a plain page's headline, and perhaps its standfirst: the byline and the date,
        each on a line of its own (`By Jane Doe and John Roe` / `Updated March 14, 2025`), the
        byline with the date after it (`By Jane Doe  Updated Mar 19, 2024, 8:00am EDT`), or the
        author's name alone over the date (`Jane Doe` / `Tue 14 May 2024 06.00 BST`).  The lines
        above them are the article's; when none is found nothing changes."""
        for ahead in range(_TOP_MATTER_LINES):
            line = self.peek(ahead)
            if line is None or len(line.text.split()) > 60:  # the body: no standfirst is so long
                return
            if self.read_top_matter_line(line, self.peek(ahead + 1), just_asking=True):
                break
        else:
            return
        for _ in range(ahead):  # the standfirst
            self.add_block(self.lines[self.pos])
            self.pos += 1
        while (line := self.peek()) is not None and self.read_top_matter_line(line, self.peek(1)):
            self.pos += 1

    def _byline_below(self) -> bool:
        """Is there a `By` line among the few lines under the first one?"""
        for ahead in range(1, _TOP_MATTER_LINES):
            line = self.peek(ahead)
            if line is None or len(line.text.split()) > 60:
                return False
            if _BY_LINE.match(line.text) and self.read_top_matter_line(line, self.peek(ahead + 1), just_asking=True):
                return True
        return False

    def read_top_matter_line(self, line: _Line, following: _Line | None, just_asking: bool = False) -> bool:
        """Is the line a plain page's byline or date line (see :meth:`read_top_matter`)?  Read
        it unless ``just_asking``."""
        text = line.text
        if len(text) > 160:
            return False
        if self.page_date is None and (when := _DATE_LINE.match(text)):
            if not just_asking:
                self.page_date = _page_date(when)
                self.remove("date", line)
            return True
        if self.byline is not None:
            return False
        by = _BY_LINE.match(text)
        if by:
            who = by["who"]
            when = _DATE_AT_END.search(who)
            if when:
                who = who[: when.start()]
            named = _page_authors(who)
        elif following is not None and _AUTHOR_NAME.match(text) and _DATE_LINE.match(following.text):
            when, named = None, ((title_case(text) if text.isupper() else text,), ())
        else:
            return False
        if named is None:
            return False
        if not just_asking:
            self.byline = self.field(line)
            self.authors, self.outlets = named
            if when and self.page_date is None:
                self.page_date = _page_date(when)
        return True

    def read_lines_above_byline(self, above: list[_Line]) -> None:
        """The title is the line the page repeats under the byline, else the last line above
        the byline but a bare weekday; short lines above the title are the site's menus
        (chrome), longer ones body text."""
        below = self.peek(len(above) + 1)
        title_at = next(
            (i for i, line in enumerate(above) if below is not None and _norm(line.text) == _norm(below.text)),
            None,
        )
        if title_at is None:
            candidates = [i for i, line in enumerate(above) if not _WEEKDAY_LINE.match(line.text)]
            title_at = candidates[-1] if candidates else None
        for i, line in enumerate(above):
            if i == title_at:
                self.title = self.field(line)
            elif (title_at is None or i < title_at) and not _is_menu_line(line.text):
                self.add_block(line)
            else:
                self.remove("chrome", line)

    def read_plain_title(self, first: _Line, following: _Line) -> None:
        """The headline of a page saved as plain text: the first line, when it reads as one."""
        if _is_title_with_deck(first):
            headline = _sub(_Line(first.start, first.end - 1, first.text[:-1]), 0)
            if headline is None:
                return
            self.title = self.field(headline)
            self.removed.append(Removed("separator", Span(first.end - 1, first.end)))
            self.pos += 1
            rubric = following.text.rstrip(".")
            if self.text.count("\n", first.end, following.start) == 1 and self._is_section(rubric):
                self.section = rubric  # the line under the headline names the column: "Economic Scene."
                self.remove("section", following)
                self.pos += 1
        elif _reads_as_headline(first, following):
            self.title = self.field(first)
            self.pos += 1

    def read_byline(self, line: _Line) -> None:
        match = _BYLINE.match(line.text)
        assert match is not None
        self.byline = self.field(line)
        self.published = _datetime_from(match)
        self.authors, self.outlets = split_byline_names(match["who"])

    # -- the body ------------------------------------------------------------------------
    def read_body(self) -> None:
        while (line := self.peek()) is not None:
            self.pos += 1
            footer = _footer(line.text)
            if footer is not None:
                before = line.text[:footer].rstrip()
                if before:
                    self.add_block(_Line(line.start, line.start + len(before), before))
                self.remove("footer", _sub(line, footer) or line)
                continue
            if _is_tag_line(line) and self._only_trailer_left() and self.blocks:
                self.tags.extend(_split_tags(line.text))
                self.add(TAGS, line, line, None)
                continue
            self.add_block(line)

    def _only_trailer_left(self) -> bool:
        """Are all lines from here on footers, tag lines or chrome? (Computed once, backwards.)"""
        if self._trailer_from is None:
            self._trailer_from = len(self.lines)
            while self._trailer_from > 0:
                line = self.lines[self._trailer_from - 1]
                if not (_footer(line.text) is not None or _is_tag_line(line) or _CHROME.match(line.text)):
                    break
                self._trailer_from -= 1
        return self.pos >= self._trailer_from

    def add(self, kind: str, line: _Line, body: _Line, label: str | None) -> None:
        span, body_span = _new_tuple(Span, line[:2]), _new_tuple(Span, body[:2])
        self.blocks.append(_new_tuple(Block, (kind, line.text, span, body_span, label)))

    def add_block(self, line: _Line) -> None:
        text = line.text
        head = text[:90]
        match = None
        if ":" in head or text.split(None, 1)[0].casefold().rstrip(":") in _LABEL_FIRST_WORDS:
            match = _LABEL.match(text) or _GENERIC_LABEL.match(text)
        if match:
            label = " ".join(match["label"].split())
            label = label[0].upper() + label[1:] if label.islower() else label
            body = _sub(line, match.end())
            if label.casefold() == "advertisement":
                self.remove("advertisement", line)
            elif _TAGS_LABEL.match(label):
                self.tags.extend(_split_tags(body.text) if body else ())
                self.add(TAGS, line, body or line, label)
            elif body is None:
                self.add(HEADING, line, line, label)
            else:
                self.add(LABELLED, line, body, label)
            return
        heading = _HEADING.match(text) if text.rstrip().endswith(":") else None  # (a quick test first)
        if heading and len(text.split()) <= 6:
            self.add(HEADING, line, line, heading["label"])
            return
        if _is_upper_heading(text) and not _QUOTE_MARKS.search(text):  # "ABSTRACT.", "TOP STORIES."
            self.add(HEADING, line, line, text.rstrip(" .:"))
            return
        bullet = _BULLET.match(text)
        if bullet and bullet.end() < len(text):
            self.add(BULLET, line, _sub(line, bullet.end()) or line, None)
            return
        self.add(PARAGRAPH, line, line, None)

    # -- all of it -----------------------------------------------------------------------
    def problems(self) -> list[str]:
        problems: list[str] = []
        if self.header is None and self.title is None and self.byline is None:
            problems.append("starts mid-page: no header, title or byline")
        if self.header_date is None and self.published is None and self.page_date is None:
            problems.append("no date")
        body = [
            block
            for block in self.blocks
            if block.kind not in (TAGS, HEADING)
            and (block.label or "").casefold() not in _LINK_LABELS
        ]
        if not body and self.title is None:
            problems.append("no article text")
        elif body:
            last = body[-1].text.rstrip()
            if not re.search(r"""[.!?…)\]"”»'’:*]$""", last) and not _looks_numeric(last):
                problems.append("cut off mid-sentence")
        return problems

    def parse(self) -> _Parser:
        self.skip_chrome()
        self.read_header()
        self.skip_chrome()
        self.read_top()
        self.read_body()
        return self


def _footer(text: str) -> int | None:
    """Where a footer begins in a line (it may be glued to the last sentence), or None."""
    lowered = text.casefold()
    if _FOOTER_PARAGRAPH in lowered:
        return 0
    if "patron" not in lowered:
        return None
    match = _FOOTER.search(text)
    return match.start() if match else None


def _looks_numeric(text: str) -> bool:
    return bool(re.search(r"\d\s*%?$", text)) and len(text.split()) <= 8


def editor_notes(text: str) -> tuple[Span, ...]:
    """Spans of editor's insertions: '[hromada is ... – ed.]'."""
    return tuple(Span(m.start(), m.end()) for m in _EDITOR_NOTE.finditer(text))


def parse(
    text: str,
    path: str | None = None,
    encoding: str = "utf-8",
    problems: tuple[str, ...] = (),
) -> Article:
    """Parse decoded article text (line endings already ``\\n``) into an Article."""
    with gc_paused():
        parser = _Parser(text).parse()
    published = parser.published
    return Article(
        text=text,
        path=path,
        encoding=encoding,
        section=parser.section,
        date=parser.header_date or (published.date() if published else parser.page_date),
        published=published,
        header=parser.header,
        title=parser.title,
        byline=parser.byline,
        authors=parser.authors,
        outlets=parser.outlets,
        caption=parser.caption,
        blocks=tuple(parser.blocks),
        tags=tuple(parser.tags),
        removed=tuple(parser.removed),
        editor_notes=editor_notes(text),
        problems=tuple(problems) + tuple(parser.problems()),
    )
