"""Stopping: gabapentin and baclofen are lowered over at least a week before they stop."""

from __future__ import annotations

from datetime import date

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Plan
from tests.conftest import PlanFactory

KIDNEYS = "crcl_ml_min = 90"


def problems(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.severity != "info"]


def baclofen(plan_from: PlanFactory, stop: str, *steps: tuple[str, str]) -> Plan:
    body = "".join(
        f"""
          [[medications.steps]]
          from = {day}
          {what}
        """
        for day, what in steps
    )
    head = (
        '[[medications]]\nname = "baclofen"\nstart = 2027-01-04\ncontinuing = true\n'
        f"stop = {stop}\n"
    )
    return plan_from(head + body, person=KIDNEYS)


TID = 'times = ["08:00", "14:00", "20:00"]'


def test_stopping_without_lowering(plan_from: PlanFactory) -> None:
    plan = baclofen(plan_from, "2027-01-20", ("2027-01-04", f'dose = "20 mg"\n{TID}'))
    (f,) = problems(plan)
    assert f.code == "abrupt-stop" and f.severity == "warning"
    assert f.date == date(2027, 1, 20)
    assert "without being lowered" in f.message and "hallucinations" in f.message
    assert "at least 7 days, often up to 14 days" in f.message
    assert "Ask your prescriber or pharmacist how to stop it safely" in f.message


def test_a_seven_day_taper_is_enough(plan_from: PlanFactory) -> None:
    plan = baclofen(
        plan_from,
        "2027-01-20",
        ("2027-01-04", f'dose = "20 mg"\n{TID}'),
        ("2027-01-14", f'dose = "10 mg"\n{TID}'),
        ("2027-01-17", 'dose = "5 mg"\ntimes = ["08:00", "20:00"]'),
    )
    assert problems(plan) == []


def test_a_six_day_taper_is_too_short(plan_from: PlanFactory) -> None:
    plan = baclofen(
        plan_from,
        "2027-01-20",
        ("2027-01-04", f'dose = "20 mg"\n{TID}'),
        ("2027-01-15", f'dose = "10 mg"\n{TID}'),
    )
    (f,) = problems(plan)
    assert f.code == "abrupt-stop" and "only 6 days" in f.message


def test_only_the_last_lowering_counts(plan_from: PlanFactory) -> None:
    """Lowered early, raised again, then stopped: no taper before the stop."""
    plan = baclofen(
        plan_from,
        "2027-01-31",
        ("2027-01-04", f'dose = "20 mg"\n{TID}'),
        ("2027-01-10", f'dose = "10 mg"\n{TID}'),
        ("2027-01-20", f'dose = "15 mg"\n{TID}'),
    )
    assert [f.code for f in problems(plan)] == ["abrupt-stop"]


def test_every_other_day_counts_as_lowering(plan_from: PlanFactory) -> None:
    plan = baclofen(
        plan_from,
        "2027-01-20",
        ("2027-01-04", f'dose = "5 mg"\n{TID}'),
        ("2027-01-14", f'dose = "5 mg"\n{TID}\nevery_n_days = 2'),
    )
    assert problems(plan) == []


def test_gabapentin_taper_minimum_one_week(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        stop = 2027-01-20
        continuing = true
          [[medications.steps]]
          from = 2027-01-04
          dose = "300 mg"
          times = ["08:00", "14:00", "20:00"]
          [[medications.steps]]
          from = 2027-01-18
          dose = "300 mg"
          times = ["08:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    (f,) = problems(plan)
    assert f.code == "abrupt-stop" and "only 3 days" in f.message and "§2.5" in f.source


def test_no_stop_no_finding_and_unknown_drugs_are_not_guessed(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "metformin"
        start = 2027-01-04
        stop = 2027-01-10
        dose = "500 mg"
        times = ["08:00"]

        [[medications]]
        name = "oxycodone"
        start = 2027-01-04
        stop = 2027-01-10
        dose = "5 mg"
        times = ["08:00"]
        """
    )
    assert [f.code for f in problems(plan)] == []


def test_switching_brand_is_not_stopping(plan_from: PlanFactory) -> None:
    plan = plan_from(
        f"""
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        stop = 2027-01-20
        continuing = true
        dose = "10 mg"
        {TID}

        [[medications]]
        name = "Lioresal"
        start = 2027-01-21
        continuing = true
        dose = "10 mg"
        {TID}
        """,
        person=KIDNEYS,
    )
    assert problems(plan) == []
