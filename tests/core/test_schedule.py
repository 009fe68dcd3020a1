"""Schedule expansion: contract §4 (RFC 5545 local times), in every zone."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medplanner.core.model import DoseTime, Medication, Person, Plan, Step
from medplanner.core.schedule import doses_between, expand, resolve_wall_time, to_utc_z
from medplanner.core.units import Amount

ZONES = sorted(available_timezones())


def one_time_plan(zone: str, wall: time, start: date = date(2019, 1, 1)) -> Plan:
    step = Step(start=start, times=(DoseTime(wall, Amount.parse("5 mg")),))
    med = Medication(name="baclofen", start=start, steps=(step,), continuing=True)
    return Plan(person=Person(name="P", timezone=zone), medications=(med,))


def utcs(plan: Plan, start: date, days: int) -> list[str]:
    return [to_utc_z(d.utc) for d in expand(plan, start, days)]


# ---------------------------------------------------------------- explicit zones


def test_new_york_fall_back_gives_one_dose_at_first_occurrence() -> None:
    plan = one_time_plan("America/New_York", time(1, 30))
    assert utcs(plan, date(2027, 11, 6), 3) == [
        "2027-11-06T05:30:00Z",  # EDT
        "2027-11-07T05:30:00Z",  # the first 01:30 (EDT); the second (EST, 06:30Z) is not a dose
        "2027-11-08T06:30:00Z",  # EST
    ]


def test_new_york_spring_forward_shifts_by_the_gap() -> None:
    plan = one_time_plan("America/New_York", time(2, 30))
    doses = list(expand(plan, date(2027, 3, 13), 3))
    assert [to_utc_z(d.utc) for d in doses] == [
        "2027-03-13T07:30:00Z",
        "2027-03-14T07:30:00Z",  # 02:30 does not exist: 03:30 EDT
        "2027-03-15T06:30:00Z",
    ]
    assert doses[1].at.strftime("%H:%M %Z") == "03:30 EDT"
    assert doses[1].shifted and not doses[0].shifted and not doses[2].shifted


def test_lord_howe_half_hour_shifts() -> None:
    # Spring forward 2027-10-03 02:00 -> 02:30 (+10:30 -> +11:00).
    gap = list(expand(one_time_plan("Australia/Lord_Howe", time(2, 15)), date(2027, 10, 3), 1))
    assert [d.at.strftime("%H:%M%z") for d in gap] == ["02:45+1100"]
    # Fall back 2027-04-04 02:00 -> 01:30: 01:45 happens twice; the first (+11:00) counts.
    fold = list(expand(one_time_plan("Australia/Lord_Howe", time(1, 45)), date(2027, 4, 4), 1))
    assert [to_utc_z(d.utc) for d in fold] == ["2027-04-03T14:45:00Z"]


def test_santiago_transitions_at_midnight() -> None:
    # 2027-09-05 00:00 -> 01:00: 00:30 becomes 01:30 (-03), still on 5 Sep.
    doses = list(expand(one_time_plan("America/Santiago", time(0, 30)), date(2027, 9, 4), 3))
    assert [d.at.isoformat() for d in doses] == [
        "2027-09-04T00:30:00-04:00",
        "2027-09-05T01:30:00-03:00",
        "2027-09-06T00:30:00-03:00",
    ]
    assert [d.day for d in doses] == [date(2027, 9, 4), date(2027, 9, 5), date(2027, 9, 6)]
    # 2027-04-03 24:00 -> 23:00: 23:30 on 3 Apr happens twice; one dose, the first.
    late = list(expand(one_time_plan("America/Santiago", time(23, 30)), date(2027, 4, 2), 3))
    assert [to_utc_z(d.utc) for d in late] == [
        "2027-04-03T02:30:00Z",
        "2027-04-04T02:30:00Z",
        "2027-04-05T03:30:00Z",
    ]


def test_london_both_changes() -> None:
    spring = list(expand(one_time_plan("Europe/London", time(1, 15)), date(2027, 3, 28), 1))
    assert [d.at.isoformat() for d in spring] == ["2027-03-28T02:15:00+01:00"]
    autumn = list(expand(one_time_plan("Europe/London", time(1, 15)), date(2027, 10, 31), 1))
    assert [to_utc_z(d.utc) for d in autumn] == ["2027-10-31T00:15:00Z"]  # BST, first
    normal = list(expand(one_time_plan("Europe/London", time(9, 0)), date(2027, 3, 27), 3))
    assert [d.at.strftime("%H:%M") for d in normal] == ["09:00"] * 3


def test_a_skipped_calendar_day_has_no_dose() -> None:
    # Samoa skipped 30 Dec 2011 entirely: no wall time exists that day.
    plan = one_time_plan("Pacific/Apia", time(10, 0), start=date(2011, 12, 1))
    days = [d.day for d in expand(plan, date(2011, 12, 29), 3)]
    assert days == [date(2011, 12, 29), date(2011, 12, 31)]


# ---------------------------------------------------------------- steps, repeats, windows


def test_demo_week_counts(demo_plan: Plan) -> None:
    doses = list(expand(demo_plan, date(2027, 1, 4), 7))
    gaba = [d for d in doses if d.medication == "gabapentin"]
    bac = [d for d in doses if d.medication == "baclofen"]
    assert len(gaba) == 1 + 2 + 3 * 5 and len(bac) == 3 * 7
    assert [d.utc for d in doses] == sorted(d.utc for d in doses)
    by_day = {d.day: str(d.dose) for d in bac}
    assert [by_day[date(2027, 1, n)] for n in range(4, 11)] == ["5 mg"] * 3 + ["10 mg"] * 3 + [
        "15 mg"
    ]


def test_steps_start_stop_and_repeats(plan_from) -> None:  # type: ignore[no-untyped-def]
    plan = plan_from(
        """
        [[medications]]
        name = "a"
        start = 2027-01-04
        stop = 2027-01-20
          [[medications.steps]]
          from = 2027-01-04
          dose = "5 mg"
          times = ["08:00"]
          weekdays = ["mon", "thu"]
          [[medications.steps]]
          from = 2027-01-11
          dose = "10 mg"
          times = ["09:00"]
          every_n_days = 3
        [[medications]]
        name = "prn"
        as_needed = true
        dose = "5 mg"
        """
    )
    doses = list(expand(plan, date(2027, 1, 1), 40))
    assert [(d.day.isoformat(), str(d.dose)) for d in doses] == [
        ("2027-01-04", "5 mg"),  # Monday
        ("2027-01-07", "5 mg"),  # Thursday
        ("2027-01-11", "10 mg"),  # every 3 days from the step's first day
        ("2027-01-14", "10 mg"),
        ("2027-01-17", "10 mg"),
        ("2027-01-20", "10 mg"),  # the stop day is still taken
    ]
    assert all(d.medication == "a" for d in doses)  # the as-needed one is never scheduled


def test_doses_between_is_half_open_and_spans_zones(demo_plan: Plan) -> None:
    start = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
    end = datetime(2027, 1, 5, 18, 0, tzinfo=UTC)
    got = [(d.medication, d.at.strftime("%H:%M")) for d in doses_between(demo_plan, start, end)]
    assert got == [("gabapentin", "09:00"), ("baclofen", "12:00")]


def test_expand_is_lazy_over_an_open_ended_plan() -> None:
    plan = one_time_plan("Europe/Berlin", time(8, 0))
    it = expand(plan, date(2027, 1, 1))
    first = [next(it) for _ in range(3)]
    assert [d.day for d in first] == [date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)]


# ---------------------------------------------------------------- every zone, 2020–2035


@cache
def _offsets_near(zone: str, day: date) -> frozenset[timedelta]:
    tz = ZoneInfo(zone)
    base = datetime.combine(day, time(12), tzinfo=UTC)
    out = set()
    for hours in range(-48, 49, 6):
        off = (base + timedelta(hours=hours)).astimezone(tz).utcoffset()
        assert off is not None
        out.add(off)
    return frozenset(out)


def oracle(zone: str, day: date, wall: time) -> datetime:
    """RFC 5545 from first principles (no fold): the earliest UTC instant whose local wall
    clock reads ``day wall``; if none does, the instant the pre-transition offset gives."""
    tz = ZoneInfo(zone)
    naive = datetime.combine(day, wall)
    offsets = _offsets_near(zone, day)
    hits = sorted(
        (naive - off).replace(tzinfo=UTC)
        for off in offsets
        if (naive - off).replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None) == naive
    )
    if hits:
        return hits[0]
    # In a gap the pre-transition offset is the smaller one around it.
    return (naive - min(offsets)).replace(tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2034, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 1, 15, 29, 30, 31, 45, 59]),
)
def test_any_zone_any_time_one_dose_per_day(zone: str, start: date, hour: int, minute: int) -> None:
    wall = time(hour, minute)
    plan = one_time_plan(zone, wall, start=date(2019, 1, 1))
    doses = list(expand(plan, start, 370))
    # Exactly one dose per local day ...
    assert [d.day for d in doses] == [start + timedelta(days=i) for i in range(370)]
    for d in doses:
        local = d.at.replace(tzinfo=None)
        # ... its wall time is the scheduled one, or shifted forward by the gap ...
        if d.shifted:
            gap = (
                d.at.utcoffset() - (d.utc - timedelta(hours=30)).astimezone(d.at.tzinfo).utcoffset()
            )  # type: ignore[operator]
            assert gap > timedelta(0)
            assert local == datetime.combine(d.day, wall) + gap
        else:
            assert local == datetime.combine(d.day, wall)
        # ... and the instant is what the rules say.
        assert d.utc == oracle(zone, d.day, wall)
    # UTC strictly increasing for one medication.
    assert all(a.utc < b.utc for a, b in itertools.pairwise(doses))


def _transition_days(zone: str) -> list[date]:
    """Local days on (and before) each offset change 2020–2035: weekly steps, then bisection."""
    tz = ZoneInfo(zone)

    def off(t: datetime) -> timedelta | None:
        return t.astimezone(tz).utcoffset()

    days: set[date] = set()
    t = datetime(2020, 1, 1, tzinfo=UTC)
    end = datetime(2036, 1, 1, tzinfo=UTC)
    week = timedelta(days=7)
    while t < end:
        lo, hi = t, t + week
        if off(lo) != off(hi):
            while hi - lo > timedelta(minutes=15):
                mid = lo + (hi - lo) / 2
                lo, hi = (mid, hi) if off(mid) == off(lo) else (lo, mid)
            local = hi.astimezone(tz).date()
            days.update({local - timedelta(days=1), local})
        t += week
    return sorted(days)


@pytest.mark.slow
def test_every_transition_2020_2035_every_half_hour() -> None:
    """Exhaustive on the days that matter: each zone's transition days, every 30 minutes."""
    checked = 0
    for zone in ZONES:
        tz = ZoneInfo(zone)
        for day in _transition_days(zone):
            for minutes in range(0, 24 * 60, 30):
                wall = time(minutes // 60, minutes % 60)
                at = resolve_wall_time(day, wall, tz)
                assert at is not None, (zone, day, wall)
                assert at.astimezone(UTC) == oracle(zone, day, wall), (zone, day, wall)
                assert at.date() == day or at.date() == day + timedelta(days=1), (zone, day, wall)
                checked += 1
    assert checked > 100_000
