"""Body: paragraphs and subheadings, in order, from lines labelled PARAGRAPH and HEADING."""

from __future__ import annotations

from newsparse.model import Block, Label, Labelled

_BLOCK_TYPES = {Label.PARAGRAPH: "paragraph", Label.HEADING: "heading"}


def extract_blocks(labelled: tuple[Labelled, ...]) -> tuple[Block, ...]:
    """Return one Block per paragraph or heading line, citing the line."""
    return tuple(
        Block(
            _BLOCK_TYPES[item.label],
            item.text,
            item.line.number,
            (item.line.number,),
            item.span[0] if item.span else 0,
        )
        for item in labelled
        if item.label in _BLOCK_TYPES
    )
