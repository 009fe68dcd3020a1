"""One home per rule (issue 19): lengths of time read one way; "today" and the answer
windows come from core.clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from medplanner.core import clock
from medplanner.core.model import Person
from medplanner.core.record import replace
from medplanner.core.wording import ago, duration, span

ROBIN = Person(name="Robin", timezone="Pacific/Auckland")


def test_durations_never_read_zero_hours() -> None:
    assert span(timedelta(minutes=33)) == "33 min"
    assert span(timedelta(hours=2, minutes=5)) == "2 h 5 min"
    assert span(timedelta(hours=2)) == "2 h"
    assert span(timedelta(days=1, hours=3, minutes=4)) == "1 day 3 h"
    assert duration(33) == "33 minutes"
    assert duration(180) == "3 hours"
    assert duration(90) == "1 hour 30 minutes"


def test_ago_past_and_future() -> None:
    assert ago(timedelta(seconds=59)) == "just now"
    assert ago(timedelta(minutes=33)) == "33 min ago"
    assert ago(timedelta(hours=2, minutes=5)) == "2 h 5 min ago"
    assert ago(-timedelta(minutes=5)) == "in 5 min"


def test_today_is_the_persons_date_not_the_machines() -> None:
    now = datetime(2027, 1, 5, 12, 30, tzinfo=UTC)  # 01:30 on the 6th in Auckland
    assert clock.today(ROBIN, now) == date(2027, 1, 6)
    assert clock.local_day(now, "Europe/London") == date(2027, 1, 5)


def test_grace_skip_window_and_waking_day_defaults() -> None:
    assert clock.grace(ROBIN) == clock.DEFAULT_GRACE == timedelta(minutes=60)
    assert clock.grace(replace(ROBIN, missed_grace_minutes=30)) == timedelta(minutes=30)
    at = datetime(2027, 1, 5, 20, tzinfo=UTC)
    own = timedelta(hours=2)
    assert clock.skip_window(own, at, at - timedelta(hours=12)) == own
    assert clock.skip_window(None, at, at - timedelta(hours=12)) == timedelta(hours=6)
    assert clock.skip_window(None, at, None) == clock.MAX_TAKE_REACH
    assert clock.waking_day(ROBIN) == (time(7), time(22))
    late = replace(ROBIN, wake=time(9), bedtime=time(1))
    assert clock.waking_day(late) == (time(9), time(1))


def test_a_plans_hours_read_as_words() -> None:
    from decimal import Decimal

    from medplanner.core.wording import hours

    assert hours(Decimal(4)) == "4 hours"
    assert hours(Decimal("1.5")) == "1 hour 30 minutes"
