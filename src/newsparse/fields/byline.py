"""Split a byline into authors, organisations and roles; tell byline and bare-name lines apart.

Names are kept as written, except ALL-CAPS names, which are title-cased with particles and
Mc/O' shapes kept ("JANE MCDOE" -> "Jane McDoe", "ANA DE LA CRUZ" -> "Ana de la Cruz").
Only the first 1,000 characters are read; no real byline is longer, and it bounds the work.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

import regex

from newsparse.model import Byline
from newsparse.vocab import Openers
from newsparse.vocab import bylines as vocab

_MAX_CHARS = 1000
_MAX_LINE = 200  # longer lines are prose or furniture, never a byline
_MAX_WORDS = 30

# Separators become tokens of their own; a hyphen only when spaced, so "Al-Khalidi" stays whole.
_SEPARATOR_CHARS = regex.compile(r"([|•·;,–—]|(?<=\s)--?(?=\s)|(?<=\s)/(?=\s))")
# A parenthesised aside after a name: a place and a beat, or an outlet ("(Reuters)").
_ASIDE = regex.compile(r"\((?P<inner>[^()]{1,60})\)")
_GLUE = "\u2063"  # an invisible separator, put where two glued elements of a page met
_SEPARATORS = frozenset({"|", "•", "·", ";", ",", "–", "—", "-", "--", "/", ":", _GLUE})
_DOMAIN = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")  # '.' is never in [\w-]: linear
# "2019-11-18", "11/13/19", "19.11.2019", "10:28am", "2019-11-18T20:51:19Z"
_NUMERIC_DATE = regex.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}|\d{1,2}:\d{2}")
_DAY = regex.compile(r"\d{1,2}(?:st|nd|rd|th)?+\.?+")
_RELATIVE_WORDS = frozenset({"ago", "yesterday", "hours", "days", "minutes", "mins", "hrs"})
_NAME_CHARS = regex.compile(r"[\p{L}\p{M} .'’-]*")
_GLUED_DATE_WORDS = vocab.WEEKDAYS | vocab.MONTHS | {"yesterday", "today"}
_CAPS_THEN_LOWER = regex.compile(r"\p{Lu}\p{Lu}\p{Ll}")
_GLUED_DIGITS = regex.compile(r"(\p{L}{3,})(\d{1,4})")
_INITIALS = regex.compile(r"(?:\p{Lu}\.-?)++\p{Lu}?")
_QUOTES = "\"'“”„«»‘’"
_EDGE_PUNCT = ".,;:()[]{}<>" + _QUOTES
_IN_DATE_WORDS = vocab.TIME_WORDS | vocab.MONTHS | vocab.WEEKDAYS
_MAX_NAME_OUTLET_WORDS = 6
_ALL_PREFIXES = frozenset(p for group in vocab.PREFIXES.values() for p in group)
BYLINE_PREFIXES = sorted(_ALL_PREFIXES, key=len, reverse=True)
# The letters the standard `re`, ignoring case, takes for prefix letters (dotless i, long s,
# old Cyrillic forms): the prefixes were once one case-blind `re` pattern.
_PREFIX_OPENERS = Openers(
    BYLINE_PREFIXES,
    {"İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т", "ᲅ": "т"},
)
_ORG_PREFIXES = frozenset(vocab.ORG_PREFIXES)
_ORG_MARKERS = frozenset(vocab.ORG_MARKERS)
_EXTRA_AUTHOR_MARKERS = frozenset(vocab.EXTRA_AUTHOR_MARKERS)
_NON_AUTHOR_MARKERS = frozenset(vocab.NON_AUTHOR_MARKERS)
_CONJUNCTIONS = frozenset(vocab.CONJUNCTIONS)
_MARKERS = (
    (_NON_AUTHOR_MARKERS, "skip"),
    (_EXTRA_AUTHOR_MARKERS, "normal"),
    (_ORG_MARKERS, "org"),
)
_LONGEST_PHRASE = 5
_DATE_LEAD_INS = vocab.DATE_CONNECTORS | _SEPARATORS
_DATE_WORDS = (
    vocab.TIME_WORDS
    | vocab.DATE_TRIGGERS
    | vocab.DATE_CONNECTORS
    | vocab.MONTHS
    | vocab.WEEKDAYS
    | vocab.WEAK_DATE_TRIGGERS
)
_PERSON, _ORG, _JUNK = "person", "org", "junk"
_NOT_NAME_WORDS = (
    vocab.STOP_WORDS | vocab.ORG_WORDS | vocab.WEEKDAYS | vocab.KNOWN_AGENCIES | vocab.ROLE_HEADS
)


class _Analysis:
    """What a byline parse found, with the counts `looks_like_byline` judges by."""

    # Plain classes for the mutable records: a dataclass costs 0.5 ms of start-up.
    __slots__ = (
        "authors",
        "dated",
        "first",
        "junk",
        "mixed_case",
        "organizations",
        "prefixed",
        "roles",
        "weak",
    )

    def __init__(
        self,
        authors: list[str] | None = None,
        organizations: list[str] | None = None,
        *,
        prefixed: bool = False,
        junk: int = 0,
    ) -> None:
        self.authors = authors or []
        self.organizations = organizations or []
        self.roles: list[str] = []
        self.junk = junk
        self.prefixed = prefixed
        self.first = ""  # what the first piece after the prefix was
        # Organisations or roles with no separator before them, or with no organisation word:
        # fine inside a known byline, too weak to call an unprefixed line a byline.
        self.weak = 0
        self.dated = False  # a timestamp followed the names
        self.mixed_case = False  # an author was written in mixed case, not capitals


class _Piece:
    """A run of tokens between separators or conjunctions, and how it was introduced."""

    __slots__ = ("after_conj", "after_glue", "kind", "segment", "tokens")

    def __init__(
        self,
        tokens: list[str],
        kind: str = "normal",  # "normal" | "org" (after "for") | "skip" (after "edited by")
        segment: int = 0,
        *,
        after_conj: bool = False,
        after_glue: bool = False,  # "María LópezMadrid": glued on, not set apart
    ) -> None:
        self.tokens = tokens
        self.kind = kind
        self.segment = segment
        self.after_conj = after_conj
        self.after_glue = after_glue


def opens_with_prefix(text: str) -> bool:
    """True when a byline prefix opens the line as a whole word: "By Jane", "VON MAX", "Par".

    A look-up by first letter, not one big case-blind pattern: the same answer as
    `(?i:by|von|…)\\b`, without compiling 112 alternatives at start-up.

    >>> opens_with_prefix("By Jane Doe"), opens_with_prefix("Byron Bay"), opens_with_prefix("BY")
    (True, False, True)
    """
    # Every prefix ends in a letter: a word boundary needs no letter after it.
    return any(
        len(prefix) == len(text) or not _is_word_char(text[len(prefix)])
        for prefix in _PREFIX_OPENERS.opening(text)
    )


def _is_word_char(char: str) -> bool:
    """What `\\w` matches in a `str` pattern."""
    return char.isalnum() or char == "_"


def parse_byline(text: str) -> Byline:
    """Split a byline into authors, organisations and roles.

    >>> parse_byline("By Jane Doe and Ed Roe, Example Press").authors
    ('Jane Doe', 'Ed Roe')
    >>> parse_byline("JANE DOE | AP").organizations
    ('AP',)
    """
    stripped = text.strip()
    found = _analyse(stripped)
    if not found.authors and found.organizations == [stripped]:
        found = _name_before_outlet(stripped) or found
    return Byline(
        text=stripped,
        authors=tuple(dict.fromkeys(_undouble(name) for name in found.authors)),
        organizations=tuple(found.organizations),
        roles=tuple(found.roles),
    )


def _name_before_outlet(text: str) -> _Analysis | None:
    """ "Jane Doe Florida Today", "Jane Doe The Washington Post": a name and an outlet that a
    page set side by side without a separator. Only a two-word name followed by at least two
    capitalised words that end in an outlet word ("Today", "Post") is read so.

    >>> _name_before_outlet("Jane Doe Florida Today").authors
    ['Jane Doe']
    >>> _name_before_outlet("Detroit Free Press") is None
    True
    """
    words = text.split()
    if not 4 <= len(words) <= _MAX_NAME_OUTLET_WORDS or not all(w[:1].isupper() for w in words):
        return None
    name, outlet = " ".join(words[:2]), words[2:]
    if _fold(outlet[-1]) not in vocab.ORG_WORDS or not looks_like_name(name):
        return None
    return _Analysis(authors=[name], organizations=[" ".join(outlet)])


def _undouble(name: str) -> str:
    """One copy of a name a page printed twice in one element ("Sean Roe Sean Roe").

    >>> _undouble("Jane Doe Jane Doe")
    'Jane Doe'
    """
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def looks_like_byline(text: str) -> bool:
    """Whether a whole line is a byline (a bare name alone is not: see `looks_like_name`).

    >>> looks_like_byline("By Jane Doe"), looks_like_byline("By the end of the year, it rose.")
    (True, False)
    """
    line = text.strip()
    if not line or len(line) > _MAX_LINE or not (line[0].isalpha() or line[0] in _QUOTES):
        return False
    if line.count(" ") > _MAX_WORDS:
        return False
    return _verdict(_analyse(line, judging=True))


def _verdict(found: _Analysis) -> bool:
    """`looks_like_byline` for a line once analysed."""
    if found.junk > 0 or not (found.authors or found.organizations):
        return False
    if found.prefixed:
        return found.first in (_PERSON, _ORG)
    # No "By": names first, each name-shaped, then an outlet, a role or a date.
    if found.weak > 0 or found.first not in (_PERSON, _ORG):
        return False
    if found.first == _ORG:
        return found.dated and not found.authors  # "Example News, 3 May 2024"
    if not all(_name_shaped(author) for author in found.authors):
        return False
    return bool(found.organizations or found.roles or found.dated) or len(found.authors) >= 3


def looks_like_name(text: str) -> bool:
    """Whether a short line is a bare person name ("Dana A. Ford", "Jan van Dijk").

    >>> looks_like_name("Dana A. Ford"), looks_like_name("Related Content")
    (True, False)
    """
    line = text.strip()
    if not line or len(line) > 60 or _NAME_CHARS.fullmatch(line) is None:
        return False
    tokens = line.split()
    # Capitals-only lines are mostly headings ("GIRLS BASKETBALL"); a middle initial or a
    # particle ("JAMES B. DOE") is what makes one a name.
    if _all_caps(tokens) and not any(
        _is_initials(t) or _fold(t) in vocab.PARTICLES for t in tokens[1:]
    ):
        return False
    # The word test first: it is cheap and turns away half the lines that get this far
    # (the look-up before the initials pattern: few words are common ones).
    return not any(
        _fold(t) in vocab.COMMON_WORDS and not _is_initials(t) for t in tokens
    ) and _name_shaped(line)


# --- tokens -------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    """Whitespace tokens with separators split off, handles/e-mails dropped, glue undone."""
    head = _ASIDE.sub(_drop_aside, text[:_MAX_CHARS])
    spaced = _SEPARATOR_CHARS.sub(r" \1 ", head)
    out: list[str] = []
    for raw in spaced.split():
        if _is_plain_word(raw):
            out.append(raw)  # the common case, without the cleaning below
            continue
        # Only a word after another name word can hide a glued outlet ("Jane DoeNews").
        after_name = bool(out) and out[-1][:1].isupper() and _fold(out[-1]) not in _ALL_PREFIXES
        out.extend(_clean_token(raw, after_name=after_name))
    return _drop_descriptive_quotes(_unglue_digits(out))


def _is_plain_word(token: str) -> bool:
    """Letters, no capital after the first ("the", "Doe"): nothing to drop or split at."""
    return token.isalpha() and token[1:].islower()


def _drop_aside(match: regex.Match[str]) -> str:
    """Drop "(Toulouse, correspondante)" or "(à Bruxelles)" after a name; keep "(Reuters)"."""
    words = [_fold(word) for word in match["inner"].replace(",", " ").split()]
    if words and words[0] in _EXTRA_AUTHOR_MARKERS:
        return " " + match["inner"]  # "(avec AFP)": the marker reads as it would unbracketed
    if any(_is_role_head(word) for word in words) or match["inner"][:1].islower():
        return " "
    return match[0]


def _unglue_digits(tokens: list[str]) -> list[str]:
    """Split a date glued to a name ("Doe19 Nov 2019"), not a name with digits ("News18")."""
    out: list[str] = []
    for i, token in enumerate(tokens):
        # Only a token that ends in a digit can match: an ASCII one ends in 0-9 (a non-ASCII
        # end goes to the pattern: `regex` knows digits that `str.isdigit` does not).
        last = token[-1:]
        match = _GLUED_DIGITS.fullmatch(token) if last.isdigit() or not last.isascii() else None
        after = _fold(tokens[i + 1]) if match and i + 1 < len(tokens) else ""
        if match and (after in vocab.MONTHS or after in vocab.TIME_WORDS or _has_digit(after)):
            out.extend(match.groups())
        else:
            out.append(token)
    return out


def _clean_token(token: str, *, after_name: bool) -> list[str]:
    """Drop @handles and e-mail addresses; cut a handle glued to a name ("Doe@doe")."""
    at = token.find("@")
    if at == 0 or (at > 0 and "." in token[at:]):
        return []
    if at > 0:
        token = token[:at]
    left, slash, right = token.rpartition("/")
    if slash and left and (_fold(right) in vocab.KNOWN_AGENCIES or _is_acronym(right)):
        return [*_clean_token(left, after_name=after_name), "/", right]  # "Doe/Reuters"
    if token.endswith(":") and len(token) > 1:
        return [*_clean_token(token[:-1], after_name=after_name), ":"]
    return _unglue(token) if after_name else [token]


def _unglue(token: str) -> list[str]:
    """Split words that lost their space: "DoeBusiness", "DOEAssociated"."""
    rest = token[1:]
    if rest.isascii() and rest == rest.lower():
        return [token]  # every split is before a capital: the common "Doe" has none to split at
    return _split_at_capitals(token)


def _split_at_capitals(token: str) -> list[str]:
    """`_unglue` without its shortcut: look at every capital."""
    parts: list[str] = []
    start = 0
    for i in range(1, len(token)):
        cur = token[i]
        word = token[start + 1 : i]
        # "DoeFriday": a short surname may lose its space before a weekday or month.
        shortest = 3 if token[i:].casefold() in _GLUED_DATE_WORDS else 4
        lower_run = (
            i - start >= shortest and token[start].isupper() and word.isalpha() and word.islower()
        )
        upper_run = (
            i - start >= 3
            and token[start:i].isupper()
            and cur.isupper()
            and i + 1 < len(token)
            and token[i + 1].islower()
        )
        if (lower_run and cur.isupper()) or upper_run:
            parts.append(token[start:i])
            if not upper_run:
                parts.append(_GLUE)  # two elements of the page: "María LópezMadrid" is no name
            start = i
    parts.append(token[start:])
    return parts


def _drop_descriptive_quotes(tokens: list[str]) -> list[str]:
    """Remove a quoted aside made of common words (Jane "The Author" Doe); keep nicknames."""
    out: list[str] = []
    quoted: list[str] = []
    for token in tokens:
        if not quoted and token[0] in _QUOTES and len(token) > 1:
            quoted = [token]
        elif quoted:
            quoted.append(token)
        else:
            out.append(token)
        if quoted and token[-1] in _QUOTES and (len(quoted) > 1 or len(token) > 2):
            words = [_fold(word) for word in quoted]
            # A long quotation is a title, not an aside: leave it to count as prose.
            if len(words) > 4 or not any(word in vocab.STOP_WORDS for word in words):
                out.extend(quoted)
            quoted = []
    out.extend(quoted)
    return out


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """Case-folded token without edge punctuation (cached: the same words recur)."""
    return token.strip(_EDGE_PUNCT).casefold()


@lru_cache(maxsize=16)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words that phrases open with: no phrase starts at any other token."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


_MARKER_HEADS = frozenset().union(*(_first_words(phrases) for phrases, _ in _MARKERS))


def _phrase_at(tokens: Sequence[str], i: int, phrases: frozenset[str]) -> int:
    """Length of the longest phrase from `phrases` starting at token i (0 when none)."""
    if i >= len(tokens) or _fold(tokens[i]) not in _first_words(phrases):
        return 0  # the common case, without joining up to five folded words
    words = [_fold(token) for token in tokens[i : i + _LONGEST_PHRASE]]
    for size in range(len(words), 0, -1):
        if " ".join(words[:size]) in phrases:
            return size
    return 0


# --- dates glued to a byline ----------------------------------------------------------------


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


# Words that open a timestamp depending on the word after them.
_AFTER_TRIGGERS = vocab.WEAK_DATE_TRIGGERS | vocab.MONTHS | vocab.WEEKDAYS


def _date_starts(tokens: Sequence[str], i: int) -> bool:
    """Whether a timestamp starts at token i ("Nov 13", "2019-11-19", "Updated", "Monday,")."""
    token = tokens[i]
    if token[0].isdigit():
        return True
    word = _fold(token)
    if word in vocab.DATE_TRIGGERS:
        return True
    if word not in _AFTER_TRIGGERS:
        return False  # most words: no need to find the next one
    after = _next_word(tokens, i)
    if word in vocab.WEAK_DATE_TRIGGERS:
        return after == ":" or _fold(after) in vocab.DATE_TRIGGERS or _has_digit(after)
    if word in vocab.MONTHS:
        return bool(after) and after[0].isdigit()
    if word in vocab.WEEKDAYS:
        return bool(after) and (after[0].isdigit() or _fold(after) in vocab.MONTHS)
    return False


def _next_word(tokens: Sequence[str], i: int) -> str:
    """The token after i, skipping one comma ("Monday, 3 May" -> "3")."""
    j = i + 1
    if j < len(tokens) and tokens[j] == ",":
        j += 1
    return tokens[j] if j < len(tokens) else ""


def _cut_date_tail(tokens: list[str]) -> list[str]:
    """Drop a timestamp (and anything after it) glued after the names."""
    for i in range(1, len(tokens)):
        if _date_starts(tokens, i):
            end = i
            while end > 0 and _fold(tokens[end - 1]) in _DATE_LEAD_INS:
                end -= 1
            return tokens[:end]
    return tokens


def _cut_label_tail(tokens: list[str]) -> list[str]:
    """Drop a "Topic: ..." or "Tags: ..." label and what follows it."""
    for i in range(2, len(tokens)):
        if tokens[i] == ":" and _phrase_at(tokens, i - 1, _ALL_PREFIXES) == 0:
            return tokens[: i - 1]
    return tokens


def _skip_leading_date(tokens: list[str]) -> list[str]:
    """Drop a timestamp before the byline ("May 3, 2024 | by Jane Doe")."""
    i, in_date = 0, False
    while i < len(tokens):
        token = tokens[i]
        if _date_starts(tokens, i):
            in_date = True
        elif not (in_date and (_fold(token) in _IN_DATE_WORDS or token in _SEPARATORS)):
            break  # "Publicado el 12 de marzo de 2024 por …": month names inside the date too
        i += 1
    return tokens[i:] if in_date and i < len(tokens) else tokens


# --- prefixes -----------------------------------------------------------------------------


def _strip_prefixes(tokens: list[str]) -> tuple[list[str], bool, bool]:
    """Remove leading "By", "Von", "Written by:"; report a prefix and an outlet marker ("do")."""
    i, prefixed = 0, False
    while i < len(tokens):
        size = _phrase_at(tokens, i, _ALL_PREFIXES)
        if size == 0 or not _prefix_counts(tokens, i, size):
            break
        i += size
        prefixed = True
        while i < len(tokens) and tokens[i] == ":":
            i += 1
    org_prefix = _phrase_at(tokens, i, _ORG_PREFIXES)
    rest = tokens[i + org_prefix :]
    if org_prefix and rest and tokens[i][0].islower() and not rest[0][0].islower():
        return rest, prefixed, True
    return tokens[i:], prefixed, False


def _prefix_counts(tokens: Sequence[str], i: int, size: int) -> bool:
    """Whether the prefix at i really opens a byline (ambiguous words need a colon or names)."""
    after = tokens[i + size] if i + size < len(tokens) else ""
    if after == ":":
        return True
    if not after or after[0].isdigit():
        return False  # "by 2025 the company ..." is prose
    if _fold(" ".join(tokens[i : i + size])) not in vocab.AMBIGUOUS_PREFIXES:
        return True
    return len(tokens) - i - size >= 2 and after[0].isupper()


# --- segments and pieces ------------------------------------------------------------------


def _pieces(tokens: list[str], first_kind: str, *, prefixed: bool) -> list[_Piece]:
    """Split tokens at separators, markers ("for", "edited by") and conjunctions."""
    pieces: list[_Piece] = [_Piece([], first_kind)]
    segment, i = 0, 0
    while i < len(tokens):
        current = pieces[-1]
        kind, size = _marker_at(tokens, i, prefixed=prefixed)
        if size:
            segment += 1
            pieces.append(_Piece([], kind, segment, after_glue=tokens[i] == _GLUE))
            i += size
            continue
        if _fold(tokens[i]) in _CONJUNCTIONS and _splits_here(tokens, i, current):
            pieces.append(_Piece([], current.kind, segment, after_conj=True))
        else:
            current.tokens.append(tokens[i])
        i += 1
    return [piece for piece in pieces if piece.tokens]


def _marker_at(tokens: Sequence[str], i: int, *, prefixed: bool) -> tuple[str, int]:
    """The kind of piece a separator or marker at i opens, and its length in tokens."""
    if tokens[i] in _SEPARATORS:
        return "normal", 1
    if _fold(tokens[i]) not in _MARKER_HEADS:
        return "", 0  # no marker phrase opens with this word: the common case, one look-up
    for phrases, kind in _MARKERS:
        size = _phrase_at(tokens, i, phrases)
        # One-word markers other than "for" count in lower case only, and "with" only
        # after a "By": "Late Show with Jo Doe" is a title, "By Ed Roe with Jo Doe" a byline.
        one_word_ok = kind == "org" or (tokens[i][0].islower() and (prefixed or kind != "normal"))
        if size and (size > 1 or one_word_ok):
            return kind, size
    return "", 0


def _splits_here(tokens: Sequence[str], i: int, current: _Piece) -> bool:
    """Whether a conjunction at i joins two names (not inside "The Bill & Jo Fund")."""
    word = tokens[i]
    # Capitalised "Dan", "E", "I" are names and initials; only "AND", "UND" shout.
    if not word.islower() and word != "&" and word not in vocab.CONJUNCTIONS_IN_CAPS:
        return False
    if current.kind == "org" or (current.tokens and current.tokens[0] in vocab.ARTICLES):
        return False
    return i + 1 < len(tokens)


# --- what each piece is -------------------------------------------------------------------


def _analyse(text: str, *, judging: bool = False) -> _Analysis:
    """Tokenise, cut prefixes and dates, split into pieces and classify each piece.

    `judging`: stop once the verdict is sure to be no (`_refused`): all `looks_like_byline`
    needs to know.
    """
    tokens = _skip_leading_date(_tokens(text))
    tokens, prefixed, org_first = _strip_prefixes(tokens)
    if tokens and _fold(tokens[0]) in vocab.DATE_TRIGGERS:
        tokens = []  # a timestamp line ("Updated: 3 May"), not a byline
    undated = _cut_date_tail(tokens)
    kept = _cut_label_tail(undated)
    found = _Analysis(prefixed=prefixed, junk=_prose_words(tokens[len(kept) :]))
    found.dated = _only_a_date(tokens[len(undated) :])
    found.weak += len(kept) < len(undated)  # a "Topic:" label: fine after a "By" only
    if judging and _refused(found):
        return found
    pieces = _pieces(kept, "org" if org_first else "normal", prefixed=prefixed)
    if len(undated) < len(tokens):
        _mark_dateline_place(pieces)
    for piece in pieces:
        _add_piece(piece, found)
        if judging and _refused(found):
            return found
    found.authors = list(dict.fromkeys(found.authors))
    found.organizations = list(dict.fromkeys(found.organizations))
    return found


def _refused(found: _Analysis) -> bool:
    """Whether `_verdict` says no whatever later pieces add (junk, weak and authors only grow;
    the first kind, once set, stays)."""
    if found.junk > 0 or found.first not in ("", _PERSON, _ORG):
        return True
    if found.prefixed:
        return False
    return found.weak > 0 or (found.first == _ORG and (bool(found.authors) or not found.dated))


def _mark_dateline_place(pieces: list[_Piece]) -> None:
    """In "Jane Roe | Palma de Mallorca | 08/01/2014" the part before the date is a place."""
    if len(pieces) < 2:
        return
    last = pieces[-1]
    if last.segment >= 1 and not last.after_conj and last.kind == "normal":
        tokens = _trim(last.tokens)
        # A place name holds a lower-case particle between capitalised words ("Rio de Janeiro").
        inner = tokens[1:-1]
        if inner and any(token.islower() for token in inner) and tokens[-1][:1].isupper():
            last.kind = "skip"


def _add_piece(piece: _Piece, found: _Analysis) -> None:
    """Classify one piece and record it as author, organisation, role or junk."""
    tokens = _trim(piece.tokens)
    if piece.kind == "skip" or not tokens or _all_in(tokens, vocab.CREDENTIALS):
        return
    if _all_in(tokens, vocab.NAME_SUFFIXES) and found.authors:
        found.authors[-1] += " " + " ".join(tokens)
        return
    tokens, role = _peel_role(tokens)
    if role:
        found.roles.append(role)
    if not tokens:
        found.first = found.first or "role"
        return
    later = bool(found.authors) and not piece.after_conj
    if (
        found.organizations
        and not found.authors
        and len(tokens) == 1
        and piece.segment
        and not _org_evident(tokens)
    ):
        return  # "EFE | Madrid | 14/02/2024": a place after the agency, not a person
    if later and piece.after_glue and len(tokens) == 1 and not _org_evident(tokens):
        return  # a place or a label glued after the name ("LópezMadrid"), not an outlet
    head, tail = _split_trailing_org(tokens) if piece.kind == "normal" else (tokens, [])
    # After a mixed-case name, a short capitals-only piece is an outlet ("Jane Doe, XYZ NOW").
    shouting = later and found.mixed_case and _all_caps(head) and len(head) <= 3
    forced = piece.kind == "org" or (role and later) or shouting
    kind = _ORG if forced else _kind(head, later=later)
    found.first = found.first or kind
    if kind == _PERSON:
        found.authors.append(_person(head))
        found.mixed_case = found.mixed_case or not _all_caps(head)
        found.weak += bool(role) + bool(tail)
    elif kind == _ORG and _org_shaped(head):
        found.organizations.append(_org(head))
        found.weak += not _org_evident(head)
    else:
        found.junk += 1
    if tail:
        found.organizations.append(_org(tail))


def _trim(tokens: list[str]) -> list[str]:
    """Drop stray punctuation tokens and leading honorifics ("Dr.")."""
    kept = [token for token in tokens if any(ch.isalnum() for ch in token)]
    while len(kept) > 2 and _fold(kept[0]) in vocab.HONORIFICS:
        kept = kept[1:]
    # Degrees glued after the name without a comma ("Jane Doe MD").
    while len(kept) > 2 and _is_credential(kept[-1]):
        kept = kept[:-1]
    return kept


def _is_credential(token: str) -> bool:
    """A degree written as degrees are ("MD", "PhD", "M.S."), not a name ("Do")."""
    word = _fold(token)
    shaped = "." in token or not token[1:].islower()
    return word in vocab.CREDENTIALS and shaped and word not in vocab.NAME_SUFFIXES


def _all_in(tokens: Sequence[str], words: frozenset[str]) -> bool:
    return all(_fold(token) in words for token in tokens)


def _is_role_head(token: str) -> bool:
    word = _fold(token)
    # "editor-at-large", and "SPIEGEL-Autorin": an outlet's name joined to the title
    return (
        word in vocab.ROLE_HEADS
        or word.split("-", 1)[0] in vocab.ROLE_HEADS
        or ("-" in word and word.rsplit("-", 1)[1] in vocab.ROLE_HEADS)
    )


def _peel_role(tokens: list[str]) -> tuple[list[str], str]:
    """Split a job title off the end ("Jane Doe, Staff Writer") or the start of a piece."""
    if _is_role_head(tokens[-1]):
        start = len(tokens) - 1
        while start > 0 and _fold(tokens[start - 1]) in vocab.ROLE_MODIFIERS:
            start -= 1
        if _all_in(tokens[:start], vocab.DESK_WORDS):
            start = 0  # "Business Columnist": the beat belongs to the role
        # "Jane Doe Business Columnist": a beat between a full name and the title.
        while start > 2 and _fold(tokens[start - 1]) in vocab.DESK_WORDS:
            start -= 1
        return tokens[:start], " ".join(tokens[start:])
    j = 0
    while j < len(tokens) and _fold(tokens[j]) in vocab.ROLE_MODIFIERS:
        j += 1
    if j + 1 < len(tokens) and _is_role_head(tokens[j]) and tokens[j + 1][0].isupper():
        return tokens[j + 1 :], " ".join(tokens[: j + 1])
    return tokens, ""


def _is_acronym(token: str) -> bool:
    """An all-caps outlet abbreviation ("AP", "CNN"), not an initial or a degree."""
    word = token.strip(_EDGE_PUNCT)
    return (
        len(word) >= 2
        and word.isupper()
        and word.isalpha()
        and _fold(word) not in vocab.CREDENTIALS
        and _fold(word) not in vocab.NAME_SUFFIXES
    )


def _all_caps(tokens: Sequence[str]) -> bool:
    """Whether capitals dominate ("NEIL MacDOE" counts, "CNN Business" does not)."""
    return _capitals_dominate(*_case_counts("".join(tokens)))


def _case_counts(text: str) -> tuple[int, int]:
    """Letters and capital letters in a text."""
    letters = list(filter(str.isalpha, text))
    return len(letters), sum(map(str.isupper, letters))


def _capitals_dominate(letters: int, upper: int) -> bool:
    return letters > 0 and upper > letters - upper


def _split_trailing_org(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split an outlet glued after a name: "Jane Doe Reuters", "JANE DOE Associated Press"."""
    if len(tokens) > 2 and tokens[-1].endswith(")"):
        # "Jane Doe (Reuters)": a closing parenthesised group names the outlet.
        opening = [k for k in range(2, len(tokens)) if tokens[k].startswith("(")]
        if opening:
            inner = [t.strip("()") for t in tokens[opening[-1] :]]
            return tokens[: opening[-1]], [t for t in inner if t]
    counts = [_case_counts(token) for token in tokens]
    letters, upper = sum(c[0] for c in counts), sum(c[1] for c in counts)
    head_letters, head_upper = sum(c[0] for c in counts[:2]), sum(c[1] for c in counts[:2])
    for k in range(2, len(tokens)):
        head, token = tokens[:k], tokens[k]
        # Running counts instead of `_all_caps(head)` and `_all_caps(tokens[k:])` per k.
        caps_head = _capitals_dominate(head_letters, head_upper)
        tail_caps = _capitals_dominate(letters - head_letters, upper - head_upper)
        head_letters, head_upper = head_letters + counts[k][0], head_upper + counts[k][1]
        if caps_head and not tail_caps and _is_org(tokens[k:]):
            return head, tokens[k:]
        agency = _fold(token) in vocab.KNOWN_AGENCIES and token[0].isupper()
        if not caps_head and (agency or _is_acronym(token)) and _person_shaped(head):
            return head, tokens[k:]
    return tokens, []


def _is_org(tokens: Sequence[str]) -> bool:
    """Whether a multi-word piece names an organisation by the general rules."""
    if len(tokens) > 1 and tokens[0] in vocab.ARTICLES:
        return True
    if any(_fold(token) in vocab.ORG_WORDS for token in tokens):
        return True
    if any(_DOMAIN.fullmatch(token.strip(",;:()")) for token in tokens):
        return True
    return not _all_caps(tokens) and any(_is_acronym(token) for token in tokens)


def _org_shaped(tokens: Sequence[str]) -> bool:
    """Whether tokens read as a name of an outlet, not a clause ("the company expects")."""
    for token in tokens:
        word = _fold(token)
        if any(ch in "!?$%€£" for ch in token) or not any(ch.isalpha() for ch in token):
            return False
        if word in vocab.KNOWN_AGENCIES or word in vocab.ORG_WORDS or _DOMAIN.fullmatch(word):
            continue
        if token[0].islower() and word not in vocab.ORG_CONNECTORS:
            return False
    return True


def _org_evident(tokens: Sequence[str]) -> bool:
    """Whether an organisation shows it is one (agency, acronym, outlet word)."""
    first = tokens[0]
    if _fold(first) in vocab.STOP_WORDS and first not in vocab.ARTICLES:
        return False
    if any(_fold(t) in vocab.FUNCTION_WORDS - vocab.ORG_CONNECTORS for t in tokens):
        return False
    if len(tokens) > 1:
        return _is_org(tokens)
    word = tokens[0]
    if _is_acronym(word):
        return len(word) <= 5 or _fold(word) in vocab.KNOWN_AGENCIES
    signs = (_fold(word) in vocab.KNOWN_AGENCIES, _fold(word) in vocab.ORG_WORDS, _has_digit(word))
    return any(signs) or _is_camel(word) or bool(_DOMAIN.fullmatch(word))


def _only_a_date(tokens: Sequence[str]) -> bool:
    """Whether a cut-off tail is a timestamp and nothing else ("Nov 3, 2024, 8:15 pm EST")."""
    strong = False
    words = [_fold(token) for token in tokens]
    for i, (token, word) in enumerate(zip(tokens, words, strict=True)):
        day_next = any(_DAY.fullmatch(w) for w in words[max(0, i - 1) : i + 2])
        dated = _NUMERIC_DATE.match(word) or word in _RELATIVE_WORDS
        if dated or (word in vocab.MONTHS and day_next):
            strong = True
        elif not (word.isdigit() or word in _DATE_WORDS or token in _SEPARATORS or not word):
            return False
    return strong


def _prose_words(tokens: Sequence[str]) -> int:
    """Ordinary lower-case words and long numbers in a cut-off tail (dates have neither)."""
    numbers = words = 0
    for token in tokens:
        word = _fold(token)
        if word.isdigit() and len(word) > 4:
            numbers += 1  # a postcode or phone number, not a date
        elif word.isalpha() and token[0].islower() and word not in _DATE_WORDS:
            words += 1
    return numbers + max(0, words - 2)


def _kind(tokens: list[str], *, later: bool) -> str:
    """Person, organisation or junk for a piece that no marker decided."""
    if len(tokens) == 1:
        return _single_kind(tokens[0], later=later)
    if _is_org(tokens):
        return _ORG
    return _PERSON if _person_shaped(tokens) else _JUNK


def _single_kind(token: str, *, later: bool) -> str:
    """One word alone: an outlet unless it reads as a (rare) one-word person name."""
    word = _fold(token)
    if word in vocab.KNOWN_AGENCIES or word in vocab.ORG_WORDS or _is_acronym(token):
        return _ORG
    if not any(ch.isalpha() for ch in token):
        return _JUNK
    if _has_digit(token) or _DOMAIN.fullmatch(token) or _is_camel(token):
        return _ORG
    if word in vocab.STOP_WORDS or not token[0].isalpha() or token[0].islower():
        return _JUNK
    if token[:2] in ("L'", "L’") and token[2:3].isupper():
        return _ORG  # "L'Express": an elided article opens an outlet's name
    return _ORG if later else _PERSON


def _is_camel(token: str) -> bool:
    """An internal capital after three lower-case letters ("ExampleInsider", not "McDoe")."""
    run = 0
    for ch in token:
        if ch.isupper() and run >= 3:
            return True
        run = run + 1 if ch.islower() else 0
    return False


# --- names --------------------------------------------------------------------------------


_EDGE_PUNCT_BUT_STOP = _EDGE_PUNCT.replace(".", "")


def _is_initials(word: str) -> bool:
    """ "J.", "J.R.", "J.-P.": initials hold a stop, so a plain test turns most words away."""
    return "." in word and _INITIALS.fullmatch(word) is not None


def _word_shape(token: str, *, first: bool, caps_ok: bool) -> str:
    """ "name", "initial", "particle", "suffix", "caseless" or "" for one token of a name."""
    word = token.strip(_EDGE_PUNCT_BUT_STOP)
    if not word:
        return ""
    folded = word.casefold()
    if _is_initials(word) or (len(word) == 1 and word.isupper()):
        return "initial"
    if folded.rstrip(".") in vocab.NAME_SUFFIXES and not first:
        return "suffix"
    if folded in vocab.PARTICLES and not first:
        return "particle"
    letters = [ch for ch in word if ch.isalpha()]
    if not letters or any(ch.isdigit() for ch in word):
        return ""
    if not any(ch.isupper() or ch.islower() for ch in letters):
        return "caseless"
    if letters[0].isupper() and (caps_ok or any(ch.islower() for ch in letters)):
        return "name"
    return ""


def _person_shaped(tokens: Sequence[str]) -> bool:
    """Whether tokens read as one person's name (lenient: used inside a byline)."""
    if not 1 <= len(tokens) <= 6 or _fold(tokens[0]) in vocab.STOP_WORDS:
        return False
    shapes = [_word_shape(t, first=i == 0, caps_ok=True) for i, t in enumerate(tokens)]
    if not all(shapes):
        return False
    return not all(_fold(token) in vocab.STOP_WORDS for token in tokens)


def _name_shaped(text: str) -> bool:
    """Whether text is 2-4 capitalised name words with initials and particles (strict)."""
    tokens = [t for t in text.split() if t[0] not in _QUOTES]
    if not 2 <= len(tokens) <= 6:
        return False
    caps_ok = _all_caps(tokens)
    shapes: list[str] = []
    for i, token in enumerate(tokens):
        shape = _word_shape(token, first=i == 0, caps_ok=caps_ok)
        if not shape or shape == "caseless":
            return False  # the first word that is no part of a name settles it
        shapes.append(shape)
    names = shapes.count("name")
    if any(_is_camel(token) or _CAPS_THEN_LOWER.search(token) for token in tokens):
        return False  # "ExampleSoft", "XYNet": brands, not names
    if not 1 <= names <= 4:
        return False
    if names == 1 and "initial" not in shapes:
        return False
    words = [_fold(t) for t, shape in zip(tokens, shapes, strict=True) if shape == "name"]
    return not any(word in _NOT_NAME_WORDS for word in words)


def _person(tokens: list[str]) -> str:
    """The author as written, ALL-CAPS recased, trailing punctuation dropped."""
    name = " ".join(tokens).strip(" ,;:|-")
    last = tokens[-1]
    if name.endswith(".") and _word_shape(last, first=False, caps_ok=True) not in (
        "initial",
        "suffix",
    ):
        name = name.rstrip(".")
    letters = [ch for ch in name if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if letters and upper > len(letters) - upper:
        name = " ".join(_recase(word, first=i == 0) for i, word in enumerate(name.split()))
    return name


def _recase(word: str, *, first: bool) -> str:
    """Title-case one ALL-CAPS name word, keeping initials, particles, Mc/O' and hyphens."""
    if _is_initials(word) or (_fold(word) in vocab.NAME_SUFFIXES - {"v"} and not first):
        return word
    if not first and _fold(word) in vocab.PARTICLES:
        return word.lower()
    return regex.sub(r"[^\W\d_]++", _recase_part, word)


def _recase_part(match: regex.Match[str]) -> str:
    """Capitalise one letter run; keep a capital written after a lower-case letter (MacX)."""
    part = match.group()
    out = [part[0].upper()]
    for prev, ch in itertools.pairwise(part):
        out.append(ch if ch.isupper() and prev.islower() else ch.lower())
    if len(part) > 2 and part[:2].casefold() == "mc":
        out[2] = out[2].upper()
    return "".join(out)


def _org(tokens: list[str]) -> str:
    """The organisation as written, without edge separators or a lower-case "the"."""
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens).strip(" ,;:|-–—")
