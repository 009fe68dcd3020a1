"""Gabapentin three times a day: no gap between doses longer than 12 hours (label §2.2)."""

from __future__ import annotations

from datetime import date, time

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Plan
from tests.conftest import PlanFactory


def gabapentin(plan_from: PlanFactory, times: str, repeat: str = "") -> Plan:
    return plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        continuing = true
        dose = "300 mg"
        times = {times}
        {repeat}
        """,
        person="crcl_ml_min = 90",
    )


def gaps(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.severity != "info"]


@pytest.mark.parametrize(
    "times",
    [
        '["09:00", "15:00", "21:00"]',  # overnight 12 h: exactly the limit
        '["08:00", "14:00", "20:00"]',
        '["07:00", "13:00", "19:00", "22:00"]',
        '["08:00", "20:00"]',  # twice a day: the renal-band schedule, not checked
        '["21:00"]',  # once a day
    ],
)
def test_no_gap_above_twelve_hours(plan_from: PlanFactory, times: str) -> None:
    assert gaps(gabapentin(plan_from, times)) == []


def test_overnight_gap_above_twelve_hours(plan_from: PlanFactory) -> None:
    (f,) = gaps(gabapentin(plan_from, '["08:00", "13:00", "19:01"]'))
    assert f.code == "dose-interval-too-long" and f.severity == "warning"
    assert f.time == time(19, 1) and f.date == date(2027, 1, 4)
    assert "12 hours 59 minutes between 19:01 and 08:00 the next day" in f.message
    assert "§2.2" in f.source and "rev. 2020" in f.source


def test_daytime_gap_above_twelve_hours(plan_from: PlanFactory) -> None:
    (f,) = gaps(gabapentin(plan_from, '["06:00", "07:00", "19:30"]'))
    assert f.time == time(7, 0) and "12 hours 30 minutes between 07:00 and 19:30" in f.message


def test_every_other_day_three_times_has_long_gaps(plan_from: PlanFactory) -> None:
    (f,) = gaps(gabapentin(plan_from, '["08:00", "14:00", "20:00"]', "every_n_days = 2"))
    assert "36 hours" in f.message and "2 days later" in f.message


def test_one_finding_per_pattern_not_per_step(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        continuing = true
          [[medications.steps]]
          from = 2027-01-04
          dose = "300 mg"
          times = ["08:00", "12:00", "16:00"]
          [[medications.steps]]
          from = 2027-01-08
          dose = "400 mg"
          times = ["08:00", "12:00", "16:00"]
        """,
        person="crcl_ml_min = 90",
    )
    (f,) = gaps(plan)
    assert f.date == date(2027, 1, 4)
