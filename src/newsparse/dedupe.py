"""Repetition: keys that make two renderings of one line equal, and marking repeats.

`line_key` folds case, spaces, quotes and dashes so that a headline repeated
with a no-break space or curly quotes is still the same line.
"""

from __future__ import annotations

import regex

from newsparse.model import Label, Labelled

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
# In ASCII text the letters and numbers are [A-Za-z0-9]: a byte table that lower-cases them and
# turns everything else into spaces, then a split, gives the same key four times as fast as
# the Unicode pattern (a byte table is read in C, a `str` table through a dict).
_ASCII_KEY = bytes(ord(ch.lower()) if ch.isalnum() else 32 for ch in map(chr, range(128)))
_ASCII_KEY += bytes(range(128, 256))  # never read: ASCII text has no such bytes


def line_key(text: str) -> str:
    """Return the comparison key of a line: case-folded words joined by single spaces.

    >>> line_key("NATO chief: “The time has come”") == line_key('nato CHIEF - "the time has come"')
    True
    """
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY).split()).decode("ascii")
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def mark_repeats(labelled: tuple[Labelled, ...]) -> tuple[Labelled, ...]:
    """Relabel lines that repeat the headline, standfirst or an earlier body paragraph."""
    first: dict[str, Label] = {}
    out: list[Labelled] = []
    for item in labelled:
        kept = item.label in _KEPT
        key = line_key(item.text) if kept else ""  # only kept labels are compared
        if kept and key in first and item.label is not Label.HEADING:
            reason = f"repeated_{first[key].value}"
            out.append(Labelled(item.line, Label.REPEATED, reason, item.zone, item.span))
            continue
        if kept and key:
            first.setdefault(key, item.label)
        out.append(item)
    return tuple(out)


_KEPT = frozenset({Label.HEADLINE, Label.STANDFIRST, Label.PARAGRAPH, Label.HEADING})
