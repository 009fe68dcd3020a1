"""The store: persons, their plan history and their dose log, in one SQLite file.

This is the only way the rest of MedPlanner reaches the database; nothing outside
``medplanner.storage`` writes SQL. Every write is one transaction. The dose log and the
plan history are append-only (the schema's triggers refuse UPDATE and DELETE): a wrong
entry is corrected by a new event that names it, so the record shown to a doctor always
says what was entered and when. Persons are passed by name, in any case.

One :class:`Store` belongs to one thread (SQLite's rule for a connection); GUI code hands
work to the thread that owns it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from medplanner.core.events import DoseEvent, Slot
from medplanner.storage import cleanclose, db, paths
from medplanner.storage.diary import Diary
from medplanner.storage.errors import (
    DuplicatePerson,
    InvalidCorrection,
    InvalidValue,
    StorageError,
    StorageFailure,
)
from medplanner.storage.records import (
    EVENT_INSERT,
    MAX_PLAN_CHARS,
    SELECT_EVENTS,
    SELECT_PERSONS,
    SELECT_PLANS,
    PersonRecord,
    PlanVersion,
    event_from_row,
    event_params,
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

# An event "stands" unless a later event corrects it; a retraction only withdraws.
_STANDS = (
    "kind != 'retracted' AND NOT EXISTS "
    "(SELECT 1 FROM events AS later WHERE later.corrects = events.id)"
)
_EVENTS_BETWEEN = (
    SELECT_EVENTS + "WHERE person_id = :person AND at_us >= :since AND at_us < :until "
    "AND (:medication IS NULL OR medication_key = :medication) "
    "AND (:everything OR (" + _STANDS + ")) ORDER BY at_us, id"
)
_EVENTS_FOR_SLOT = (
    SELECT_EVENTS + "WHERE person_id = :person AND medication_key = :medication "
    "AND slot_day = :day AND slot_time = :time AND " + _STANDS + " ORDER BY at_us, id"
)
_LAST_TAKEN = (
    SELECT_EVENTS + "WHERE person_id = :person AND medication_key = :medication "
    "AND kind = 'taken' AND at_us <= :until AND " + _STANDS + " ORDER BY at_us DESC, id DESC "
    "LIMIT 1"
)
_FAR_FUTURE_US = 2**62


def system_clock() -> datetime:
    """Now, aware, in the machine's zone (backup names use the local date)."""
    return datetime.now(UTC).astimezone()


class Store:
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
                raise StorageError(f"The copy {dest} could not be made: {exc.problem}.") from None

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
            raise InvalidValue(f"A plan file is text of at most {MAX_PLAN_CHARS} characters.")
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
            raise InvalidValue(f"There is no stored plan version {version_id}.")
        return plan_from_row(row)

    # -------------------------------------------------------------------- events

    def record_event(self, person: str, event: DoseEvent) -> DoseEvent:
        """Append ``event`` to the person's dose log; return it with its id."""
        return self.record_events(person, [event])[0]

    def record_events(self, person: str, events: Iterable[DoseEvent]) -> list[DoseEvent]:
        """Append several events in one transaction: all are stored, or none."""
        batch = list(events)
        stored: list[DoseEvent] = []
        with self._db.write() as conn:
            person_id = self._db.person_id(conn, person)
            for event in batch:
                _check_new_event(conn, person_id, event)
                cursor = conn.execute(EVENT_INSERT, event_params(person_id, event))
                stored.append(dataclasses.replace(event, id=cursor.lastrowid))
        return stored

    def record_decided(
        self,
        person: str,
        since: datetime,
        until: datetime,
        decide: Callable[[list[DoseEvent]], DoseEvent | None],
    ) -> DoseEvent | None:
        """Decide and append in one write transaction (``BEGIN IMMEDIATE``).

        ``decide`` gets the person's standing events with ``since <= at < until`` as read
        inside the transaction and returns the event to append, or None to append nothing.
        A second writer waits for the first to commit, so it decides on the first's event.
        """
        with self._db.write() as conn:
            person_id = self._db.person_id(conn, person)
            rows = conn.execute(
                _EVENTS_BETWEEN,
                {
                    "person": person_id,
                    "since": to_us(since),
                    "until": to_us(until),
                    "medication": None,
                    "everything": 0,
                },
            )
            event = decide([event_from_row(r) for r in rows])
            if event is None:
                return None
            _check_new_event(conn, person_id, event)
            cursor = conn.execute(EVENT_INSERT, event_params(person_id, event))
            return dataclasses.replace(event, id=cursor.lastrowid)

    def event(self, event_id: int) -> DoseEvent:
        with self._db.read() as conn:
            row = conn.execute(SELECT_EVENTS + "WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise InvalidValue(f"There is no dose event {event_id}.")
        return event_from_row(row)

    def events_for(
        self,
        person: str,
        since: datetime,
        until: datetime,
        *,
        medication: str | None = None,
        include_superseded: bool = False,
    ) -> list[DoseEvent]:
        """Events with ``since <= at < until``, in time order.

        By default only what stands: corrected events and retractions are left out (the
        correction appears instead, if its time is in range). ``include_superseded`` gives
        the whole record, as the history view and the CSV export show it.
        """
        with self._db.read() as conn:
            rows = conn.execute(
                _EVENTS_BETWEEN,
                {
                    "person": self._db.person_id(conn, person),
                    "since": to_us(since),
                    "until": to_us(until),
                    "medication": name_key(medication) if medication is not None else None,
                    "everything": int(include_superseded),
                },
            )
            return [event_from_row(r) for r in rows]

    def events_for_slot(self, person: str, medication: str, slot: Slot) -> list[DoseEvent]:
        """The standing events that answer one scheduled dose."""
        with self._db.read() as conn:
            rows = conn.execute(
                _EVENTS_FOR_SLOT,
                {
                    "person": self._db.person_id(conn, person),
                    "medication": name_key(medication),
                    "day": slot.day.isoformat(),
                    "time": slot.wall.strftime("%H:%M"),
                },
            )
            return [event_from_row(r) for r in rows]

    def last_taken(
        self, person: str, medication: str, *, not_after: datetime | None = None
    ) -> DoseEvent | None:
        """The latest standing ``taken`` event of ``medication`` (at or before ``not_after``)."""
        with self._db.read() as conn:
            row = conn.execute(
                _LAST_TAKEN,
                {
                    "person": self._db.person_id(conn, person),
                    "medication": name_key(medication),
                    "until": to_us(not_after) if not_after is not None else _FAR_FUTURE_US,
                },
            ).fetchone()
        return event_from_row(row) if row is not None else None


def _check_new_event(conn: sqlite3.Connection, person_id: int, event: DoseEvent) -> None:
    """What the schema cannot say: ids belong to this person, corrections form a chain."""
    if not isinstance(event, DoseEvent):
        raise InvalidValue(f"{event!r} is not a dose event.")
    if event.id is not None:
        raise InvalidValue(f"Dose event {event.id} is already in the log.")
    if event.plan_version is not None:
        row = conn.execute(
            "SELECT person_id FROM plan_versions WHERE id = ?", (event.plan_version,)
        ).fetchone()
        if row is None or row[0] != person_id:
            raise InvalidValue(f"Plan version {event.plan_version} is not this person's.")
    if event.corrects is None:
        return
    target = conn.execute(
        "SELECT person_id, kind FROM events WHERE id = ?", (event.corrects,)
    ).fetchone()
    if target is None or target[0] != person_id:
        raise InvalidCorrection(f"There is no dose event {event.corrects} of this person.")
    if target[1] == "retracted":
        raise InvalidCorrection(
            f"Dose event {event.corrects} is a retraction; record a new event instead."
        )
    later = conn.execute("SELECT id FROM events WHERE corrects = ?", (event.corrects,)).fetchone()
    if later is not None:
        raise InvalidCorrection(
            f"Dose event {event.corrects} was already corrected by event {later[0]}; "
            "correct that one instead."
        )


def _impossible() -> NoReturn:
    raise AssertionError("a row just written is not there")  # pragma: no cover
