"""One ingredient twice: doubled doses and duplicate therapy."""

from __future__ import annotations

from datetime import date, time

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Plan
from tests.conftest import PlanFactory

KIDNEYS = "crcl_ml_min = 90"


def problems(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.severity != "info"]


def two(plan_from: PlanFactory, second: str, times: str, start: str = "2027-01-04") -> Plan:
    return plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        stop = 2027-01-31
        continuing = true
        dose = "300 mg"
        times = ["08:00", "14:00", "20:00"]

        [[medications]]
        name = "{second}"
        start = {start}
        continuing = true
        dose = "300 mg"
        times = {times}
        """,
        person=KIDNEYS,
    )


def test_same_time_twice_in_one_step(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "5 mg"
        times = ["08:00", "08:00", "20:00"]
        """,
        person=KIDNEYS,
    )
    (f,) = problems(plan)
    assert f.code == "doubled-dose" and f.severity == "danger"
    assert f.time == time(8, 0) and f.date == date(2027, 1, 4)
    assert "twice at 08:00" in f.message and "double dose" in f.message


def test_brand_and_generic_at_the_same_time(plan_from: PlanFactory) -> None:
    plan = two(plan_from, "Neurontin", '["14:00"]')
    found = {f.code: f for f in problems(plan)}
    assert set(found) == {"doubled-dose", "duplicate-therapy"}
    doubled = found["doubled-dose"]
    assert (doubled.medication, doubled.other) == ("Neurontin", "gabapentin")
    assert doubled.time == time(14, 0) and doubled.date == date(2027, 1, 4)
    assert "same medicine (gabapentin)" in doubled.message
    assert found["duplicate-therapy"].severity == "warning"


def test_brand_and_generic_at_other_times_is_duplicate_only(plan_from: PlanFactory) -> None:
    plan = two(plan_from, "Neurontin", '["11:00"]')
    assert [f.code for f in problems(plan)] == ["duplicate-therapy"]


def test_switching_brands_without_overlap_is_fine(plan_from: PlanFactory) -> None:
    plan = two(plan_from, "Neurontin", '["08:00", "14:00", "20:00"]', start="2027-02-01")
    assert problems(plan) == []


def test_overlap_found_on_the_first_common_day(plan_from: PlanFactory) -> None:
    plan = two(plan_from, "NEURONTIN", '["20:00"]', start="2027-01-20")
    doubled = [f for f in problems(plan) if f.code == "doubled-dose"]
    assert len(doubled) == 1 and doubled[0].date == date(2027, 1, 20)


def test_unknown_medication_typed_twice(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "metformin"
        start = 2027-01-04
        dose = "500 mg"
        times = ["08:00"]

        [[medications]]
        name = " Metformin"
        start = 2027-01-04
        dose = "500 mg"
        times = ["08:00"]
        """
    )
    assert sorted(f.code for f in problems(plan)) == ["doubled-dose", "duplicate-therapy"]
    assert all("listed twice" in f.message for f in problems(plan))


def test_weekday_entries_that_never_meet_are_not_doubled(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        continuing = true
        dose = "5 mg"
        times = ["08:00"]
        weekdays = ["mon"]

        [[medications]]
        name = "Lioresal"
        start = 2027-01-04
        continuing = true
        dose = "5 mg"
        times = ["08:00"]
        weekdays = ["tue"]
        """,
        person=KIDNEYS,
    )
    assert [f.code for f in problems(plan)] == ["duplicate-therapy"]
