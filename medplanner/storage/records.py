"""What the store hands out, and how each record maps to and from a table row.

Instants are stored as integer microseconds since the Unix epoch (exact, sortable, cheap to
index) plus, for the moment a dose was taken, the UTC offset it was given in, so that
"08:05 +01:00" reads back as 08:05 +01:00. Names are looked up by a case-folded key.
The decoders here are also what restore runs over every row of a backup: a row the store
could not read back is a reason to refuse the file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any, Literal

from medplanner.core.diary import DiaryEntry
from medplanner.core.events import DoseEvent, InvalidEvent, Slot
from medplanner.core.i18n import _
from medplanner.core.record import Record
from medplanner.core.units import Amount

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_US = timedelta(microseconds=1)
_DECIMAL_RE = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,12})?")
MAX_PERSON_CHARS = 100
MAX_PLAN_CHARS = 1_000_000

StockKind = Literal["set", "add"]


class PersonRecord(Record):
    """A person whose plans and doses this data dir keeps."""

    id: int
    name: str
    created_at: datetime


class PlanVersion(Record):
    """One stored version of a person's plan file, exactly as it was imported."""

    id: int
    person_id: int
    toml: str
    sha256: str
    created_at: datetime


class StockChange(Record):
    """Units on hand set to a count, or a count added (negative: removed)."""

    id: int
    medication: str
    kind: StockKind
    units: Decimal
    at: datetime
    recorded_at: datetime
    reason: str | None


class StockLevel(Record):
    """Units on hand after the last change, and when that change was made."""

    medication: str
    units: Decimal
    as_of: datetime


def to_us(moment: datetime) -> int:
    return (moment - EPOCH) // _ONE_US


def offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    assert offset is not None  # events validate that every instant is aware
    return offset // timedelta(seconds=1)


def from_us(us: int, offset: int = 0) -> datetime:
    return (EPOCH + us * _ONE_US).astimezone(timezone(timedelta(seconds=offset)))


def name_key(name: str) -> str:
    """The lookup key of a name: compatibility-normalised, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- events

#: The columns :func:`event_from_row` reads, in its order; add WHERE ... after it.
SELECT_EVENTS = (
    "SELECT id, kind, medication, slot_day, slot_time, at_us, at_offset_s, amount, amount_unit, "
    "reason, flagged, confirmed, snooze_until_us, plan_version_id, corrects, recorded_us "
    "FROM events "
)
EVENT_INSERT = (
    "INSERT INTO events (person_id, kind, medication, medication_key, slot_day, slot_time, "
    "at_us, at_offset_s, amount, amount_unit, reason, flagged, confirmed, snooze_until_us, "
    "plan_version_id, corrects, recorded_us) VALUES (:person_id, :kind, :medication, "
    ":medication_key, :slot_day, :slot_time, :at_us, :at_offset_s, :amount, :amount_unit, "
    ":reason, :flagged, :confirmed, :snooze_until_us, :plan_version_id, :corrects, :recorded_us)"
)


def event_params(person_id: int, event: DoseEvent) -> dict[str, object]:
    slot, amount = event.slot, event.amount
    return {
        "person_id": person_id,
        "kind": event.kind,
        "medication": event.medication,
        "medication_key": name_key(event.medication),
        "slot_day": slot.day.isoformat() if slot else None,
        "slot_time": slot.wall.strftime("%H:%M") if slot else None,
        "at_us": to_us(event.at),
        "at_offset_s": offset_s(event.at),
        "amount": format(amount.value, "f") if amount else None,
        "amount_unit": amount.unit if amount else None,
        "reason": event.reason,
        "flagged": int(event.flagged),
        "confirmed": int(event.confirmed),
        "snooze_until_us": to_us(event.snooze_until) if event.snooze_until else None,
        "plan_version_id": event.plan_version,
        "corrects": event.corrects,
        "recorded_us": to_us(event.recorded_at),
    }


def event_from_row(row: tuple[Any, ...]) -> DoseEvent:
    """A row selected with :data:`SELECT_EVENTS`; raises InvalidEvent on a malformed row."""
    (id_, kind, medication, slot_day, slot_time, at_us, at_off, amount, unit, reason,
     flagged, confirmed, until_us, plan_version, corrects, recorded_us) = row  # fmt: skip
    try:
        slot = None
        if slot_day is not None:
            slot = Slot(date.fromisoformat(slot_day), time.fromisoformat(slot_time))
        at = from_us(at_us, at_off)
        return DoseEvent(
            kind=kind,
            medication=medication,
            at=at,
            recorded_at=from_us(recorded_us),
            slot=slot,
            amount=Amount(decimal_of(amount), unit) if amount is not None else None,
            reason=reason,
            flagged=bool(flagged),
            confirmed=bool(confirmed),
            snooze_until=from_us(until_us).astimezone(at.tzinfo) if until_us is not None else None,
            plan_version=plan_version,
            corrects=corrects,
            id=id_,
        )
    except (ValueError, TypeError, OverflowError) as exc:
        raise InvalidEvent(
            _("dose event {id} cannot be read ({exc})").format(id=id_, exc=exc)
        ) from None


def decimal_of(text: str) -> Decimal:
    """A stored decimal (amounts, stock units): plain digits only, as :func:`format` wrote."""
    if not isinstance(text, str) or not _DECIMAL_RE.fullmatch(text):
        raise ValueError(f"{text!r} is not a stored number")
    return Decimal(text)


# --------------------------------------------------------------------- other records

SELECT_PERSONS = "SELECT id, name, created_us FROM persons "
SELECT_PLANS = "SELECT id, person_id, toml, sha256, created_us FROM plan_versions "
SELECT_STOCK = (
    "SELECT id, medication, kind, units, at_us, at_offset_s, recorded_us, reason "
    "FROM stock_changes "
)


def person_from_row(row: tuple[Any, ...]) -> PersonRecord:
    id_, name, created_us = row
    return PersonRecord(id=id_, name=name, created_at=from_us(created_us))


def plan_from_row(row: tuple[Any, ...]) -> PlanVersion:
    id_, person_id, toml, sha256, created_us = row
    return PlanVersion(id_, person_id, toml, sha256, from_us(created_us))


def stock_from_row(row: tuple[Any, ...]) -> StockChange:
    id_, medication, kind, units, at_us, at_off, recorded_us, reason = row
    if kind not in ("set", "add"):
        raise ValueError(f"{kind!r} is not a stock change")
    return StockChange(
        id_, medication, kind, decimal_of(units), from_us(at_us, at_off), from_us(recorded_us),
        reason,
    )  # fmt: skip


# --------------------------------------------------------------------- symptom diary

#: The columns :func:`diary_from_row` reads, in its order; add WHERE ... after it.
SELECT_DIARY = (
    "SELECT id, kind, symptom, severity, at_us, at_offset_s, note, withdraws, recorded_us "
    "FROM diary_entries "
)


def diary_from_row(row: tuple[Any, ...]) -> DiaryEntry:
    """A row selected with :data:`SELECT_DIARY`; raises InvalidEvent on a malformed row."""
    id_, kind, symptom, severity, at_us, at_off, note, withdraws, recorded_us = row
    try:
        return DiaryEntry(
            symptom=symptom,
            severity=severity,
            at=from_us(at_us, at_off),
            recorded_at=from_us(recorded_us),
            note=note,
            kind=kind,
            withdraws=withdraws,
            id=id_,
        )
    except (ValueError, TypeError, OverflowError) as exc:
        raise InvalidEvent(
            _("diary entry {id} cannot be read ({exc})").format(id=id_, exc=exc)
        ) from None
