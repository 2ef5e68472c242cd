"""Stage 1: decoding and line normalisation."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.errors import InputError
from newsparse.lines import clean_line, decode, read_lines
from newsparse.model import Line
from newsparse.segments import split_line


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Zürich".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Zürich".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Zürich".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Zürich".encode("utf-16-be"), "utf-16"),
        ("Zürich “quoted”".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_detects(data: bytes, encoding: str) -> None:
    text, used, _ = decode(data)
    assert used == encoding
    assert text.startswith("Zürich")


def test_decode_replaces_a_few_bad_bytes_with_a_warning() -> None:
    data = ("Grüße aus Köln. " * 20).encode() + b"\xff" + b" end"
    text, used, warnings = decode(data)
    assert used == "utf-8"
    assert text.count("\ufffd") == 1
    assert warnings == ("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD",)


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n...", b"\x1f\x8b\x08\x00" + bytes(50), bytes(range(32)) * 10]
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="not text"):
        decode(data, source="x")


def test_forced_encoding_and_unknown_codec() -> None:
    assert decode("é".encode("latin-1"), "latin-1")[0] == "é"
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", "no-such-codec")


def test_every_line_separator_counts() -> None:
    text = "a\r\nb\rc\u2028d\x85e\x0cf\u2029g"
    assert [line.text for line in read_lines(text).lines] == list("abcdefg")


def test_clean_line_removes_controls_and_invisible_marks() -> None:
    assert clean_line("a\x00b\u200bc\u200fd\u00a0e\te") == "abcd e   e"  # a tab: soft break


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Ed CaraFriday 11:40AM", ["Ed Cara", "Friday 11:40AM"]),  # a name glued to its dateline
        ("Jane DoeNovember 18, 2019", ["Jane Doe", "November 18, 2019"]),
        ("Jane DoeView More Articles", ["Jane Doe", "View More Articles"]),  # a link label
        ("He trained on Friday 11 times", ["He trained on Friday 11 times"]),
        ("YouTube and PayPal agreed on Monday.", ["YouTube and PayPal agreed on Monday."]),
    ],
)
def test_glued_lines_are_cut_at_their_joints(text: str, pieces: list[str]) -> None:
    line = Line(1, text)
    assert [piece.text for piece in split_line(line)] == pieces


def test_bracketed_tag_glued_to_the_next_title_is_cut() -> None:
    text = (
        "The ferry will stop.Crews are short.Ferry cuts: islanders say they were not asked "
        "[VIDEO]Harbour silt: dredging to start in June [PICTURES]Storm closes the coast road"
    )
    pieces = [piece.text for piece in split_line(Line(1, text), glued_document=True)]
    assert "Ferry cuts: islanders say they were not asked [VIDEO]" in pieces
    assert "Harbour silt: dredging to start in June [PICTURES]" in pieces


@pytest.mark.parametrize(
    "text",
    [
        "Europa.And that's it.“The end” came.The",
        'He came."The rest was Ab.Cd sure!’Yes…No dr.X',
        "reviewed13/06/2014 19:09Updated 1Abcd2 abc12Def",
        "9Ab 12 monkeys A1b2C3 Übermäßig9Äpfel",
        "Home News SportWeather",  # no stop: turned away before the scan
        "Why?Because it rained!Then",
        "",
    ],
)
def test_fast_glue_patterns_agree_with_the_plain_ones(text: str) -> None:
    import regex

    from newsparse import segments

    empty_match = regex.compile(r"(?<=\p{Ll}{2}[.!?…]['\"”’)]?)(?=[\p{Lu}“‘])")
    assert segments._sentence_cuts(text) == [m.start() for m in empty_match.finditer(text)]
    hinted = segments.DIGIT_GLUE_HINT.search(text) is not None
    assert hinted is (segments.DIGIT_GLUE.search(text) is not None)


_LINE_CHARS = st.sampled_from(
    ["a", "É", "e\u0301", " ", "  ", "\t", "\u00a0", "\u200b", "\ufeff", "\x00", "\x85", "\u2028",
     "\u3000", "\u1680", "\x1c", "日", "ﬁ", "Å", "\u202f", "-"]
)  # fmt: skip


@given(st.lists(_LINE_CHARS, max_size=30).map("".join))
def test_clean_line_shortcut_agrees_with_the_full_cleaning(text: str) -> None:
    from newsparse.lines import _clean

    assert clean_line(text) == _clean(text)
