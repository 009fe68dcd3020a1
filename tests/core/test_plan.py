"""Plan files: contract §1 — validation with key paths and lines, lossless round trip."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medplanner.core.errors import PlanError
from medplanner.core.model import DoseTime, Medication, Person, Plan, Step
from medplanner.core.plan import dumps, loads, loads_bytes
from medplanner.core.units import Amount

HEAD = 'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "Europe/Berlin"\n'


def problems(text: str) -> list[str]:
    with pytest.raises(PlanError) as info:
        loads(text)
    return [str(p) for p in info.value.problems]


def test_contract_example_loads_with_every_form() -> None:
    plan = loads(
        HEAD
        + """crcl_ml_min = 85
[[medications]]
name = "gabapentin"
strength = "300 mg"
form = "capsule"
start = 2027-01-04
stop = 2027-04-01
  [[medications.steps]]
  from = 2027-01-04
  dose = "300 mg"
  times = ["21:00"]
  [[medications.steps]]
  from = 2027-01-05
  times = [ { at = "08:00", dose = "300 mg" },
            { at = "21:00", dose = "600 mg" } ]
[[medications]]
name = "baclofen"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  dose = "5 mg"
  times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "oxycodone"
as_needed = true
dose = "5 mg"
max_per_day = 4
min_interval_hours = 4
"""
    )
    gaba, bac, oxy = plan.medications
    assert plan.person.crcl_ml_min == Decimal(85)
    assert gaba.steps[1].times == (
        DoseTime(time(8), Amount.parse("300 mg")),
        DoseTime(time(21), Amount.parse("600 mg")),
    )
    assert gaba.stop == date(2027, 4, 1) and gaba.form == "capsule"
    assert [t.at for t in bac.steps[0].times] == [time(8), time(14), time(20)]
    assert oxy.as_needed and oxy.max_per_day == 4 and oxy.min_interval_hours == Decimal(4)


def test_one_step_medication_at_top_level() -> None:
    plan = loads(
        HEAD + '[[medications]]\nname = "b"\nstart = 2027-01-01\ndose = "5 mg"\n'
        'times = ["08:00"]\nweekdays = ["mon", "thu"]\n'
    )
    (step,) = plan.medications[0].steps
    assert step.start == date(2027, 1, 1) and step.weekdays == (0, 3)


def test_default_timezone_is_used_when_missing() -> None:
    plan = loads(
        'format = "medplanner-plan/1"\n[person]\nname = "A"\n', default_timezone="Asia/Tokyo"
    )
    assert plan.person.timezone == "Asia/Tokyo"


def test_contract_message_for_a_bad_dose_names_key_and_line() -> None:
    text = HEAD + (
        '[[medications]]\nname = "a"\nstart = 2027-01-01\ndose = "1 mg"\ntimes = ["08:00"]\n'
        '[[medications]]\nname = "b"\nstart = 2027-01-01\ndose = "1 mg"\ntimes = ["08:00"]\n'
        '[[medications]]\nname = "c"\nstart = 2027-01-01\n'
        '  [[medications.steps]]\n  from = 2027-01-01\n  dose = "1 mg"\n  times = ["08:00"]\n'
        '  [[medications.steps]]\n  from = 2027-01-02\n  dose = "3OO mg"\n  times = ["08:00"]\n'
    )
    (msg,) = problems(text)
    assert msg == 'line 24: medications[2].steps[1].dose: "3OO mg" is not a dose like "300 mg"'


def test_bad_time_in_a_multiline_array_names_its_element_line() -> None:
    text = HEAD + (
        '[[medications]]\nname = "a"\nstart = 2027-01-01\n'
        '[[medications]]\nname = "b"\nstart = 2027-01-01\n'
        '  [[medications.steps]]\n  dose = "5 mg"\n  times = ["08:00",\n'
        '     "14:00",\n     "25:00"]\n'
    )
    msgs = problems(text)
    # Lines 1-4 are the header; "25:00" is on line 15, inside a multi-line array.
    assert msgs[-1].startswith('line 15: medications[1].steps[0].times[2]: "25:00" is not a time')
    # A missing key points at its table's header line.
    assert any(m.startswith("line 5: medications[0].times: is missing") for m in msgs)


def test_every_problem_is_reported_not_just_the_first() -> None:
    msgs = problems(
        'format = "medplanner-plan/1"\n[person]\nname = "A"\ntimezone = "Nowhere/City"\n'
        'wake = "7am"\ncolour = 1\n[[medications]]\nname = "x"\nstart = 2027-01-02\n'
        'stop = 2027-01-01\ndose = "-5 mg"\ntimes = ["08:00"]\n'
    )
    text = "\n".join(msgs)
    for needle in (
        "person.timezone",
        "person.wake",
        'unknown key "colour"',
        "medications[0].stop",
        "medications[0].dose",
    ):
        assert needle in text, (needle, text)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-05\n  [[medications.steps]]\n'
            '  from = 2027-01-04\n  dose = "5 mg"\n  times = ["08:00"]\n',
            "medications[0].steps[0].from: 2027-01-04 is before the medication's start",
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\n  [[medications.steps]]\n'
            '  from = 2027-01-05\n  dose = "5 mg"\n  times = ["08:00"]\n  [[medications.steps]]\n'
            '  from = 2027-01-03\n  dose = "5 mg"\n  times = ["08:00"]\n',
            "medications[0].steps[1].from: 2027-01-03 overlaps or comes before",
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\n  [[medications.steps]]\n'
            '  from = 2027-01-01\n  dose = "5 mg"\n  times = ["08:00"]\n  [[medications.steps]]\n'
            '  from = 2027-01-01\n  dose = "5 mg"\n  times = ["08:00"]\n',
            "medications[0].steps[1].from: 2027-01-01 overlaps",
        ),
        (
            '[[medications]]\nname = "a"\nas_needed = true\ndose = "5 mg"\ntimes = ["08:00"]\n',
            "medications[0].times: an as-needed medication is never scheduled",
        ),
        ('[[medications]]\nname = "a"\nas_needed = true\n', "medications[0].dose: is missing"),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\ndose = "5 mg"\ntimes = ["08:00"]\n'
            'weekdays = ["mon"]\nevery_n_days = 2\n',
            "use weekdays or every_n_days, not both",
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\ndose = "5 mg"\ntimes = ["08:00"]\n'
            'weekdays = ["funday"]\n',
            'medications[0].weekdays[0]: "funday" is not a day',
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\ndose = 5\ntimes = ["08:00"]\n',
            'medications[0].dose: should be a dose in quotes like "300 mg"',
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\ntimes = ["08:00"]\n',
            "medications[0].times[0]: has no dose",
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\ndose = "5 mg"\ntimes = []\n',
            "medications[0].times: should list one or more times",
        ),
        (
            '[[medications]]\nname = "a"\nstart = 2027-01-01\ndose = "5 mg"\ntimes = ["08:00"]\n'
            "max_per_day = 3\n",
            "max_per_day: is only for as-needed medications",
        ),
    ],
)
def test_structural_problems(body: str, needle: str) -> None:
    text = "\n".join(problems(HEAD + body))
    assert needle in text, text


def test_cockcroft_gault_inputs_must_come_together() -> None:
    text = "\n".join(problems(HEAD + "age_years = 71\nweight_kg = 64\n"))
    assert "missing: sex, serum_creatinine_mg_dl" in text


def test_bom_and_crlf_are_fine_but_binary_is_not() -> None:
    raw = ("\ufeff" + HEAD.replace("\n", "\r\n")).encode("utf-8")
    assert loads_bytes(raw).person.name == "A"
    with pytest.raises(PlanError, match="not a text file"):
        loads_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")


# ---------------------------------------------------------------- round trip


def test_demo_round_trips(demo_plan: Plan) -> None:
    assert loads(dumps(demo_plan)) == demo_plan


_amounts = st.builds(
    Amount,
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal(5000), places=3),
    st.sampled_from(["mg", "mcg", "g"]),
)
_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    meds = []
    for i in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            meds.append(
                Medication(
                    name=f"prn{i}",
                    as_needed=True,
                    dose=draw(_amounts),
                    max_per_day=draw(st.none() | st.integers(1, 12)),
                    min_interval_hours=draw(
                        st.none() | st.sampled_from([Decimal(4), Decimal("1.5")])
                    ),
                )
            )
            continue
        start = draw(st.dates(date(2020, 1, 1), date(2030, 1, 1)))
        offsets = sorted(set(draw(st.lists(st.integers(1, 60), max_size=3))))
        steps = []
        for k, off in enumerate([0, *offsets]):
            ts = sorted(draw(st.lists(_times, min_size=1, max_size=4, unique=True)))
            weekdays = draw(
                st.none()
                | st.lists(st.integers(0, 6), min_size=1, unique=True).map(
                    lambda xs: tuple(sorted(xs))
                )
            )
            every = None if weekdays is not None else draw(st.none() | st.integers(1, 5))
            steps.append(
                Step(
                    start=start if k == 0 else date.fromordinal(start.toordinal() + off),
                    times=tuple(DoseTime(t, draw(_amounts)) for t in ts),
                    weekdays=weekdays,
                    every_n_days=every,
                )
            )
        meds.append(
            Medication(
                name=f"drug{i}",
                start=start,
                steps=tuple(steps),
                strength=draw(st.none() | _amounts),
                form=draw(st.none() | st.sampled_from(["capsule", "tablet", "scored-tablet"])),
                continuing=draw(st.booleans()),
            )
        )
    person = Person(
        name=draw(
            st.text(
                st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                min_size=1,
                max_size=20,
            ).filter(lambda s: s.strip() == s and s)
        ),
        timezone=draw(
            st.sampled_from(["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"])
        ),
        wake=draw(st.none() | _times),
        crcl_ml_min=draw(st.none() | st.sampled_from([Decimal(25), Decimal("92.5")])),
    )
    return Plan(person=person, medications=tuple(meds))


@settings(max_examples=150, deadline=None)
@given(plans())
def test_round_trip_is_lossless(plan: Plan) -> None:
    text = dumps(plan)
    again = loads(text)
    assert again == plan
    assert dumps(again) == text
