"""The demo plan (``medplanner --demo``, or "Try the demo" on the welcome page), seeded
into a throw-away data dir: its dates moved so that it began two days ago, stored as of
that first morning (so its doses are tracked from the start, none "before tracking"), and
every dose up to an hour ago taken on time — Today shows a titration in progress with the
latest dose still to answer."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medplanner.core.model import Plan
    from medplanner.service import Service

#: Doses due within this long before "now" are left unanswered (Today shows one to take).
LEFT_DUE = timedelta(hours=1)


def seed_demo(service: Service, now: datetime) -> None:
    """Store the moved demo plan as of its first day, with the doses taken on time."""
    from medplanner.core.demo import demo_plan
    from medplanner.core.events import Slot
    from medplanner.core.schedule import doses_between
    from medplanner.service import Service

    plan = demo_plan(now)
    began = _first_morning(plan)
    # The plan as the person would have stored it that morning: its doses are tracked.
    with Service.open(service.data_dir, kb=service.kb, clock=lambda: began) as then:
        person = then.save_plan(plan).person
    for dose in doses_between(plan, began, now - LEFT_DUE):
        at = dose.at + timedelta(minutes=4)
        proposal = service.propose_take(person, dose.medication, at, slot=Slot.of(dose))
        service.record_take(proposal)  # on time: nothing to confirm, else not seeded


def _first_morning(plan: Plan) -> datetime:
    """Midnight (local) of the day the moved plan begins."""
    from medplanner.core.schedule import first_day, resolve_wall_time, zone

    day = first_day(plan)
    assert day is not None  # the demo plan has scheduled medications
    at = resolve_wall_time(day, time(0), zone(plan.person.timezone))
    return at if at is not None else datetime.combine(day, time(1), zone(plan.person.timezone))
