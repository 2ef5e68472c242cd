"""newsparse: scraped news text in, clean structured article records out.

    >>> from newsparse import parse_text
    >>> article = parse_text("Storm hits coast\\n\\nBy Jane Doe\\n\\nThe storm came at dawn.")
    >>> article.headline.text
    'Storm hits coast'

Names are loaded on first use, so `import newsparse` stays cheap for the CLI.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsparse.batch import Failure, parse_paths
    from newsparse.errors import InputError, NewsparseError
    from newsparse.fields.byline import parse_byline
    from newsparse.fields.timestamp import parse_timestamp
    from newsparse.model import Article, Block, Byline, Dropped, Quote, Text, Timestamp
    from newsparse.options import Options
    from newsparse.pipeline import parse_bytes, parse_file, parse_text

_EXPORTS = {
    "Article": "newsparse.model",
    "Block": "newsparse.model",
    "Byline": "newsparse.model",
    "Dropped": "newsparse.model",
    "Quote": "newsparse.model",
    "Text": "newsparse.model",
    "Timestamp": "newsparse.model",
    "Options": "newsparse.options",
    "NewsparseError": "newsparse.errors",
    "InputError": "newsparse.errors",
    "parse_text": "newsparse.pipeline",
    "parse_bytes": "newsparse.pipeline",
    "parse_file": "newsparse.pipeline",
    "parse_paths": "newsparse.batch",
    "Failure": "newsparse.batch",
    "parse_byline": "newsparse.fields.byline",
    "parse_timestamp": "newsparse.fields.timestamp",
}

__all__ = [
    "Article",
    "Block",
    "Byline",
    "Dropped",
    "Failure",
    "InputError",
    "NewsparseError",
    "Options",
    "Quote",
    "Text",
    "Timestamp",
    "__version__",
    "main",
    "parse_byline",
    "parse_bytes",
    "parse_file",
    "parse_paths",
    "parse_text",
    "parse_timestamp",
]


def main() -> None:
    """The `newsparse` command: import the CLI with the cyclic collector paused, then run it.

    The import builds tens of thousands of long-lived objects (rule tables, patterns,
    classes) and almost no garbage; collecting during it only walks them again and again.
    `cli.run` then freezes them for the rest of the process.
    """
    import gc

    gc.disable()
    try:
        from newsparse.cli import run
    finally:
        gc.enable()
    run()


def __getattr__(name: str) -> object:
    """Import a public name from its module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        message = f"module 'newsparse' has no attribute {name!r}"
        raise AttributeError(message)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
