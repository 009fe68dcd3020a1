"""Properties of the checks over any plan hypothesis can build (straight from the model)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medplanner.core.checks import run_checks
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.model import DoseTime, Finding, Medication, Person, Plan, Step
from medplanner.core.record import replace
from medplanner.core.units import Amount

KB = load_knowledge_base()
UNKNOWN = ["metformin", "Metformin ", "aspirin", "NEURONTIN", "x"]
NAMES = [*sorted({n for d in KB.drugs.values() for n in d.names}), *UNKNOWN]

# Mostly near the demo's dates, sometimes anywhere on the calendar (date.min / date.max).
days = st.one_of(
    st.dates(date(2026, 12, 1), date(2027, 3, 31)),
    st.dates(date(2026, 12, 1), date(2027, 3, 31)),
    st.dates(),
)
amounts = st.builds(
    Amount,
    st.decimals(-10, 50_000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["mg", "mg", "mcg", "g"]),
)
clock = st.builds(time, st.integers(0, 23), st.sampled_from([0, 0, 1, 30, 59]))
steps = st.builds(
    Step,
    start=days,
    times=st.lists(st.builds(DoseTime, clock, amounts), max_size=4).map(tuple),
    weekdays=st.none() | st.lists(st.integers(0, 6), max_size=7).map(tuple),
    every_n_days=st.none() | st.sampled_from([1, 2, 3, 7, 14]),
)


@st.composite
def medications(draw: st.DrawFn) -> Medication:
    name = draw(st.sampled_from(NAMES))
    start = draw(st.none() | days)
    stop = draw(st.none() | days)
    if draw(st.booleans()):
        return Medication(
            name,
            start=start,
            stop=stop,
            as_needed=True,
            dose=draw(st.none() | amounts),
            max_per_day=draw(st.none() | st.integers(1, 48)),
        )
    raw = draw(st.lists(steps, max_size=4))
    if draw(st.booleans()):  # the plan loader's shape: ordered steps from the start
        raw = sorted(raw, key=lambda s: s.start)
        if raw and start is not None:
            raw[0] = replace(raw[0], start=start)
    return Medication(
        name, start=start, stop=stop, steps=tuple(raw), continuing=draw(st.booleans())
    )


decimals = st.none() | st.decimals(-5, 400, places=1, allow_nan=False, allow_infinity=False)
people = st.builds(
    Person,
    name=st.just("P"),
    timezone=st.just("UTC"),
    crcl_ml_min=decimals,
    age_years=decimals,
    weight_kg=decimals,
    sex=st.none() | st.sampled_from(["female", "male"]),
    serum_creatinine_mg_dl=decimals,
    stagger_window_minutes=st.none() | st.integers(-5, 24 * 60),
)
plans = st.builds(Plan, person=people, medications=st.lists(medications(), max_size=4).map(tuple))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(plans)
def test_run_checks_never_raises(plan: Plan) -> None:
    findings = run_checks(plan, KB)
    for f in findings:
        assert f.severity in ("info", "warning", "danger")
        assert f.message and f.source
    assert findings == sorted(findings, key=Finding.sort_key)


def _about_others(findings: list[Finding], new: str) -> set[tuple[str, str, str | None]]:
    return {
        (f.code, f.medication, f.other) for f in findings if f.medication != new and f.other != new
    }


@SETTINGS
@given(plans, medications())
def test_adding_a_medication_keeps_the_findings_about_the_others(
    plan: Plan, extra: Medication
) -> None:
    names = {m.name for m in plan.medications}
    new_key = KB.ingredient_key(extra.name)
    same_ingredient = any(KB.ingredient_key(n) == new_key for n in names)
    before = _about_others(run_checks(plan, KB), extra.name)
    after = _about_others(
        run_checks(replace(plan, medications=(*plan.medications, extra)), KB), extra.name
    )
    missing = before - after
    if same_ingredient:
        # The one deliberate exception: a new entry of the same ingredient that carries on
        # the day after another entry stops turns that stop into a switch (no abrupt stop).
        missing = {m for m in missing if m[0] != "abrupt-stop"}
    # A stagger suggestion is about the whole timetable: a new sedating entry can make the
    # best timetable no better than today's (info only; never a warning that disappears).
    missing = {m for m in missing if m[0] != "stagger-suggestion"}
    assert not missing


@SETTINGS
@given(plans, st.dates(date(2026, 12, 1), date(2027, 3, 31)))
def test_today_only_ever_leaves_findings_out(plan: Plan, today: date) -> None:
    everything = run_checks(plan, KB)
    now = run_checks(plan, KB, today=today)
    assert all(f in everything for f in now)


def test_a_long_plan_is_checked_quickly() -> None:
    """Ten years of a weekly and an every-3-days pattern: segments, not days."""
    step = Step(
        date(2027, 1, 4),
        (DoseTime(time(8), Amount.parse("5 mg")), DoseTime(time(20), Amount.parse("5 mg"))),
        weekdays=(0, 3),
    )
    other = Step(date(2027, 1, 4), (DoseTime(time(9), Amount.parse("300 mg")),), every_n_days=3)
    meds = (
        Medication("baclofen", start=date(2027, 1, 4), stop=date(2037, 1, 4), steps=(step,)),
        Medication("gabapentin", start=date(2027, 1, 4), steps=(other,), continuing=True),
    )
    plan = Plan(Person("P", "UTC", crcl_ml_min=Decimal(90)), meds)
    codes = {f.code for f in run_checks(plan, KB)}
    assert "sedatives-same-time" in codes  # Monday 08:00 baclofen, 09:00 gabapentin
