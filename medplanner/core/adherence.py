"""What happened to the scheduled doses of a period: taken, skipped or missed (pure).

Each past day's states come from ``core.dosing.day_status`` (the same states Today and
``medplanner status`` show), measured against the current plan. The History view's
adherence and the doctor's report both walk the period through :func:`passed_statuses`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from medplanner.core.dosing import DrugRules, SlotStatus, day_status, plan_rules
from medplanner.core.events import DoseEvent
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Plan
from medplanner.core.schedule import zone

#: Longest span counted at once (a year of days).
MAX_DAYS = 366


@dataclass(frozen=True)
class Adherence:
    medication: str
    taken: int = 0
    skipped: int = 0
    missed: int = 0

    @property
    def scheduled(self) -> int:
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
) -> Iterator[SlotStatus]:
    """The scheduled doses of local days ``first`` to ``last`` whose time has passed by
    ``now`` (taken, skipped or missed), day by day. Events are grouped by day once, so a
    long period costs one pass over the log, not one per day."""
    tz = zone(plan.person.timezone)
    by_day: dict[date, list[DoseEvent]] = defaultdict(list)
    for e in events:
        key = e.slot.day if e.slot is not None else e.at.astimezone(tz).date()
        by_day[key].append(e)
    day = first
    while day <= last:
        near = [*by_day.get(day - timedelta(days=1), []), *by_day.get(day, [])]
        near += by_day.get(day + timedelta(days=1), [])
        for s in day_status(plan, near, now, rules, day=day):
            if s.state in ("taken", "skipped", "missed"):
                yield s
        day += timedelta(days=1)


def adherence(
    plan: Plan,
    events: Iterable[DoseEvent],
    first: date,
    last: date,
    now: datetime,
    kb: KnowledgeBase,
) -> list[Adherence]:
    """Per scheduled medication: doses from ``first`` to ``last`` (local days) that have
    passed by ``now`` (due and upcoming doses are not counted yet)."""
    tz = zone(plan.person.timezone)
    last = min(last, now.astimezone(tz).date(), first + timedelta(days=MAX_DAYS - 1))
    counts: dict[str, dict[str, int]] = {
        m.name: {"taken": 0, "skipped": 0, "missed": 0} for m in plan.medications if not m.as_needed
    }
    for s in passed_statuses(plan, events, first, last, now, plan_rules(plan, kb)):
        counts[s.dose.medication][s.state] += 1
    return [Adherence(name, **c) for name, c in counts.items()]
