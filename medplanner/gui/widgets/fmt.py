"""Dates and times as the views show them: one place, one style.

24-hour ``08:00`` like the plan file and the findings' words, and days as ``Tue 5 Jan``
(English month names, as the core's messages use): nothing a locale can make ambiguous.
The caller converts an instant to the person's zone first. Lengths of time and "ago" read
as everywhere else, through :mod:`medplanner.core.wording`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time


def clock(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def day(d: date) -> str:
    """``Tue 5 Jan``."""
    return f"{d:%a} {d.day} {d:%b}"


def long_day(d: date) -> str:
    """``Tuesday 5 January 2027``."""
    return f"{d:%A} {d.day} {d:%B %Y}"


_PLURAL_S = re.compile(r"\(s\)")


def english_plural(text: str, n: int) -> str:
    """``"1 danger(s)"`` → ``"1 danger"``, ``"2 danger(s)"`` → ``"2 dangers"``.

    A Qt count text (``self.tr("%n danger(s)", "", n)``) comes back as its English source
    when no catalogue translates it (English is the source language): this gives it the
    English plural it always had. A translated text has no ``(s)`` and is left alone."""
    return _PLURAL_S.sub("" if n == 1 else "s", text)
