"""The clean-close mark: skip ``quick_check`` when the database is as MedPlanner left it.

``PRAGMA quick_check`` reads every page: about a third of a second at 150 000 dose
events, paid by every ``medplanner take`` and ``status``. It is only needed when the file
may have changed behind MedPlanner's back (another program, a copy, a disk fault) or when
MedPlanner itself stopped in the middle of something. So when a :class:`~Store` that was
checked (or trusted by this mark) closes cleanly, it writes a mark beside the database:
the size and modification time (nanoseconds) of the database and of its write-ahead log.
The next open that finds the files exactly so skips the page walk; anything else — no
mark, a crash (no clean close, so the mark is from before the last writes), a file touched
by anything, a restore — runs ``quick_check`` again. Commits are atomic either way
(SQLite's journal recovery); the mark only decides whether to look for damage that SQLite
did not cause. The header, schema whitelist and version checks run on every open.

The mark holds no health data; it goes through the one safe writer like every app file.
"""

from __future__ import annotations

import json
from pathlib import Path

from medplanner.storage import paths

MARK_NAME = "medplanner-clean-close.json"
_FORMAT = "medplanner-clean-close/1"

Fingerprint = list[list[int] | None]


def mark_path(db: Path) -> Path:
    return db.with_name(MARK_NAME)


def fingerprint(db: Path) -> Fingerprint:
    """Size and mtime (ns) of the database, its -wal and -shm (None for a missing one)."""
    out: Fingerprint = []
    for path in (db, paths.sidecar(db, "-wal")):
        try:
            info = path.stat()
        except FileNotFoundError:
            out.append(None)
            continue
        out.append([info.st_size, info.st_mtime_ns])
    return out


def matches(db: Path) -> bool:
    """Whether the mark says the database is exactly as a clean close left it."""
    try:
        saved = json.loads(mark_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(saved, dict) or saved.get("format") != _FORMAT:
        return False
    return bool(saved.get("files") == fingerprint(db))


def write(db: Path) -> None:
    """Mark the database as cleanly closed now (after its connection is closed)."""
    mark = {"format": _FORMAT, "files": fingerprint(db)}
    if matches(db):
        return  # nothing changed since the mark: no write at all (read-only commands)
    paths.write_atomic(mark_path(db), json.dumps(mark).encode("utf-8"))


def forget(db: Path) -> None:
    """Drop the mark (before a restore, or when a check found damage)."""
    mark_path(db).unlink(missing_ok=True)
