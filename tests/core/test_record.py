"""The core's frozen records (:mod:`medplanner.core.record`) behave as the frozen dataclasses
they replaced: immutable, equal and hashed by value, a dataclass-like repr, and ``replace``."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date, time
from decimal import Decimal

import pytest

from medplanner.core.model import DoseTime, Finding, Medication, Person, Plan, Step
from medplanner.core.record import FrozenInstanceError, replace
from medplanner.core.units import Amount

DT = DoseTime(time(8), Amount(Decimal(300)))


def test_records_are_frozen() -> None:
    person = Person("Robin", "Europe/London")
    with pytest.raises(FrozenInstanceError):
        person.name = "Kim"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del person.timezone
    assert person.name == "Robin"


def test_equal_and_hashed_by_value_and_class() -> None:
    a = Step(date(2027, 1, 1), (DT,))
    b = Step(date(2027, 1, 1), (DoseTime(time(8), Amount(Decimal(300))),))
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Step(date(2027, 1, 2), (DT,))
    f = Finding("c", "info", "m", "msg", "src")
    assert f != ("c", "info", "m", "msg", "src", None, None, None)


def test_amount_written_is_not_compared() -> None:
    assert Amount(Decimal(1), "mg", "1 tablet") == Amount(Decimal(1), "mg")
    assert Amount(Decimal(1000), "mcg") == Amount(Decimal(1), "mg")


def test_repr_is_a_dataclass_repr() -> None:
    assert repr(DT) == (
        "DoseTime(at=datetime.time(8, 0), dose=Amount(value=Decimal('300'), unit='mg', "
        "written=None))"
    )


def test_replace_copies_with_changes() -> None:
    plan = Plan(Person("Robin", "UTC"), (Medication("gabapentin"),))
    other = replace(plan, person=replace(plan.person, name="Kim"))
    assert other.person.name == "Kim" and other.medications == plan.medications
    assert plan.person.name == "Robin"
    assert replace(plan) == plan and replace(plan) is not plan
    with pytest.raises(TypeError, match="no field 'nam'"):
        replace(plan.person, nam="x")
    if hasattr(copy, "replace"):  # Python 3.13
        assert copy.replace(plan, format="x").format == "x"  # type: ignore[attr-defined]


def test_replace_still_validates() -> None:
    step = Step(date(2027, 1, 1), (DT,))
    with pytest.raises(ValueError, match="every_n_days must be 1 or more, not 0"):
        replace(step, every_n_days=0)
    with pytest.raises(ValueError, match=r"weekdays must be 0 \(Monday\) to 6, not \(7,\)"):
        Step(date(2027, 1, 1), (DT,), weekdays=(7,))
    with pytest.raises(ValueError, match="max_per_day must be 1 or more, not 0"):
        Medication("x", max_per_day=0)
    with pytest.raises(ValueError, match="min_interval_hours must not be negative: -1"):
        Medication("x", min_interval_hours=Decimal(-1))


def test_replace_works_on_dataclasses_too() -> None:
    @dataclasses.dataclass(frozen=True)
    class Pair:
        a: int
        b: int

    assert replace(Pair(1, 2), b=3) == Pair(1, 3)


def test_cached_property_on_a_frozen_record() -> None:
    step = Step(date(2027, 1, 1), (DT, DoseTime(time(20), Amount(Decimal(300)))))
    assert step.daily_total() == Amount(Decimal(600))
    assert step.daily_total() is step.daily_total()
