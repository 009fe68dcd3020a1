"""Stock: units on hand, when they run out along the plan, and when to remind (pure).

Units are the plan's ``strength`` units (contract §1): tablets or capsules, halves of a
scored tablet as ``Decimal("0.5")``. Every figure is an exact :class:`~decimal.Decimal`.

Units on hand come from the log, not from decrements
----------------------------------------------------
::

    on hand = the last count (a "set")
            + every change recorded after it (an "add": a refill, or a signed correction)
            - the sum of dose / strength over every standing "taken" event after the count

The store keeps only what the person said about the stock (counts, refills, corrections);
what was *taken* is read from the dose log each time. The alternative, writing a decrement
into the stock history whenever a dose is taken, was rejected because the dose log is
corrected by new events (contract: append-only), and a decrement would not follow them:

* a Take tapped by mistake and then retracted would leave a tablet missing for good; here
  the retraction removes the take from the log, so the tablet is back by itself;
* a dose whose time or amount is corrected is counted once, at its corrected amount;
* a dose entered late ("I took it at 08:00", typed at 10:00 after counting at 09:00) falls
  before the count and is not subtracted twice; a decrement written at 10:00 would be;
* stock and dose log cannot drift apart after a crash between two writes, a restore, or an
  import: there is nothing to keep in step.

Every ``taken`` event counts, whether it answered a scheduled dose, was an extra or a
forced (doubled) dose, or an as-needed one. A take is subtracted when its instant is after
the count's instant: a count is what was in the box at that moment.

Forecast along the plan
-----------------------
Today's rate misleads during a titration, when the daily amount climbs every few days.
:func:`forecast` walks the schedule (:func:`medplanner.core.schedule.expand`, so every zone
and clock change is right) from now, subtracting each upcoming dose / strength, and stops
at the first dose the stock cannot cover: that dose's instant is the run-out. Doses still
inside the missed-dose grace period count (they are about to be taken); doses already
answered in the log do not (their tablets are subtracted above). None: the stock lasts to
the plan's end (or more than ten years, for an open-ended plan).

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

import contextlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from medplanner.core import clock
from medplanner.core.checks._words import day as _day
from medplanner.core.checks._words import days as _days
from medplanner.core.checks._words import title
from medplanner.core.checks.makeable import FORM_WORDS, FormOf, form_of, units_per_dose
from medplanner.core.dosing import effective_events
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.knowledge import PRODUCT_RULE, Drug, KnowledgeBase
from medplanner.core.model import Finding, Medication, Person, Plan, ScheduledDose, Severity
from medplanner.core.schedule import expand, resolve_wall_time, zone
from medplanner.core.units import Amount

#: Finding codes (docs/contract.md, MedPlanner's additions) and their fixed severities.
STOCK_LOW = "stock-low"
STOCK_ABRUPT_STOP = "stock-runs-out-abrupt-stop"
STOCK_SEVERITY: dict[str, Severity] = {STOCK_LOW: "warning", STOCK_ABRUPT_STOP: "danger"}

#: Settings (per person, in the store's settings table; values are text).
LEAD_DAYS_KEY = "refill_lead_days"
REMINDER_TIME_KEY = "refill_reminder_time"
DEFAULT_LEAD_DAYS = 7
MAX_LEAD_DAYS = 90
#: Mid-morning: the person is up, pharmacies and surgeries are open, and it is not a usual
#: dose time, so the refill reminder never rides on a dose reminder.
DEFAULT_REMINDER_TIME = time(10, 0)

LEAD_SOURCE = (
    f"{PRODUCT_RULE}: a refill is flagged when the stock runs out within the refill lead "
    "time (7 days unless set otherwise), counted along the plan's upcoming doses"
)

#: How far an open-ended plan is walked (about ten years, like the checks' periods).
HORIZON_DAYS = 3660

_ZERO = Decimal(0)


class StockChangeLike(Protocol):
    """A stock change as the store keeps it (``storage.records.StockChange``)."""

    @property
    def kind(self) -> str: ...

    @property
    def units(self) -> Decimal: ...

    @property
    def at(self) -> datetime: ...


# --------------------------------------------------------------------------- on hand


@dataclass(frozen=True)
class OnHand:
    """Units on hand now, and how that figure is made up."""

    units: Decimal  # never below 0
    counted: Decimal  # the last count (0 when there was only ever "add")
    counted_at: datetime
    added: Decimal  # net changes recorded after the count (refills, corrections)
    taken: Decimal  # units taken after the count (dose / strength)
    doses_taken: int

    @property
    def overdrawn(self) -> Decimal:
        """Units the log says were taken beyond what was counted: time to count again."""
        return max(_ZERO, self.taken - self.counted - self.added)


def baseline(changes: Sequence[StockChangeLike]) -> StockChangeLike | None:
    """The change the level is counted from: the last ``set``, else the first change."""
    sets = [c for c in changes if c.kind == "set"]
    if sets:
        return sets[-1]
    return changes[0] if changes else None


def on_hand(
    changes: Sequence[StockChangeLike],
    events: Iterable[DoseEvent],
    med: Medication,
    strength: Amount,
) -> OnHand | None:
    """Units on hand from the stock history (in the order recorded) and the dose log.

    ``events`` are the medication's dose events (corrections and retractions are applied
    here; events of other medications are ignored). None: the stock was never recorded.
    """
    base = baseline(changes)
    if base is None:
        return None
    start = next(i for i, c in enumerate(changes) if c is base)
    if base.kind == "set":
        counted, after = base.units, changes[start + 1 :]
    else:
        counted, after = _ZERO, changes[start:]
    added = sum((c.units for c in after), _ZERO)
    taken = _ZERO
    count = 0
    for event in effective_events(events):
        if event.kind != "taken" or event.at <= base.at or not _same(event.medication, med):
            continue
        amount = taken_amount(event, med)
        if amount is None or amount.mg <= 0:
            continue
        taken += units_per_dose(amount, strength)
        count += 1
    units = max(_ZERO, counted + added - taken)
    return OnHand(units, counted, base.at, added, taken, count)


def taken_amount(event: DoseEvent, med: Medication) -> Amount | None:
    """The amount a ``taken`` event stands for: its own, else its slot's or the PRN dose."""
    if event.amount is not None:
        return event.amount
    if event.slot is not None:
        step = med.step_on(event.slot.day)
        for t in step.times if step is not None else ():
            if t.at == event.slot.wall:
                return t.dose
    return med.dose


def _same(name: str, med: Medication) -> bool:
    return " ".join(name.casefold().split()) == " ".join(med.name.casefold().split())


# --------------------------------------------------------------------------- forecast


@dataclass(frozen=True)
class RunOut:
    """The first upcoming dose the stock cannot cover."""

    dose: ScheduledDose
    needed: Decimal  # units that dose needs
    left: Decimal  # units left by then

    @property
    def at(self) -> datetime:
        return self.dose.at


@dataclass(frozen=True)
class Forecast:
    """When the stock runs out along the plan (``run_out`` None: it lasts)."""

    units: Decimal
    run_out: RunOut | None
    plan_end: date | None  # the medication's last day (None: open-ended)
    beyond_horizon: bool = False  # lasts more than HORIZON_DAYS of an open-ended plan
    as_needed: bool = False  # as-needed doses are not forecast

    @property
    def runs_out(self) -> datetime | None:
        return self.run_out.at if self.run_out is not None else None


def forecast(
    plan: Plan,
    med_index: int,
    units: Decimal,
    start: datetime,
    *,
    answered: Collection[Slot] = (),
) -> Forecast:
    """Walk the medication's doses from ``start`` and find the first one ``units`` can't cover.

    ``answered`` slots (taken or skipped in the log) are passed over: their tablets are
    already accounted for. The medication needs a ``strength``.
    """
    med = plan.medications[med_index]
    if med.strength is None or med.strength.mg <= 0:
        raise ValueError(f"{med.name} has no strength to count stock in")
    if med.as_needed:
        return Forecast(units, None, med.stop, as_needed=True)
    done = {(s.day, s.wall) for s in answered}
    tz = zone(plan.person.timezone)
    try:
        # A local day's doses may fall before its midnight in UTC: start a day early.
        first = start.astimezone(tz).date() - timedelta(days=1)
        limit = first + timedelta(days=HORIZON_DAYS)
    except OverflowError:
        return Forecast(units, None, med.stop, beyond_horizon=True)
    left = units
    solo = Plan(plan.person, (med,))
    for dose in expand(solo, first, HORIZON_DAYS):
        if dose.utc < start or (dose.day, dose.wall) in done:
            continue
        need = units_per_dose(dose.dose, med.strength)
        if need <= 0:
            continue  # an invalid dose (the plan check says so); nothing is taken
        if left < need:
            return Forecast(units, RunOut(dose, need, left), med.stop)
        left -= need
    return Forecast(units, None, med.stop, beyond_horizon=med.stop is None or med.stop >= limit)


def rate_today(plan: Plan, med_index: int, day: date) -> Decimal:
    """Units the medication's doses of ``day`` take (what a today's-rate counter divides by)."""
    med = plan.medications[med_index]
    if med.strength is None:
        return _ZERO
    solo = Plan(plan.person, (med,))
    return sum((units_per_dose(d.dose, med.strength) for d in expand(solo, day, 1)), _ZERO)


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class RefillSettings:
    """The person's refill choices: lead time, and the reminder's time of day (None: auto)."""

    lead_days: int = DEFAULT_LEAD_DAYS
    reminder_time: time | None = None

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> RefillSettings:
        """From the store's text settings; a value that does not parse keeps the default."""
        lead = DEFAULT_LEAD_DAYS
        at: time | None = None
        with contextlib.suppress(InvalidInput):
            lead = parse_lead_days(values.get(LEAD_DAYS_KEY, str(DEFAULT_LEAD_DAYS)))
        with contextlib.suppress(InvalidInput):
            raw = values.get(REMINDER_TIME_KEY)
            at = parse_reminder_time(raw) if raw else None
        return cls(lead, at)

    @property
    def lead(self) -> timedelta:
        return timedelta(days=self.lead_days)


def parse_lead_days(text: str) -> int:
    """A lead time in whole days, 0 to 90."""
    try:
        value = int(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(f'"{text}" is not a whole number of days') from None
    if not 0 <= value <= MAX_LEAD_DAYS:
        raise InvalidInput(f"a refill lead time of {value} days is outside 0–{MAX_LEAD_DAYS}")
    return value


def parse_reminder_time(text: str) -> time:
    """A time of day like ``10:00``."""
    try:
        value = time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(f'"{text}" is not a time of day like 10:00') from None
    return value.replace(second=0, microsecond=0, tzinfo=None)


def parse_units(text: str, *, signed: bool = False) -> Decimal:
    """A number of units typed by a person: ``30``, ``27.5``; at most 3 decimals."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError):
        raise InvalidInput(f'"{text}" is not a number of tablets or capsules') from None
    if not value.is_finite():
        raise InvalidInput(f'"{text}" is not a number of tablets or capsules')
    if value < 0 and not signed:
        raise InvalidInput(f"{text} is less than 0: give a number of tablets or capsules")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -3:
        raise InvalidInput(f'"{text}" has more than 3 decimals')
    if abs(value) > 1_000_000:
        raise InvalidInput(f"{text} is more units than MedPlanner keeps")
    return value


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class StockReport:
    """One medication's stock: what is on hand, when it runs out, and any finding."""

    medication: str
    med_index: int
    strength: Amount
    form: FormOf
    on_hand: OnHand
    forecast: Forecast
    needs_taper: bool
    finding: Finding | None = None
    #: The drug's taper length (baclofen 14 days, gabapentinoids 7): the lead time for it is
    #: never shorter, so that the stock cannot run out into an abrupt stop unwarned.
    taper_days: int = 0

    def lead_days(self, settings: RefillSettings) -> int:
        """The refill lead time for this medication: the setting, or its taper if longer."""
        return max(settings.lead_days, self.taper_days)

    @property
    def units(self) -> Decimal:
        return self.on_hand.units

    @property
    def runs_out(self) -> datetime | None:
        return self.forecast.runs_out

    @property
    def severity(self) -> Severity | None:
        return self.finding.severity if self.finding is not None else None

    @property
    def unit_words(self) -> str:
        """``scored tablets of 10 mg``, ``capsules of 300 mg``, ``tablets of 5 mg``."""
        return f"{FORM_WORDS[self.form.form][1]} of {self.strength}"

    def to_json(self) -> dict[str, Any]:
        """Contract: ``{"medication", "units", "runs_out", "severity"}`` (plus ``strength``)."""
        return {
            "medication": self.medication,
            "units": json_number(self.units),
            "runs_out": self.runs_out.isoformat() if self.runs_out is not None else None,
            "severity": self.severity,
            "strength": str(self.strength),
        }


def json_number(value: Decimal) -> int | float:
    """58.5 -> 58.5, 60 -> 60 (a JSON number; units keep at most a few decimals)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value.quantize(Decimal("0.001")).normalize())


def units_text(value: Decimal) -> str:
    """``58.5``, ``60``, ``0.333`` (at most 3 decimals, no exponent)."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.quantize(Decimal("0.001")).normalize(), "f")


def report(
    plan: Plan,
    med_index: int,
    kb: KnowledgeBase,
    changes: Sequence[StockChangeLike],
    events: Sequence[DoseEvent],
    now: datetime,
    settings: RefillSettings | None = None,
    *,
    grace: timedelta | None = None,
) -> StockReport | None:
    """Everything about one medication's stock at ``now`` (None: no strength or never counted).

    ``events`` are the medication's dose events from the count on (at least), plus those
    around ``now``; ``grace`` is how long an unanswered dose still counts as about to be
    taken (default: the person's missed-dose grace, else 60 minutes).
    """
    settings = settings or RefillSettings()
    med = plan.medications[med_index]
    form = form_of(med, kb)
    if med.strength is None or form is None:
        return None
    have = on_hand(changes, events, med, med.strength)
    if have is None:
        return None
    if grace is None:
        grace = clock.grace(plan.person)
    answered = [
        e.slot
        for e in effective_events(events)
        if e.slot is not None and e.kind in ("taken", "skipped") and _same(e.medication, med)
    ]
    ahead = forecast(plan, med_index, have.units, now - grace, answered=answered)
    drug = kb.lookup(med.name)
    base = StockReport(
        medication=med.name,
        med_index=med_index,
        strength=med.strength,
        form=form,
        on_hand=have,
        forecast=ahead,
        needs_taper=drug is not None and drug.taper is not None,
        taper_days=drug.taper.length_days if drug is not None and drug.taper is not None else 0,
    )
    finding = assess(base, drug, plan, now, settings)
    return base if finding is None else replace(base, finding=finding)


def assess(
    r: StockReport, drug: Drug | None, plan: Plan, now: datetime, settings: RefillSettings
) -> Finding | None:
    """``stock-low`` or ``stock-runs-out-abrupt-stop`` when the run-out is within the lead time.

    An as-needed medication is not forecast; it is flagged when less than one dose is left.
    """
    med = plan.medications[r.med_index]
    tz = zone(plan.person.timezone)
    name = title(r.medication)
    have = f"{units_text(r.units)} {r.unit_words}"
    if r.forecast.as_needed:
        if med.dose is None or r.units >= units_per_dose(med.dose, r.strength):
            return None
        return Finding(
            code=STOCK_LOW,
            severity="warning",
            medication=r.medication,
            message=(
                f"{name} is almost out: {have} left, less than one {med.dose} dose. "
                "Ask your pharmacist or prescriber for a refill before you need it."
            ),
            source=f"{PRODUCT_RULE}: an as-needed medicine is flagged when less than one "
            "dose is left",
        )
    run_out = r.forecast.run_out
    if run_out is None:
        return None
    when = run_out.at.astimezone(tz)
    ahead = (when.date() - clock.local_day(now, tz)).days
    lead = r.lead_days(settings)
    if ahead > lead:
        return None
    soon = {0: "today", 1: "tomorrow"}.get(ahead, f"in {_days(ahead)}")
    what = (
        f"{name} runs out on {_day(when.date())} at {when:%H:%M} ({soon}): along your plan, "
        f"the {have} on hand last until then, and the {run_out.dose.dose} dose at that time "
        "cannot be taken in full."
    )
    ends = (
        f"Your plan goes on until {_day(r.forecast.plan_end)}."
        if r.forecast.plan_end is not None
        else "Your plan goes on after that."
    )
    if r.needs_taper and drug is not None and drug.taper is not None:
        message = (
            f"{what} {ends} {drug.taper.why} Get more before then: ask your pharmacist or "
            f"prescriber for a refill now. If it cannot come in time, ask your prescriber how "
            f"to lower {r.medication} safely rather than stopping it all at once."
        )
        taper = drug.taper.max_days or drug.taper.min_days
        source = (
            f"{LEAD_SOURCE}; for a medicine that must be lowered slowly the lead time is never "
            f"shorter than its taper ({_days(r.taper_days)}): {taper.source}"
        )
        code = STOCK_ABRUPT_STOP
    else:
        message = (
            f"{what} {ends} That is within {_days(lead)}, the time set aside to "
            "get a refill. Ask your pharmacist or prescriber for a refill now, so that you "
            "do not run out."
        )
        source = LEAD_SOURCE
        code = STOCK_LOW
    return Finding(
        code=code,
        severity=STOCK_SEVERITY[code],
        medication=r.medication,
        message=message,
        source=source,
        date=when.date(),
        time=when.time().replace(tzinfo=None),
    )


# --------------------------------------------------------------------------- reminders


@dataclass(frozen=True)
class RefillReminder:
    """The next refill reminder: when, for which medications, and how urgent."""

    at: datetime
    medications: tuple[str, ...]
    severity: Severity

    def message(self) -> str:
        names = " and ".join(self.medications)
        return (
            f"Time to get more {names}: it runs out within the refill lead time. "
            "Ask your pharmacist or prescriber for a refill."
        )


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
        if _awake(person, t):
            return t
    return DEFAULT_REMINDER_TIME


def _awake(person: Person, t: time) -> bool:
    wake, bed = clock.waking_day(person)
    t = t.replace(tzinfo=None)
    if wake == bed:
        return True
    if wake < bed:
        return wake <= t < bed
    return t >= wake or t < bed  # a night shift: up across midnight


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
    day = max(today, min(opened for opened, _ in opens))
    if last_reminded is not None and day <= last_reminded:
        day = last_reminded + timedelta(days=1)
    wall = reminder_time_for(person, settings)
    at: datetime | None = None
    for _ in range(3):  # a day the zone skipped, or today's time gone by at night: next day
        at = resolve_wall_time(day, wall, tz)
        if at is not None and at < now:
            # Today's reminder time has passed: catch up now, unless the person is asleep.
            at = now if day == today and _awake(person, now.astimezone(tz).time()) else None
        if at is not None:
            break
        day += timedelta(days=1)
    if at is None:  # pragma: no cover - three days without a usable time
        return None
    due = [r for opened, r in opens if opened <= day]

    severity: Severity = "danger" if any(r.needs_taper for r in due) else "warning"
    return RefillReminder(at, tuple(r.medication for r in due), severity)
