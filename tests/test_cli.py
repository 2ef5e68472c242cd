"""The command line: formats, stdin, directories, exit codes, stderr messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsparse import __version__
from newsparse.cli import app

from .conftest import FIXTURES, run_cli

SEED = str(FIXTURES / "seed.txt")
runner = CliRunner()


_run = run_cli


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsparse {__version__}"


def test_schema_is_json() -> None:
    result = runner.invoke(app, ["--schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "newsparse article record"


def test_json_one_input_is_an_object() -> None:
    result = runner.invoke(app, [SEED, "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["section"] == "News"


def test_json_several_inputs_is_an_array(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(
        "Second story headline here\n\nA body sentence that is long enough to count as prose in the body.\n"
    )
    result = runner.invoke(app, [SEED, str(tmp_path / "b.txt"), "--json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [Path(r["source"]).name for r in records] == ["seed.txt", "b.txt"]


def test_piped_default_is_jsonl_and_stdin_dash() -> None:
    proc = _run("-", stdin=Path(SEED).read_bytes())
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"] == "-"


def test_no_path_with_piped_stdin_reads_stdin() -> None:
    proc = _run(
        stdin=b"Headline of a story\n\nBy Jane Doe\n\nThe first paragraph says what happened in a full sentence.\n"
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["authors"] == ["Jane Doe"]


def test_directory_walk_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", "c.md"):
        (tmp_path / name).write_text(
            "A headline for the test\n\nThe body of the test article is one sentence long.\n"
        )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(
        "Another headline\n\nAnother body sentence for the walker test here.\n"
    )
    proc = _run(str(tmp_path), "--jsonl")
    names = [Path(json.loads(line)["source"]).name for line in proc.stdout.decode().splitlines()]
    assert names == ["a.txt", "b.txt", "d.txt"]
    assert b"3 files, 0 failed" in proc.stderr


def test_glob_option(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "Markdown headline text\n\nA body sentence in a markdown file for the glob test.\n"
    )
    proc = _run(str(tmp_path), "--glob", "*.md")
    assert len(proc.stdout.splitlines()) == 1


def test_missing_file_error_and_others_still_processed(tmp_path: Path) -> None:
    proc = _run(str(tmp_path / "nope.txt"), SEED, "--jsonl")
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert records[0]["error"]["type"] == "not-found"
    assert records[1]["section"] == "News"
    assert (
        f"newsparse: error: {tmp_path / 'nope.txt'}: no such file or directory"
        in proc.stderr.decode()
    )


def test_binary_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    proc = _run(str(tmp_path / "x.txt"))
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["type"] == "not-text"
    assert proc.stderr.decode().count("\n") == 1


def test_usage_error_exit_2() -> None:
    assert runner.invoke(app, [SEED, "--json", "--jsonl"]).exit_code == 2
    assert runner.invoke(app, [SEED, "--tz", "Mars/Olympus"]).exit_code == 2
    assert runner.invoke(app, [SEED, "--now", "yesterday"]).exit_code == 2


def test_tz_option() -> None:
    result = runner.invoke(app, [SEED, "--json", "--tz", "Europe/Warsaw"])
    assert json.loads(result.stdout)["published"] == "2024-05-25T16:42:00+02:00"


def test_table_never_reads_markup(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text(
        "[bold]Not markup[/bold] in a headline\n\nThe body keeps [red]brackets[/red] as they are written here.\n"
    )
    result = runner.invoke(app, [str(tmp_path / "m.txt"), "--table"])
    assert result.exit_code == 0
    assert "[bold]Not markup[/bold]" in result.stdout


def test_explain_lists_every_line() -> None:
    proc = _run(SEED, "--explain")
    rows = [line.split("\t") for line in proc.stdout.decode().splitlines()]
    assert rows[0][:4] == ["1", "header", "section", "section_glued_to_repeated_headline"]
    assert sorted({int(row[0]) for row in rows}) == list(range(1, 27))
    assert [row[2] for row in rows if row[0] == "2"] == ["blank"]


def test_csv_has_header_and_row() -> None:
    proc = _run(SEED, "--csv")
    lines = proc.stdout.decode().splitlines()
    assert lines[0].startswith("source,section,headline")
    assert "Sara Bounaoui" in lines[1]


def test_head_closing_pipe_is_quiet(tmp_path: Path) -> None:
    for index in range(300):
        (tmp_path / f"{index:04}.txt").write_text(
            f"Headline number {index}\n\nBody sentence number {index} is here and long enough.\n"
        )
    shell = f"{sys.executable} -m newsparse {tmp_path} --jsonl | head -1"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, timeout=120, check=False
    )
    assert proc.stdout.count(b"\n") == 1
    assert b"Traceback" not in proc.stderr


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_python_dash_m_works() -> None:
    proc = _run("--version")
    assert proc.stdout.decode().startswith("newsparse ")
