"""What happened to the scheduled doses of a period: taken, skipped or missed (pure).

Each past day's states come from ``core.dosing.day_status`` (the same states Today and
``medplanner status`` show); given the stored versions, each slot is judged by the plan
in force at its time (``core.inforce``), as ``status`` does. The History view's
adherence and the doctor's report both walk the period through :func:`passed_statuses`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from medplanner.core import record
from medplanner.core.clock import today
from medplanner.core.dosing import DrugRules, SlotStatus, day_status, plan_rules
from medplanner.core.events import DoseEvent
from medplanner.core.inforce import Version, statuses_in_force
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Plan
from medplanner.core.schedule import zone

#: Longest span counted at once (a year of days).
MAX_DAYS = 366


@dataclass(frozen=True)
class Adherence:
    """One medication's scheduled doses of a period whose time has passed, by what
    happened to them (History and the doctor's report both count with this)."""

    medication: str
    taken: int = 0
    skipped: int = 0
    missed: int = 0
    flagged: int = 0  # taken over a warning (a doubled dose confirmed, ...)

    @property
    def scheduled(self) -> int:
        """Doses whose grace period has passed: taken, skipped or missed."""
        return self.taken + self.skipped + self.missed

    @property
    def percent(self) -> int | None:
        return round(100 * self.taken / self.scheduled) if self.scheduled else None


def passed_statuses(
    plan: Plan,
    events: Iterable[DoseEvent],
    first: date,
    last: date,
    now: datetime,
    rules: dict[int, DrugRules],
    versions: Sequence[Version] = (),
) -> Iterator[SlotStatus]:
    """The scheduled doses of local days ``first`` to ``last`` whose time has passed by
    ``now`` (taken, skipped or missed), day by day. Events are grouped by day once, so a
    long period costs one pass over the log, not one per day. With ``versions``, each
    slot comes from the version in force at its time (its ``med_index`` is the entry's in
    ``plan``; a medication no longer in ``plan`` is left out)."""
    tz = zone(plan.person.timezone)
    by_day: dict[date, list[DoseEvent]] = defaultdict(list)
    for e in events:
        key = e.slot.day if e.slot is not None else e.at.astimezone(tz).date()
        by_day[key].append(e)
    day = first
    while day <= last:
        near = [*by_day.get(day - timedelta(days=1), []), *by_day.get(day, [])]
        near += by_day.get(day + timedelta(days=1), [])
        if versions:
            states = [_in(plan, s) for s in statuses_in_force(versions, near, now, day)]
            found = [s for s in states if s is not None]
        else:
            found = day_status(plan, near, now, rules, day=day)
        for s in found:
            if s.state in ("taken", "skipped", "missed"):
                yield s
        day += timedelta(days=1)


def _in(plan: Plan, s: SlotStatus) -> SlotStatus | None:
    key = s.dose.medication.casefold()
    index = next((i for i, m in enumerate(plan.medications) if m.name.casefold() == key), None)
    if index is None:
        return None
    if index == s.dose.med_index:
        return s
    return record.replace(s, dose=record.replace(s.dose, med_index=index))


def adherence(
    plan: Plan,
    events: Iterable[DoseEvent],
    first: date,
    last: date,
    now: datetime,
    kb: KnowledgeBase,
    versions: Sequence[Version] = (),
) -> list[Adherence]:
    """Per scheduled medication: doses from ``first`` to ``last`` (local days) that have
    passed by ``now`` (due and upcoming doses are not counted yet)."""
    last = min(last, today(plan.person, now), first + timedelta(days=MAX_DAYS - 1))
    counts: dict[str, dict[str, int]] = {
        m.name: {"taken": 0, "skipped": 0, "missed": 0} for m in plan.medications if not m.as_needed
    }
    for s in passed_statuses(plan, events, first, last, now, plan_rules(plan, kb), versions):
        counts[s.dose.medication][s.state] += 1
    return [Adherence(name, **c) for name, c in counts.items()]
