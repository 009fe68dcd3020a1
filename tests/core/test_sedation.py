"""The sedation model and stagger suggestions (issue 8): numbers, rules, honesty."""

from __future__ import annotations

import itertools
import math
from datetime import date, time

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.checks.stagger import StaggerFinding, suggest_stagger
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.model import Finding, Plan
from medplanner.core.record import replace
from medplanner.core.sedation import (
    DAY_MINUTES,
    DEFAULT_BEDTIME,
    DEFAULT_WAKE,
    MIN_SPACING_MINUTES,
    SUGGEST_THRESHOLD,
    PkModel,
    Suggestion,
    SuggestionMismatch,
    _Search,
    absorption_rate,
    apply_suggestion,
    find_pattern,
    model_for,
    representative,
    sedation_profile,
)
from tests.conftest import PlanFactory

KB = load_knowledge_base()
TID = '["08:00", "14:00", "20:00"]'


def pair(plan_from: PlanFactory, gaba: str = TID, bac: str = TID, person: str = "") -> Plan:
    """Gabapentin 300 mg and baclofen 10 mg, both continuing, at the given times."""
    return plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-01
        continuing = true
        dose = "300 mg"
        times = {gaba}

        [[medications]]
        name = "baclofen"
        start = 2027-01-01
        continuing = true
        dose = "10 mg"
        times = {bac}
        """,
        person=person or "crcl_ml_min = 90",
    )


def minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def apart(a: time, b: time) -> int:
    d = (minutes(a) - minutes(b)) % DAY_MINUTES
    return min(d, DAY_MINUTES - d)


def serious(findings: list[Finding]) -> set[tuple[object, ...]]:
    return {
        (f.code, f.medication, f.other, f.date, f.time, f.message)
        for f in findings
        if f.severity != "info"
    }


def model(name: str) -> PkModel:
    found = model_for(KB.drugs[name])
    assert found is not None
    return found


# --------------------------------------------------------------------------- the model


@pytest.mark.parametrize(("t_max_h", "half_h"), [(2.5, 6), (2, 3.5), (0.5, 3), (2.5, 52)])
def test_absorption_rate_puts_the_peak_at_t_max(t_max_h: float, half_h: float) -> None:
    ke = math.log(2) / (half_h * 60)
    ka = absorption_rate(t_max_h * 60, ke)
    assert ka > ke
    assert math.log(ka / ke) / (ka - ke) == pytest.approx(t_max_h * 60, rel=1e-9)


def test_a_time_to_peak_no_curve_can_have_is_refused() -> None:
    with pytest.raises(ValueError, match="time to peak"):
        absorption_rate(10 * 60, math.log(2) / 60)  # peak at 10 h, half-life 1 h


@pytest.mark.parametrize("name", ["gabapentin", "baclofen"])
def test_peak_time_after_one_dose_matches_the_knowledge_base(name: str) -> None:
    """Fit from the curve: the minute of the highest level after a single dose."""
    m = model(name)
    kb_t_max = KB.drugs[name].t_max_hours
    assert kb_t_max is not None
    levels = [m.single_dose(t) for t in range(0, 24 * 60)]
    fitted_hours = levels.index(max(levels)) / 60
    assert fitted_hours == pytest.approx(representative(kb_t_max), rel=0.05)
    assert float(kb_t_max.min) <= fitted_hours <= float(kb_t_max.max)
    assert kb_t_max.source in m.sources


@pytest.mark.parametrize("name", ["gabapentin", "baclofen"])
def test_half_life_in_the_terminal_phase_matches_the_knowledge_base(name: str) -> None:
    """Fit from the curve: least-squares slope of ln(level) from 4 to 8 half-lives."""
    m = model(name)
    kb_half = KB.drugs[name].half_life_hours
    assert kb_half is not None
    half = representative(kb_half)
    ts = [half * 60 * k / 10 for k in range(40, 81)]  # minutes
    ys = [math.log(m.single_dose(t)) for t in ts]
    mt, my = sum(ts) / len(ts), sum(ys) / len(ys)
    slope = sum((t - mt) * (y - my) for t, y in zip(ts, ys, strict=True)) / sum(
        (t - mt) ** 2 for t in ts
    )
    fitted_hours = math.log(2) / -slope / 60
    assert fitted_hours == pytest.approx(half, rel=0.05)
    assert float(kb_half.min) <= fitted_hours <= float(kb_half.max)
    assert kb_half.source in m.sources


def test_steady_state_is_the_sum_over_previous_days_until_negligible() -> None:
    m = model("gabapentin")
    for tau in (0, 30, 150, 600, 1000, 1439):
        explicit, day = 0.0, 0
        while True:
            term = m.single_dose(tau + day * DAY_MINUTES)
            explicit += term
            day += 1
            if day > 1 and term < 1e-15:
                break
        assert m.steady_state(tau) == pytest.approx(explicit, rel=1e-12)


def test_each_curve_is_relative_to_its_own_peak_and_the_load_is_their_weighted_sum(
    plan_from: PlanFactory,
) -> None:
    profile = sedation_profile(pair(plan_from, bac='["10:00", "16:00", "22:00"]'), KB)
    assert profile is not None
    assert len(profile.load) == 288 and profile.step_minutes == 5
    for c in profile.curves:
        assert max(c.values) == pytest.approx(1.0)
        assert min(c.values) > 0
    for i, total in enumerate(profile.load):
        assert total == pytest.approx(sum(c.values[i] for c in profile.curves))
    weighted = sedation_profile(
        pair(plan_from, bac='["10:00", "16:00", "22:00"]'), KB, weights={"baclofen": 0.5}
    )
    assert weighted is not None
    gaba, bac = weighted.curves
    assert weighted.load[100] == pytest.approx(gaba.values[100] + 0.5 * bac.values[100])


def test_peaks_fall_after_the_doses(plan_from: PlanFactory) -> None:
    """Doses together at 08:00, 14:00, 20:00: the load peaks about 2 h after a dose."""
    profile = sedation_profile(pair(plan_from), KB)
    assert profile is not None
    value, minute = profile.awake_peak
    assert value == pytest.approx(2.0, abs=0.01)  # both peaks together
    assert (minute - 20 * 60) % DAY_MINUTES <= 3 * 60  # after the evening doses


# --------------------------------------------------------------------------- kidneys


def test_gabapentin_half_life_follows_the_label_for_kidney_function() -> None:
    gaba = KB.drugs["gabapentin"]
    normal, moderate, low = model_for(gaba, 90), model_for(gaba, 45), model_for(gaba, 25)
    assert normal is not None and moderate is not None and low is not None
    assert normal.half_life_hours == 6 and normal.renal_note is None
    assert low.half_life_hours == 52  # Neurontin label §12.3: CrCl < 30
    assert 6 < moderate.half_life_hours < 52
    # the elimination rate constant is halfway at 45 mL/min (proportional to clearance)
    k = math.log(2) / moderate.half_life_hours
    assert k == pytest.approx((math.log(2) / 6 + math.log(2) / 52) / 2)
    assert low.renal_note is not None and "§12.3" in low.renal_note
    assert any("§12.3" in s and "52 hours" in s for s in low.sources)
    # the time to peak stays the KB's
    assert low.t_max_hours == normal.t_max_hours == 2.5


def test_baclofen_has_no_label_half_life_for_kidneys_and_says_so() -> None:
    bac = model_for(KB.drugs["baclofen"], 40)
    assert bac is not None
    assert bac.half_life_hours == 3.5
    assert bac.renal_note is not None and "gives no half-life" in bac.renal_note
    assert model_for(KB.drugs["baclofen"], 95) is not None
    assert model_for(KB.drugs["baclofen"], 95).renal_note is None  # type: ignore[union-attr]


def test_kidney_function_flattens_the_gabapentin_curve(plan_from: PlanFactory) -> None:
    def swing(person: str) -> float:
        profile = sedation_profile(pair(plan_from, person=person), KB)
        assert profile is not None
        gaba = profile.curves[0].values
        return min(gaba) / max(gaba)

    assert swing("crcl_ml_min = 25") > swing("crcl_ml_min = 45") > swing("crcl_ml_min = 90")


# --------------------------------------------------------------------------- suggestion


@pytest.fixture
def same_time(plan_from: PlanFactory) -> Plan:
    return pair(plan_from)


def test_same_times_get_a_suggestion_that_lowers_the_peak(same_time: Plan) -> None:
    s = suggest_stagger(same_time, KB)
    assert s is not None
    assert s.suggested_peak < s.current_peak
    assert s.peak_reduction >= SUGGEST_THRESHOLD.value and s.worth_showing
    # the suggested curves keep the current scale: the current peak of each is 1
    assert all(max(c.values) == pytest.approx(1.0) for c in s.current.curves)


def test_the_suggestion_keeps_doses_amounts_and_every_rule(same_time: Plan) -> None:
    s = suggest_stagger(same_time, KB)
    assert s is not None
    new = apply_suggestion(same_time, s)
    wake, bed = minutes(DEFAULT_WAKE.value), minutes(DEFAULT_BEDTIME.value)
    times: dict[str, list[time]] = {}
    for old_med, new_med in zip(same_time.medications, new.medications, strict=True):
        (old_step,), (new_step,) = old_med.steps, new_med.steps
        assert sorted(t.dose for t in new_step.times) == sorted(t.dose for t in old_step.times)
        assert len(new_step.times) == len(old_step.times)
        ts = sorted(t.at for t in new_step.times)
        times[new_med.name] = ts
        for t in ts:
            assert wake <= minutes(t) <= bed
        gaps = [minutes(b) - minutes(a) for a, b in itertools.pairwise(ts)]
        gaps.append(DAY_MINUTES - (minutes(ts[-1]) - minutes(ts[0])))
        assert min(gaps) >= MIN_SPACING_MINUTES.value
        assert max(gaps) <= 12 * 60  # gabapentin label §2.2; not longer than now (12 h)
    for g in times["gabapentin"]:
        for b in times["baclofen"]:
            assert apart(g, b) >= 120  # the stagger window
    # every check, re-run on the suggested plan: no warning it did not already have ...
    before, after = run_checks(same_time, KB), run_checks(new, KB)
    assert serious(after) <= serious(before)
    # ... and in fact none at all: the same-time warning is gone, no gap is too long
    assert {f.code for f in after if f.severity != "info"} == set()
    assert "sedatives-same-time" in {f.code for f in before}


def test_check_says_it_as_general_guidance_with_the_times_in_json(same_time: Plan) -> None:
    found = [f for f in run_checks(same_time, KB) if f.code == "stagger-suggestion"]
    assert len(found) == 1
    f = found[0]
    assert isinstance(f, StaggerFinding)
    assert f.severity == "info"
    assert (f.medication, f.other, f.date) == ("baclofen", "gabapentin", date(2027, 1, 1))
    data = f.to_json()
    s = suggest_stagger(same_time, KB)
    assert s is not None
    assert data["suggested"] == s.suggested_times()
    assert data["current"] == {"gabapentin": ["08:00", "14:00", "20:00"]} | {
        "baclofen": ["08:00", "14:00", "20:00"]
    }
    assert data["peak_reduction"] == round(s.peak_reduction, 2) >= 0.2
    text = f.message
    for times in s.suggested_times().values():
        for t in times:
            assert t in text
    assert "general guidance, not a rule from the labels" in text
    assert "does not take the risk of drowsiness away" in text
    assert "prescriber or pharmacist" in text and "Do not change any time on your own" in text
    assert "you must" not in text.casefold()
    assert "General guidance, not a label rule" in f.source and "§" not in f.source[:40]
    assert "Gibaldi" in f.source and "Neurontin label (Pfizer, rev. 2020) §12.3" in f.source
    assert "Wuis" in f.source


def test_the_demo_plan_is_staggered_already(demo_plan: Plan) -> None:
    findings = run_checks(demo_plan, KB)
    assert "stagger-suggestion" not in {f.code for f in findings}
    assert all(f.severity == "info" for f in findings)
    s = suggest_stagger(demo_plan, KB)
    assert s is None or not s.worth_showing


@pytest.mark.parametrize(
    ("gaba", "bac"),
    [
        ('["07:00", "13:00", "19:00"]', '["10:00", "16:00", "22:00"]'),
        ('["08:00", "14:00", "20:00"]', '["11:00", "17:00", "22:00"]'),
    ],
)
def test_plans_already_staggered_get_no_suggestion(
    plan_from: PlanFactory, gaba: str, bac: str
) -> None:
    plan = pair(plan_from, gaba, bac)
    assert "stagger-suggestion" not in {f.code for f in run_checks(plan, KB)}


def test_the_persons_day_and_window_are_kept(plan_from: PlanFactory) -> None:
    plan = pair(
        plan_from,
        person='crcl_ml_min = 90\nwake = "09:30"\nbedtime = "23:30"\nstagger_window_minutes = 150',
    )
    s = suggest_stagger(plan, KB)
    assert s is not None
    new = {m.name: m.suggested for m in s.meds}
    current = {m.name: set(m.current) for m in s.meds}
    for name, ts in new.items():
        for t in ts:  # within the waking day, or a time the plan already has
            assert time(9, 30) <= t <= time(23, 30) or t in current[name]
    for g in new["gabapentin"]:
        for b in new["baclofen"]:
            assert apart(g, b) >= 150


def test_twice_a_day_stays_spread(plan_from: PlanFactory) -> None:
    """The longest gap never grows: gabapentin twice a day stays 12 hours apart."""
    s = suggest_stagger(pair(plan_from, gaba='["08:00", "20:00"]'), KB)
    assert s is not None
    (a, b) = sorted(next(m.suggested for m in s.meds if m.name == "gabapentin"))
    assert minutes(b) - minutes(a) == 12 * 60


def test_a_sedative_the_model_cannot_draw_keeps_its_time_and_is_kept_clear_of(
    plan_from: PlanFactory,
) -> None:
    plan = pair(plan_from)
    zolpidem = plan_from(
        """
        [[medications]]
        name = "zolpidem"
        start = 2027-01-01
        continuing = true
        dose = "5 mg"
        times = ["13:00"]
        """
    ).medications[0]
    plan = replace(plan, medications=(*plan.medications, zolpidem))
    s = suggest_stagger(plan, KB)
    assert s is not None
    assert s.current.not_modelled == ("zolpidem",)
    assert {m.name for m in s.meds} == {"gabapentin", "baclofen"}
    for m in s.meds:
        for t in m.suggested:
            assert apart(t, time(13, 0)) >= 120
    new = apply_suggestion(plan, s)
    assert new.medications[2] == zolpidem


def test_titration_steps_with_the_same_times_move_together(plan_from: PlanFactory) -> None:
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
          from = 2027-01-07
          times = [{ at = "08:00", dose = "300 mg" }, { at = "14:00", dose = "300 mg" },
                   { at = "20:00", dose = "600 mg" }]

        [[medications]]
        name = "baclofen"
        start = 2027-01-04
          [[medications.steps]]
          from = 2027-01-04
          dose = "5 mg"
          times = ["08:00", "14:00", "20:00"]
          [[medications.steps]]
          from = 2027-01-07
          dose = "10 mg"
          times = ["08:00", "14:00", "20:00"]
        """,
        person="crcl_ml_min = 90",
    )
    pattern = find_pattern(plan, KB)
    assert pattern is not None and pattern.day == date(2027, 1, 7)  # where titration arrives
    s = suggest_stagger(plan, KB)
    assert s is not None and s.day == date(2027, 1, 7)
    new = apply_suggestion(plan, s)
    gaba_old, gaba_new = plan.medications[0], new.medications[0]
    mapping = dict(zip(s.meds[0].current, s.meds[0].suggested, strict=True))
    for old_step, new_step in zip(gaba_old.steps, gaba_new.steps, strict=True):
        assert new_step.start == old_step.start
        moved = {mapping[t.at]: t.dose for t in old_step.times}
        assert {t.at: t.dose for t in new_step.times} == moved  # each dose keeps its amount
    assert serious(run_checks(new, KB)) <= serious(run_checks(plan, KB))


def test_apply_returns_a_new_plan_and_never_changes_the_old_one(same_time: Plan) -> None:
    s = suggest_stagger(same_time, KB)
    assert s is not None
    before = replace(same_time)
    new = apply_suggestion(same_time, s)
    assert same_time == before
    assert new is not same_time and new != same_time
    assert new.person == same_time.person


def test_apply_refuses_a_plan_that_changed(same_time: Plan, plan_from: PlanFactory) -> None:
    s = suggest_stagger(same_time, KB)
    assert s is not None
    moved = pair(plan_from, gaba='["09:00", "15:00", "21:00"]')
    with pytest.raises(SuggestionMismatch, match="gabapentin"):
        apply_suggestion(moved, s)
    shorter = replace(same_time, medications=same_time.medications[:1])
    with pytest.raises(SuggestionMismatch):
        apply_suggestion(shorter, s)


@pytest.mark.parametrize(
    "extra",
    [
        # one sedating drug only
        "",
        # the same ingredient twice (duplicate therapy comes first)
        '[[medications]]\nname = "Neurontin"\nstart = 2027-01-01\ncontinuing = true\n'
        'dose = "300 mg"\ntimes = ["11:00"]',
    ],
)
def test_no_suggestion_without_two_different_sedatives(plan_from: PlanFactory, extra: str) -> None:
    plan = plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-01
        continuing = true
        dose = "300 mg"
        times = {TID}

        [[medications]]
        name = "baclofen"
        as_needed = true
        dose = "10 mg"

        {extra}
        """,
        person="crcl_ml_min = 90",
    )
    assert suggest_stagger(plan, KB) is None
    assert "stagger-suggestion" not in {f.code for f in run_checks(plan, KB)}


def test_weekday_steps_are_not_modelled(plan_from: PlanFactory) -> None:
    plan = plan_from(
        f"""
        [[medications]]
        name = "gabapentin"
        start = 2027-01-01
        continuing = true
        dose = "300 mg"
        times = {TID}
        [[medications]]
        name = "baclofen"
        start = 2027-01-01
        continuing = true
        dose = "10 mg"
        times = {TID}
        weekdays = ["mon", "thu"]
        """,
        person="crcl_ml_min = 90",
    )
    assert sedation_profile(plan, KB) is None
    assert suggest_stagger(plan, KB) is None


def test_a_day_can_be_asked_for(plan_from: PlanFactory, demo_plan: Plan) -> None:
    first = find_pattern(demo_plan, KB, date(2027, 1, 5))
    assert first is not None and first.day == date(2027, 1, 5)
    assert [len(r.doses) for r in first.regimens] == [2, 3]
    assert find_pattern(demo_plan, KB, date(2026, 12, 1)) is None


def test_results_are_cached_per_plan(same_time: Plan) -> None:
    assert suggest_stagger(same_time, KB) is suggest_stagger(same_time, KB)


def test_suggestion_is_typed(same_time: Plan) -> None:
    s = suggest_stagger(same_time, KB)
    assert isinstance(s, Suggestion)
    assert s.window_minutes == 120
    assert set(s.current_times()) == {"gabapentin", "baclofen"}


@pytest.mark.parametrize("person", ["", 'wake = "09:00"\nbedtime = "23:30"'])
def test_the_fast_search_finds_the_exhaustive_optimum(plan_from: PlanFactory, person: str) -> None:
    """Whole hours exhaustively, then a 15-minute descent, against every 15-minute
    combination scored every 5 minutes (the full branch and bound, about 0.5 s)."""
    plan = pair(plan_from, person=f"crcl_ml_min = 90\n{person}")
    s = suggest_stagger(plan, KB)
    assert s is not None
    pattern = find_pattern(plan, KB)
    assert pattern is not None
    full = _Search(plan, KB, pattern, 120, slot=15, sample=5)
    full.budget = 10**7
    best = full.exhaustive()
    assert best is not None
    optimum = best[0] * 0.01
    assert s.suggested_peak <= optimum + 0.03  # within 2% of the best of all
