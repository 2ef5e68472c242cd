"""Errors newsparse raises on input it cannot read; missing fields are data, not errors."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class: a message that says what happened, where, and what to try."""

    def __init__(self, message: str, *, source: str = "-") -> None:
        super().__init__(message)
        self.source = source
        self.message = message

    @property
    def kind(self) -> str:
        """A short stable name for JSON error records ("not-text", "too-large", ...)."""
        return "error"


class InputError(NewsparseError):
    """The input could not be read as text (binary, undecodable, too large, unreadable)."""

    def __init__(self, message: str, *, source: str = "-", kind: str = "input") -> None:
        super().__init__(message, source=source)
        self._kind = kind

    @property
    def kind(self) -> str:
        """A short stable name for JSON error records."""
        return self._kind
