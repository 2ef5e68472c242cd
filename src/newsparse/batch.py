"""Batch: turn PATH arguments into an ordered stream of Article or Failure values.

Directories are walked recursively in sorted order (hidden entries skipped,
symlinked directories not followed), so output order never depends on the
filesystem or on worker timing. Only regular files are opened.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from newsparse.errors import NewsparseError
from newsparse.model import JSON, Article
from newsparse.options import DEFAULTS, Options
from newsparse.pipeline import parse_bytes, parse_file

STDIN = "-"
_WINDOW_PER_WORKER = 8  # futures in flight per worker: keeps memory flat on huge runs


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be parsed: a value, not an exception."""

    source: str
    kind: str  # "unreadable", "not-text", "too-large", "not-a-file", "not-found", ...
    message: str

    def to_dict(self) -> dict[str, JSON]:
        """The error record written in place of the article in JSON Lines."""
        return {"source": self.source, "error": {"type": self.kind, "message": self.message}}


def find_inputs(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[str | Failure]:
    """Yield files to parse, in order: given files as they are, directories walked and sorted."""
    for path in paths:
        if path == STDIN:
            yield path
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            kind = "not-found" if isinstance(error, FileNotFoundError) else "unreadable"
            yield Failure(path, kind, (error.strerror or str(error)).lower())
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, pattern)
        elif stat.S_ISREG(mode):
            yield path
        else:
            yield Failure(
                path, "not-a-file", "not a regular file (FIFO, device or socket); skipped"
            )


def _walk(root: str, pattern: str) -> Iterator[str | Failure]:
    """Yield matching regular files below root in sorted order; report unreadable folders."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.startswith(".") or not fnmatch.fnmatch(name, pattern):
                continue
            if os.path.isfile(path):  # skips FIFOs, devices and dangling links
                yield path
        while errors:
            error = errors.pop(0)
            yield Failure(
                str(error.filename or folder), "unreadable", (error.strerror or str(error)).lower()
            )


def parse_one(path: str, options: Options = DEFAULTS) -> Article | Failure:
    """Parse one path (or stdin for "-"), turning input errors into a Failure."""
    try:
        if path == STDIN:
            return parse_bytes(sys.stdin.buffer.read(), source=STDIN, options=options)
        return parse_file(path, options=options)
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
    inputs = find_inputs(paths, pattern)
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers <= 1:
        for item in inputs:
            yield item if isinstance(item, Failure) else parse_one(item, options)
        return
    yield from _parse_parallel(inputs, workers, options)


def _parse_parallel(
    inputs: Iterator[str | Failure], workers: int, options: Options
) -> Iterator[Article | Failure]:
    """Parse in a process pool with a bounded window of futures, yielding in input order."""
    pending: deque[Future[Article | Failure] | Article | Failure] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in inputs:
            if isinstance(item, Failure) or item == STDIN:
                pending.append(item if isinstance(item, Failure) else parse_one(item, options))
            else:
                pending.append(pool.submit(parse_one, item, options))
            while len(pending) >= workers * _WINDOW_PER_WORKER:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(item: Future[Article | Failure] | Failure | Article) -> Article | Failure:
    if isinstance(item, (Failure, Article)):
        return item
    return item.result()
