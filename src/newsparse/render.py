"""Render: Articles and Failures -> JSON, JSON Lines, CSV rows, Rich tables. Never prints.

Rich is imported only inside the functions that build tables, so JSON runs
never pay for it. User text reaches Rich only as `Text`, never as markup.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsparse.model import JSON, Article

if TYPE_CHECKING:
    from rich.console import RenderableType

    from newsparse.batch import Failure

CSV_COLUMNS = (
    "source", "section", "headline", "standfirst", "authors", "published", "updated",
    "image_credits", "words", "quotes", "body",
)  # fmt: skip


def record(item: Article | Failure) -> dict[str, JSON]:
    """The JSON-ready record of an article or of a failed input."""
    return item.to_dict()


def to_json(items: Iterable[Article | Failure]) -> str:
    """Pretty JSON: one object for one input, an array for several."""
    items = list(items)
    records = [record(item) for item in items]
    value: JSON = records[0] if len(records) == 1 else list(records)
    ascii_only = any(_has_surrogates(item.source) for item in items)
    return _escape_breaks(json.dumps(value, ensure_ascii=ascii_only, indent=2))


def to_jsonl(item: Article | Failure) -> str:
    """One compact JSON line (no trailing newline); U+2028 and friends stay escaped-safe."""
    encoded = json.dumps(
        record(item), ensure_ascii=_has_surrogates(item.source), separators=(",", ":")
    )
    return _escape_breaks(encoded)


def _has_surrogates(text: str) -> bool:
    """True for a path with undecodable bytes (os gives them as lone surrogates).

    Those cannot be written as UTF-8, so such a record is written with ASCII escapes.
    """
    return not text.isascii() and any("\ud800" <= char <= "\udfff" for char in text)


def _escape_breaks(encoded: str) -> str:
    """Escape the line breaks json.dumps leaves raw, so `str.splitlines` keeps one record a line.

    Outside strings JSON has only ASCII, so these characters can only sit inside strings.

    >>> _escape_breaks('"a' + chr(0x2028) + 'b"') == '"a' + chr(92) + 'u2028b"'
    True
    """
    for char, escaped in _RAW_BREAKS:
        if char in encoded:
            encoded = encoded.replace(char, escaped)
    return encoded


_RAW_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def csv_header(extra: Iterable[str] = ()) -> str:
    """The CSV header line (with extra columns such as `duplicate_of` at the end)."""
    return _csv_line((*CSV_COLUMNS, *extra))


def render_record(item: Article | Failure, output: str) -> str:
    """The text one result becomes in `output` ("json", "jsonl" or "csv"; "" for a failed CSV row)."""
    if output == "jsonl":
        return to_jsonl(item)
    if output == "json":
        return to_json([item])
    if isinstance(item, Article):
        return to_csv_row(item)
    return ""


def add_field(rendered: str, output: str, name: str, value: str | None) -> str:
    """Append one key (or CSV column) to an already rendered record, without parsing it again.

    json.dumps of a dict always ends with its closing brace, so the key goes just before it.

    >>> add_field('{"source":"a.txt"}', "jsonl", "duplicate_of", None)
    '{"source":"a.txt","duplicate_of":null}'
    """
    if output == "csv":
        return rendered + "," + _csv_line([value or ""]) if rendered else rendered
    encoded = json.dumps(value, ensure_ascii=False)
    if output == "json":
        return f'{rendered[:-2]},\n  "{name}": {encoded}\n}}'
    return f'{rendered[:-1]},"{name}":{encoded}}}'


def to_csv_row(article: Article) -> str:
    """One CSV line with flat columns for spreadsheets."""
    return csv_row(article.to_dict())


def csv_row(data: dict[str, JSON], extra: Iterable[str] = ()) -> str:
    """One CSV line from an article's record (words and quotes counted from it)."""
    body = str(data["body"])
    quotes = data["quotes"]
    return _csv_line(
        (
            str(data["source"]),
            _or_empty(data["section"]),
            _or_empty(data["headline"]),
            _or_empty(data["standfirst"]),
            _joined(data["authors"]),
            _or_empty(data["published"]),
            _or_empty(data["updated"]),
            _joined(data["image_credits"]),
            str(len(body.split())),
            str(len(quotes) if isinstance(quotes, list) else 0),
            body,
            *extra,
        )
    )


def _joined(values: JSON) -> str:
    return "; ".join(str(value) for value in values) if isinstance(values, list) else ""


def _or_empty(value: JSON) -> str:
    return "" if value is None else str(value)


def _csv_line(values: Iterable[str]) -> str:
    import csv  # only --csv needs it

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(values)
    return buffer.getvalue()


def to_table(article: Article) -> RenderableType:
    """A two-column Rich table of the article's fields."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(article.source), show_header=False, expand=True)
    table.add_column("field", style="bold cyan", no_wrap=True)
    table.add_column("value", overflow="fold")
    byline = article.byline
    rows = (
        ("section", article.section.text if article.section else None),
        ("headline", article.headline.text if article.headline else None),
        ("standfirst", article.standfirst.text if article.standfirst else None),
        ("authors", ", ".join(byline.authors) if byline else None),
        ("organizations", ", ".join(byline.organizations) if byline else None),
        ("published", article.published.iso if article.published else None),
        ("updated", article.updated.iso if article.updated else None),
        ("image credits", ", ".join(credit.text for credit in article.image_credits)),
        ("body", _body_summary(article)),
        ("quotes", "\n".join(_quote_line(quote.text, quote.speaker) for quote in article.quotes)),
        ("dropped", "\n".join(f"{d.line}: {d.reason}" for d in article.dropped)),
        ("warnings", "\n".join(article.warnings)),
    )
    for name, value in rows:
        table.add_row(name, Text(value or "—", style="" if value else "dim"))
    return table


def _body_summary(article: Article) -> str:
    words = len(article.body.split())
    headings = sum(1 for block in article.blocks if block.type == "heading")
    paragraphs = len(article.blocks) - headings
    first = article.blocks[0].text if article.blocks else ""
    preview = first if len(first) <= 160 else first[:157] + "..."
    return f"{paragraphs} paragraphs, {headings} headings, {words} words\n{preview}"


def _quote_line(text: str, speaker: str | None) -> str:
    short = text if len(text) <= 100 else text[:97] + "..."
    return f"“{short}” — {speaker or '?'}"


def explain_rows(article: Article) -> list[tuple[str, str, str, str, str]]:
    """Rows of (line, zone, label, rule, text) for every input line; blank lines say so."""
    rows: list[tuple[str, str, str, str, str]] = []
    last = 0
    for item in article.labelled:
        number = item.line.number
        # Blank lines carry no label in the pipeline; list them so every line shows.
        rows.extend(
            (str(blank), "", "blank", "blank_line", "") for blank in range(last + 1, number)
        )
        rows.append((str(number), item.zone.value, item.label.value, item.rule, item.text))
        last = max(last, number)
    return rows


def explain_text(article: Article) -> str:
    """--explain as plain tab-separated text, for pipes."""
    return "\n".join("\t".join(row) for row in explain_rows(article))


def explain_table(article: Article) -> RenderableType:
    """--explain as a Rich table, for terminals."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(article.source), expand=True)
    for name in ("line", "zone", "label", "rule"):
        table.add_column(name, no_wrap=True)
    table.add_column("text", overflow="fold")
    for row in explain_rows(article):
        table.add_row(*(Text(cell) for cell in row))
    return table
