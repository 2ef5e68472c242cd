"""Stage 2a: per-line features. Facts about one line of text, no decisions.

Each piece of a document gets a frozen `Features` value: its length in words,
sentence shape, furniture vocabulary, and whether the byline, timestamp, name and
credit recognisers accept it. Cheap pre-checks keep the expensive recognisers off
lines that cannot match; the whole computation is cached per line text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import regex

from newsparse.dedupe import line_key
from newsparse.fields.byline import (
    looks_like_byline,
    looks_like_name,
    opens_with_prefix,
)
from newsparse.fields.credit import is_credit_line
from newsparse.fields.timestamp import search_timestamps, timestamp_line_facts
from newsparse.segments import Piece
from newsparse.vocab.boilerplate import (
    AD_MARKER_STARTS,
    AD_MARKERS,
    BOILERPLATE_LINES,
    BOILERPLATE_STARTS,
    FURNITURE_PATTERNS,
    PAYWALL_PHRASES,
    SHORTCODE,
    SOCIAL_WORDS,
    TRAILER_HEADINGS,
    TRAILER_STARTS,
)
from newsparse.vocab.bylines import BYLINE_LABELS
from newsparse.vocab.credits import CAPTION_LABELS
from newsparse.vocab.dates import AGO_WORDS, NOW_WORDS, RELATIVE_DAYS

# Word lists (furniture, paywall, cookie and comment phrases) compile with the standard `re`,
# three times faster than with `regex` (start-up time); `regex` where \p{…} is needed. On
# these Latin words the two agree: they differ on \w only for combining marks, and lines are NFC.

# A title in Title Case glued to its summary: "…Student-AthleteA 24-year-old…", "…250,000The state…"
TEASER_JOINT = regex.compile(r"(?<=(?:\p{Ll}{4}|\d)['\"’”]?)(?=\p{Lu}\p{Ll})")
TEASER_MIN_UNITS = 13
TEASER_TITLE_WORDS = 5
TEASER_SUMMARY_WORDS = 8
TEASER_CAPITALS_SHARE = 0.8
TEASER_MAX_CHARS = 600
BARE_LINK = regex.compile(r"(?:https?://|www\.)\S+")
# A line ends a sentence with a stop and maybe closing marks: '…the border," he said.'
SENTENCE_STOPS = ".!?。！？…:;"
SENTENCE_CLOSERS = "'\"”’»)]"
INNER_SENTENCE = regex.compile(  # searched for only: the look-behind makes the scan cheap
    r"(?<=\p{Ll})[.!?]['\"”’]?\s+['\"“‘]?\p{Lu}"
)  # 'chief. "The' inside a line
# Scripts written without spaces: their characters count as words by pairs.
DENSE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}]")
BREADCRUMB = regex.compile(r"\s(?:>|›|»|/|\|)\s")  # "News > World"
# "Home News Science & Astronomy", "Home > World": a trail that starts at the home page
BREADCRUMB_LINE = regex.compile(
    r"^(?i:home|startseite|accueil|inicio|início|página inicial|voorpagina|strona główna|главная)"
    r"\b\s*[>›»/|]?\s*\p{Lu}"
)
BREADCRUMB_MAX_UNITS = 8
# "jane_doe says:", "Max schreibt:", "Anonyme a dit :": the header of a reader comment
COMMENT_HEADER = re.compile(
    r"\s(?:says|said|wrote|replied|schreibt|sagt|a dit|a écrit|dice|dijo|disse|scrive|zegt|pisze)\s?:$",
    re.IGNORECASE,
)
COMMENT_HEADER_MAX_UNITS = 6
# "[ 167 comments ]", "12 Kommentare", "Comments (3)": the head of a comment thread
COMMENT_COUNT = re.compile(
    r"\d+\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|reacties)"
    r"|(?:comments?|kommentare|commentaires|comentarios)\s*\(\d+\)"
)
# "— Jane Roe (@janeroe) November 3, 2019": the attribution under an embedded social post
POST_SIGNATURE = regex.compile(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*\S.{2,40}$")
PULL_QUOTE_MIN_UNITS = 12
SPOKEN_CLOSE = regex.compile(r"[,.!?…][\"”’'»]")  # '…job eliminations,” the chairman said'
LABEL_MAX_UNITS = 3
# A cookie or consent notice, however long: it opens by saying the site uses cookies
# ("This website uses cookies to improve…", "Wir verwenden Cookies…", "By continuing…").
COOKIE_NOTICE = re.compile(
    r"^\W*(?:this|our|we|by|diese|wir|nous|ce site|utilizamos|usamos|questo sito|wij|używamy"
    r"|auf unserer|mit der nutzung|durch die nutzung|en poursuivant|en continuant|en naviguant"
    r"|ce site|le site|este sitio|esta web|este portal|al continuar|si continúas|si continua"
    r"|continuando|proseguendo|este site|esta página|deze website|ta strona)\b"
    r".{0,90}\b(?:cookies?|tracking technologies|informationen auf einem gerät"
    r"|informations sur (?:un|votre) appareil|información en un dispositivo)\b",
    re.IGNORECASE,
)
_DATE_WORDS = {*RELATIVE_DAYS, *AGO_WORDS, *NOW_WORDS}
# A relative date has no digit: "yesterday", "an hour ago", "gestern", "il y a une heure", "昨天".
# Word lookups in sets, not one big alternation: this test runs on every short line.
DATE_WORD_SET = frozenset(w for w in _DATE_WORDS if w.isascii() and " " not in w)
DATE_PHRASES = tuple(w for w in _DATE_WORDS if w.isascii() and " " in w)


def _by_highest_letter(words: list[str]) -> dict[str, tuple[str, ...]]:
    """Words keyed by their highest character (a non-ASCII one: each word has some)."""
    grouped: dict[str, list[str]] = {}
    for word in words:
        grouped.setdefault(max(word), []).append(word)
    return {letter: tuple(group) for letter, group in grouped.items()}


# A line holds a script word only if it holds that word's letter: it is searched for those only.
DATE_SCRIPT_WORDS = _by_highest_letter([w for w in _DATE_WORDS if not w.isascii()])
DATE_SCRIPT_LETTERS = frozenset(DATE_SCRIPT_WORDS)
LATIN_WORD = re.compile(r"[a-z]+")  # plain ranges: the standard `re` runs them faster
META_SEPARATORS = " |,·•-–—"  # between the parts of a meta row: "Jane Roe | 27/09/2018"
INNER_BY = regex.compile(r"\s(?i:by|von|par|por|door)\s+\p{Lu}")  # "… by Jane Doe"
ASCII_DIGIT = re.compile(r"[0-9]")
BYLINE_MARK = regex.compile(r"[,|•/&\d–—-]|\s(?:and|und|et|y|e|i|en|og|och)\s|\(")
FIELD_LABEL = regex.compile(r"(?:^|\s)\p{L}[\p{L} ]{0,20}:\s")  # "More info: "
MIN_FIELD_LABELS = 2
# Split by anchoring: a search for the anchored ones tries only the start of the line,
# instead of every alternative at every position (same answer as one big alternation).
FURNITURE_AT_START = re.compile(
    "|".join(p for p in FURNITURE_PATTERNS if p.startswith("^")), re.IGNORECASE
)
FURNITURE_ANYWHERE = re.compile(
    "|".join(p for p in FURNITURE_PATTERNS if not p.startswith("^")), re.IGNORECASE
)
# Searched in case-folded text, where re.IGNORECASE would add one match only: "ı" for "i"
# (re's other extra case pairs are folded away or not in the phrases). Swapping it for "i"
# and matching case-sensitively gives the same answer, three times faster.
PAYWALL = re.compile("|".join(PAYWALL_PHRASES))
# Words that every paywall phrase spelled in ASCII holds (the others need a non-ASCII letter):
# an ASCII line without any of them is not searched. Tests check them against the phrases.
PAYWALL_HINTS = (
    "subscribe",
    "reading",
    "lire la suite",
    "il vous reste",
    "suscriptores",
    "seguir leyendo",
    "abbonati",
    "continuare a leggere",
    "assinantes",
    "continuar lendo",
    "abonnees",
)
SHORTCODES = re.compile(SHORTCODE, re.IGNORECASE)
PAYWALL_MAX_UNITS = 40  # a notice is a line or two; an article about paywalls runs on
REAL_WORD = regex.compile(r"\p{L}{3}|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
WORD = regex.compile(r"[\p{L}\p{N}'’-]+")
FURNITURE_MAX_UNITS = 8
META_MAX_CHARS = 300  # bylines and timestamps are short; longer lines are never tested
META_MAX_UNITS = 25
NAME_MAX_UNITS = 5
FEATURE_CACHE_SIZE = 8192
DATED_MIN_SHARE = 0.3  # share of a line that dates must cover to make it a dateline
TRAILER_MAX_WORDS = 6


class Features(NamedTuple):
    """Facts about one line; no decisions."""

    units: int  # words, or pairs of characters in scripts without spaces
    chars: int
    sentence_end: bool
    inner_sentence: bool
    boilerplate: bool
    trailer: bool  # "Related content": a list of other stories follows
    timestamp: bool
    byline: bool
    name: bool
    credit: bool
    dated: bool  # a short line with a date in it: "Carlos Nadalim 27/09/2018 Comente!"
    quoted_speech: bool  # opens with a quote mark and runs on: a pull quote
    trailing_comma: bool  # "PTI, Washington,": a fragment, never a headline
    breadcrumb: bool  # "Home News Science & Astronomy", "News > World"
    comment_header: bool  # "thelastchargersfan says:"
    wordy: bool  # has a real word (three letters or more): not "12:02 PM" or "2 | 3"
    byline_label: bool  # "Author:", "Von:": the byline follows on the next line
    fielded: bool  # "Tested by: J. Roe RRP: £24 More info: …": a row of labelled fields
    question: bool  # ends with "?" or "!": a title or subheading as often as prose
    capitals: bool  # "GROWING AN ONLINE BUSINESS": a kicker or menu item in capitals
    teaser: bool  # "Bull Elk Poached In Northern MichiganMichigan officers said…": a story card
    post_signature: bool  # "— Jane Roe (@janeroe) May 3, 2024": under an embedded post
    caption_label: bool  # "Image caption, …", "Bildunterschrift: …": a photo's caption
    ad_marker: bool  # "Advertisement", "Anzeige", "Story continues below advertisement"
    repeats: int  # how many lines of the document share this line's key
    key: str  # the line's comparison key (dedupe.line_key)


@lru_cache(maxsize=FEATURE_CACHE_SIZE)
def line_features(text: str) -> Features:
    """Return the features of one cleaned line (cached: menus repeat within and across pages).

    `repeats` is 1 here; `features` sets the count within a document.
    """
    key = line_key(text)
    short = len(text) <= META_MAX_CHARS
    dense = 0 if text.isascii() else len(DENSE_SCRIPT.findall(text))
    units = len(text.split()) + dense // 2
    meta = short and units <= META_MAX_UNITS  # bylines and datelines are short
    signature = meta and POST_SIGNATURE.match(text) is not None
    datable = meta and not signature and could_be_date(text)
    # `searchable` False: no strict reading exists, so the date share is 0 without a search.
    timestamp, searchable = timestamp_line_facts(text) if datable else (False, False)
    return Features(
        units=units,
        chars=len(text),
        sentence_end=_ends_sentence(text),
        inner_sentence=INNER_SENTENCE.search(text) is not None,
        boilerplate=(short and is_boilerplate(text, units))
        or COOKIE_NOTICE.search(text[:200]) is not None,
        trailer=_is_trailer(text),
        timestamp=timestamp,
        byline=meta and could_be_byline(text) and looks_like_byline(text),
        name=meta and units <= NAME_MAX_UNITS and could_be_name(text) and looks_like_name(text),
        credit=short and is_credit_line(text),
        dated=datable and (timestamp or (searchable and _date_share(text) >= DATED_MIN_SHARE)),
        quoted_speech=text[:1] in "\"“„«'‘"
        and units >= PULL_QUOTE_MIN_UNITS
        and SPOKEN_CLOSE.search(text) is not None,
        trailing_comma=text.endswith((",", ";")),
        breadcrumb=units <= BREADCRUMB_MAX_UNITS and _is_breadcrumb(text),
        comment_header=units <= COMMENT_HEADER_MAX_UNITS
        and ":" in text  # the header ends in a colon: a plain test before the pattern
        and COMMENT_HEADER.search(text) is not None,
        wordy=REAL_WORD.search(text) is not None,
        byline_label=units <= LABEL_MAX_UNITS and text.rstrip(": ").casefold() in BYLINE_LABELS,
        fielded=short
        and text.count(":") >= MIN_FIELD_LABELS  # each label has its colon
        and len(FIELD_LABEL.findall(text)) >= MIN_FIELD_LABELS,
        question=text.rstrip("'\"”’») ").endswith(("?", "？", "!", "！")),
        capitals=units >= 2 and text.isupper(),
        teaser=units >= TEASER_MIN_UNITS and _is_teaser(text),
        post_signature=signature,
        caption_label=short and text.casefold().startswith(CAPTION_LABELS),
        ad_marker=units <= FURNITURE_MAX_UNITS and _is_ad_marker(text),
        repeats=1,
        key=key,
    )


def _ends_sentence(text: str) -> bool:
    """Whether a stop and maybe closing marks end the line (from the end, not a regex scan).

    >>> _ends_sentence('…the border," he said.'), _ends_sentence("“Go.”"), _ends_sentence("Go on")
    (True, True, False)
    """
    tail = text.removesuffix("\n").rstrip(SENTENCE_CLOSERS)  # `$` matched before a final "\n"
    return bool(tail) and tail[-1] in SENTENCE_STOPS


def _is_ad_marker(text: str) -> bool:
    """True for the label of an advertisement set inside an article ("Anzeige", "Publicité")."""
    folded = text.casefold().strip(" :.-–—|•·>»[]()")
    return folded in AD_MARKERS or folded.startswith(AD_MARKER_STARTS)


def _is_teaser(text: str) -> bool:
    """True for a story card: a Title Case title glued to the sentence that sums it up.

    >>> _is_teaser("Bull Elk Poached In Northern MichiganState officers are asking for tips.")
    False
    >>> _is_teaser("Elk Poached In Northern Michigan ForestsOfficers ask the public for tips on it")
    True
    """
    if len(text) > TEASER_MAX_CHARS:
        return False
    joint = TEASER_JOINT.search(text)
    if joint is None:
        return False
    title, summary = text[: joint.start()].split(), text[joint.start() :].split()
    if len(title) < TEASER_TITLE_WORDS or len(summary) < TEASER_SUMMARY_WORDS:
        return False
    capitals = sum(1 for word in title if not word[:1].isalpha() or word[:1].isupper())
    return capitals >= TEASER_CAPITALS_SHARE * len(title)


def _is_breadcrumb(text: str) -> bool:
    """True for "Home > World" or "Home News Science & Astronomy", not "Home Depot sales miss"."""
    if BREADCRUMB_LINE.search(text) is None:
        return False
    words = text.split()
    return BREADCRUMB.search(text) is not None or all(w[:1].isupper() or w == "&" for w in words)


def could_be_date(text: str) -> bool:
    """Cheap test before the timestamp parser: a digit, or a word like "yesterday" or "ago".

    >>> could_be_date("vor zwei Stunden"), could_be_date("Related content")
    (True, False)
    """
    if _has_digit(text):
        return True
    folded = text.casefold()
    if not DATE_WORD_SET.isdisjoint(LATIN_WORD.findall(folded)):
        return True
    # Substring tests, not alternations: those would search a little faster but cost a
    # millisecond of start-up to compile.
    if any(phrase in folded for phrase in DATE_PHRASES):
        return True
    return not folded.isascii() and _has_script_word(folded)


def _has_script_word(folded: str) -> bool:
    """Whether a date word in a script other than Latin ("昨天", "только что") is in the text."""
    letters = DATE_SCRIPT_LETTERS.intersection(folded)
    return any(word in folded for letter in letters for word in DATE_SCRIPT_WORDS[letter])


def _has_digit(text: str) -> bool:
    """`any(char.isdigit() ...)`, with one regex pass for ASCII digits first."""
    if ASCII_DIGIT.search(text) is not None:
        return True
    return not text.isascii() and any(char.isdigit() for char in text)


def could_be_byline(text: str) -> bool:
    """Cheap test before the byline parser: a prefix, or a name first and a separator after.

    Without a prefix a byline opens with a name ("Jane Doe, Reuters"), unless a "by"
    comes later ("Posted on May 5 by Jane Doe", "Veröffentlicht am 12. März von Max Roe").
    """
    if opens_with_prefix(text) or INNER_BY.search(text) is not None:
        return True
    words = text.split(maxsplit=2)
    name_first = len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper()
    return name_first and BYLINE_MARK.search(text) is not None


def could_be_name(text: str) -> bool:
    """Cheap test before the name check: two to four words, first and last capitalised."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()


def _is_trailer(text: str) -> bool:
    """True for a heading that opens a list of other stories ("Related", "More from Jane Doe")."""
    folded = text.casefold().strip(" :.-–—|•·>»[]()")
    if folded in TRAILER_HEADINGS or COMMENT_COUNT.fullmatch(folded):
        return True
    # "More from Jane Doe", "About Ascom": a short heading, never a sentence ("About 200 came.")
    # The opening words first: most lines fail there, before the split.
    return (
        folded.startswith(TRAILER_STARTS)
        and len(folded.split()) <= TRAILER_MAX_WORDS
        and not text.rstrip().endswith((".", "!", "?"))
    )


def _date_share(text: str) -> float:
    """The share of the line's characters that belong to dates (1.0 when a date opens it)."""
    spans = search_timestamps(text)
    if spans and spans[0][2].iso is not None:
        lead = text[: spans[0][0]].strip(META_SEPARATORS)
        if not lead or looks_like_name(lead):
            return 1.0  # "21/06/2014 Tony Carter", "Carlos Nadalim 27/09/2018 Comente!"
    return sum(end - start for start, end, _ in spans) / max(1, len(text))


def is_meta(feature: Features) -> bool:
    """True for a byline, timestamp or dated line: the anchors of a header block."""
    return feature.byline or feature.timestamp or feature.dated


def is_boilerplate(text: str, units: int) -> bool:
    """True for page furniture: vocabulary lines, share rows, reading times, pagination.

    >>> is_boilerplate("Whatsapp Facebook Pint Baixar", 4), is_boilerplate("5 min read", 3)
    (True, True)
    """
    folded = text.casefold().strip(" :.-–—|•·>»")
    if folded in BOILERPLATE_LINES or folded.startswith(BOILERPLATE_STARTS):
        return True
    if units <= PAYWALL_MAX_UNITS and _mentions_paywall(folded):
        return True
    if "[" in text and SHORTCODES.search(text) is not None:  # every shortcode opens with "["
        return True  # "[button link=…]Send us your review[/button]": markup, not prose
    if units == 1 and BARE_LINK.fullmatch(text) is not None:
        return True  # "https://…/og-image.jpg": a share or image link on a line of its own
    if units > FURNITURE_MAX_UNITS:
        return False
    words = WORD.findall(folded)
    if words and all(word in SOCIAL_WORDS for word in words):
        return True
    return (
        FURNITURE_AT_START.search(text) is not None or FURNITURE_ANYWHERE.search(text) is not None
    )


def _mentions_paywall(folded: str) -> bool:
    """Whether a case-folded line holds a paywall phrase; most lines fail the hint test."""
    if folded.isascii() and not any(hint in folded for hint in PAYWALL_HINTS):
        return False
    return PAYWALL.search(folded.replace("ı", "i")) is not None


def features(pieces: tuple[Piece, ...]) -> tuple[Features, ...]:
    """Return the features of every piece (line, or part of a glued line)."""
    found = [line_features(piece.text) for piece in pieces]
    counts = Counter(feature.key for feature in found if feature.key)
    return tuple(_counted(feature, counts[feature.key]) for feature in found)


def _counted(feature: Features, repeats: int) -> Features:
    """A line with no words is blank to the rules; a repeated one carries its count."""
    if not feature.key:
        return BLANK
    return feature._replace(repeats=repeats) if repeats > 1 else feature


BLANK = line_features("")
