"""Which doses want a reminder, and when (pure: plan + events + ``now`` in, values out).

A reminder belongs to an unanswered scheduled dose. It fires at the dose's instant, or at
``snooze_until`` when the person snoozed it. Everything the engine decides comes from
these values, computed afresh from the database each time — never from what a scheduler
happens to remember.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from medplanner.core.dosing import DrugRules, SlotStatus, day_status
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.inforce import Version, statuses_in_force
from medplanner.core.model import Plan, ScheduledDose
from medplanner.core.schedule import zone

_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class ReminderKey:
    """One reminder of one dose at one instant: a snoozed dose gets a new key."""

    fire_at: datetime  # UTC
    person: str
    medication: str
    slot: Slot

    def job_id(self) -> str:
        """A readable, unique APScheduler job id."""
        return (
            f"dose:{self.person}:{self.medication}:{self.slot}:"
            f"{self.fire_at.astimezone(UTC):%Y-%m-%dT%H:%M:%S.%fZ}"
        )


@dataclass(frozen=True)
class Reminder:
    """An unanswered scheduled dose and the instant its reminder fires."""

    person: str
    status: SlotStatus
    fire_at: datetime  # UTC

    @property
    def dose(self) -> ScheduledDose:
        return self.status.dose

    @property
    def medication(self) -> str:
        return self.status.dose.medication

    @property
    def slot(self) -> Slot:
        return Slot.of(self.status.dose)

    @property
    def snoozed(self) -> bool:
        """This reminder is a snoozed one coming back (not the dose's own instant)."""
        return self.fire_at != self.status.due_from

    @property
    def key(self) -> ReminderKey:
        return ReminderKey(self.fire_at, self.person, self.medication, self.slot)


@dataclass(frozen=True)
class Batch:
    """Reminders that came due together, delivered in one call.

    ``late`` says some came due well before ``at`` (the app was closed, the computer slept,
    the clock jumped): several late ones are shown once, together, in the catch-up window.
    """

    reminders: tuple[Reminder, ...]
    at: datetime
    late_after: timedelta

    @property
    def late(self) -> bool:
        return any(self.at - r.fire_at > self.late_after for r in self.reminders)

    @property
    def catch_up(self) -> bool:
        """Show as one catch-up list rather than as pop-ups."""
        return self.late and len(self.reminders) > 1


def fire_instant(status: SlotStatus) -> datetime:
    """When a dose's reminder fires: when it becomes due (its instant, or later after a
    spring-forward collision), or the end of its latest snooze."""
    dose_utc = status.due_from.astimezone(UTC)
    if status.snoozed_until is not None and status.snoozed_until > dose_utc:
        return status.snoozed_until.astimezone(UTC)
    return dose_utc


def reminders_between(
    person: str,
    plan: Plan,
    events: Iterable[DoseEvent],
    now: datetime,
    rules: dict[int, DrugRules],
    *,
    since: datetime,
    until: datetime,
) -> list[Reminder]:
    """Unanswered doses whose reminder fires in ``[since, until)``, with their state at
    ``now``, sorted by firing instant.

    Local days are walked in the person's zone with the core's own expansion, so a
    fall-back day has one 01:30 and a spring-forward day one 02:30 (shifted to 03:30).
    """
    tz = zone(plan.person.timezone)
    standing = list(events)
    first = since.astimezone(tz).date() - _DAY  # a snooze can carry a dose past midnight
    last = until.astimezone(tz).date()
    out: list[Reminder] = []
    day = first
    while day <= last:
        for status in day_status(plan, standing, now, rules, day=day):
            if status.state in ("taken", "skipped"):
                continue
            fire = fire_instant(status)
            if since <= fire < until:
                out.append(Reminder(person, status, fire))
        day += _DAY
    out.sort(key=lambda r: (r.fire_at, r.dose.med_index))
    return out


#: Slot states that want no reminder: answered, or not the person's to answer (contract §4).
_NO_REMINDER = frozenset({"taken", "skipped", "covered", "before-tracking", "extra"})


def reminders_in_force(
    person: str,
    versions: Sequence[Version],
    events: Iterable[DoseEvent],
    now: datetime,
    *,
    since: datetime,
    until: datetime,
) -> list[Reminder]:
    """Like :func:`reminders_between`, but each slot judged by the plan version in force
    at its time (contract §4, :func:`~medplanner.core.inforce.statuses_in_force`): a dose
    due before today's plan change is reminded, and listed as came-due-while-closed, as
    that version had it; slots before the first version (``before-tracking``) and those
    ``covered`` by a take under the previous version are not reminded at all."""
    if not versions:
        return []
    newest = max(versions, key=lambda v: v.stored_at)
    tz = zone(newest.plan.person.timezone)
    standing = list(events)
    first = since.astimezone(tz).date() - _DAY  # a snooze can carry a dose past midnight
    last = until.astimezone(tz).date()
    out: list[Reminder] = []
    day = first
    while day <= last:
        for status in statuses_in_force(versions, standing, now, day):
            if status.state in _NO_REMINDER:
                continue
            fire = fire_instant(status)
            if since <= fire < until:
                out.append(Reminder(person, status, fire))
        day += _DAY
    out.sort(key=lambda r: (r.fire_at, r.dose.med_index))
    return out
