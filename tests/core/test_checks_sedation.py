"""Two different sedating drugs less than the stagger window apart (general guidance)."""

from __future__ import annotations

from datetime import date, time

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.model import Finding, Plan
from tests.conftest import PlanFactory


def close(plan: Plan) -> list[Finding]:
    return [f for f in run_checks(plan) if f.code == "sedatives-same-time"]


def pair(
    plan_from: PlanFactory,
    gaba: str,
    bac: str,
    person: str = "crcl_ml_min = 90",
    bac_name: str = "baclofen",
) -> Plan:
    return plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-01
        continuing = true
        dose = "300 mg"
        times = {gaba}

        [[medications]]
        name = "{bac_name}"
        start = 2027-01-01
        continuing = true
        dose = "10 mg"
        times = {bac}
        """,
        person=person,
    )


def test_the_contract_example(plan_from: PlanFactory) -> None:
    times = '["08:00", "14:00", "20:00"]'
    plan = pair(plan_from, times, times)
    (f,) = close(plan)
    assert f.severity == "warning"
    assert (f.medication, f.other) == ("baclofen", "gabapentin")
    assert f.date == date(2027, 1, 1) and f.time == time(8, 0)
    assert "baclofen 08:00 with gabapentin 08:00" in f.message
    assert "general advice, not a rule from the labels" in f.message
    assert "does not take the risk away" in f.message
    assert "removes the risk" not in f.message and "safe" not in f.message.casefold()
    assert "not a label rule" in f.source and "MedPlanner product rule" in f.source
    assert [x.code for x in run_checks(plan) if x.severity != "info"] == ["sedatives-same-time"]


@pytest.mark.parametrize(
    ("gaba", "bac", "flagged"),
    [
        ('["09:00"]', '["07:00"]', False),  # exactly 2 hours: not flagged
        ('["09:00"]', '["07:01"]', True),  # 1 h 59 min
        ('["23:30"]', '["00:30"]', True),  # across midnight: 1 hour
        ('["23:00"]', '["01:00"]', False),  # across midnight: exactly 2 hours
        ('["00:30"]', '["23:45"]', True),  # the other way round
        ('["12:00"]', '["18:00"]', False),
    ],
)
def test_window_edges(plan_from: PlanFactory, gaba: str, bac: str, flagged: bool) -> None:
    assert bool(close(pair(plan_from, gaba, bac))) is flagged


def test_across_midnight_is_dated_on_the_later_dose(plan_from: PlanFactory) -> None:
    # gabapentin 23:30 on 1 Jan, then baclofen 00:30 on 2 Jan (the first 00:30 follows none)
    (f,) = close(pair(plan_from, '["23:30"]', '["00:30"]'))
    assert f.time == time(0, 30) and f.date == date(2027, 1, 2)
    (f,) = close(pair(plan_from, '["00:30"]', '["23:45"]'))
    assert f.time == time(23, 45) and f.date == date(2027, 1, 1)


def test_persons_window_overrides_the_default(plan_from: PlanFactory) -> None:
    person = "crcl_ml_min = 90\nstagger_window_minutes = 60"
    assert close(pair(plan_from, '["09:00"]', '["07:30"]', person)) == []
    (f,) = close(pair(plan_from, '["09:00"]', '["08:10"]', person))
    assert "1 hour apart" in f.message and "set for this person" in f.source
    assert close(pair(plan_from, '["09:00"]', '["09:00"]', "stagger_window_minutes = 0")) == []


def test_same_ingredient_is_not_two_sedatives(plan_from: PlanFactory) -> None:
    plan = pair(plan_from, '["08:00"]', '["08:30"]', bac_name="Neurontin")
    assert close(plan) == []


def test_one_finding_per_pair_listing_the_times(plan_from: PlanFactory) -> None:
    plan = pair(plan_from, '["08:00", "14:00", "20:00"]', '["08:30", "13:00", "21:30"]')
    (f,) = close(plan)
    assert "baclofen 08:30 with gabapentin 08:00" in f.message
    assert "baclofen 13:00 with gabapentin 14:00" in f.message
    assert "21:30" not in f.message.split("apart")[0]


def test_weekday_doses_that_never_meet(plan_from: PlanFactory) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "diazepam"
        start = 2027-01-04
        dose = "2 mg"
        times = ["22:00"]
        weekdays = ["mon"]

        [[medications]]
        name = "zolpidem"
        start = 2027-01-04
        dose = "5 mg"
        times = ["22:30"]
        weekdays = ["wed"]
        """
    )
    assert close(plan) == []
