"""Dates, times and durations as the views show them: one place, one style.

24-hour ``08:00`` like the plan file and the findings' words, and days as ``Tue 5 Jan``
(English month names, as the core's messages use): nothing a locale can make ambiguous.
Every instant is shown in the person's zone (the caller converts with :func:`local`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def local(at: datetime, zone_name: str) -> datetime:
    return at.astimezone(ZoneInfo(zone_name))


def clock(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def day(d: date) -> str:
    """``Tue 5 Jan``."""
    return f"{d:%a} {d.day} {d:%b}"


def long_day(d: date) -> str:
    """``Tuesday 5 January 2027``."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def day_and_clock(at: datetime) -> str:
    return f"{day(at.date())} {clock(at)}"


def ago(delta: timedelta) -> str:
    """``2 h 10 min ago``, ``5 min ago``, ``just now``; a future delta reads ``in …``."""
    seconds = int(delta.total_seconds())
    future = seconds < 0
    minutes = abs(seconds) // 60
    if minutes < 1:
        return "just now"
    text = span(timedelta(minutes=minutes))
    return f"in {text}" if future else f"{text} ago"


def span(delta: timedelta) -> str:
    """``1 day 3 h``, ``2 h 10 min``, ``45 min``."""
    minutes = int(delta.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {minutes} min" if minutes else "")
    return f"{minutes} min"
