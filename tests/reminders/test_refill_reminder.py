"""The stock refill reminder through the engine: at its time, at most once a day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from medplanner.core.stock import RefillReminder

from .conftest import RigFactory
from .fakes import plan_text

LONDON = ZoneInfo("Europe/London")
BACLOFEN = """
[[medications]]
name = "baclofen"
strength = "10 mg"
start = 2027-01-01
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
"""


def at(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2027, 1, day, hh, mm, tzinfo=LONDON)


def test_refill_reminder_comes_at_its_time_once_a_day(make_rig: RigFactory) -> None:
    notices: list[tuple[str, RefillReminder, datetime]] = []
    rig = make_rig(
        at(6, 7),
        plan_text(BACLOFEN, zone="Europe/London"),
        on_refill=lambda person, r: notices.append((person, r, rig.clock())),
    )
    rig.service.set_stock("Robin", "baclofen", 6, at=at(6, 7))  # two days' worth: refill now
    rig.engine.rebuild("start")
    assert notices == []  # 07:00: the refill reminder waits for mid-morning
    rig.walk_until(at(6, 23))
    assert [(p, r.medications, t) for p, r, t in notices] == [("Robin", ("baclofen",), at(6, 10))]
    assert notices[0][1].severity == "danger"  # baclofen needs a taper
    rig.engine.rebuild("change")  # rebuilds after doses and changes bring no second one
    rig.walk_until(at(7, 9, 59))
    assert len(notices) == 1
    rig.walk_until(at(7, 10, 1))
    assert [t for _, _, t in notices] == [at(6, 10), at(7, 10)]  # once a day
    rig.service.add_stock("Robin", "baclofen", 90, at=at(7, 11))
    rig.engine.rebuild("change")
    rig.walk_until(at(9, 12))
    assert len(notices) == 2  # stocked up: no more refill reminders
