"""The open database as the store's parts share it: transactions, errors, person lookup.

Every public store method runs inside :meth:`Session.write` or :meth:`Session.read`, which
turn SQLite's exceptions into the typed storage errors (busy, disk full, damaged) at this
one point, so no caller ever sees a bare ``sqlite3.Error``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from medplanner.core.events import InvalidEvent, check_text
from medplanner.core.i18n import _
from medplanner.storage import db, validate
from medplanner.storage.errors import (
    DatabaseUnusable,
    InvalidValue,
    NewerDatabase,
    StorageBusy,
    StorageError,
    StorageFailure,
    UnknownPerson,
)
from medplanner.storage.records import MAX_PERSON_CHARS, name_key
from medplanner.storage.schema import LATEST_VERSION

Clock = Callable[[], datetime]

_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_REFUSED = (
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
)


class Session:
    """One connection to the data dir's database, with the clock that stamps writes."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        #: An SQLite error was met: the file is not marked as cleanly closed (cleanclose).
        self.failed = False

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._translated():
            yield self.conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: the block's writes are all saved, or none."""
        with self._translated(), db.transaction(self.conn) as conn:
            yield conn

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise InvalidValue(_("Not saved: {exc}").format(exc=exc)) from None
        except sqlite3.Error as exc:
            self.failed = True
            raise translate(exc, self.path) from exc
        except OSError as exc:
            self.failed = True
            raise StorageFailure(self.path, exc.strerror or str(exc)) from exc

    def person_id(self, conn: sqlite3.Connection, name: str) -> int:
        """The id of the person called ``name`` (any case); UnknownPerson if there is none."""
        row = conn.execute(
            "SELECT id FROM persons WHERE name_key = ?", (name_key(clean_name(name)),)
        ).fetchone()
        if row is None:
            raise self.no_such_person(conn, name)
        return int(row[0])

    def no_such_person(self, conn: sqlite3.Connection, name: str) -> UnknownPerson:
        known = [str(r[0]) for r in conn.execute("SELECT name FROM persons ORDER BY name_key")]
        if known:
            hint = " " + _("Known: {names}.").format(names=", ".join(known))
        else:
            hint = " " + _("Import a plan for them first.")
        return UnknownPerson(
            _('There is no person called "{name}" in {parent}.{hint}').format(
                name=name, parent=self.path.parent, hint=hint
            )
        )


def clean_name(name: str) -> str:
    """A person's name as kept: trimmed, non-empty, bounded, no control characters."""
    try:
        check_text(_("person's name"), name, MAX_PERSON_CHARS, blank_ok=False)
    except InvalidEvent as exc:
        raise InvalidValue(exc.message) from None
    return name.strip()


def translate(exc: sqlite3.Error, path: Path) -> StorageError:
    """The storage error for an SQLite failure while the store is open."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in _BUSY:
        return StorageBusy(path)
    if code in _REFUSED:
        return StorageFailure(path, str(exc))
    if code in _DAMAGED:
        return unusable(path, db.DatabaseProblem(db.describe(exc)))
    return StorageError(
        _("The dose log {path} could not be used: {exc}.").format(path=path, exc=exc)
    )


def unusable(path: Path, problem: db.DatabaseProblem) -> DatabaseUnusable:
    """The error for a database that cannot be used, naming the newest good backup."""
    backup = validate.newest_valid_backup(path.parent)
    if problem.newer_version is not None:
        return NewerDatabase(path, problem.newer_version, LATEST_VERSION, backup)
    return DatabaseUnusable(path, problem.problem, backup)
