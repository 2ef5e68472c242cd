"""The whole order on one screen: read -> lines -> classify -> fields -> Article.

`parse_text`, `parse_bytes` and `parse_file` are the library's entry points;
the CLI calls exactly these.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsparse.classify import classify
from newsparse.dedupe import mark_repeats
from newsparse.errors import InputError
from newsparse.fields.body import extract_blocks
from newsparse.fields.credit import extract_credits
from newsparse.fields.header import (
    extract_byline,
    extract_headline,
    extract_section,
    extract_standfirst,
    extract_timestamps,
)
from newsparse.fields.quotes import extract_quotes
from newsparse.lines import decode, read_lines
from newsparse.model import Article, Block, Document, Dropped, Label, Labelled, Quote
from newsparse.options import DEFAULTS, Options
from newsparse.read import read_regular


def parse_text(text: str, *, source: str = "-", options: Options = DEFAULTS) -> Article:
    """Parse scraped article text into an Article."""
    return parse_document(read_lines(text, source=source), options)


def parse_bytes(data: bytes, *, source: str = "-", options: Options = DEFAULTS) -> Article:
    """Decode bytes (UTF-8, BOMs, legacy fallbacks) and parse them; InputError if not text."""
    if len(data) > options.max_bytes:
        message = (
            f"{len(data)} bytes is over the limit of {options.max_bytes}; raise it with --max-bytes"
        )
        raise InputError(message, source=source, kind="too-large")
    text, encoding, warnings = decode(data, options.encoding, source=source)
    document = read_lines(text, source=source, encoding=encoding)
    return parse_document(Document(document.lines, document.source, encoding, warnings), options)


def parse_file(path: str | Path, *, options: Options = DEFAULTS) -> Article:
    """Read and parse one regular file; InputError when it cannot be read as text."""
    source = str(path)
    return parse_bytes(read_regular(source, options.max_bytes), source=source, options=options)


def parse_document(document: Document, options: Options = DEFAULTS) -> Article:
    """Run every stage over a Document."""
    labelled = mark_repeats(classify(document))
    blocks = extract_blocks(labelled)
    published, updated = extract_timestamps(labelled, options)
    article = Article(
        source=document.source,
        encoding=document.encoding,
        section=extract_section(labelled),
        headline=extract_headline(labelled),
        standfirst=extract_standfirst(labelled),
        byline=extract_byline(labelled),
        published=published,
        updated=updated,
        image_credits=extract_credits(labelled),
        blocks=blocks,
        quotes=_in_line_offsets(extract_quotes(blocks), blocks),
        labelled=labelled,
    )
    return _finish(article, document.warnings)


def _in_line_offsets(quotes: tuple[Quote, ...], blocks: tuple[Block, ...]) -> tuple[Quote, ...]:
    """Shift quote offsets from their block's text to their line's text (glued lines)."""
    if not any(block.start for block in blocks):
        return quotes
    return tuple(_shift(quote, blocks) for quote in quotes)


def _shift(quote: Quote, blocks: tuple[Block, ...]) -> Quote:
    for block in blocks:
        if block.line == quote.line and block.text[quote.start : quote.end] == quote.text:
            return replace(quote, start=quote.start + block.start, end=quote.end + block.start)
    return quote


def _finish(article: Article, read_warnings: tuple[str, ...]) -> Article:
    """Add the dropped lines and warnings, which are derived from the fields."""
    dropped = dropped_lines(article)
    return replace(article, dropped=dropped, warnings=read_warnings + _warnings(article))


def cited_lines(article: Article) -> set[int]:
    """Every input line that some field of the article cites."""
    cited = {number for value in article.text_fields() for number in value.lines}
    for meta in (article.byline, article.published, article.updated):
        if meta is not None:
            cited.update(meta.lines)
    return cited


_REASONS = {
    Label.BOILERPLATE: "boilerplate",
    Label.CHROME: "page-chrome",
    Label.CAPTION: "caption",
    Label.SECTION: "extra-section",
    Label.BYLINE: "extra-byline",
    Label.TIMESTAMP: "extra-timestamp",
    Label.CREDIT: "credit-without-source",
    Label.STANDFIRST: "extra-standfirst",
    Label.HEADLINE: "extra-headline",
}
_FIELD_LABELS = frozenset(_REASONS) - {Label.BOILERPLATE, Label.CHROME, Label.CAPTION} | {
    Label.PARAGRAPH,
    Label.HEADING,
}


def dropped_lines(article: Article) -> tuple[Dropped, ...]:
    """Every non-blank piece of text no field uses, with the reason it was left out."""
    cited = cited_lines(article)
    dropped: list[Dropped] = []
    for item in article.labelled:
        if item.label in _FIELD_LABELS and item.line.number in cited:
            continue
        dropped.append(Dropped(item.line.number, item.text, _reason(item)))
    return tuple(dropped)


def _reason(item: Labelled) -> str:
    if item.label is Label.REPEATED:
        return item.rule.replace("_", "-")
    return _REASONS.get(item.label, f"unused-{item.label.value}")


def _warnings(article: Article) -> tuple[str, ...]:
    """Warnings derived from the fields: what is missing or undetermined."""
    warnings = []
    if article.headline is None:
        warnings.append("no headline found")
    if not article.blocks:
        warnings.append("no body text found")
    if article.byline is None:
        warnings.append("no byline found")
    stamp = article.published or article.updated
    if stamp is not None and stamp.kind == "updated" and article.published == article.updated:
        warnings.append("no publication time shown; published is the updated time")
    if stamp is None:
        warnings.append("no timestamp found")
    elif stamp.iso is None and stamp.relative:
        warnings.append(f"relative timestamp {stamp.text!r} needs --now to be resolved")
    elif stamp.iso is None:
        warnings.append(f"timestamp {stamp.text!r} does not give a full date")
    return tuple(warnings)
