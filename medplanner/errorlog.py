"""The one error log: an unexpected exception's traceback, appended owner-only (0600).

The CLI and the GUI's crash handler both write here, then tell the person the path in one
calm sentence; nobody is shown a traceback.

The log is bounded: past :data:`MAX_BYTES` it is rotated (``.1`` … ``.3``, the oldest
dropped), so at most 4 × 1 MB. It holds what a bug report needs and no more: the frames
of the traceback (file, line, function, source line — never local variables, the command
line or the environment) and each exception's type with its message cut to
:data:`MAX_MESSAGE` characters, control characters removed.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from medplanner import __version__

LOG_NAME = "medplanner-error.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MAX_MESSAGE = 200
_FILE_MODE = 0o600


def write(folder: Path, exc: BaseException) -> Path | None:
    """Append ``exc``'s traceback to ``folder/medplanner-error.log``; None if impossible."""
    entry = f"{datetime.now(UTC).isoformat()} medplanner {__version__}\n{_format(exc)}\n"
    data = entry.encode("utf-8", "replace")[:MAX_BYTES]
    path = folder / LOG_NAME
    try:
        if not folder.is_dir():
            old = os.umask(0o077)
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            finally:
                os.umask(old)
        _rotate_if_full(path, len(data))
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, _FILE_MODE)
        try:
            if hasattr(os, "fchmod") and os.fstat(fd).st_size == 0:
                os.fchmod(fd, _FILE_MODE)  # just made by us: 0600 whatever the umask
            os.write(fd, data)
        finally:
            os.close(fd)
    except OSError:
        return None
    return path


def rotated(path: Path, n: int) -> Path:
    return path.with_name(f"{path.name}.{n}")


def _rotate_if_full(path: Path, adding: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size + adding <= MAX_BYTES:
        return
    rotated(path, BACKUPS).unlink(missing_ok=True)
    for n in range(BACKUPS - 1, 0, -1):
        if rotated(path, n).exists():
            os.replace(rotated(path, n), rotated(path, n + 1))
    os.replace(path, rotated(path, 1))


def _format(exc: BaseException) -> str:
    """The traceback, chained causes included, with short, clean exception messages."""
    out: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        block = ["Traceback (most recent call last):\n", *traceback.format_list(frames)]
        block.append(f"{type(current).__qualname__}: {_clean(str(current))}\n")
        out[:0] = block
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is not None:
            out.insert(0, "\n(caused the exception below)\n")
        current = cause
    return "".join(out)


def _clean(message: str) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in message)
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"
