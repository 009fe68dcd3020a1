"""Dose amounts: invalid doses, the largest single dose, the daily most."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from medplanner.core.checks import run_checks
from medplanner.core.model import DoseTime, Finding, Medication, Person, Plan, Step
from medplanner.core.units import Amount
from tests.conftest import PlanFactory

KIDNEYS = "crcl_ml_min = 90"


def problems(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.severity != "info"]


def codes(plan: Plan) -> list[str]:
    return sorted(f.code for f in problems(plan))


def baclofen(plan_from: PlanFactory, *doses: str, extra: str = "") -> Plan:
    times = ", ".join(
        f'{{ at = "{h:02d}:00", dose = "{d}" }}'
        for h, d in zip((8, 11, 14, 17, 20), doses, strict=False)
    )
    return plan_from(
        f"""
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        stop = 2027-02-02
        continuing = true
          [[medications.steps]]
          from = 2027-01-04
          times = [{times}]
          [[medications.steps]]
          from = 2027-01-20
          dose = "5 mg"
          times = ["08:00", "14:00", "20:00"]
        {extra}
        """,
        person=KIDNEYS,
    )


def test_exactly_80_mg_baclofen_is_not_above_the_daily_most(plan_from: PlanFactory) -> None:
    assert codes(baclofen(plan_from, "20 mg", "20 mg", "20 mg", "20 mg")) == []


def test_85_mg_baclofen_is_one_danger_for_the_whole_step(plan_from: PlanFactory) -> None:
    plan = baclofen(plan_from, "20 mg", "20 mg", "20 mg", "20 mg", "5 mg")
    (f,) = problems(plan)
    assert f.code == "daily-dose-above-max" and f.severity == "danger"
    assert f.date == date(2027, 1, 4)
    assert "85 mg a day" in f.message and "80 mg a day" in f.message
    assert "Dosage and Administration" in f.source


def test_one_dose_above_the_largest_single_dose(plan_from: PlanFactory) -> None:
    (f,) = problems(baclofen(plan_from, "25 mg", "10 mg"))
    assert f.code == "dose-above-max-single" and f.time == time(8, 0)
    assert "25 mg" in f.message and "20 mg" in f.message


def test_zero_dose_is_invalid(plan_from: PlanFactory) -> None:
    (f,) = problems(baclofen(plan_from, "0 mg", "10 mg"))
    assert f.code == "invalid-dose" and f.severity == "danger"
    assert f.time == time(8, 0) and f.date == date(2027, 1, 4)


def test_more_than_ten_times_the_single_most_is_invalid_and_says_only_that(
    plan_from: PlanFactory,
) -> None:
    """200 mg baclofen is exactly 10 × 20 mg: too high, not absurd; 201 mg is a typo."""
    assert codes(baclofen(plan_from, "200 mg")) == [
        "daily-dose-above-max",
        "dose-above-max-single",
    ]
    (f,) = problems(baclofen(plan_from, "201 mg"))
    assert f.code == "invalid-dose" and "10 times" in f.message
    assert "MedPlanner product rule" in f.source


def test_gabapentin_absurd_dose(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        continuing = true
        dose = "3000 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    assert codes(plan) == ["daily-dose-above-max", "dose-above-max-single"]
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        continuing = true
        dose = "30000 mg"
        times = ["08:00"]
        """,
        person=KIDNEYS,
    )
    assert codes(plan) == ["invalid-dose"]


def test_unknown_medication_zero_dose_is_still_invalid(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "metformin"
        start = 2027-01-04
        dose = "0 mg"
        times = ["08:00"]
        """
    )
    assert codes(plan) == ["invalid-dose"]


def test_as_needed_counts_its_daily_most(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        continuing = true
        dose = "1200 mg"
        times = ["08:00", "14:00", "20:00"]

        [[medications]]
        name = "Neurontin"
        as_needed = true
        dose = "300 mg"
        max_per_day = 1
        """,
        person=KIDNEYS,
    )
    daily = [f for f in problems(plan) if f.code == "daily-dose-above-max"]
    assert len(daily) == 1
    assert daily[0].medication == "gabapentin" and daily[0].date == date(2027, 1, 4)
    assert "3900 mg" in daily[0].message and "Neurontin as needed" in daily[0].message


def test_as_needed_without_a_daily_limit_counts_one_dose(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "20 mg"
        times = ["08:00", "14:00", "20:00"]

        [[medications]]
        name = "Lioresal"
        as_needed = true
        dose = "20 mg"
        """,
        person=KIDNEYS,
    )
    assert "daily-dose-above-max" not in codes(plan)  # 60 + 20 = 80: at the most
    plan2 = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "20 mg"
        times = ["08:00", "14:00", "20:00"]

        [[medications]]
        name = "Lioresal"
        as_needed = true
        dose = "20 mg"
        max_per_day = 2
        """,
        person=KIDNEYS,
    )
    assert "daily-dose-above-max" in codes(plan2)


def test_as_needed_alone_over_the_most(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        as_needed = true
        dose = "20 mg"
        max_per_day = 5
        """,
        person=KIDNEYS,
    )
    (f,) = [f for f in problems(plan) if f.code == "daily-dose-above-max"]
    assert f.date is None and "100 mg" in f.message


def test_weekday_doses_count_on_the_days_they_fall(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "20 mg"
        times = ["08:00", "14:00", "20:00"]

        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "20 mg"
        times = ["11:00"]
        weekdays = ["sat"]
        """,
        person=KIDNEYS,
    )
    daily = [f for f in problems(plan) if f.code == "daily-dose-above-max"]
    assert daily == []  # 80 on Saturdays: at the most
    # Direct model: a 25 mg Saturday dose makes Saturdays 85 mg; the first is 9 Jan 2027.
    meds = (
        Medication(
            "baclofen",
            start=date(2027, 1, 4),
            continuing=True,
            steps=(
                Step(
                    date(2027, 1, 4),
                    tuple(DoseTime(time(h), Amount.parse("20 mg")) for h in (8, 14, 20)),
                ),
            ),
        ),
        Medication(
            "Lioresal",
            start=date(2027, 1, 4),
            steps=(
                Step(date(2027, 1, 4), (DoseTime(time(11), Amount.parse("25 mg")),), weekdays=(5,)),
            ),
        ),
    )
    plan2 = Plan(Person("T", "UTC", crcl_ml_min=Decimal(90)), meds)
    (f,) = [f for f in problems(plan2) if f.code == "daily-dose-above-max"]
    assert f.date == date(2027, 1, 9) and "85 mg a day" in f.message
    assert "counting baclofen and Lioresal" in f.message
