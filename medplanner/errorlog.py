"""The one error log: an unexpected exception's traceback, appended owner-only (0600).

The CLI and the GUI's crash handler both write here, then tell the person the path in one
calm sentence; nobody is shown a traceback.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from medplanner import __version__

LOG_NAME = "medplanner-error.log"


def write(folder: Path, exc: BaseException) -> Path | None:
    """Append ``exc``'s traceback to ``folder/medplanner-error.log``; None if impossible."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            f.write(f"{datetime.now(UTC).isoformat()} medplanner {__version__}\n{text}\n")
    except OSError:
        return None
    return path
