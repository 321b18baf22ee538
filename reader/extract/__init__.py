"""People and quotes from a parsed Article (plain Python, no Textual)."""

from __future__ import annotations

from ..model import Article


def extract(article: Article) -> Article:
    return article
