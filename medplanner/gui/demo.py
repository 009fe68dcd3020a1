"""The demo plan (``medplanner --demo``, or "Try the demo" on the welcome page), seeded
into a throw-away data dir: its dates moved so that it began two days ago, the doses of
those days taken on time, so Today shows a titration in progress."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medplanner.core.model import Plan
    from medplanner.service import Service


def seed_demo(service: Service, now: datetime) -> None:
    """Store the moved demo plan, with the doses of the first two days taken on time."""
    from medplanner.core.demo import demo_plan
    from medplanner.core.events import Slot
    from medplanner.core.schedule import doses_between

    plan = demo_plan(now)
    person = service.save_plan(plan).person
    past = [d for d in doses_between(plan, now - timedelta(days=3), now) if d.day < _day(now, plan)]
    for dose in past:
        at = dose.at + timedelta(minutes=4)
        proposal = service.propose_take(person, dose.medication, at, slot=Slot.of(dose))
        service.record_take(proposal)  # on time: nothing to confirm, else not seeded


def _day(now: datetime, plan: Plan) -> date:
    from medplanner.core.schedule import zone

    return now.astimezone(zone(plan.person.timezone)).date()
