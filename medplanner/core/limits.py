"""Input limits and output cleaning, in one place (contract §1 limits, §5 data safety).

Everything a person or a file hands in is bounded here: dates 1970-01-01 … 2199-12-31,
nesting no deeper than the plan format uses, printable text without control characters,
field lengths. Everything MedPlanner prints, writes to a CSV cell or an ICS line passes
:func:`for_output` (or its CSV/ICS variants), so text from plans, notes and the diary
never reaches a terminal raw (no escape sequences, no bidi overrides, no NUL).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from medplanner.core.i18n import _

FIRST_DATE = date(1970, 1, 1)
LAST_DATE = date(2199, 12, 31)

#: A plan nests at most: plan > medications > [medication] > steps > [step] > times >
#: { at, dose } (tables and arrays each count one level).
MAX_PLAN_DEPTH = 7
#: Any text field of a plan (names have their own, shorter limit).
MAX_FIELD_CHARS = 200

#: C0 controls (but tab and newline), DEL, C1 controls (CSI 0x9b included), and the
#: invisible format characters that reorder or hide text (bidi overrides and isolates,
#: zero-width joiners kept out of names, the BOM).
_HIDDEN = "\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_UNSAFE = "\x00-\x08\x0b-\x1f" + _HIDDEN
_ICS_UNSAFE = "\x00-\x08\x0b\x0c\x0e-\x1f" + _HIDDEN  # CR stays: CRLF ends ICS lines
UNSAFE_RE = re.compile(f"[{_UNSAFE}]")
UNSAFE_OR_LINE_RE = re.compile(f"[{_UNSAFE}\t\n]")


def date_problem(day: date) -> str | None:
    """Why ``day`` is outside the dates MedPlanner handles (None: it is inside)."""
    if not FIRST_DATE <= day <= LAST_DATE:
        return _("{day} is outside {first} … {last}").format(
            day=day.isoformat(), first=FIRST_DATE.isoformat(), last=LAST_DATE.isoformat()
        )
    return None


def instant_problem(moment: datetime) -> str | None:
    """Why an aware moment is outside 1970 … 2199 (in UTC and locally; None: inside)."""
    outside = _("{moment} is outside the years {first}–{last}")
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return outside.format(moment=moment.isoformat(), first=FIRST_DATE.year, last=LAST_DATE.year)
    for day in (moment.date(), utc.date()):
        if date_problem(day) is not None:
            return outside.format(
                moment=moment.isoformat(), first=FIRST_DATE.year, last=LAST_DATE.year
            )
    return None


def text_problem(text: str, limit: int, *, multiline: bool = False) -> str | None:
    """Why ``text`` cannot be kept as given (None: printable and short enough)."""
    if len(text) > limit:
        # Translators: said of a field of the plan, after its name ("name: is 300 …").
        return _("is {length} characters long (at most {limit})").format(
            length=len(text), limit=limit
        )
    pattern = UNSAFE_RE if multiline else UNSAFE_OR_LINE_RE
    if pattern.search(text):
        # Translators: said of a field of the plan, after its name.
        return _("contains control characters (only printable text is allowed)")
    return None


def depth(value: object, limit: int = MAX_PLAN_DEPTH) -> int:
    """How deep tables and arrays nest in ``value`` (stops counting past ``limit``)."""
    deepest = 0
    todo: list[tuple[object, int]] = [(value, 0)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, Mapping | list):
            level += 1
            deepest = max(deepest, level)
            if level > limit:
                return level
            children: Any = item.values() if isinstance(item, Mapping) else item
            todo.extend((child, level) for child in children)
    return deepest


def for_output(text: str) -> str:
    """``text`` safe for a terminal: control and format characters shown as ``\\xNN``.

    Newlines and tabs stay (they are layout), everything else unsafe becomes visible
    escape text, so a crafted name can neither recolour, move the cursor nor hide words.
    """
    return UNSAFE_RE.sub(_visible, text)


def one_line(text: str) -> str:
    """Like :func:`for_output`, with newlines and tabs escaped too (a single cell/line)."""
    return UNSAFE_OR_LINE_RE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_safe(text: str) -> str:
    """JSON text (already escaped by ``json.dumps``) with C1 and format characters as
    ``\\uXXXX`` escapes too: ``ensure_ascii=False`` leaves them raw."""
    return UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(value: object) -> str:
    """A CSV cell: no control characters, and never read as a spreadsheet formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return UNSAFE_OR_LINE_RE.sub(" ", text)


#: Compiled (and cached by :mod:`re`) when an ICS file is written, not at every start.
_ICS_BAD = f"[{_ICS_UNSAFE}]|\r(?!\n)|(?<!\r)\n"


def ics_clean(ics: str) -> str:
    """A finished iCalendar text without NUL or other control characters (CRLF kept)."""
    return re.sub(_ICS_BAD, "", ics.replace("\t", " "))
