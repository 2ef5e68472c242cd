"""The word-list patterns compiled by the standard `re` (faster start-up) match as `regex` would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import features
from newsparse.fields import byline, credit
from newsparse.lines import clean_line

FIXTURES = Path(__file__).parent / "fixtures"
STDLIB_PATTERNS = {
    name: pattern
    for module in (features, byline, credit)
    for name, pattern in vars(module).items()
    if isinstance(pattern, re.Pattern)
}
EXTRA_LINES = [
    "Wir verwenden Cookies, um Inhalte zu personalisieren.",
    "Photo: Jane Doe/AP — Getty Images",
    "By Jane Doe and Ed Roe, Reuters",
    "Propos recueillis par Jean Dupont",
    "[ 12 comments ]",
    "jane_doe says:",
    "Ce site utilise des cookies.",
    "Schließen Sie das Abo ab, um weiterzulesen",
    "यह वेबसाइट cookies का उपयोग करती है",  # marks are \w to `regex`, not to `re`
    "ข่าว By สมชาย ใจดี",
]


def _lines() -> list[str]:
    texts = (path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt")))
    lines = {clean_line(line) for text in texts for line in text.splitlines()}
    return sorted(line for line in lines | set(EXTRA_LINES) if line)


def test_some_patterns_use_the_standard_engine() -> None:
    assert {"COOKIE_NOTICE", "PAYWALL", "AGENCY"} <= set(STDLIB_PATTERNS)


@pytest.mark.parametrize("name", sorted(STDLIB_PATTERNS))
def test_standard_re_agrees_with_regex(name: str) -> None:
    pattern = STDLIB_PATTERNS[name]
    twin = regex.compile(pattern.pattern, pattern.flags & (re.IGNORECASE | re.MULTILINE))
    for line in _lines():
        mine, theirs = pattern.search(line), twin.search(line)
        assert (mine and mine.span()) == (theirs and theirs.span()), (name, line)


# The byline prefixes are looked up by first letter; this is the pattern the look-up stands for.
PREFIX_PATTERN = re.compile(
    r"(?i:" + "|".join(re.escape(prefix) for prefix in byline.BYLINE_PREFIXES) + r")\b"
)


def test_every_prefix_ends_in_a_letter() -> None:
    assert all(prefix[-1].isalnum() for prefix in byline.BYLINE_PREFIXES)


def test_prefix_lookup_agrees_with_the_pattern_on_every_prefix() -> None:
    tails = ["", " Jane", "x", "_", "1", ":", "é", "İ", "-Doe", "\u0301"]
    for prefix in byline.BYLINE_PREFIXES:
        for cased in (prefix, prefix.upper(), prefix.title()):
            for tail in tails:
                text = cased + tail
                expected = PREFIX_PATTERN.match(text) is not None
                assert byline.opens_with_prefix(text) is expected, text


def test_prefix_lookup_agrees_with_the_pattern_for_every_letter() -> None:
    # Case-blind matching takes some letters for others ("ſ" for "s", "ı" for "i"); any
    # character in the first or second place must be judged as the pattern judges it.
    for code in range(0x10000):
        char = chr(code)
        for text in (char + "y Jane", char + "ar Max", char + "втор Иван", "b" + char + " Jo"):
            expected = PREFIX_PATTERN.match(text) is not None
            assert byline.opens_with_prefix(text) is expected, hex(code)


@given(st.text(alphabet="byBYvonVONparPARſıİ_ :1é", max_size=12))
def test_prefix_lookup_agrees_with_the_pattern_on_mixtures(text: str) -> None:
    assert byline.opens_with_prefix(text) is (PREFIX_PATTERN.match(text) is not None)


# The credit labels are looked up by first letter; this is the pattern the look-up stands for.
LABEL_ALTERNATIVES = "|".join(
    regex.escape(label) for label in sorted(credit.CREDIT_LABELS, key=len, reverse=True)
)
LABEL_PATTERN = regex.compile(
    rf"^\(?\s*(?i:{LABEL_ALTERNATIVES})(?:\s*(?:[:,|]|-\s|–|—)|\s+(?=©|\p{{Lu}}))\s*(?P<rest>.+?)\)?$"
)


def _label_match(text: str) -> str | None:
    match = LABEL_PATTERN.match(text)
    return match["rest"] if match else None  # callers read only the credited names


def _lookup_match(text: str) -> str | None:
    match = credit.credit_label(text)
    return match["rest"] if match else None


def test_label_lookup_agrees_with_the_pattern_on_every_label() -> None:
    tails = [": Jane Doe", " Jane", " ©AP", " jane", "- AP", "-AP", " – AP", "—AP", ",AP", "|AP",
             ":", " ", ":  ", "by AP", " (AP)", ": AP)", "s: AP", "\t: AP"]  # fmt: skip
    for label in credit.CREDIT_LABELS:
        for cased in (label, label.upper(), label.title()):
            for lead in ("", "(", "( ", " "):
                for tail in tails:
                    text = lead + cased + tail
                    assert _lookup_match(text) == _label_match(text), text


def test_label_lookup_agrees_with_the_pattern_for_every_letter() -> None:
    for code in range(0x10000):
        char = chr(code)
        for text in (char + "hoto: AP", "p" + char + "oto: AP", char + "ildquelle: dpa"):
            assert _lookup_match(text) == _label_match(text), hex(code)


@given(st.text(alphabet="photoPHOTOcreditCREDIT by:|-–©ſİı()", max_size=16))
def test_label_lookup_agrees_with_the_pattern_on_mixtures(text: str) -> None:
    assert _lookup_match(text) == _label_match(text)
