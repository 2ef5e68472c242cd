"""Options: the one frozen bundle of settings every stage may read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Parsing holds about 30 bytes of objects per input byte: 16 MiB is half a gigabyte at peak,
# and far above any article (raise it with --max-bytes).
DEFAULT_MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for one run; pass `dataclasses.replace(DEFAULTS, tz=...)` to change one."""

    tz: str | None = None  # IANA zone for timestamps that carry none
    now: datetime | None = None  # reference time for "2 hours ago"
    encoding: str | None = None  # force a decoding instead of detecting one
    max_bytes: int = DEFAULT_MAX_BYTES


DEFAULTS = Options()
