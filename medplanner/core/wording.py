"""How lengths of time read, everywhere (GUI, CLI, PDF, reminder pop-ups, findings).

- :func:`span`: a length as it is shown: ``45 min``, ``2 h 5 min``, ``1 day 3 h`` (never
  ``0 h 33 min``).
- :func:`ago`: ``just now``, ``40 min ago``, ``2 h 10 min ago``; a future delta reads
  ``in 5 min``.
- :func:`duration`: a rule's length in words, as findings state it: ``3 hours``,
  ``90 minutes`` reads ``1 hour 30 minutes``, ``45 minutes``.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal


def span(delta: timedelta) -> str:
    """``1 day 3 h``, ``2 h 10 min``, ``45 min`` (whole minutes, rounded down)."""
    minutes = int(delta.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {minutes} min" if minutes else "")
    return f"{minutes} min"


def ago(delta: timedelta) -> str:
    """``2 h 10 min ago``, ``5 min ago``, ``just now``; a future delta reads ``in …``."""
    seconds = int(delta.total_seconds())
    minutes = abs(seconds) // 60
    if minutes < 1:
        return "just now"
    text = span(timedelta(minutes=minutes))
    return f"in {text}" if seconds < 0 else f"{text} ago"


def duration(minutes: int) -> str:
    """``12 hours``, ``45 minutes``, ``13 hours 30 minutes``."""
    h, m = divmod(minutes, 60)
    if not h:
        return f"{m} minute" + ("s" if m != 1 else "")
    hours = f"{h} hour" + ("s" if h != 1 else "")
    return hours if not m else f"{hours} {m} minute" + ("s" if m != 1 else "")


def hours(value: Decimal | float) -> str:
    """A length given in hours (a plan's ``min_interval_hours``) in words: ``4 hours``,
    ``1 hour 30 minutes``."""
    return duration(int((Decimal(str(value)) * 60).to_integral_value()))
