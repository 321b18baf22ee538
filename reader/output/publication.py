"""Which publication an article comes from, and its web address, for citations.

Most bylines name only people, so a citation would carry no site at all.  In order:

1. the config file's ``[[library]]`` table for the folder the file is in (``publication``, and
   ``url``: a template with ``{stem}`` (the file name without ``.txt``) or ``{name}``, or a base
   to which the stem is added);
2. the outlets the byline names;
3. what the file shows: a footer or site chrome that asks the reader to "Support <Name>" (as
   news sites' footers do) names the site.  A name in initials ("Support UP") is spelt out when
   the file has a name with those initials, else from ``SHORT_NAMES``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..model import Article
    from .config import Config

# Sites known by their initials in their own footers, spelt out (a user's config can name any).
SHORT_NAMES = {"UP": "Ukrainska Pravda"}

_NAME = r"[A-Z][\w’'&.-]*"
_SUPPORT = re.compile(rf"\bSupport\s+((?:the\s+)?{_NAME}(?:\s+{_NAME})*)")
_NOT_A_SITE = {"us", "our", "me", "this", "the"}


class Source(NamedTuple):
    """The publication to name in a citation and the article's web address (either may be
    unknown)."""

    publication: str | None
    url: str | None


def publication_in_file(article: Article) -> str | None:
    """The site a footer or the site chrome of the file names ("Support Ukrainska Pravda or
    become our patron!"), spelt out when it is given in initials."""
    for removed in article.removed:
        if removed.kind not in ("footer", "chrome"):
            continue
        match = _SUPPORT.search(article.text[removed.span.start : removed.span.end])
        if match and match[1].casefold() not in _NOT_A_SITE:
            return _spelt_out(match[1], article.text)
    return None


def _spelt_out(name: str, text: str) -> str:
    if not (name.isupper() and len(name) <= 5):
        return name
    words = r"\s+".join(rf"{letter}[a-z’']+" for letter in name)
    match = re.search(rf"\b{words}\b", text)
    return match[0] if match else SHORT_NAMES.get(name, name)


def source_of(article: Article, config: Config | None = None) -> Source:
    """The publication and web address to cite ``article`` with."""
    library = config.library_of(article.path) if config is not None and article.path else None
    publication = library.publication if library is not None else None
    if not publication:
        publication = ", ".join(article.outlets) or publication_in_file(article)
    url = None
    if library is not None and library.url and article.path:
        url = web_address(library.url, Path(article.path))
    return Source(publication, url)


def web_address(template: str, path: Path) -> str:
    """The address of the file ``path`` from a template (``{stem}``, ``{name}``) or a base."""
    if "{" in template:
        return template.replace("{stem}", path.stem).replace("{name}", path.name)
    return template.rstrip("/") + "/" + path.stem
