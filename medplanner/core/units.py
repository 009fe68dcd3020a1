"""Dose amounts: parsing ("2.5 mg"), formatting and arithmetic.

Amounts are kept as exact decimals in their written unit so that a plan file
round-trips losslessly; comparisons and sums work in milligrams.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import total_ordering

from medplanner.core.errors import UnitError
from medplanner.core.i18n import _
from medplanner.core.record import Record

#: Milligrams per one of each unit. Keys are the canonical spellings.
MG_PER_UNIT: dict[str, Decimal] = {
    "mg": Decimal(1),
    "mcg": Decimal("0.001"),
    "g": Decimal(1000),
}

#: Other spellings people type, mapped to the canonical unit.
UNIT_ALIASES: dict[str, str] = {
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "mcg": "mcg",
    "µg": "mcg",  # micro sign U+00B5
    "μg": "mcg",  # Greek small letter mu U+03BC
    "ug": "mcg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "g": "g",
    "gram": "g",
    "grams": "g",
}

#: The units as a person writes them, for the messages (never translated).
_UNIT_NAMES = {"mg": "mg", "mcg": "mcg", "g": "g"}

_DOSE_RE = re.compile(r"^\s*(?P<num>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(?P<unit>[^\s0-9.]+)\s*$")
_MAX_DIGITS = 12


@total_ordering
class Amount(Record):
    """An amount of drug: an exact number and a canonical unit (mg, mcg, g)."""

    value: Decimal
    unit: str
    #: A dose written in units ("1 tablet"): kept for output and round trips; ``value`` and
    #: ``unit`` hold the mass it means (a combination product: its opioid or first ingredient).
    written: str | None

    def __init__(self, value: Decimal, unit: str = "mg", written: str | None = None) -> None:
        self.__dict__.update(value=value, unit=unit, written=written)
        self.__post_init__()

    def __post_init__(self) -> None:
        if self.unit not in MG_PER_UNIT:
            # Translators: {mg}, {mcg} and {g} are the units a dose is written in (kept).
            message = _('"{unit}" is not a unit (use {mg}, {mcg} or {g})')
            raise UnitError(message.format(unit=self.unit, **_UNIT_NAMES))

    @classmethod
    def parse(cls, text: str) -> Amount:
        """Parse ``"300 mg"``, ``"2.5mg"``, ``"50 µg"`` or ``"1 g"``.

        Raises :class:`UnitError` with a message naming what is wrong.
        """
        m = _DOSE_RE.match(text)
        if m is None:
            raise UnitError(_('"{text}" is not a dose like "300 mg"').format(text=text))
        unit = UNIT_ALIASES.get(m["unit"].lower())
        if unit is None:
            raise UnitError(
                # Translators: {mg}, {mcg} and {g} are the units a dose is written in (kept).
                _('"{text}" has an unknown unit "{unit}" (use {mg}, {mcg} or {g})').format(
                    text=text, unit=m["unit"], **_UNIT_NAMES
                )
            )
        if len(m["num"].replace(".", "")) > _MAX_DIGITS:
            raise UnitError(_('"{text}" has too many digits to be a dose').format(text=text))
        try:
            value = Decimal(m["num"])
        except InvalidOperation:  # pragma: no cover - the regex admits only numbers
            raise UnitError(_('"{text}" is not a dose like "300 mg"').format(text=text)) from None
        return cls(value, unit)

    @classmethod
    def mg_of(cls, mg: Decimal | int | float | str) -> Amount:
        """An amount in milligrams (floats go through ``str`` to stay exact)."""
        return cls(Decimal(str(mg)) if isinstance(mg, float) else Decimal(mg), "mg")

    @property
    def mg(self) -> Decimal:
        """The amount in milligrams, exactly."""
        return self.value * MG_PER_UNIT[self.unit]

    @property
    def mg_float(self) -> float:
        return float(self.mg)

    def __str__(self) -> str:
        if self.written is not None:
            return self.written
        return f"{_fmt(self.value)} {self.unit}"

    def __add__(self, other: Amount) -> Amount:
        return Amount(_norm(self.mg + other.mg), "mg")

    def __sub__(self, other: Amount) -> Amount:
        return Amount(_norm(self.mg - other.mg), "mg")

    def __mul__(self, k: int | Decimal) -> Amount:
        return Amount(_norm(self.mg * Decimal(k)), "mg")

    __rmul__ = __mul__

    def __truediv__(self, other: Amount) -> Decimal:
        """How many of ``other`` make this amount (e.g. tablets per dose)."""
        return self.mg / other.mg

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.mg == other.mg

    def __hash__(self) -> int:
        return hash(self.mg.normalize())

    def __lt__(self, other: Amount) -> bool:
        return self.mg < other.mg

    def same_as_written(self, other: Amount) -> bool:
        """Equal in value *and* written unit (for lossless round trips)."""
        return (
            self.value == other.value and self.unit == other.unit and self.written == other.written
        )


ZERO = Amount(Decimal(0), "mg")


def total(amounts: list[Amount] | tuple[Amount, ...]) -> Amount:
    """Sum of amounts, in mg."""
    s = Decimal(0)
    for a in amounts:
        s += a.mg
    return Amount(_norm(s), "mg")


def format_mg(mg: Decimal | float) -> str:
    """``Decimal("1800.0")`` -> ``"1800 mg"``."""
    return f"{_fmt(Decimal(str(mg)) if isinstance(mg, float) else mg)} mg"


def _norm(d: Decimal) -> Decimal:
    n = d.normalize()
    # normalize() gives 1E+3 for 1000; quantize back to a plain integer form.
    return n.quantize(Decimal(1)) if n == n.to_integral_value() else n


def _fmt(d: Decimal) -> str:
    return format(_norm(d), "f")


_UNITS_RE = re.compile(
    r"^\s*(?P<num>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(?P<unit>tablets?|capsules?|films?)\s*$",
    re.IGNORECASE,
)


def parse_units(text: str) -> tuple[Decimal, str] | None:
    """``"2 tablets"`` -> (2, "tablet"); None when ``text`` is not a count of units."""
    m = _UNITS_RE.match(text)
    if m is None or len(m["num"].replace(".", "")) > _MAX_DIGITS:
        return None
    return Decimal(m["num"]), m["unit"].lower().rstrip("s")
