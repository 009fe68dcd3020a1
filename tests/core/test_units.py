"""Dose amounts: parsing, formatting, arithmetic in mg."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medplanner.core.errors import UnitError
from medplanner.core.units import Amount, format_mg, total


@pytest.mark.parametrize(
    ("text", "value", "unit", "mg"),
    [
        ("300 mg", "300", "mg", "300"),
        ("2.5mg", "2.5", "mg", "2.5"),
        ("  10 MG ", "10", "mg", "10"),
        ("50 mcg", "50", "mcg", "0.050"),
        ("50 µg", "50", "mcg", "0.050"),  # micro sign
        ("50 μg", "50", "mcg", "0.050"),  # Greek mu
        ("0.3 g", "0.3", "g", "300"),
        (".5 mg", "0.5", "mg", "0.5"),
        ("0 mg", "0", "mg", "0"),
    ],
)
def test_parse(text: str, value: str, unit: str, mg: str) -> None:
    a = Amount.parse(text)
    assert a.value == Decimal(value) and a.unit == unit and a.mg == Decimal(mg)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "mg",
        "300",
        "3OO mg",
        "-5 mg",
        "5 tablets",
        "1e3 mg",
        "5 mg twice",
        "1,5 mg",
        "nan mg",
        "9999999999999 mg",
    ],
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(UnitError):
        Amount.parse(text)


def test_message_names_the_text_and_an_example() -> None:
    with pytest.raises(UnitError, match=r'"3OO mg" is not a dose like "300 mg"'):
        Amount.parse("3OO mg")
    with pytest.raises(UnitError, match=r'unknown unit "tablets" \(use mg, mcg or g\)'):
        Amount.parse("5 tablets")


def test_arithmetic_and_comparison_in_mg() -> None:
    assert Amount.parse("0.3 g") == Amount.parse("300 mg")
    assert Amount.parse("300 mg") + Amount.parse("0.3 g") == Amount.parse("600 mg")
    assert str(Amount.parse("600 mg") - Amount.parse("300000 mcg")) == "300 mg"
    assert str(3 * Amount.parse("300 mg")) == "900 mg"
    assert Amount.parse("150 mg") / Amount.parse("300 mg") == Decimal("0.5")
    assert Amount.parse("5 mg") < Amount.parse("0.01 g")
    assert str(total([Amount.parse("5 mg")] * 3)) == "15 mg"
    assert str(Amount.parse("1000 mg") + Amount.parse("0 mg")) == "1000 mg"
    assert format_mg(Decimal("1800.0")) == "1800 mg"
    assert len({Amount.parse("0.3 g"), Amount.parse("300 mg")}) == 1


@given(st.decimals(min_value=0, max_value=10**6, places=3), st.sampled_from(["mg", "mcg", "g"]))
def test_str_parses_back(value: Decimal, unit: str) -> None:
    a = Amount(value, unit)
    b = Amount.parse(str(a))
    assert b == a and b.same_as_written(Amount(b.value, unit))
