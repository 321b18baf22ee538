"""Bytes of a file -> the text reader works on, or a clear reason why there is none.

The text is what every offset in reader points into, so the changes made here are few and
fixed: a byte-order mark is dropped, line endings become ``\\n``, and control characters
(terminal escapes among them) become visible, inert symbols of the same length.  Files that are
not UTF-8 are decoded with a fallback, and text that was once mis-decoded (UTF-8 read as
Windows-1252 and saved again: ``GuantÃ¡namo``, ``â€œ``) is repaired with ftfy; the article
says so in its problems.  Offsets point into the text as it is after these changes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_BYTES = 5 * 1024 * 1024  # files above this are "too large" unless asked for explicitly


class UnreadableFile(Exception):
    """The file holds no article text; the message says why, in one line."""


TOO_LARGE = "too large"


class FileTooLarge(UnreadableFile):
    """The file is over the size cap: it is read only when asked for (``max_bytes=None``)."""


def why_unreadable(error: Exception) -> str:
    """The one line shown for a file whose reading raised ``error``: an UnreadableFile's own
    reason, else (a bug in the parser or extractor) the kind of error and its first line."""
    if isinstance(error, UnreadableFile):
        return str(error)
    message = str(error).splitlines()[0] if str(error) else ""
    return f"could not be read ({type(error).__name__}: {message})"


def is_too_large(error: str | None) -> bool:
    """Whether an error message (as the index keeps it) says the file is over the size cap."""
    return error is not None and error.startswith(TOO_LARGE + " (")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    problems: tuple[str, ...]


_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# control bytes that do not occur in text files (tab, newline, CR, form feed and ESC are left out)
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")
_BREAK_CHARACTERS = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# C0 controls except tab and newline, DEL, and C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")
_HIGH_RUN = re.compile(rb"[\xc0-\xff]{3,}")


# UTF-8 read as Windows-1252 (or Latin-1): a lead byte shown as "Â".."ß" or "à".."ï", then
# continuation bytes (0x80-0xBF) shown as "€", "™", "œ", "©", "¡" ... or, read as Latin-1, as
# C1 controls
_CONTINUATION = "".join(
    sorted({bytes([byte]).decode("cp1252", errors="ignore") for byte in range(0x80, 0xC0)} | {chr(code) for code in range(0x80, 0xC0)})
)
# `(?:[\u00c2-\u00df]|[Aa][\u0302\u0303])[continuation]|[\u00e0-\u00ef][continuation]{2}` ("Â", "Ã",
# "â" also decomposed: A or a, then a combining circumflex or tilde, as some files keep them),
# written to start with the set of its first characters, so the regex engine skips to the next
# such character instead of trying the pattern at each one; the character read tells which of
# the three kinds can follow (the sets are apart)
_MOJIBAKE = re.compile(
    f"[Aa\u00c2-\u00ef](?:(?<=[\u00c2-\u00df])[{re.escape(_CONTINUATION)}]"
    f"|(?<=[Aa])[\u0302\u0303][{re.escape(_CONTINUATION)}]"
    f"|(?<=[\u00e0-\u00ef])[{re.escape(_CONTINUATION)}]{{2}})"
)


# a character every _MOJIBAKE sequence holds: a quick search (a character set, which the regex
# engine scans for fast) before the pattern itself, which stops at every `a` of the text
_MOJIBAKE_START = re.compile(r"[\u00c2-\u00ef\u0302\u0303]")


def _repair_mojibake(text: str) -> tuple[str, int]:
    """Text with its mis-decoded sequences repaired, and how many were.  A quick search first,
    so that clean text (nearly all of it) costs a scan and ftfy is loaded only when needed;
    ftfy then judges each line that has such a sequence and leaves real text alone."""
    if text.isascii() or not _MOJIBAKE_START.search(text) or not _MOJIBAKE.search(text):
        return text, 0
    import ftfy  # a third of a second to import: only for the rare file that needs it

    lines = text.split("\n")
    repaired = 0
    for i, line in enumerate(lines):
        found = len(_MOJIBAKE.findall(line))
        if found:
            fixed = ftfy.fix_encoding(unicodedata.normalize("NFC", line))
            if fixed != line:
                lines[i] = fixed
                repaired += found - len(_MOJIBAKE.findall(fixed))
    return ("\n".join(lines), repaired) if repaired else (text, 0)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


# Everything a terminal could act on in text reader writes out: C0 controls but tab and
# newline, DEL, C1 controls (0x9b is a one-byte CSI on some terminals).
_OUTPUT_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def show_controls(text: str) -> str:
    """Text made safe to print: control characters (tab and newline kept) become the same
    visible symbols the decoder uses.  For everything reader writes out, whatever its origin
    (file names, hand-built models), not only article text."""
    return _OUTPUT_CONTROLS.sub(_visible, text)


# the bytes of `_CONTROLS` characters in UTF-8: C0 controls and DEL as themselves, C1 controls
# (U+0080 to U+009F) after a 0xC2 lead byte
_UTF8_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"


def _may_hold_controls(data: bytes) -> bool:
    """Could UTF-8 bytes decode to a control character? (A quick test on the bytes, before
    the slower search of the text.)"""
    return b"\xc2" in data or len(data.translate(None, _UTF8_CONTROL_BYTES)) != len(data)


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.05:
        return "binary data (control bytes)"
    return None


def _fallback(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: Windows-1251 for Cyrillic, else a Western code page."""
    high = sum(1 for byte in data if byte >= 0xC0)
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(data))
    if high and in_runs / high > 0.5:
        return data.decode("cp1251", errors="replace"), "windows-1251"
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode(data: bytes) -> Decoded:
    """Turn a file's bytes into article text; raise UnreadableFile when there is none."""
    if not data:
        raise UnreadableFile("empty file")
    problems: list[str] = []
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = data.decode(codec, errors="replace")
                problems.append(f"invalid {name} bytes replaced")
            encoding = name
            break
    else:
        binary = _looks_binary(data)
        if binary:
            raise UnreadableFile(f"not a text file: {binary}")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _fallback(data)
            problems.append(f"not UTF-8: decoded as {encoding}")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise UnreadableFile("empty file (only whitespace)" if text else "empty file")
    if any(mark in text for mark in _BREAK_CHARACTERS):
        text = _LINE_BREAKS.sub("\n", text)
    text, repaired = _repair_mojibake(text)
    if repaired:
        problems.append(f"broken encoding repaired in {repaired} place(s) (UTF-8 once read as Windows-1252)")
    replaced = 0
    if encoding != "utf-8" or _may_hold_controls(data):
        text, replaced = _CONTROLS.subn(_visible, text)
    if replaced:
        problems.append(f"{replaced} control character(s) shown as symbols")
    return Decoded(text=text, encoding=encoding, problems=tuple(problems))
