"""CNS depressant combinations: a gabapentinoid or baclofen with an opioid or benzodiazepine."""

from __future__ import annotations

from datetime import date

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Plan
from tests.conftest import PlanFactory


def combos(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.code == "cns-depressant-combination"]


def both(plan_from: PlanFactory, first: str, second: str, second_start: str = "") -> Plan:
    start = f"start = {second_start}" if second_start else ""
    return plan_from(
        f"""
        [[medications]]
        name = "{first}"
        start = 2027-01-04
        stop = 2027-01-31
        continuing = true
        dose = "1 mg"
        times = ["08:00"]

        [[medications]]
        name = "{second}"
        as_needed = true
        dose = "1 mg"
        {start}
        """,
        person="crcl_ml_min = 90",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("gabapentin", "oxycodone"),
        ("Neurontin", "Valium"),
        ("pregabalin", "morphine"),
        ("baclofen", "tramadol"),
        ("Lioresal", "lorazepam"),
        ("oxycodone", "alprazolam"),  # the opioid + benzodiazepine boxed warning
    ],
)
def test_danger(plan_from: PlanFactory, first: str, second: str) -> None:
    (f,) = combos(both(plan_from, first, second))
    assert f.severity == "danger"
    assert (f.medication, f.other) == (second, first)
    assert f.date == date(2027, 1, 4)
    assert "breathing" in f.message and "emergency" in f.message
    assert "FDA Drug Safety Communication" in f.source


@pytest.mark.parametrize(
    ("first", "second"),
    [("gabapentin", "baclofen"), ("gabapentin", "zolpidem"), ("baclofen", "metformin")],
)
def test_not_this_combination(plan_from: PlanFactory, first: str, second: str) -> None:
    assert combos(both(plan_from, first, second)) == []


def test_not_when_never_in_use_together(plan_from: PlanFactory) -> None:
    assert combos(both(plan_from, "gabapentin", "oxycodone", second_start="2027-02-01")) == []
    (f,) = combos(both(plan_from, "gabapentin", "oxycodone", second_start="2027-01-31"))
    assert f.date == date(2027, 1, 31)
