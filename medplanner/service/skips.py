"""The skip flow, snoozes, corrections and retractions of recorded answers.

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from datetime import datetime

from medplanner.core.dosing import (
    SkipCheck,
    check_skip,
    plan_rules,
)
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot, correction_of, retraction_of
from medplanner.core.i18n import _
from medplanner.service.base import _around
from medplanner.service.changes import Changes, Done
from medplanner.service.results import (
    Current,
    SkipOutcome,
    SkipProposal,
)
from medplanner.service.takes import _Takes


class _Skips(_Takes):
    """The skip flow, snoozes, corrections and retractions."""

    def propose_skip(
        self, person: str, medication: str, at: datetime, *, slot: Slot | None = None
    ) -> SkipProposal:
        """The scheduled dose a skip at ``at`` would answer (or the finding why none)."""
        cur, index, med = self._locate(person, medication)
        if med.as_needed:
            raise InvalidInput(
                _("{medication} is taken as needed: there is no dose to skip").format(
                    medication=med.name
                )
            )
        check = self._decide_skip(cur, index, at, slot, None)
        return SkipProposal(cur.person, index, at, slot, cur.version, check)

    def record_skip(self, proposal: SkipProposal, *, reason: str | None = None) -> SkipOutcome:
        """Record the skip, decided again inside the write transaction (never forced)."""
        cur = self.current(proposal.person)
        if cur.version != proposal.plan_version:
            proposal = self.propose_skip(
                cur.person, proposal.check.medication.name, proposal.at, slot=proposal.slot
            )
        decided: list[SkipCheck] = []

        def decide(events: list[DoseEvent]) -> DoseEvent | None:
            check = self._decide_skip(cur, proposal.med_index, proposal.at, proposal.slot, events)
            decided.append(check)
            if check.refused or check.slot is None:
                return None
            return DoseEvent(
                kind="skipped",
                medication=check.medication.name,
                at=proposal.at,
                recorded_at=self.clock(),
                slot=Slot.of(check.slot),
                reason=reason,
                plan_version=cur.version,
            )

        since, until = _around(proposal.at)
        event = self._store.record_decided(cur.person, since, until, decide)
        if event is not None:
            self._daily_backup()
        return SkipOutcome(decided[-1], event, cur.person)

    def _decide_skip(
        self,
        cur: Current,
        index: int,
        at: datetime,
        slot: Slot | None,
        events: list[DoseEvent] | None,
    ) -> SkipCheck:
        if events is None:
            events = self.events_around(cur.person, at)
        plan, index, pinned = self._in_force(cur, index, slot)
        rules = plan_rules(plan, self.kb)[index]
        return check_skip(plan, index, at, events, rules, slot=pinned)

    def skip(
        self,
        person: str,
        medication: str,
        at: datetime,
        *,
        reason: str | None = None,
        slot: Slot | None = None,
    ) -> SkipOutcome:
        """Propose and record a skip in one call (refused: ``outcome.event`` is None)."""
        return self.record_skip(self.propose_skip(person, medication, at, slot=slot), reason=reason)

    def snooze(
        self, person: str, medication: str, slot: Slot, at: datetime, until: datetime
    ) -> Done[DoseEvent]:
        cur, _index, med = self._locate(person, medication)
        event = DoseEvent(
            kind="snoozed",
            medication=med.name,
            at=at,
            recorded_at=self.clock(),
            slot=slot,
            snooze_until=until,
            plan_version=cur.version,
        )
        stored = self._store.record_event(cur.person, event)
        return Done(stored, Changes(cur.person, events=True))

    def record_correction(
        self, person: str, original: DoseEvent, **fields: object
    ) -> Done[DoseEvent]:
        """A new event that replaces ``original`` (the log keeps both); ``fields`` as
        :func:`~medplanner.core.events.correction_of` takes them."""
        event = correction_of(original, recorded_at=self.clock(), **fields)
        stored = self._store.record_event(person, event)
        return Done(stored, Changes(self._store.person(person).name, events=True))

    def record_retraction(
        self, person: str, original: DoseEvent, *, reason: str
    ) -> Done[DoseEvent]:
        """A new event saying ``original`` never happened (the log keeps both)."""
        event = retraction_of(original, recorded_at=self.clock(), reason=reason)
        stored = self._store.record_event(person, event)
        return Done(stored, Changes(self._store.person(person).name, events=True))
