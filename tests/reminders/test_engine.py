"""The engine turns the database's schedule into DateTrigger jobs and delivers due doses once.

Clocks are fakes moved by the test; APScheduler's real job processing runs at travelled
instants (``ManualScheduler.run_until``). The contract under test is the set of trigger
instants (``job.trigger.run_date``) and the batches delivered.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.triggers.date import DateTrigger

from medplanner.core.events import Slot
from medplanner.core.plan import loads
from medplanner.core.schedule import doses_between
from medplanner.reminders.engine import JOBSTORE, REFILL_JOB

from .conftest import RigFactory
from .fakes import MINUTE, plan_text, utc

LONDON_TWICE = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["09:00", "21:00"]
    """,
    zone="Europe/London",
)


def test_jobs_are_one_shot_date_triggers_at_the_schedules_instants(make_rig: RigFactory) -> None:
    now = utc(2027, 1, 5, 8)
    rig = make_rig(now, LONDON_TWICE)
    rig.engine.rebuild("start")

    expected = [d.utc for d in doses_between(loads(LONDON_TWICE), now, now + timedelta(hours=48))]
    assert rig.scheduler.run_dates() == expected
    assert len(expected) == 4
    jobs = rig.scheduler.get_jobs(jobstore=JOBSTORE)
    assert all(type(j.trigger) is DateTrigger for j in jobs)
    assert isinstance(rig.scheduler._lookup_jobstore(JOBSTORE), MemoryJobStore)
    refill = rig.scheduler.get_job(REFILL_JOB, jobstore=JOBSTORE)
    assert refill.trigger.run_date == now + timedelta(hours=24)
    assert rig.batches == []  # nothing was due at 08:00


def test_a_dose_due_at_t_is_delivered_exactly_once(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    t = utc(2027, 1, 5, 9)

    rig.advance_to(t - MINUTE)
    assert rig.batches == []
    rig.advance_to(t)
    assert rig.delivered() == [("gabapentin", t)]
    assert not rig.batches[0].late

    # Rebuilds, later wakes and clock checks never repeat it.
    rig.engine.rebuild("change")
    rig.advance_to(t + 5 * MINUTE)
    rig.engine.check_clock()
    assert len(rig.delivered()) == 1
    assert t not in rig.scheduler.run_dates()


def test_snooze_ten_minutes_gives_one_more_reminder_at_t_plus_10(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    t = utc(2027, 1, 5, 9)
    rig.advance_to(t)
    [reminder] = rig.batches[0].reminders

    rig.engine.snooze([reminder], 10)
    assert rig.scheduler.run_dates()[0] == t + timedelta(minutes=10)

    rig.walk_until(t + timedelta(minutes=30))
    assert rig.delivered() == [("gabapentin", t), ("gabapentin", t + timedelta(minutes=10))]
    assert rig.batches[1].reminders[0].snoozed


def test_a_dose_taken_before_its_time_gets_no_reminder(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    slot = Slot(datetime(2027, 1, 5).date(), time(9))
    outcome = rig.service.take("Robin", "gabapentin", utc(2027, 1, 5, 8, 50), slot=slot)
    assert outcome.recorded
    rig.engine.rebuild("change")

    assert utc(2027, 1, 5, 9) not in rig.scheduler.run_dates()
    rig.walk_until(utc(2027, 1, 5, 12))
    assert rig.batches == []


NEW_YORK = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-01
    dose = "5 mg"
    times = ["01:30", "02:30", "08:00"]
    """,
    zone="America/New_York",
)
NY = ZoneInfo("America/New_York")


def _walk_local_day(make_rig: RigFactory, day: datetime) -> tuple[list[datetime], list[datetime]]:
    """Run a whole local day job by job; return (delivered instants, schedule instants)."""
    start = day.replace(tzinfo=NY).astimezone(UTC) - timedelta(hours=1)
    end = (day + timedelta(days=1)).replace(tzinfo=NY).astimezone(UTC)
    rig = make_rig(start, NEW_YORK)
    rig.engine.rebuild("start")
    rig.walk_until(end)
    expected = [d.utc for d in doses_between(loads(NEW_YORK), start, end)]
    return [at for _, at in rig.delivered()], expected


def test_new_york_fall_back_day_reminds_once_at_the_first_0130(make_rig: RigFactory) -> None:
    delivered, expected = _walk_local_day(make_rig, datetime(2027, 11, 7))
    assert delivered == expected
    # 01:30 EDT (05:30 UTC) only — not again at 01:30 EST (06:30 UTC).
    assert delivered == [utc(2027, 11, 7, 5, 30), utc(2027, 11, 7, 7, 30), utc(2027, 11, 7, 13)]


def test_new_york_spring_forward_day_moves_0230_to_0330_once(make_rig: RigFactory) -> None:
    delivered, expected = _walk_local_day(make_rig, datetime(2027, 3, 14))
    assert delivered == expected
    # 01:30 EST = 06:30Z; 02:30 does not exist → 03:30 EDT = 07:30Z; 08:00 EDT = 12:00Z.
    assert delivered == [utc(2027, 3, 14, 6, 30), utc(2027, 3, 14, 7, 30), utc(2027, 3, 14, 12)]


def test_fall_back_rebuild_at_the_second_0130_does_not_repeat(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 11, 7, 5), NEW_YORK)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 11, 7, 5, 30))
    rig.advance_to(utc(2027, 11, 7, 6, 30))  # the wall clock reads 01:30 again (EST)
    rig.engine.rebuild("change")
    rig.engine.check_clock()
    assert rig.delivered() == [("baclofen", utc(2027, 11, 7, 5, 30))]


THREE_IN_THE_NIGHT = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["23:00"]

    [[medications]]
    name = "baclofen"
    start = 2027-01-06
    dose = "5 mg"
    times = ["03:00", "07:00"]
    """,
    zone="Europe/London",
)


def _asleep_over_three_doses(make_rig: RigFactory, *, scheduler_first: bool) -> None:
    rig = make_rig(utc(2027, 1, 5, 22, 30), THREE_IN_THE_NIGHT)
    rig.engine.rebuild("start")
    wake = utc(2027, 1, 6, 7, 30)  # 9 hours later; the monotonic clock stood still
    rig.clock.now = wake
    if scheduler_first:
        rig.scheduler.run_until(wake)  # the late jobs misfire; the listener posts a wake-up
        assert len(rig.posts.pending) == 1
        rig.posts.flush()
        assert rig.engine.check_clock() is None  # the rebuild took the new reading
    else:
        assert rig.engine.check_clock() == "jump-forward"
        rig.scheduler.run_until(wake)
        rig.posts.flush()

    assert len(rig.batches) == 1
    batch = rig.batches[0]
    assert batch.catch_up
    states = [(r.medication, r.dose.at.strftime("%H:%M"), r.status.state) for r in batch.reminders]
    assert states == [
        ("gabapentin", "23:00", "missed"),
        ("baclofen", "03:00", "missed"),
        ("baclofen", "07:00", "due"),
    ]
    # baclofen 03:00: the next dose (07:00) has come — never double up.
    assert batch.reminders[1].status.advice == "skip-and-wait"
    # gabapentin 23:00: next at 23:00 tonight, far away — take it now.
    assert batch.reminders[0].status.advice == "take-now"
    # And nothing is left to fire for them.
    rig.walk_until(utc(2027, 1, 6, 12))
    assert len(rig.batches) == 1


def test_nine_hours_asleep_gives_one_batch_of_three_clock_check_first(
    make_rig: RigFactory,
) -> None:
    _asleep_over_three_doses(make_rig, scheduler_first=False)


def test_nine_hours_asleep_gives_one_batch_of_three_scheduler_first(
    make_rig: RigFactory,
) -> None:
    _asleep_over_three_doses(make_rig, scheduler_first=True)


def test_clock_jump_forward_over_a_dose_delivers_it_once_late(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    rig.clock.now = utc(2027, 1, 5, 11)  # someone set the clock 3 h ahead
    assert rig.engine.check_clock() == "jump-forward"
    assert rig.delivered() == [("gabapentin", utc(2027, 1, 5, 9))]
    assert rig.batches[0].late and not rig.batches[0].catch_up
    assert rig.scheduler.run_dates()[0] == utc(2027, 1, 5, 21)
    rig.walk_until(utc(2027, 1, 5, 20))
    assert len(rig.delivered()) == 1


def test_clock_jump_backward_neither_loses_nor_repeats(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 5, 9))
    before = rig.scheduler.run_dates()
    rig.clock.now = utc(2027, 1, 5, 7)  # set back two hours, after the 09:00 reminder
    assert rig.engine.check_clock() == "jump-backward"
    # 09:00 was delivered: no job again for it; the later doses keep their instants.
    assert rig.scheduler.run_dates() == before
    rig.walk_until(utc(2027, 1, 5, 22))
    assert rig.delivered() == [
        ("gabapentin", utc(2027, 1, 5, 9)),
        ("gabapentin", utc(2027, 1, 5, 21)),
    ]


def test_clock_set_back_before_a_dose_still_reminds_at_it(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    rig.clock.now = utc(2027, 1, 5, 6)
    assert rig.engine.check_clock() == "jump-backward"
    assert rig.scheduler.run_dates()[0] == utc(2027, 1, 5, 9)
    rig.walk_until(utc(2027, 1, 5, 10))
    assert rig.delivered() == [("gabapentin", utc(2027, 1, 5, 9))]


def test_zone_change_rebuilds_with_the_same_instants(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    before = rig.scheduler.run_dates()
    wakeups = rig.scheduler.wakeups
    rig.zone[0] = "America/New_York"  # the laptop flew; the person's plan zone did not change
    assert rig.engine.check_clock() == "zone"
    assert rig.scheduler.wakeups > wakeups  # jobs were re-added
    assert rig.scheduler.run_dates() == before
    rig.walk_until(utc(2027, 1, 5, 22))
    assert rig.delivered() == [
        ("gabapentin", utc(2027, 1, 5, 9)),
        ("gabapentin", utc(2027, 1, 5, 21)),
    ]


def test_steady_running_is_not_a_clock_change(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 5, 8, 59))
    assert rig.engine.check_clock() is None


def test_the_window_is_refilled_as_it_drains(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    rig.walk_until(utc(2027, 1, 9, 8))
    # Every dose of four days was delivered once, in order, and at least 24 h are still
    # covered (the window is 48 h from the last rebuild; the refill job fires at 24 h).
    instants = [at for _, at in rig.delivered()]
    assert instants == [
        d.utc for d in doses_between(loads(LONDON_TWICE), utc(2027, 1, 5, 8), utc(2027, 1, 9, 8))
    ]
    assert rig.scheduler.run_dates()[-1] >= utc(2027, 1, 10, 8)


def test_a_plan_without_doses_for_days_is_refilled_by_the_refill_job(make_rig: RigFactory) -> None:
    later = plan_text(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-10
        dose = "300 mg"
        times = ["09:00"]
        """,
        zone="Europe/London",
    )
    rig = make_rig(utc(2027, 1, 5, 8), later)
    rig.engine.rebuild("start")
    assert rig.scheduler.run_dates() == []
    rig.walk_until(utc(2027, 1, 10, 9))
    assert rig.delivered() == [("gabapentin", utc(2027, 1, 10, 9))]


def test_start_after_a_closed_night_collects_the_last_twelve_hours_once(
    make_rig: RigFactory,
) -> None:
    # The app was closed at 20:00; it starts at 07:30 the next day.
    plan = plan_text(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        dose = "300 mg"
        times = ["09:00", "21:00", "23:00"]

        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "5 mg"
        times = ["03:00", "07:00"]
        """,
        zone="Europe/London",
    )
    rig = make_rig(utc(2027, 1, 5, 7), plan)  # the plan was stored the day before
    rig.clock.now = utc(2027, 1, 6, 7, 30)
    rig.engine.rebuild("start")
    [batch] = rig.batches
    assert batch.catch_up
    names = [(r.medication, r.fire_at) for r in batch.reminders]
    # 21:00 (10.5 h ago) is inside the 12 h look-back; 09:00 yesterday is not.
    assert names == [
        ("gabapentin", utc(2027, 1, 5, 21)),
        ("gabapentin", utc(2027, 1, 5, 23)),
        ("baclofen", utc(2027, 1, 6, 3)),
        ("baclofen", utc(2027, 1, 6, 7)),
    ]


def test_every_person_of_the_household_is_reminded(make_rig: RigFactory) -> None:
    sam = plan_text(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "5 mg"
        times = ["09:00"]
        """,
        zone="Europe/Berlin",
        person="Sam",
    )
    rig = make_rig(utc(2027, 1, 5, 7), LONDON_TWICE, sam)
    rig.engine.rebuild("start")
    rig.walk_until(utc(2027, 1, 5, 9, 30))
    assert [(b.reminders[0].person, b.reminders[0].fire_at) for b in rig.batches] == [
        ("Sam", utc(2027, 1, 5, 8)),
        ("Robin", utc(2027, 1, 5, 9)),
    ]


def test_two_doses_at_one_instant_come_in_one_on_time_batch(make_rig: RigFactory) -> None:
    both = plan_text(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        dose = "300 mg"
        times = ["09:00"]

        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "5 mg"
        times = ["09:00"]
        """,
        zone="Europe/London",
    )
    rig = make_rig(utc(2027, 1, 5, 8), both)
    rig.engine.rebuild("start")
    rig.advance_to(utc(2027, 1, 5, 9))
    [batch] = rig.batches
    assert [r.medication for r in batch.reminders] == ["gabapentin", "baclofen"]
    assert not batch.late and not batch.catch_up


def test_a_person_without_a_plan_is_left_out(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.service._store.ensure_person("Kim")
    rig.engine.rebuild("start")
    assert len(rig.scheduler.run_dates()) == 4


def test_detach_and_attach_again(make_rig: RigFactory) -> None:
    rig = make_rig(utc(2027, 1, 5, 8), LONDON_TWICE)
    rig.engine.rebuild("start")
    rig.engine.detach()
    assert rig.scheduler.get_jobs() == []
    rig.engine.rebuild("start again")
    assert len(rig.scheduler.run_dates()) == 4


def test_doses_before_the_plan_was_entered_are_never_caught_up(make_rig: RigFactory) -> None:
    """Issue 18 item 7: a plan entered late in the day (07:30) does not list the night's
    doses as came-due-while-closed: they are before tracking (contract §4)."""
    plan = plan_text(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "5 mg"
        times = ["03:00", "07:00", "12:00"]
        """,
        zone="Europe/London",
    )
    rig = make_rig(utc(2027, 1, 6, 7, 30), plan)
    rig.engine.rebuild("start")
    assert rig.batches == []
    nxt = rig.engine.next_reminder()
    assert nxt is not None and nxt.fire_at == utc(2027, 1, 6, 12)
