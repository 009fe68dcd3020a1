"""The plan file's keys, and the helpers that describe a wrong value
(or bad TOML), check a time zone and read a time of day (the rule shared with the GUI);
importable from :mod:`medplanner.core.planfields`, whose field readers use them."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from medplanner.core.errors import Problem
from medplanner.core.i18n import N_, _

_TOP_KEYS = ("format", "person", "medications")
PERSON_KEYS = (
    "name",
    "timezone",
    "wake",
    "bedtime",
    "crcl_ml_min",
    "age_years",
    "weight_kg",
    "sex",
    "serum_creatinine_mg_dl",
    "stagger_window_minutes",
    "missed_grace_minutes",
)
#: Kidney monitoring keys of ``[person]`` (contract §1; issue 17), kept apart from the
#: fields the GUI's person form edits.
KIDNEY_KEYS = ("dialysis", "kidney_measured", "next_review")
CG_KEYS = ("age_years", "weight_kg", "sex", "serum_creatinine_mg_dl")
_REPEAT_KEYS = ("weekdays", "every_n_days")
_STEP_KEYS = ("from", "dose", "times", *_REPEAT_KEYS)
_MED_KEYS = (
    "name",
    "strength",
    "form",
    "start",
    "stop",
    "continuing",
    "as_needed",
    "dose",
    "times",
    *_REPEAT_KEYS,
    "steps",
    "max_per_day",
    "min_interval_hours",
)
_TIME_ENTRY_KEYS = ("at", "dose")

_TIME_RE = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: object) -> str:
    """What kind of TOML value ``value`` is, for "should be …, not {kind}"."""
    for typ, word in _KINDS:
        if isinstance(value, typ):
            if typ in (int, float, bool, str):
                # Translators: a kind of value and the value itself, like: a number (5).
                return _("{kind} ({value})").format(kind=_(word), value=_show(value))
            return _(word)
    return type(value).__name__


_KINDS: tuple[tuple[type, str], ...] = (
    # Translators: the kinds of value in a plan file, as in "should be a number, not text".
    (bool, N_("true/false")),
    # Translators: a kind of value, as in "should be text in quotes, not a number (5)".
    (int, N_("a number")),
    (float, N_("a number")),
    # Translators: a kind of value, as in "should be a number, not text ("five")".
    (str, N_("text")),
    # Translators: a kind of value (a TOML date and time of day), as in "not a date-time".
    (datetime, N_("a date-time")),
    # Translators: a kind of value (a calendar day), as in "should be a number, not a date".
    (date, N_("a date")),
    # Translators: a kind of value (a time of day), as in "should be a number, not a time".
    (time, N_("a time")),
    # Translators: a kind of value (a TOML array), as in "should be a number, not a list".
    (list, N_("a list")),
    # Translators: a kind of value (a TOML table), as in "should be a number, not a table".
    (dict, N_("a table")),
)


def _show(value: object) -> str:
    text = f'"{value}"' if isinstance(value, str) else str(value).lower()
    return text if len(text) <= 40 else text[:37] + "…"


def _parse_iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_zone_cache: dict[str, bool] = {}


def _valid_zone(key: str) -> bool:
    if key not in _zone_cache:
        ok = False
        if key and len(key) <= 64 and ".." not in key and not key.startswith("/"):
            try:
                ZoneInfo(key)
                ok = True
            except (ZoneInfoNotFoundError, ValueError, OSError):
                ok = False
        _zone_cache[key] = ok
    return _zone_cache[key]


def parse_time_of_day(text: str) -> time | None:
    """``"8:05"`` -> 08:05, or None: the same rule the plan file uses (for GUI fields)."""
    m = _TIME_RE.match(text.strip())
    return time(int(m.group(1)), int(m.group(2))) if m else None


def _toml_problem(e: tomllib.TOMLDecodeError) -> Problem:
    msg = str(e)
    m = re.search(r"\(at line (\d+), column \d+\)", msg)
    line = int(m.group(1)) if m else None
    detail = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", msg)
    # Translators: {detail} is the TOML reader's own English message.
    return Problem("", _("not valid TOML: {detail}").format(detail=detail), line)
