"""The knowledge base's rules for taking one drug (skip window, shortest interval, daily
maximum), the shortest interval a plan allows, and how a dose's day reads ("tomorrow at
08:00").

Kept apart from :mod:`medplanner.core.dosing` (the dose log: statuses, take and skip
decisions), so that checking a plan file needs none of the dose log's code. Import from
either: :mod:`~medplanner.core.dosing` re-exports every name here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import pairwise

from medplanner.core.i18n import _
from medplanner.core.knowledge import MIN_INTERVAL_FRACTION, PRODUCT_RULE, Drug, KnowledgeBase
from medplanner.core.model import Plan, ScheduledDose
from medplanner.core.record import Record
from medplanner.core.schedule import doses_on
from medplanner.core.units import Amount
from medplanner.core.wording import day_month

HALF_INTERVAL_SOURCE = (
    f"{PRODUCT_RULE}: for a medicine without its own missed-dose rule, skip a missed dose when "
    "the next one is due in less than half the time between the two"
)

DOUBLED_SOURCE = (
    f"{PRODUCT_RULE} (doubled dose: a second dose for the same time, or sooner than half the "
    "time between scheduled doses); NHS medicine leaflets: never take two doses together"
)


class DrugRules(Record):
    """What the knowledge base says about taking one drug (None: no drug-specific rule)."""

    skip_window: timedelta | None = None
    skip_source: str = HALF_INTERVAL_SOURCE
    min_interval_fraction: Decimal = MIN_INTERVAL_FRACTION.value
    min_interval_source: str = DOUBLED_SOURCE
    max_daily: Amount | None = None
    max_daily_source: str = ""


NO_RULES = DrugRules()


def rules_for(drug: Drug | None) -> DrugRules:
    """The knowledge base's taking rules for one drug (defaults where it has none)."""
    if drug is None:
        return NO_RULES
    skip = drug.skip_window_hours
    fraction = drug.min_interval_fraction
    return DrugRules(
        skip_window=timedelta(hours=float(skip.value)) if skip is not None else None,
        skip_source=skip.source if skip is not None else HALF_INTERVAL_SOURCE,
        min_interval_fraction=(fraction or MIN_INTERVAL_FRACTION).value,
        min_interval_source=fraction.source if fraction is not None else DOUBLED_SOURCE,
        max_daily=drug.max_daily.value if drug.max_daily is not None else None,
        max_daily_source=drug.max_daily.source if drug.max_daily is not None else "",
    )


def plan_rules(plan: Plan, kb: KnowledgeBase) -> dict[int, DrugRules]:
    """:class:`DrugRules` for each medication of the plan, by its index."""
    return {i: rules_for(kb.lookup(m.name)) for i, m in enumerate(plan.medications)}


def min_interval(plan: Plan, med_index: int, day: date, rules: DrugRules) -> timedelta | None:
    """The drug's fraction (default half) of the shortest gap between its scheduled wall
    times (a once-daily dose: 24 h), from the step in force around ``day``. Wall times, not
    instants: a spring-forward gap that moves one time onto another does not shrink it."""
    walls: set[time] = set()
    for offset in (0, -1, 1):
        walls.update(
            d.wall for d in doses_on(plan, day + timedelta(days=offset)) if d.med_index == med_index
        )
        if walls:
            break
    if not walls:
        return None
    minutes = sorted(w.hour * 60 + w.minute for w in walls)
    gaps = [b - a for a, b in pairwise(minutes)]
    gaps.append(minutes[0] + 24 * 60 - minutes[-1])
    return timedelta(minutes=min(gaps)) * float(rules.min_interval_fraction)


def when_words(dose: ScheduledDose, now: datetime) -> str:
    """``today at 14:00``, ``tomorrow at 08:00`` or ``on Wed 6 Jan at 08:00``, seen from
    ``now`` in the dose's zone."""
    today = now.astimezone(dose.at.tzinfo).date()
    at = f"{dose.at:%H:%M}"
    if dose.day == today:
        # Translators: when a dose is due ("today at 14:00").
        return _("today at {time}").format(time=at)
    if dose.day == today + timedelta(days=1):
        # Translators: when a dose is due ("tomorrow at 08:00").
        return _("tomorrow at {time}").format(time=at)
    # Translators: when a dose is due; {day} is like "Wed 6 Jan" ("on Wed 6 Jan at 08:00").
    return _("on {day} at {time}").format(day=day_month(dose.day), time=at)
