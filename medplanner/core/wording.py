"""How lengths of time and dates read, everywhere (GUI, CLI, PDF, reminder pop-ups, findings).

- :func:`span`: a length as it is shown: ``45 min``, ``2 h 5 min``, ``1 day 3 h`` (never
  ``0 h 33 min``).
- :func:`ago`: ``just now``, ``40 min ago``, ``2 h 10 min ago``; a future delta reads
  ``in 5 min``.
- :func:`duration`: a rule's length in words, as findings state it: ``3 hours``,
  ``90 minutes`` reads ``1 hour 30 minutes``, ``45 minutes``.
- :func:`day_month`, :func:`weekday_date`, :func:`date_words`, :func:`weekday_time`: dates
  as messages write them (``Wed 6 Jan``, ``Wed 6 Jan 2027``, ``7 Jan 2027``, ``Wed 14:00``),
  with fixed English names (never the machine's locale) that the catalogue translates.

Every text goes through the gettext catalogue (:mod:`medplanner.core.i18n`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from medplanner.core.i18n import _, ngettext, pgettext


def span(delta: timedelta) -> str:
    """``1 day 3 h``, ``2 h 10 min``, ``45 min`` (whole minutes, rounded down)."""
    minutes = int(delta.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        if hours:
            # Translators: a length of time shown in a list; "h" is short for hours.
            return ngettext("{days} day {hours} h", "{days} days {hours} h", days).format(
                days=days, hours=hours
            )
        return ngettext("{days} day", "{days} days", days).format(days=days)
    if hours:
        if minutes:
            # Translators: a length of time; "h" and "min" are short for hours and minutes.
            return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        # Translators: a length of time; "h" is short for hours.
        return _("{hours} h").format(hours=hours)
    # Translators: a length of time; "min" is short for minutes.
    return _("{minutes} min").format(minutes=minutes)


def ago(delta: timedelta) -> str:
    """``2 h 10 min ago``, ``5 min ago``, ``just now``; a future delta reads ``in …``."""
    seconds = int(delta.total_seconds())
    minutes = abs(seconds) // 60
    if minutes < 1:
        return _("just now")
    text = span(timedelta(minutes=minutes))
    if seconds < 0:
        # Translators: a time still to come; {span} is a length like "2 h 5 min".
        return _("in {span}").format(span=text)
    # Translators: a time past; {span} is a length like "2 h 5 min".
    return _("{span} ago").format(span=text)


def duration(minutes: int) -> str:
    """``12 hours``, ``45 minutes``, ``13 hours 30 minutes``."""
    h, m = divmod(minutes, 60)
    mins = ngettext("{minutes} minute", "{minutes} minutes", m).format(minutes=m)
    if not h:
        return mins
    hours = ngettext("{hours} hour", "{hours} hours", h).format(hours=h)
    if not m:
        return hours
    # Translators: a length of time in hours and minutes: "1 hour" and "30 minutes".
    return _("{hours} {minutes}").format(hours=hours, minutes=mins)


def hours(value: Decimal | float) -> str:
    """A length given in hours (a plan's ``min_interval_hours``) in words: ``4 hours``,
    ``1 hour 30 minutes``."""
    return duration(int((Decimal(str(value)) * 60).to_integral_value()))


# --------------------------------------------------------------------------- dates


def weekday_abbr(day: date) -> str:
    """``Mon`` … ``Sun``."""
    return weekday_abbr_of(day.weekday())


def weekday_abbr_of(index: int) -> str:
    """``Mon`` … ``Sun`` for ``0`` … ``6`` (the plan file's ``weekdays``, Monday first)."""
    names = (
        pgettext("short weekday", "Mon"),
        pgettext("short weekday", "Tue"),
        pgettext("short weekday", "Wed"),
        pgettext("short weekday", "Thu"),
        pgettext("short weekday", "Fri"),
        pgettext("short weekday", "Sat"),
        pgettext("short weekday", "Sun"),
    )
    return names[index]


def month_abbr(day: date) -> str:
    """``Jan`` … ``Dec``."""
    names = (
        pgettext("short month", "Jan"),
        pgettext("short month", "Feb"),
        pgettext("short month", "Mar"),
        pgettext("short month", "Apr"),
        pgettext("short month", "May"),
        pgettext("short month", "Jun"),
        pgettext("short month", "Jul"),
        pgettext("short month", "Aug"),
        pgettext("short month", "Sep"),
        pgettext("short month", "Oct"),
        pgettext("short month", "Nov"),
        pgettext("short month", "Dec"),
    )
    return names[day.month - 1]


def date_words(day: date) -> str:
    """``7 Jan 2027``."""
    # Translators: a date: day of the month, short month name, year ("7 Jan 2027").
    return _("{day} {month} {year}").format(day=day.day, month=month_abbr(day), year=day.year)


def day_month(day: date) -> str:
    """``Wed 6 Jan`` (a date near today, without the year)."""
    # Translators: a date near today: short weekday, day of the month, short month ("Wed 6 Jan").
    return _("{weekday} {day} {month}").format(
        weekday=weekday_abbr(day), day=day.day, month=month_abbr(day)
    )


def weekday_date(day: date) -> str:
    """``Wed 6 Jan 2027``."""
    # Translators: a date: short weekday, day of the month, short month, year ("Wed 6 Jan 2027").
    return _("{weekday} {day} {month} {year}").format(
        weekday=weekday_abbr(day), day=day.day, month=month_abbr(day), year=day.year
    )


def weekday_time(at: datetime) -> str:
    """``Wed 14:00`` (a moment within a week of now)."""
    # Translators: a moment within the week: short weekday and time ("Wed 14:00").
    return _("{weekday} {time}").format(weekday=weekday_abbr(at), time=f"{at:%H:%M}")
