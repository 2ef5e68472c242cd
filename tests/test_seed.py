"""The seed article's exact values (issue: newsparse core)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsparse import Article, parse_bytes
from newsparse.options import DEFAULTS

from .conftest import FIXTURES

SEED = FIXTURES / "seed.txt"


@pytest.fixture(scope="module")
def seed() -> Article:
    return parse_bytes(SEED.read_bytes(), source="seed.txt")


def test_header_fields(seed: Article) -> None:
    record = seed.to_dict()
    assert record["section"] == "News"
    assert record["headline"] == (
        "NATO Secretary General urges allies to reconsider weapon use restrictions for Ukraine"
    )
    assert record["standfirst"] == 'Surprising appeal from the NATO chief. "The time has come"'
    assert record["authors"] == ["Sara Bounaoui"]
    assert record["published"] == "2024-05-25T16:42:00"
    assert record["image_credits"] == ["Getty Images", "NurPhoto"]


def test_zone_given_by_tz_option() -> None:
    article = parse_bytes(SEED.read_bytes(), options=replace(DEFAULTS, tz="Europe/Warsaw"))
    assert article.to_dict()["published"] == "2024-05-25T16:42:00+02:00"


def test_body_paragraphs_and_heading(seed: Article) -> None:
    kinds = [block.type for block in seed.blocks]
    assert kinds.count("paragraph") == 6
    assert [b.text for b in seed.blocks if b.type == "heading"] == [
        "Can Ukraine attack targets in Russia with Western weapons?"
    ]
    assert seed.body.startswith("Jens Stoltenberg appealed")
    assert seed.body.endswith("obtained from the British.")


def test_repeats_and_boilerplate_dropped(seed: Article) -> None:
    reasons = {drop.line: drop.reason for drop in seed.dropped}
    assert reasons == {3: "repeated-headline", 6: "repeated-standfirst", 26: "boilerplate"}


def test_quotes_and_speakers(seed: Article) -> None:
    lines = [quote.line for quote in seed.quotes]
    assert {12, 16, 18, 20} <= set(lines)
    assert lines.count(20) >= 2
    assert all(quote.speaker == "Jens Stoltenberg" for quote in seed.quotes)
    assert not any("Economist" in quote.text for quote in seed.quotes)
    mentions = {quote.speaker_mention for quote in seed.quotes}
    assert {"the head of the Alliance", "Jens Stoltenberg", "he"} <= mentions


def test_every_non_blank_line_accounted_for(seed: Article) -> None:
    record = seed.to_dict()
    dropped = {entry["line"] for entry in record["dropped"]}  # type: ignore[union-attr,index]
    cited = {n for numbers in record["lines"].values() for n in numbers}  # type: ignore[union-attr]
    cited |= {quote.line for quote in seed.quotes}
    non_blank = {n for n, text in enumerate(SEED.read_text().splitlines(), 1) if text.strip()}
    assert non_blank <= cited | dropped
