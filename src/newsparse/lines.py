"""Stage 1: bytes or str -> Document of numbered, normalised lines.

All cleaning happens here, once (BOM, NUL and control characters, invisible
marks, Unicode line separators, runs of spaces, NFC). Later stages cut text
out of these lines and never rewrite it.
"""

from __future__ import annotations

import codecs
import unicodedata

import regex

from newsparse.errors import InputError
from newsparse.model import Document, Line

# Zero-width and bidi marks carry nothing a reader sees; C0/C1 controls (NUL included)
# are debris from scrapers. Tabs and no-break spaces become plain spaces.
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_SPACES = regex.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A run of three or more spaces, or a tab, separated two blocks in the page; it is
# kept as exactly three spaces (a soft break that segments.py cuts at).
_WIDE_GAP = regex.compile(
    r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]*(?:\t|[ \u00a0\u2000-\u200a\u202f\u205f\u3000]{3})\s*"
)
SOFT_BREAK = "   "
# Bytes that never occur in text: a file with many of them is binary.
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}
_BINARY_SAMPLE = 8192
_BINARY_SHARE = 0.10
_REPLACEMENT_SHARE = 0.02  # more invalid UTF-8 than this: try a legacy codec instead
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
)


def decode(
    data: bytes, encoding: str | None = None, *, source: str = "-"
) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding used, warnings); raise InputError for binary data.

    >>> decode("Café".encode("cp1252"))[1:]
    ('cp1252', ('not valid UTF-8; decoded as cp1252',))
    """
    if encoding is not None:
        return _decode_forced(data, encoding, source)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, ()
    _refuse_binary(data, source)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(1, len(data) * _REPLACEMENT_SHARE) and _looks_like_utf8(data):
        return text, "utf-8", (f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD",)
    try:
        return data.decode("cp1252"), "cp1252", ("not valid UTF-8; decoded as cp1252",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", ("not valid UTF-8; decoded as latin-1",)


def _looks_like_utf8(data: bytes) -> bool:
    """True when the text has valid multi-byte UTF-8 sequences, so stray bad bytes are damage."""
    return regex.search(rb"[\xc2-\xf4][\x80-\xbf]", data) is not None


def _decode_forced(data: bytes, encoding: str, source: str) -> tuple[str, str, tuple[str, ...]]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        message = f"unknown encoding {encoding!r}"
        raise InputError(message, source=source, kind="usage") from None
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    warnings = (f"{bad} byte sequence(s) not valid {encoding} replaced with U+FFFD",) if bad else ()
    return text, encoding, warnings


def _refuse_binary(data: bytes, source: str) -> None:
    """Raise InputError when the bytes are an image, archive, executable or other non-text."""
    head = data[:_BINARY_SAMPLE]
    if any(head.startswith(signature) for signature in _SIGNATURES):
        message = "not text (binary file signature); nothing parsed"
        raise InputError(message, source=source, kind="not-text")
    odd = sum(1 for byte in head if byte in _BINARY_BYTES)
    if head and odd / len(head) > _BINARY_SHARE:
        share = round(100 * odd / len(head))
        message = (
            f"not text ({share}% control bytes in the first {len(head)} bytes); nothing parsed"
        )
        raise InputError(message, source=source, kind="not-text")


def clean_line(text: str) -> str:
    """Return one line as later stages see it: NFC, no invisible marks, single spaces.

    A wide gap (a tab, or three spaces or more) stays as three spaces: a soft break.

    >>> clean_line("\\ufeffA\\u00a0 lot of\\u200b words ")
    'A lot of words'
    >>> clean_line("Top Stories \\t  Storm hits coast")
    'Top Stories   Storm hits coast'
    """
    if text.isprintable() and "  " not in text:
        # No marks, controls, tabs, odd spaces (none is printable) or runs of spaces:
        # nothing to remove or fold, and " " is the only space to strip.
        stripped = text.strip(" ")
        return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)
    return _clean(text)


def _clean(text: str) -> str:
    """`clean_line` without its shortcut for lines with nothing to remove or fold."""
    text = _INVISIBLE.sub("", text)
    text = text.strip()
    text = _WIDE_GAP.sub("\x00", text)  # NUL is gone by now, so it can stand in
    text = _SPACES.sub(" ", text).replace("\x00", SOFT_BREAK)
    return unicodedata.normalize("NFC", text)


def read_lines(text: str, *, source: str = "-", encoding: str = "utf-8") -> Document:
    """Return the numbered, cleaned lines of `text` (every Unicode line break counts).

    >>> [line.text for line in read_lines("a\\r\\nb\\u2028c").lines]
    ['a', 'b', 'c']
    """
    lines = tuple(
        Line(number, clean_line(raw)) for number, raw in enumerate(text.splitlines(), start=1)
    )
    return Document(lines=lines, source=source, encoding=encoding)
