"""Batch runs: worker order, output directories, resuming, dedupe, CSV columns, library API."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import Article, Failure, parse_paths
from newsparse.batch import DuplicateIndex, find_entries, fingerprint
from newsparse.pipeline import parse_text
from newsparse.render import CSV_COLUMNS

from .conftest import FIXTURES

SEED = FIXTURES / "seed.txt"
BODY = "The council met on {n} to debate the budget for the coming year in the town hall."


def _story(number: int) -> str:
    return f"Headline number {number} about the town\n\nBy Jane Doe\n\n{BODY.format(n=number)}\n"


def _tree(root: Path, count: int) -> Path:
    for number in range(count):
        folder = root / f"part{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:03}.txt").write_text(_story(number), encoding="utf-8")
    return root


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args], capture_output=True, timeout=120, check=False
    )


def test_two_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", 30)
    (root / "part1" / "bad.txt").write_bytes(b"%PDF-1.4 binary")
    one = _run(str(root), "--jsonl", "--workers", "1")
    two = _run(str(root), "--jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 31


def test_library_parse_paths_with_workers_keeps_order(tmp_path: Path) -> None:
    root = _tree(tmp_path, 12)
    serial = [item.to_dict() for item in parse_paths([str(root)])]
    parallel = [item.to_dict() for item in parse_paths([str(root)], workers=2)]
    assert serial == parallel
    assert all(isinstance(item, Article) for item in parse_paths([str(root)], workers=2))


def test_library_failures_are_values(tmp_path: Path) -> None:
    results = list(parse_paths([str(tmp_path / "missing.txt"), str(SEED)]))
    assert isinstance(results[0], Failure)
    assert results[0].kind == "not-found"
    assert isinstance(results[1], Article)


def test_output_dir_mirrors_the_tree_and_skip_existing_resumes(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", 6)
    out = tmp_path / "out"
    first = _run(str(root), "--output-dir", str(out), "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert first.stdout == b""
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*.json"))
    assert written == sorted(
        path.relative_to(root).with_suffix(".json").as_posix() for path in root.rglob("*.txt")
    )
    record = json.loads((out / "part0" / "000.json").read_text(encoding="utf-8"))
    assert record["headline"] == "Headline number 0 about the town"
    assert not list(out.rglob("*.tmp"))

    (out / "part0" / "000.json").write_text("kept", encoding="utf-8")
    (out / "part1" / "001.json").unlink()
    again = _run(str(root), "--output-dir", str(out), "--skip-existing")
    assert again.returncode == 0
    assert (out / "part0" / "000.json").read_text(encoding="utf-8") == "kept"
    assert (out / "part1" / "001.json").exists()
    assert b"1 file, 0 failed, 5 skipped" in again.stderr


def test_skip_existing_needs_output_dir() -> None:
    assert _run(str(SEED), "--skip-existing").returncode == 2


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    root = _tree(tmp_path, 9)
    (root / "part0" / "001.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    for workers in ("1", "2"):
        proc = _run(str(root), "--jsonl", "--fail-fast", "--workers", workers)
        records = [json.loads(line) for line in proc.stdout.splitlines()]
        assert proc.returncode == 1
        assert "error" in records[-1]
        assert len(records) == 2  # part0/000.txt, then the PNG


def test_csv_columns() -> None:
    proc = _run(str(SEED), "--csv")
    header, row = proc.stdout.decode().splitlines()[:2]
    assert tuple(header.split(",")) == CSV_COLUMNS == (
        "source", "section", "headline", "standfirst", "authors", "published", "updated",
        "image_credits", "words", "quotes", "body",
    )  # fmt: skip
    assert "Getty Images; NurPhoto" in row


def test_dedupe_marks_later_copies_for_any_worker_count(tmp_path: Path) -> None:
    root = _tree(tmp_path, 8)
    (root / "part2" / "zz-copy.txt").write_text(_story(3), encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        proc = _run(str(root), "--jsonl", "--dedupe", "--workers", workers)
        outputs.append(proc.stdout)
        marks = {
            Path(record["source"]).name: record["duplicate_of"]
            for record in map(json.loads, proc.stdout.splitlines())
        }
        assert marks["zz-copy.txt"] is not None
        assert marks["zz-copy.txt"].endswith("003.txt")
        assert sum(value is not None for value in marks.values()) == 1
    assert outputs[0] == outputs[1]


def test_dedupe_in_json_and_csv(tmp_path: Path) -> None:
    proc = _run(str(SEED), str(SEED), "--json", "--dedupe")
    records = json.loads(proc.stdout)
    assert [record["duplicate_of"] for record in records] == [None, str(SEED)]
    text = _run(str(SEED), str(SEED), "--csv", "--dedupe").stdout.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][-1] == "duplicate_of"
    assert [row[-1] for row in rows[1:]] == ["", str(SEED)]


def test_near_identical_bodies_are_duplicates() -> None:
    words = " ".join(f"word{n}" for n in range(200))
    first = parse_text(f"First headline here\n\n{words} ends here today.\n", source="a")
    edited = parse_text(f"Other headline there\n\n{words} ends there today.\n", source="b")
    different = parse_text(f"Third headline\n\n{words[::-1]} today.\n", source="c")
    index = DuplicateIndex()
    assert index.check("a", fingerprint(first)) is None
    assert index.check("b", fingerprint(edited)) == "a"
    assert index.check("c", fingerprint(different)) is None


def test_unreadable_root_folder_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    def refuse(top: str, onerror: object = None, **_: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", top))
        return iter(())

    monkeypatch.setattr(os, "walk", refuse)
    entries = list(find_entries([str(tmp_path)]))
    assert entries == [Failure(str(tmp_path), "unreadable", "permission denied")]
