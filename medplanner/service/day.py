"""The day: a person's status now (doses, findings, as-needed), missed-dose streaks, and
reading the dose log.

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from medplanner.core.checks import run_checks
from medplanner.core.clock import local_day
from medplanner.core.clock import today as today_of
from medplanner.core.dosing import (
    SlotStatus,
    check_take,
    missed_findings,
    plan_rules,
)
from medplanner.core.events import DoseEvent
from medplanner.core.i18n import _
from medplanner.core.inforce import statuses_in_force
from medplanner.core.model import Finding, sort_findings
from medplanner.core.record import replace
from medplanner.core.streak import lookback_days, missed_streak_findings, streak_drugs
from medplanner.core.takegate import (
    red_flag_finding,
    sedating_medications,
)
from medplanner.service.base import _around
from medplanner.service.results import (
    AsNeeded,
    Current,
    Status,
)
from medplanner.service.review import _Review


class _Day(_Review):
    """A person's day: status, missed-dose streaks, the dose log read."""

    # ------------------------------------------------------------------ the day

    def events_around(self, person: str, at: datetime, days: int = 2) -> list[DoseEvent]:
        """Standing events from ``days`` before to ``days`` after ``at``."""
        return self._store.events_for(person, *_around(at, days))

    def status(self, person: str, now: datetime) -> Status:
        cur = self.current(person)
        plan = cur.plan
        events = self.events_around(person, now)
        rules = plan_rules(plan, self.kb)
        slots = statuses_in_force(self.versions(cur.person), events, now)
        day = today_of(plan.person, now)
        prn = []
        for index, med in enumerate(plan.medications):
            if not med.as_needed:
                continue
            mine = [
                e
                for e in events
                if e.kind == "taken"
                and e.medication.casefold() == med.name.casefold()
                and local_day(e.at, plan.person.timezone) == day
            ]
            last = self._store.last_taken(person, med.name, not_after=now)
            prn.append(
                AsNeeded(
                    medication=med,
                    taken_today=len(mine),
                    last_taken=last.at if last is not None else None,
                    check=check_take(plan, index, now, events, rules[index]),
                )
            )
        standing = [f for f in run_checks(plan, self.kb, today=day) if f.severity != "info"]
        stock = self._stock_reports(cur, now)
        stock_findings = [r.finding for r in stock if r.finding is not None]
        flags = self.red_flags(cur.person, now)
        held: frozenset[str] = frozenset()
        if flags:
            # Never "take it now" for a sedating dose while a red flag stands (slots and the
            # missed-dose advice alike).
            sedating = sedating_medications(plan, self.kb)
            held = frozenset(n.casefold() for n in sedating)
            slots = [
                replace(s, advice="skip-and-wait")
                if s.advice == "take-now" and s.dose.medication.casefold() in held
                else s
                for s in slots
            ]
        streaks = self.missed_streaks(cur, now)
        findings = sort_findings(
            [*missed_findings(plan, slots, now), *standing, *stock_findings, *streaks]
        )
        if flags:  # contract: red-flag-standing comes first, before every other finding
            # Translators: stands for the names of the sedating medications in the red-flag
            # warning ("Do not take {medication} (sedating) until you are safe ...").
            names = ", ".join(sedating) or _("any medicine that makes you drowsy")
            findings = [red_flag_finding(plan, flags, names, now, taking=False), *findings]
        return Status(now, cur, slots, prn, findings, stock, flags, held)

    def missed_streaks(self, cur: Current, now: datetime) -> list[Finding]:
        """``missed-streak-restart`` warnings: the doses of today and the days before it
        (as far back as the longest streak rule needs), each judged by its plan in force."""
        drugs = streak_drugs(cur.plan, self.kb)
        back = lookback_days(drugs.values())
        if not back:
            return []
        first = today_of(cur.plan.person, now)
        events = self._store.events_for(
            cur.person, now - timedelta(days=back + 2), now + timedelta(days=2)
        )
        versions = self.versions(cur.person)
        slots: list[SlotStatus] = []
        for offset in range(back, -1, -1):
            day = first - timedelta(days=offset)
            slots.extend(statuses_in_force(versions, events, now, day))
        return missed_streak_findings(cur.plan, self.kb, slots)

    def events(self, person: str, since: datetime, until: datetime) -> list[DoseEvent]:
        """The standing dose log of ``[since, until)`` (corrected and retracted events left
        out; :meth:`history` keeps them)."""
        return self._store.events_for(person, since, until)

    def last_taken(self, person: str, medication: str, *, not_after: datetime) -> DoseEvent | None:
        """The last standing "taken" event of ``medication`` at or before ``not_after``."""
        return self._store.last_taken(person, medication, not_after=not_after)

    def history(self, person: str, since: datetime, until: datetime) -> list[DoseEvent]:
        return self._store.events_for(person, since, until, include_superseded=True)
