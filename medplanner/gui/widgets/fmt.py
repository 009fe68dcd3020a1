"""Dates and times as the views show them: one place, one style.

24-hour ``08:00`` like the plan file and the findings' words, and days as ``Tue 5 Jan``:
nothing a locale can make ambiguous. The names of days and months and the order of a
date's parts are in the GUI's catalogue (English by default, as the core's messages use).
The caller converts an instant to the person's zone first. Lengths of time and "ago" read
as everywhere else, through :mod:`medplanner.core.wording`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

from medplanner.gui.marks import QT_TRANSLATE_NOOP

# Monday first, as ``date.weekday()`` counts.
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("ShortWeekdays", "Mon"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Tue"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Wed"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Thu"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Fri"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Sat"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Sun"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)
# January first (``date.month - 1``).
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("ShortMonths", "Jan"),
    QT_TRANSLATE_NOOP("ShortMonths", "Feb"),
    QT_TRANSLATE_NOOP("ShortMonths", "Mar"),
    QT_TRANSLATE_NOOP("ShortMonths", "Apr"),
    QT_TRANSLATE_NOOP("ShortMonths", "May"),
    QT_TRANSLATE_NOOP("ShortMonths", "Jun"),
    QT_TRANSLATE_NOOP("ShortMonths", "Jul"),
    QT_TRANSLATE_NOOP("ShortMonths", "Aug"),
    QT_TRANSLATE_NOOP("ShortMonths", "Sep"),
    QT_TRANSLATE_NOOP("ShortMonths", "Oct"),
    QT_TRANSLATE_NOOP("ShortMonths", "Nov"),
    QT_TRANSLATE_NOOP("ShortMonths", "Dec"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)


def clock(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _short_weekday(d: date) -> str:
    return QCoreApplication.translate("ShortWeekdays", SHORT_WEEKDAYS[d.weekday()])


def _short_month(d: date) -> str:
    return QCoreApplication.translate("ShortMonths", SHORT_MONTHS[d.month - 1])


def day(d: date) -> str:
    """``Tue 5 Jan``."""
    #: Translators: a short date: "Tue 5 Jan" (order the parts as your language writes dates).
    text = QCoreApplication.translate("Dates", "{weekday} {day} {month}")
    return text.format(weekday=_short_weekday(d), day=d.day, month=_short_month(d))


def day_year(d: date) -> str:
    """``Tue 5 Jan 2027``."""
    #: Translators: a short date with its year: "Tue 5 Jan 2027".
    text = QCoreApplication.translate("Dates", "{weekday} {day} {month} {year}")
    return text.format(weekday=_short_weekday(d), day=d.day, month=_short_month(d), year=d.year)


def short_day(d: date) -> str:
    """``5 Jan`` (a chart's axis)."""
    #: Translators: a date on a chart's axis: "5 Jan".
    text = QCoreApplication.translate("Dates", "{day} {month}")
    return text.format(day=d.day, month=_short_month(d))


def padded_day_year(d: date) -> str:
    """``06 Jan 2027``."""
    #: Translators: a date with a two-digit day: "06 Jan 2027".
    text = QCoreApplication.translate("Dates", "{day:02d} {month} {year}")
    return text.format(day=d.day, month=_short_month(d), year=d.year)


def long_day(d: date) -> str:
    """``Tuesday 5 January 2027``."""
    weekday = QCoreApplication.translate("Weekdays", WEEKDAYS[d.weekday()])
    month = QCoreApplication.translate("Months", MONTHS[d.month - 1])
    #: Translators: a long date: "Tuesday 5 January 2027".
    text = QCoreApplication.translate("LongDates", "{weekday} {day} {month} {year}")
    return text.format(weekday=weekday, day=d.day, month=month, year=d.year)


_PLURAL_S = re.compile(r"\(s\)")


def english_plural(text: str, n: int) -> str:
    """``"1 danger(s)"`` → ``"1 danger"``, ``"2 danger(s)"`` → ``"2 dangers"``.

    A Qt count text (``self.tr("%n danger(s)", "", n)``) comes back as its English source
    when no catalogue translates it (English is the source language): this gives it the
    English plural it always had. A translated text has no ``(s)`` and is left alone."""
    return _PLURAL_S.sub("" if n == 1 else "s", text)
