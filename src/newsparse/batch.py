"""Batch: turn PATH arguments into an ordered stream of Article or Failure values.

Directories are walked recursively in sorted order (hidden entries skipped,
symlinked directories not followed), so output order never depends on the
filesystem or on worker timing. Only regular files are opened, never FIFOs or devices.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from newsparse.dedupe import line_key
from newsparse.errors import NewsparseError
from newsparse.model import JSON, Article
from newsparse.options import DEFAULTS, Options
from newsparse.pipeline import parse_bytes
from newsparse.read import NOT_A_FILE, os_message, read_regular

if TYPE_CHECKING:
    from concurrent.futures import Future

STDIN = "-"
_WINDOW_PER_WORKER = 8  # futures in flight per worker: keeps memory flat on huge runs

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be parsed: a value, not an exception."""

    source: str
    kind: str  # "unreadable", "not-text", "too-large", "not-a-file", "not-found", ...
    message: str

    def to_dict(self) -> dict[str, JSON]:
        """The error record written in place of the article in JSON Lines."""
        return {"source": self.source, "error": {"type": self.kind, "message": self.message}}


class Input(NamedTuple):
    """A file to parse, and its path below the argument it was found under."""

    path: str
    name: str  # "sub/a.txt" for scraped/sub/a.txt given as scraped/; mirrors the tree


def find_inputs(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[str | Failure]:
    """Yield files to parse, in order: given files as they are, directories walked and sorted."""
    for entry in find_entries(paths, pattern):
        yield entry.path if isinstance(entry, Input) else entry


def find_entries(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[Input | Failure]:
    """Like `find_inputs`, with each file's name relative to the argument that named it."""
    for path in paths:
        if path == STDIN:
            yield Input(STDIN, "stdin")
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            kind = "not-found" if isinstance(error, FileNotFoundError) else "unreadable"
            yield Failure(path, kind, os_message(error))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, pattern)
        elif stat.S_ISREG(mode):
            yield Input(path, os.path.basename(path))
        else:
            yield Failure(path, "not-a-file", NOT_A_FILE)


def _walk(root: str, pattern: str) -> Iterator[Input | Failure]:
    """Yield matching regular files below root in sorted order; report unreadable folders."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        yield from _folder_errors(errors, folder)
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.startswith(".") or not fnmatch.fnmatch(name, pattern):
                continue
            if os.path.isfile(path):  # skips FIFOs, devices, dangling links and link loops
                yield Input(path, os.path.relpath(path, root))
    yield from _folder_errors(errors, root)  # the root itself may be unreadable


def _folder_errors(errors: list[OSError], folder: str) -> Iterator[Failure]:
    while errors:
        error = errors.pop(0)
        yield Failure(str(error.filename or folder), "unreadable", os_message(error))


def parse_one(path: str, options: Options = DEFAULTS) -> Article | Failure:
    """Parse one path (or stdin for "-"), turning input errors into a Failure."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(options.max_bytes + 1)
        else:
            data = read_regular(path, options.max_bytes)
        return parse_bytes(data, source=path, options=options)
    except NewsparseError as error:
        return Failure(path, error.kind, error.message)
    except Exception as error:  # one bad file must not end a batch
        return Failure(
            path, "internal", f"internal error ({type(error).__name__}: {error}); please report it"
        )


def parse_paths(
    paths: Iterable[str], *, workers: int = 1, options: Options = DEFAULTS, pattern: str = "*.txt"
) -> Iterator[Article | Failure]:
    """Parse every input in order; `workers` > 1 parses in parallel, output order unchanged."""
    entries = find_entries(paths, pattern)
    for _, result in map_results(entries, _same, workers=workers, options=options):
        yield result


def _same(result: Article | Failure) -> Article | Failure:
    return result


def map_results(
    entries: Iterable[Input | Failure],
    job: Callable[[Article | Failure], T],
    *,
    workers: int = 1,
    options: Options = DEFAULTS,
) -> Iterator[tuple[Input | Failure, T]]:
    """Yield (entry, job(parsed entry)) in input order; with workers > 1 the job runs in them.

    `job` must be a module-level function (or a partial of one) so it can be pickled. Running
    it in the worker lets the CLI ship a rendered line back instead of a whole Article.
    """
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers <= 1:
        for entry in entries:
            yield entry, _run_job(job, entry, options)
        return
    yield from _map_parallel(entries, job, workers, options)


def _run_job(
    job: Callable[[Article | Failure], T], entry: Input | Failure | str, options: Options
) -> T:
    if isinstance(entry, Failure):
        return job(entry)
    return job(parse_one(entry if isinstance(entry, str) else entry.path, options))


def _map_parallel(
    entries: Iterable[Input | Failure],
    job: Callable[[Article | Failure], T],
    workers: int,
    options: Options,
) -> Iterator[tuple[Input | Failure, T]]:
    """Run jobs in a process pool with a bounded window of futures, yielding in input order."""
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing is slow to import

    pending: deque[tuple[Input | Failure, Future[T] | T]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    try:
        for entry in entries:
            if isinstance(entry, Failure) or entry.path == STDIN:  # stdin belongs to this process
                pending.append((entry, _run_job(job, entry, options)))
            else:
                pending.append((entry, pool.submit(_run_job, job, entry.path, options)))
            while len(pending) >= workers * _WINDOW_PER_WORKER:
                yield _settled(pending.popleft())
        while pending:
            yield _settled(pending.popleft())
    finally:
        # Stopped early (--fail-fast, Ctrl-C, closed pipe): drop queued work, finish running jobs.
        pool.shutdown(wait=True, cancel_futures=True)


def _settled(pair: tuple[Input | Failure, Future[T] | T]) -> tuple[Input | Failure, T]:
    from concurrent.futures import Future  # imported by _map_parallel already

    entry, value = pair
    if isinstance(value, Future):
        return entry, value.result()
    return entry, value


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the run between two records.

    A forked worker also holds a copy of the parent's stdout buffer; pointing its fd 1 at
    /dev/null means nothing it flushes can land between the parent's records.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)


# --- cross-document duplicates (--dedupe) -------------------------------------------------

_SHINGLE = 3  # words per shingle in the body fingerprint
_MIN_BODY_WORDS = 20  # shorter bodies are compared exactly: a simhash of a few words is noise
_NEAR_BITS = 3  # simhashes this close (of 64 bits) are the same text with small edits
_BANDS = 4  # 64 bits in 4 bands of 16: two hashes within 3 bits share at least one band


class Fingerprint(NamedTuple):
    """What --dedupe compares: the headline's key, the body's exact key and its simhash."""

    headline: str = ""
    body: str = ""
    simhash: int | None = None


def fingerprint(article: Article) -> Fingerprint:
    """Return the keys that make two articles the same story."""
    import hashlib  # only --dedupe needs it

    headline = line_key(article.headline.text) if article.headline else ""
    words = line_key(article.body).split()
    body = hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest() if words else ""
    simhash = _simhash(words) if len(words) >= _MIN_BODY_WORDS else None
    return Fingerprint(headline, body, simhash)


def _simhash(words: list[str]) -> int:
    """A 64-bit simhash of the word shingles: near-identical texts differ in a few bits."""
    import hashlib

    weights = [0] * 64
    for start in range(max(1, len(words) - _SHINGLE + 1)):
        shingle = " ".join(words[start : start + _SHINGLE]).encode()
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


class DuplicateIndex:
    """The first source seen for each fingerprint; fed in output order, so deterministic."""

    __slots__ = ("bands", "bodies", "headlines")

    def __init__(self) -> None:
        # Not a dataclass: creating one costs 0.5 ms of start-up.
        self.headlines: dict[str, str] = {}
        self.bodies: dict[str, str] = {}
        self.bands: dict[tuple[int, int], list[tuple[int, str]]] = {}

    def check(self, source: str, print_: Fingerprint) -> str | None:
        """Return the earlier source this one duplicates (or None), then remember this one."""
        earlier = self._find(print_)
        if earlier is None:
            self._add(source, print_)
        return earlier

    def _find(self, print_: Fingerprint) -> str | None:
        if print_.headline in self.headlines:
            return self.headlines[print_.headline]
        if print_.body in self.bodies:
            return self.bodies[print_.body]
        if print_.simhash is None:
            return None
        for band in _bands(print_.simhash):
            for other, source in self.bands.get(band, ()):
                if (other ^ print_.simhash).bit_count() <= _NEAR_BITS:
                    return source
        return None

    def _add(self, source: str, print_: Fingerprint) -> None:
        if print_.headline:
            self.headlines[print_.headline] = source
        if print_.body:
            self.bodies[print_.body] = source
        if print_.simhash is not None:
            for band in _bands(print_.simhash):
                self.bands.setdefault(band, []).append((print_.simhash, source))


def _bands(simhash: int) -> list[tuple[int, int]]:
    width = 64 // _BANDS
    return [(index, simhash >> (index * width) & (1 << width) - 1) for index in range(_BANDS)]


# --- what a worker sends back to the CLI ---------------------------------------------------


class Rendered(NamedTuple):
    """A result as the CLI writes it: a few strings instead of a whole Article.

    An Article carries every labelled line; pickling one costs more than rendering it,
    so workers render and send back only the text, the failure and the fingerprint.
    """

    text: str
    failure: Failure | None = None
    fingerprint: Fingerprint | None = None


def render_result(output: str, dedupe: bool, result: Article | Failure) -> Rendered:
    """Render one result for `output` ("json", "jsonl", "csv"), with its fingerprint if asked."""
    from newsparse.render import render_record

    text = render_record(result, output)
    if isinstance(result, Failure):
        return Rendered(text, failure=result)
    return Rendered(text, fingerprint=fingerprint(result) if dedupe else None)
