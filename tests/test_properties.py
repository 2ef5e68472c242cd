"""Invariants over arbitrary text (hypothesis): totality, nothing lost, metamorphic, schema."""

from __future__ import annotations

import contextlib
import json
from functools import cache
from importlib.resources import files

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_bytes, parse_text
from newsparse.lines import read_lines

# Text that looks a little like news: words, dates, quotes, bylines, separators.
PIECES = st.sampled_from(
    ["By", "Jane", "Doe", "and", "said", '"', "“", "”", "«", "»", "May", "25", "2024", "16:42",
     "Updated", "Photo:", "Getty", "Images", "|", ".", ",", "\n", "\n\n", "\r\n", "\u2028", " ",
     "Related content", "News", "The", "time", "has", "come", "?", "Ä", "日本", "\t", "\x00"]
)  # fmt: skip
NEWSY = st.lists(PIECES, max_size=80).map(" ".join)
TEXT = st.one_of(st.text(max_size=400), NEWSY)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(files("newsparse").joinpath("schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@given(TEXT)
def test_never_raises_and_matches_schema(text: str) -> None:
    record = parse_text(text).to_dict()
    _validator().validate(json.loads(json.dumps(record)))


@given(TEXT)
def test_nothing_lost(text: str) -> None:
    article = parse_text(text)
    record = article.to_dict()
    cited = {n for numbers in record["lines"].values() for n in numbers}  # type: ignore[union-attr]
    dropped = {d.line for d in article.dropped}
    non_blank = {line.number for line in read_lines(text).lines if line.text}
    assert non_blank <= cited | dropped


@given(TEXT)
def test_fields_cite_lines_that_hold_their_text(text: str) -> None:
    lines = {line.number: line.text for line in read_lines(text).lines}
    for field in parse_text(text).text_fields():
        assert field.text in " ".join(lines[n] for n in field.lines)


@given(NEWSY)
def test_crlf_bom_and_trailing_blanks_change_nothing(text: str) -> None:
    text = text.replace("\r", "")  # a lone CR is a line break of its own
    base = parse_text(text).to_dict()
    assert parse_text(text.replace("\n", "\r\n")).to_dict() == base
    with_bom = parse_bytes(b"\xef\xbb\xbf" + text.encode()).to_dict()
    assert with_bom.pop("encoding") == "utf-8-sig"
    assert with_bom == {key: value for key, value in base.items() if key != "encoding"}
    assert parse_text(text + "\n\n  \n").to_dict() == base


@given(st.binary(max_size=300))
def test_bytes_never_raise_unexpected(data: bytes) -> None:
    from newsparse.errors import InputError

    with contextlib.suppress(InputError):
        parse_bytes(data)


@given(NEWSY)
def test_json_round_trip(text: str) -> None:
    record = parse_text(text).to_dict()
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_line_key_agrees_with_the_unicode_pattern(text: str) -> None:
    from newsparse.dedupe import _NOT_WORD, line_key

    assert line_key(text) == _NOT_WORD.sub(" ", text.casefold()).strip()
