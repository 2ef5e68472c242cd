"""Word tables: what newsparse knows of languages, kept apart from the rules that use it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping


class Openers:
    """Words a text may open with, found case-blind by first letter, longest first.

    A dictionary look-up and a few `startswith` tests instead of compiling a long case-blind
    alternation at start-up. `twins` maps the letters a case-blind pattern takes for a word's
    letter though `str.lower` does not turn them into it ("ſ" for "s"; "İ", which lowers to
    two characters), so the look-up gives the pattern's answer.

    >>> list(Openers(["by", "von", "bylined"]).opening("BYLINED: x"))
    ['bylined', 'by']
    """

    __slots__ = ("_groups", "_longest", "_twins")

    def __init__(self, words: Iterable[str], twins: Mapping[str, str] | None = None) -> None:
        ordered = sorted(words, key=len, reverse=True)
        groups: dict[str, list[str]] = {}
        for word in ordered:
            groups.setdefault(word[0], []).append(word)
        self._groups = {initial: tuple(group) for initial, group in groups.items()}
        self._longest = len(ordered[0]) if ordered else 0
        self._twins = str.maketrans(dict(twins or {}))

    def opening(self, text: str, start: int = 0) -> Iterator[str]:
        """The words that `text[start:]` opens with, longest first."""
        head = text[start : start + self._longest].translate(self._twins).lower()
        for word in self._groups.get(head[:1], ()):
            if head.startswith(word):
                yield word
