"""The stock refill reminder through the engine: at its time, at most once a day."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from medplanner.core.plan import loads
from medplanner.core.stock import RefillReminder
from medplanner.reminders.engine import ReminderEngine
from medplanner.service import Service

from .fakes import FakeClock, FakeMonotonic, ManualScheduler, Posts, plan_text

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


def test_refill_reminder_comes_at_its_time_once_a_day(tmp_path: Path) -> None:
    clock, mono, posts = FakeClock(at(6, 7)), FakeMonotonic(), Posts()
    service = Service.open(tmp_path / "home", clock=clock)
    service.save_plan(loads(plan_text(BACLOFEN, zone="Europe/London")))
    service.set_stock("Robin", "baclofen", 6, at=at(6, 7))  # two days' worth: refill now
    scheduler = ManualScheduler()
    scheduler.start()
    notices: list[tuple[str, RefillReminder, datetime]] = []
    engine = ReminderEngine(
        service,
        scheduler,
        deliver=lambda batch: None,
        on_refill=lambda person, r: notices.append((person, r, clock())),
        post=posts,
        clock=clock,
        monotonic=mono,
        zone_name=lambda: "Europe/London",
    )

    def walk(to: datetime) -> None:
        while (nxt := scheduler.next_run()) is not None and nxt <= to:
            mono.value += (nxt - clock.now).total_seconds()
            clock.now = nxt
            scheduler.run_until(nxt)
            posts.flush()
        clock.now = to
        scheduler.run_until(to)
        posts.flush()

    try:
        engine.rebuild("start")
        assert notices == []  # 07:00: the refill reminder waits for mid-morning
        walk(at(6, 23))
        assert [(p, r.medications, t) for p, r, t in notices] == [
            ("Robin", ("baclofen",), at(6, 10))
        ]
        assert notices[0][1].severity == "danger"  # baclofen needs a taper
        engine.rebuild("change")  # rebuilds after doses and changes bring no second one
        walk(at(7, 9, 59))
        assert len(notices) == 1
        walk(at(7, 10, 1))
        assert [t for _, _, t in notices] == [at(6, 10), at(7, 10)]  # once a day
        service.add_stock("Robin", "baclofen", 90, at=at(7, 11))
        engine.rebuild("change")
        walk(at(9, 12))
        assert len(notices) == 2  # stocked up: no more refill reminders
    finally:
        engine.detach()
        scheduler.shutdown(wait=False)
        service.close()
