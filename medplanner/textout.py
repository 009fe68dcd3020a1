"""Human-readable terminal output for the CLI (schedule, findings, doses, stock).

Severity is always a sign *and* a word (../shared/ui.md: never colour alone).

Every word goes through the gettext catalogue (:mod:`medplanner.core.i18n`); finding
codes, state codes in JSON and every ``*_json`` output stay as they are.

The one module the commands import from, but for ``check``: it takes
:func:`~medplanner.textbase.format_findings` from :mod:`medplanner.textbase` itself (it
needs no dose or stock text, and every command start pays for what it imports). Its parts,
one way round (no cycle): the shared wording (signs, dates, findings) in
:mod:`medplanner.textbase`; stock and supply in :mod:`medplanner.textstock`; takes and
status in :mod:`medplanner.textdoses` (its status shows a stock line). This module holds
the schedule and re-exports the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from medplanner.core.i18n import _
from medplanner.core.model import Plan, ScheduledDose
from medplanner.textbase import (
    SIGNS,
    format_day,
    format_day_month,
    format_findings,
    format_moment,
)
from medplanner.textdoses import (
    STATE_SIGNS,
    STATE_WORDS,
    format_status,
    format_take,
    format_take_all_due,
    status_json,
)
from medplanner.textstock import format_stock, format_supply, stock_line, supply_json

__all__ = [
    "SIGNS",
    "STATE_SIGNS",
    "STATE_WORDS",
    "format_day",
    "format_day_month",
    "format_findings",
    "format_moment",
    "format_schedule",
    "format_status",
    "format_stock",
    "format_supply",
    "format_take",
    "format_take_all_due",
    "status_json",
    "stock_line",
    "supply_json",
]


def format_schedule(plan: Plan, doses: Iterable[ScheduledDose], start: date, days: int) -> str:
    last = start + timedelta(days=days - 1)
    # Translators: the head of `medplanner schedule`; {zone} is an IANA zone like Europe/Berlin.
    head = _("{person} — times in {zone}").format(
        person=plan.person.name, zone=plan.person.timezone
    )
    # Translators: a range of dates, both like "Wed 6 Jan 2027".
    period = _("{first} to {last}").format(first=format_day(start), last=format_day(last))
    lines = [head, period, ""]
    current: date | None = None
    count = 0
    for d in doses:
        if d.day != current:
            if current is not None:
                lines.append("")
            lines.append(format_day(d.day))
            current = d.day
        note = ""
        if d.shifted:
            note = "   " + _("(clock change: {time} does not exist that day)").format(
                time=f"{d.wall:%H:%M}"
            )
        lines.append(f"  {d.at:%H:%M}  {d.medication} {d.dose}{note}")
        count += 1
    if count == 0:
        lines.append(_("No scheduled doses in these days."))
    return "\n".join(lines)
