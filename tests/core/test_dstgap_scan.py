"""``dst-gap-collision`` finds its spring-forward days with one UTC offset per local
midnight (issue 20: it asked two per day of every step's first year); the days found are
those the per-day test finds, in every kind of zone."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from medplanner.core.checks import dstgap
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import loads

ZONES = [
    "UTC",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # a 30-minute shift
    "Pacific/Chatham",  # at 02:45
    "America/Havana",  # at midnight: the midnight itself is skipped
    "America/Santiago",  # at midnight (UTC-4 -> -3 in September)
    "Africa/Casablanca",  # suspended during Ramadan: two shifts a month apart
    "Asia/Tehran",  # DST until 2022
    "America/Sao_Paulo",  # DST until 2019
    "Asia/Gaza",
    "Antarctica/Troll",  # a two-hour shift
]


def _springs_forward_per_day(day: date, tz: ZoneInfo) -> bool:
    """The test as it was: the offsets of the day's midnight and the next one's."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    before, after = start.utcoffset(), end.utcoffset()
    return before is not None and after is not None and after > before


@pytest.mark.parametrize("name", ZONES)
def test_the_spring_forward_days_are_those_the_per_day_test_finds(name: str) -> None:
    tz = ZoneInfo(name)
    first, last = date(2015, 1, 1), date(2040, 12, 31)
    every = [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if _springs_forward_per_day(first + timedelta(days=n), tz)
    ]
    assert dstgap._spring_days(first, last, tz) == every
    rng = random.Random(name)
    for _ in range(40):  # spans that begin or end on (or next to) a spring-forward day
        a = rng.choice(every) if every and rng.random() < 0.5 else first
        a += timedelta(days=rng.randint(-2, 2) + rng.randint(0, 3000))
        b = a + timedelta(days=rng.randint(0, 400))
        span = [a + timedelta(days=n) for n in range((b - a).days + 1)]
        assert dstgap._spring_days(a, b, tz) == [d for d in span if _springs_forward_per_day(d, tz)]


PLAN = """format = "medplanner-plan/1"
[person]
name = "Sam"
timezone = "America/New_York"

[[medications]]
name = "gabapentin"
start = 2027-01-04
stop = 2030-06-01
  [[medications.steps]]
  from = 2027-01-04
  dose = "300 mg"
  times = ["02:00", "03:00", "14:00"]
  [[medications.steps]]
  from = 2027-02-01
  dose = "300 mg"
  times = ["02:00", "03:00", "15:00"]
  [[medications.steps]]
  from = 2029-01-01
  dose = "300 mg"
  times = ["09:00", "21:00"]

[[medications]]
name = "baclofen"
start = 2027-05-01
continuing = true
dose = "5 mg"
times = ["02:15", "03:15", "12:00"]
"""


def _days_per_day(plan_text: str) -> list[date]:
    """Every day of every step's first year, as the check listed them before."""
    plan = loads(plan_text)
    days: set[date] = set()
    for med in plan.medications:
        for k, step in enumerate(med.steps):
            day = max(step.start, med.start or step.start)
            last = day + timedelta(days=366)
            if k + 1 < len(med.steps):
                last = min(last, med.steps[k + 1].start)
            if med.stop is not None:
                last = min(last, med.stop)
            while day <= last:
                days.add(day)
                day += timedelta(days=1)
    return sorted(days)


def test_the_spans_hold_the_same_days_once_each() -> None:
    plan = loads(PLAN)
    spans = dstgap._spans_to_scan(plan)
    days = [s + timedelta(days=n) for s, e in spans for n in range((e - s).days + 1)]
    assert days == _days_per_day(PLAN)
    assert all(a[1] + timedelta(days=1) < b[0] for a, b in pairwise(spans))


def test_a_collision_is_found_at_its_first_day_once_per_medication() -> None:
    found = dstgap.check_dst_gap_collisions(loads(PLAN), load_knowledge_base())
    assert [(f.medication, f.date, f"{f.time:%H:%M}") for f in found] == [
        ("gabapentin", date(2027, 3, 14), "02:00"),
        ("baclofen", date(2028, 3, 12), "02:15"),
    ]
