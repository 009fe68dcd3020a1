"""The review reminder through the engine (issue #22 item 7): a few days before the
plan's ``next_review``, at mid-morning, once per review date; an injected clock."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from medplanner.core.plan import loads
from medplanner.core.review import ReviewReminder
from medplanner.reminders.engine import ReminderEngine
from medplanner.service import Service

from .fakes import FakeClock, FakeMonotonic, ManualScheduler, Posts

BERLIN = ZoneInfo("Europe/Berlin")
PLAN = """format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/Berlin"
next_review = 2027-03-01

[[medications]]
name = "gabapentin"
start = 2027-01-01
continuing = true
dose = "300 mg"
times = ["08:00", "20:00"]
"""


def at(month: int, day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2027, month, day, hh, mm, tzinfo=BERLIN)


def test_review_reminder_once_per_review_with_the_period(tmp_path: Path) -> None:
    clock, mono, posts = FakeClock(at(2, 20, 9)), FakeMonotonic(), Posts()
    service = Service.open(tmp_path / "home", clock=clock)
    service.save_plan(loads(PLAN))  # stored on 20 Feb: the period starts there
    scheduler = ManualScheduler()
    scheduler.start()
    notices: list[tuple[str, ReviewReminder, datetime]] = []
    engine = ReminderEngine(
        service,
        scheduler,
        deliver=lambda batch: None,
        on_review=lambda person, r: notices.append((person, r, clock())),
        post=posts,
        clock=clock,
        monotonic=mono,
        zone_name=lambda: "Europe/Berlin",
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
        assert notices == []
        walk(at(2, 26, 9, 59))
        assert notices == []  # not before three days ahead, at 10:00
        walk(at(2, 26, 12))
        assert [(p, r.review, t) for p, r, t in notices] == [
            ("Robin", date(2027, 3, 1), at(2, 26, 10))
        ]
        reminder = notices[0][1]
        assert (reminder.since, reminder.until) == (date(2027, 2, 20), date(2027, 2, 26))
        assert "Your review with the prescriber is on Mon 1 Mar." in reminder.message()
        assert service.review_reminded("Robin") == date(2027, 3, 1)
        engine.rebuild("change")
        walk(at(3, 3, 12))
        assert len(notices) == 1  # once per review date, and never after it
    finally:
        engine.detach()
        scheduler.shutdown(wait=False)
        service.close()


def test_a_restart_on_a_later_day_shows_it_at_once_and_remembers(tmp_path: Path) -> None:
    clock = FakeClock(at(2, 27, 15))
    service = Service.open(tmp_path / "home", clock=clock)
    clock.now = at(1, 1, 9)
    service.save_plan(loads(PLAN))
    clock.now = at(2, 27, 15)
    service.note_review_report("Robin", date(2026, 12, 1), date(2027, 1, 31))
    scheduler = ManualScheduler()
    scheduler.start()
    seen: list[ReviewReminder] = []

    def engine() -> ReminderEngine:
        return ReminderEngine(
            service,
            scheduler,
            deliver=lambda batch: None,
            on_review=lambda person, r: seen.append(r),
            post=Posts(),
            clock=clock,
            monotonic=FakeMonotonic(),
            zone_name=lambda: "Europe/Berlin",
        )

    first = engine()
    try:
        first.rebuild("start")  # 15:00, up: caught up at once
        assert [(r.at, r.since, r.until) for r in seen] == [
            (at(2, 27, 15), date(2027, 2, 1), date(2027, 2, 27))
        ]
    finally:
        first.detach()
    second = engine()
    try:
        second.rebuild("start")  # a restart the same day: remembered in the settings
        assert len(seen) == 1
    finally:
        second.detach()
        scheduler.shutdown(wait=False)
        service.close()
