"""Bad input never crashes, hangs or loses data: encodings, binaries, sizes, hostile text,
odd paths, signals and closed pipes. Big inputs are generated in tmp_path, never committed."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, Failure, parse_bytes, parse_paths
from newsparse.batch import read_regular
from newsparse.errors import InputError
from newsparse.lines import read_lines
from newsparse.options import DEFAULT_MAX_BYTES, DEFAULTS, Options

from .conftest import FIXTURES, run_cli

SEED = FIXTURES / "seed.txt"
STORY = "Zürich council backs “new” budget\n\nBy Jane Doe\n\nThe council in Zürich voted for the budget on Monday, officials said.\n"


_run = run_cli


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(files("newsparse").joinpath("schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _assert_nothing_lost(article: Article, text: str) -> None:
    record = article.to_dict()
    cited = {n for numbers in record["lines"].values() for n in numbers}  # type: ignore[union-attr]
    dropped = {drop.line for drop in article.dropped}
    non_blank = {line.number for line in read_lines(text).lines if line.text}
    assert non_blank <= cited | dropped


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode(), "utf-8"),
        (codecs.BOM_UTF8 + STORY.encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16"),
    ],
)
def test_unicode_encodings_give_the_same_record(data: bytes, encoding: str) -> None:
    article = parse_bytes(data)
    assert article.encoding == encoding
    assert article.headline is not None
    assert article.headline.text == "Zürich council backs “new” budget"
    assert not [w for w in article.warnings if "decoded" in w or "U+FFFD" in w]


def test_cp1252_falls_back_with_a_warning() -> None:
    article = parse_bytes(STORY.encode("cp1252"))
    assert article.encoding == "cp1252"
    assert "not valid UTF-8; decoded as cp1252" in article.warnings
    assert article.headline is not None
    assert article.headline.text == "Zürich council backs “new” budget"


def test_latin1_when_cp1252_cannot_decode() -> None:
    data = "Zürich council backs the budget\n\nThe council voted on Monday.\n".encode("latin-1")
    article = parse_bytes(data + b"\x81")  # 0x81 is undefined in cp1252
    assert article.encoding == "latin-1"
    assert "not valid UTF-8; decoded as latin-1" in article.warnings
    assert article.headline is not None
    assert "Zürich" in article.headline.text


def test_invalid_utf8_bytes_are_replaced_with_a_count() -> None:
    data = STORY.encode() * 10 + b"broken \xff\xfe bytes\n"
    article = parse_bytes(data)
    assert article.encoding == "utf-8"
    assert "2 invalid UTF-8 byte sequence(s) replaced with U+FFFD" in article.warnings


def test_forced_encoding_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "koi8.txt"
    path.write_bytes(
        "Москва голосует за бюджет\n\nСовет проголосовал в понедельник.\n".encode("koi8-r")
    )
    record = json.loads(_run(str(path), "--json", "--encoding", "koi8-r").stdout)
    assert record["encoding"] == "koi8-r"
    assert "Москва голосует" in json.dumps(record, ensure_ascii=False)
    assert _run(str(path), "--encoding", "no-such-codec").returncode == 1


# --- binary files ----------------------------------------------------------------------------

BINARIES = {
    "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "doc.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "data.gz": gzip.compress(STORY.encode()),
    "nul.txt": b"text\x00\x00\x00\x00" * 200,
}


def test_binary_files_are_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    for name, data in BINARIES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    proc = _run(str(tmp_path), "--glob", "*", "--jsonl")
    assert proc.returncode == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, proc.stdout.splitlines())}
    for name in BINARIES:
        assert records[name]["error"]["type"] == "not-text", name
    assert records["story.txt"]["headline"].startswith("Zürich")
    errors = proc.stderr.decode().splitlines()
    assert sum("not text" in line for line in errors) == len(BINARIES)


# --- sizes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\n\r\n  \n", b"\xef\xbb\xbf", b"\n" * 1000])
def test_empty_and_blank_inputs_give_a_valid_record(data: bytes) -> None:
    record = parse_bytes(data).to_dict()
    _validator().validate(record)
    assert record["headline"] is None
    assert "no headline found" in record["warnings"]  # type: ignore[operator]


def test_one_enormous_line(tmp_path: Path) -> None:
    line = "The minister said the plan would go ahead next week, officials said. " * 75_000
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")  # 5 MB, no line break
    proc = _run(str(path), "--jsonl")
    assert proc.returncode == 0
    record = json.loads(proc.stdout)
    assert len(record["body"]) + sum(len(d["text"]) for d in record["dropped"]) > 5_000_000 - 100


def test_max_bytes_refuses_larger_inputs_without_reading_them(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 50 MB, sparse: refused from its size alone
        handle.truncate(50 * 1024 * 1024)
    proc = _run(str(big), str(SEED), "--jsonl", "--max-bytes", "10000000")
    assert proc.returncode == 1
    first, second = map(json.loads, proc.stdout.splitlines())
    assert first["error"]["type"] == "too-large"
    assert "--max-bytes" in first["error"]["message"]
    assert second["section"] == "News"


def test_default_limit_refuses_a_file_too_big_to_parse_in_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: refused from its size alone, nothing read
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    proc = _run(str(big), "--jsonl")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["type"] == "too-large"


def test_max_bytes_applies_to_stdin() -> None:
    proc = _run("-", "--max-bytes", "100", stdin=b"x" * 1000)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["type"] == "too-large"


# --- hostile text: time grows linearly -----------------------------------------------------------

HOSTILE: dict[str, Callable[[int], str]] = {
    "quote-marks": lambda n: '"' * n,
    "curly-quotes": lambda n: "“”«»" * (n // 4),
    "punctuation": lambda n: "!?.,;:-—…|/" * (n // 11),
    "by-by-by": lambda n: "By " * (n // 3),
    "repeated-lines": lambda n: "The same line comes again and again.\n" * (n // 37),
    "line-separators": lambda n: "a\r\nb\rc\u2028d\x85e\x0cf\u2029g\x0b" * (n // 16),
    # a few control characters per word: more would be refused as binary, as it should
    "control-chars": lambda n: "".join(f"word{chr(c)} plain text " for c in range(32)) * (n // 544),
    "rtl-and-zwj": lambda n: "\u202bمرحبا\u200d\u200f word \u2066x\u2069 " * (n // 22),
}


def _seconds(text: str) -> float:
    started = time.perf_counter()
    article = parse_bytes(text.encode())
    elapsed = time.perf_counter() - started
    _assert_nothing_lost(article, text)
    return elapsed


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_linear(name: str) -> None:
    make = HOSTILE[name]
    small, large = make(4_000), make(16_000)
    _seconds(small)  # warm regex caches
    base = min(_seconds(small) for _ in range(2))
    grown = min(_seconds(large) for _ in range(2))
    # 4x the input may take ~4x the time; 10x (plus noise) leaves room for a loaded machine.
    assert grown <= 10 * base + 0.3, f"{name}: {base:.3f}s -> {grown:.3f}s"


# --- paths -----------------------------------------------------------------------------------------


def test_missing_file_and_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    results = list(parse_paths([str(tmp_path / "gone.txt"), str(tmp_path / "loop"), str(tmp_path)]))
    assert isinstance(results[0], Failure)
    assert results[0].kind == "not-found"
    assert isinstance(results[1], Failure)
    assert results[1].kind == "unreadable"
    assert [type(item) for item in results[2:]] == [Article]  # the loop inside is skipped


def test_fifo_and_device_are_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    proc = _run(str(fifo), os.devnull, str(tmp_path), "--jsonl")  # would hang if opened
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r.get("error", {}).get("type") for r in records] == ["not-a-file", "not-a-file", None]
    assert proc.returncode == 1


def test_read_regular_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "swapped.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_regular(str(fifo), 1000)


def test_unreadable_file_in_a_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    real_open = os.open

    def deny(path: str, flags: int, *args: int) -> int:
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", deny)  # tests run as root, where chmod 000 still reads
    results = list(parse_paths([str(tmp_path)]))
    assert isinstance(results[0], Failure)
    assert (results[0].kind, results[0].message) == ("unreadable", "permission denied")
    assert isinstance(results[1], Article)


def test_odd_names_are_printed_safely(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    for name in (b"with space.txt", b"new\nline.txt", b"bad\xff.txt"):
        Path(os.fsdecode(folder + b"/" + name)).write_text(STORY, encoding="utf-8")
    Path(os.fsdecode(folder + b"/empty\xfe\n.txt")).write_bytes(b"\x89PNG\r\n\x1a\n")
    proc = _run(str(tmp_path), "--jsonl")
    lines = proc.stdout.splitlines()
    assert len(lines) == 4
    sources = sorted(json.loads(line)["source"] for line in lines)
    assert os.fsencode(sources[0]).endswith(b"/bad\xff.txt")
    errors = [line for line in proc.stderr.decode().splitlines() if "error" in line]
    assert errors == [f"newsparse: error: {tmp_path}/empty\\xfe\\n.txt: " + _not_text_message()]


def _not_text_message() -> str:
    return "not text (binary file signature); nothing parsed"


# --- streams and signals ---------------------------------------------------------------------------


def _many(tmp_path: Path, count: int) -> Path:
    for index in range(count):
        (tmp_path / f"{index:04}.txt").write_text(
            STORY.replace("Monday", f"day {index}"), encoding="utf-8"
        )
    return tmp_path


def _slow_many(tmp_path: Path, count: int) -> Path:
    """Files whose every line is new, so no cache makes the run finish before a signal lands."""
    for index in range(count):
        lines = [f"Item {index}-{line}: the council met on day {index} and voted {line} times."
                 for line in range(40)]  # fmt: skip
        (tmp_path / f"{index:05}.txt").write_text("\n".join(lines), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("signum", "code", "workers"),
    [(signal.SIGINT, 130, "1"), (signal.SIGTERM, 143, "1"), (signal.SIGINT, 130, "2")],
)
def test_signals_stop_between_records(tmp_path: Path, signum: int, code: int, workers: str) -> None:
    count = 3000
    root = _slow_many(tmp_path, count)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", str(root), "--jsonl", "--workers", workers],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # unbuffered: readline must not read ahead bytes communicate() then skips
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the run is under way
    proc.send_signal(signum)
    rest, errors = proc.communicate(timeout=60)
    assert proc.returncode == code, errors
    lines = (first + rest).splitlines()
    assert 1 <= len(lines) < count
    assert all(line.startswith(b'{"source"') for line in lines), (first, rest[:3000])
    assert (first + rest).endswith(b"\n")
    assert b"Traceback" not in errors


def test_closed_pipe_is_quiet_with_workers(tmp_path: Path) -> None:
    root = _many(tmp_path, 200)
    shell = f"{sys.executable} -m newsparse {root} --jsonl --workers 2 | head -1"
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120, check=False)
    assert proc.stdout.count(b"\n") == 1
    assert proc.stderr == b""


def test_stdout_carries_only_records(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(BINARIES["image.png"])
    proc = _run(str(tmp_path / "x.bin"), str(SEED), str(tmp_path / "nope"), "--jsonl")
    for line in proc.stdout.splitlines():
        assert "source" in json.loads(line)
    assert b"newsparse:" not in proc.stdout


# --- properties over text and bytes --------------------------------------------------------------

HOSTILE_CHARS = st.sampled_from(
    ['"', "“", "”", "«", "»", "By ", "by", ".", "!", "\n", "\r", "\r\n", "\u2028", "\u2029",
     "\x85", "\x0c", "\x0b", "\x00", "\x1b", "\u200d", "\u200f", "\u202e", "\ufeff", " ", "\t",
     "Jane Doe", "said", "May 25, 2024", "Getty Images", "Photo:", "Related", "日本", "ä"]
)  # fmt: skip
HOSTILE_TEXT = st.one_of(st.text(max_size=300), st.lists(HOSTILE_CHARS, max_size=120).map("".join))
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])


def _parse_or_error(data: bytes, options: Options = DEFAULTS) -> Article | InputError:
    try:
        return parse_bytes(data, options=options)
    except InputError as error:
        return error


@given(HOSTILE_TEXT, ENCODINGS)
def test_encoded_text_always_gives_a_valid_record(text: str, encoding: str) -> None:
    with contextlib.suppress(UnicodeEncodeError):
        data = text.encode(encoding)
        article = _parse_or_error(data)
        if isinstance(article, InputError):  # only control-heavy text may be taken for binary
            assert article.kind == "not-text"
            return
        record = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
        _validator().validate(record)
        decoded = data.decode(article.encoding, errors="replace")
        _assert_nothing_lost(article, decoded)


@given(st.binary(max_size=600))
def test_any_bytes_give_a_record_or_a_clear_error(data: bytes) -> None:
    article = _parse_or_error(data, Options(max_bytes=500))
    if isinstance(article, InputError):
        assert article.kind in {"not-text", "too-large"}
        assert article.message
        return
    _validator().validate(json.loads(json.dumps(article.to_dict())))
