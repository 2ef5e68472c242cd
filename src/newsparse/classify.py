"""Stage 2d: pieces + features -> one Labelled value per piece (two when a piece holds two fields).

The zones (zones.py: the body run and the boxes inside it) and the headline (headline.py)
fix the layout; then small named rules label each piece inside its zone: header block above
the body, chrome around. The rule's name is what `--explain` prints. No text is rewritten.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from newsparse.features import BLANK, BREADCRUMB, META_SEPARATORS, Features, features, is_meta
from newsparse.fields.byline import BYLINE_PREFIXES, parse_byline
from newsparse.fields.timestamp import search_timestamps
from newsparse.headline import choose_headline, glued_copy_above
from newsparse.model import Document, Label, Labelled, Zone
from newsparse.segments import Piece, split_lines
from newsparse.vocab.boilerplate import SECTION_WORDS
from newsparse.zones import (
    HEADING_MAX_UNITS,
    find_body,
    link_boxes,
    prompt_blurbs,
    story_cards,
    touches,
)

# "BLACK DEATH FEARS Hunter diagnosed with …": a kicker in capitals run into the title
CAPS_KICKER = regex.compile(
    r"^\p{Lu}{3,}(?:\s+\p{Lu}{2,}[’']?\p{Lu}*){1,4}\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{L}+){3})"
)
GLUED_SECTION = regex.compile(
    r"^(?P<section>\p{Lu}\p{Ll}+|\p{Lu}{2,})(?=\p{Lu}\p{L})"
)  # "NewsNATO"
# "… - Publicado por: Clarissa Roe - Categoria: …": a labelled byline inside a row
INLINE_BYLINE_PATTERN = (
    r"(?:^|(?<=[-|•–—,]\s?))\s*(?i:"
    + "|".join(regex.escape(p) for p in BYLINE_PREFIXES)
    + r")\s*:\s*"
    r"\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,3}"
)
# What every inline byline holds ("…: Jane"): rows without it skip the long pattern, which
# is compiled only when first needed (a millisecond of start-up otherwise).
INLINE_BYLINE_HINT = regex.compile(r":\s*\p{Lu}\p{Ll}")
LEADING_META_WINDOW = 3  # lines at the top of the body searched for a byline or timestamp
SHOUTED_LINK_MIN_UNITS = 9  # capitals this long in the body: a promoted link
SHOUTED_SHARE = 0.9  # letters in capitals ("MBC" in a line of Hangul is not shouting)
MAX_COUNTER_CHARS = 3  # a bare number on its own line: a share or gallery counter
BARE_BYLINE_MAX_UNITS = 8
LEAD_BYLINE_MAX_WORDS = 6  # "María López Madrid" before a date: a name and maybe a place
CAPTION_MAX_UNITS = 25
TOUCHING_CAPTION_MAX_UNITS = 60  # a caption on the line right above its credit may run long
BARE_CREDIT_MAX_UNITS = 8
META_ABOVE_HEADLINE = 3  # non-blank lines above the headline searched for a date or byline


class Layout(NamedTuple):
    """Where the zones of one document are, as line indices."""

    headline: int | None
    glued: int  # length of a kicker glued to the headline line, 0 if none
    header_start: int  # first header line: a meta line just above the headline, or the headline
    body_start: int
    body_end: int
    standfirst: frozenset[int]
    label_bylines: frozenset[int] = frozenset()  # names after a lone "By" or "Author:" line
    boxed: frozenset[int] = frozenset()  # titles in a box of links under a furniture heading
    blurbs: frozenset[int] = frozenset()  # the text of a prompt box between furniture lines


def find_layout(lines: tuple[Piece, ...], feats: tuple[Features, ...]) -> Layout:
    """Find the body, the headline above it, the standfirst and meta lines around the headline."""
    body_start, body_end = find_body(feats, tuple(line.line.number for line in lines))
    boxed = link_boxes(lines, feats) | story_cards(lines, feats)
    blurbs = prompt_blurbs(lines, feats)
    body_start = _skip_leading_meta(feats, body_start, body_end)
    headline, glued = glued_copy_above(lines, choose_headline(lines, feats, body_start))
    if headline is None:
        return Layout(
            None, 0, body_start, body_start, body_end, frozenset(), boxed=boxed, blurbs=blurbs
        )
    header_start = _meta_above(feats, headline)
    standfirst = _standfirst(feats, headline, body_start)
    bylines = _bylines_after_labels(feats, header_start, body_start)
    return Layout(
        headline, glued, header_start, body_start, body_end, standfirst, bylines, boxed, blurbs
    )


def _bylines_after_labels(feats: tuple[Features, ...], start: int, end: int) -> frozenset[int]:
    """Lines that carry a byline split after its label: "By" / "Tariq Malik," / "Mike Wall"."""
    found: set[int] = set()
    following = False
    for index in range(start, end):
        feature = feats[index]
        if not feature.chars:
            continue
        if feature.byline_label:
            following = True
        elif following and feature.units <= BARE_BYLINE_MAX_UNITS and not is_meta(feature):
            found.add(index)
            following = feature.trailing_comma or feature.units <= 1  # "Jane Doe," or "and"
        else:
            following = False
    return frozenset(found)


def _meta_above(feats: tuple[Features, ...], headline: int) -> int:
    """Index of the highest byline/timestamp line among the few lines just above the headline."""
    top, seen = headline, 0
    for index in range(headline - 1, -1, -1):
        if not feats[index].chars:
            continue
        seen += 1
        if is_meta(feats[index]) or feats[index].name:
            top = index
        elif not _is_section_shape(feats[index]):
            break
        if seen >= META_ABOVE_HEADLINE:
            break
    return top


def _is_section_shape(feature: Features) -> bool:
    return feature.units <= 3 and not feature.sentence_end


def _standfirst(feats: tuple[Features, ...], headline: int, body_start: int) -> frozenset[int]:
    """The prose lines right below the headline (meta lines and copies may sit between)."""
    found: list[int] = []
    seen = [feats[headline].key]
    for index in range(headline + 1, body_start):
        feature = feats[index]
        if not feature.chars or is_meta(feature) or feature.credit:
            continue
        if any(key.endswith(feature.key) for key in seen):
            found.append(index)  # a copy: labelled here, turned into a repeat by dedupe
            continue
        if feature.boilerplate or feature.name or feature.units < 5 or len(seen) > 2:
            break
        found.append(index)
        seen.append(feature.key)
    return frozenset(found)


def classify(document: Document) -> tuple[Labelled, ...]:
    """Label every line of the document; the first rule that matches in a zone wins."""
    lines = split_lines(document.lines)
    feats = features(lines)
    layout = find_layout(lines, feats)
    labelled: list[Labelled] = []
    for index, line in enumerate(lines):
        feature = feats[index]
        if index == layout.headline:
            labelled.extend(_headline_labels(line, layout.glued))
        elif index < layout.header_start:
            labelled.append(_before(line, feature, feats, index, layout.header_start))
        elif index < layout.body_start:
            for item in _split_kicker(_header(line, feature, feats, index, layout)):
                labelled.extend(_lead_byline(_inline_byline(item)))
        elif index in layout.boxed and layout.body_start <= index < layout.body_end:
            labelled.append(
                _label(line, Label.BOILERPLATE, "link_list_under_box_heading", Zone.BODY)
            )
        elif index in layout.blurbs and layout.body_start <= index < layout.body_end:
            labelled.append(_label(line, Label.BOILERPLATE, "blurb_in_prompt_box", Zone.BODY))
        elif index < layout.body_end:
            labelled.append(_body(lines, feats, index))
        else:
            labelled.append(_after(line, feature))
    return tuple(labelled)


def _skip_leading_meta(feats: tuple[Features, ...], start: int, end: int) -> int:
    """Move the body start past bylines and timestamps among its first three lines."""
    index = start
    while index < end and index - start < LEADING_META_WINDOW:
        if is_meta(feats[index]):
            start = index + 1
        index += 1
    return start


def _label(piece: Piece, label: Label, rule: str, zone: Zone) -> Labelled:
    return Labelled(piece.line, label, rule, zone, piece.span)


def _headline_labels(piece: Piece, glued: int) -> list[Labelled]:
    """Label the headline piece, splitting a glued section word off ("NewsNATO ...")."""
    cut, rule = glued, "section_glued_to_repeated_headline"
    match = GLUED_SECTION.match(piece.text)
    if not cut and match is not None and match["section"].casefold() in SECTION_WORDS:
        cut, rule = match.end(), "section_word_glued_to_headline"
    caps = CAPS_KICKER.match(piece.text)
    if not cut and caps is not None:
        cut, rule = caps.end(), "section_in_capitals_before_headline"
    if not cut:
        return [_label(piece, Label.HEADLINE, "headline_best_scored", Zone.HEADER)]
    middle = piece.start + cut
    kicker_end = piece.start + len(piece.text[:cut].rstrip())
    return [
        Labelled(piece.line, Label.SECTION, rule, Zone.HEADER, (piece.start, kicker_end)),
        Labelled(
            piece.line,
            Label.HEADLINE,
            "headline_after_glued_section",
            Zone.HEADER,
            (middle, piece.end),
        ),
    ]


def _before(
    line: Piece, feature: Features, feats: tuple[Features, ...], index: int, header_start: int
) -> Labelled:
    """Label a line above the header block: a section just above it, else chrome."""
    if index == header_start - 1 and _is_section(line.text, feature):
        return _label(line, Label.SECTION, "section_above_headline", Zone.BEFORE)
    if feature.boilerplate:
        return _label(line, Label.BOILERPLATE, "boilerplate_vocabulary", Zone.BEFORE)
    return _label(line, Label.CHROME, "chrome_before_headline", Zone.BEFORE)


def _is_section(text: str, feature: Features) -> bool:
    """True for a kicker or breadcrumb: one to three words, a section word, caps or separators."""
    if feature.units > 6 or feature.boilerplate or feature.sentence_end:
        return False
    if BREADCRUMB.search(text):
        return True
    return feature.units <= 3 and (text.casefold() in SECTION_WORDS or text.isupper())


@cache
def _inline_byline_pattern() -> regex.Pattern[str]:
    return regex.compile(INLINE_BYLINE_PATTERN)


def _inline_byline(item: Labelled) -> list[Labelled]:
    """Add a BYLINE span for "Publicado por: Jane Roe" inside a dateline or row of fields."""
    if item.label is not Label.TIMESTAMP and item.rule != "chrome_labelled_fields":
        return [item]
    if INLINE_BYLINE_HINT.search(item.text) is None:
        return [item]
    match = _inline_byline_pattern().search(item.text)
    if match is None:
        return [item]
    offset = item.span[0] if item.span else 0
    span = (offset + match.start(), offset + match.end())
    return [item, Labelled(item.line, Label.BYLINE, "byline_labelled_in_row", item.zone, span)]


def _lead_byline(items: list[Labelled]) -> list[Labelled]:
    """Split a name off the date line it opens ("María LópezMadrid14 feb 2024 - 19:25").

    A meta line is dated when a name leads its date; the name is the byline when the
    parser finds a person of two words or more in it (a place alone is not one).
    """
    if len(items) != 1 or items[0].rule != "timestamp_in_meta_line":
        return items
    item = items[0]
    spans = search_timestamps(item.text)
    if not spans or spans[0][0] == 0:
        return items
    lead = item.text[: spans[0][0]]
    words = lead.split()
    if not 2 <= len(words) <= LEAD_BYLINE_MAX_WORDS or any(c.isdigit() for c in lead):
        return items
    authors = parse_byline(lead).authors
    if not authors or any(len(name.split()) < 2 for name in authors):
        return items
    offset = item.span[0] if item.span else 0
    cut = offset + len(lead)
    end = offset + len(item.text)
    name_end = offset + len(lead.rstrip(META_SEPARATORS))
    return [
        Labelled(item.line, Label.BYLINE, "byline_before_date", item.zone, (offset, name_end)),
        Labelled(item.line, Label.TIMESTAMP, item.rule, item.zone, (cut, end)),
    ]


def _split_kicker(item: Labelled) -> list[Labelled]:
    """Split a kicker glued before a date off its timestamp ("BUSINESSNOV 7, 2023")."""
    if item.label is not Label.TIMESTAMP:
        return [item]
    text = item.text
    spans = search_timestamps(text)
    if not spans or spans[0][0] == 0:
        return [item]
    prefix = text[: spans[0][0]]
    words = prefix.split()
    if not 0 < len(words) <= 2 or not (
        prefix.strip().isupper() or prefix.strip().casefold() in SECTION_WORDS
    ):
        return [item]
    offset = item.span[0] if item.span else 0
    cut = offset + len(prefix)
    end = offset + len(text)
    return [
        Labelled(item.line, Label.SECTION, "section_glued_to_date", item.zone, (offset, cut)),
        Labelled(item.line, Label.TIMESTAMP, item.rule, item.zone, (cut, end)),
    ]


def _header(
    line: Piece, feature: Features, feats: tuple[Features, ...], index: int, layout: Layout
) -> Labelled:
    """Label a line of the header block (between its first line and the body)."""
    if feature.timestamp:
        return _label(line, Label.TIMESTAMP, "timestamp_line", Zone.HEADER)
    if feature.fielded and not feature.dated:
        return _label(line, Label.CHROME, "chrome_labelled_fields", Zone.HEADER)
    if feature.byline:
        return _label(line, Label.BYLINE, "byline_shape", Zone.HEADER)
    if feature.dated:
        return _label(line, Label.TIMESTAMP, "timestamp_in_meta_line", Zone.HEADER)
    if feature.credit:
        return _label(line, Label.CREDIT, "credit_marker", Zone.HEADER)
    if feature.boilerplate:
        return _label(line, Label.BOILERPLATE, "boilerplate_vocabulary", Zone.HEADER)
    if index in layout.label_bylines:
        return _label(line, Label.BYLINE, "byline_after_label", Zone.HEADER)
    if _is_bare_byline(line.text, feature) and _near_meta(feats, index, layout):
        return _label(line, Label.BYLINE, "byline_bare_name_near_meta", Zone.HEADER)
    if _between_headline_and_date(feats, index, layout) and _is_plain_name(line.text, feature):
        return _label(line, Label.BYLINE, "byline_name_under_headline", Zone.HEADER)
    if index in layout.standfirst:
        return _label(line, Label.STANDFIRST, "standfirst_below_headline", Zone.HEADER)
    if layout.headline is not None and index < layout.headline and _is_section(line.text, feature):
        return _label(line, Label.SECTION, "section_in_header", Zone.HEADER)
    return _label(line, Label.CHROME, "chrome_in_header", Zone.HEADER)


def _near_meta(feats: tuple[Features, ...], index: int, layout: Layout) -> bool:
    """True when a meta line, a credit or the headline is within two non-blank lines."""
    for step in (-1, 1):
        position, seen = index + step, 0
        while 0 <= position < len(feats) and seen < 2:
            if feats[position].chars:
                seen += 1
                near = feats[position]
                if is_meta(near) or near.credit or position == layout.headline:
                    return True
            position += step
    return False


def _between_headline_and_date(feats: tuple[Features, ...], index: int, layout: Layout) -> bool:
    """True right under the headline, or right above a dateline."""
    below = feats[index + 1] if index + 1 < len(feats) else BLANK
    return index - 1 == layout.headline or below.timestamp or below.dated


def _is_plain_name(text: str, feature: Features) -> bool:
    """Two or three capitalised words that the byline parser reads as one person: "Max Roe"."""
    if not 2 <= feature.units <= 3 or feature.sentence_end or any(c.isdigit() for c in text):
        return False
    if not all(word[:1].isupper() for word in text.split()):
        return False
    parsed = parse_byline(text)
    return len(parsed.authors) == 1 and not parsed.organizations


def _is_bare_byline(text: str, feature: Features) -> bool:
    """True for a short name line without a prefix: "Max Blumenthal", "Jane Doe, Reuters"."""
    if feature.name:
        return True
    if feature.units > BARE_BYLINE_MAX_UNITS or feature.sentence_end or feature.boilerplate:
        return False
    if any(char.isdigit() for char in text) or text.count(",") > 1:
        return False  # "21/06/2014 Tony Carter All, Books, Kit Reviews": a row of tags
    parsed = parse_byline(text)
    # Without a name lexicon, "Car Reviews" and "Max Blumenthal" look alike; an outlet
    # after a separator ("Tanza Loudenback, Business Insider") is the evidence.
    return bool(parsed.authors and parsed.organizations) and all(
        len(name.split()) >= 2 for name in parsed.authors
    )


def _body(lines: tuple[Piece, ...], feats: tuple[Features, ...], index: int) -> Labelled:
    """Label a line inside the body zone."""
    line, feature = lines[index], feats[index]
    if feature.boilerplate:
        return _label(line, Label.BOILERPLATE, "boilerplate_vocabulary", Zone.BODY)
    if feature.credit:
        return _label(line, Label.CREDIT, "credit_caption_in_body", Zone.BODY)
    if feature.chars <= MAX_COUNTER_CHARS and line.text.isdigit():
        return _label(line, Label.CHROME, "chrome_counter_in_body", Zone.BODY)  # "6" by a photo
    if feature.post_signature:
        return _label(line, Label.PARAGRAPH, "signature_of_embedded_post", Zone.BODY)
    own_line = line.span is None  # a date cut out of a glued paragraph stays in it
    if own_line and (feature.timestamp or (feature.dated and not feature.sentence_end)):
        return _label(line, Label.TIMESTAMP, "timestamp_in_body", Zone.BODY)
    if own_line and feature.byline and not feature.sentence_end:
        return _label(line, Label.BYLINE, "byline_in_body", Zone.BODY)
    if _shouted_link(line.text, feature):
        return _label(line, Label.BOILERPLATE, "link_in_capitals_in_body", Zone.BODY)
    if _is_caption(lines, feats, index):
        return _label(line, Label.CAPTION, "caption_above_credit", Zone.BODY)
    if _is_heading(line.text, feature, feats, index):
        return _label(line, Label.HEADING, "heading_short_line_before_paragraph", Zone.BODY)
    return _label(line, Label.PARAGRAPH, "paragraph_in_body", Zone.BODY)


def _shouted_link(text: str, feature: Features) -> bool:
    """A long line in capitals inside the body: a promoted link, not a subheading.

    "GET THE NEWS APP BY CLICKING HERE", "CO-FOUNDER SAYS STAFF LIVE THE DREAM": subheadings
    in capitals are a few words; a title-length line in capitals links elsewhere.
    """
    if not feature.capitals or feature.units < SHOUTED_LINK_MIN_UNITS or feature.sentence_end:
        return False
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) >= SHOUTED_SHARE * len(letters)


def _is_caption(lines: tuple[Piece, ...], feats: tuple[Features, ...], index: int) -> bool:
    """True for a description right above a photo credit ("… jackets." / "Photo: Getty").

    A short line may sit a blank line away from its credit; a long one must touch it
    (no blank line between, not glued on one line), and a caption may sit on another
    caption ("…at the rink." / "…in overtime." / "Photo: A" / "Photo: B").
    """
    feature, text = feats[index], lines[index].text
    if feature.quoted_speech or text[:1] in "\"“„«'‘":
        return False  # a quote above a credit is still speech
    below = index + 1
    if _stacked(lines, feats, index):
        below += 1  # a second caption between this one and the credits
    if below >= len(feats) or not feats[below].credit or feats[below].units > BARE_CREDIT_MAX_UNITS:
        return False  # a credit with its own caption ("The plumes. (NASA)") is the caption
    if feature.units <= CAPTION_MAX_UNITS:
        return touches(lines, index, below) or lines[index].line is lines[below].line
    # A long line needs a bare credit ("Photo: A"; not "Jane Roe (Photo: A)") right under it.
    bare = not lines[below].text.endswith(")")
    touching = all(touches(lines, i, i + 1) for i in range(index, below))
    return bare and touching and feature.units <= TOUCHING_CAPTION_MAX_UNITS


def _stacked(lines: tuple[Piece, ...], feats: tuple[Features, ...], index: int) -> bool:
    """True for the first of two touching captions over two touching credits."""
    if index + 3 >= len(feats) or not all(
        touches(lines, i, i + 1) for i in range(index, index + 3)
    ):
        return False
    second, credits = feats[index + 1], feats[index + 2 : index + 4]
    return (
        not second.credit
        and second.units <= TOUCHING_CAPTION_MAX_UNITS
        and all(credit.credit and credit.units <= BARE_CREDIT_MAX_UNITS for credit in credits)
    )


def _is_heading(text: str, feature: Features, feats: tuple[Features, ...], index: int) -> bool:
    """True for a short line without a full stop (a question is fine) that a paragraph follows."""
    if not 2 <= feature.units <= HEADING_MAX_UNITS:
        return False
    if feature.sentence_end and not text.endswith("?"):
        return False
    following = feats[index + 1] if index + 1 < len(feats) else None
    return following is not None and following.units >= 10 and following.sentence_end


def _after(line: Piece, feature: Features) -> Labelled:
    """Label a line after the body: vocabulary boilerplate or page chrome."""
    if feature.boilerplate or feature.trailer:
        return _label(line, Label.BOILERPLATE, "boilerplate_vocabulary", Zone.AFTER)
    return _label(line, Label.CHROME, "chrome_after_body", Zone.AFTER)
