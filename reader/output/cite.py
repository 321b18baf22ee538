"""A quote and its article -> attribution text, in the citation styles users ask for.

``cite(quote, article, style)`` is the one entry point; ``STYLES`` maps each style's name to its
function (the app lists it in its style chooser).  No Textual here.

Every style starts from the quote and leaves out what the article does not say: no "None", no
empty brackets, no doubled punctuation.  The rules reader follows:

Quote text
    Paragraphs are trimmed; a trailing ``,`` ``;`` or ``:`` (left over from ``"...," she said``)
    is dropped; a quote the file cuts off (``truncated``) ends with ``…``.  Inside the outer
    quotation marks the quote's own double quotes become single ones (``“He called it ‘a
    lie’”``).  A quote of several paragraphs keeps its paragraphs in ``default``, ``plain`` (the
    newspaper convention: every paragraph opens with ``“``, only the last one closes) and
    ``markdown`` (one blockquote paragraph each); the academic styles run it into one line.

Unknown speaker
    every style says so plainly, "speaker not named in the article", where the speaker would
    stand (the role is not shown without a name): ``default``, ``markdown`` and ``plain`` after
    the dash, APA as the one "as cited in" the article, MLA as the one "qtd. in" it, Chicago as
    the one "quoted in" it.  A reader of the citation can never take the article's author for
    the speaker.

Organisations (``speaker_kind == "organisation"``)
    are corporate speakers: their full name is used wherever a person's surname would be (APA's
    in-text citation).

Authors
    ``default`` names the outlet(s) when the byline names one, else the authors.  APA and MLA
    cite the byline authors, or the outlet(s) when the byline names only an outlet; Chicago
    begins with the title when there is no personal author (its own rule).  APA: "Surname, I."
    (``Yemets, M., & Oliynyk, T.``), "et al." in the text from three authors.  MLA: "Surname,
    Given", "and" for two, "et al." from three.  Chicago notes: "A and B", "A, B, and C", "A et
    al." from four.

Dates
    the byline's date and time when there is one, else the header's date.  ``default`` writes
    "22 July 2024", APA "(2024, July 22)" and "n.d." when there is none, MLA "22 July 2024"
    (with MLA's month abbreviations: "2 Sept. 2024"), Chicago "July 22, 2024".  Without a date
    the other styles leave the date out.

Titles
    are given as the article writes them in ``default``, ``markdown`` and APA (APA asks for
    sentence case, which only a person can restore for names); MLA and Chicago put them in title
    case, touching only all-lower-case words.  Without a title, ``default``, ``markdown`` and
    Chicago leave it out, APA writes "[Untitled article]" and MLA "Untitled article" (their
    rule for a work without a title); Chicago, with no author, title or outlet either, cites an
    "untitled article".

Italics
    (the periodical in APA, MLA and Chicago, the title in ``markdown``) are written the Markdown
    way, ``*Outlet*``, so they survive a paste into notes and can be converted by a word
    processor.

``json`` gives every field plus W3C Web Annotation selectors (``TextQuoteSelector`` with 32
characters of prefix and suffix, ``TextPositionSelector`` in characters of the decoded text,
where line endings are ``\\n``), so the quote can be found again even if the file changes.

Everything returned is safe to print to a terminal: control characters (escape sequences among
them) in any field become visible symbols, as the decoder does for article text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..article.safe_text import safe_json, safe_text
from ..model import Article, Quote, SpeakerKind
from .publication import Source

DEFAULT_STYLE = "default"
UNATTRIBUTED = "unattributed"  # the CSV's note when the speaker is unknown
NOT_NAMED = "speaker not named in the article"  # every citation style's speaker when unknown
SELECTOR_CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector

Item = tuple[Quote, Article]

# -- terminal safety -------------------------------------------------------------------------

def terminal_safe(text: str) -> str:
    """The text with every control character but tab and newline made visible and inert (and
    what could disguise it shown: see ``reader.safe_text``)."""
    return safe_text(text)


def json_safe(text: str) -> str:
    """JSON text (already valid) with DEL, C1 controls and invisible characters escaped too:
    still the same JSON."""
    return safe_json(text)


# -- quote text --------------------------------------------------------------------------------


def quote_paragraphs(quote: Quote) -> list[str]:
    """The quote's paragraphs, trimmed, without the trailing comma of ``"...," she said``.

    A quote the file cuts off ends with an ellipsis.
    """
    paragraphs = [" ".join(part.split()) for part in quote.text.split("\n")]
    paragraphs = [part for part in paragraphs if part] or [""]
    last = paragraphs[-1].rstrip(",;:– -").rstrip()
    if quote.truncated and not last.endswith(("…", "...")):
        last = f"{last}…"
    paragraphs[-1] = last
    return paragraphs


_OPENS_AFTER = set(" \t\n([{‘“—–-/")


def nest_quotes(text: str) -> str:
    """Double quotation marks inside a quote become single ones: “ ” and " -> ‘ ’."""
    out: list[str] = []
    for index, char in enumerate(text):
        if char == "“":
            out.append("‘")
        elif char == "”":
            out.append("’")
        elif char == '"':
            before = text[index - 1] if index else " "
            out.append("‘" if before in _OPENS_AFTER else "’")
        else:
            out.append(char)
    return "".join(out)


def quote_text(quote: Quote) -> str:
    """The quote on one line, ready to put between double quotation marks."""
    return nest_quotes(" ".join(quote_paragraphs(quote)))


def _quoted_paragraphs(quote: Quote) -> str:
    """The newspaper convention: each paragraph opens with “, only the last one closes."""
    paragraphs = [nest_quotes(part) for part in quote_paragraphs(quote)]
    return "\n".join(f"“{part}" for part in paragraphs) + "”"


def _inline_quote(quote: Quote, *, drop_period: bool = False) -> str:
    text = quote_text(quote)
    if drop_period and text.endswith(".") and not text.endswith(".."):
        text = text[:-1]  # the citation's own period follows the parenthesis (APA, MLA)
    return f"“{text}”"


# -- names -------------------------------------------------------------------------------------

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def split_name(name: str) -> tuple[list[str], str, str | None]:
    """'Ursula von der Leyen' -> (['Ursula'], 'von der Leyen', None).

    The surname is the last word with the lower-case particles before it; a generational
    suffix (Jr., III) is kept apart.
    """
    words = name.split()
    suffix = None
    if len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        suffix = words.pop()
        words[-1] = words[-1].rstrip(",")
    if len(words) <= 1:
        return [], " ".join(words), suffix
    cut = len(words) - 1
    while cut > 1 and words[cut - 1][:1].islower():
        cut -= 1
    return words[:cut], " ".join(words[cut:]), suffix


def surname(name: str) -> str:
    return split_name(name)[1]


def _initial(word: str) -> str:
    parts = []
    for part in word.split("-"):
        letter = next((char for char in part if char.isalpha()), None)
        if letter:
            parts.append(f"{letter.upper()}.")
    return "-".join(parts)


def apa_name(name: str) -> str:
    """'Mariia Yemets' -> 'Yemets, M.'; 'Jean-Paul Sartre' -> 'Sartre, J.-P.'."""
    given, family, suffix = split_name(name)
    initials = " ".join(filter(None, (_initial(word) for word in given)))
    text = f"{family}, {initials}" if initials else family
    return f"{text}, {suffix}" if suffix else text


def mla_name(name: str) -> str:
    """'Olena Kovalchuk' -> 'Kovalchuk, Olena' (the first author of an MLA entry)."""
    given, family, suffix = split_name(name)
    text = f"{family}, {' '.join(given)}" if given else family
    return f"{text}, {suffix}" if suffix else text


def join_names(names: Sequence[str], serial_comma: bool = False) -> str:
    """'A', 'A and B', 'A, B and C' (or 'A, B, and C' with the serial comma)."""
    names = [name for name in names if name]
    if len(names) <= 2:
        return " and ".join(names)
    last = ", and " if serial_comma else " and "
    return ", ".join(names[:-1]) + last + names[-1]


def _speaker_surname(quote: Quote) -> str | None:
    if not quote.speaker:
        return None
    if quote.speaker_kind == SpeakerKind.ORGANISATION:
        return quote.speaker
    return surname(quote.speaker)


# -- dates and titles --------------------------------------------------------------------------

_MLA_MONTHS = (
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _day(article: Article) -> date | None:
    if article.published:
        return article.published.date()
    return article.date


def long_date(article: Article) -> str | None:
    """'22 July 2024' (the date the byline gives, else the header's)."""
    day = _day(article)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else None


def _title(article: Article, nested: bool = True) -> str | None:
    """The title on one line; ``nested``: its double quotes made single, to sit inside “ ”."""
    if article.title is None:
        return None
    title = " ".join(article.title.text.split())
    return (nest_quotes(title) if nested else title) or None


# Articles, coordinating conjunctions and prepositions (Chicago and MLA keep prepositions lower
# case whatever their length).  Words that are as often adverbs in headlines (up, off, out,
# down, so, like, past) are not here: they are capitalised.
_MINOR_WORDS = frozenset(
    """a an the and but or nor for as at by in of on per to via from into onto over with upon
    than vs versus about above across after against along amid among around before behind below
    beneath beside between beyond despite during except near through throughout toward towards
    under underneath unlike within without""".split()
)
# Name particles and units that stay lower case in a headline.
_KEEP_LOWER = frozenset(
    "von van der den de da di du la le del della dos bin ibn al km kg bn mln".split()
)
_WORD = re.compile(r"[^\s–—/]+")
_LOWER_WORD = re.compile(r"[^\W\d_A-Z]+(?:['’-][^\W\d_]+)*")
_PHRASE_END = (":", "–", "—", "?", "!")


def title_case(title: str) -> str:
    """Headline-style capitals for MLA and Chicago, touching only all-lower-case words.

    Articles, conjunctions and prepositions stay lower case except first, last and after a
    colon or dash; words with capitals, digits or dots inside (``iPhone``, ``F-16``, ``p.m.``)
    and name particles (``von der``) are left as written.
    """
    words = list(_WORD.finditer(title))
    out = []
    done = 0
    for position, match in enumerate(words):
        word = match.group()
        lead = len(word) - len(word.lstrip("‘’'\"“”([{"))
        core = word[lead:].rstrip("‘’'\"“”)]},;:.!?")
        if not _LOWER_WORD.fullmatch(core) or not core.islower() or core in _KEEP_LOWER:
            continue
        first = position == 0 or title[: match.start()].rstrip().endswith(_PHRASE_END)
        last = position == len(words) - 1
        if core in _MINOR_WORDS and not (first or last):
            continue
        parts = core.split("-")
        parts = [
            part if index and part in _MINOR_WORDS else part[:1].upper() + part[1:]
            for index, part in enumerate(parts)
        ]
        start = match.start() + lead
        out.append(title[done:start])
        out.append("-".join(parts))
        done = start + len(core)
    out.append(title[done:])
    return "".join(out)


_PAIRS = {"’": "‘", "”": "“", '"': '"'}


def _closing_quotes(text: str) -> int:
    """How many characters at the end of the text are closing quotation marks (a ’ counts only
    when a ‘ opened it: otherwise it is an apostrophe, as in "ministers’")."""
    count = 0
    while count < len(text) and (mark := text[-1 - count]) in _PAIRS:
        if _PAIRS[mark] not in text[: len(text) - count - 1]:
            break
        count += 1
    return count


def _end(text: str, mark: str = ".") -> str:
    """The text followed by ``mark`` unless it already ends a sentence.

    The American rule of APA, MLA and Chicago: a period or comma goes inside closing quotation
    marks (“... the ‘worst’.” ).
    """
    closing = _closing_quotes(text)
    core, tail = text[: len(text) - closing], text[len(text) - closing :]
    if core.endswith((".", "?", "!", "…")):
        return text
    return core + mark + tail if mark in ".," else text + mark


# -- who published it --------------------------------------------------------------------------


def source_of(article: Article) -> str:
    """Who published it, for ``default``: the outlets when the byline names them, else the
    authors."""
    return join_names(article.outlets) or join_names(article.authors)


def _short_authors(article: Article, conjunction: str) -> str | None:
    """Authors in the text (APA, MLA): surnames, or the outlets when the byline names only
    outlets; 'A & B' or 'A and B'; 'A et al.' from three."""
    names = [surname(name) for name in article.authors] or list(article.outlets)
    if not names:
        return None
    return f"{names[0]} et al." if len(names) >= 3 else f" {conjunction} ".join(names)


def _periodical(article: Article) -> str | None:
    """The outlet as the periodical (APA, MLA): only when personal authors wrote the article;
    an outlet-only byline makes the outlet the author, not named twice."""
    return join_names(article.outlets) if article.authors and article.outlets else None


# -- the styles --------------------------------------------------------------------------------


def _attribution(
    quote: Quote, article: Article, title: str | None, escape: Callable[[str], str] = str
) -> str:
    """'Speaker, role, quoted in Source, Title, 22 July 2024' (default and markdown).

    ``title`` comes ready-made (quoted or italic); ``escape`` is applied to the other parts.
    """
    named: list[str | None] = [quote.speaker, quote.speaker_role] if quote.speaker else [NOT_NAMED]
    source = source_of(article)
    if source:
        named.append(f"quoted in {source}")
    parts = [escape(" ".join(part.split())) for part in named if part]
    parts.extend(part for part in (title, long_date(article)) if part)
    return ", ".join(parts)


def default_citation(quote: Quote, article: Article) -> str:
    """“Quote” — Speaker, role, quoted in Outlet, “Title”, 22 July 2024."""
    title = _title(article)
    attribution = _attribution(quote, article, f"“{title}”" if title else None)
    return f"{_quoted_paragraphs(quote)} — {attribution}"


def plain_citation(quote: Quote, article: Article) -> str:
    """“Quote” — Speaker (or: speaker not named in the article)."""
    return f"{_quoted_paragraphs(quote)} — {quote.speaker or NOT_NAMED}"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
_MD_ORDERED = re.compile(r"(\s*\d+)([.)])")
_MD_BLOCK_MARK = re.compile(r"(\s*)([#+=-])")


def markdown_escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links, HTML, headings or lists."""
    lines = []
    for line in _MD_SPECIAL.sub(r"\\\1", text).split("\n"):
        if match := _MD_ORDERED.match(line):
            line = f"{match[1]}\\{match[2]}{line[match.end():]}"
        elif match := _MD_BLOCK_MARK.match(line):
            line = f"{match[1]}\\{line[match.end(1):]}"
        lines.append(line)
    return "\n".join(lines)


def markdown_citation(quote: Quote, article: Article) -> str:
    """A blockquote (one paragraph per quote paragraph), then the attribution line."""
    paragraphs = [markdown_escape(part) for part in quote_paragraphs(quote)]
    block = "\n>\n".join(f"> {part}" for part in paragraphs)
    title = _title(article, nested=False)
    title_element = f"*{markdown_escape(title)}*" if title else None
    attribution = _attribution(quote, article, title_element, escape=markdown_escape)
    return f"{block}\n\n— {attribution}"


# APA 7 ------------------------------------------------------------------------------------------


def _apa_authors(article: Article) -> str | None:
    """The author element of the reference: 'Yemets, M., & Oliynyk, T.' or a group author."""
    if article.authors:
        names = [apa_name(name) for name in article.authors]
    elif article.outlets:
        names = list(article.outlets)
    else:
        return None
    if len(names) == 1:
        return names[0]
    if len(names) > 20:  # APA: the first 19, an ellipsis, the last
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _apa_in_text_source(article: Article) -> str:
    """'Kovalchuk, 2024', 'Yemets & Oliynyk, 2024', 'Yemets et al., 2024', '“Title,” 2024'."""
    year = apa_year(article)
    who = _short_authors(article, "&")
    if who:
        return f"{who}, {year}"
    title = _title(article)
    if title:  # no author: the title, in quotation marks, takes its place
        return f"“{_end(title_case(title), ',')}” {year}"
    return f"[Untitled article], {year}"


def apa_year(article: Article) -> str:
    day = _day(article)
    return str(day.year) if day else "n.d."


def apa_reference(article: Article, url: str | None = None) -> str:
    """Author. (Year, Month Day). Title. *Outlet*. URL"""
    day = _day(article)
    when = f"({day.year}, {_MONTHS[day.month - 1]} {day.day})" if day else "(n.d.)"
    title = _title(article, nested=False)  # not inside quotation marks here
    title_element = _end(title) if title else "[Untitled article]."
    author = _apa_authors(article)
    outlet = _periodical(article)
    if author:
        parts = [_end(author), f"{when}.", title_element]
    else:  # no author: the title moves to the author's place
        parts = [title_element, f"{when}."]
    if outlet:
        parts.append(f"*{outlet}*.")
    if url:
        parts.append(url)
    return " ".join(parts)


def apa_in_text(quote: Quote, article: Article) -> str:
    """(Speaker, as cited in Author, Year); an unknown speaker is "speaker not named in the article"."""
    source = _apa_in_text_source(article)
    speaker = _speaker_surname(quote) or NOT_NAMED
    return f"({speaker}, as cited in {source})"


def apa_citation(quote: Quote, article: Article, url: str | None = None) -> str:
    """The quote with its in-text citation, a blank line, then the reference-list entry."""
    in_text = f"{_inline_quote(quote, drop_period=True)} {apa_in_text(quote, article)}."
    return f"{in_text}\n\n{apa_reference(article, url)}"


# MLA 9 ------------------------------------------------------------------------------------------


def _mla_authors(article: Article) -> str | None:
    if article.authors:
        names = list(article.authors)
        if len(names) >= 3:
            return f"{mla_name(names[0])}, et al."
        if len(names) == 2:
            return f"{mla_name(names[0])}, and {names[1]}"
        return mla_name(names[0])
    if article.outlets:
        return join_names(article.outlets)
    return None


def mla_date(article: Article) -> str | None:
    day = _day(article)
    return f"{day.day} {_MLA_MONTHS[day.month - 1]} {day.year}" if day else None


def mla_entry(article: Article, url: str | None = None) -> str:
    """Author. “Title.” *Outlet*, 22 July 2024, URL."""
    title = _title(article)
    parts = []
    author = _mla_authors(article)
    if author:
        parts.append(_end(author))
    parts.append(f"“{_end(title_case(title))}”" if title else "Untitled article.")
    outlet = _periodical(article)
    container = ", ".join(filter(None, (f"*{outlet}*" if outlet else None, mla_date(article), url)))
    if container:
        parts.append(f"{container}.")
    return " ".join(parts)


def mla_in_text(quote: Quote, article: Article) -> str:
    """(qtd. in Author)."""
    who = _short_authors(article, "and")
    if not who:
        title = _title(article)
        who = f"“{title_case(title)}”" if title else "Untitled article"
    return f"(qtd. in {who})"


def mla_citation(quote: Quote, article: Article, url: str | None = None) -> str:
    """Speaker: “Quote” (qtd. in Author). — a blank line — the works-cited entry (an unknown
    speaker: "Speaker not named in the article")."""
    lead = f"{quote.speaker or _capitalised(NOT_NAMED)}: "
    in_text = f"{lead}{_inline_quote(quote, drop_period=True)} {mla_in_text(quote, article)}."
    return f"{in_text}\n\n{mla_entry(article, url)}"


# Chicago ----------------------------------------------------------------------------------------


def chicago_date(article: Article) -> str | None:
    day = _day(article)
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if day else None


def _chicago_authors(article: Article) -> str | None:
    names = list(article.authors)
    if not names:
        return None  # Chicago begins with the title when there is no personal author
    if len(names) >= 4:
        return f"{names[0]} et al."
    return join_names(names, serial_comma=True)


def chicago_note(quote: Quote, article: Article, url: str | None = None) -> str:
    """Speaker, quoted in Authors, “Title,” *Outlet*, Month D, YYYY, URL."""
    title = _title(article)
    outlets = join_names(article.outlets)
    authors = _chicago_authors(article)
    if not (authors or title or outlets):  # the note must name something to be found by
        authors = "untitled article"
    elements = [  # (text, is the quoted title)
        (authors, False),
        (title_case(title) if title else None, True),
        (f"*{outlets}*" if outlets else None, False),
        (chicago_date(article), False),
        (url, False),
    ]
    present = [(text, quoted) for text, quoted in elements if text]
    note = ""
    for index, (text, quoted) in enumerate(present):
        if note:
            note += " " if present[index - 1][1] else ", "  # a title's comma is inside its marks
        if quoted:
            text = f"“{_end(text, '.' if index == len(present) - 1 else ',')}”"
        note += text
    if present and not present[-1][1]:
        note = _end(note)
    return f"{quote.speaker or _capitalised(NOT_NAMED)}, quoted in {note}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def chicago_citation(quote: Quote, article: Article, url: str | None = None) -> str:
    """The quote, a blank line, then the note."""
    note = chicago_note(quote, article, url)
    text = _inline_quote(quote)
    return f"{text}\n\n{note}" if note else text


# JSON -----------------------------------------------------------------------------------------


def file_uri(path: str | None) -> str | None:
    """The article file as a ``file://`` URI (absolute), or None when it has no path."""
    if not path:
        return None
    try:
        return Path(path).absolute().as_uri()
    except ValueError:
        return None


def selectors(quote: Quote, article: Article) -> list[dict[str, Any]]:
    """W3C Web Annotation selectors for the quote: TextQuoteSelector, TextPositionSelector.

    ``exact`` runs from the first span's start to the last span's end (for a multi-paragraph
    quote it includes the paragraph breaks and quotation marks between), so both selectors name
    the same text.  Positions are characters (code points) of the decoded text.
    """
    text = article.text
    start, end = quote.start, quote.end
    if not (0 <= start <= end <= len(text)) or not text[start:end]:
        return [{"type": "TextQuoteSelector", "exact": quote.text}]
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - SELECTOR_CONTEXT) : start],
            "suffix": text[end : end + SELECTOR_CONTEXT],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def quote_record(quote: Quote, article: Article) -> dict[str, Any]:
    """Every field of the quote and its article, plus a Web Annotation target."""
    return {
        "quote": quote.text,
        "speaker": quote.speaker,
        "speaker_kind": quote.speaker_kind,
        "role": quote.speaker_role,
        "attribution": quote.attribution,
        "truncated": quote.truncated,
        "path": article.path,
        "title": article.title.text if article.title else None,
        "authors": list(article.authors),
        "outlets": list(article.outlets),
        "section": article.section,
        "date": article.date.isoformat() if article.date else None,
        "published": article.published.isoformat(timespec="minutes") if article.published else None,
        "spans": [[span.start, span.end] for span in quote.spans],
        "target": {"source": file_uri(article.path), "selector": selectors(quote, article)},
    }


def to_json(value: Any, indent: int | None = None) -> str:
    """JSON text that is safe in a terminal (no raw control characters of any kind)."""
    return json_safe(json.dumps(value, ensure_ascii=False, indent=indent))


def json_citation(quote: Quote, article: Article) -> str:
    return to_json(quote_record(quote, article), indent=2)


# -- the public interface ------------------------------------------------------------------------

STYLES: dict[str, Callable[[Quote, Article], str]] = {
    "default": default_citation,
    "markdown": markdown_citation,
    "apa": apa_citation,
    "mla": mla_citation,
    "chicago": chicago_citation,
    "plain": plain_citation,
    "json": json_citation,
}


def check_style(style: str) -> str:
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; one of {', '.join(STYLES)}")
    return style


# the styles that end with the article's web address when it is known
WITH_URL: dict[str, Callable[[Quote, Article, str | None], str]] = {
    "apa": apa_citation,
    "mla": mla_citation,
    "chicago": chicago_citation,
}


def cite(quote: Quote, article: Article, style: str = DEFAULT_STYLE, source: Source | None = None) -> str:
    """The quote with its attribution in the given style (see STYLES).  ``source``: the
    publication to name when the byline names none (it then stands where a byline's outlet
    would), and the article's web address for the academic styles."""
    check_style(style)
    if source is not None and source.publication and not article.outlets:
        article = replace(article, outlets=(source.publication,))
    if source is not None and source.url and style in WITH_URL:
        text = WITH_URL[style](quote, article, source.url)
    else:
        text = STYLES[style](quote, article)
    return text if style == "json" else terminal_safe(text)
