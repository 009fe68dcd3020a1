"""Knowledge base v2 (issue 17): the pair matrix, products, the drugs' label limits, kidneys.

Each test takes its numbers from the label or the FDA communication it names, so that a
reader can check the test against the source, not against the code.
"""

from __future__ import annotations

from datetime import date

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.checks.kidneys import check_kidney_data_age
from medplanner.core.errors import PlanError
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.model import Finding
from medplanner.core.plan import dumps, loads
from tests.conftest import PlanFactory

KB = load_knowledge_base()


def med(name: str, dose: str, times: str = '["08:00"]', extra: str = "") -> str:
    return f"""
[[medications]]
name = "{name}"
start = 2027-01-04
dose = "{dose}"
times = {times}
{extra}
"""


def prn(name: str, dose: str, per_day: int = 4) -> str:
    return f"""
[[medications]]
name = "{name}"
as_needed = true
dose = "{dose}"
max_per_day = {per_day}
"""


def codes(findings: list[Finding], *wanted: str) -> list[Finding]:
    return [f for f in findings if f.code in wanted]


def check(plan_from: PlanFactory, body: str, person: str = "crcl_ml_min = 90") -> list[Finding]:
    return run_checks(plan_from(body, person=person))


# --------------------------------------------------------------------------- pair matrix


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        # FDA 2016 boxed warning: opioid + benzodiazepine or another CNS depressant
        ("oxycodone", "alprazolam", "cns-depressant-combination"),
        ("oxycodone", "zolpidem", "cns-depressant-combination"),
        ("hydrocodone", "cyclobenzaprine", "cns-depressant-combination"),
        ("morphine", "tizanidine", "cns-depressant-combination"),
        ("tramadol", "baclofen", "cns-depressant-combination"),
        ("codeine", "promethazine", "cns-depressant-combination"),
        # FDA 2019: gabapentinoid with an opioid or a benzodiazepine
        ("gabapentin", "oxycodone", "cns-depressant-combination"),
        ("pregabalin", "lorazepam", "cns-depressant-combination"),
        ("baclofen", "diazepam", "cns-depressant-combination"),
        # two of one class
        ("oxycodone", "morphine", "duplicate-therapy"),
        ("gabapentin", "pregabalin", "duplicate-therapy"),
        ("alprazolam", "clonazepam", "duplicate-therapy"),
        # Zanaflex label §4: contraindicated with strong CYP1A2 inhibitors
        ("tizanidine", "ciprofloxacin", "interaction-contraindicated"),
        ("tizanidine", "fluvoxamine", "interaction-contraindicated"),
    ],
)
def test_pair_rules(plan_from: PlanFactory, first: str, second: str, code: str) -> None:
    body = prn(first, "1 mg", 1) + prn(second, "1 mg", 1)
    (f,) = codes(check(plan_from, body), code)
    severity = {"duplicate-therapy": "warning"}.get(code, "danger")
    assert f.severity == severity and {f.medication, f.other} == {first, second}
    assert "Ask your prescriber or pharmacist" in f.message


def test_gabapentin_with_oxycodone_cites_the_gabapentinoid_communication(
    plan_from: PlanFactory,
) -> None:
    (f,) = codes(
        check(plan_from, med("gabapentin", "300 mg") + prn("oxycodone", "5 mg")),
        "cns-depressant-combination",
    )
    assert "19 Dec 2019" in f.source and "gabapentinoids" in f.source
    assert "Ozobax" not in f.source and "baclofen" not in f.source.casefold()


def test_opioid_with_muscle_relaxant_cites_the_2016_boxed_warning(plan_from: PlanFactory) -> None:
    (f,) = codes(
        check(plan_from, med("cyclobenzaprine", "5 mg") + prn("oxycodone", "5 mg")),
        "cns-depressant-combination",
    )
    assert "31 Aug 2016" in f.source and "2019" not in f.source


def test_the_seed_pair_stays_a_stagger_warning(plan_from: PlanFactory) -> None:
    body = med("gabapentin", "300 mg", '["21:00"]') + med("baclofen", "5 mg", '["20:00"]')
    found = check(plan_from, body)
    assert not codes(found, "cns-depressant-combination", "duplicate-therapy")
    (f,) = codes(found, "sedatives-same-time")
    assert f.severity == "warning" and "general advice" in f.message


# --------------------------------------------------------------------------- products


def _danger_pairs(found: list[Finding]) -> set[tuple[str, str]]:
    return {
        (f.code, " ".join(sorted((f.medication, f.other or ""))))
        for f in found
        if f.code == "cns-depressant-combination"
    }


def test_percocet_triggers_what_its_ingredients_do(plan_from: PlanFactory) -> None:
    """Percocet 5/325 + gabapentin = oxycodone 5 mg + acetaminophen 325 mg + gabapentin."""
    combo = check(plan_from, med("gabapentin", "300 mg") + prn("Percocet", "1 tablet"))
    apart = check(
        plan_from,
        med("gabapentin", "300 mg") + prn("oxycodone", "5 mg") + prn("acetaminophen", "325 mg"),
    )
    (c,) = codes(combo, "cns-depressant-combination")
    (a,) = codes(apart, "cns-depressant-combination")
    assert (c.code, c.severity, c.source, c.other) == (a.code, a.severity, a.source, a.other)
    assert c.medication == "Percocet" and "Percocet (oxycodone)" in c.message
    assert _danger_pairs(combo) == {("cns-depressant-combination", "Percocet gabapentin")}


def test_acetaminophen_maximum_counts_every_product(plan_from: PlanFactory) -> None:
    """4 g a day from all sources: Norco 10/325 × 6 (1950 mg) + Tylenol 500 mg × 5 (2500 mg)."""
    body = prn("Norco 10/325", "1 tablet", 6) + prn("Tylenol", "500 mg", 5)
    (f,) = codes(check(plan_from, body), "daily-dose-above-max")
    assert f.severity == "danger" and "4450 mg" in f.message and "4000 mg" in f.message
    assert "acetaminophen" in f.message.casefold()
    # one product alone within the limit: nothing
    assert not codes(check(plan_from, prn("Norco", "2 tablets", 6)), "daily-dose-above-max")


def test_a_mass_dose_means_the_opioid_and_check_says_so(plan_from: PlanFactory) -> None:
    """Tylenol with Codeine #3 = 300 mg acetaminophen + 30 mg codeine: "60 mg" is 2 tablets."""
    found = check(plan_from, med("Tylenol with Codeine #3", "60 mg", '["08:00", "20:00"]'))
    (f,) = codes(found, "combination-product")
    assert f.severity == "info"
    assert "60 mg of codeine (the opioid ingredient)" in f.message
    assert "600 mg acetaminophen and 60 mg codeine" in f.message


def test_units_read_at_the_plan_strength(plan_from: PlanFactory) -> None:
    plan = plan_from(med("Percocet", "2 tablets", extra='strength = "7.5 mg"'))
    dose = plan.medications[0].steps[0].times[0].dose
    assert dose.mg == 15 and str(dose) == "2 tablets"
    assert loads(dumps(plan)) == plan  # "2 tablets" round-trips


def test_units_without_a_known_strength_are_invalid(plan_from: PlanFactory) -> None:
    with pytest.raises(PlanError, match="did you mean Norco"):
        plan_from(med("Norko", "1 tablet"))
    with pytest.raises(PlanError, match="strength"):
        plan_from(med("metformin", "1 tablet"))


def test_a_near_miss_name_suggests_the_product(plan_from: PlanFactory) -> None:
    (f,) = codes(check(plan_from, med("Percoset", "5 mg")), "unknown-medication")
    assert f.severity == "info" and "Did you mean Percocet?" in f.message


def test_gralise_keeps_its_own_label_rules(plan_from: PlanFactory) -> None:
    """Gralise §2.1: 300, 600, 900 ... 1800 mg once daily with the evening meal."""
    steps = "".join(
        f'\n  [[medications.steps]]\n  from = 2027-01-{d:02d}\n  dose = "{mg} mg"\n'
        '  times = ["18:30"]\n'
        for d, mg in ((4, 300), (5, 600), (6, 900), (10, 1200), (14, 1500), (18, 1800))
    )
    body = f'[[medications]]\nname = "Gralise"\nstart = 2027-01-04\n{steps}'
    found = check(plan_from, body)
    assert not [f for f in found if f.severity != "info"], found
    assert not codes(found, "product-timing", "dose-above-max-single")


def test_gralise_in_the_morning_is_product_timing(plan_from: PlanFactory) -> None:
    (f,) = codes(check(plan_from, med("Gralise", "600 mg")), "product-timing")
    assert f.severity == "info" and "evening meal" in f.message and "Gralise label" in f.source


def test_gralise_counts_as_gabapentin(plan_from: PlanFactory) -> None:
    found = check(plan_from, med("Gralise", "600 mg", '["18:00"]') + prn("oxycodone", "5 mg"))
    assert codes(found, "cns-depressant-combination")
    found = check(plan_from, med("Gralise", "600 mg", '["18:00"]') + med("gabapentin", "300 mg"))
    assert codes(found, "duplicate-therapy")


def test_lyrica_cr_with_pregabalin_is_one_ingredient(plan_from: PlanFactory) -> None:
    body = med("Lyrica CR", "165 mg", '["19:00"]') + med("pregabalin", "75 mg")
    (f,) = codes(check(plan_from, body), "duplicate-therapy")
    assert "same medicine (pregabalin)" in f.message


# --------------------------------------------------------------------------- titration


def _baclofen(*steps: tuple[str, str, str]) -> str:
    body = '[[medications]]\nname = "baclofen"\nstart = 2027-01-04\n'
    for start, dose, times in steps:
        body += f'  [[medications.steps]]\n  from = {start}\n  dose = "{dose}"\n  times = {times}\n'
    return body


TID = '["08:00", "14:00", "20:00"]'
QID = '["07:00", "11:00", "15:00", "19:00"]'


def test_baclofen_label_path_to_80_mg_raises_no_step_warning(plan_from: PlanFactory) -> None:
    """Baclofen tablets, Dosage and Administration: 5, 10, 15, 20 mg three times daily, 3 days each; 20 mg × 4."""
    body = _baclofen(
        ("2027-01-04", "5 mg", TID),
        ("2027-01-07", "10 mg", TID),
        ("2027-01-10", "15 mg", TID),
        ("2027-01-13", "20 mg", TID),
        ("2027-01-16", "20 mg", QID),
    )
    found = check(plan_from, body)
    assert not codes(
        found, "titration-step-too-large", "titration-step-too-soon", "daily-dose-above-max"
    )


def test_baclofen_off_the_path_is_still_too_large(plan_from: PlanFactory) -> None:
    body = _baclofen(("2027-01-04", "5 mg", TID), ("2027-01-07", "10 mg", QID))
    (f,) = codes(check(plan_from, body), "titration-step-too-large")
    assert "15 mg to 40 mg" in f.message


# --------------------------------------------------------------------------- drug limits


def test_pregabalin_label_limits(plan_from: PlanFactory) -> None:
    """Lyrica §2: start 150 mg/day, at most 600 mg/day."""
    found = check(plan_from, med("pregabalin", "350 mg", '["08:00", "20:00"]'))
    assert codes(found, "daily-dose-above-max") and codes(found, "start-dose-above-recommended")
    ok = med("pregabalin", "75 mg", '["08:00", "20:00"]')
    assert not [f for f in check(plan_from, ok) if f.severity != "info"]


def test_tizanidine_daily_maximum_36_mg(plan_from: PlanFactory) -> None:
    body = med("tizanidine", "14 mg", TID, extra="continuing = true")
    (f,) = codes(check(plan_from, body), "daily-dose-above-max")
    assert "42 mg" in f.message and "36 mg" in f.message and "§2.1" in f.source


def test_tizanidine_stop_needs_a_taper(plan_from: PlanFactory) -> None:
    body = med("tizanidine", "4 mg", TID, extra="continuing = true\nstop = 2027-02-01")
    assert codes(check(plan_from, body), "abrupt-stop")


def test_a_short_opioid_course_is_not_an_abrupt_stop(plan_from: PlanFactory) -> None:
    short = med("oxycodone", "5 mg", TID, extra="stop = 2027-01-08")
    assert not codes(check(plan_from, short), "abrupt-stop")
    long = med("oxycodone", "5 mg", TID, extra="stop = 2027-02-08")
    (f,) = codes(check(plan_from, long), "abrupt-stop")
    assert "9 Apr 2019" in f.source


# --------------------------------------------------------------------------- kidneys


def renal(found: list[Finding]) -> list[Finding]:
    return codes(found, "renal-dose-above-range", "renal-caution", "renal-function-unknown")


@pytest.mark.parametrize(("crcl", "ok", "over"), [("7.5", 150, 200), ("0", None, 100)])
def test_gabapentin_below_15_scales(
    plan_from: PlanFactory, crcl: str, ok: int | None, over: int
) -> None:
    """Neurontin Table 1 footnote: 7.5 mL/min gets half the 15 mL/min dose (≤ 150 mg)."""
    if ok is not None:
        assert not renal(check(plan_from, med("gabapentin", f"{ok} mg"), f"crcl_ml_min = {crcl}"))
    (f,) = renal(check(plan_from, med("gabapentin", f"{over} mg"), f"crcl_ml_min = {crcl}"))
    assert f.code == "renal-dose-above-range" and f.message.count("mL/min is") == 1


def test_crcl_30_shows_one_band(plan_from: PlanFactory) -> None:
    (f,) = renal(check(plan_from, med("gabapentin", "800 mg"), "crcl_ml_min = 30"))
    assert "200 mg to 700 mg" in f.message and "1400" not in f.message
    assert f.message.count("label's range") == 1


def test_dialysis_gives_the_supplement_advice(plan_from: PlanFactory) -> None:
    found = check(plan_from, med("gabapentin", "100 mg"), "crcl_ml_min = 10\ndialysis = true")
    (f,) = codes(found, "renal-caution")
    assert "after each 4 hours of haemodialysis" in f.message and "Table 1" in f.source


def test_dialysis_without_clearance_is_known_kidney_data(plan_from: PlanFactory) -> None:
    found = check(plan_from, med("gabapentin", "100 mg"), "dialysis = true")
    assert not codes(found, "renal-function-unknown") and codes(found, "renal-caution")


def test_gralise_not_for_dialysis(plan_from: PlanFactory) -> None:
    found = check(plan_from, med("Gralise", "600 mg", '["18:00"]'), "dialysis = true")
    (f,) = codes(found, "renal-dose-above-range")
    assert "should not be used" in f.source


@pytest.mark.parametrize(
    ("crcl", "code"),
    [("70", "renal-caution"), ("80", "renal-caution"), ("40", "renal-dose-above-range")],
)
def test_baclofen_mild_is_info_moderate_is_warning(
    plan_from: PlanFactory, crcl: str, code: str
) -> None:
    """Vlavonou 2014: mild impairment (50–80) caution; a half less at 30–50 mL/min."""
    body = med("baclofen", "20 mg", TID, extra="continuing = true")
    (f,) = renal(check(plan_from, body, f"crcl_ml_min = {crcl}"))
    assert f.code == code


@pytest.mark.parametrize(
    ("person", "today", "stale"),
    [
        ("crcl_ml_min = 90\nkidney_measured = 2026-01-04", date(2027, 1, 4), False),
        ("crcl_ml_min = 90\nkidney_measured = 2026-01-04", date(2027, 1, 5), True),
        ("crcl_ml_min = 50\nkidney_measured = 2026-07-04", date(2027, 1, 5), True),
        ("crcl_ml_min = 90\nkidney_measured = 2026-08-04", date(2027, 1, 5), False),
        ("crcl_ml_min = 90", date(2030, 1, 5), False),
    ],
)
def test_kidney_data_stale(plan_from: PlanFactory, person: str, today: date, stale: bool) -> None:
    plan = plan_from(med("gabapentin", "300 mg"), person=person)
    found = check_kidney_data_age(plan, KB, today)
    assert bool(found) == stale
    if stale:
        assert found[0].code == "kidney-data-stale" and found[0].severity == "warning"


def test_kidney_data_stale_from_age_65(plan_from: PlanFactory) -> None:
    person = (
        'age_years = 70\nweight_kg = 70\nsex = "male"\nserum_creatinine_mg_dl = 0.8\n'
        "kidney_measured = 2026-06-01\nnext_review = 2027-03-01"
    )
    (f,) = check_kidney_data_age(plan_from(med("gabapentin", "300 mg"), person=person), KB,
                                 date(2027, 1, 5))  # fmt: skip
    assert "6 months" in f.message and "1 Mar 2027" in f.message


def test_kidney_dates_and_dialysis_round_trip(plan_from: PlanFactory) -> None:
    plan = plan_from(
        med("gabapentin", "100 mg"),
        person="crcl_ml_min = 0\ndialysis = true\nkidney_measured = 2027-01-02\n"
        "next_review = 2027-03-01",
    )
    p = plan.person
    assert p.dialysis and p.kidney_measured == date(2027, 1, 2) and p.crcl_ml_min == 0
    assert loads(dumps(plan)) == plan
    with pytest.raises(PlanError, match="dialysis"):
        plan_from(med("gabapentin", "100 mg"), person='dialysis = "yes"')
    with pytest.raises(PlanError, match="kidney_measured"):
        plan_from(med("gabapentin", "100 mg"), person='kidney_measured = "soon"')


def test_a_derived_limit_says_so_in_the_finding(plan_from: PlanFactory) -> None:
    """Neurontin's 900 mg/day start ceiling is derived from §2.2 (epilepsy), not quoted."""
    (f,) = codes(
        check(plan_from, med("gabapentin", "600 mg", '["08:00", "20:00"]')),
        "start-dose-above-recommended",
    )
    assert "derived from the label (a MedPlanner rule)" in f.message
    assert "a MedPlanner rule" in f.source and "The label starts" not in f.message
    # a quoted limit stays the label's
    body = med("baclofen", "10 mg", TID)
    (g,) = codes(check(plan_from, body), "start-dose-above-recommended")
    assert "The label starts at no more than 15 mg" in g.message


def test_a_combinations_typing_mistake_is_told_once(plan_from: PlanFactory) -> None:
    found = check(plan_from, med("Percocet", "0 mg") + med("Norco", "5 mg", '["08:00", "08:00"]'))
    assert len(codes(found, "invalid-dose")) == 1
    assert len([f for f in codes(found, "doubled-dose") if f.other is None]) == 1


def test_each_ingredient_gets_its_own_single_dose_limit(plan_from: PlanFactory) -> None:
    """4 Percocet 5/325 at once: 20 mg oxycodone, 1300 mg acetaminophen (> 1000 mg a dose)."""
    (f,) = codes(check(plan_from, med("Percocet", "4 tablets")), "dose-above-max-single")
    assert f.medication == "Percocet" and "Percocet (acetaminophen) has 1300 mg" in f.message


def test_an_unknown_strength_of_a_combination_says_so(plan_from: PlanFactory) -> None:
    found = check(plan_from, med("Percocet", "5 mg", extra='strength = "6 mg"'))
    (f,) = codes(found, "combination-product")
    assert "strength (6 mg) is not the oxycodone in one tablet" in f.message
