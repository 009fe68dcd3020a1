"""What every command writes: text and JSON on stdout (sanitised: plan text never reaches
the terminal raw, contract §5), one line per problem on stderr, the exit statuses, a bug's
traceback to a log file, and files of health data (owner-only)."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from medplanner.core.limits import for_output, json_safe

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2
EXIT_BUG = 3


def print_text(text: str, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    text = for_output(text)  # plan text never reaches the terminal raw (contract §5)
    try:
        out.write(text if text.endswith("\n") or not text else text + "\n")
    except UnicodeEncodeError:
        enc = out.encoding or "ascii"
        out.write(text.encode(enc, "replace").decode(enc) + "\n")


def print_json(obj: dict[str, Any]) -> None:
    import json

    text = json_safe(json.dumps(obj, ensure_ascii=False, indent=None))
    data = (text + "\n").encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def err(message: str) -> None:
    for line in message.splitlines() or [message]:
        print_text(f"medplanner: {line}", sys.stderr)


def log_bug() -> str:
    """Write the current exception's traceback to a log file; return its path."""
    import tempfile
    from pathlib import Path

    from medplanner import errorlog

    try:
        from medplanner.service.files import data_dir

        folder = data_dir()
    except Exception:
        folder = Path(tempfile.gettempdir())
    exc = sys.exc_info()[1]
    path = errorlog.write(folder, exc) if exc is not None else None
    if path is None:
        from medplanner.core.i18n import _

        # Translators: stands where the error log's path would be, when it could not be written.
        return _("(the log could not be written)")
    return str(path)


def write_private(path: str, text: str) -> None:
    from medplanner.service.files import write_private_text

    write_private_text(path, text)
