"""Stock: units on hand per person and medication, kept as a history of changes.

A count ("30 on hand": ``set``) or a change ("+28 from the pharmacy", "-1 dropped":
``add``) is appended, never overwritten, so the level can be explained later. Units are
the plan's ``strength`` units (tablets, capsules; halves for scored tablets). The run-out
forecast along the plan belongs to the core; this keeps the figures.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from decimal import Decimal

from medplanner.core.events import (
    MAX_MEDICATION_CHARS,
    MAX_REASON_CHARS,
    InvalidEvent,
    check_instant,
    check_text,
)
from medplanner.core.i18n import _
from medplanner.storage.errors import InvalidValue
from medplanner.storage.records import (
    SELECT_STOCK,
    StockChange,
    StockKind,
    StockLevel,
    name_key,
    offset_s,
    stock_from_row,
    to_us,
)
from medplanner.storage.session import Session

MAX_UNITS = Decimal(1_000_000)
_LAST_COUNT = (
    "SELECT coalesce(max(id), 0) FROM stock_changes "
    "WHERE person_id = ? AND medication_key = ? AND kind = 'set'"
)
_CHANGES_FROM = SELECT_STOCK + "WHERE person_id = ? AND medication_key = ? AND id >= ? ORDER BY id"


class Stock:
    """Each person's units on hand."""

    def __init__(self, session: Session) -> None:
        self._db = session

    def record(
        self,
        person: str,
        medication: str,
        kind: StockKind,
        units: Decimal | int,
        *,
        at: datetime,
        reason: str | None = None,
    ) -> StockLevel:
        """Append a count (``set``) or a change (``add``); return the new level."""
        amount = _checked(medication, kind, units, at, reason)
        with self._db.write() as conn:
            person_id = self._db.person_id(conn, person)
            level = self._level(conn, person_id, medication)
            after = amount if kind == "set" else (level.units if level else Decimal(0)) + amount
            if after < 0:
                raise InvalidValue(
                    _("That would leave {after} units of {medication} on hand.").format(
                        after=after, medication=medication
                    )
                )
            conn.execute(
                "INSERT INTO stock_changes (person_id, medication, medication_key, kind, units, "
                "at_us, at_offset_s, reason, recorded_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person_id, medication, name_key(medication), kind, format(amount, "f"),
                    to_us(at), offset_s(at), reason, to_us(self._db.clock()),
                ),
            )  # fmt: skip
            return StockLevel(medication, after, at)

    def level(self, person: str, medication: str) -> StockLevel | None:
        """Units on hand after the last recorded change (None: never counted)."""
        with self._db.read() as conn:
            return self._level(conn, self._db.person_id(conn, person), medication)

    def history(self, person: str, medication: str) -> list[StockChange]:
        with self._db.read() as conn:
            rows = conn.execute(
                SELECT_STOCK + "WHERE person_id = ? AND medication_key = ? ORDER BY id",
                (self._db.person_id(conn, person), name_key(medication)),
            )
            return [stock_from_row(r) for r in rows]

    def _level(
        self, conn: sqlite3.Connection, person_id: int, medication: str
    ) -> StockLevel | None:
        key = name_key(medication)
        last_count = conn.execute(_LAST_COUNT, (person_id, key)).fetchone()[0]
        rows = conn.execute(_CHANGES_FROM, (person_id, key, last_count))
        changes = [stock_from_row(r) for r in rows]
        if not changes:
            return None
        units = Decimal(0)
        for change in changes:
            units = change.units if change.kind == "set" else units + change.units
        return StockLevel(changes[-1].medication, units, changes[-1].at)


def _checked(
    medication: str, kind: StockKind, units: Decimal | int, at: datetime, reason: str | None
) -> Decimal:
    try:
        check_text(_("medication name"), medication, MAX_MEDICATION_CHARS, blank_ok=False)
        if reason is not None:
            check_text("reason", reason, MAX_REASON_CHARS, blank_ok=True)
        check_instant("at", at)
    except InvalidEvent as exc:
        raise InvalidValue(exc.message) from None
    if kind not in ("set", "add"):
        raise InvalidValue(f'"{kind}" is not a stock change (set or add).')
    amount = Decimal(units) if isinstance(units, int) else units
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise InvalidValue(_("{units!r} is not a number of units.").format(units=units))
    exponent = amount.as_tuple().exponent
    if abs(amount) > MAX_UNITS or (isinstance(exponent, int) and exponent < -3):
        raise InvalidValue(
            _("{amount} is not a number of units MedPlanner can keep.").format(amount=amount)
        )
    if kind == "set" and amount < 0:
        raise InvalidValue(_("Units on hand cannot be negative."))
    if kind == "add" and amount == 0:
        raise InvalidValue(_("Adding 0 units changes nothing."))
    return amount
