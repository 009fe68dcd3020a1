"""What every command reads: the moment (``--at``, ``MEDPLANNER_NOW``), the argument
types (each a clear message, never a traceback), the plan file, the service."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.limits import date_problem, instant_problem

if TYPE_CHECKING:
    import argparse

    from medplanner.core.model import Plan
    from medplanner.service import Service

#: A command's parser definition: adds its arguments and ``handler``.
Define = Callable[["argparse.ArgumentParser"], None]

#: Contract §2: when set (ISO 8601 with an offset), "now" for every command.
_NOW_ENV = "MEDPLANNER_NOW"
#: How far a ``--at`` may lie after now: two clocks that differ a little.
CLOCK_SKEW = 120  # seconds
#: ``--from today``: the local day of now in the plan's zone, resolved once the plan is read.
TODAY = "today"


def at_and_person(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--at",
        type=iso_instant,
        metavar="ISO",
        help=_("the moment, with its UTC offset (default: now)"),
    )
    p.add_argument(
        "--person", metavar="NAME", help=_("whose plan (needed when several are stored)")
    )


def load_plan(path: str) -> Plan:
    from medplanner.core.plan import load
    from medplanner.localzone import machine_zone

    return load(path, default_timezone=machine_zone())


def open_service() -> Service:
    from medplanner.service import Service

    now()  # a malformed MEDPLANNER_NOW is refused before anything is opened
    return Service.open(clock=now)


def now() -> datetime:
    """Now: ``MEDPLANNER_NOW`` when set (a malformed one is invalid input), else the clock."""
    text = os.environ.get(_NOW_ENV)
    if text is None:
        from medplanner.core.clock import system_clock

        return system_clock()
    value = _instant(text)
    if isinstance(value, str):
        raise InvalidInput(f"{_NOW_ENV}: {value}")
    return value


def at(args: argparse.Namespace) -> datetime:
    """The command's moment: ``--at``, else now. A ``--at`` later than now is invalid."""
    from datetime import timedelta

    current = now()
    given: datetime | None = getattr(args, "at", None)
    if given is None:
        return current
    if given - current > timedelta(seconds=CLOCK_SKEW):
        raise InvalidInput(
            # Translators: {at} and {now} are moments in ISO 8601 (2027-01-05T08:05:00+01:00).
            _(
                "--at {at} is later than now ({now}): a dose can only be recorded once it has "
                "happened"
            ).format(at=given.isoformat(), now=current.isoformat())
        )
    return given


def today_for(plan: Plan) -> date:
    from medplanner.core.clock import today

    return today(plan.person, now())


def amount(text: str) -> Any:
    from medplanner.core.units import Amount

    try:
        amount = Amount.parse(text)
    except InvalidInput as e:
        raise _bad(e.message) from None
    if amount.value <= 0:
        raise _bad(_('"{text}" is not a dose that can be taken').format(text=text))
    return amount


def iso_instant(text: str) -> datetime:
    value = _instant(text)
    if isinstance(value, str):
        raise _bad(value)
    return value


def _instant(text: str) -> datetime | str:
    """The moment ``text`` names, or why it names none."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return _('"{text}" is not a moment like 2027-01-05T08:05:00+01:00').format(text=text)
    if value.utcoffset() is None:
        return _('"{text}" needs its UTC offset, like 2027-01-05T08:05:00+01:00').format(text=text)
    problem = instant_problem(value)
    return problem if problem is not None else value


def _bad(message: str) -> Exception:
    """argparse's error for a bad argument (argparse is loaded whenever it reads one; ``check``
    alone runs without it)."""
    import argparse

    return argparse.ArgumentTypeError(message)


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _bad(_('"{text}" is not a date like 2027-01-04').format(text=text)) from None
    problem = date_problem(day)
    if problem is not None:
        raise _bad(problem)
    return day


def day_or_today(text: str) -> date | str:
    return TODAY if text.strip().casefold() == TODAY else iso_date(text)


def days(text: str) -> int:
    n = _whole(text, _('"{text}" is not a whole number of days'))
    if not 1 <= n <= 3660:
        raise _bad(_("{n} days is outside 1–{most}").format(n=n, most=3660))
    return n


def units(text: str) -> Decimal:
    from medplanner.core.stock import parse_units

    try:
        return parse_units(text)
    except InvalidInput as e:
        raise _bad(e.message) from None


def weeks(text: str) -> int:
    n = _whole(text, _('"{text}" is not a whole number of weeks'))
    if not 1 <= n <= 104:
        raise _bad(_("{n} weeks is outside 1–{most}").format(n=n, most=104))
    return n


def _whole(text: str, not_whole: str) -> int:
    """``text`` as a whole number; else the refusal ``not_whole`` (with ``{text}``)."""
    try:
        return int(text)
    except ValueError:
        raise _bad(not_whole.format(text=text)) from None


def entry_id(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise _bad(_('"{text}" is not a diary entry number').format(text=text))
    return int(text)


def person_zone(svc: Service, person: str, fallback: datetime) -> tzinfo:
    """The person's zone from the stored plan; else the offset ``fallback`` carries."""
    from medplanner.core.schedule import zone

    try:
        return zone(svc.current(person).plan.person.timezone)
    except InvalidInput:
        return fallback.tzinfo or UTC
