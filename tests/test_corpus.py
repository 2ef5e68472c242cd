"""The real-world dev corpus (../shared/eval): no field may fall below its pinned floor.

Runs the team's scorer over `newsparse DIR --jsonl` for each variant; skipped
cleanly when ../shared/eval is not beside the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SHARED

EVAL = SHARED / "eval"
FLOORS = json.loads((Path(__file__).parent / "corpus_floors.json").read_text(encoding="utf-8"))

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval not present"),
]


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    out = tmp_path_factory.mktemp("corpus") / "scores.json"
    command = f"{sys.executable} -m newsparse {{dir}} --jsonl --quiet"
    subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--corpus", str(EVAL / "corpus"),
         "--cmd", command, "--name", "newsparse", "--json-out", str(out)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    variants = json.loads(out.read_text(encoding="utf-8"))["newsparse"]["variants"]
    return {
        variant: {**variants[variant]["vis"], **_body(variants[variant]["all"])}
        for variant in variants
    }


def _body(scope: dict[str, float]) -> dict[str, float]:
    return {key: value for key, value in scope.items() if key.startswith("body")}


@pytest.mark.parametrize(
    ("variant", "metric"),
    [(variant, metric) for variant, metrics in FLOORS.items() for metric in metrics],
)
def test_no_metric_below_its_floor(
    scores: dict[str, dict[str, float]], variant: str, metric: str
) -> None:
    assert scores[variant][metric] >= FLOORS[variant][metric]
