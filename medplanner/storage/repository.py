"""The store: persons, their plan history and their dose log, in one SQLite file.

This is the only way the rest of MedPlanner reaches the database; nothing outside
``medplanner.storage`` writes SQL. Every write is one transaction. The dose log and the
plan history are append-only (the schema's triggers refuse UPDATE and DELETE): a wrong
entry is corrected by a new event that names it, so the record shown to a doctor always
says what was entered and when. Persons are passed by name, in any case.
The dose log's reads and writes are :class:`~medplanner.storage.event_log.EventLog`,
a base of :class:`Store`.

One :class:`Store` belongs to one thread (SQLite's rule for a connection); GUI code hands
work to the thread that owns it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from medplanner.core.i18n import _
from medplanner.storage import cleanclose, db, paths
from medplanner.storage.diary import Diary
from medplanner.storage.errors import (
    DuplicatePerson,
    InvalidValue,
    StorageError,
    StorageFailure,
)
from medplanner.storage.event_log import _EVENTS_BETWEEN, _EVENTS_FOR_SLOT, _LAST_TAKEN, EventLog
from medplanner.storage.records import (
    MAX_PLAN_CHARS,
    SELECT_PERSONS,
    SELECT_PLANS,
    PersonRecord,
    PlanVersion,
    name_key,
    person_from_row,
    plan_from_row,
    sha256_of,
    to_us,
)
from medplanner.storage.schema import LATEST_VERSION, apply_migrations
from medplanner.storage.session import Clock, Session, clean_name, unusable
from medplanner.storage.settings import Settings
from medplanner.storage.stock import Stock

#: The log's queries stay readable here (tests explain their query plans).
__all__ = ["_EVENTS_BETWEEN", "_EVENTS_FOR_SLOT", "_LAST_TAKEN", "Store", "system_clock"]


def system_clock() -> datetime:
    """Now, aware, in the machine's zone (backup names use the local date)."""
    return datetime.now(UTC).astimezone()


class Store(EventLog):
    """MedPlanner's data dir, open. Use :meth:`open`; close it (or use ``with``)."""

    def __init__(self, session: Session, data_dir: Path, *, trusted: bool = False) -> None:
        self._db = session
        #: Checked at open (or vouched for by the clean-close mark): a clean close may mark it.
        self._trusted = trusted
        self.data_dir = data_dir
        self.path = session.path
        self.settings = Settings(session)
        self.stock = Stock(session)
        self.diary = Diary(session)

    @classmethod
    def open(
        cls, data_dir: Path | None = None, *, clock: Clock = system_clock, verify: bool = False
    ) -> Store:
        """Open the data dir (default: ``$MEDPLANNER_HOME`` or the platform's), creating it.

        A damaged, foreign or newer database raises :class:`DatabaseUnusable` (naming the
        newest good backup) and is left untouched. An older one is copied to the backups
        folder, then migrated in one transaction.

        Every page is read (``quick_check``) when ``verify`` is set (the app's start) or
        when the database is not exactly as a clean close left it (:mod:`.cleanclose`);
        otherwise only the header, version and schema are checked, so a command-line call
        does not pay a walk over the whole dose log.
        """
        directory = data_dir if data_dir is not None else paths.data_dir()
        path = paths.db_path(directory)
        try:
            paths.ensure_private_dir(directory)
            paths.ensure_private_dir(paths.backups_dir(directory))
            pages = verify or not (path.exists() and cleanclose.matches(path))
            conn, version = db.open_live(path, pages=pages)
        except db.DatabaseProblem as problem:
            # The mark stays as it was (a refused open changes nothing in the data dir): it
            # describes the file as it was, so it cannot vouch for this one.
            raise unusable(path, problem) from None
        except (OSError, sqlite3.Error) as exc:
            raise StorageFailure(path, str(exc)) from None
        store = cls(Session(conn, path, clock), directory, trusted=True)
        try:
            if version < LATEST_VERSION:
                store._migrate(version)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection; a checked store then marks the file as cleanly closed."""
        self._db.conn.close()
        if self._trusted and not self._db.failed:
            self._trusted = False
            with contextlib.suppress(OSError):  # it only costs the next open a quick_check
                cleanclose.write(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def copy_to(self, dest: Path) -> Path:
        """A consistent, verified, private copy of the whole database at ``dest``."""
        with self._db.read() as conn:
            try:
                return db.copy_database(conn, dest)
            except db.DatabaseProblem as exc:
                raise StorageError(
                    _("The copy {dest} could not be made: {problem}.").format(
                        dest=dest, problem=exc.problem
                    )
                ) from None

    def _migrate(self, version: int) -> None:
        stamp = self._db.clock().date().isoformat()
        folder = paths.backups_dir(self.data_dir)
        self.copy_to(paths.free_name(folder, f"medplanner-{stamp}-before-v{LATEST_VERSION}"))
        with self._db.write() as conn:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            apply_migrations(conn, current)  # another process may have migrated meanwhile

    # ------------------------------------------------------------------- persons

    def add_person(self, name: str) -> PersonRecord:
        """A new person; :class:`DuplicatePerson` if the name exists in any case."""
        clean = clean_name(name)
        with self._db.write() as conn:
            existing = self._find(conn, clean)
            if existing is not None:
                raise DuplicatePerson(f'There is already a person called "{existing.name}".')
            return self._insert_person(conn, clean)

    def ensure_person(self, name: str) -> PersonRecord:
        """The person called ``name``, added first if there is none."""
        clean = clean_name(name)
        with self._db.write() as conn:
            return self._find(conn, clean) or self._insert_person(conn, clean)

    def find_person(self, name: str) -> PersonRecord | None:
        with self._db.read() as conn:
            return self._find(conn, clean_name(name))

    def person(self, name: str) -> PersonRecord:
        """The person called ``name`` (any case); :class:`UnknownPerson` if none."""
        with self._db.read() as conn:
            found = self._find(conn, clean_name(name))
            if found is None:
                raise self._db.no_such_person(conn, name)
            return found

    def persons(self) -> list[PersonRecord]:
        with self._db.read() as conn:
            rows = conn.execute(SELECT_PERSONS + "ORDER BY name_key, id")
            return [person_from_row(r) for r in rows]

    def rename_person(self, name: str, new_name: str) -> PersonRecord:
        clean = clean_name(new_name)
        with self._db.write() as conn:
            person_id = self._db.person_id(conn, name)
            other = self._find(conn, clean)
            if other is not None and other.id != person_id:
                raise DuplicatePerson(f'There is already a person called "{other.name}".')
            conn.execute(
                "UPDATE persons SET name = ?, name_key = ? WHERE id = ?",
                (clean, name_key(clean), person_id),
            )
            return self._find(conn, clean) or _impossible()

    def _find(self, conn: sqlite3.Connection, clean: str) -> PersonRecord | None:
        row = conn.execute(SELECT_PERSONS + "WHERE name_key = ?", (name_key(clean),)).fetchone()
        return person_from_row(row) if row is not None else None

    def _insert_person(self, conn: sqlite3.Connection, clean: str) -> PersonRecord:
        conn.execute(
            "INSERT INTO persons (name, name_key, created_us) VALUES (?, ?, ?)",
            (clean, name_key(clean), to_us(self._db.clock())),
        )
        return self._find(conn, clean) or _impossible()

    # --------------------------------------------------------------------- plans

    def add_plan_version(self, person: str, toml_text: str, *, create_person: bool = False) -> int:
        """Store ``toml_text`` as the person's current plan; return the version id.

        The text is kept exactly as given (with its SHA-256). Storing the text that is
        already current adds no version and returns the current id.
        """
        if not isinstance(toml_text, str) or len(toml_text) > MAX_PLAN_CHARS:
            raise InvalidValue(
                _("A plan file is text of at most {MAX_PLAN_CHARS} characters.").format(
                    MAX_PLAN_CHARS=MAX_PLAN_CHARS
                )
            )
        digest = sha256_of(toml_text)
        with self._db.write() as conn:
            if create_person:
                clean = clean_name(person)
                person_id = (self._find(conn, clean) or self._insert_person(conn, clean)).id
            else:
                person_id = self._db.person_id(conn, person)
            current = conn.execute(
                "SELECT id, sha256 FROM plan_versions WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                (person_id,),
            ).fetchone()
            if current is not None and current[1] == digest:
                return int(current[0])
            cursor = conn.execute(
                "INSERT INTO plan_versions (person_id, toml, sha256, created_us) "
                "VALUES (?, ?, ?, ?)",
                (person_id, toml_text, digest, to_us(self._db.clock())),
            )
            return int(cursor.lastrowid or _impossible())

    def current_plan(self, person: str) -> PlanVersion | None:
        with self._db.read() as conn:
            row = conn.execute(
                SELECT_PLANS + "WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                (self._db.person_id(conn, person),),
            ).fetchone()
            return plan_from_row(row) if row is not None else None

    def plan_versions(self, person: str) -> list[PlanVersion]:
        """Every stored version of the person's plan, oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                SELECT_PLANS + "WHERE person_id = ? ORDER BY id",
                (self._db.person_id(conn, person),),
            )
            return [plan_from_row(r) for r in rows]

    def plan_version(self, version_id: int) -> PlanVersion:
        with self._db.read() as conn:
            row = conn.execute(SELECT_PLANS + "WHERE id = ?", (version_id,)).fetchone()
        if row is None:
            raise InvalidValue(
                _("There is no stored plan version {version_id}.").format(version_id=version_id)
            )
        return plan_from_row(row)


def _impossible() -> NoReturn:
    raise AssertionError("a row just written is not there")  # pragma: no cover
