"""Text made safe to show: the one function every place that shows a file name, a path, a quote
or a message passes it through (the commands, the app, notifications, exports).

What a terminal could act on, or what could disguise the text, becomes visible:

- control characters (escape sequences, OSC 52 clipboard writes, the bell) become the symbols
  the decoder uses (``␛``, ``␇``);
- a file name that is not UTF-8 keeps its bytes: Python holds them as lone surrogates, shown
  here as ``\\xe9`` (the way Python writes a byte), never as ``?``;
- bidirectional overrides, embeddings and isolates, and zero-width characters, which can
  reorder or hide what is shown (``txt.exe`` spelt backwards), are written as ``<U+202E>``.

Standard library only: the commands, the library and the app all use it.
"""

from __future__ import annotations

import re

from .decode import show_controls

# Bidi embeddings, overrides and isolates; zero-width spaces, joiners and marks; word joiner and
# invisible operators; the byte-order mark inside text.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# What JSON text must not carry raw, escaped as \uXXXX inside its strings (the same data back):
# DEL and C1 controls (json escapes C0 itself), the invisible characters above, lone surrogates.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def _shown_invisible(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group()):04X}>"


def _shown_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """The text with nothing a terminal would act on and nothing invisible that changes what is
    seen; newlines and tabs kept."""
    text = show_controls(text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub(_shown_invisible, text)
    if _SURROGATES.search(text):
        text = _SURROGATES.sub(_shown_surrogate, text)
    return text


def safe_name(path: object) -> str:
    """A path or file name as reader shows it (see :func:`safe_text`)."""
    return safe_text(str(path))


def storable_text(text: str) -> str:
    """Text that UTF-8 (a JSON file, an SQLite index) can hold: a non-UTF-8 byte of a file name
    written as ``\\xe9``; everything else as it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub(_shown_surrogate, text)
    return text


def safe_json(text: str) -> str:
    """JSON text (already valid, from ``json.dumps(..., ensure_ascii=False)``) with what a
    terminal could act on, what is invisible and the bytes of non-UTF-8 file names escaped as
    ``\\uXXXX``: the same JSON, which decodes to the same values (a name to open again)."""
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
