"""Stock: units on hand, when they run out along the plan, and when to remind (pure).

On hand and the forecast are in :mod:`medplanner.core.stockcount`, the refill settings and
the parsers in :mod:`medplanner.core.stocksettings`, the finding codes and one medication's
report in :mod:`medplanner.core.stockreport`; every name is importable from here. This
module holds the refill reminder.

Findings
--------
* ``stock-low`` (warning): the run-out falls within the person's refill lead time
  (default 7 days; the ``refill_lead_days`` setting), counted in the person's local days:
  with 7 days, a run-out on the 18th is flagged from the 11th on.
* ``stock-runs-out-abrupt-stop`` (danger): the same, for a drug that must not be stopped
  suddenly (the knowledge base gives it a taper: baclofen, gabapentin), whose lead time is
  never shorter than its taper length (baclofen 14 days, gabapentinoids 7 days). The stock ends
  before the plan does, so running out means an abrupt stop. Outside the lead time the
  forecast is shown without a finding: a danger that stands for months would teach people
  to ignore dangers.

The refill reminder fires once a day, at a sensible time (see :func:`reminder_time_for`),
from the day a run-out enters the lead time: :func:`refill_reminder_due`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from medplanner.core import clock
from medplanner.core.i18n import _
from medplanner.core.model import Person, Severity
from medplanner.core.record import Record
from medplanner.core.schedule import zone
from medplanner.core.stockcount import (
    HORIZON_DAYS,
    Forecast,
    OnHand,
    RunOut,
    StockChangeLike,
    baseline,
    forecast,
    on_hand,
    rate_today,
    taken_amount,
)
from medplanner.core.stockreport import (
    STOCK_ABRUPT_STOP,
    STOCK_LOW,
    STOCK_SEVERITY,
    StockReport,
    assess,
    json_number,
    lead_source,
    report,
    units_text,
)
from medplanner.core.stocksettings import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_REMINDER_TIME,
    LEAD_DAYS_KEY,
    MAX_LEAD_DAYS,
    REMINDER_TIME_KEY,
    RefillSettings,
    parse_lead_days,
    parse_reminder_time,
    parse_units,
)

__all__ = [
    "DEFAULT_LEAD_DAYS",
    "DEFAULT_REMINDER_TIME",
    "HORIZON_DAYS",
    "LEAD_DAYS_KEY",
    "MAX_LEAD_DAYS",
    "REMINDER_TIME_KEY",
    "STOCK_ABRUPT_STOP",
    "STOCK_LOW",
    "STOCK_SEVERITY",
    "Forecast",
    "OnHand",
    "RefillReminder",
    "RefillSettings",
    "RunOut",
    "StockChangeLike",
    "StockReport",
    "assess",
    "baseline",
    "forecast",
    "json_number",
    "lead_source",
    "on_hand",
    "parse_lead_days",
    "parse_reminder_time",
    "parse_units",
    "rate_today",
    "refill_reminder_due",
    "reminder_time_for",
    "report",
    "taken_amount",
    "units_text",
]


# --------------------------------------------------------------------------- reminders


class RefillReminder(Record):
    """The next refill reminder: when, for which medications, and how urgent."""

    at: datetime
    medications: tuple[str, ...]
    severity: Severity

    def message(self) -> str:
        names = self.medications[0] if self.medications else ""
        for name in self.medications[1:]:
            # Translators: two medicines' names (the first may be a list of names already).
            names = _("{first} and {second}").format(first=names, second=name)
        return _(
            "Time to get more {names}: it runs out within the refill lead time. "
            "Ask your pharmacist or prescriber for a refill."
        ).format(names=names)


def reminder_time_for(person: Person, settings: RefillSettings) -> time:
    """The refill reminder's time of day: the setting, else 10:00 if the person is up then,
    else an hour after they wake (else at their wake time)."""
    if settings.reminder_time is not None:
        return settings.reminder_time
    candidates = [DEFAULT_REMINDER_TIME]
    if person.wake is not None:
        later = (datetime.combine(date(2000, 1, 1), person.wake) + timedelta(hours=1)).time()
        candidates += [later, person.wake]
    for t in candidates:
        if clock.awake(person, t):
            return t
    return DEFAULT_REMINDER_TIME


def refill_reminder_due(
    reports: Sequence[StockReport],
    person: Person,
    settings: RefillSettings,
    now: datetime,
    *,
    last_reminded: date | None = None,
) -> RefillReminder | None:
    """When the next refill reminder is due: once a day, at the reminder time.

    A medication needs one from the local day its run-out comes within the lead time (the
    day its finding appears; as needed: once less than a dose is left), until it is
    refilled (a refill moves the run-out, so the caller asks again after any stock change).
    The first reminder is on the first such day,
    at the reminder time; if that time has passed today and the person is up, it is due
    now (catch-up). ``last_reminded`` is the local day the last one was shown: never two a
    day. None: nothing needs a refill, ever, on the current forecast.
    """
    tz = zone(person.timezone)
    today = clock.today(person, now)
    opens: list[tuple[date, StockReport]] = []
    for r in reports:
        if r.finding is not None:
            opens.append((today, r))
        elif r.runs_out is not None:
            lead = timedelta(days=r.lead_days(settings))
            opens.append((r.runs_out.astimezone(tz).date() - lead, r))
    if not opens:
        return None
    day = max(today, min(opened for opened, _report in opens))
    if last_reminded is not None and day <= last_reminded:
        day = last_reminded + timedelta(days=1)
    wall = reminder_time_for(person, settings)
    at: datetime | None = None
    for _attempt in range(3):  # a day the zone skipped, or today's time gone by at night: next day
        at = clock.reminder_at(person, day, wall, now)  # today's gone by: now, unless asleep
        if at is not None:
            break
        day += timedelta(days=1)
    if at is None:  # pragma: no cover - three days without a usable time
        return None
    due = [r for opened, r in opens if opened <= day]

    severity: Severity = "danger" if any(r.needs_taper for r in due) else "warning"
    return RefillReminder(at, tuple(r.medication for r in due), severity)
