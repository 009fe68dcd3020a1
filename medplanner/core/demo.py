"""The demo plan, dated so that it is live: it began two days before "today".

The shipped ``resources/demo-plan.toml`` keeps fixed dates (tests rely on them); the app's
``--demo`` and ``medplanner demo-plan`` move it so that a titration is in progress today.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from medplanner.core import record
from medplanner.core.clock import today
from medplanner.core.model import Medication, Plan
from medplanner.core.plan import load
from medplanner.core.resources import resource
from medplanner.core.schedule import first_day

#: How many days before today the moved demo plan begins.
DAYS_IN = 2


def demo_plan(now: datetime) -> Plan:
    """The shipped demo plan, moved so that it began :data:`DAYS_IN` days before ``now``'s
    local day (in the plan's zone)."""
    plan = load(resource("demo-plan.toml"))
    local_today = today(plan.person, now)
    start = first_day(plan) or local_today
    shift = (local_today - timedelta(days=DAYS_IN)) - start

    def move(med: Medication) -> Medication:
        steps = tuple(record.replace(s, start=s.start + shift) for s in med.steps)
        return record.replace(
            med,
            start=med.start + shift if med.start else None,
            stop=med.stop + shift if med.stop else None,
            steps=steps,
        )

    return record.replace(plan, medications=tuple(move(m) for m in plan.medications))
