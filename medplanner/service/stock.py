"""Stock and refills: units on hand from the stock history and the dose log.

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.model import Medication
from medplanner.core.stock import (
    LEAD_DAYS_KEY,
    REMINDER_TIME_KEY,
    RefillReminder,
    RefillSettings,
    StockReport,
    baseline,
    parse_lead_days,
    parse_reminder_time,
    refill_reminder_due,
)
from medplanner.core.stock import report as stock_report
from medplanner.service.base import _END_OF_LOG
from medplanner.service.changes import Changes, Done
from medplanner.service.plans import _Plans
from medplanner.service.results import (
    Current,
)
from medplanner.storage.records import StockChange


class _Stock(_Plans):
    """Stock and refills."""

    # ------------------------------------------------------------------ stock and refills
    #
    # Units on hand are counted from the stock history *and* the dose log (core.stock says
    # why): ``take`` needs no stock code of its own, and a retracted or corrected take
    # fixes the stock by itself.

    def set_stock(
        self,
        person: str,
        medication: str,
        units: Decimal | int,
        *,
        at: datetime,
        reason: str | None = None,
    ) -> Done[StockReport]:
        """Record a count: ``units`` on hand at ``at`` (0 or more)."""
        return self._record_stock(person, medication, "set", units, at, reason)

    def add_stock(
        self,
        person: str,
        medication: str,
        units: Decimal | int,
        *,
        at: datetime,
        reason: str | None = None,
    ) -> Done[StockReport]:
        """Record a refill: ``units`` more on hand (more than 0)."""
        if Decimal(units) <= 0:
            raise InvalidInput(
                _("a refill adds more than 0 units, not {units}").format(units=units)
            )
        return self._record_stock(person, medication, "add", units, at, reason)

    def correct_stock(
        self, person: str, medication: str, units: Decimal | int, *, at: datetime, reason: str
    ) -> Done[StockReport]:
        """Record a correction of ``units`` (negative: dropped, lost; positive: found), with
        the reason, kept in the stock history. A wrong count is corrected by a new count."""
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidInput(_("a stock correction needs a reason (for example: dropped one)"))
        if Decimal(units) == 0:
            raise InvalidInput(_("a correction of 0 units changes nothing"))
        return self._record_stock(person, medication, "add", units, at, reason)

    def stock(self, person: str, medication: str, now: datetime) -> StockReport | None:
        """Units on hand and the run-out along the plan (None: never counted)."""
        cur, index, _med = self._stocked(person, medication)
        return self._stock_report(cur, index, now)

    def stocks(self, person: str, now: datetime) -> list[StockReport]:
        """Every counted medication of the person's plan, in plan order."""
        return self._stock_reports(self.current(person), now)

    def stock_history(self, person: str, medication: str) -> list[StockChange]:
        cur, _index, med = self._stocked(person, medication)
        return self._store.stock.history(cur.person, med.name)

    def refill_settings(self, person: str) -> RefillSettings:
        name = self._store.person(person).name
        return RefillSettings.from_settings(self._store.settings.all(person=name))

    def set_refill_lead_days(self, person: str, days: int | str) -> Changes:
        """How many days before the run-out a refill is flagged (0–90; default 7)."""
        value = parse_lead_days(str(days))
        return self.set_setting(LEAD_DAYS_KEY, str(value), person=person)

    def set_refill_reminder_time(self, person: str, at: str | None) -> Changes:
        """The refill reminder's time of day (``"10:00"``); None: back to the default."""
        value = parse_reminder_time(at).strftime("%H:%M") if at is not None else None
        return self.set_setting(REMINDER_TIME_KEY, value, person=person)

    def next_refill_reminder(
        self, person: str, now: datetime, *, last_reminded: date | None = None
    ) -> RefillReminder | None:
        """When the reminder engine shows the next refill reminder (once a day at most)."""
        cur = self.current(person)
        return refill_reminder_due(
            self._stock_reports(cur, now),
            cur.plan.person,
            self.refill_settings(cur.person),
            now,
            last_reminded=last_reminded,
        )

    def _stocked(self, person: str, medication: str) -> tuple[Current, int, Medication]:
        cur, index, med = self._locate(person, medication)
        if med.strength is None or med.strength.mg <= 0:
            raise InvalidInput(
                _(
                    "{medication} has no strength in the plan, so its stock cannot be counted: "
                    'add strength = "..." (one tablet or capsule) to it'
                ).format(medication=med.name)
            )
        return cur, index, med

    def _record_stock(
        self,
        person: str,
        medication: str,
        kind: Literal["set", "add"],
        units: Decimal | int,
        at: datetime,
        reason: str | None,
    ) -> Done[StockReport]:
        cur, index, med = self._stocked(person, medication)
        self._store.stock.record(cur.person, med.name, kind, units, at=at, reason=reason)
        self._daily_backup()
        result = self._stock_report(cur, index, at)
        assert result is not None  # just recorded
        return Done(result, Changes(cur.person, stock=True))

    def _stock_reports(self, cur: Current, now: datetime) -> list[StockReport]:
        out = []
        for index, med in enumerate(cur.plan.medications):
            if med.strength is None or med.strength.mg <= 0:
                continue
            found = self._stock_report(cur, index, now)
            if found is not None:
                out.append(found)
        return out

    def _stock_report(self, cur: Current, index: int, now: datetime) -> StockReport | None:
        med = cur.plan.medications[index]
        changes = self._store.stock.history(cur.person, med.name)
        base = baseline(changes)
        if base is None:
            return None
        since = min(base.at, now - timedelta(days=2))
        events = self._store.events_for(cur.person, since, _END_OF_LOG, medication=med.name)
        return stock_report(
            cur.plan,
            index,
            self.kb,
            changes,
            events,
            now,
            self.refill_settings(cur.person),
        )

    # -- reminder bookkeeping (issue 18 item 7): what the reminder engine has shown, so
    # a restart never shows it again; kept with the household's data, not in memory.
