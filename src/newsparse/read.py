"""Stage 0: a path -> the bytes of a regular file, refusing anything else with a clear error.

Only regular files are read; FIFOs, devices and sockets are refused without blocking,
and inputs over the size limit are refused before they are read into memory.
"""

from __future__ import annotations

import os
import stat

from newsparse.errors import InputError

NOT_A_FILE = "not a regular file (FIFO, device or socket); skipped"


def os_message(error: OSError) -> str:
    """The OS error's text in lower case ("no such file or directory")."""
    return (error.strerror or str(error)).lower()


def read_regular(path: str, max_bytes: int) -> bytes:
    """Return the bytes of a regular file; InputError for FIFOs, devices, big or unreadable ones.

    The file is opened non-blocking and checked with fstat, so a path swapped for a FIFO
    between the walk and the read is refused instead of hanging the run.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(os_message(error), source=path, kind="unreadable") from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(NOT_A_FILE, source=path, kind="not-a-file")
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        try:
            data = handle.read(max_bytes + 1)  # a file growing under us still stops at the limit
        except OSError as error:
            raise InputError(os_message(error), source=path, kind="unreadable") from None
    if len(data) > max_bytes:
        raise _too_large(path, len(data), max_bytes)
    return data


def _too_large(path: str, size: int, max_bytes: int) -> InputError:
    message = f"{size} bytes is over the limit of {max_bytes}; raise it with --max-bytes"
    return InputError(message, source=path, kind="too-large")
