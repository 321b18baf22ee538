"""A quote and its article -> attribution text, in the citation styles users ask for.

Unknown parts are left out cleanly: no "None", no empty commas or brackets.  No Textual here.
"""

from __future__ import annotations

from .model import Article, Quote

DEFAULT_STYLE = "default"


def quote_text(quote: Quote) -> str:
    """The quote on one line, its own inner double quotes turned to single ones."""
    text = " ".join(part.strip() for part in quote.text.split("\n") if part.strip())
    return text.replace("“", "‘").replace("”", "’").replace('"', "'")


def join_names(names: tuple[str, ...] | list[str]) -> str:
    names = [name for name in names if name]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def long_date(article: Article) -> str | None:
    day = article.published or article.date
    return f"{day.day} {day:%B %Y}" if day else None


def source_of(article: Article) -> str:
    """Who published it: the outlets when the byline names them, else the authors."""
    return join_names(article.outlets) or join_names(article.authors)


def default_citation(quote: Quote, article: Article) -> str:
    parts = [quote.speaker, quote.speaker_role if quote.speaker else None]
    source = source_of(article)
    if source:
        parts.append(f"quoted in {source}")
    if article.title:
        parts.append(f"“{article.title.text}”")
    parts.append(long_date(article))
    attribution = ", ".join(part for part in parts if part)
    text = f"“{quote_text(quote)}”"
    return f"{text} — {attribution}" if attribution else text


def plain_citation(quote: Quote, article: Article) -> str:
    text = f"“{quote_text(quote)}”"
    return f"{text} — {quote.speaker}" if quote.speaker else text


STYLES = {
    "default": default_citation,
    "plain": plain_citation,
}


def cite(quote: Quote, article: Article, style: str = DEFAULT_STYLE) -> str:
    """The quote with its attribution in the given style (see STYLES)."""
    try:
        render = STYLES[style]
    except KeyError:
        raise ValueError(f"unknown citation style {style!r}; one of {', '.join(STYLES)}") from None
    return render(quote, article)
