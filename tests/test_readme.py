"""The README's two set-up commands are exactly what .ci/run executes."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands(text: str) -> list[str]:
    starts = ("python3 -m venv", ".venv/bin/pip install")
    return [line.strip() for line in text.splitlines() if line.strip().startswith(starts)]


def test_ci_runs_the_readme_set_up_commands() -> None:
    readme = _commands((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = _commands((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert len(readme) == 2
    assert readme == ci


def test_readme_names_every_cli_option() -> None:
    from typer.main import get_command

    from newsparse.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = [
        opt for param in get_command(app).params for opt in param.opts if opt.startswith("--")
    ]
    missing = [opt for opt in options if opt not in readme and opt != "--help"]
    assert not missing
