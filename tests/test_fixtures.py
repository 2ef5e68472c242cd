"""Golden fixture pairs: tests/fixtures/<field>--<what>.txt -> <field>--<what>.json.

Each .json is what `newsparse <txt> --json` prints (with the file name as source).
Add a case: save the .txt, run `pytest tests/test_fixtures.py --update-goldens -k <what>`,
then read the .json line by line and correct anything wrong by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import parse_bytes

from .conftest import FIXTURES

CASES = sorted(FIXTURES.glob("*.txt"))
KNOWN_FAILURES = sorted((FIXTURES / "known-failures").glob("*.txt"))


def _render(path: Path) -> dict[str, object]:
    article = parse_bytes(path.read_bytes(), source=path.name)
    return json.loads(json.dumps(article.to_dict(), ensure_ascii=False))


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_fixture_matches_golden(case: Path, update_goldens: bool) -> None:
    golden = case.with_suffix(".json")
    actual = _render(case)
    if update_goldens or not golden.exists():
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


if KNOWN_FAILURES:  # none at the moment; an empty parametrisation would show as a skip

    @pytest.mark.xfail(strict=True, reason="known failure: see fixtures/known-failures/README.md")
    @pytest.mark.parametrize("case", KNOWN_FAILURES, ids=[case.stem for case in KNOWN_FAILURES])
    def test_known_failure_still_fails(case: Path) -> None:
        golden = case.with_suffix(".json")
        assert _render(case) == json.loads(golden.read_text(encoding="utf-8"))
