"""Taper and titration planner (issue 22 item 2): drafts that keep to the label's step size
and interval, and pass every plan check with no warning."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.checks.taper import taper_days
from medplanner.core.errors import InvalidInput
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import loads
from medplanner.core.planner import Draft, draft_taper, draft_text, draft_titration
from medplanner.core.resources import DEMO_PLAN
from medplanner.core.units import Amount

KB = load_knowledge_base()
START = date(2027, 3, 1)


def one(name: str, dose: str, times: str, extra: str = "") -> str:
    return f"""format = "medplanner-plan/1"
[person]
name = "Alex"
timezone = "Europe/London"
crcl_ml_min = 95
[[medications]]
name = "{name}"
start = 2027-01-04
continuing = true
dose = "{dose}"
times = {times}
{extra}
"""


TID = '["08:00", "14:00", "20:00"]'
BID = '["08:00", "20:00"]'


def assert_clean(draft: Draft) -> None:
    findings = run_checks(draft.plan, KB)
    assert [f.code for f in findings if f.severity != "info"] == []
    # the text form loads back to the same plan
    assert loads(draft_text(draft)) == draft.plan
    assert draft_text(draft).startswith("# DRAFT ")


@pytest.mark.parametrize(
    ("name", "dose", "times", "extra", "target"),
    [
        ("gabapentin", "300 mg", TID, "", "1800 mg"),
        ("gabapentin", "300 mg", TID, 'strength = "300 mg"', "2400 mg"),
        ("gabapentin", "100 mg", TID, "", "3600 mg"),
        ("baclofen", "5 mg", TID, "", "60 mg"),
        ("baclofen", "10 mg", TID, 'strength = "10 mg"\nform = "scored-tablet"', "45 mg"),
        ("gabapentin", "400 mg", BID, "", "1200 mg"),
        ("tizanidine", "2 mg", TID, "", "24 mg"),
    ],
)
def test_titrations_pass_check(name: str, dose: str, times: str, extra: str, target: str) -> None:
    plan = loads(one(name, dose, times, extra))
    draft = draft_titration(plan, name, KB, to=Amount.parse(target), start=START)
    assert_clean(draft)
    drug = KB.lookup(name)
    assert drug is not None and drug.increment_daily is not None
    assert drug.increment_interval_days is not None
    totals = [plan.medications[0].steps[-1].daily_total(), *(s.daily_total() for s in draft.steps)]
    assert totals[-1] == Amount.parse(target)
    for a, b in itertools.pairwise(totals):
        assert Amount.mg_of(0) < b - a <= drug.increment_daily.value
    gaps = {(b.start - a.start).days for a, b in itertools.pairwise(draft.steps)}
    assert gaps <= {drug.increment_interval_days.value}


@pytest.mark.parametrize(
    ("name", "dose", "times", "extra"),
    [
        ("baclofen", "20 mg", TID, 'strength = "10 mg"\nform = "scored-tablet"'),
        ("baclofen", "20 mg", TID, ""),
        ("gabapentin", "600 mg", TID, ""),
        ("pregabalin", "150 mg", BID, ""),
        ("tizanidine", "8 mg", TID, ""),
        ("clonazepam", "1 mg", BID, ""),
        ("diazepam", "10 mg", TID, ""),
    ],
)
def test_tapers_to_zero_pass_check_and_last_the_taper_length(
    name: str, dose: str, times: str, extra: str
) -> None:
    plan = loads(one(name, dose, times, extra))
    draft = draft_taper(plan, name, KB, start=START)
    assert_clean(draft)
    drug = KB.lookup(name)
    assert drug is not None and drug.taper is not None
    med = draft.plan.medications[0]
    assert med.stop == START + timedelta(days=drug.taper.length_days - 1)
    assert taper_days(list(med.steps), med.stop) == drug.taper.length_days
    totals = [s.daily_total().mg for s in med.steps]
    assert totals == sorted(totals, reverse=True) and len(set(totals)) == len(totals)


def test_baclofen_60_to_0_is_the_label_path_reversed_over_14_days() -> None:
    plan = loads(one("baclofen", "20 mg", TID))
    draft = draft_taper(plan, "baclofen", KB, start=START)
    assert [(s.start.isoformat(), str(s.daily_total())) for s in draft.steps] == [
        ("2027-03-01", "45 mg"),
        ("2027-03-06", "30 mg"),
        ("2027-03-11", "15 mg"),
    ]
    assert draft.stop == date(2027, 3, 14)
    assert "suggestion to discuss with the prescriber" in draft.header


def test_taper_to_a_lower_dose_stays_open() -> None:
    plan = loads(one("gabapentin", "600 mg", TID))
    draft = draft_taper(plan, "gabapentin", KB, start=START, to=Amount.parse("900 mg"))
    assert_clean(draft)
    assert draft.stop is None and draft.steps[-1].daily_total() == Amount.parse("900 mg")


def test_the_demo_titration_keeps_its_past_and_its_interval() -> None:
    plan = loads(DEMO_PLAN.read_text(encoding="utf-8"))
    draft = draft_titration(plan, "gabapentin", KB, to=Amount.parse("1800 mg"), start=START)
    assert_clean(draft)
    assert draft.plan.medications[0].steps[:3] == plan.medications[0].steps
    # too early a start moves to the label's interval after the last step
    early = draft_titration(plan, "baclofen", KB, to=Amount.parse("60 mg"), start=date(2027, 1, 10))
    assert early.steps[0].start == date(2027, 1, 13)
    assert_clean(early)


@pytest.mark.parametrize(
    ("kind", "name", "target", "words"),
    [
        ("titration", "gabapentin", "300 mg", "already at"),
        ("titration", "gabapentin", "4000 mg", "daily maximum"),
        ("titration", "clonazepam", "2 mg", "no titration rule"),
        ("titration", "ibuprofen", "2 mg", "not in the plan"),
        ("taper", "gabapentin", "5000 mg", "a taper lowers it"),
    ],
)
def test_bad_requests_say_why(kind: str, name: str, target: str, words: str) -> None:
    text = one("gabapentin", "600 mg", TID) + (
        '[[medications]]\nname = "clonazepam"\nstart = 2027-01-04\ncontinuing = true\n'
        'dose = "0.5 mg"\ntimes = ["21:00"]\n'
    )
    plan = loads(text)
    with pytest.raises(InvalidInput, match=words):
        if kind == "titration":
            draft_titration(plan, name, KB, to=Amount.parse(target), start=START)
        else:
            draft_taper(plan, name, KB, to=Amount.parse(target), start=START)
