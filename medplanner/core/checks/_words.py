"""Plain words for findings: dates, times, amounts, names (../shared/ui.md: a 12-year-old
reads them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from decimal import Decimal
from fractions import Fraction

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TIMES = {1: "once a day", 2: "twice a day", 3: "three times a day", 4: "four times a day"}


def day(d: date) -> str:
    """``7 Jan 2027`` (fixed English month names: no locale surprises)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def clock(t: time) -> str:
    return t.strftime("%H:%M")


def number(value: Decimal) -> str:
    """``1800``, ``7.5``; a longer fraction rounded to one decimal (``53.3``)."""
    if value != value.to_integral_value():
        value = value.quantize(Decimal("0.1"))
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def mg(value: Decimal) -> str:
    """``1800 mg``, ``53.3 mg``."""
    return f"{number(value)} mg"


def times_a_day(n: int) -> str:
    return _TIMES.get(n, f"{n} times a day")


def days(n: int) -> str:
    return f"{n} day" + ("s" if n != 1 else "")


def title(name: str) -> str:
    """A medication's name at the start of a sentence: first letter capital."""
    return name[:1].upper() + name[1:]


def listing(items: Sequence[str], most: int = 3) -> str:
    """``a, b and c``; past ``most`` items: ``a, b, c and 2 more``."""
    shown = list(items[:most])
    if len(items) > most:
        return f"{', '.join(shown)} and {len(items) - most} more"
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def share(part: Fraction) -> str:
    """``a third``, ``half``, ``two thirds`` for the common shares, else a percentage."""
    common = {
        Fraction(1, 4): "a quarter",
        Fraction(1, 3): "a third",
        Fraction(1, 2): "half",
        Fraction(2, 3): "two thirds",
        Fraction(3, 4): "three quarters",
    }
    return common.get(part, f"{round(part * 100)}%")


def from_day(d: date | None) -> str:
    """`` from 7 Jan 2027``, or nothing for an open start (None or date.min)."""
    return f" from {day(d)}" if d is not None and d != date.min else ""


def derived(source: str) -> bool:
    """Whether a limit is one MedPlanner worked out ("derived from …, a MedPlanner rule")."""
    return "a medplanner rule" in source.casefold()


def whose(source: str) -> str:
    """Who sets a limit, at the start of a sentence: the label, or MedPlanner from it."""
    return (
        "MedPlanner's limit, derived from the label (a MedPlanner rule),"
        if derived(source)
        else "The label"
    )
