"""The review reminder through the engine (issue #22 item 7): a few days before the
plan's ``next_review``, at mid-morning, once per review date; an injected clock."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from medplanner.core.plan import loads
from medplanner.core.review import ReviewReminder

from .conftest import RigFactory

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


def test_review_reminder_once_per_review_with_the_period(make_rig: RigFactory) -> None:
    notices: list[tuple[str, ReviewReminder, datetime]] = []
    rig = make_rig(
        at(2, 20, 9),
        PLAN,  # stored on 20 Feb: the period starts there
        zone="Europe/Berlin",
        on_review=lambda person, r: notices.append((person, r, rig.clock())),
    )
    rig.engine.rebuild("start")
    assert notices == []
    rig.walk_until(at(2, 26, 9, 59))
    assert notices == []  # not before three days ahead, at 10:00
    rig.walk_until(at(2, 26, 12))
    assert [(p, r.review, t) for p, r, t in notices] == [("Robin", date(2027, 3, 1), at(2, 26, 10))]
    reminder = notices[0][1]
    assert (reminder.since, reminder.until) == (date(2027, 2, 20), date(2027, 2, 26))
    assert "Your review with the prescriber is on Mon 1 Mar." in reminder.message()
    assert rig.service.review_reminded("Robin") == date(2027, 3, 1)
    rig.engine.rebuild("change")
    rig.walk_until(at(3, 3, 12))
    assert len(notices) == 1  # once per review date, and never after it


def test_a_restart_on_a_later_day_shows_it_at_once_and_remembers(make_rig: RigFactory) -> None:
    seen: list[ReviewReminder] = []
    rig = make_rig(at(1, 1, 9), zone="Europe/Berlin", on_review=lambda _p, r: seen.append(r))
    rig.service.save_plan(loads(PLAN))
    rig.clock.now = at(2, 27, 15)
    rig.service.note_review_report("Robin", date(2026, 12, 1), date(2027, 1, 31))
    rig.engine.rebuild("start")  # 15:00, up: caught up at once
    assert [(r.at, r.since, r.until) for r in seen] == [
        (at(2, 27, 15), date(2027, 2, 1), date(2027, 2, 27))
    ]
    rig.restart()
    rig.engine.rebuild("start")  # a restart the same day: remembered in the settings
    assert len(seen) == 1
