"""Starting doses and raises: the labels' own titrations pass, one step beyond them does not."""

from __future__ import annotations

from datetime import date

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Plan
from tests.conftest import PlanFactory

KIDNEYS = "crcl_ml_min = 90"


def problems(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.severity != "info"]


def codes(plan: Plan) -> list[str]:
    return sorted(f.code for f in problems(plan))


def test_demo_plan_has_only_info(demo_plan: Plan) -> None:
    findings = run_checks(demo_plan)
    assert findings and all(f.severity == "info" for f in findings)
    assert {f.code for f in findings} == {"advice-alcohol", "advice-driving"}


def test_gabapentin_postherpetic_neuralgia_titration_is_clean(plan_from: PlanFactory) -> None:
    """Label §2.1: 300 mg once, then twice, then three times daily; then on toward 1800."""
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
          [[medications.steps]]
          from = 2027-01-04
          dose = "300 mg"
          times = ["21:00"]
          [[medications.steps]]
          from = 2027-01-05
          dose = "300 mg"
          times = ["09:00", "21:00"]
          [[medications.steps]]
          from = 2027-01-06
          dose = "300 mg"
          times = ["09:00", "15:00", "21:00"]
          [[medications.steps]]
          from = 2027-01-10
          dose = "400 mg"
          times = ["09:00", "15:00", "21:00"]
          [[medications.steps]]
          from = 2027-01-14
          times = [{ at = "09:00", dose = "500 mg" }, { at = "15:00", dose = "500 mg" },
                   { at = "21:00", dose = "500 mg" }]
          [[medications.steps]]
          from = 2027-01-18
          dose = "600 mg"
          times = ["09:00", "15:00", "21:00"]
        """,
        person=KIDNEYS,
    )
    assert problems(plan) == []


def test_gabapentin_epilepsy_start_is_clean(plan_from: PlanFactory) -> None:
    """Label §2.2: 300 mg three times a day from day 1 (900 mg/day)."""
    plan = plan_from(
        """
        [[medications]]
        name = "Neurontin"
        start = 2027-01-04
        dose = "300 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    assert problems(plan) == []


def test_baclofen_label_titration_is_clean(plan_from: PlanFactory) -> None:
    """Label, Dosage and Administration: 5 → 10 → 15 → 20 mg three times a day, 3 days each."""
    steps = "".join(
        f"""
          [[medications.steps]]
          from = 2027-01-{day:02d}
          dose = "{dose} mg"
          times = ["08:00", "14:00", "20:00"]
        """
        for day, dose in ((4, 5), (7, 10), (10, 15), (13, 20))
    )
    plan = plan_from(
        '[[medications]]\nname = "baclofen"\nstart = 2027-01-04\n' + steps, person=KIDNEYS
    )
    assert problems(plan) == []


def test_start_above_the_label(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        dose = "400 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    (f,) = problems(plan)
    assert f.code == "start-dose-above-recommended" and f.severity == "warning"
    assert f.date == date(2027, 1, 4) and f.medication == "gabapentin"
    assert "1200 mg" in f.message and "900 mg" in f.message
    assert "§2.2" in f.source and "a MedPlanner rule" in f.source


def test_baclofen_start_one_step_high(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "10 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    assert codes(plan) == ["start-dose-above-recommended"]


def test_continuing_is_not_a_start(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "20 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    assert problems(plan) == []


def _baclofen(plan_from: PlanFactory, *steps: tuple[str, int], continuing: bool = False) -> Plan:
    body = "".join(
        f"""
          [[medications.steps]]
          from = {day}
          dose = "{dose} mg"
          times = ["08:00", "14:00", "20:00"]
        """
        for day, dose in steps
    )
    head = '[[medications]]\nname = "baclofen"\nstart = 2027-01-04\n'
    if continuing:
        head += "continuing = true\n"
    return plan_from(head + body, person=KIDNEYS)


def test_raise_too_large_reads_like_the_ui_example(plan_from: PlanFactory) -> None:
    plan = _baclofen(plan_from, ("2027-01-04", 5), ("2027-01-07", 15))
    (f,) = problems(plan)
    assert f.code == "titration-step-too-large" and f.date == date(2027, 1, 7)
    assert f.message.startswith(
        "Baclofen goes up too fast on 7 Jan 2027: from 15 mg to 45 mg a day in one step. "
        "The label raises it by at most 15 mg a day every 3 days"
    )
    assert "Ask your prescriber" in f.message
    assert "Dosage and Administration" in f.source


def test_raise_too_soon(plan_from: PlanFactory) -> None:
    plan = _baclofen(plan_from, ("2027-01-04", 5), ("2027-01-06", 10))
    (f,) = problems(plan)
    assert f.code == "titration-step-too-soon" and f.date == date(2027, 1, 6)
    assert "only 2 days" in f.message and "3 days" in f.message


def test_raise_exactly_at_the_increment_and_interval_is_clean(plan_from: PlanFactory) -> None:
    plan = _baclofen(plan_from, ("2027-01-04", 5), ("2027-01-07", 10))
    assert problems(plan) == []


def test_continuing_first_step_is_not_a_raise_to_wait_after(plan_from: PlanFactory) -> None:
    plan = _baclofen(plan_from, ("2027-01-04", 10), ("2027-01-05", 15), continuing=True)
    assert problems(plan) == []
    plan = _baclofen(plan_from, ("2027-01-04", 10), ("2027-01-05", 20), continuing=True)
    assert codes(plan) == ["titration-step-too-large"]


def test_a_lowering_then_raise_waits_from_the_last_raise(plan_from: PlanFactory) -> None:
    plan = _baclofen(
        plan_from, ("2027-01-04", 5), ("2027-01-07", 10), ("2027-01-08", 5), ("2027-01-09", 10)
    )
    assert codes(plan) == ["titration-step-too-soon"]


def test_gabapentin_raise_of_600_a_day_is_too_large(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
          [[medications.steps]]
          from = 2027-01-04
          dose = "300 mg"
          times = ["08:00", "14:00", "20:00"]
          [[medications.steps]]
          from = 2027-01-11
          dose = "500 mg"
          times = ["08:00", "14:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    (f,) = problems(plan)
    assert f.code == "titration-step-too-large"
    assert "from 900 mg to 1500 mg" in f.message and "300 mg a day every day" in f.message
