"""Kidney function: the gabapentin label's bands, baclofen guidance, unknown kidney data."""

from __future__ import annotations

from datetime import date

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Person, Plan
from tests.conftest import PlanFactory


def renal(plan: Plan, code: str = "renal-dose-above-range") -> list[Finding]:
    return [f for f in run_checks(plan) if f.code == code]


def gabapentin(plan_from: PlanFactory, daily_mg: int, person: str) -> Plan:
    dose = daily_mg // 2
    return plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        continuing = true
        dose = "{dose} mg"
        times = ["08:00", "20:00"]
        """,
        person=person,
    )


def test_crcl_25_on_1800_mg(plan_from: PlanFactory) -> None:
    (f,) = renal(gabapentin(plan_from, 1800, "crcl_ml_min = 25"))
    assert f.severity == "warning" and f.date == date(2027, 1, 4)
    assert "1800 mg a day" in f.message and "25 mL/min" in f.message
    assert "200 mg to 700 mg a day" in f.message and "once a day" in f.message
    assert "§2.3" in f.source and "Table 1" in f.source
    assert "Ask your prescriber or pharmacist" in f.message


def test_same_person_by_cockcroft_gault(plan_from: PlanFactory) -> None:
    person = 'age_years = 80\nweight_kg = 60\nsex = "male"\nserum_creatinine_mg_dl = 2.0'
    (f,) = renal(gabapentin(plan_from, 1800, person))
    assert "about 25 mL/min" in f.message and "Cockcroft" in f.source


@pytest.mark.parametrize(
    ("crcl", "ok_mg", "over_mg"),
    [
        ("60", 3600, None),  # ≥60: only the general daily most applies
        ("59", 1400, 1500),
        ("30.5", 1400, 1500),
        ("30", 700, 800),  # label: >30–59, so 30 is in the >15–29 row
        ("15.5", 700, 800),
        ("15", 300, 400),  # the label's own 15 row
        ("7.5", 150, 200),  # half the 15 mL/min dose (Table 1 footnote)
    ],
)
def test_band_edges(plan_from: PlanFactory, crcl: str, ok_mg: int, over_mg: int | None) -> None:
    assert renal(gabapentin(plan_from, ok_mg, f"crcl_ml_min = {crcl}")) == []
    if over_mg is not None:
        assert len(renal(gabapentin(plan_from, over_mg, f"crcl_ml_min = {crcl}"))) == 1


def test_below_15_scales_with_clearance_and_says_it_is_worked_out(plan_from: PlanFactory) -> None:
    """Label Table 1 footnote: 7.5 mL/min gets half the 15 mL/min dose (100–300 mg/day)."""
    (f,) = renal(gabapentin(plan_from, 200, "crcl_ml_min = 7.5"))
    assert "in proportion to kidney function" in f.message
    assert "50 mg to 150 mg a day" in f.message and "a MedPlanner rule" in f.message
    assert f.message.count("mL/min is") == 1  # one band, never two


def test_baclofen_guidance_says_it_is_not_a_label_limit(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "15 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person="crcl_ml_min = 40",
    )
    (f,) = renal(plan)
    assert "guidance from a study, not a limit on the label" in f.message
    assert "half" in f.message and "Vlavonou" in f.source
    plan_ok = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "10 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person="crcl_ml_min = 40",
    )
    assert renal(plan_ok) == []


def test_unknown_kidney_function_is_info_once_per_drug(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        dose = "300 mg"
        times = ["21:00"]

        [[medications]]
        name = "Neurontin"
        as_needed = true
        dose = "100 mg"

        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "5 mg"
        times = ["08:00", "14:00", "18:00"]

        [[medications]]
        name = "oxycodone"
        as_needed = true
        dose = "5 mg"
        """
    )
    found = renal(plan, "renal-function-unknown")
    assert sorted(f.medication for f in found) == ["baclofen", "gabapentin"]
    assert all(f.severity == "info" for f in found)


def test_partial_cockcroft_gault_inputs_are_unknown() -> None:
    from datetime import time
    from decimal import Decimal

    from medplanner.core.checks.kidneys import check_renal
    from medplanner.core.knowledge import load_knowledge_base
    from medplanner.core.model import DoseTime, Medication, Step
    from medplanner.core.units import Amount

    step = Step(date(2027, 1, 4), (DoseTime(time(8), Amount.parse("300 mg")),))
    plan = Plan(
        Person("T", "UTC", age_years=Decimal(80), weight_kg=Decimal(60)),
        (Medication("gabapentin", start=date(2027, 1, 4), steps=(step,)),),
    )
    (f,) = check_renal(plan, load_knowledge_base())
    assert f.code == "renal-function-unknown"
