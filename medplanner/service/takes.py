"""The one take flow: propose, show the findings, record (decided again inside one write
transaction), and taking every due dose.

Part of :class:`medplanner.service.Service` (one class, built up in layers: base,
diary, plans, stock, day, takes, skips); import ``Service`` from :mod:`medplanner.service`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from medplanner.core.dosing import (
    SlotStatus,
    TakeCheck,
    check_take,
    find_medication,
    plan_rules,
)
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.i18n import _
from medplanner.core.inforce import statuses_in_force
from medplanner.core.model import Finding, Plan, ScheduledDose
from medplanner.core.record import replace
from medplanner.core.streak import CODE as STREAK_CODE
from medplanner.core.streak import streak_drugs, told_at_take
from medplanner.core.takegate import (
    is_sedating,
    red_flag_finding,
    taken_close_findings,
)
from medplanner.core.units import Amount
from medplanner.service.base import _around, _in_plan, _scheduled_for
from medplanner.service.day import _Day
from medplanner.service.results import (
    Current,
    TakeOutcome,
    TakeProposal,
)


class _Takes(_Day):
    """The one take flow, and taking every due dose."""

    # ------------------------------------------------------------------ answers
    #
    # The one take flow (and the one skip flow) of the app: the CLI, Today, the reminder
    # pop-up, catch-up and the demo all propose, show the findings, and record. Recording
    # decides again inside one write transaction, on the events read in it, so of two
    # writers for one dose the second waits, then sees the first and is refused.

    def propose_take(
        self,
        person: str,
        medication: str,
        at: datetime,
        *,
        slot: Slot | None = None,
        dose: Amount | None = None,
    ) -> TakeProposal:
        """What taking ``medication`` at ``at`` would record, and the findings against it.

        ``slot``: the scheduled dose the person answers (a reminder's Take button); else the
        dose whose take window holds ``at``. ``dose``: the amount the person states (needed
        for an extra dose outside every slot when no step applies).
        """
        cur, index, _med = self._locate(person, medication)
        check = self._decide_take(cur, index, at, slot, dose, None)
        notices = self._take_notices(cur, check.medication.name, at)
        return TakeProposal(cur.person, index, at, slot, dose, cur.version, check, notices)

    def _take_notices(self, cur: Current, medication: str, at: datetime) -> tuple[Finding, ...]:
        """What a single take tells without refusing it: the medication's standing missed
        streak (its warning is in ``status``; taking one dose restarts the drug)."""
        if medication.casefold() not in streak_drugs(cur.plan, self.kb):
            return ()
        return tuple(
            told_at_take(f)
            for f in self.missed_streaks(cur, at)
            if f.medication.casefold() == medication.casefold()
        )

    def record_take(
        self, proposal: TakeProposal, *, confirmed_over: Iterable[str] = ()
    ) -> TakeOutcome:
        """Record ``proposal`` unless a warning or danger stands that the person did not
        confirm (``confirmed_over`` lists the confirmed codes). The findings are decided
        again inside the write transaction, so a dose recorded meanwhile is seen."""
        cur = self.current(proposal.person)
        index = proposal.med_index
        if cur.version != proposal.plan_version:
            hit = find_medication(cur.plan, proposal.medication.name, self.kb)
            if hit is None:
                raise InvalidInput(
                    _("{medication} is no longer in the plan").format(
                        medication=proposal.medication.name
                    )
                )
            index = hit[0]
            proposal = replace(proposal, med_index=index, plan_version=cur.version)
        confirmed = frozenset(confirmed_over)
        decided: list[TakeCheck] = []

        def decide(events: list[DoseEvent]) -> DoseEvent | None:
            check = self._decide_take(
                cur, proposal.med_index, proposal.at, proposal.slot, proposal.dose, events
            )
            decided.append(check)
            blocking = check.blocking
            if not set(blocking) <= confirmed:
                return None
            if check.amount is None:
                raise InvalidInput(
                    _(
                        "{medication} has no scheduled dose then, so say how much was taken: "
                        "--dose AMOUNT (like --dose 300mg)"
                    ).format(medication=check.medication.name)
                )
            return DoseEvent(
                kind="taken",
                medication=check.medication.name,
                at=proposal.at,
                recorded_at=self.clock(),
                slot=Slot.of(check.slot) if check.slot is not None else None,
                amount=check.amount,
                flagged=bool(blocking),
                confirmed=bool(blocking),
                plan_version=cur.version,
            )

        since, until = _around(proposal.at)
        event = self._store.record_decided(cur.person, since, until, decide)
        if event is not None:
            self._daily_backup()
        notices = proposal.notices if event is not None else ()
        return TakeOutcome(decided[-1], event, tuple(sorted(confirmed)), cur.person, notices)

    def _decide_take(
        self,
        cur: Current,
        index: int,
        at: datetime,
        slot: Slot | None,
        dose: Amount | None,
        events: list[DoseEvent] | None,
    ) -> TakeCheck:
        if events is None:
            events = self.events_around(cur.person, at)
        plan, index, pinned = self._in_force(cur, index, slot)
        rules = plan_rules(plan, self.kb)[index]
        check = check_take(plan, index, at, events, rules, slot=pinned, stated=dose)
        return self._gate_take(cur, check, at, events)

    def _in_force(
        self, cur: Current, index: int, slot: Slot | None
    ) -> tuple[Plan, int, ScheduledDose | None]:
        """The plan version in force at ``slot`` (contract §4), the medication's index in it
        and the slot's scheduled dose: answering a slot of an older version (a dose before
        today's plan change) is judged by that version, as Today shows it."""
        if slot is None:
            return cur.plan, index, None
        name = cur.plan.medications[index].name.casefold()
        ordered = sorted(self.versions(cur.person), key=lambda v: v.stored_at)
        for i, version in enumerate(reversed(ordered)):
            at = len(ordered) - 1 - i
            hit = next(
                (j for j, m in enumerate(version.plan.medications) if m.name.casefold() == name),
                None,
            )
            if hit is None:
                continue
            try:
                dose = _scheduled_for(version.plan, hit, slot)
            except InvalidInput:
                continue
            until = ordered[at + 1].stored_at if at + 1 < len(ordered) else None
            if (until is None or dose.utc < until) and (at == 0 or dose.utc >= version.stored_at):
                return version.plan, hit, dose
        return cur.plan, index, _scheduled_for(cur.plan, index, slot)

    def _gate_take(
        self, cur: Current, check: TakeCheck, at: datetime, events: list[DoseEvent]
    ) -> TakeCheck:
        """The take rules that look past the medication itself (core.takegate): a standing
        red flag refuses a sedating dose; another sedating drug taken within the stagger
        window is told (never blocks). Both for the moment the dose is taken."""
        name = check.medication.name
        if not is_sedating(self.kb, name):
            return check
        extra = taken_close_findings(cur.plan, self.kb, name, at, events)
        flags = self.red_flags(cur.person, at)
        if flags:
            extra.insert(0, red_flag_finding(cur.plan, flags, name, at, taking=True))
        if not extra:
            return check
        return replace(check, findings=(*extra, *check.findings))

    def check_take(
        self, person: str, medication: str, at: datetime, *, slot: Slot | None = None
    ) -> TakeCheck:
        """The findings a take would meet now (nothing recorded)."""
        return self.propose_take(person, medication, at, slot=slot).check

    def take(
        self,
        person: str,
        medication: str,
        at: datetime,
        *,
        force: bool = False,
        slot: Slot | None = None,
        dose: Amount | None = None,
    ) -> TakeOutcome:
        """Propose and record in one call; ``force`` confirms the findings the proposal
        met (as ``--force`` does). A finding that appears meanwhile still refuses it."""
        proposal = self.propose_take(person, medication, at, slot=slot, dose=dose)
        confirmed = proposal.check.blocking if force else ()
        return self.record_take(proposal, confirmed_over=confirmed)

    # -- take all due (issue 22): every due dose through the one take flow above

    def due_now(self, person: str, at: datetime) -> list[SlotStatus]:
        """The doses "take all due" records at ``at``: state ``due``, and ``missed`` with the
        advice ``take-now`` (never ``skip-and-wait``, ``upcoming``, ``covered`` or
        ``before-tracking``), in time order."""
        cur = self.current(person)
        events = self.events_around(cur.person, at)
        return [
            s
            for s in statuses_in_force(self.versions(cur.person), events, at)
            if s.state == "due" or (s.state == "missed" and s.advice == "take-now")
        ]

    def propose_all_due(self, person: str, at: datetime) -> list[TakeProposal]:
        """A take proposal for every due dose (see :meth:`due_now`), each pinned to its slot.

        A medication with a standing ``missed-streak-restart`` gets that warning in its
        proposal's findings: taking it now would restart it at the full dose, which needs
        the person's explicit confirmation like any other warning.
        """
        cur = self.current(person)
        streaks = {f.medication.casefold(): f for f in self.missed_streaks(cur, at)}
        out = []
        for s in self.due_now(cur.person, at):
            if not _in_plan(cur.plan, s.dose, self.kb):
                continue  # a dose of a replaced version that the plan in force no longer has
            proposal = self.propose_take(cur.person, s.dose.medication, at, slot=Slot.of(s.dose))
            streak = streaks.get(proposal.medication.name.casefold())
            if streak is not None:
                proposal = replace(proposal, notices=())  # asked instead
                check = replace(proposal.check, findings=(*proposal.check.findings, streak))
                proposal = replace(proposal, check=check)
            out.append(proposal)
        return out

    def record_all_due(
        self, proposals: Iterable[TakeProposal], *, confirm: bool = False
    ) -> list[TakeOutcome]:
        """Record each proposal with :meth:`record_take`, one transaction each. Without
        ``confirm`` a proposal with a warning or danger is refused (nothing recorded for
        it); with ``confirm`` each is recorded over exactly the findings it was shown with
        (a finding that appears meanwhile still refuses it)."""
        out = []
        for proposal in proposals:
            needed = proposal.needs_confirmation
            if needed and not confirm:
                out.append(TakeOutcome(proposal.check, None, person=proposal.person))
                continue
            extra = tuple(c for c in needed if c == STREAK_CODE)
            outcome = self.record_take(proposal, confirmed_over=needed)
            if extra:  # decided outside the take rules: keep it in what the outcome says
                check = replace(
                    outcome.check,
                    findings=(
                        *outcome.check.findings,
                        *(f for f in proposal.findings if f.code in extra),
                    ),
                )
                outcome = replace(outcome, check=check)
            out.append(outcome)
        return out

    def take_all_due(self, person: str, at: datetime, *, force: bool = False) -> list[TakeOutcome]:
        """Propose and record every due dose; ``force`` confirms the findings each met (as
        ``take --all-due --force``). Outcomes in time order; refused ones have no event."""
        return self.record_all_due(self.propose_all_due(person, at), confirm=force)
