"""The plan in force (contract §4): each dose slot is judged by the plan version stored
before its time, so replacing a plan never rewrites the past (pure).

* a slot before the person's first stored version is ``before-tracking`` (never missed);
* a slot of a later version within the minimum interval after a take recorded under an
  earlier version is ``covered`` (the person took that medication just before the change);
* a take recorded outside every slot (``--force``) is listed as ``extra``.

Today, ``medplanner status``, History's adherence and the doctor's report all read the
day's doses through :func:`statuses_in_force`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from medplanner.core import clock
from medplanner.core.dosing import (
    DrugRules,
    SlotStatus,
    day_status,
    effective_events,
    min_interval,
)
from medplanner.core.events import DoseEvent
from medplanner.core.model import Plan, ScheduledDose
from medplanner.core.record import Record, replace
from medplanner.core.schedule import zone

_FAR = timedelta(days=1)


class Version(Record):
    """One stored plan version: the moment it was stored (when it came into force)."""

    stored_at: datetime
    plan: Plan
    rules: dict[int, DrugRules]


def statuses_in_force(
    versions: Sequence[Version],
    events: Iterable[DoseEvent],
    now: datetime,
    day: date | None = None,
    *,
    grace: timedelta | None = None,
) -> list[SlotStatus]:
    """Every dose slot of the local ``day`` (``now``'s in the newest version's zone), each
    from the version in force at its time, plus the day's ``extra`` takes; by instant."""
    if not versions:
        return []
    ordered = sorted(versions, key=lambda v: v.stored_at)
    tz = zone(ordered[-1].plan.person.timezone)
    local_day = day or clock.today(ordered[-1].plan.person, now)
    start = datetime.combine(local_day, time(0), tzinfo=tz) - _FAR
    end = datetime.combine(local_day + timedelta(days=1), time(0), tzinfo=tz) + _FAR
    live = effective_events(events)
    out: list[SlotStatus] = []
    for i, version in enumerate(ordered):
        since = version.stored_at if i > 0 else None
        until = ordered[i + 1].stored_at if i + 1 < len(ordered) else None
        if (until is not None and until <= start) or (since is not None and since >= end):
            continue
        for s in day_status(version.plan, live, now, version.rules, grace=grace, day=local_day):
            utc = s.dose.utc
            if until is not None and utc >= until:
                continue
            if since is None and utc < version.stored_at:
                if s.answer is None:
                    out.append(replace(s, state="before-tracking", advice=None))
                else:
                    out.append(s)
                continue
            if since is not None and utc < since:
                continue
            if since is not None and s.answer is None and _covered(version, s, live, since):
                out.append(replace(s, state="covered", advice=None))
            else:
                out.append(s)
    out.extend(_extras(ordered, live, local_day, now))
    out.sort(key=lambda s: (s.dose.utc, s.dose.med_index))
    return out


def _covered(version: Version, s: SlotStatus, live: list[DoseEvent], since: datetime) -> bool:
    """A take of the medication recorded under an earlier version, within the minimum
    interval before this slot."""
    rules = version.rules.get(s.dose.med_index, DrugRules())
    gap = min_interval(version.plan, s.dose.med_index, s.dose.day, rules)
    if gap is None:
        return False
    key = s.dose.medication.casefold()
    return any(
        e.kind == "taken"
        and e.medication.casefold() == key
        and e.at < since
        and timedelta(0) <= s.dose.utc - e.at < gap
        for e in live
    )


def _extras(
    versions: Sequence[Version], live: list[DoseEvent], day: date, now: datetime
) -> list[SlotStatus]:
    """Takes of a scheduled medication recorded outside every slot on ``day``."""
    plan = versions[-1].plan
    tz = zone(plan.person.timezone)
    out: list[SlotStatus] = []
    for e in live:
        if e.kind != "taken" or e.slot is not None or e.at > now:
            continue
        local = e.at.astimezone(tz)
        if local.date() != day:
            continue
        index = next(
            (
                i
                for i, m in enumerate(plan.medications)
                if m.name.casefold() == e.medication.casefold()
            ),
            None,
        )
        if index is None or plan.medications[index].as_needed or e.amount is None:
            continue
        dose = ScheduledDose(
            medication=plan.medications[index].name,
            med_index=index,
            dose=e.amount,
            at=local,
            utc=e.at.astimezone(UTC),
            day=day,
            wall=local.time().replace(second=0, microsecond=0, tzinfo=None),
        )
        out.append(SlotStatus(dose, "extra", None, e))
    return out
