"""Whole plans: every code can be raised, every message follows ../shared/ui.md, output is sorted."""

from __future__ import annotations

import re
from datetime import date

import pytest

from medplanner.core.checks import CHECKS, run_checks
from medplanner.core.checks._entries import SEVERITY
from medplanner.core.model import Finding, Plan, sort_findings
from tests.conftest import PlanFactory

#: Contract §3, the codes a plan file can raise (missed-dose belongs to status).
CONTRACT = {
    "invalid-dose": "danger",
    "start-dose-above-recommended": "warning",
    "titration-step-too-large": "warning",
    "titration-step-too-soon": "warning",
    "dose-above-max-single": "warning",
    "daily-dose-above-max": "danger",
    "dose-interval-too-long": "warning",
    "doubled-dose": "danger",
    "duplicate-therapy": "warning",
    "renal-dose-above-range": "warning",
    "renal-function-unknown": "info",
    "abrupt-stop": "warning",
    "sedatives-same-time": "warning",
    "cns-depressant-combination": "danger",
    "advice-alcohol": "info",
    "advice-driving": "info",
    "unknown-medication": "info",
    "dose-not-makeable": "warning",
    "interaction-contraindicated": "danger",
    "product-timing": "info",
    "renal-caution": "info",
    "kidney-data-stale": "warning",
    "combination-product": "info",
}

KITCHEN_SINK = """
[[medications]]
name = "gabapentin"
start = 2027-01-04
stop = 2027-01-20
  [[medications.steps]]
  from = 2027-01-04
  dose = "400 mg"
  times = ["08:00", "13:00", "19:01"]
  [[medications.steps]]
  from = 2027-01-05
  times = [{ at = "08:00", dose = "1300 mg" }, { at = "13:00", dose = "700 mg" },
           { at = "19:01", dose = "700 mg" }]

[[medications]]
name = "Neurontin"
as_needed = true
dose = "1000 mg"
max_per_day = 1

[[medications]]
name = "baclofen"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  dose = "5 mg"
  times = ["08:00", "14:00", "20:00"]
  [[medications.steps]]
  from = 2027-01-05
  dose = "10 mg"
  times = ["08:00", "14:00", "20:00"]

[[medications]]
name = "Lioresal"
start = 2027-01-04
continuing = true
dose = "5 mg"
times = ["20:00"]

[[medications]]
name = "oxycodone"
as_needed = true
dose = "5 mg"

[[medications]]
name = "metformin"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  dose = "0 mg"
  times = ["08:00"]

[[medications]]
name = "aspirin"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  dose = "75 mg"
  times = ["08:00"]
  [[medications.steps]]
  from = 2027-01-10
  dose = "150 mg"
  times = ["08:00"]
"""

NOT_MAKEABLE = """
[[medications]]
name = "gabapentin"
strength = "300 mg"
form = "capsule"
start = 2027-01-04
continuing = true
dose = "250 mg"
times = ["21:00"]
"""

NO_KIDNEYS = """
[[medications]]
name = "gabapentin"
start = 2027-01-04
dose = "300 mg"
times = ["21:00"]
"""


KB_V2 = """
[[medications]]
name = "tizanidine"
start = 2027-01-04
dose = "2 mg"
times = ["08:00"]

[[medications]]
name = "ciprofloxacin"
start = 2027-01-04
dose = "500 mg"
times = ["08:00", "20:00"]

[[medications]]
name = "Gralise"
start = 2027-01-04
dose = "300 mg"
times = ["08:00"]

[[medications]]
name = "Percocet"
as_needed = true
dose = "1 tablet"
max_per_day = 4

[[medications]]
name = "baclofen"
start = 2027-01-04
dose = "5 mg"
times = ["08:00", "14:00", "20:00"]
"""


@pytest.fixture
def everything(plan_from: PlanFactory) -> list[Finding]:
    return (
        run_checks(plan_from(KITCHEN_SINK, person="crcl_ml_min = 25"))
        + run_checks(plan_from(NO_KIDNEYS))
        + run_checks(plan_from(NOT_MAKEABLE, person="crcl_ml_min = 90"))
        + [
            f
            for f in run_checks(
                plan_from(KB_V2, person="crcl_ml_min = 70\nkidney_measured = 2025-01-02"),
                as_of=date(2027, 1, 4),
            )
            if f.code != "stagger-suggestion"  # a suggestion, tested in test_sedation
        ]
    )


def test_the_codes_and_severities_are_the_contracts() -> None:
    assert SEVERITY == CONTRACT
    assert len(CHECKS) == len(set(CHECKS))


def test_every_code_can_be_raised(everything: list[Finding]) -> None:
    assert {f.code for f in everything} == set(CONTRACT)
    for f in everything:
        assert f.severity == CONTRACT[f.code], f


def test_every_message_says_what_why_and_asks(everything: list[Finding]) -> None:
    for f in everything:
        text = f.message
        assert f.source.strip() and text.strip(), f
        assert re.search(r"\bask your (prescriber|pharmacist)", text, re.IGNORECASE), f
        assert "you must" not in text.casefold(), f
        assert text[0].isupper() and text.rstrip().endswith("."), f
        assert "{" not in text and "None" not in text and "1 Jan 1 " not in text, f
        if f.code in ("sedatives-same-time", "advice-driving") or "product rule" in f.source:
            assert f.source.strip()


def test_product_rules_are_named_as_ours(everything: list[Finding]) -> None:
    for f in everything:
        if f.code in ("duplicate-therapy", "sedatives-same-time"):
            assert "MedPlanner product rule" in f.source, f
        if f.code == "invalid-dose":
            assert "MedPlanner product rule" in f.source, f


def test_findings_are_sorted_by_the_contract(plan_from: PlanFactory) -> None:
    findings = run_checks(plan_from(KITCHEN_SINK, person="crcl_ml_min = 25"))
    assert findings == sort_findings(findings)
    ranks = [("danger", "warning", "info").index(f.severity) for f in findings]
    assert ranks == sorted(ranks)


def test_pair_findings_name_the_later_entry_first(plan_from: PlanFactory) -> None:
    findings = run_checks(plan_from(KITCHEN_SINK, person="crcl_ml_min = 25"))
    order = ["gabapentin", "Neurontin", "baclofen", "Lioresal", "oxycodone"]
    for f in findings:
        if f.other is not None:
            assert order.index(f.medication) > order.index(f.other), f


def test_a_typo_dose_gives_one_danger_not_a_cascade(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        stop = 2027-01-09
          [[medications.steps]]
          from = 2027-01-04
          dose = "5 mg"
          times = ["08:00", "14:00", "20:00"]
          [[medications.steps]]
          from = 2027-01-07
          dose = "500 mg"
          times = ["08:00", "14:00", "20:00"]
        """,
        person="crcl_ml_min = 90",
    )
    assert [f.code for f in run_checks(plan) if f.severity != "info"] == ["invalid-dose"]


def test_unknown_medication_only_gets_generic_checks(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "metformin"
        start = 2027-01-04
        dose = "5000 mg"
        times = ["08:00"]
        """
    )
    (f,) = run_checks(plan)
    assert f.code == "unknown-medication" and f.severity == "info"
    assert '"metformin"' in f.message and f.medication == "metformin"


def test_a_raise_of_an_unknown_drug_gets_driving_advice(plan_from: PlanFactory) -> None:
    plan = plan_from(KITCHEN_SINK, person="crcl_ml_min = 25")
    (f,) = [f for f in run_checks(plan) if f.medication == "aspirin" and f.code == "advice-driving"]
    assert f.date == date(2027, 1, 10) and "10 Jan 2027" in f.message


def test_each_sedating_drug_gets_alcohol_and_driving_advice(demo_plan: Plan) -> None:
    findings = run_checks(demo_plan)
    pairs = sorted((f.code, f.medication) for f in findings)
    assert pairs == [
        ("advice-alcohol", "baclofen"),
        ("advice-alcohol", "gabapentin"),
        ("advice-driving", "baclofen"),
        ("advice-driving", "gabapentin"),
    ]
    driving = next(f for f in findings if f.code == "advice-driving" and f.medication == "baclofen")
    assert "7 Jan 2027 and 10 Jan 2027" in driving.message


def test_today_leaves_out_what_is_over(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        stop = 2027-01-10
        continuing = true
        dose = "20 mg"
        times = ["08:00", "14:00", "20:00"]

        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        dose = "1200 mg"
        times = ["08:00", "14:00", "20:00"]
        """,
        person="crcl_ml_min = 90",
    )
    codes = {(f.code, f.medication) for f in run_checks(plan)}
    assert ("abrupt-stop", "baclofen") in codes
    assert ("sedatives-same-time", "gabapentin") in codes
    later = {(f.code, f.medication) for f in run_checks(plan, today=date(2027, 2, 1))}
    assert ("abrupt-stop", "baclofen") not in later
    assert ("sedatives-same-time", "gabapentin") not in later  # baclofen is over
    # a problem that began in the past and goes on is kept
    assert ("start-dose-above-recommended", "gabapentin") in later
    assert run_checks(plan, today=date(2027, 1, 10)) == run_checks(plan)
