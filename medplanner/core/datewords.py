"""Day and month names in the language in use (``strftime``'s ``%a``/``%b`` are always English).

Write ``f"{weekday_abbr(day)} {day.day} {month_abbr(day)}"`` where English code would write
``f"{day:%a %d %b}"``: the names come from the catalogue, the numbers stay numbers.
"""

from __future__ import annotations

from datetime import date

from medplanner.core.i18n import N_, _

WEEKDAY_ABBR = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
"""Monday first, as ``medplanner.core.model.WEEKDAYS`` (the plan file's "mon" … "sun")."""
WEEKDAY_NAME = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
MONTH_ABBR = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)
MONTH_NAME = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def weekday_abbr(day: date) -> str:
    """``Tue`` — ``%a``, translated."""
    return _(WEEKDAY_ABBR[day.weekday()])


def weekday_name(day: date) -> str:
    """``Tuesday`` — ``%A``, translated."""
    return _(WEEKDAY_NAME[day.weekday()])


def month_abbr(day: date) -> str:
    """``Jan`` — ``%b``, translated."""
    return _(MONTH_ABBR[day.month - 1])


def month_name(day: date) -> str:
    """``January`` — ``%B``, translated."""
    return _(MONTH_NAME[day.month - 1])


def short_date(day: date) -> str:
    """``Tue 05 Jan`` — ``%a %d %b``, translated."""
    return f"{weekday_abbr(day)} {day:%d} {month_abbr(day)}"
