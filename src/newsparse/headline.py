"""Stage 2c: which line above the body is the article's headline.

Candidates are scored by their own shape, their distance to the nearest byline or date below,
and their neighbours (chrome above, meta below, not one title in a list of titles).
"""

from __future__ import annotations

import regex

from newsparse.dedupe import line_key
from newsparse.features import Features, is_meta
from newsparse.fields.byline import parse_byline
from newsparse.segments import Piece

WORD_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]")
ORG_LINE_MAX_UNITS = 5
HEADER_WINDOW = 120  # non-blank lines above the body searched for the headline
HEADLINE_MAX_UNITS = 40
HEADLINE_MIN_CHARS = 6  # "北米" and "Go" are menu items
MAX_KICKER_WORDS = 5  # "Home News Business News" glued before a copy of the headline
KICKER_SEARCH_LINES = 4
STANDFIRST_MARGIN = 0.5  # a title above its standfirst may score this much lower and still win
LIST_LOOKBACK = 40  # non-blank lines above a headline candidate searched for a list heading
FOLLOWING_SCAN = 12  # lines below a headline candidate looked at (furniture skipped)
CAPITALS_COST = 0.75  # kickers and menus shout; most titles do not
HEADLINE_TYPICAL_UNITS = 6
HEADLINE_DISTANCE_COST = 0.08  # per non-blank line between a candidate and the body


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
    following = _distinct(feature, following, 3)
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


def _distinct(
    feature: Features, following: tuple[Features, ...], limit: int
) -> tuple[Features, ...]:
    """The first `limit` following lines without copies of the candidate or of each other."""
    seen = [feature.key]
    kept: list[Features] = []
    for other in following:
        if len(kept) == limit:
            break  # a line kept later depends only on the lines before it
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
    """Prefer a close rival just above the best line: titles come before their standfirst.

    Right above it ("Title / Standfirst / body", see `_title_on_summary`), or with an
    author's name between when the best line sits on the meta ("Title / Jane Doe /
    Standfirst / Jo Roe, May 5").
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


def glued_copy_above(lines: tuple[Piece, ...], headline: int | None) -> tuple[int | None, int]:
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
