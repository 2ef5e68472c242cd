"""Read printed news timestamps: absolute dates, clocks, zones and relative forms.

A table-driven tokeniser and small grammar (no dateutil guessing, no machine time zone):
parts that the text does not give stay unknown, so a missing year gives `iso=None` unless
`now` is passed. It does not read calendars other than the Gregorian one, nor date ranges.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

import regex

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from dateutil.relativedelta import relativedelta

from newsparse.model import Timestamp
from newsparse.vocab import dates as vocab

__all__ = ["is_timestamp_line", "parse_timestamp", "search_timestamps", "timestamp_line_facts"]

V = TypeVar("V")
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
# One token: a digit run, one CJK character, a word (split at "ESTUpdated"-style case
# changes so glued labels come apart), or one other non-space character.
_TOKEN = regex.compile(
    rf"(?P<num>\d+)|(?P<cjk>[{_CJK}])"
    rf"|(?P<word>\p{{Lu}}+(?=\p{{Lu}}\p{{Ll}})"
    rf"|\p{{Lu}}*[[\p{{Ll}}\p{{Lo}}\p{{Lm}}\p{{Lt}}\p{{M}}]--[{_CJK}]]+(?:['’′‵\-][[\p{{L}}\p{{M}}]--[{_CJK}]]+)*"
    rf"|[[\p{{L}}\p{{M}}]--[{_CJK}]]+(?:['’′‵\-][[\p{{L}}\p{{M}}]--[{_CJK}]]+)*)"
    r"|(?P<punct>\S)",
    regex.V1,
)
_APOSTROPHES = str.maketrans("’′‵ʻ`´", "''''''")
_SPACES = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_FOREIGN_DIGITS = regex.compile(r"[^\P{Nd}0-9]")
_FULLWIDTH = regex.compile(r"[\uff01-\uff5e]")
_SEPARATORS = frozenset("/.-")
_BREAKS = frozenset('!?;"“”«»')
_SIGNS = {"+": 1, "-": -1, "−": -1}
_ENGLISH = frozenset(vocab.ENGLISH_HINTS)
_PHRASE_LEN = 4
_MAX_GROUPS = 4
_MAX_TEXT = 1000  # parse_timestamp reads a timestamp string, not a document
_MAX_ITEMS = 12


def _table(groups: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Name -> 1-based position, from per-language `"a|b"` tuples (first language wins)."""
    out: dict[str, int] = {}
    for names in groups.values():
        for index, spellings in enumerate(names, 1):
            for name in spellings.split("|"):
                if name:
                    out.setdefault(name.translate(_APOSTROPHES), index)
    return out


_MONTHS = {**_table(vocab.MONTHS), **vocab.MONTH_OVERRIDES}
_WEEKDAYS = {name: index - 1 for name, index in _table(vocab.WEEKDAYS).items()}
_AMPM = {**dict.fromkeys(vocab.AM_WORDS, "am"), **dict.fromkeys(vocab.PM_WORDS, "pm")}
_ZONES: dict[str, tzinfo | str] = {
    **{k: timezone(timedelta(minutes=v)) for k, v in vocab.ZONE_OFFSETS.items()},
    **vocab.ZONE_NAMES,
}
_SHOUTED_MONTHS = {k: v for k, v in _MONTHS.items() if len(k) >= 3 and " " not in k}
_VOCAB_WORDS = frozenset(
    word
    for table in (
        _MONTHS,
        _WEEKDAYS,
        _AMPM,
        _ZONES,
        vocab.LABELS,
        vocab.RELATIVE_DAYS,
        vocab.NOW_WORDS,
        vocab.AGO_WORDS,
        vocab.AHEAD_WORDS,
        vocab.GLUE_WORDS,
        vocab.NUMBER_WORDS,
        vocab.ORDINAL_SUFFIXES,
        vocab.LAST_WORDS,
    )
    for key in table
    for word in key.split()
)
_STEM_LENGTHS = sorted({len(stem) for stem in vocab.UNIT_STEMS}, reverse=True)


class _Tok(NamedTuple):
    """One token: lower-cased text, character span, kind, and whether space precedes it."""

    text: str
    start: int
    end: int
    kind: str
    gap: bool


class _Item:
    """A recognised piece of a timestamp inside one run of date-like tokens."""

    # A plain class, like the other mutable records: a dataclass costs 0.5 ms of start-up.
    __slots__ = ("digits", "end", "kind", "start", "stop", "sure", "text", "values", "zone")

    def __init__(  # noqa: PLR0913, PLR0917 - a record's fields
        self,
        kind: str,  # num month wday time dtime ampm zone ndate cjk
        start: int,
        end: int,
        values: tuple[int, ...] = (),
        zone: tzinfo | str | None = None,
        digits: int = 0,
        sure: bool = False,  # dtime: an hour word or clock word confirms it
        text: str = "",  # ndate: its separator; time: "h" for the French "16h42" style
        stop: int = 0,  # token index after the item
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.values = values
        self.zone = zone
        self.digits = digits
        self.sure = sure
        self.text = text
        self.stop = stop


class _Found:
    """A timestamp read from the text, before it is turned into ISO."""

    __slots__ = (
        "ambiguous",
        "clock",
        "day_only",
        "end",
        "kind",
        "moment",
        "relative",
        "start",
        "stop",
        "weak",
        "weekday",
        "ymd",
        "zone",
    )

    def __init__(  # noqa: PLR0913 - a record's fields
        self,
        start: int,
        end: int,
        *,
        ymd: tuple[int | None, int, int] | None = None,
        clock: tuple[int, int, int] | None = None,
        zone: tzinfo | str | None = None,
        weekday: int | None = None,
        moment: datetime | None = None,  # relative forms resolved against `now`
        day_only: bool = False,
        relative: bool = False,
        ambiguous: bool = False,
        weak: bool = False,  # only a weekday or a clock: needs the whole text to be this
        kind: str = "unknown",
        stop: int = 0,  # token index after the timestamp
    ) -> None:
        self.start = start
        self.end = end
        self.ymd = ymd
        self.clock = clock
        self.zone = zone
        self.weekday = weekday
        self.moment = moment
        self.day_only = day_only
        self.relative = relative
        self.ambiguous = ambiguous
        self.weak = weak
        self.kind = kind
        self.stop = stop


def _normalise(text: str) -> str:
    """Same-length copy with ASCII digits, ASCII full-width forms and no zero-width marks."""
    if text.isascii():
        return text  # every character the substitutions replace is outside ASCII
    text = _SPACES.sub(" ", text)
    text = _FULLWIDTH.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)
    return _FOREIGN_DIGITS.sub(lambda m: str(unicodedata.digit(m.group(), 0)), text)


@lru_cache(maxsize=64)
def _tokenise(text: str) -> tuple[_Tok, ...]:
    """Split into tokens; a year glued to a clock ("20194:29") is split in two.

    Cached: a line is often read twice in a row (as a timestamp line, then for its dates).
    """
    toks: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(_normalise(text)):
        kind = m.lastgroup or "punct"
        raw, start, end = m.group(), m.start(), m.end()
        gap = start > last
        last = end
        if kind == "num":
            if len(raw) in (5, 6) and raw[:2] in ("19", "20") and text[end : end + 1] == ":":
                toks.append(_Tok(raw[:4], start, start + 4, kind, gap))
                raw, start, gap = raw[4:], start + 4, False
            toks.append(_Tok(raw, start, end, kind, gap))
            continue
        low = raw.lower()
        toks.append(
            _Tok(low if low.isascii() else low.translate(_APOSTROPHES), start, end, kind, gap)
        )
    return tuple(toks)


class _Lex(Generic[V]):
    """A word table and the first token of each key, for cheap longest-phrase look-ups."""

    __slots__ = ("first", "table")

    def __init__(self, table: Mapping[str, V]) -> None:
        self.table = {_straight(key): value for key, value in table.items()}
        self.first = frozenset(
            first for key in self.table if (first := _first_token(key)) is not None
        )


# A key that opens with a plain lower-case word: its first token is that word, no tokeniser
# needed (most of the ~1,800 table keys; this keeps import time down).
_LEADING_WORD = regex.compile(r"[\p{Ll}--[\uff01-\uff5e]]+(?= |$)", regex.V1)


def _straight(key: str) -> str:
    """The key with straight apostrophes (most keys are plain ASCII words: no copy)."""
    return key if key.isalpha() and key.isascii() else key.translate(_APOSTROPHES)


def _first_token(key: str) -> str | None:
    """The text of the first token of a table key, as `_tokenise` would give it."""
    head = key.partition(" ")[0]
    if head.isalpha() and head.islower() and (head.isascii() or not _FULLWIDTH.search(head)):
        return head  # a plain lower-case word is a token of its own (full-width ones fold)
    match = _LEADING_WORD.match(key)
    if match is None:
        toks = _tokenise(key)
        return toks[0].text if toks else None
    low = match.group().lower()
    return low if low.isascii() else low.translate(_APOSTROPHES)


def _lex_set(words: frozenset[str]) -> _Lex[str]:
    """A `_Lex` for a plain set of words."""
    return _Lex({word: word for word in words})


_MONTHS_LEX = _Lex(_MONTHS)
_WEEKDAYS_LEX = _Lex(_WEEKDAYS)
_AMPM_LEX = _Lex(_AMPM)
_ZONES_LEX = _Lex(_ZONES)
_LABELS = _Lex(vocab.LABELS)
_RELATIVE_DAYS = _Lex(vocab.RELATIVE_DAYS)
_UNITS = _Lex(vocab.UNIT_EXACT)
_NUMBERS = _Lex(vocab.NUMBER_WORDS)
_NOW = _lex_set(vocab.NOW_WORDS)
_AGO = _lex_set(vocab.AGO_WORDS)
_AHEAD = _lex_set(vocab.AHEAD_WORDS)
_AHEAD_AFTER = _lex_set(vocab.AHEAD_AFTER_WORDS)
_LAST = _lex_set(vocab.LAST_WORDS)
_GLUE = _lex_set(vocab.GLUE_WORDS)
_HOUR = _lex_set(vocab.HOUR_WORDS)
_FILLERS = _lex_set(vocab.DURATION_FILLERS)
_STEM_HEADS = frozenset(stem[:3] for stem in vocab.UNIT_STEMS if len(stem) >= 3)
# Words a relative form can open with (a unit by its stem aside): `relative` tries no other.
_RELATIVE_FIRST = frozenset().union(
    *(lex.first for lex in (_RELATIVE_DAYS, _AHEAD, _AGO, _FILLERS, _NUMBERS, _UNITS, _LAST, _NOW))
)
# Words `wordy` reads as more than the end of a run (a month by its prefix or in capitals aside).
_WORDY_FIRST = frozenset().union(
    *(lex.first for lex in (_MONTHS_LEX, _WEEKDAYS_LEX, _AMPM_LEX, _ZONES_LEX, _GLUE, _HOUR)),
    vocab.MONTH_MARKERS,
    vocab.ORDINAL_SUFFIXES,
    {"t"},
)
# Tokens that can start a timestamp; any other word is skipped at once.
_ANCHORS = frozenset().union(
    *(
        lex.first
        for lex in (
            _MONTHS_LEX,
            _WEEKDAYS_LEX,
            _LABELS,
            _RELATIVE_DAYS,
            _UNITS,
            _NUMBERS,
            _NOW,
            _AGO,
            _AHEAD,
            _LAST,
        )
    ),
    vocab.MONTH_MARKERS,
)


class _Reader:
    """Finds timestamps in one text; `loose` also accepts forms that need the whole text."""

    def __init__(self, text: str, now: datetime | None) -> None:
        self.text = text
        self.toks = _tokenise(text)
        self.now = now
        self._known: bool | None = None
        self._english: bool | None = None

    # -- lexicon look-ups ------------------------------------------------------------

    def phrase(self, i: int, lex: _Lex[V]) -> tuple[V, int] | None:
        """Longest table key spelled by tokens from i: (value, index after it)."""
        toks = self.toks
        if i >= len(toks) or toks[i].text not in lex.first:
            return None  # the cheap test that keeps long lines fast
        key, best = "", None
        for j in range(i, min(i + _PHRASE_LEN, len(toks))):
            tok = toks[j]
            if tok.kind == "num":
                break
            key += (" " if j > i and tok.gap else "") + tok.text
            value = lex.table.get(key)
            if value is not None:
                best = (value, j + 1)
        return best

    def month(self, i: int) -> tuple[int, int] | None:
        """Month number at token i; two names of one month count as one ("آب/اغسطس")."""
        hit = self._month_name(i)
        if hit is not None and self.is_text(hit[1], "/") and hit[1] + 1 < len(self.toks):
            other = self._month_name(hit[1] + 1)
            if other is not None and other[0] == hit[0]:
                return other
        return hit

    def _month_name(self, i: int) -> tuple[int, int] | None:
        """Month number at token i, also after a glued script prefix ("เดือนตุลาคม")."""
        hit = self.phrase(i, _MONTHS_LEX)
        if hit is not None:
            return hit
        word = self.toks[i].text
        for prefix in vocab.MONTH_PREFIXES:
            if word.startswith(prefix) and word[len(prefix) :] in _MONTHS:
                return _MONTHS[word[len(prefix) :]], i + 1
        return None

    def unit(self, i: int) -> tuple[str, int] | None:
        """Relative unit at token i ("hours", "Stunden", "小时"), by spelling or by stem."""
        if i >= len(self.toks) or self.toks[i].kind == "num":
            return None
        hit = self.phrase(i, _UNITS)
        if hit is not None:
            return str(hit[0]), hit[1]
        word = self.toks[i].text
        if word[:3] not in _STEM_HEADS:
            return None
        for length in _STEM_LENGTHS:
            if length <= len(word) and length >= 3 and word[:length] in vocab.UNIT_STEMS:
                return vocab.UNIT_STEMS[word[:length]], i + 1
        return None

    def key(self, i: int, j: int) -> str:
        """The lookup key spelled by tokens i..j-1 (as `phrase` builds it)."""
        toks = self.toks
        return "".join((" " if k > i and toks[k].gap else "") + toks[k].text for k in range(i, j))

    def is_text(self, i: int, chars: frozenset[str] | str) -> bool:
        """Whether token i exists and is one of `chars` (a set of exact texts)."""
        return i < len(self.toks) and self.toks[i].text in chars

    def joined(self, i: int) -> bool:
        """Whether token i exists and follows the previous token without a space."""
        return i < len(self.toks) and not self.toks[i].gap

    def number(self, i: int, max_digits: int = 4) -> int | None:
        """Value of token i when it is a digit run of at most `max_digits` digits."""
        toks = self.toks
        if i < len(toks) and toks[i].kind == "num" and len(toks[i].text) <= max_digits:
            return int(self.toks[i].text)
        return None

    def all_words_known(self) -> bool:
        """Whether every word in the text is in some date table (so partial forms may stand)."""
        if self._known is None:
            self._known = all(
                self._known_word(i) for i, t in enumerate(self.toks) if t.kind == "word"
            )
        return self._known

    def _known_word(self, i: int) -> bool:
        return self.toks[i].text in _VOCAB_WORDS or self.unit(i) is not None

    # -- absolute forms: one run of date-like tokens -----------------------------------

    def cluster(self, i: int) -> tuple[list[_Item], int]:
        """Items of the run of date-like tokens from i, and the token index after the run."""
        items: list[_Item] = []
        limit = min(len(self.toks), i + _MAX_ITEMS * 3)
        seen: set[str] = set()
        while i < limit and len(items) < _MAX_ITEMS:
            step = self.item(i, items)
            if step is None:
                break
            item, j = step
            if item is not None:
                if _starts_another(item, items, seen):
                    break
                items.append(item)
                seen.add(_ROLE.get(item.kind, item.kind))
            i = j
        return items, i

    def item(self, i: int, items: list[_Item]) -> tuple[_Item | None, int] | None:
        """The item at token i: (item or None for glue, next index), or None to end the run."""
        tok = self.toks[i]
        if tok.kind == "num":
            return self.numeric(i, items)
        if tok.kind == "punct" or (tok.kind == "cjk" and tok.text not in _MONTHS):
            if tok.text in _SIGNS and self.offset(i, items):
                return None, i + 2 if self.number(i + 1) is not None else i + 1
            return None if tok.text in _BREAKS else (None, i + 1)
        return self.wordy(i, items) if self.may_be_wordy(i) else None

    def numeric(self, i: int, items: list[_Item]) -> tuple[_Item, int]:
        """A numeric date, CJK date, clock, or a loose number at token i."""
        nxt = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
        for reader in _NUMERIC_READERS.get(nxt, _CJK_READERS if nxt in _CJK_MARKS else ()):
            hit = reader(self, i)
            if hit is not None:
                return hit
        tok = self.toks[i]
        value = int(tok.text) if len(tok.text) <= 9 else -1
        if self.military(i, items):
            return _Item(
                "time", tok.start, tok.end, (value // 100, value % 100, 0), stop=i + 1
            ), i + 1
        hour = 0 <= value <= 24 and (
            self.phrase(i + 1, _AMPM_LEX) or self.is_text(i + 1, vocab.HOUR_WORDS)
        )
        if hour and self.number(i + 2) is None:
            return _Item("time", tok.start, tok.end, (value, 0, 0), stop=i + 1), i + 1
        return _Item("num", tok.start, tok.end, (value,), digits=len(tok.text), stop=i + 1), i + 1

    def military(self, i: int, items: list[_Item]) -> bool:
        """ "0732 GMT": four digits before an upper-case zone, not a year after a date part."""
        tok = self.toks[i]
        if len(tok.text) != 4 or int(tok.text[2:]) > 59 or int(tok.text[:2]) > 23:
            return False
        if (items and items[-1].kind in ("month", "num")) or i + 1 >= len(self.toks):
            return False
        nxt = self.toks[i + 1]
        return (
            self.text[nxt.start : nxt.end].isupper() and self.phrase(i + 1, _ZONES_LEX) is not None
        )

    def ndate(self, i: int) -> tuple[_Item, int] | None:
        """d/m/y, m/d/y, y-m-d (or with dots), each separator the same; spaces allowed."""
        toks = self.toks
        if i + 4 >= len(toks) or toks[i + 1].text not in _SEPARATORS:
            return None
        sep = toks[i + 1].text
        a, b, c = self.number(i), self.number(i + 2, 2), self.number(i + 4)
        if a is None or b is None or c is None or toks[i + 3].text != sep:
            return None
        if sep == "-" and not all(self.joined(k) for k in range(i + 1, i + 5)):
            return None
        la, lc = len(toks[i].text), len(toks[i + 4].text)
        if not ((la == 4 and lc <= 2) or (la <= 2 and lc in (2, 4))):
            return None
        if self.is_text(i + 5, sep) and self.joined(i + 5) and self.joined(i + 6):
            return None  # a fourth part: a version number or an address, not a date
        item = _Item("ndate", toks[i].start, toks[i + 4].end, (a, b, c), digits=la, text=sep)
        item.stop = i + 5
        return item, i + 5

    def cjk_date(self, i: int) -> tuple[_Item, int] | None:
        """2016年6月30日, 2020년 3월 4일, or 6月30日 (no year)."""
        toks = self.toks
        if self.is_text(i + 1, vocab.CJK_YEAR):
            y, m, d = self.number(i), self.number(i + 2, 2), self.number(i + 4, 2)
            if y is None or m is None or d is None or not self.is_text(i + 3, vocab.CJK_MONTH):
                return None
            end = i + 6 if self.is_text(i + 5, vocab.CJK_DAY) else i + 5
            return _Item("cjk", toks[i].start, toks[end - 1].end, (y, m, d), stop=end), end
        m, d = self.number(i, 2), self.number(i + 2, 2)
        if m is None or d is None or not self.is_text(i + 1, vocab.CJK_MONTH):
            return None
        if not self.is_text(i + 3, vocab.CJK_DAY):
            return None
        return _Item("cjk", toks[i].start, toks[i + 3].end, (0, m, d), stop=i + 4), i + 4

    def clock(self, i: int) -> tuple[_Item, int] | None:
        """16:42, 16:42:05.3, 16h42."""
        toks = self.toks
        h, m = self.number(i, 2), self.number(i + 2, 2)
        if h is None or m is None or not (self.joined(i + 1) and self.joined(i + 2)):
            return None
        if toks[i + 1].text not in (":", "h") or len(toks[i + 2].text) != 2:
            return None
        s, end = 0, i + 3
        if toks[i + 1].text == ":" and self.is_text(end, ":") and self.joined(end):
            second = self.number(end + 1, 2)
            if second is not None and self.joined(end + 1):
                s, end = second, end + 2
                if (
                    self.is_text(end, ".,")
                    and self.joined(end)
                    and self.number(end + 1, 9) is not None
                ):
                    end += 2  # fractions of a second are dropped
        text = "h" if toks[i + 1].text == "h" else ""
        return _Item("time", toks[i].start, toks[end - 1].end, (h, m, s), text=text, stop=end), end

    def cjk_clock(self, i: int) -> tuple[_Item, int] | None:
        """09时30分, 11時00分05秒."""
        h, m = self.number(i, 2), self.number(i + 2, 2)
        if h is None or m is None or not self.is_text(i + 1, vocab.CJK_HOUR):
            return None
        if not self.is_text(i + 3, vocab.CJK_MINUTE):
            return None
        s, end = 0, i + 4
        second = self.number(end, 2)
        if second is not None and self.is_text(end + 1, vocab.CJK_SECOND):
            s, end = second, end + 2
        return _Item("time", self.toks[i].start, self.toks[end - 1].end, (h, m, s), stop=end), end

    def dotted(self, i: int) -> tuple[_Item, int] | None:
        """18.37 as a clock; `sure` when an hour word or clock word confirms it."""
        h, m = self.number(i, 2), self.number(i + 2, 2)
        if (
            h is None
            or m is None
            or not self.is_text(i + 1, ".")
            or len(self.toks[i + 2].text) != 2
        ):
            return None
        if not (self.joined(i + 1) and self.joined(i + 2)) or h > 24 or m > 59:
            return None
        sure = self.is_text(i + 3, vocab.HOUR_WORDS) or bool(self.phrase(i + 3, _AMPM_LEX))
        sure = sure or (i > 0 and self.toks[i - 1].text in vocab.CLOCK_LEADS)
        item = _Item("dtime", self.toks[i].start, self.toks[i + 2].end, (h, m, 0), sure=sure)
        item.stop = i + 3
        return item, i + 3

    def offset(self, i: int, items: list[_Item]) -> bool:
        """Read +0530, -04:00 or GMT+8 after a clock or GMT/UTC into the last item."""
        if not items or items[-1].kind not in ("time", "dtime", "ampm", "zone"):
            return False
        n = len(self.toks)
        if i + 1 >= n or not self.joined(i + 1) or self.toks[i + 1].kind != "num":
            return False
        digits = self.toks[i + 1].text
        after_gmt = items[-1].kind == "zone" and items[-1].zone == timezone.utc
        if len(digits) == 4:
            hours, minutes = int(digits[:2]), int(digits[2:])
        elif len(digits) <= 2 and self.is_text(i + 2, ":") and self.number(i + 3, 2) is not None:
            if not (after_gmt or self.toks[i].gap or self.is_text(i - 4, ":")):
                return False  # "10:00-12:00" is a range; "10:00:00-05:00" has an offset
            hours, minutes = int(digits), int(self.toks[i + 3].text)
        elif len(digits) <= 2 and (after_gmt or not self.toks[i].gap):  # "+01", "GMT+8"
            hours, minutes = int(digits), 0
        else:
            return False
        if hours > 14 or minutes > 59:
            return False
        zone = timezone(_SIGNS[self.toks[i].text] * timedelta(hours=hours, minutes=minutes))
        end = self.toks[i + 1].end
        if after_gmt:  # "GMT+0800" is eight hours ahead, whatever POSIX says
            items[-1].zone, items[-1].end = zone, end
        else:
            items.append(_Item("zone", self.toks[i].start, end, zone=zone, stop=i + 2))
        return True

    def may_be_wordy(self, i: int) -> bool:
        """False where `wordy` surely ends the run: the common case, without its look-ups."""
        tok = self.toks[i]
        if tok.kind != "word" or tok.text in _WORDY_FIRST:
            return True
        return tok.text.startswith(vocab.MONTH_PREFIXES) or self.text[tok.start : tok.end].isupper()

    def wordy(self, i: int, items: list[_Item]) -> tuple[_Item | None, int] | None:
        """Month, weekday, am/pm, zone or glue word at token i; None ends the run."""
        tok = self.toks[i]
        prev = items[-1].kind if items else ""
        if (
            not tok.gap
            and i > 0
            and self.toks[i - 1].kind == "num"
            and tok.text in vocab.ORDINAL_SUFFIXES
        ):
            return None, i + 1
        if tok.text == "t" and not tok.gap and prev == "ndate":
            return None, i + 1  # ISO 8601 "2019-11-18T20:51"
        if self.phrase(i, _LABELS):
            return None
        month = self.month(i)
        if (
            month is None
            and tok.text in vocab.MONTH_MARKERS
            and 1 <= (self.number(i + 1, 2) or 0) <= 12
        ):
            month = (int(self.toks[i + 1].text), i + 2)
        if month is not None:
            return _Item(
                "month", tok.start, self.toks[month[1] - 1].end, (month[0],), stop=month[1]
            ), month[1]
        marker = self.marker(i, prev)
        if marker is not None:
            return marker
        glue = self.phrase(i, _GLUE) or self.phrase(i, _HOUR)
        if glue is not None:
            return None, glue[1]
        return self.shouted_month(i)

    def marker(self, i: int, prev: str) -> tuple[_Item, int] | None:
        """am/pm after a number or clock, a zone after a clock, or a weekday name."""
        start, clockish = self.toks[i].start, prev in ("time", "dtime", "ampm")
        ampm = self.phrase(i, _AMPM_LEX) if clockish or prev == "num" else None
        if ampm is not None:
            end, pm = ampm[1], int(ampm[0] == "pm")
            return _Item("ampm", start, self.toks[end - 1].end, (pm,), stop=end), end
        zone = self.phrase(i, _ZONES_LEX) if clockish else None
        if zone is not None:
            end, value = zone[1], _ZONES[self.key(i, zone[1])]
            return _Item("zone", start, self.toks[end - 1].end, zone=value, stop=end), end
        wday = self.phrase(i, _WEEKDAYS_LEX)
        if wday is not None:
            end, day = wday[1], _WEEKDAYS[self.key(i, wday[1])]
            return _Item("wday", start, self.toks[end - 1].end, (day,), stop=end), end
        return None

    def shouted_month(self, i: int) -> tuple[_Item, int] | None:
        """A month glued to the end of a capitalised word before a day: "BUSINESSNOV 7"."""
        tok = self.toks[i]
        raw = self.text[tok.start : tok.end]
        if not raw.isupper() or self.number(i + 1, 2) is None:
            return None
        for length in range(min(9, len(raw) - 1), 2, -1):
            month = _SHOUTED_MONTHS.get(tok.text[-length:])
            if month is not None:
                return _Item("month", tok.end - length, tok.end, (month,), stop=i + 1), i + 1
        return None

    # -- absolute forms: reading a run ---------------------------------------------------

    def assemble(self, items: list[_Item], loose: bool) -> _Found | None:
        """Date, clock, zone and weekday of one run; None when it is not a timestamp."""
        numeric = any(item.kind == "ndate" for item in items)
        dated = _date_of(items, self.order_hint(items) if numeric else (False, False))
        have_date = dated is not None
        clock = _clock_of(items, have_date)
        used = list(dated[2]) if dated else []
        found = _Found(0, 0)
        if dated is not None:
            found.ymd, found.ambiguous = dated[0], dated[1]
        if clock is not None:
            found.clock, clock_items = clock
            used += clock_items
            found.zone = _zone_of(items, clock_items[-1], used)
        weekday = next((item for item in items if item.kind == "wday"), None)
        if weekday is not None:
            found.weekday = weekday.values[0]
            used.append(weekday)
        if not self.acceptable(found, loose):
            return None
        found.start = min(item.start for item in used)
        found.end = max(item.end for item in used)
        found.stop = max(item.stop for item in used)
        if found.clock is not None and self.is_text(found.stop, vocab.HOUR_WORDS):
            found.end, found.stop = self.toks[found.stop].end, found.stop + 1  # "16:42 Uhr"
        return found

    def acceptable(self, found: _Found, loose: bool) -> bool:
        """Strict runs need a full date (or day and month with a clock); loose ones less."""
        if found.ymd is not None:
            return found.ymd[0] is not None or found.clock is not None or loose
        if found.clock is None and found.weekday is None:
            return False
        # "Monday 6:30PM" names a moment of the last seven days; a clock or a weekday alone is weak
        found.weak = found.clock is None or found.weekday is None
        return loose and self.all_words_known()

    def order_hint(self, items: list[_Item]) -> tuple[bool, bool]:
        """(month first?, evidence?) for 05/06/2024: US clocks and zones say month first."""
        if any(item.kind == "time" and item.text == "h" for item in items):
            return False, True
        if any(item.kind == "ampm" or _is_american(item.zone) for item in items):
            return True, True
        if self._english is None:
            self._english = any(tok.text in _ENGLISH for tok in self.toks[:200])
        return self._english, False

    # -- relative forms ------------------------------------------------------------------

    def relative(self, i: int, loose: bool) -> _Found | None:
        """A relative form starting at token i: a day word, a duration, "last week", "now"."""
        found = self.relative_day(i, loose) or self.duration(i, loose)
        if found is None and loose:
            found = self.last_unit(i) or self.now_word(i)
        return found

    def may_be_relative(self, i: int) -> bool:
        """False where `relative` surely finds nothing: the common case, without its look-ups.

        `phrase` never matches at a number, so a number opens only "<count> <unit>"; a word
        opens only a form whose first word it is, or a unit known by its stem.
        """
        tok = self.toks[i]
        if tok.kind == "num":
            return len(tok.text) <= 3 and self.unit(i + 1) is not None
        if tok.kind == "punct":
            return True  # fillers may be skipped first: no shortcut (no anchor is punctuation)
        return tok.text in _RELATIVE_FIRST or tok.text[:3] in _STEM_HEADS

    def relative_day(self, i: int, loose: bool) -> _Found | None:
        """ "yesterday", "Gestern um 13:20", "hier à 21h": a day word and an optional clock."""
        hit = self.phrase(i, _RELATIVE_DAYS)
        if hit is None:
            return None
        found = _Found(self.toks[i].start, self.toks[hit[1] - 1].end, relative=True, stop=hit[1])
        self.attach_clock(found)
        if found.clock is None and not loose:
            return None
        if self.now is not None:
            day = self.now.date() + timedelta(days=int(hit[0]))
            found.moment = datetime.combine(day, time(), self.now.tzinfo)
            found.day_only = found.clock is None
        return found

    def attach_clock(self, found: _Found) -> None:
        """Extend a relative form with a clock that follows it ("yesterday at 3 PM")."""
        items, _ = self.cluster(found.stop)
        clock = _clock_of(items, have_date=False)
        if clock is None or any(item.kind in ("ndate", "cjk", "month") for item in items):
            return
        found.clock, used = clock
        found.zone = _zone_of(items, used[-1], used)
        found.end, found.stop = used[-1].end, used[-1].stop

    def duration(self, i: int, loose: bool) -> _Found | None:
        """ "2 hours ago", "vor 3 Tagen", "hace una hora", "2 ч. 21 мин. назад", "3周前"."""
        sign, j, marked = -1, i, False
        ahead = self.phrase(i, _AHEAD) if loose else None
        pre = self.phrase(i, _AGO) or ahead
        if pre is not None:
            sign, j, marked = (1 if ahead and pre == ahead else -1), pre[1], True
        spans: list[tuple[str, int]] = []  # (unit, count); turned into time only with `now`
        small, end = False, j
        for _ in range(_MAX_GROUPS):  # "2 h 21 min 5 s": a few groups, never a whole line
            step = self.duration_group(self.skip_filler(end), marked)
            if step is None:
                break
            span, unit_small, end, after = step
            spans.append(span)
            small = small or unit_small
            marked = marked or after
            later = self.phrase(end, _AHEAD_AFTER) if loose else None
            if later is not None:
                sign, end, marked = 1, later[1], True
        if end == j or not (marked or (loose and self.all_words_known())):
            return None
        found = _Found(self.toks[i].start, self.toks[end - 1].end, relative=True, stop=end)
        found.weak = not marked  # a bare "3 min" is a duration, not a time, on a line of its own
        self.attach_clock(found)
        if self.now is not None:
            total = _total(spans)
            found.moment = self.now + total if sign > 0 else self.now - total
            found.day_only = not small and found.clock is None
        return found

    def duration_group(
        self, j: int, marked: bool
    ) -> tuple[tuple[str, int], bool, int, bool] | None:
        """One "<count> <unit> [ago]" group: ((unit, count), sub-day?, index after, ago seen?)."""
        count, k = None, j
        if self.number(j, 3) is not None:
            count, k = self.number(j, 3), j + 1
        else:
            word = self.phrase(j, _NUMBERS)
            if word is not None and self.unit(word[1]) is not None:
                count, k = int(word[0]), word[1]
        unit = self.unit(k)
        if unit is None or self.month(k) is not None:
            return None  # "5 tháng một" is a date, not five months
        end = unit[1]
        after = self.phrase(self.skip_filler(end, dots_only=True), _AGO)
        glued = self.toks[k].text.endswith(vocab.GLUED_AGO)  # Thai "ชั่วโมงที่แล้ว"
        if count is None and not (marked or after or glued):
            return None
        if after is not None:
            end = after[1]
        small = unit[0] in ("second", "minute", "hour")
        return (unit[0], count or 1), small, end, after is not None or glued

    def skip_filler(self, j: int, *, dots_only: bool = False) -> int:
        """Skip "about", "etwa", "около", commas and dots between parts of a duration."""
        for _ in range(4):  # a few fillers at most: hostile text may hold 100,000 commas
            if j >= len(self.toks):
                return j
            tok = self.toks[j]
            if tok.kind == "punct" and tok.text in ".,-":
                j += 1
                continue
            hit = None if dots_only else self.phrase(j, _FILLERS)
            if hit is None:
                return j
            j = hit[1]
        return j

    def last_unit(self, i: int) -> _Found | None:
        """ "last week", "last decade": one unit back."""
        hit = self.phrase(i, _LAST)
        unit = self.unit(hit[1]) if hit is not None else None
        if unit is None:
            return None
        found = _Found(self.toks[i].start, self.toks[unit[1] - 1].end, relative=True, stop=unit[1])
        if self.now is not None:
            found.moment = self.now - _delta(unit[0], 1)
            found.day_only = unit[0] not in ("second", "minute", "hour")
        return found

    def now_word(self, i: int) -> _Found | None:
        """ "now", "just now", "gerade eben"."""
        hit = self.phrase(i, _NOW)
        if hit is None:
            return None
        found = _Found(self.toks[i].start, self.toks[hit[1] - 1].end, relative=True, stop=hit[1])
        found.moment = self.now
        return found

    # -- the scan --------------------------------------------------------------------------

    def scan(self, loose: bool) -> Iterator[_Found]:
        """Every timestamp in order, each with the label word that announced it."""
        toks, i = self.toks, 0
        label, label_start = "unknown", -1
        while i < len(toks):
            tok = toks[i]  # the label test inline: it runs on every token
            hit = (
                self.phrase(i, _LABELS) if tok.kind != "num" and tok.text in _LABELS.first else None
            )
            if hit is not None:
                label, label_start, i = (
                    str(hit[0]),
                    toks[i].start if label_start < 0 else label_start,
                    hit[1],
                )
                continue
            if not self.anchor(i):
                if not self.is_glue(i):
                    label, label_start = "unknown", -1
                i += 1
                continue
            found = self.relative(i, loose) if self.may_be_relative(i) else None
            j = i + 1
            if found is None:
                items, j = self.cluster(i)
                found = self.assemble(items, loose) if _may_assemble(items) else None
            if found is not None:
                found.kind = label
                found.start = label_start if label_start >= 0 else found.start
                yield found
                label, label_start, i = "unknown", -1, max(found.stop, i + 1)
                continue
            if not self.is_glue(i):
                label, label_start = "unknown", -1
            i = max(j, i + 1)

    def anchor(self, i: int) -> bool:
        """Whether a timestamp may start at token i (most words are ruled out by one look-up)."""
        tok = self.toks[i]
        if tok.kind == "num":
            return True
        if tok.kind == "punct" or tok.text in _ANCHORS or tok.text[:3] in _STEM_HEADS:
            return tok.kind != "punct"
        raw = self.text[tok.start : tok.end]
        return (raw.isupper() and len(raw) > 3) or tok.text.startswith(vocab.MONTH_PREFIXES)

    def is_glue(self, i: int) -> bool:
        """Punctuation or a connective word that may sit between a label and its date."""
        tok = self.toks[i]
        return tok.kind == "punct" or tok.text in vocab.GLUE_WORDS or tok.text in _WEEKDAYS


# Item kinds that make a date or a clock, for noticing where a second timestamp begins.
_ROLE = {"month": "date", "ndate": "date", "cjk": "date", "time": "clock", "dtime": "clock"}


# Item kinds that make a date, a clock or a weekday: a run with none of them (numbers,
# am/pm, zones) is no timestamp, and `assemble` need not look.
_DECISIVE = frozenset({"ndate", "cjk", "month", "time", "dtime", "wday"})


def _may_assemble(items: list[_Item]) -> bool:
    """False for a run that surely assembles to nothing (most often a lone number)."""
    return any(item.kind in _DECISIVE for item in items)


def _starts_another(item: _Item, items: list[_Item], seen: set[str]) -> bool:
    """Whether `item` begins a second timestamp ("May 5, 2024 May 6, 2024", "16:42 | 17:05")."""
    role = _ROLE.get(item.kind)
    if role is None or role not in seen or "date" not in seen:
        return False  # "0732 GMT (1532 HKT) July 5" is still one timestamp
    return not (item.kind == "month" and items[-1].kind == "month")  # "Nov.November 18"


# Which numeric readers may apply, by the token that follows the number.
_NumericReader = Callable[[_Reader, int], "tuple[_Item, int] | None"]
_NUMERIC_READERS: dict[str, tuple[_NumericReader, ...]] = {
    "/": (_Reader.ndate,),
    "-": (_Reader.ndate,),
    ".": (_Reader.ndate, _Reader.dotted),
    ":": (_Reader.clock,),
    "h": (_Reader.clock,),
}
_CJK_READERS: tuple[_NumericReader, ...] = (_Reader.cjk_date, _Reader.cjk_clock)
_CJK_MARKS = vocab.CJK_YEAR | vocab.CJK_MONTH | vocab.CJK_HOUR


def _total(spans: list[tuple[str, int]]) -> relativedelta:
    """The sum of (unit, count) spans ("2 h 21 min")."""
    from dateutil.relativedelta import relativedelta

    return sum((_delta(unit, count) for unit, count in spans), relativedelta())


def _delta(unit: str, count: int) -> relativedelta:
    """A calendar-aware span of `count` units."""
    # Imported on use: only `now` (resolving relative forms) needs it, not finding them.
    from dateutil.relativedelta import relativedelta

    if unit in vocab.UNIT_MONTHS:
        return relativedelta(months=count * vocab.UNIT_MONTHS[unit])
    return relativedelta(seconds=count * vocab.UNIT_SECONDS[unit])


def _is_american(zone: tzinfo | str | None) -> bool:
    """North American zones (a hint that 05/06 is month first)."""
    if isinstance(zone, str):
        return zone.startswith("America/")
    offset = zone.utcoffset(None) if zone is not None else None
    return offset is not None and timedelta(hours=-10) <= offset <= timedelta(hours=-3)


def _year(value: int) -> int:
    """Four-digit year from a printed one: 94 -> 1994, 16 -> 2016, Thai 2563 -> 2020."""
    if value < 100:
        return 2000 + value if value < 70 else 1900 + value
    return value - 543 if value >= 2400 else value


def _valid(y: int | None, m: int, d: int) -> bool:
    """Whether the parts make a real calendar day (a leap year when the year is unknown)."""
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def _date_of(
    items: list[_Item], hint: tuple[bool, bool]
) -> tuple[tuple[int | None, int, int], bool, list[_Item]] | None:
    """The first date in a run: numeric, CJK or with a month name; (ymd, ambiguous, items)."""
    for k, item in enumerate(items):
        if item.kind == "ndate":
            got = _read_ndate(item, hint)
            if got is not None:
                return got[0], got[1], [item]
        elif item.kind == "cjk":
            y, m, d = item.values
            if _valid(y or None, m, d):
                return (_year(y) if y else None, m, d), False, [item]
        elif item.kind == "month":
            group = _month_group(items, k)
            if group is not None:
                return group[0], False, group[1]
    return None


def _read_ndate(item: _Item, hint: tuple[bool, bool]) -> tuple[tuple[int, int, int], bool] | None:
    """Order the three numbers of 05/06/2024 or 2024-06-05; dotted dates are day first."""
    a, b, c = item.values
    if item.digits == 4:
        return ((a, b, c), False) if _valid(a, b, c) else None
    month_first, evidence = hint if item.text in "/-" else (False, True)
    if a > 12 or b > 12 or a == b:
        month_first = b > 12
        evidence = True
    m, d = (a, b) if month_first else (b, a)
    if not _valid(_year(c), m, d):
        return None
    return (_year(c), m, d), not evidence


def _month_group(
    items: list[_Item], k: int
) -> tuple[tuple[int | None, int, int], list[_Item]] | None:
    """Day and year around the month name at k: "5 May 2024", "May 5, 2024", "2024-May-05"."""
    month = items[k].values[0]

    def num(at: int) -> _Item | None:
        return items[at] if 0 <= at < len(items) and items[at].kind == "num" else None

    def is_day(it: _Item | None) -> bool:
        return it is not None and it.digits <= 2 and 1 <= it.values[0] <= 31

    def is_year(it: _Item | None) -> bool:
        return it is not None and it.digits == 4

    before, after = num(k - 1), num(k + 1)
    if before is not None and is_day(before):
        day = before
        year = after if is_year(after) or (after is not None and after.digits == 2) else num(k - 2)
    elif after is not None and is_day(after):
        day, year = after, num(k + 2) if is_year(num(k + 2)) else before
    else:
        return None
    used = [day, items[k]]
    y = None
    if year is not None and (is_year(year) or (year is after and year.digits == 2)):
        y = _year(year.values[0])
        used.append(year)
    return ((y, month, day.values[0]), used) if _valid(y, month, day.values[0]) else None


def _clock_of(
    items: list[_Item], have_date: bool
) -> tuple[tuple[int, int, int], list[_Item]] | None:
    """The first clock in a run with its am/pm word applied: ((h, m, s), items used)."""
    for k, item in enumerate(items):
        if item.kind == "time" or (item.kind == "dtime" and (item.sure or have_date)):
            h, m, s = item.values
            used = [item]
            ampm = next(
                (x for x in items[k + 1 : k + 2] + items[max(k - 1, 0) : k] if x.kind == "ampm"),
                None,
            )
            if ampm is not None:
                used.append(ampm)
                h = (h % 12) + 12 * ampm.values[0] if h <= 12 else h
            if 0 <= h < 24 and 0 <= m < 60 and 0 <= s < 61:
                return (h, m, min(s, 59)), used
    return None


def _zone_of(items: list[_Item], last: _Item, used: list[_Item]) -> tzinfo | str | None:
    """The zone written right after a clock ("4:32 pm EDT", "16:10 -0400", "(PDT)")."""
    k = items.index(last)
    for item in items[k + 1 : k + 3]:
        if item.kind == "zone":
            used.append(item)
            return item.zone
    return None


# -- from a reading to ISO 8601 ------------------------------------------------------------


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> ZoneInfo:
    """An IANA zone, cached (ZoneInfo raises on unknown names)."""
    from zoneinfo import ZoneInfo  # only named zones and --tz need it

    return ZoneInfo(name)


def _localise(moment: datetime, zone: tzinfo | str | None, tz: str | None) -> datetime:
    """Attach the written zone, else the caller's `tz`; a naive time stays naive otherwise."""
    if zone is None and tz is not None and moment.tzinfo is None:
        zone = tz
    if isinstance(zone, str):
        zone = _zoneinfo(zone)
    return moment if zone is None else moment.replace(tzinfo=zone)


def _day_of(found: _Found, now: datetime | None) -> date | None:
    """The calendar day: as printed, or the latest one not after `now` when parts are missing."""
    if found.ymd is not None:
        y, m, d = found.ymd
        if y is not None:
            return date(y, m, d) if _valid(y, m, d) else None
        if now is None:
            return None
        y = (
            now.year
            if _valid(now.year, m, d) and date(now.year, m, d) <= now.date()
            else now.year - 1
        )
        return date(y, m, d) if _valid(y, m, d) else None
    if now is None:
        return None
    if found.weekday is not None:
        back = (now.weekday() - found.weekday) % 7 or 7
        return now.date() - timedelta(days=back)
    clock = found.clock or (0, 0, 0)
    # a clock alone is today's, unless that is still ahead of a reference that has a time
    ahead = now.time() != time() and time(*clock) > now.time()
    return now.date() - timedelta(days=1 if ahead else 0)


def _iso(found: _Found, now: datetime | None, tz: str | None) -> str | None:
    """ISO 8601 for a reading: a date, or a datetime with seconds and maybe an offset."""
    if found.relative:
        moment = found.moment
        if moment is None:
            return None
        if found.clock is not None:
            moment = datetime.combine(moment.date(), time(*found.clock), moment.tzinfo)
        elif found.day_only:
            return moment.date().isoformat()
        return _localise(moment.replace(microsecond=0), found.zone, tz).isoformat()
    day = _day_of(found, now)
    if day is None:
        return None
    if found.clock is None:
        return day.isoformat()
    return _localise(datetime.combine(day, time(*found.clock)), found.zone, tz).isoformat()


def _timestamp(text: str, found: _Found, iso: str | None) -> Timestamp:
    """The public value for one reading."""
    return Timestamp(
        text=text[found.start : found.end],
        iso=iso,
        kind=found.kind,
        relative=found.relative,
        ambiguous=found.ambiguous,
    )


# -- public API ----------------------------------------------------------------------------


def parse_timestamp(
    text: str, *, now: datetime | None = None, tz: str | None = None
) -> Timestamp | None:
    """Read the first timestamp in a short text; None when it holds no date.

    `now` resolves relative forms and missing years; `tz` (an IANA name, ZoneInfo raises on
    an unknown one) supplies the offset when the text gives a clock but no zone.

    >>> parse_timestamp("Published 18 NOV 2019, 16:42 GMT").iso
    '2019-11-18T16:42:00+00:00'
    >>> parse_timestamp("vor 2 Stunden", now=datetime(2024, 5, 25, 12, 0)).iso
    '2024-05-25T10:00:00'
    """
    for found in _Reader(text[:_MAX_TEXT], now).scan(loose=True):
        return _timestamp(text, found, _iso(found, now, tz))
    return None


def search_timestamps(
    text: str, *, now: datetime | None = None, tz: str | None = None
) -> tuple[tuple[int, int, Timestamp], ...]:
    """Every timestamp inside a longer line as (start, end, Timestamp), in order.

    >>> [(s, e) for s, e, _ in search_timestamps("By Jo Roe Updated Nov 13, 2019, 10:28am EST")]
    [(10, 43)]
    """
    return tuple(
        (found.start, found.end, _timestamp(text, found, _iso(found, now, tz)))
        for found in _Reader(text, now).scan(loose=False)
    )


_MAX_LINE = 160
_MAX_WORDY_LINE = 40
_PRECHECK = regex.compile(r"\d")


def is_day_or_month_name(word: str) -> bool:
    """Whether a lower-case word is a month or weekday name in some language ("friday", "mai")."""
    return word in _MONTHS or word in _WEEKDAYS


def is_timestamp_line(text: str) -> bool:
    """Whether a line is essentially a timestamp (with labels, separators, reading time).

    >>> is_timestamp_line("Updated: 3:05 PM EDT, Sat May 25, 2024 | 5 min read")
    True
    >>> is_timestamp_line("In 2019 the company hired 5 people.")
    False
    """
    return timestamp_line_facts(text)[0]


def timestamp_line_facts(text: str) -> tuple[bool, bool]:
    """`is_timestamp_line(text)`, and whether `search_timestamps(text)` may find anything.

    One loose reading answers both. Whatever a strict reading accepts, a loose one accepts
    at the same token, except a duration after a word that only loose readings take as
    "ahead" ("in", "dans"): without such a word, a loose reading that finds nothing means
    a strict search would find nothing either.

    >>> timestamp_line_facts("Updated: May 25, 2024"), timestamp_line_facts("5 comments")
    ((True, True), (False, False))
    """
    if len(text) > _MAX_LINE or (not _PRECHECK.search(text) and len(text) > _MAX_WORDY_LINE):
        return False, True  # without a digit only a short "Yesterday" or "an hour ago" qualifies
    reader = _Reader(text, None)
    found = list(reader.scan(loose=True))
    searchable = bool(found) or any(tok.text in _AHEAD.first for tok in reader.toks)
    spans = [(f.start, f.end) for f in found if not f.weak]
    if not spans:
        return False, searchable
    covered = 0
    for tok in reader.toks:
        while covered < len(spans) and spans[covered][1] <= tok.start:
            covered += 1
        inside = covered < len(spans) and spans[covered][0] <= tok.start
        if not inside and not _leftover_ok(tok):
            return False, searchable
    return True, searchable


def _leftover_ok(tok: _Tok) -> bool:
    """Tokens allowed outside the timestamp on a timestamp line."""
    if tok.kind in ("punct", "num"):
        return True
    return any(
        tok.text in table
        for table in (vocab.LABELS, vocab.GLUE_WORDS, _WEEKDAYS, vocab.READING_WORDS, _VOCAB_WORDS)
    )
