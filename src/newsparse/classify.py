"""Stage 2b: pieces + features -> one Labelled value per piece (two when a piece holds two fields).

First a document-level pass finds the zones: the body is the strongest run of
prose, the header block sits just above it, the rest is page chrome. Then small
named rules label each piece inside its zone; the rule's name is what `--explain`
prints. No text is rewritten here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from newsparse.dedupe import line_key
from newsparse.features import BLANK, BREADCRUMB, Features, features, is_meta
from newsparse.fields.byline import BYLINE_PREFIXES, parse_byline
from newsparse.fields.timestamp import search_timestamps
from newsparse.model import Document, Label, Labelled, Zone
from newsparse.segments import Piece, split_lines
from newsparse.vocab.boilerplate import SECTION_WORDS

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
WORD_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]")
ORG_LINE_MAX_UNITS = 5
HEADER_WINDOW = 120  # non-blank lines above the body searched for the headline
HEADLINE_MAX_UNITS = 40
HEADLINE_MIN_CHARS = 6  # "北米" and "Go" are menu items
HEADER_BONUS = 3.0  # prose score a run gains when a byline or timestamp introduces it
INTRO_WINDOW = 6
BRIDGE_MIN_RUN = 3.0  # prose a neighbouring run needs to be joined across furniture
BOX_BRIDGE_MIN_RUN = 6.0  # prose after a box of furniture that carries the body on past it
PICTURE_BRIDGE_MIN_RUN = 1.0  # a photo or one link in the gap: one paragraph after it will do
MAX_BOX_LINES = 16  # lines of boxes between two runs of an article (a recipe's ingredients)
MIN_LEAD_PARAGRAPHS = 2  # a run above the body joined across furniture: not a lone standfirst
SIGNATURE_SCORE = 0.2  # "— Jane Roe (@janeroe) May 3, 2024" closes a post the article quotes
PARAGRAPH_SCORE = 1.0  # prose score of a full sentence of about eight words or more
LEADING_META_WINDOW = 3  # lines at the top of the body searched for a byline or timestamp
TRAILER_CUT_SHARE = 0.5  # a list heading ends the body when much less prose follows it
TRAILER_RIVAL = 8.0  # prose before the first list heading that makes later runs suspect
AFTER_TRAILER_SHARE = 0.5  # what a run after the first list heading counts for
MAX_KICKER_WORDS = 5  # "Home News Business News" glued before a copy of the headline
KICKER_SEARCH_LINES = 4
CHROME_SCORE = -1.0  # prose score of a line that is page chrome, however long
STANDFIRST_MARGIN = 0.5  # a title above its standfirst may score this much lower and still win
LIST_LOOKBACK = 40  # non-blank lines above a headline candidate searched for a list heading
FOLLOWING_SCAN = 12  # lines below a headline candidate looked at (furniture skipped)
CAPITALS_COST = 0.75  # kickers and menus shout; most titles do not
HEADLINE_TYPICAL_UNITS = 6
HEADLINE_DISTANCE_COST = 0.08  # per non-blank line between a candidate and the body
HEADING_MAX_UNITS = 20
SHOUTED_LINK_MIN_UNITS = 9  # capitals this long in the body: a promoted link
SHOUTED_SHARE = 0.9  # letters in capitals ("MBC" in a line of Hangul is not shouting)
MAX_COUNTER_CHARS = 3  # a bare number on its own line: a share or gallery counter
MIN_BOX_TITLES = 2  # titles under a furniture heading that make a list of links
BOX_HEADING_MAX_UNITS = 8
MAX_CARD_LINES = 6  # section word, title twice, teaser, byline: a card is a small block
MIN_CARD_TITLE_UNITS = 4
CARD_TITLE_GAP = 2  # "Business" / "Title" / "Business" / "Title": copies two lines apart
BARE_BYLINE_MAX_UNITS = 8
LEAD_BYLINE_MAX_WORDS = 6  # "María López Madrid" before a date: a name and maybe a place
CAPTION_MAX_UNITS = 25
TOUCHING_CAPTION_MAX_UNITS = 60  # a caption on the line right above its credit may run long
BARE_CREDIT_MAX_UNITS = 8
META_ABOVE_HEADLINE = 3  # non-blank lines above the headline searched for a date or byline


def prose_score(feature: Features) -> float:
    """How much a line looks like article prose: positive for paragraphs, negative for chrome."""
    if feature.chars == 0:
        return 0.0
    if feature.post_signature:
        return SIGNATURE_SCORE  # the post above it, quoted in the article, goes on the run
    if feature.boilerplate or feature.trailer:
        return -2.0
    if feature.timestamp or feature.dated or feature.comment_header:
        return -2.5  # dates and "X says:" inside a run of prose mark comments, not the article
    if is_meta(feature) or feature.credit:
        return -1.0
    if feature.units >= 25 or (feature.chars >= 150 and feature.units >= 12):
        return 1.0 + min(feature.units, 120) / 20
    if feature.question:
        return 0.3
    if feature.sentence_end and feature.units >= 10:
        return 0.5 + feature.units / 15
    if feature.sentence_end and feature.units >= 5:
        return 0.3
    return -1.0


def _in_card_list(feats: tuple[Features, ...], index: int) -> bool:
    """True for a story card next to another: a list of teasers, however long their summaries.

    A lone card is more often a heading glued to its paragraph.
    """
    if not feats[index].teaser:
        return False
    neighbours = (feats[i] for i in (index - 1, index + 1) if 0 <= i < len(feats))
    return any(feature.teaser for feature in neighbours)


def prose_runs(scores: list[float]) -> list[tuple[int, int, float]]:
    """Every run of lines whose running prose score stays positive, with its best total."""
    runs: list[tuple[int, int, float]] = []
    total, start, best, best_end = 0.0, 0, 0.0, 0
    for index, score in enumerate(scores):
        if total <= 0 and score > 0:
            if best > 0:
                runs.append((start, best_end, best))
            total, start, best = 0.0, index, 0.0
        total += score
        if total > best:
            best, best_end = total, index + 1
    if best > 0:
        runs.append((start, best_end, best))
    return runs


def find_body(feats: tuple[Features, ...], numbers: tuple[int, ...] = ()) -> tuple[int, int]:
    """Return [start, end) of the article body: the strongest run of prose.

    A run that a byline or timestamp introduces gets a bonus, so a short article
    beats a longer footer paragraph; a "Related"-style heading ends the body,
    unless paragraphs of prose follow it (then it labels a box inside the article).
    `numbers` are the pieces' line numbers (blank lines between pieces show there).
    """
    scores = [
        CHROME_SCORE if _in_card_list(feats, index) else prose_score(feature)
        for index, feature in enumerate(feats)
    ]
    numbers = numbers or tuple(range(len(feats)))
    ends = [i for i in range(len(feats)) if _ends_article(feats, scores, numbers, i)]
    first_trailer = ends[0] if ends else len(feats)
    best, chosen, before_trailer = 0.0, -1, 0.0
    runs = prose_runs(scores)
    for number, (start, end, total) in enumerate(runs):
        value = total + (HEADER_BONUS if _introduced(feats, start) else 0.0)
        if start > first_trailer and before_trailer >= TRAILER_RIVAL:
            value *= AFTER_TRAILER_SHARE  # comments and related stories come after the article
        if end <= first_trailer:
            before_trailer = max(before_trailer, value)
        if value > best:
            best, chosen = value, number
    if chosen < 0:
        return 0, 0
    start, end = _bridged(feats, scores, runs, chosen)
    end = _past_boxes(feats, scores, numbers, end)
    for index in ends:
        if start < index < end and _prose(scores, index, end) < TRAILER_CUT_SHARE * _prose(
            scores, start, index
        ):
            return start, index
    return start, end


def _bridged(
    feats: tuple[Features, ...],
    scores: list[float],
    runs: list[tuple[int, int, float]],
    chosen: int,
) -> tuple[int, int]:
    """Join the chosen run to neighbouring runs of prose across photo credits and furniture.

    Embedded posts and photos cut an article into runs ("Image copyright" / "Getty Images" /
    "Report"); a gap of such lines only, with a run of real prose beyond it, is inside
    the article. A date, byline, comment header or list heading in the gap is not.
    """
    start, end, _ = runs[chosen]
    after = chosen + 1
    while after < len(runs) and _bridgeable(feats, end, runs[after]):
        end = runs[after][1]
        after += 1
    before = chosen - 1
    while (
        before >= 0
        and _bridgeable(feats, runs[before][1], (start, *runs[before][1:]))
        and _paragraphs(scores, *runs[before][:2]) >= MIN_LEAD_PARAGRAPHS
    ):
        start = runs[before][0]
        before -= 1
    return start, end


def _past_boxes(
    feats: tuple[Features, ...], scores: list[float], numbers: tuple[int, ...], end: int
) -> int:
    """Carry the body on past a box of furniture set inside the article.

    A newsletter prompt ("Sign up for our newsletter" / its blurb / "Enter your email"),
    a list under a label ("Ingredients" / its items) or a photo's credits cost the running
    prose score more than a paragraph or two after them earn back, so the best run stops
    above the box; a strong run of prose right after a gap of such lines is still the
    article. After a photo, an advertisement or a one-title "Read also" box, one paragraph
    will do: those sit inside articles, not after them.
    """
    while True:
        gap, linked, hanging, boxed = end, False, False, 0
        while gap < len(feats) and boxed <= MAX_BOX_LINES:
            if _in_box(feats, scores, numbers, gap, hanging=hanging):
                hanging = bool(feats[gap].chars)
                boxed += hanging
                gap += 1
                continue
            following = [i for i in range(gap + 1, min(len(feats), gap + 8)) if feats[i].chars]
            if feats[gap].trailer and _single_link_box(feats, scores, numbers, gap, following[:2]):
                gap, linked, hanging = following[0] + 1, True, False  # "Read also" over one title
                continue
            break
        if gap == end or gap >= len(feats) or boxed > MAX_BOX_LINES:
            return end  # a menu or a footer is longer than any box set inside an article
        runs = prose_runs(scores[gap:])
        if not runs or runs[0][0] != 0:
            return end
        after = gap + runs[0][1]
        needed = BOX_BRIDGE_MIN_RUN
        inside = linked or _pictured(feats, end, gap) or _advertised(feats, end, gap)
        if inside and any(
            scores[index] >= PARAGRAPH_SCORE and feats[index].repeats == 1
            for index in range(gap, after)
        ):
            needed = PICTURE_BRIDGE_MIN_RUN
        if runs[0][2] < needed:
            return end  # a note or two after a box: an author's bio, a form's small print
        end = after


def _in_box(
    feats: tuple[Features, ...],
    scores: list[float],
    numbers: tuple[int, ...],
    index: int,
    *,
    hanging: bool,
) -> bool:
    """True for a blank, a furniture line, or a short line hanging under a box line.

    `hanging` says the line above was a box line (not blank); a short line touching it
    (no blank line between) belongs to the same box: a prompt's blurb, a list's item.
    """
    feature = feats[index]
    if not feature.chars or _furniture(feature):
        return True
    if feature.trailer or is_meta(feature) or feature.comment_header:
        return False
    if scores[index] >= PARAGRAPH_SCORE or index == 0:
        return False
    if hanging:
        return numbers[index] == numbers[index - 1] + 1
    # A list's own heading ("Why you'll love this recipe"), with its first item right under it
    return (
        feature.units <= BOX_HEADING_MAX_UNITS
        and not feature.sentence_end
        and index + 1 < len(feats)
        and numbers[index + 1] == numbers[index] + 1
        and scores[index + 1] < PARAGRAPH_SCORE
    )


def _advertised(feats: tuple[Features, ...], start: int, end: int) -> bool:
    """True for a gap that holds an advertisement's marker ("Anzeige") and nothing wordier."""
    gap = feats[start:end]
    if not any(feature.ad_marker for feature in gap):
        return False
    return all(feature.ad_marker or not feature.wordy for feature in gap)


def _pictured(feats: tuple[Features, ...], start: int, end: int) -> bool:
    """True for a gap that holds a photo: its credit, and only its caption besides furniture."""
    gap = feats[start:end]
    if not any(feature.credit for feature in gap):
        return False
    return not any(
        feature.boilerplate and feature.units > 2 and not feature.caption_label for feature in gap
    )


def _paragraphs(scores: list[float], start: int, end: int) -> int:
    return sum(1 for score in scores[start:end] if score >= PARAGRAPH_SCORE)


def _bridgeable(feats: tuple[Features, ...], gap_start: int, run: tuple[int, int, float]) -> bool:
    """True when the run is strong and only furniture sits in [gap_start, run start)."""
    if run[2] < BRIDGE_MIN_RUN:
        return False
    return all(_furniture(feats[index]) for index in range(gap_start, run[0]))


def _furniture(feature: Features) -> bool:
    """A credit, a label or a furniture word: page furniture that sits inside an article."""
    if feature.trailer or is_meta(feature) or feature.comment_header:
        return False
    return feature.credit or feature.boilerplate or not feature.wordy or feature.units <= 2


def _ends_article(
    feats: tuple[Features, ...], scores: list[float], numbers: tuple[int, ...], index: int
) -> bool:
    """True for a list heading ("Related", "Trending") that titles, not paragraphs, follow.

    A box heading inside the article ("Trending" over a teaser, then the story goes on)
    is followed by paragraphs of prose, set apart by blank lines; the list that ends an
    article is of titles, or of titles run into their teasers line after line.
    """
    if not feats[index].trailer:
        return False
    following = [i for i in range(index + 1, min(len(feats), index + 8)) if feats[i].chars][:2]
    if _single_link_box(feats, scores, numbers, index, following):
        return False  # "Read also" / one title / the story goes on: a box inside the article
    if len(following) < 2 or any(scores[i] < PARAGRAPH_SCORE for i in following):
        return True
    first, second = (numbers[i] for i in following)
    return second <= first + 1  # no blank line between: items of a list


def _single_link_box(
    feats: tuple[Features, ...],
    scores: list[float],
    numbers: tuple[int, ...],
    index: int,
    following: list[int],
) -> bool:
    """True for a heading with one title right under it, then a blank line and a paragraph."""
    if len(following) < 2:
        return False
    title, after = following
    return (
        numbers[title] == numbers[index] + 1
        and numbers[after] > numbers[title] + 1
        and scores[title] < PARAGRAPH_SCORE
        and not is_meta(feats[title])
        and scores[after] >= PARAGRAPH_SCORE
    )


def _prose(scores: list[float], start: int, end: int) -> float:
    return sum(score for score in scores[start:end] if score > 0)


def _introduced(feats: tuple[Features, ...], start: int) -> bool:
    """True when a byline or timestamp sits among the few non-blank lines above start."""
    seen = 0
    for index in range(start - 1, -1, -1):
        if not feats[index].chars:
            continue
        if is_meta(feats[index]):
            return True
        seen += 1
        if seen >= INTRO_WINDOW:
            return False
    return False


@dataclass(frozen=True, slots=True)
class Layout:
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
    headline, glued = _glued_copy_above(lines, choose_headline(lines, feats, body_start))
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


def link_boxes(lines: tuple[Piece, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """Story titles listed under a furniture heading ("Related articles", "Don't miss").

    The titles follow the heading line after line, with no blank line between them, and
    none reads as a paragraph; one line alone under the heading may be a subheading.
    """
    found: set[int] = set()
    end, index = len(feats), 0
    while index < end:
        heading = feats[index]
        index += 1
        if not (heading.boilerplate or heading.trailer) or heading.units > BOX_HEADING_MAX_UNITS:
            continue
        first = index
        while (
            index < end
            and lines[index].line.number <= lines[index - 1].line.number + 1
            and _title_shaped(lines[index].text, feats[index])
        ):
            index += 1  # each line is read once: the next heading is looked for after the list
        if index - first >= MIN_BOX_TITLES or (
            index - first == 1 and heading.trailer and _set_apart(lines, first)
        ):
            found.update(range(first, index))  # one title under "Read also": a link, too
        elif index > first:
            index = first  # too short for a list: a title under it may head the next box
    return frozenset(found)


def prompt_blurbs(lines: tuple[Piece, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """The blurb of a prompt box, held between furniture lines with no blank line between.

    "Sign up for our newsletter" / "The best of our journalism, every Sunday." / "Enter your
    email": the middle line reads as a sentence but belongs to the box.
    """
    found: set[int] = set()
    for index in range(1, len(feats) - 1):
        feature = feats[index]
        if not feature.chars or _furniture(feature) or feature.trailer or is_meta(feature):
            continue
        if prose_score(feature) >= PARAGRAPH_SCORE:
            continue
        above, below = feats[index - 1], feats[index + 1]
        if (
            above.boilerplate
            and (below.boilerplate or below.credit)
            and _touching(lines, index - 1, index)
            and _touching(lines, index, index + 1)
        ):
            found.add(index)
    return frozenset(found)


def _set_apart(lines: tuple[Piece, ...], index: int) -> bool:
    """True for a line with a blank line (or the end) below it: the last line of its box."""
    return index + 1 >= len(lines) or lines[index + 1].line.number > lines[index].line.number + 1


def story_cards(lines: tuple[Piece, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """Cards that promote another story: a block whose title is printed twice, line on line.

    A card's link text and its image text give "Title" / "Title", with a section word
    and a teaser around them; the block stands between blank lines, on lines of its own.
    """
    found: set[int] = set()
    for block in _blocks(lines):
        if len(block) > MAX_CARD_LINES:
            continue
        titles = [
            i
            for i in block
            if _title_shaped(lines[i].text, feats[i]) and feats[i].units >= MIN_CARD_TITLE_UNITS
        ]
        if any(
            feats[i].key == feats[j].key
            for i in titles
            for j in titles
            if 0 < j - i <= CARD_TITLE_GAP
        ):
            found.update(block)
    return frozenset(found)


def _blocks(lines: tuple[Piece, ...]) -> list[list[int]]:
    """Runs of pieces on consecutive lines of their own (no blank line, no glued pieces)."""
    blocks: list[list[int]] = []
    for index, piece in enumerate(lines):
        if piece.span is not None:
            continue
        if blocks and blocks[-1][-1] == index - 1 and _touching(lines, index - 1, index):
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def _title_shaped(text: str, feature: Features) -> bool:
    """A line that reads as a story title: short, no full stop unless cut off ("Hurri...")."""
    if not feature.chars or feature.units > HEADING_MAX_UNITS or is_meta(feature):
        return False
    return not feature.sentence_end or text.endswith(("...", "…", "]"))


def _skip_leading_meta(feats: tuple[Features, ...], start: int, end: int) -> int:
    """Move the body start past bylines and timestamps among its first three lines."""
    index = start
    while index < end and index - start < LEADING_META_WINDOW:
        if is_meta(feats[index]):
            start = index + 1
        index += 1
    return start


def headline_score(feature: Features, distance: int) -> float:
    """How much a line above the body looks like the article's headline, by its own shape."""
    if not _headline_shaped(feature, allow_sentence=True):
        return -99.0
    score = 2.0 if feature.units >= 4 else 0.0
    if feature.units >= HEADLINE_TYPICAL_UNITS:
        score += 0.3  # kickers and menu items are shorter than most titles
    if feature.sentence_end and not feature.inner_sentence and not feature.question:
        score -= 1.5  # a title may ask a question, but rarely ends with a full stop
    if feature.inner_sentence:
        score -= 1.0
    if feature.repeats > 1:
        score += 0.5
    if feature.capitals:
        score -= CAPITALS_COST  # kickers and menus shout; most titles do not
    if feature.quoted_speech:
        score -= 1.0  # '"We have to…," the chairman said': a pull quote, not a title
    return score - HEADLINE_DISTANCE_COST * distance


def _headline_shaped(feature: Features, *, allow_sentence: bool = False) -> bool:
    """True for a line of headline length that is not furniture or meta."""
    if feature.chars < HEADLINE_MIN_CHARS or not 2 <= feature.units <= HEADLINE_MAX_UNITS:
        return False
    if feature.boilerplate or feature.trailer or is_meta(feature):
        return False
    if feature.name or feature.credit or feature.trailing_comma or feature.breadcrumb:
        return False
    if not feature.wordy or feature.fielded:
        return False
    return allow_sentence or not feature.sentence_end


def _context_score(
    feature: Features, previous: Features | None, following: tuple[Features, ...]
) -> float:
    """Score a headline candidate by its neighbours: meta below, chrome above, not in a list."""
    if previous is not None and previous.key.endswith(feature.key):
        return -2.0  # the second copy of a repeated line: its first copy is the candidate
    if previous is not None and previous.byline_label:
        return -2.0  # the value of "Author:", not a title
    score = 0.0
    if following and feature.key.endswith(following[0].key):
        score += 1.0  # a copy right below (or a glued one: "NewsNATO ..." over "NATO ...")
    following = _distinct(feature, following)[:3]
    if any(is_meta(f) or f.name for f in following):
        score += 2.0
    elif any(f.credit for f in following):
        score += 1.5  # a credit follows captions as often as titles
    following_first = following[0] if following else None
    if following_first is not None and following_first.sentence_end and following_first.units >= 8:
        score += 0.5
    if previous is None or previous.units <= 3 or previous.boilerplate or previous.timestamp:
        score += 0.5  # chrome or a dateline above: the start of a header block
    if (
        previous is not None
        and following_first is not None
        and _headline_shaped(previous)
        and _headline_shaped(following_first)
        and not previous.capitals  # a kicker in capitals above is not a list neighbour
    ):
        score -= 1.5  # one title in a list of titles: related stories, not the article
    return score


def _names_an_outlet(text: str) -> bool:
    """True when a short line reads as an outlet or desk rather than a title."""
    parsed = parse_byline(text)
    return bool(parsed.organizations) and not parsed.authors


def _listed(feats: tuple[Features, ...], above: list[int]) -> bool:
    """True when a list heading ("More On:") sits above with only titles and chrome between."""
    for index in reversed(above):
        feature = feats[index]
        if feature.trailer:
            return True
        if feature.byline or feature.units > HEADLINE_MAX_UNITS or feature.sentence_end:
            return False
    return False


def _distinct(feature: Features, following: tuple[Features, ...]) -> tuple[Features, ...]:
    """The following lines without copies of the candidate or of each other."""
    seen = [feature.key]
    kept = []
    for other in following:
        if not any(other.key.endswith(key) or key.endswith(other.key) for key in seen):
            kept.append(other)
            seen.append(other.key)
    return tuple(kept)


def choose_headline(
    lines: tuple[Piece, ...], feats: tuple[Features, ...], body_start: int
) -> int | None:
    """Return the index of the headline line among the non-blank lines above the body.

    Distance is counted to the nearest anchor below a candidate (a byline or timestamp
    line, or the body), since galleries and captions often sit between header and body.
    """
    above = [index for index in range(min(body_start, len(lines))) if feats[index].chars]
    window = above[-HEADER_WINDOW:]
    offset = len(above) - len(window)
    best, best_index, distance = 0.0, None, 0
    scores: dict[int, float] = {}
    for position in range(len(window) - 1, -1, -1):
        index = window[position]
        feature = feats[index]
        if is_meta(feature):
            distance = 0
        score = headline_score(feature, distance)
        distance += 1
        if score < -50:
            continue
        previous = feats[above[offset + position - 1]] if offset + position >= 1 else None
        # Share rows and other furniture between a title and its byline do not count.
        nearby = window[position + 1 : position + 1 + FOLLOWING_SCAN]
        following = tuple(f for f in (feats[i] for i in nearby) if not f.boilerplate)[:5]
        if body_start < len(feats) and len(following) < 5:
            following += (feats[body_start],)
        score += _context_score(feature, previous, following)
        if _listed(feats, above[max(0, offset + position - LIST_LOOKBACK) : offset + position]):
            score -= 2.0  # under "More on:" / "See also": a list of other stories
        # The outlet test parses a byline; a penalty only matters to a score that would win.
        if (
            score > best
            and feature.units <= ORG_LINE_MAX_UNITS
            and _names_an_outlet(lines[index].text)
        ):
            score -= 1.5  # "Practical Horseman Editorial Staff": a byline or site name
        scores[index] = score
        if score > best:
            best, best_index = score, index
    return _title_over_standfirst(feats, above, scores, best_index)


def _title_over_standfirst(
    feats: tuple[Features, ...], above: list[int], scores: dict[int, float], best: int | None
) -> int | None:
    """Prefer a close rival just above the best line when an author's name stands between.

    "Title / Jane Doe / Standfirst / Jo Roe, May 5": the line on the meta is the standfirst.
    """
    if best is None:
        return None
    position = above.index(best)
    if position >= 1 and _title_on_summary(feats, scores, above[: position + 1]):
        return above[position - 1]
    if position + 1 >= len(above) or not is_meta(feats[above[position + 1]]):
        return best  # a standfirst sits right on its byline or dateline
    named = False
    for index in reversed(above[max(0, position - 3) : position]):
        if named and index in scores and scores[index] >= scores[best] - STANDFIRST_MARGIN:
            return index
        feature = feats[index]
        if not (feature.name or feature.boilerplate):
            break
        named = named or feature.name
    return best


def _title_on_summary(
    feats: tuple[Features, ...], scores: dict[int, float], above: list[int]
) -> bool:
    """True for a title-shaped line right above the best one (the last of `above`).

    "Title / Standfirst / body" with no byline or date between: both lines look like titles
    and the lower one sits closer to the body. The upper one is the title when it scores
    nearly as well and is the shorter, or when it is the first line of the text (an
    article's container opens with its title).
    """
    title, best = above[-2], above[-1]
    upper, lower = feats[title], feats[best]
    if title not in scores or scores[title] < scores[best] - STANDFIRST_MARGIN:
        return False
    if upper.sentence_end or upper.question or upper.capitals:
        return False
    return upper.units < lower.units or len(above) == 2  # the shorter, or the first line


def _glued_copy_above(lines: tuple[Piece, ...], headline: int | None) -> tuple[int | None, int]:
    """Find a kicker glued onto a copy of the headline ("NewsNATO ..." above or below "NATO ...").

    Returns the headline index to use (the glued copy) and the kicker's length (0 if none).
    """
    if headline is None:
        return None, 0
    text = lines[headline].text
    for index in _nearby(lines, headline, -1):
        cut = _kicker_length(lines[index].text, text)
        if cut:
            return index, cut
    for index in _nearby(lines, headline, 1):
        cut = _kicker_length(text, lines[index].text)
        if cut:
            return headline, cut
    return headline, 0


def _nearby(lines: tuple[Piece, ...], index: int, step: int) -> list[int]:
    """Up to three non-blank line indices from index in direction step."""
    found: list[int] = []
    index += step
    while 0 <= index < len(lines) and len(found) < KICKER_SEARCH_LINES:
        if lines[index].text:
            found.append(index)
        index += step
    return found


def _kicker_length(glued: str, plain: str) -> int:
    """Length of the short kicker that `glued` adds in front of a copy of `plain`, or 0.

    >>> _kicker_length("NewsNATO chief speaks", "NATO chief speaks")
    4
    >>> _kicker_length("Home Holidays Pear Jam for the Holidays", "PEAR JAM FOR THE HOLIDAYS")
    14
    """
    prefix = glued[: len(glued) - len(plain)]
    if (
        glued.endswith(plain)
        and 0 < len(prefix.split()) <= MAX_KICKER_WORDS
        and prefix[-1:].isalpha()
    ):
        return len(prefix)
    glued_key, plain_key = line_key(glued), line_key(plain)
    if not plain_key or not glued_key.endswith(" " + plain_key):
        return 0
    extra = len(glued_key.split()) - len(plain_key.split())
    if not 0 < extra <= MAX_KICKER_WORDS:
        return 0
    starts = [match.start() for match in WORD_START.finditer(glued)]
    return starts[extra] if extra < len(starts) else 0


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
    name_end = offset + len(lead.rstrip(" |,·•-–—"))
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
        return _touching(lines, index, below) or lines[index].line is lines[below].line
    # A long line needs a bare credit ("Photo: A"; not "Jane Roe (Photo: A)") right under it.
    bare = not lines[below].text.endswith(")")
    touching = all(_touching(lines, i, i + 1) for i in range(index, below))
    return bare and touching and feature.units <= TOUCHING_CAPTION_MAX_UNITS


def _touching(lines: tuple[Piece, ...], upper: int, lower: int) -> bool:
    """True when two pieces sit on consecutive lines, with no blank line between."""
    return lines[lower].line.number == lines[upper].line.number + 1


def _stacked(lines: tuple[Piece, ...], feats: tuple[Features, ...], index: int) -> bool:
    """True for the first of two touching captions over two touching credits."""
    if index + 3 >= len(feats) or not all(
        _touching(lines, i, i + 1) for i in range(index, index + 3)
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
