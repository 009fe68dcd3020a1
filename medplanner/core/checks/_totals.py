"""Daily totals of one ingredient over all its entries (the daily most; kidney ranges).

Scheduled doses count on the days they fall; an as-needed entry counts its ``max_per_day``
doses on every day it is in use, or one dose when it gives no limit. Entries with an
invalid dose are left out (``invalid-dose`` speaks for them).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import Entry
from medplanner.core.i18n import _, ngettext
from medplanner.core.record import Record


class Excess(Record):
    """A run of days over a limit, said in words."""

    #: Who the finding is about: the first entry (in plan order) making up the total.
    entry: Entry
    first_day: date
    #: ``Gabapentin adds up to 3700 mg a day from 5 Jan 2027 (counting …)``.
    words: str


def day_total(group: list[Entry], day: date) -> tuple[Decimal, set[int]]:
    """The most of one ingredient the plan allows on ``day``, and which entries add to it."""
    total = Decimal(0)
    who: set[int] = set()
    for e in group:
        med = e.med
        if med.as_needed:
            n = med.max_per_day if med.max_per_day is not None else 1
            amount = med.dose.mg * max(n, 0) if med.dose and _days.active_on(med, day) else 0
        else:
            amount = sum((t.dose.mg for t in _days.doses_on(med, day)), Decimal(0))
        if amount:
            total += amount
            who.add(e.index)
    return total, who


def over_limit(group: list[Entry], limit: Decimal) -> list[Excess]:
    """Every run of days on which the group's total is above ``limit`` (mg a day)."""
    usable = [e for e in group if e.dose_checkable]
    out: list[Excess] = []
    for run in _days.runs_over([e.med for e in usable], limit, partial(day_total, usable)):
        entry = next(e for e in usable if e.index == min(run.entries))
        values = {
            "name": _words.title(entry.name),
            "total": _words.mg(run.first_total),
            "from_day": _words.from_day(run.first_day),
            "peak": _words.mg(run.peak),
            "counting": _counting(usable, run.entries),
        }
        if run.peak != run.first_total:
            # Translators: the start of a finding (it goes on after a full stop). {from_day}
            # is " from 7 Jan 2027" or nothing; {counting} is " (counting …)" or nothing.
            said = _(
                "{name} adds up to {total} a day{from_day}, and up to {peak} a day on some "
                "days{counting}"
            )
        else:
            # Translators: the start of a finding (it goes on after a full stop). {from_day}
            # is " from 7 Jan 2027" or nothing; {counting} is " (counting …)" or nothing.
            said = _("{name} adds up to {total} a day{from_day}{counting}")
        words = said.format(**values)
        out.append(Excess(entry, run.first_day, words))
    return out


def _counting(group: list[Entry], indices: frozenset[int]) -> str:
    """`` (counting gabapentin and Neurontin as needed, up to 2 doses a day)``, or nothing."""
    who = [e for e in group if e.index in indices]
    if len(who) == 1 and not who[0].med.as_needed:
        return ""
    parts = []
    for e in who:
        if e.med.as_needed:
            n = e.med.max_per_day
            if n is not None:
                # Translators: one item of "(counting …)": a medicine taken when needed.
                part = ngettext(
                    "{name} as needed, up to {n} dose a day",
                    "{name} as needed, up to {n} doses a day",
                    n,
                ).format(name=e.name, n=n)
            else:
                # Translators: one item of "(counting …)": a medicine taken when needed.
                part = _("{name} as needed, one dose a day, as no limit is given").format(
                    name=e.name
                )
            parts.append(part)
        else:
            parts.append(e.name)
    # Translators: added to a sentence about a daily total: which medicines make it up.
    return _(" (counting {items})").format(items=_words.listing(parts, most=4))
