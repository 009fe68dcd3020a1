"""What a reminder says (pure wording over the service) and the clock watch."""

from __future__ import annotations

from datetime import timedelta

from medplanner.reminders.clockwatch import ClockWatch
from medplanner.reminders.describe import ago, describe

from .conftest import RigFactory
from .fakes import FakeClock, FakeMonotonic, plan_text, utc

PLAN = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["09:00", "21:00"]
    """,
    zone="Europe/Berlin",
)


def test_ago_in_plain_words() -> None:
    assert ago(timedelta(seconds=30)) == "just now"
    assert ago(timedelta(minutes=1)) == "1 min ago"
    assert ago(timedelta(minutes=40)) == "40 min ago"
    assert ago(timedelta(hours=8)) == "8 h ago"
    assert ago(timedelta(hours=8, minutes=10)) == "8 h 10 min ago"
    assert ago(timedelta(days=3)) == "3 days ago"
    assert ago(timedelta(minutes=-5)) == "just now"  # never in the future


def test_a_due_reminder_in_the_persons_zone(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 7), PLAN)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 5, 8))  # 09:00 in Berlin
    [reminder] = rig.batches[0].reminders
    d = describe(rig.service, reminder, rig.clock.now)
    assert (d.title, d.when, d.scheduled) == ("Gabapentin 300 mg", "Due at 09:00", "09:00")
    assert d.context == "No dose of gabapentin recorded yet"
    assert d.findings == () and not d.warning and d.person is None
    assert d.spoken == (
        "Time to take Gabapentin 300 mg. Due at 09:00. No dose of gabapentin recorded yet."
    )


def test_a_missed_reminder_carries_the_missed_dose_advice(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 7), PLAN)
    rig.engine.rebuild("start")
    rig.clock.now = utc(2027, 1, 5, 10, 30)  # 11:30 Berlin: 09:00 is past its grace
    rig.engine.check_clock()
    [reminder] = rig.batches[0].reminders
    d = describe(rig.service, reminder, rig.clock.now)
    assert d.when == "Missed — due at 09:00"
    assert [f.code for f in d.findings] == ["missed-dose"]
    assert "Take it now (your next dose is today at 21:00)" in d.findings[0].message
    assert d.warning


def test_several_persons_are_named(make_rig: RigFactory) -> None:
    sam = PLAN.replace('name = "Robin"', 'name = "Sam"')
    rig = make_rig(utc(2027, 1, 5, 7), PLAN, sam)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 5, 8))
    people = {describe(rig.service, r, rig.clock.now).person for r in rig.batches[0].reminders}
    assert people == {"Robin", "Sam"}


def test_clock_watch_tells_sleep_and_steps_from_running() -> None:
    clock, mono, zone = FakeClock(utc(2027, 1, 5, 8)), FakeMonotonic(), ["UTC"]
    watch = ClockWatch(clock, mono, lambda: zone[0])
    clock.now += timedelta(minutes=5)
    mono.value += 300.004
    assert watch.check() is None
    clock.now += timedelta(hours=9)  # asleep: the monotonic clock stood still
    assert watch.check() == "jump-forward"
    clock.now -= timedelta(hours=1)
    assert watch.check() == "jump-backward"
    zone[0] = "Asia/Tokyo"
    assert watch.check() == "zone"
    assert watch.check() is None


BACLOFEN = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "10 mg"
    times = ["08:00", "14:00", "20:00"]
    """,
    zone="Europe/Berlin",
)


def test_a_reminder_after_a_missed_streak_shows_the_streak_warning(
    make_rig: RigFactory,
) -> None:
    """Three baclofen doses in a row not taken: the next reminder shows status's
    `missed-streak-restart` warning itself, so Enter does not mean Take."""
    rig = make_rig(utc(2027, 1, 5, 6), BACLOFEN)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 6, 7))  # 08:00 in Berlin on the 6th
    reminder = rig.batches[-1].reminders[-1]
    assert reminder.dose.at.day == 6
    d = describe(rig.service, reminder, rig.clock.now)
    assert "missed-streak-restart" in [f.code for f in d.findings]
    assert d.warning
    day_before = make_rig(utc(2027, 1, 5, 6), BACLOFEN)
    day_before.engine.rebuild("start")
    day_before.advance_to(utc(2027, 1, 5, 12))  # 13:00: only the 08:00 dose not taken
    first = day_before.batches[-1].reminders[-1]
    codes = [f.code for f in describe(day_before.service, first, day_before.clock.now).findings]
    assert "missed-streak-restart" not in codes
