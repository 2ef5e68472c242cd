"""Header fields: section, headline, standfirst, byline and timestamps from labelled lines.

Each extractor reads only the lines carrying its label and returns values that
cite those lines. Parsing of byline and timestamp strings lives in byline.py and
timestamp.py; this module only picks which lines to parse.
"""

from __future__ import annotations

from datetime import datetime, time
from itertools import islice

from newsparse.fields.byline import opens_with_prefix, parse_byline
from newsparse.fields.timestamp import parse_timestamp, search_timestamps
from newsparse.model import Byline, Label, Labelled, Text, Timestamp, Zone
from newsparse.options import Options


def _first(labelled: tuple[Labelled, ...], label: Label) -> Text | None:
    item = next((item for item in labelled if item.label is label), None)
    if item is None:
        return None
    return Text(item.text, (item.line.number,))


CO_BYLINE_DISTANCE = 2  # lines between two byline lines of one article
FOOTER_DATE_LINES = 10  # lines after the body searched for a labelled publication date


def extract_section(labelled: tuple[Labelled, ...]) -> Text | None:
    """Return the kicker or breadcrumb, if any."""
    return _first(labelled, Label.SECTION)


def extract_headline(labelled: tuple[Labelled, ...]) -> Text | None:
    """Return the headline, if any."""
    return _first(labelled, Label.HEADLINE)


def extract_standfirst(labelled: tuple[Labelled, ...]) -> Text | None:
    """Return the standfirst: consecutive standfirst lines joined by a space."""
    items = [item for item in labelled if item.label is Label.STANDFIRST]
    if not items:
        return None
    return Text(" ".join(item.text for item in items), tuple(item.line.number for item in items))


def extract_byline(labelled: tuple[Labelled, ...]) -> Byline | None:
    """Return the byline: the first prefixed byline that names somebody, else the first bare one.

    Authors named on further byline lines next to it ("Jane Doe" and "Ed Roe" on lines
    of their own, on the same side of the headline) are added to it.
    """
    headline = _headline_position(labelled)
    positions = _header_order(labelled, (Label.BYLINE,))
    # "By Jane Doe" first; unprefixed lines keep the header order (nearest below the headline)
    positions.sort(key=lambda i: not opens_with_prefix(labelled[i].text))
    parsed = {i: parse_byline(labelled[i].text) for i in positions}
    named = [i for i in positions if parsed[i].authors]
    if not named:
        return _cite_byline(parsed[positions[0]], (labelled[positions[0]],)) if positions else None
    first = named[0]
    byline = parsed[first]
    others = [
        i
        for i in named[1:]
        if parsed[i].text != byline.text and _co_byline(labelled, first, i, headline)
    ]
    authors = tuple(dict.fromkeys(name for i in (first, *others) for name in parsed[i].authors))
    merged = Byline(byline.text, authors, byline.organizations, byline.roles)
    return _cite_byline(merged, tuple(labelled[i] for i in (first, *others)))


def _co_byline(labelled: tuple[Labelled, ...], first: int, other: int, headline: int) -> bool:
    """True when a second byline line beside the first one names its co-authors."""
    a, b = labelled[first], labelled[other]
    return (
        (first > headline) == (other > headline)
        and a.zone is Zone.HEADER
        and b.zone is Zone.HEADER
        and abs(a.line.number - b.line.number) <= CO_BYLINE_DISTANCE
        and (b.rule == "byline_shape" or not b.text.isupper())
    )


def _cite_byline(byline: Byline, items: tuple[Labelled, ...]) -> Byline:
    lines = tuple(sorted({item.line.number for item in items}))
    return Byline(byline.text, byline.authors, byline.organizations, byline.roles, lines)


def extract_timestamps(
    labelled: tuple[Labelled, ...], options: Options
) -> tuple[Timestamp | None, Timestamp | None]:
    """Return (published, updated): the best timestamp of each kind in the header lines.

    Dates below the headline come first (a site's "today" often sits above it),
    and a date that resolves beats one that does not ("05 Oct" vs "October 5, 2018").
    A page that shows only "Updated …" gets that time as `published` too (the
    pipeline adds a warning), since it is the best date the text gives.
    """
    published: Timestamp | None = None
    updated: Timestamp | None = None
    stamps = _header_timestamps(labelled, options)
    stamps.sort(key=lambda stamp: stamp.iso is None)  # stable: reading order otherwise kept
    header = header_lines(labelled)
    if stamps and stamps[0].lines[0] in header:  # a dateline in the header beats body dates
        stamps = [stamp for stamp in stamps if stamp.lines[0] in header]
    for stamp in stamps:
        if stamp.kind == "updated":
            updated = updated or stamp
        else:
            published = published or stamp
    if published is None:
        published = _published_below_body(labelled, options)
    return published or updated, updated


def _published_below_body(labelled: tuple[Labelled, ...], options: Options) -> Timestamp | None:
    """A labelled "First published: …" line right after the body, for pages whose header
    shows only an update time."""
    after = (item for item in labelled if item.zone is Zone.AFTER)
    for item in islice(after, FOOTER_DATE_LINES):
        for _, _, stamp in search_timestamps(item.text, now=options.now, tz=options.tz):
            if stamp.kind == "published" and stamp.iso is not None:
                return _cite(stamp, item.line.number)
    return None


def _header_timestamps(labelled: tuple[Labelled, ...], options: Options) -> list[Timestamp]:
    """Every timestamp on timestamp and byline lines, citing its line: below the headline first."""
    found: list[Timestamp] = []
    for position in _header_order(labelled, (Label.TIMESTAMP, Label.BYLINE, Label.SECTION)):
        item = labelled[position]
        # Every date on the line: "Publié le …, mis à jour le …" gives published and updated.
        spans = search_timestamps(item.text, now=options.now, tz=options.tz)
        stamps = [stamp for _, _, stamp in spans]
        if len(spans) == 1:
            later = _same_day_update(item.text[spans[0][1] :], spans[0][2], options)
            stamps += [later] if later is not None else []
        if not stamps and item.label is Label.TIMESTAMP:
            stamp = parse_timestamp(item.text, now=options.now, tz=options.tz)
            stamps = [stamp] if stamp is not None else []
        found.extend(_cite(stamp, item.line.number) for stamp in stamps)
    return found


def _same_day_update(rest: str, first: Timestamp, options: Options) -> Timestamp | None:
    """An update time with no date after a full one: "Publié le 3 mai 2024 à 07h45, mis à jour
    à 10h12" was updated at 10:12 that day (in the zone of the first time)."""
    if first.iso is None or first.kind == "updated" or not any(c.isdigit() for c in rest):
        return None
    day = datetime.fromisoformat(first.iso)
    end_of_day = datetime.combine(day.date(), time(23, 59, 59), day.tzinfo)
    later = parse_timestamp(rest, now=end_of_day, tz=options.tz)
    if later is None or later.kind != "updated" or later.relative or later.iso is None:
        return None
    moment = datetime.fromisoformat(later.iso)
    if moment.date() != day.date() or "T" not in later.iso:
        return None
    if moment.tzinfo is None and day.tzinfo is not None:
        moment = moment.replace(tzinfo=day.tzinfo)
    return Timestamp(later.text, moment.isoformat(), later.kind, False, later.ambiguous)


def header_lines(labelled: tuple[Labelled, ...]) -> frozenset[int]:
    """Numbers of the lines above the body (the header block and the page above it)."""
    return frozenset(
        item.line.number for item in labelled if item.zone in (Zone.BEFORE, Zone.HEADER)
    )


def _headline_position(labelled: tuple[Labelled, ...]) -> int:
    return next((i for i, item in enumerate(labelled) if item.label is Label.HEADLINE), 0)


def _header_order(labelled: tuple[Labelled, ...], labels: tuple[Label, ...]) -> list[int]:
    """Positions of lines with these labels: header before body, below the headline before
    above it, nearest to the headline first."""
    headline = _headline_position(labelled)
    positions = [i for i, item in enumerate(labelled) if item.label in labels]
    return sorted(
        positions,
        key=lambda i: (
            labelled[i].zone in (Zone.BODY, Zone.AFTER),
            i < headline,
            abs(i - headline),
        ),
    )


def _cite(stamp: Timestamp, line: int) -> Timestamp:
    return Timestamp(stamp.text, stamp.iso, stamp.kind, stamp.relative, stamp.ambiguous, (line,))
