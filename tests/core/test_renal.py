"""Creatinine clearance: given, or Cockcroft–Gault from age, weight, sex and creatinine."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medplanner.core.model import Person
from medplanner.core.renal import clearance, cockcroft_gault, creatinine_clearance


def person(**kw: object) -> Person:
    return Person(name="T", timezone="UTC", **kw)  # type: ignore[arg-type]


def D(x: str | int) -> Decimal:
    return Decimal(x)


def test_cockcroft_gault_man() -> None:
    # (140 − 80) × 60 / (72 × 2.0) = 25
    assert cockcroft_gault(D(80), D(60), "male", D("2.0")) == 25


def test_cockcroft_gault_woman_is_085_of_a_man() -> None:
    # (140 − 40) × 72 / (72 × 1.0) = 100, × 0.85 = 85
    assert cockcroft_gault(D(40), D(72), "female", D(1)) == 85


def test_clearance_prefers_the_given_value() -> None:
    p = person(
        crcl_ml_min=D(92),
        age_years=D(80),
        weight_kg=D(60),
        sex="male",
        serum_creatinine_mg_dl=D(2),
    )
    c = clearance(p)
    assert c is not None and c.ml_min == 92 and c.method == "given"


def test_clearance_from_cockcroft_gault() -> None:
    p = person(age_years=D(80), weight_kg=D(60), sex="male", serum_creatinine_mg_dl=D(2))
    c = clearance(p)
    assert c is not None and c.ml_min == 25 and c.method == "cockcroft-gault"
    assert creatinine_clearance(p) == 25


@pytest.mark.parametrize("missing", ["age_years", "weight_kg", "sex", "serum_creatinine_mg_dl"])
def test_no_clearance_without_every_input(missing: str) -> None:
    kw: dict[str, object] = {
        "age_years": D(80),
        "weight_kg": D(60),
        "sex": "male",
        "serum_creatinine_mg_dl": D(2),
    }
    del kw[missing]
    assert clearance(person(**kw)) is None
    assert creatinine_clearance(person()) is None


def test_impossible_inputs_give_no_estimate() -> None:
    assert cockcroft_gault(D(50), D(70), "male", D(0)) is None
    assert cockcroft_gault(D(50), D(0), "male", D(1)) is None
    assert cockcroft_gault(D(-1), D(70), "male", D(1)) is None
    assert cockcroft_gault(D(150), D(70), "male", D(1)) == 0


@given(
    age=st.decimals(0, 139, places=1),
    weight=st.decimals(1, 400, places=1),
    scr=st.decimals("0.05", 30, places=2),
    sex=st.sampled_from(["female", "male"]),
)
def test_estimate_is_positive_and_falls_with_creatinine(
    age: Decimal, weight: Decimal, scr: Decimal, sex: str
) -> None:
    crcl = cockcroft_gault(age, weight, sex, scr)  # type: ignore[arg-type]
    higher = cockcroft_gault(age, weight, sex, scr * 2)  # type: ignore[arg-type]
    assert crcl is not None and higher is not None
    assert crcl > 0 and higher < crcl
