"""How reader words things for people: a count with its noun, a long text cut for a list."""

from __future__ import annotations

PREVIEW = 220  # characters of a quote shown in a list (the quote panel, the people view)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 quote', '2 quotes', '0 quotes'; with ``many``, the plural as it is spelt: '1 person',
    '2 people'."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def preview(text: str, limit: int = PREVIEW) -> str:
    """The text on one line (runs of spaces and line breaks made one space), cut with '…' to
    at most ``limit`` characters."""
    body = " ".join(text.split())
    if len(body) > limit:
        body = body[: limit - 1].rstrip() + "…"
    return body
