"""The dose log's half of :class:`~medplanner.storage.repository.Store`: appending events
(checked: ids belong to the person, corrections form a chain) and reading what stands.

The log is append-only (the schema's triggers refuse UPDATE and DELETE); an event stands
unless a later event corrects it, and a retraction only withdraws. :class:`EventLog` is
a base of ``Store`` and uses its session; it has no state of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime

from medplanner.core.events import DoseEvent, Slot
from medplanner.core.record import replace
from medplanner.storage.errors import InvalidCorrection, InvalidValue
from medplanner.storage.records import (
    EVENT_INSERT,
    SELECT_EVENTS,
    event_from_row,
    event_params,
    name_key,
    to_us,
)
from medplanner.storage.session import Session

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


class EventLog:
    """Record and read a person's dose events (``Store`` inherits these)."""

    _db: Session

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
                stored.append(replace(event, id=cursor.lastrowid))
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
            return replace(event, id=cursor.lastrowid)

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
