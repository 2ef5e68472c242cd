"""Stage 2b: the zones of a page: where the article's body runs, and the boxes inside it.

The body is the strongest run of prose (a run a byline or timestamp introduces gets a bonus);
runs are joined across the furniture an article carries inside it (photos, embeds, boxes of
links, prompts, ad labels), and a list heading with titles after it ends the article.
"""

from __future__ import annotations

from newsparse.features import Features, is_meta
from newsparse.segments import Piece

HEADER_BONUS = 3.0  # prose score a run gains when a byline or timestamp introduces it
INTRO_WINDOW = 6
BRIDGE_MIN_RUN = 3.0  # prose a neighbouring run needs to be joined across furniture
BOX_BRIDGE_MIN_RUN = 6.0  # prose after a box of furniture that carries the body on past it
PICTURE_BRIDGE_MIN_RUN = 1.0  # a photo or one link in the gap: one paragraph after it will do
MAX_BOX_LINES = 16  # lines of boxes between two runs of an article (a recipe's ingredients)
MIN_LEAD_PARAGRAPHS = 2  # a run above the body joined across furniture: not a lone standfirst
SIGNATURE_SCORE = 0.2  # "— Jane Roe (@janeroe) May 3, 2024" closes a post the article quotes
PARAGRAPH_SCORE = 1.0  # prose score of a full sentence of about eight words or more
TRAILER_CUT_SHARE = 0.5  # a list heading ends the body when much less prose follows it
TRAILER_RIVAL = 8.0  # prose before the first list heading that makes later runs suspect
AFTER_TRAILER_SHARE = 0.5  # what a run after the first list heading counts for
CHROME_SCORE = -1.0  # prose score of a line that is page chrome, however long
HEADING_MAX_UNITS = 20
MIN_BOX_TITLES = 2  # titles under a furniture heading that make a list of links
BOX_HEADING_MAX_UNITS = 8
MAX_CARD_LINES = 6  # section word, title twice, teaser, byline: a card is a small block
MIN_CARD_TITLE_UNITS = 4
CARD_TITLE_GAP = 2  # "Business" / "Title" / "Business" / "Title": copies two lines apart


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
            and touches(lines, index - 1, index)
            and touches(lines, index, index + 1)
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
        if blocks and blocks[-1][-1] == index - 1 and touches(lines, index - 1, index):
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def _title_shaped(text: str, feature: Features) -> bool:
    """A line that reads as a story title: short, no full stop unless cut off ("Hurri...")."""
    if not feature.chars or feature.units > HEADING_MAX_UNITS or is_meta(feature):
        return False
    return not feature.sentence_end or text.endswith(("...", "…", "]"))


def touches(lines: tuple[Piece, ...], upper: int, lower: int) -> bool:
    """True when two pieces sit on consecutive lines, with no blank line between."""
    return lines[lower].line.number == lines[upper].line.number + 1
