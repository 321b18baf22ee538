"""Articles as plain JSON-ready dicts: the contract of `reader extract --json`."""

from __future__ import annotations

from typing import Any

from ..model import Article, Quote, TextField


def _text(field: TextField | None) -> str | None:
    return field.text if field else None


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_kind": quote.speaker_kind,
        "speaker_role": quote.speaker_role,
        "attribution": quote.attribution,
        "confidence": quote.confidence,
        "start": quote.start,
        "end": quote.end,
        "spans": [[span.start, span.end] for span in quote.spans],
        "truncated": quote.truncated,
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "path": article.path,
        "section": article.section,
        "date": article.date.isoformat() if article.date else None,
        "published": article.published.isoformat(timespec="minutes") if article.published else None,
        "title": _text(article.title),
        "authors": list(article.authors),
        "outlets": list(article.outlets),
        "caption": _text(article.caption),
        "tags": list(article.tags),
        "encoding": article.encoding,
        "blocks": [
            {
                "label": block.label,
                "kind": block.kind,
                "text": block.text,
                "start": block.start,
                "end": block.end,
            }
            for block in article.blocks
        ],
        "removed": [
            {"kind": removed.kind, "start": removed.span.start, "end": removed.span.end}
            for removed in article.removed
        ],
        "people": [
            {
                "name": person.name,
                "aliases": list(person.aliases),
                "roles": list(person.roles),
                "mentions": [[span.start, span.end] for span in person.mentions],
            }
            for person in article.people
        ],
        "quotes": [quote_to_dict(quote) for quote in article.quotes],
        "problems": list(article.problems),
    }
