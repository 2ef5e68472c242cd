"""The command line: flags -> one library call -> one render call per result.

stdout carries data only (JSON, JSON Lines, CSV, tables); errors and the summary
go to stderr. Exit codes: 0 ok, 1 an input failed, 2 usage error, 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, IntEnum
from types import FrameType
from typing import Annotated, TextIO

import typer

from newsparse import __version__, render
from newsparse.batch import STDIN, Failure, parse_paths
from newsparse.model import Article
from newsparse.options import DEFAULT_MAX_BYTES, Options


class ExitCode(IntEnum):
    """The documented exit statuses."""

    OK = 0
    FAILED = 1
    USAGE = 2
    INTERRUPTED = 130
    TERMINATED = 143


class Format(str, Enum):
    """Output formats; the default is table on a terminal and jsonl otherwise."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class _TerminatedError(Exception):
    """Raised from the SIGTERM handler so output stops between two records."""


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsparse {__version__}\n")
        raise typer.Exit(ExitCode.OK)


def _schema(value: bool) -> None:
    if value:
        from importlib.resources import files

        sys.stdout.write(files("newsparse").joinpath("schema.json").read_text(encoding="utf-8"))
        raise typer.Exit(ExitCode.OK)


@dataclass(frozen=True)
class _Run:
    """What the command was asked to do, resolved from its flags."""

    output: Format
    explain: bool
    quiet: bool
    fail_fast: bool


@app.command()
def main(  # noqa: PLR0913, PLR0917 - a CLI's flags are its signature
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, directories (walked recursively) or - for stdin.", show_default=False
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Pretty JSON: an object, or an array for several inputs.")
    ] = False,
    as_jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One compact JSON object per line (default when piped).")
    ] = False,
    as_table: Annotated[
        bool, typer.Option("--table", help="Rich tables (default on a terminal).")
    ] = False,
    as_csv: Annotated[
        bool, typer.Option("--csv", help="Flat CSV columns for spreadsheets.")
    ] = False,
    output: Annotated[Format | None, typer.Option("--format", "-f", help="Output format.")] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show every input line with its zone, label and rule.")
    ] = False,
    tz: Annotated[
        str | None,
        typer.Option("--tz", help="IANA zone for timestamps that carry none, e.g. Europe/Warsaw."),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", help="Reference time (ISO 8601) for relative timestamps like '2 hours ago'."
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="Decode input with this codec instead of detecting."),
    ] = None,
    glob: Annotated[
        str, typer.Option("--glob", help="File pattern when walking directories.")
    ] = "*.txt",
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=0, help="Parallel worker processes (0 = one per CPU)."),
    ] = 1,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")
    ] = DEFAULT_MAX_BYTES,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No summary or per-file errors on stderr.")
    ] = False,
    schema: Annotated[
        bool,
        typer.Option(
            "--schema",
            callback=_schema,
            is_eager=True,
            help="Print the record's JSON Schema and exit.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Split scraped news text into section, headline, standfirst, byline, timestamp, credits, body and quotes."""
    del schema, version  # handled by their eager callbacks
    if not paths:
        if sys.stdin.isatty():
            typer.echo(ctx.get_help())
            raise typer.Exit(ExitCode.USAGE)
        paths = [STDIN]
    chosen = _choose_format(
        output, as_json=as_json, as_jsonl=as_jsonl, as_table=as_table, as_csv=as_csv
    )
    options = Options(
        tz=_check_zone(tz), now=_check_now(now), encoding=encoding, max_bytes=max_bytes
    )
    run = _Run(chosen, explain, quiet, fail_fast)
    raise typer.Exit(_execute(paths, run, options, workers, glob))


def _choose_format(output: Format | None, **flags: bool) -> Format:
    chosen = [Format(name.removeprefix("as_")) for name, on in flags.items() if on]
    if output is not None:
        chosen.append(output)
    if len(set(chosen)) > 1:
        message = "choose one output format"
        raise typer.BadParameter(message, param_hint="--json/--jsonl/--table/--csv")
    if chosen:
        return chosen[0]
    return Format.table if sys.stdout.isatty() else Format.jsonl


def _check_zone(tz: str | None) -> str | None:
    if tz is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        message = f"unknown time zone {tz!r} (use an IANA name such as Europe/Warsaw)"
        raise typer.BadParameter(message, param_hint="--tz") from None
    return tz


def _check_now(now: str | None) -> datetime | None:
    if now is None:
        return None
    try:
        return datetime.fromisoformat(now.replace("Z", "+00:00"))
    except ValueError:
        message = f"not an ISO 8601 time: {now!r}"
        raise typer.BadParameter(message, param_hint="--now") from None


def _execute(paths: list[str], run: _Run, options: Options, workers: int, glob: str) -> ExitCode:
    """Parse, render and write every result; map interruptions and closed pipes to exit codes."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    started, counts = time.monotonic(), {"files": 0, "failed": 0}
    results = _counted(
        parse_paths(paths, workers=workers, options=options, pattern=glob), counts, run
    )
    try:
        _write(results, run, sys.stdout)
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:
        _stderr("newsparse: interrupted")
        return ExitCode.INTERRUPTED
    except _TerminatedError:
        _stderr("newsparse: terminated")
        return ExitCode.TERMINATED
    if not run.quiet and counts["files"] > 1:
        seconds = time.monotonic() - started
        _stderr(f"newsparse: {counts['files']} files, {counts['failed']} failed, {seconds:.1f} s")
    return ExitCode.FAILED if counts["failed"] else ExitCode.OK


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    del signum, frame
    raise _TerminatedError


def _counted(
    results: Iterable[Article | Failure], counts: dict[str, int], run: _Run
) -> Iterator[Article | Failure]:
    """Pass results through, counting them and reporting failures on stderr."""
    for item in results:
        counts["files"] += 1
        if isinstance(item, Failure):
            counts["failed"] += 1
            if not run.quiet:
                _stderr(f"newsparse: error: {_printable(item.source)}: {item.message}")
            yield item
            if run.fail_fast:
                return
        else:
            yield item


def _write(results: Iterable[Article | Failure], run: _Run, out: TextIO) -> None:
    if run.explain:
        _write_explain(results, out)
    elif run.output is Format.jsonl:
        for item in results:
            out.write(render.to_jsonl(item) + "\n")
            out.flush()
    elif run.output is Format.json:
        _write_json(results, out)
    elif run.output is Format.csv:
        out.write(render.csv_header() + "\n")
        for item in results:
            if isinstance(item, Article):
                out.write(render.to_csv_row(item) + "\n")
    else:
        _write_tables(results, out)


def _write_json(results: Iterable[Article | Failure], out: TextIO) -> None:
    """One pretty object for one input, else a streamed array (never all held in memory)."""
    iterator = iter(results)
    first = next(iterator, None)
    second = next(iterator, None)
    if first is None:
        out.write("[]\n")
        return
    if second is None:
        out.write(render.to_json([first]) + "\n")
        return
    out.write("[\n")
    out.write(_indent(render.to_json([first])))
    for item in (second, *iterator):
        out.write(",\n" + _indent(render.to_json([item])))
    out.write("\n]\n")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _write_tables(results: Iterable[Article | Failure], out: TextIO) -> None:
    from rich.console import Console

    console = Console(file=out)
    for item in results:
        if isinstance(item, Article):
            console.print(render.to_table(item))


def _write_explain(results: Iterable[Article | Failure], out: TextIO) -> None:
    if not out.isatty():
        for item in results:
            if isinstance(item, Article):
                out.write(render.explain_text(item) + "\n")
        return
    from rich.console import Console

    console = Console(file=out)
    for item in results:
        if isinstance(item, Article):
            console.print(render.explain_table(item))


def _printable(path: str) -> str:
    """A path safe to print on one line: control characters and bad bytes escaped."""
    return (
        path.encode("utf-8", "backslashreplace")
        .decode("utf-8")
        .encode("unicode_escape")
        .decode("ascii")
        if not path.isprintable()
        else path
    )


def _stderr(message: str) -> None:
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass


def _silence_stdout() -> None:
    """After the reader closed the pipe, point stdout at /dev/null so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def run() -> None:
    """Console-script entry point."""
    app()
