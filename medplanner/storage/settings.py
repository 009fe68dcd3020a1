"""Settings: small named choices, for everyone or for one person (text size, grace minutes).

Unlike the dose log these are state, not history: setting a key replaces its value.
Keys are short lowercase words (``reminder.grace_minutes``); values are text, and the
caller that owns a key parses its value.
"""

from __future__ import annotations

import re
import sqlite3

from medplanner.core.events import InvalidEvent, check_text
from medplanner.core.i18n import _
from medplanner.storage.errors import InvalidValue
from medplanner.storage.session import Session

_KEY_RE = re.compile(r"[a-z0-9_.-]{1,100}")
MAX_VALUE_CHARS = 10_000


class Settings:
    """Global settings (``person=None``) and each person's own."""

    def __init__(self, session: Session) -> None:
        self._db = session

    def get(self, key: str, *, person: str | None = None) -> str | None:
        _check_key(key)
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT value FROM settings WHERE person_id IS ? AND key = ?",
                (self._owner(conn, person), key),
            ).fetchone()
        return str(row[0]) if row is not None else None

    def set(self, key: str, value: str | None, *, person: str | None = None) -> None:
        """Set ``key`` to ``value``; ``None`` removes it (back to the default)."""
        _check_key(key)
        if value is not None:
            try:
                check_text(
                    _("value of {key}").format(key=key), value, MAX_VALUE_CHARS, blank_ok=True
                )
            except InvalidEvent as exc:
                raise InvalidValue(exc.message) from None
        with self._db.write() as conn:
            owner = self._owner(conn, person)
            if value is None:
                conn.execute("DELETE FROM settings WHERE person_id IS ? AND key = ?", (owner, key))
                return
            updated = conn.execute(
                "UPDATE settings SET value = ? WHERE person_id IS ? AND key = ?",
                (value, owner, key),
            )
            if updated.rowcount == 0:
                conn.execute(
                    "INSERT INTO settings (person_id, key, value) VALUES (?, ?, ?)",
                    (owner, key, value),
                )

    def all(self, *, person: str | None = None) -> dict[str, str]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT key, value FROM settings WHERE person_id IS ? ORDER BY key",
                (self._owner(conn, person),),
            )
            return {str(k): str(v) for k, v in rows}

    def _owner(self, conn: sqlite3.Connection, person: str | None) -> int | None:
        return None if person is None else self._db.person_id(conn, person)


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key):
        raise InvalidValue(f'"{key}" is not a setting name (lowercase letters, digits, . _ -).')
