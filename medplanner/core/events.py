"""Dose events: what the person did about a dose, as written in the dose log.

The dose log is a health record read back at a doctor's visit, so it is append-only: a
mistake is fixed by a *new* event whose ``corrects`` names the event it replaces (or, for
a ``retracted`` event, withdraws). These dataclasses validate themselves so that nothing
malformed reaches the log, whether typed in, imported or read back from a backup.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any, Literal, get_args

from medplanner.core.errors import InvalidInput
from medplanner.core.limits import UNSAFE_RE
from medplanner.core.model import ScheduledDose
from medplanner.core.record import Record, replace
from medplanner.core.units import Amount

EventKind = Literal["taken", "skipped", "snoozed", "retracted"]
#: ``taken``/``skipped`` answer a dose; ``snoozed`` postpones its reminder until
#: ``snooze_until``; ``retracted`` withdraws the event it ``corrects`` ("I never took that").
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)

#: Bounds that keep a record readable and a hostile backup from smuggling in megabytes.
MAX_MEDICATION_CHARS = 200
MAX_REASON_CHARS = 1000
#: Dose-log instants must fall in these years (a typo like 20277 is not a date to keep).
FIRST_YEAR = 1970
LAST_YEAR = 2199
_MAX_AMOUNT_DIGITS = 12


class InvalidEvent(InvalidInput):
    """A dose event that cannot go into the log as it is."""


class Slot(Record):
    """Which scheduled dose an event answers: the person's local day and the wall time.

    The wall time is the one in the plan (``21:00``), even on a day when the zone's gap
    moved the dose itself, so a slot stays the same however the offsets fall.
    """

    day: date
    wall: time

    def __init__(self, day: date, wall: time) -> None:
        if wall.tzinfo is not None or wall.second or wall.microsecond:
            raise InvalidEvent(f"a slot's time is a plain HH:MM wall time, not {wall}")
        self.__dict__.update(day=day, wall=wall)

    @classmethod
    def of(cls, dose: ScheduledDose) -> Slot:
        return cls(dose.day, dose.wall)

    def __str__(self) -> str:
        return f"{self.day.isoformat()} {self.wall.strftime('%H:%M')}"


class DoseEvent(Record):
    """One entry of the dose log.

    ``at`` is when it happened (taken at 08:05), ``recorded_at`` when it was written down;
    both are aware datetimes. ``slot`` is None for an as-needed dose. ``flagged`` marks an
    event recorded while a warning stood (a forced doubled dose); ``confirmed`` says the
    person explicitly confirmed it over that warning. ``plan_version`` is the id of the
    stored plan version in force, ``corrects`` the id of the event this one replaces.
    ``id`` is None until the log has stored the event.
    """

    kind: EventKind
    medication: str
    at: datetime
    recorded_at: datetime
    slot: Slot | None = None
    amount: Amount | None = None
    reason: str | None = None
    flagged: bool = False
    confirmed: bool = False
    snooze_until: datetime | None = None
    plan_version: int | None = None
    corrects: int | None = None
    id: int | None = None

    def __init__(
        self,
        kind: EventKind,
        medication: str,
        at: datetime,
        recorded_at: datetime,
        slot: Slot | None = None,
        amount: Amount | None = None,
        reason: str | None = None,
        flagged: bool = False,
        confirmed: bool = False,
        snooze_until: datetime | None = None,
        plan_version: int | None = None,
        corrects: int | None = None,
        id: int | None = None,
    ) -> None:
        self.__dict__.update(
            kind=kind,
            medication=medication,
            at=at,
            recorded_at=recorded_at,
            slot=slot,
            amount=amount,
            reason=reason,
            flagged=flagged,
            confirmed=confirmed,
            snooze_until=snooze_until,
            plan_version=plan_version,
            corrects=corrects,
            id=id,
        )
        self._validate()

    def _validate(self) -> None:
        _check_kind(self)
        check_text("medication name", self.medication, MAX_MEDICATION_CHARS, blank_ok=False)
        if self.reason is not None:
            check_text("reason", self.reason, MAX_REASON_CHARS, blank_ok=True)
        check_instant("at", self.at)
        check_instant("recorded_at", self.recorded_at)
        if self.snooze_until is not None:
            check_instant("snooze_until", self.snooze_until)
            if self.snooze_until <= self.at:
                raise InvalidEvent("a snooze must end after it starts")
        if self.amount is not None:
            _check_amount(self.amount)
        for name in ("plan_version", "corrects", "id"):
            value = getattr(self, name)
            if value is not None and (type(value) is not int or value <= 0):
                raise InvalidEvent(f"{name} must be a positive id, not {value!r}")
        if self.id is not None and self.id == self.corrects:
            raise InvalidEvent("an event cannot correct itself")


def correction_of(original: DoseEvent, *, recorded_at: datetime, **changes: Any) -> DoseEvent:
    """A new event that replaces ``original`` with ``changes`` (e.g. ``at=`` the real time).

    The original stays in the log; readers of the log see the correction instead of it.
    """
    if original.id is None:
        raise InvalidEvent("only an event already in the log can be corrected")
    fields: dict[str, Any] = {"reason": None, **changes}
    return replace(original, id=None, corrects=original.id, recorded_at=recorded_at, **fields)


def retraction_of(original: DoseEvent, *, recorded_at: datetime, reason: str) -> DoseEvent:
    """A new event saying ``original`` never happened (a Take tapped by mistake)."""
    if original.id is None:
        raise InvalidEvent("only an event already in the log can be retracted")
    return DoseEvent(
        kind="retracted",
        medication=original.medication,
        at=recorded_at,
        recorded_at=recorded_at,
        slot=original.slot,
        reason=reason,
        plan_version=original.plan_version,
        corrects=original.id,
    )


def _check_kind(event: DoseEvent) -> None:
    if event.kind not in EVENT_KINDS:
        raise InvalidEvent(f'"{event.kind}" is not a kind of dose event ({", ".join(EVENT_KINDS)})')
    if event.kind in ("skipped", "snoozed") and event.slot is None:
        raise InvalidEvent(f"only a scheduled dose can be {event.kind}: give its slot")
    if (event.kind == "snoozed") != (event.snooze_until is not None):
        raise InvalidEvent("a snoozed event, and only a snoozed event, has snooze_until")
    if event.kind == "retracted" and event.corrects is None:
        raise InvalidEvent("a retraction must name the event it withdraws (corrects)")
    if event.kind != "taken" and event.flagged:
        raise InvalidEvent("only a taken dose can be flagged")


def check_text(what: str, text: str, limit: int, *, blank_ok: bool) -> None:
    """Raise InvalidEvent unless ``text`` is text of at most ``limit`` printable characters.

    Shared with storage (names, settings, stock notes) so every free text in the log obeys
    the same bounds that its schema enforces.
    """
    if not isinstance(text, str):
        raise InvalidEvent(f"the {what} must be text, not {type(text).__name__}")
    if not blank_ok and not text.strip():
        raise InvalidEvent(f"the {what} is empty")
    if len(text) > limit:
        raise InvalidEvent(f"the {what} is {len(text)} characters long (at most {limit})")
    if UNSAFE_RE.search(text):
        raise InvalidEvent(f"the {what} contains control characters")


def check_instant(what: str, value: datetime) -> None:
    """Raise InvalidEvent unless ``value`` is an aware datetime in the log's years.

    A naive time would be read in whatever zone the machine happens to be in later.
    """
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise InvalidEvent(f"{what} must be a date and time with a UTC offset, not {value!r}")
    try:
        year = value.astimezone(UTC).year
    except OverflowError:
        year = value.year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidEvent(f"{what} {value.isoformat()} is outside {FIRST_YEAR}–{LAST_YEAR}")


def _check_amount(amount: Amount) -> None:
    if not isinstance(amount, Amount):
        raise InvalidEvent(f"amount must be a dose like 300 mg, not {amount!r}")
    value = amount.value
    if not value.is_finite() or value <= 0:
        raise InvalidEvent(f"{amount} is not a dose that can be taken")
    exponent = value.as_tuple().exponent
    digits = len(value.as_tuple().digits)
    too_fine = not isinstance(exponent, int) or exponent < -_MAX_AMOUNT_DIGITS
    if digits > _MAX_AMOUNT_DIGITS or too_fine:
        raise InvalidEvent(f"{amount} has too many digits to be a dose")
    if value.adjusted() >= _MAX_AMOUNT_DIGITS:
        raise InvalidEvent(f"{amount} is too large to be a dose")
