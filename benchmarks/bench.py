"""Batch benchmark: newsparse against a plain-Python floor, in one run, as ratios.

    .venv/bin/python benchmarks/bench.py                       # texts from tests/fixtures
    .venv/bin/python benchmarks/bench.py ../shared/eval/corpus/page --files 1000

Builds a corpus of N files (copies of the source texts, 1,000 per folder) in a temporary
directory, then measures: the floor (read each file, split lines, json.dumps them); the CLI
`newsparse DIR --jsonl` with 1 and 2 workers (docs/s, MB/s, peak RSS); peak RSS growth from
--rss-small to --rss-large files; one-file start-up against importing typer, regex and dateutil
(with the package's bytecode written first, as an installed copy has it; best of 15 runs each, taken in turns).
Each command runs in a child of a fresh helper process, so RUSAGE_CHILDREN is its own peak.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The installed console script, as users run it; `python -m newsparse` where there is none.
_SCRIPT = Path(sys.executable).with_name("newsparse")
NEWSPARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newsparse"]
IMPORT_FLOOR = [sys.executable, "-c", "import typer, regex, dateutil.parser"]
PER_FOLDER = 1000


@dataclass(frozen=True)
class Run:
    """One measured command: wall seconds and peak RSS in MB."""

    seconds: float
    peak_mb: float


def build_corpus(sources: list[Path], count: int, into: Path) -> int:
    """Write `count` files cycling through `sources`; return the total bytes."""
    texts = [path.read_bytes() for path in sources]
    total = 0
    for index in range(count):
        folder = into / f"{index // PER_FOLDER:03}"
        folder.mkdir(parents=True, exist_ok=True)
        data = texts[index % len(texts)]
        (folder / f"{index:06}.txt").write_bytes(data)
        total += len(data)
    return total


def measure(command: list[str]) -> Run:
    """Run a command (stdout to /dev/null) in a fresh helper; return its time and peak RSS."""
    helper = [sys.executable, __file__, "--child", json.dumps(command)]
    done = subprocess.run(helper, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    return Run(result["seconds"], result["peak_mb"])


def child(command: list[str]) -> None:
    """The helper: run the command, print its wall time and the peak RSS of its processes."""
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))


FLOOR = """
import json, os, sys
out = open(os.devnull, "w")
for folder, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(folder, name), "rb") as handle:
            lines = handle.read().decode("utf-8", "replace").splitlines()
        out.write(json.dumps({"source": name, "lines": lines}, ensure_ascii=False) + "\\n")
"""


def compile_package() -> None:
    """Write the package's bytecode, as `pip install .` does, so start-up is measured as
    users run it (an editable install under PYTHONDONTWRITEBYTECODE compiles on every run)."""
    spec = importlib.util.find_spec("newsparse")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(Path(spec.origin).parent, quiet=1)


def best_of_pairs(first: list[str], second: list[str], repeat: int) -> tuple[float, float]:
    """The fastest of `repeat` runs of each command, run in turns (start-up noise only ever adds
    time, and taking turns gives both the same machine state, whatever drifts during the loop)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        times[0].append(measure(first).seconds)
        times[1].append(measure(second).seconds)
    return min(times[0]), min(times[1])


def main() -> None:
    """Build the corpora, run every measurement and print the table with ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=ROOT / "tests" / "fixtures")
    parser.add_argument("--files", type=int, default=5000, help="files for the worker runs")
    parser.add_argument("--rss-small", type=int, default=1000)
    parser.add_argument("--rss-large", type=int, default=20000)
    parser.add_argument("--rss-source", type=Path, default=ROOT / "tests" / "fixtures" / "seed.txt")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return
    sources = sorted(args.source.glob("*.txt")) if args.source.is_dir() else [args.source]
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as scratch:
        report(args, sources, Path(scratch))


def report(args: argparse.Namespace, sources: list[Path], scratch: Path) -> None:
    """Run the measurements in `scratch` and print them."""
    corpus = scratch / "corpus"
    size_mb = build_corpus(sources, args.files, corpus) / 1e6
    files = args.files
    floor = measure([sys.executable, "-c", FLOOR, str(corpus)])
    one = measure([*NEWSPARSE, str(corpus), "--jsonl", "--workers", "1"])
    two = measure([*NEWSPARSE, str(corpus), "--jsonl", "--workers", "2"])
    shutil.rmtree(corpus)
    peaks = []
    for count in (args.rss_small, args.rss_large):
        build_corpus([args.rss_source], count, scratch / f"rss{count}")
        peaks.append(measure([*NEWSPARSE, str(scratch / f"rss{count}"), "--jsonl"]).peak_mb)
        shutil.rmtree(scratch / f"rss{count}")
    seed = str(ROOT / "tests" / "fixtures" / "seed.txt")
    compile_package()
    start_up, import_floor = best_of_pairs([*NEWSPARSE, seed, "--json"], IMPORT_FLOOR, 15)

    print(f"corpus: {files} files, {size_mb:.1f} MB from {len(sources)} texts in {args.source}")
    print(f"{'run':<22}{'s':>8}{'docs/s':>10}{'MB/s':>8}{'peak MB':>9}")
    for name, run in (("floor", floor), ("newsparse 1 worker", one), ("newsparse 2 workers", two)):
        rate = files / run.seconds
        print(
            f"{name:<22}{run.seconds:>8.2f}{rate:>10.1f}{size_mb / run.seconds:>8.2f}{run.peak_mb:>9.1f}"
        )
    growth = peaks[1] - peaks[0]
    print(
        f"peak RSS {args.rss_small} -> {args.rss_large} files: {peaks[0]:.1f} -> {peaks[1]:.1f} MB"
    )
    print(
        f"start-up: newsparse {start_up * 1000:.0f} ms, import floor {import_floor * 1000:.0f} ms"
    )
    print()
    targets = (
        ("1 worker / floor (docs/s)", floor.seconds / one.seconds, ">= 0.25"),
        ("2 workers / 1 worker", one.seconds / two.seconds, ">= 1.7"),
        ("RSS growth MB", growth, "<= 20"),
        ("start-up / import floor", start_up / import_floor, "<= 1.3"),
    )
    for name, value, target in targets:
        print(f"{name:<28}{value:>8.2f}   target {target}")


if __name__ == "__main__":
    main()
