"""The data model: frozen values passed between stages, and the one JSON shape.

Every stage returns these values and never mutates them. `Article.to_dict()`
is the only place the record's JSON shape is decided (checked against
`schema.json` by the tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple, TypeAlias

JSON: TypeAlias = "str | int | float | bool | list[JSON] | dict[str, JSON] | None"


class Label(str, Enum):
    """What one input line is; every label maps to a field or to `dropped`."""

    SECTION = "section"
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    TIMESTAMP = "timestamp"
    CREDIT = "credit"
    CAPTION = "caption"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    REPEATED = "repeated"
    BOILERPLATE = "boilerplate"
    CHROME = "chrome"


class Zone(str, Enum):
    """Where a line sits on the page."""

    BEFORE = "before"
    HEADER = "header"
    BODY = "body"
    AFTER = "after"


class Line(NamedTuple):
    """One physical input line, normalised once in `lines.py`."""

    number: int  # 1-based, as an editor shows it
    text: str


class Document(NamedTuple):
    """The numbered lines of one input and how its bytes were read."""

    lines: tuple[Line, ...]
    source: str = "-"
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


class Labelled(NamedTuple):
    """A line with its label, its zone and the name of the rule that decided it."""

    line: Line
    label: Label
    rule: str
    zone: Zone = Zone.BODY
    # Part of the line this label covers when a line holds two fields
    # ("NewsNATO ..." -> section "News" + headline); None means the whole line.
    span: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        """The text this label covers."""
        if self.span is None:
            return self.line.text
        return self.line.text[self.span[0] : self.span[1]]


@dataclass(frozen=True, slots=True)
class Text:
    """A field value and the input lines it came from."""

    text: str
    lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline as found, split into people, organisations and roles."""

    text: str  # as it appeared in the (normalised) line
    authors: tuple[str, ...] = ()  # "By Jane Doe and Ed Roe" -> ("Jane Doe", "Ed Roe")
    organizations: tuple[str, ...] = ()  # "JANE DOE | AP" -> ("AP",)
    roles: tuple[str, ...] = ()  # "Jane Doe, Political Editor" -> ("Political Editor",)
    lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A date or time as printed, and its ISO 8601 reading."""

    text: str  # the span that was parsed
    iso: str | None  # "2024-05-25T16:42:00", "2024-05-25", or None if undetermined
    kind: str = "unknown"  # "published" | "updated" | "unknown"
    relative: bool = False  # "2 hours ago", "yesterday"
    ambiguous: bool = False  # "05/06/2024" with no evidence of day/month order
    lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """One body paragraph or subheading."""

    type: str  # "paragraph" | "heading"
    text: str
    line: int  # the first input line of the block
    lines: tuple[int, ...] = ()
    start: int = 0  # offset of the block's text in its line (non-zero in glued lines)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    text: str  # inside the quote marks
    speaker: str | None  # resolved name ("Jens Stoltenberg")
    speaker_mention: str | None  # words at that place ("he", "the head of the Alliance")
    line: int  # input line of the opening mark
    start: int  # character offsets of the quoted text in that line
    end: int
    partial: bool = False  # a quoted fragment inside a paraphrase


@dataclass(frozen=True, slots=True)
class Dropped:
    """A line that is not part of any field, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed article: every field cites its input lines."""

    source: str = "-"
    encoding: str = "utf-8"
    section: Text | None = None
    headline: Text | None = None
    standfirst: Text | None = None
    byline: Byline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    image_credits: tuple[Text, ...] = ()
    blocks: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    warnings: tuple[str, ...] = ()
    labelled: tuple[Labelled, ...] = field(default=(), compare=False, repr=False)

    @property
    def body(self) -> str:
        """The article text, paragraphs separated by one blank line."""
        return "\n\n".join(block.text for block in self.blocks)

    def text_fields(self) -> Iterator[Text]:
        """Every single-text field value, with its lines (tests and --explain)."""
        for value in (self.section, self.headline, self.standfirst):
            if value is not None:
                yield value
        yield from self.image_credits
        for block in self.blocks:
            yield Text(block.text, block.lines)

    def to_dict(self) -> dict[str, JSON]:
        """The record as JSON-ready data; the only place its shape is decided."""
        byline, published, updated = self.byline, self.published, self.updated
        stamp = published or updated
        return {
            "source": self.source,
            "section": _text(self.section),
            "headline": _text(self.headline),
            "standfirst": _text(self.standfirst),
            "byline": byline.text if byline else None,
            "authors": list(byline.authors) if byline else [],
            "organizations": list(byline.organizations) if byline else [],
            "published": published.iso if published else None,
            "updated": updated.iso if updated else None,
            "timestamp_text": stamp.text if stamp else None,
            "image_credits": [credit.text for credit in self.image_credits],
            "body": self.body,
            "blocks": [
                {"type": block.type, "text": block.text, "line": block.line}
                for block in self.blocks
            ],
            "quotes": [_quote(quote) for quote in self.quotes],
            "dropped": [
                {"line": drop.line, "text": drop.text, "reason": drop.reason}
                for drop in self.dropped
            ],
            "warnings": list(self.warnings),
            "encoding": self.encoding,
            "lines": self._provenance(),
        }

    def _provenance(self) -> dict[str, JSON]:
        """Which input lines each field came from: `{"headline": [1], ...}`."""
        credits = sorted({n for credit in self.image_credits for n in credit.lines})
        return {
            "section": _lines(self.section),
            "headline": _lines(self.headline),
            "standfirst": _lines(self.standfirst),
            "byline": _lines(self.byline),
            "published": _lines(self.published),
            "updated": _lines(self.updated),
            "image_credits": list[JSON](credits),
            "body": [n for block in self.blocks for n in block.lines],
        }


def _text(value: Text | None) -> str | None:
    return value.text if value is not None else None


def _lines(value: Text | Byline | Timestamp | None) -> list[JSON]:
    return list(value.lines) if value is not None else []


def _quote(quote: Quote) -> dict[str, JSON]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_mention": quote.speaker_mention,
        "line": quote.line,
        "start": quote.start,
        "end": quote.end,
        "partial": quote.partial,
    }
