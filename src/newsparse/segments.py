"""Stage 1b: lines -> pieces, undoing the glue of HTML-to-text output.

An HTML-to-text call with no separator glues blocks together ("…moon Europa.And
that's…", "New BeddingEd CaraMonday 6:30PM"). A piece is a span of one line; the
text is never rewritten, only cut. Camel-case cuts are made only in lines that
show glue (a lost sentence break, or several camel joints), so "YouTube" in an
ordinary paragraph stays whole.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import regex

from newsparse.fields.timestamp import is_day_or_month_name, search_timestamps
from newsparse.model import Line
from newsparse.vocab.boilerplate import BOILERPLATE_LINES

# "Europa.And", 'come."The': a sentence end glued to the next sentence; the cut is the match's
# end. Matching the stop (not an empty match behind it) makes the scan test one small set of
# characters per position instead of a look-behind: the same cuts, 1.6 times faster.
SENTENCE_GLUE = regex.compile(r"(?<=\p{Ll}{2})[.!?…]['\"”’)]?(?=[\p{Lu}“‘])")
# "BeddingEd", "HealthA Man", "medicine438", "574Duck", "[VIDEO]Storm": joints inside glued lines only.
CAMEL_GLUE = regex.compile(
    r"(?<=\p{Ll}{2})(?=\p{Lu}(?:\p{Ll}|\s))|(?<=\d)(?=\p{Lu}\p{Ll}{2})|(?<=\p{Ll}{3})(?=\d)"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})|(?<=\p{Ll}[’”\"])(?=\p{Lu})|(?<=\p{L}\])(?=\p{Lu})"
)
SOFT_BREAK = regex.compile(r" {3}")  # a wide gap kept by lines.clean_line
# In glued documents only: a byline prefix or a bullet glued onto the previous block
# ("…trade war By Jill Disis", "Monday 6:30PM•Filed to:").
GLUED_BYLINE = regex.compile(
    r"(?<=\S)\s(?=(?:By|by|BY)(?:\s+\p{Lu}|$))|(?<=\S)(?=•)|(?<=•)(?=\S)|(?<=\p{Ll})(?=@\p{L})"
)
# A word glued to a number or a number to a word: "review13/06/2014", "19:09Updated"
DIGIT_GLUE = regex.compile(r"\p{Ll}{3}\d|\d\p{Lu}\p{Ll}{2}")
# Whether DIGIT_GLUE matches anywhere, found from the digits: five times faster than a search
# for DIGIT_GLUE itself, which tries a letter class at every position. Only lines with a
# match are counted (the counts differ: these matches may overlap, DIGIT_GLUE's may not).
DIGIT_GLUE_HINT = regex.compile(r"\d(?:(?<=\p{Ll}{3}\d)|(?=\p{Lu}\p{Ll}{2}))")
# Searched for only, never matched: the letters sit in a look-behind, so the search scans
# for digits (or capitals) first instead of trying a letter class at every position.
DATE_GLUE = regex.compile(r"(?<=\p{Ll}{2})\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


# "Ed CaraFriday 11:40AM": a name glued to a day or month name (five letters or more, so no
# "Mai") with a number after it.
GLUED_WORD_NUMBER = regex.compile(r"(?<=\p{Ll}{2})(\p{Lu}\p{Ll}{4,}),?\s?\d")
CAMEL_JOINT = regex.compile(r"\p{L}*\p{Ll}{2}\p{Lu}\p{Ll}+")  # the whole glued word
# Cheap pre-checks: CAMEL_JOINT backtracks over every word, and most lines have no joint;
# DIGIT_GLUE and DATE_GLUE need a digit.
CAMEL_HINT = regex.compile(r"(?<=\p{Ll}{2})\p{Lu}\p{Ll}")
DIGIT = regex.compile(r"\d")
MIN_CAMEL_JOINTS = 2
MIN_GLUE_CUTS = 2
MIN_LINE_GLUE_SIGNALS = 3  # joints that mark one line as glued in an otherwise clean text
MIN_DOCUMENT_GLUE = 4  # lost sentence breaks that mark a whole document as glued
MAX_DATE_SCAN_CHARS = 20_000  # longer glued lines are not searched for dates
MAX_CAMEL_ONLY_CHARS = 300  # longer lines need lost sentence breaks as evidence of glue
MIN_PIECE_CHARS = 2


class Piece(NamedTuple):
    """A span of one line that later stages treat as a line of its own."""

    line: Line
    start: int
    end: int

    @property
    def text(self) -> str:
        """The text of the span."""
        return self.line.text[self.start : self.end]

    @property
    def span(self) -> tuple[int, int] | None:
        """The span within the line, or None when the piece is the whole line."""
        if self.start == 0 and self.end == len(self.line.text):
            return None
        return (self.start, self.end)


def glue_points(
    text: str, *, glued_document: bool = False, sentence_cuts: list[int] | None = None
) -> list[int]:
    """Return the offsets where glued blocks should be cut apart.

    Camel joints alone ("StarsPublished 22 hours agoJames") are cut only in a
    glued document, since headlines are full of brands ("DualShock", "AirPods").

    >>> text = "Europa.And that's a big deal"
    >>> [text[:cut] for cut in glue_points(text)]
    ['Europa.']
    >>> glue_points("YouTube and PayPal agreed on Monday.")
    []

    `sentence_cuts`: `_sentence_cuts(text)`, when the caller has them already.
    """
    cuts = _sentence_cuts(text) if sentence_cuts is None else list(sentence_cuts)
    hinted = CAMEL_HINT.search(text) is not None  # most lines have no camel joint at all
    joints = _distinct_joints(text) if hinted else 0
    line_signals = _glue_signals(text, joints, hinted=hinted) >= MIN_LINE_GLUE_SIGNALS
    glued_line = glued_document or line_signals
    camel = line_signals or (glued_document and joints >= MIN_CAMEL_JOINTS)
    if len(cuts) >= MIN_GLUE_CUTS or camel:
        cuts.extend(match.start() for match in CAMEL_GLUE.finditer(text))
    if glued_line:
        cuts.extend(match.start() for match in GLUED_BYLINE.finditer(text))
        cuts.extend(_date_edges(text))
    if "   " in text:  # SOFT_BREAK, looked for by a plain substring test first
        cuts.extend(match.end() for match in SOFT_BREAK.finditer(text))
    if hinted:
        cuts.extend(_furniture_tail(text))
    return sorted(set(cuts))


def _furniture_tail(text: str) -> list[int]:
    """A link label glued to the end of a line: "Jane DoeView More Articles", "…PhotosShare"."""
    if len(text) > MAX_CAMEL_ONLY_CHARS:
        return []
    for match in CAMEL_GLUE.finditer(text):
        if text[match.start() :].casefold().strip(" :.|") in BOILERPLATE_LINES:
            return [match.start()]
    return []


def _date_edges(text: str) -> list[int]:
    """Both ends of every date in a glued line ("…unrest November 20, 2019 - 11:28 AMTPan…")."""
    if len(text) > MAX_DATE_SCAN_CHARS:
        return []
    edges: list[int] = []
    for start, end, _ in search_timestamps(text):
        edges.extend((start, end))
    return edges


def _name_date_glue(text: str) -> bool:
    """Whether a day or month name is glued to the word before it: "Ed CaraFriday 11:40AM"."""
    return any(
        (word := match.group(1)).isascii() and is_day_or_month_name(word.casefold())
        for match in GLUED_WORD_NUMBER.finditer(text)
    )


def _glue_signals(text: str, joints: int, *, hinted: bool) -> int:
    """How many different joints show glue in one line ("diseaseDebbie White18 Nov 2019, 19:09Updated")."""
    digits = DIGIT.search(text) is not None
    if digits and (DATE_GLUE.search(text) or (hinted and _name_date_glue(text))):
        return MIN_LINE_GLUE_SIGNALS  # "review13/06/2014": a title glued to its dateline
    if len(text) > MAX_CAMEL_ONLY_CHARS * 4:
        return 0
    if not digits or DIGIT_GLUE_HINT.search(text) is None:
        return joints
    return joints + sum(1 for _ in DIGIT_GLUE.finditer(text))


def _distinct_joints(text: str) -> int:
    """Camel joints that occur once: glue ("BeddingEd CaraMonday"), not a brand ("MacBook")."""
    if len(text) > MAX_CAMEL_ONLY_CHARS:
        return 0
    found = [match.group() for match in CAMEL_JOINT.finditer(text)]
    return sum(1 for joint in set(found) if found.count(joint) == 1)


def _sentence_cuts(text: str) -> list[int]:
    """Offsets of the lost sentence breaks in a line ("Europa.|And")."""
    if "." not in text and "!" not in text and "?" not in text and "…" not in text:
        return []  # a break holds a stop: most lines (menus, titles) are turned away unscanned
    return [match.end() for match in SENTENCE_GLUE.finditer(text)]


def split_line(
    line: Line, *, glued_document: bool = False, sentence_cuts: list[int] | None = None
) -> tuple[Piece, ...]:
    """Return the pieces of one line: the whole line unless it shows glue."""
    text = line.text
    if not text:
        return (Piece(line, 0, 0),)
    cuts = glue_points(text, glued_document=glued_document, sentence_cuts=sentence_cuts)
    if not cuts and text[0] != " " and text[-1] != " ":
        return (Piece(line, 0, len(text)),)  # most lines: whole, and nothing to strip
    bounds = [0, *cuts, len(text)]
    pieces: list[Piece] = []
    for start, end in pairwise(bounds):
        if pieces and end - start < MIN_PIECE_CHARS:
            last = pieces.pop()
            start = last.start
        start, end = _strip(text, start, end)
        if end > start:
            pieces.append(Piece(line, start, end))
    return tuple(pieces) or (Piece(line, 0, len(text)),)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with a space."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def split_lines(lines: tuple[Line, ...]) -> tuple[Piece, ...]:
    """Return the pieces of every non-blank line, in order (blank lines carry nothing).

    Several lost sentence breaks mark the whole document as glued; each line is scanned
    for them once, for that count and for its own cuts.
    """
    filled = [line for line in lines if line.text]
    cuts = [_sentence_cuts(line.text) for line in filled]
    glued = sum(map(len, cuts)) >= MIN_DOCUMENT_GLUE
    return tuple(
        piece
        for line, line_cuts in zip(filled, cuts, strict=True)
        for piece in split_line(line, glued_document=glued, sentence_cuts=line_cuts)
    )
