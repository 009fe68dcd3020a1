"""Plain words for findings: dates, times, amounts, names (../shared/ui.md: a 12-year-old
reads them). Every text goes through the gettext catalogue (:mod:`medplanner.core.i18n`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from decimal import Decimal
from typing import TYPE_CHECKING

from medplanner.core import wording
from medplanner.core.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from medplanner.core.knowledge.records import Share

_TIMES = {
    1: N_("once a day"),
    2: N_("twice a day"),
    3: N_("three times a day"),
    4: N_("four times a day"),
}

#: The common shares by (numerator, denominator) in lowest terms (as a Share keeps them).
_SHARES = {
    # Translators: a share, in "about a quarter less than the usual most" (and the next four).
    (1, 4): N_("a quarter"),
    (1, 3): N_("a third"),
    (1, 2): N_("half"),
    (2, 3): N_("two thirds"),
    (3, 4): N_("three quarters"),
}


def day(d: date) -> str:
    """``7 Jan 2027`` (fixed month names from the catalogue: no locale surprises)."""
    return wording.date_words(d)


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
    if n in _TIMES:
        return _(_TIMES[n])
    return ngettext("{n} time a day", "{n} times a day", n).format(n=n)


def days(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=n)


def title(name: str) -> str:
    """A medication's name at the start of a sentence: first letter capital."""
    return name[:1].upper() + name[1:]


def listing(items: Sequence[str], most: int = 3) -> str:
    """``a, b and c``; past ``most`` items: ``a, b, c and 2 more``."""
    shown = list(items[:most])
    # Translators: what separates the items of a list but the last ("a, b and c").
    comma = _(", ")
    if len(items) > most:
        more = len(items) - most
        # Translators: a list cut short: {items} are the first ones ("a, b, c and 2 more").
        return ngettext("{items} and {count} more", "{items} and {count} more", more).format(
            items=comma.join(shown), count=more
        )
    if len(shown) <= 1:
        return "".join(shown)
    # Translators: the end of a list: {items} are all but the last ("a, b and c").
    return _("{items} and {last}").format(items=comma.join(shown[:-1]), last=shown[-1])


def share(part: Share) -> str:
    """``a third``, ``half``, ``two thirds`` for the common shares, else a percentage."""
    key = (part.numerator, part.denominator)
    if key in _SHARES:
        return _(_SHARES[key])
    # Translators: a share as a percentage ("30%").
    return _("{percent}%").format(percent=part.percent())


def from_day(d: date | None) -> str:
    """`` from 7 Jan 2027``, or nothing for an open start (None or date.min)."""
    if d is None or d == date.min:
        return ""
    # Translators: added to a sentence to say since when (note the space before "from").
    return _(" from {day}").format(day=day(d))


def derived(source: str) -> bool:
    """Whether a limit is one MedPlanner worked out ("derived from …, a MedPlanner rule")."""
    return "a medplanner rule" in source.casefold()
