"""Word tables: what newsparse knows of languages, kept apart from the rules that use it."""

from __future__ import annotations

from collections.abc import Iterable


def by_initial(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Group words by their first character, longest first.

    An index for "does the text open with one of these words": a dictionary look-up and a
    few `startswith` tests, instead of compiling a long alternation at start-up.

    >>> by_initial(["by", "von", "bylined"])
    {'b': ('bylined', 'by'), 'v': ('von',)}
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word)
    return {initial: tuple(group) for initial, group in groups.items()}
