"""A :class:`Record` declared like a frozen dataclass (issue 20): fields and defaults from the
class body, a generic ``__init__`` that binds arguments as a dataclass's does, inheritance,
generics, and the same equality, hash, repr and ``replace`` as ``@dataclass(frozen=True)`` —
checked against a real frozen dataclass where hypothesis can drive both."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal
from typing import Any, ClassVar, Generic, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medplanner.core.errors import Problem
from medplanner.core.knowledge import Range, Sourced
from medplanner.core.model import Person
from medplanner.core.plankeys import KIDNEY_KEYS, PERSON_KEYS
from medplanner.core.record import FrozenInstanceError, Record, replace

T = TypeVar("T")


class Point(Record):
    """Two fields without a default, one with, and a class variable that is no field."""

    x: int
    y: int
    label: str = "p"
    kind: ClassVar[str] = "point"


class Point3(Point):
    z: int = 0


class Box(Record, Generic[T]):
    value: T
    note: str | None = None


@dataclasses.dataclass(frozen=True)
class PointDC:
    x: int
    y: int
    label: str = "p"


def test_fields_and_defaults_come_from_the_class_body() -> None:
    assert Point._fields == ("x", "y", "label")
    assert Point._field_defaults == {"label": "p"}
    assert Point.__match_args__ == ("x", "y", "label")
    p = Point(1, 2)
    assert (p.x, p.y, p.label, p.kind) == (1, 2, "p", "point")
    assert vars(p) == {"x": 1, "y": 2, "label": "p"}  # the ClassVar is not a field
    assert Point.label == "p"  # as a dataclass: the default stays readable on the class


def test_positional_and_keyword_arguments_bind_like_a_dataclass() -> None:
    assert Point(1, 2, "q") == Point(x=1, y=2, label="q") == Point(1, label="q", y=2)
    assert Point(y=2, x=1).label == "p"


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((1,), {}, "Point() missing required argument 'y'"),
        ((), {"y": 2}, "Point() missing required argument 'x'"),
        ((1, 2), {"colour": 3}, "Point() got an unexpected argument 'colour'"),
        ((1, 2), {"x": 3}, "Point() got multiple values for argument 'x'"),
        ((1, 2, "q", 4), {}, "Point() takes 3 positional arguments but 4 were given"),
    ],
)
def test_a_bad_call_names_the_class_and_the_argument(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError) as info:
        Point(*args, **kwargs)
    assert str(info.value) == message
    with pytest.raises(TypeError):  # a dataclass refuses the same call
        PointDC(*args, **kwargs)


def test_a_subclass_adds_its_fields_after_its_parents() -> None:
    assert Point3._fields == ("x", "y", "label", "z")
    assert Point3(1, 2).z == 0 and Point3(1, 2, "q", 5).z == 5
    assert Point3(1, 2) != Point(1, 2)  # another class is never equal
    assert repr(Point3(1, 2)) == "Point3(x=1, y=2, label='p', z=0)"


def test_a_subclass_may_redeclare_a_field_in_place_with_another_default() -> None:
    class Labelled(Point):
        label: str = "L"

    assert Labelled._fields == Point._fields
    assert Labelled(1, 2).label == "L" and Point(1, 2).label == "p"


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="'z' without a default follows 'label'"):

        class Bad(Point):
            z: int  # type: ignore[misc]  # mypy says so too


def test_a_mutable_default_is_refused() -> None:
    with pytest.raises(ValueError, match=r"Bad\.items: mutable default list"):

        class Bad(Record):
            items: list[int] = []  # noqa: RUF012


def test_explicit_fields_must_name_the_annotated_fields() -> None:
    with pytest.raises(TypeError, match=r"Bad._fields \('a',\) does not name exactly"):

        class Bad(Record):
            _fields = ("a",)
            a: int
            b: int


def test_person_keeps_its_fields_from_the_plan_keys() -> None:
    assert Person._fields == (*PERSON_KEYS, *KIDNEY_KEYS)
    assert Person("Robin", "UTC").dialysis is False  # its own typed __init__


def test_generic_records() -> None:
    box: Box[int] = Box[int](3)
    assert box == Box(3) and box.value == 3 and box.note is None
    assert hash(box) == hash(Box(3, None))
    assert Sourced(120, "rule") == Sourced(120, "rule") != Sourced(121, "rule")
    assert Sourced._fields == ("value", "source")


def test_frozen() -> None:
    p = Point(1, 2)
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'x'"):
        p.x = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del p.y
    with pytest.raises(FrozenInstanceError):
        p.new = 1
    assert p == Point(1, 2)


def test_a_record_is_not_a_tuple() -> None:
    r = Range(Decimal(1), Decimal(2), "src")
    assert not isinstance(r, tuple)
    assert r != (Decimal(1), Decimal(2), "src", None)
    with pytest.raises(TypeError):
        iter(r)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        r < r  # type: ignore[operator]  # noqa: B015
    assert str(Problem("a.b", "bad", 3)) == "line 3: a.b: bad"


def test_match_by_position() -> None:
    match Point(1, 2):
        case Point(1, y):
            assert y == 2
        case _:  # pragma: no cover
            pytest.fail("no match")


def test_replace_and_copies() -> None:
    p = Point3(1, 2, z=3)
    assert replace(p, y=5) == Point3(1, 5, "p", 3)
    assert p.__replace__() == p and p.__replace__() is not p
    with pytest.raises(TypeError, match="Point3 has no field 'w'"):
        replace(p, w=1)
    assert copy.copy(p) == p and copy.deepcopy(p) == p


_values = st.integers() | st.text(max_size=5) | st.none() | st.decimals(allow_nan=False)


@given(x=_values, y=_values, label=st.none() | st.text(max_size=5))
def test_same_as_a_frozen_dataclass(x: Any, y: Any, label: Any) -> None:
    args = (x, y) if label is None else (x, y, label)
    rec, dc = Point(*args), PointDC(*args)
    assert repr(rec) == repr(dc).replace("PointDC", "Point")
    assert vars(rec) == dataclasses.asdict(dc)
    assert (rec == Point(*args)) == (dc == PointDC(*args))
    assert hash(rec) == hash(Point(*args)) and hash(rec) == hash(dc)
    assert vars(replace(rec, y=label)) == dataclasses.asdict(dataclasses.replace(dc, y=label))


@given(
    st.lists(st.sampled_from(["x", "y", "label", "other"]), max_size=4),
    st.integers(min_value=0, max_value=4),
)
def test_binds_and_refuses_what_a_dataclass_does(names: list[str], npos: int) -> None:
    """Any mix of positional and keyword arguments: the record accepts exactly the calls
    the dataclass accepts, with the same values."""
    args: tuple[Any, ...] = tuple(range(npos))
    kwargs: dict[str, Any] = {n: f"k{n}" for n in names}
    try:
        expected: dict[str, Any] | None = dataclasses.asdict(PointDC(*args, **kwargs))
    except TypeError:
        expected = None
    if expected is None:
        with pytest.raises(TypeError, match=r"^Point\(\) "):
            Point(*args, **kwargs)
    else:
        assert vars(Point(*args, **kwargs)) == expected
