"""Fuzz the parser for minutes: hypothesis with a long profile over text and bytes.

    .venv/bin/python fuzz/fuzz_parse.py --minutes 5

Checks, for every generated input: parsing never raises (bytes may only give a clean
InputError), the record is valid JSON matching schema.json, every non-blank line is cited
or dropped, and one input takes under --slow seconds. Failures are shrunk and printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib.resources import files

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import parse_bytes
from newsparse.errors import InputError
from newsparse.lines import read_lines

PIECES = st.sampled_from(
    ['"', "“", "”", "„", "«", "»", "'", "By ", "by", "and", "said", ".", "!", "?", "…", "|",
     "\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x00", "\x1b",
     "\u200b", "\u200d", "\u200f", "\u202e", "\ufeff", " ", "\t", "Jane Doe", "JOHN SMITH",
     "Reuters", "AP", "May 25, 2024", "16:42", "2 hours ago", "Updated", "Getty Images",
     "Photo:", "Related content", "Share", "News", "日本語", "مرحبا", "ä", "ß", "İ", "ﬁ"]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=2000), st.lists(PIECES, max_size=400).map("".join))
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
VALIDATOR = jsonschema.Draft202012Validator(
    json.loads(files("newsparse").joinpath("schema.json").read_text(encoding="utf-8"))
)
SLOW = 2.0


def check(data: bytes) -> None:
    """Parse bytes and assert every invariant."""
    started = time.perf_counter()
    try:
        article = parse_bytes(data)
    except InputError as error:
        assert error.kind in {"not-text", "too-large"}, error  # noqa: PT017 - not pytest
        return
    elapsed = time.perf_counter() - started
    assert elapsed < SLOW, f"{elapsed:.2f}s for {len(data)} bytes"
    record = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    VALIDATOR.validate(record)
    text = data.decode(article.encoding, errors="replace")
    cited = {n for numbers in record["lines"].values() for n in numbers}
    dropped = {drop.line for drop in article.dropped}
    lost = {line.number for line in read_lines(text).lines if line.text} - cited - dropped
    assert not lost, f"lines lost: {sorted(lost)[:10]}"


@given(TEXT, ENCODING)
def fuzz_text(text: str, encoding: str) -> None:
    """Text in a few encodings."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    check(data)


@given(st.binary(max_size=4000))
def fuzz_bytes(data: bytes) -> None:
    """Raw bytes."""
    check(data)


def main() -> None:
    """Run both fuzzers until the time is up, each for half of it."""
    global SLOW
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--slow", type=float, default=SLOW)
    args = parser.parse_args()
    SLOW = args.slow
    failed = False
    for fuzzer in (fuzz_text, fuzz_bytes):
        deadline = time.monotonic() + args.minutes * 30
        rounds = 0
        runner = settings(
            max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )(fuzzer)
        while time.monotonic() < deadline:
            try:
                runner()
            except Exception as error:  # report, keep fuzzing the other target
                print(f"{fuzzer.__name__}: FOUND {error!r}", flush=True)  # noqa: T201
                failed = True
                break
            rounds += 1
        print(f"{fuzzer.__name__}: {rounds * 500} examples", flush=True)  # noqa: T201
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
