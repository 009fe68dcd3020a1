"""Stock on hand and its run-out along the plan (pure); :mod:`medplanner.core.stock` builds
the reports and findings on it and re-exports every name.

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
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Protocol

from medplanner.core.checks.makeable import units_per_dose
from medplanner.core.dosing import effective_events
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.model import Medication, Plan, ScheduledDose
from medplanner.core.record import Record
from medplanner.core.schedule import expand, zone
from medplanner.core.units import Amount

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


class OnHand(Record):
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


class RunOut(Record):
    """The first upcoming dose the stock cannot cover."""

    dose: ScheduledDose
    needed: Decimal  # units that dose needs
    left: Decimal  # units left by then

    @property
    def at(self) -> datetime:
        return self.dose.at


class Forecast(Record):
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
