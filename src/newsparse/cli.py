"""The command line: flags -> one library call -> one render call per result.

stdout carries data only (JSON, JSON Lines, CSV, tables); errors and the summary
go to stderr. Exit codes: 0 ok, 1 an input failed, 2 usage error, 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM).
"""

# No `from __future__ import annotations` here: typer reads `main`'s signature on every run,
# and string annotations would be compiled one by one (a few ms of each start-up).

import contextlib
import functools
import gc
import io
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum, IntEnum
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, NamedTuple, TextIO

import typer

from newsparse import __version__, render
from newsparse.batch import (
    STDIN,
    DuplicateIndex,
    Failure,
    Input,
    find_entries,
    map_results,
    parse_paths,
    render_result,
)
from newsparse.model import Article
from newsparse.options import DEFAULT_MAX_BYTES, Options
from newsparse.render import add_field

if TYPE_CHECKING:
    from rich.console import Console


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


class _Run(NamedTuple):
    """What the command was asked to do, resolved from its flags."""

    output: Format
    explain: bool = False
    quiet: bool = False
    fail_fast: bool = False
    output_dir: Path | None = None
    skip_existing: bool = False
    dedupe: bool = False


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
        bool,
        typer.Option("--quiet", "-q", help="No progress, summary or per-file errors on stderr."),
    ] = False,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            file_okay=False,
            help="Write one <name>.json per input here, mirroring the input tree.",
        ),
    ] = None,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing", help="With --output-dir: leave inputs whose .json exists alone."
        ),
    ] = False,
    dedupe: Annotated[
        bool,
        typer.Option(
            "--dedupe",
            help="Add duplicate_of: the earlier source with the same headline or body.",
        ),
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
    if skip_existing and output_dir is None:
        message = "--skip-existing needs --output-dir"
        raise typer.BadParameter(message, param_hint="--skip-existing")
    run = _Run(chosen, explain, quiet, fail_fast, output_dir, skip_existing, dedupe)
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
    """Parse, render and write every result; map signals and closed pipes to exit codes."""
    started, tally = time.monotonic(), _Tally()
    if isinstance(sys.stdout, io.TextIOWrapper):  # CSV and tables give back a path's raw bytes
        sys.stdout.reconfigure(errors="surrogateescape")
    guard = _SignalGuard()
    try:
        with guard.installed(), _progress(paths, glob, run) as advance:
            tally.advance = advance
            if run.output_dir is None and (run.explain or run.output is Format.table):
                results = parse_paths(paths, workers=workers, options=options, pattern=glob)
                _write_articles(_counted(results, tally, run), run, guard)
            else:
                _write_rendered(find_entries(paths, glob), run, (options, workers), tally, guard)
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.OK
    except _StoppedError as stop:
        _stderr(f"newsparse: {stop.reason}")
        return stop.code
    if not run.quiet and tally.files + tally.skipped > 1:
        _stderr(tally.summary(time.monotonic() - started))
    return ExitCode.FAILED if tally.failed else ExitCode.OK


class _Tally:
    """Counts for the summary line, and the progress bar's step."""

    __slots__ = ("advance", "failed", "files", "skipped")

    def __init__(self) -> None:
        # Not a dataclass: creating one costs 0.5 ms of start-up.
        self.files = 0
        self.failed = 0
        self.skipped = 0
        self.advance: Callable[[], None] = lambda: None

    def summary(self, seconds: float) -> str:
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        files = f"{self.files} file{'' if self.files == 1 else 's'}"
        return f"newsparse: {files}, {self.failed} failed{skipped}, {seconds:.1f} s"

    def count(self, failure: Failure | None, run: _Run) -> None:
        """Count one result and report it on stderr if it failed."""
        self.files += 1
        self.advance()
        if failure is not None:
            self.failed += 1
            if not run.quiet:
                _stderr(f"newsparse: error: {_printable(failure.source)}: {failure.message}")


class _StoppedError(BaseException):
    """A signal asked the run to stop; raised only between two records.

    A BaseException, like KeyboardInterrupt, so the batch's per-file `except Exception`
    cannot turn it into a failed file.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.code = ExitCode.INTERRUPTED if signum == signal.SIGINT else ExitCode.TERMINATED
        self.reason = "interrupted" if signum == signal.SIGINT else "terminated"


class _SignalGuard:
    """SIGINT and SIGTERM stop the run, but never in the middle of writing a record."""

    def __init__(self) -> None:
        self._writing = False
        self._pending: int | None = None

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Handle SIGINT and SIGTERM for the duration of the run, then restore the old handlers."""
        previous = {number: signal.getsignal(number) for number in _STOP_SIGNALS}
        for number in _STOP_SIGNALS:
            signal.signal(number, self._handle)
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold a signal back until the record being written is complete."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self._pending is not None:
            raise _StoppedError(self._pending)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        del frame
        if self._writing:
            self._pending = signum
            return
        raise _StoppedError(signum)


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _progress(paths: list[str], glob: str, run: _Run) -> Iterator[Callable[[], None]]:
    """Yield a step function: a Rich bar on a terminal's stderr for several inputs, else a no-op.

    The bar is drawn only when stdout is not the same terminal (records would tear it) or
    goes to --output-dir; Rich is imported only then, so piped runs start fast.
    """
    shown = not run.quiet and sys.stderr.isatty()
    shown = shown and (run.output_dir is not None or not sys.stdout.isatty())
    total = sum(1 for _ in find_entries(paths, glob)) if shown else 0
    if total <= 1:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    # stderr is redirected through the bar so error lines print above it; stdout never is.
    with Progress(console=Console(stderr=True), transient=True, redirect_stdout=False) as progress:
        task = progress.add_task("parsing", total=total)
        yield lambda: progress.advance(task)


def _counted(
    results: Iterable[Article | Failure], tally: _Tally, run: _Run
) -> Iterator[Article | Failure]:
    """Pass results through, counting them and reporting failures on stderr."""
    for item in results:
        tally.count(item if isinstance(item, Failure) else None, run)
        yield item
        if run.fail_fast and isinstance(item, Failure):
            return


def _write_articles(results: Iterable[Article | Failure], run: _Run, guard: _SignalGuard) -> None:
    """Tables and --explain, which need the whole Article in this process."""
    out = sys.stdout
    plain = run.explain and not out.isatty()
    console = None if plain else _console(out)
    for item in results:
        if not isinstance(item, Article):
            continue
        with guard.writing():
            if plain:
                out.write(render.explain_text(item) + "\n")
                out.flush()
            elif console is not None:
                console.print(render.explain_table(item) if run.explain else render.to_table(item))


def _console(out: TextIO) -> "Console":
    from rich.console import Console

    return Console(file=out)


def _write_rendered(
    entries: Iterable[Input | Failure],
    run: _Run,
    setup: tuple[Options, int],
    tally: _Tally,
    guard: _SignalGuard,
) -> None:
    """JSON, JSON Lines, CSV and --output-dir: workers render, this process only writes."""
    options, workers = setup
    output = "json" if run.output_dir is not None else run.output.value
    if run.output_dir is not None and run.skip_existing:
        entries = _unfinished(entries, run.output_dir, tally)
    job = functools.partial(render_result, output, run.dedupe)
    sink = _sink(run)
    index = DuplicateIndex() if run.dedupe else None
    for entry, rendered in map_results(entries, job, workers=workers, options=options):
        tally.count(rendered.failure, run)
        text = rendered.text
        if index is not None and rendered.fingerprint is not None:
            source = entry.path if isinstance(entry, Input) else entry.source
            text = add_field(
                text, output, "duplicate_of", index.check(source, rendered.fingerprint)
            )
        with guard.writing():
            sink.write(entry, text, failed=rendered.failure is not None)
        if run.fail_fast and rendered.failure is not None:
            break
    with guard.writing():
        sink.close()


def _unfinished(
    entries: Iterable[Input | Failure], output_dir: Path, tally: _Tally
) -> Iterator[Input | Failure]:
    """Leave out inputs whose output file exists (--skip-existing), without reading them."""
    for entry in entries:
        if isinstance(entry, Input) and entry.path != STDIN and _target(output_dir, entry).exists():
            tally.skipped += 1
            tally.advance()
            continue
        yield entry


def _target(output_dir: Path, entry: Input) -> Path:
    """Where an input's record goes: its path below its argument, with a .json suffix."""
    return output_dir / Path(entry.name).with_suffix(".json")


class _Sink:
    """Where rendered records go; `write` is called once per result, in order."""

    def write(self, entry: Input | Failure, text: str, *, failed: bool) -> None:
        del entry, failed
        if text:
            _STDOUT_WRITE(text + "\n")

    def close(self) -> None:
        """Finish the output (closing bracket, nothing for line formats)."""


def _STDOUT_WRITE(text: str) -> None:  # noqa: N802 - reads as a constant action
    sys.stdout.write(text)
    sys.stdout.flush()  # a reader sees each record as soon as it is done


class _CsvSink(_Sink):
    def __init__(self, dedupe: bool) -> None:
        _STDOUT_WRITE(render.csv_header(("duplicate_of",) if dedupe else ()) + "\n")


class _JsonSink(_Sink):
    """One pretty object for one input, else a streamed array (never all held in memory)."""

    def __init__(self) -> None:
        self._first: str | None = None
        self._count = 0

    def write(self, entry: Input | Failure, text: str, *, failed: bool) -> None:
        del entry, failed
        self._count += 1
        if self._count == 1:
            self._first = text
            return
        if self._first is not None:
            _STDOUT_WRITE("[\n" + _indent(self._first))
            self._first = None
        _STDOUT_WRITE(",\n" + _indent(text))

    def close(self) -> None:
        if self._count == 0:
            _STDOUT_WRITE("[]\n")
        elif self._first is not None:
            _STDOUT_WRITE(self._first + "\n")
        else:
            _STDOUT_WRITE("\n]\n")


class _DirectorySink(_Sink):
    """--output-dir: one pretty JSON file per parsed input, mirroring the input tree."""

    def __init__(self, output_dir: Path) -> None:
        self._output_dir = output_dir

    def write(self, entry: Input | Failure, text: str, *, failed: bool) -> None:
        if failed or not isinstance(entry, Input):
            return
        _write_atomic(_target(self._output_dir, entry), text + "\n")


def _write_atomic(target: Path, text: str) -> None:
    """Write a file so that it either has all of `text` or does not exist (temp + os.replace)."""
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="surrogateescape") as handle:
            handle.write(text)
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def _sink(run: _Run) -> _Sink:
    if run.output_dir is not None:
        return _DirectorySink(run.output_dir)
    if run.output is Format.json:
        return _JsonSink()
    if run.output is Format.csv:
        return _CsvSink(run.dedupe)
    return _Sink()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))  # splitlines would cut U+2028


def _printable(path: str) -> str:
    r"""A path safe to print on one line: control characters and undecodable bytes escaped.

    >>> print(_printable("new\nline\udcff.txt"))
    new\nline\xff.txt
    """
    if path.isprintable():
        return path
    return "".join(char if char.isprintable() else _escaped(char) for char in path)


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")


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
    # Modules, rule tables and patterns live as long as the process: freezing them keeps the
    # cyclic collector from walking them again at every full collection and once more at exit.
    gc.freeze()
    app()
