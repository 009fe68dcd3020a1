"""What a person does with MedPlanner, as one API over core + storage.

The CLI, the reminder engine and the GUI all call this; none of them writes
a storage sequence or a dosing rule of its own. No Qt, no scheduler here.
Every method that depends on the time takes ``at``/``now``; ``clock`` only
stamps ``recorded_at`` and picks "today" for the daily backup.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Literal

from medplanner.core.checks import run_checks
from medplanner.core.clock import Clock as Clock
from medplanner.core.clock import local_day
from medplanner.core.clock import system_clock as system_clock
from medplanner.core.clock import today as today_of
from medplanner.core.diary import (
    RED_FLAG_HOURS,
    Assessment,
    DiaryEntry,
    Symptom,
    SymptomSeverity,
    assess,
    standing_red_flags,
)
from medplanner.core.dosing import (
    SkipCheck,
    SlotStatus,
    TakeCheck,
    check_skip,
    check_take,
    find_medication,
    missed_findings,
    plan_rules,
)
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot, correction_of, retraction_of
from medplanner.core.inforce import Version, statuses_in_force
from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.model import Finding, Medication, Person, Plan, ScheduledDose, sort_findings
from medplanner.core.plan import dumps, loads, loads_bytes
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
from medplanner.core.streak import CODE as STREAK_CODE
from medplanner.core.streak import lookback_days, missed_streak_findings, streak_drugs
from medplanner.core.takegate import (
    is_sedating,
    red_flag_finding,
    sedating_medications,
    taken_close_findings,
)
from medplanner.core.units import Amount
from medplanner.service.changes import Changes, Done
from medplanner.service.results import (
    AsNeeded,
    Current,
    ImportResult,
    SkipOutcome,
    SkipProposal,
    Status,
    TakeOutcome,
    TakeProposal,
)
from medplanner.storage import Store
from medplanner.storage.backup import RestoreResult, backup, ensure_daily_backup
from medplanner.storage.backup import restore as _restore
from medplanner.storage.records import PlanVersion, StockChange


class Service:
    """One household's data (a data dir) and the rules applied to it."""

    def __init__(
        self, store: Store, kb: KnowledgeBase | None = None, clock: Clock = system_clock
    ) -> None:
        self._store = store
        self.kb = kb or load_knowledge_base()
        self.clock = clock
        self._versions: dict[int, Version] = {}  # parsed stored versions, by id

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        *,
        clock: Clock = system_clock,
        verify: bool = False,
        kb: KnowledgeBase | None = None,
    ) -> Service:
        """Open the data dir; ``clock`` also stamps what the store records (a plan version's
        moment: when tracking by it starts). ``verify`` reads every page first (the app's
        start, a restore). A damaged or newer database raises
        :class:`~medplanner.service.errors.DatabaseUnusable`."""
        return cls(Store.open(data_dir, clock=clock, verify=verify), kb=kb, clock=clock)

    @property
    def data_dir(self) -> Path:
        """The folder this household's data lives in."""
        return self._store.data_dir

    def backup(self, dest: Path) -> Path:
        """A complete, verified, private (0600) copy of the database at ``dest``."""
        return backup(self._store, dest)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ persons and plans

    def persons(self) -> list[str]:
        return [p.name for p in self._store.persons()]

    def find_person(self, name: str) -> str | None:
        """``name`` as stored, or None when no such person is stored."""
        found = self._store.find_person(name)
        return found.name if found is not None else None

    def update_person(self, old_name: str, person: Person) -> Done[str]:
        """Save changed person details as a new plan version; a new name renames them,
        history included. Returns the name now stored."""
        current = self.current(old_name)
        plan = dataclasses.replace(current.plan, person=person)
        loads(dumps(plan))  # never rename for a plan that would not store
        if person.name != current.person:
            self._store.rename_person(current.person, person.name)
        name = self.save_plan(plan).person
        return Done(name, Changes(None, plan=True, persons=True))

    # ------------------------------------------------------------------ settings

    def setting(self, key: str, *, person: str | None = None) -> str | None:
        """A stored setting (the person's, or global without one); None: the default."""
        return self._store.settings.get(key, person=person)

    def set_setting(self, key: str, value: str | None, *, person: str | None = None) -> Changes:
        """Set ``key`` (the person's, or global without one); None: back to the default."""
        name = self._store.person(person).name if person is not None else None
        self._store.settings.set(key, value, person=name)
        return Changes(name, settings=True)

    def resolve_person(self, name: str | None) -> str:
        """``name`` as stored; without a name, the only person there is."""
        if name is not None:
            return self._store.person(name).name
        names = self.persons()
        if not names:
            raise InvalidInput("no plan is stored yet: run `medplanner import PLAN` first")
        if len(names) > 1:
            listed = ", ".join(f'"{n}"' for n in names)
            raise InvalidInput(f"several persons are stored ({listed}): say which with --person")
        return names[0]

    def import_plan(self, path: Path, *, default_timezone: str = "UTC") -> ImportResult:
        """Check and store a plan file (a new version for its person). Invalid: nothing stored."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InvalidInput(f"{path}: file not found") from None
        except OSError as e:
            raise InvalidInput(f"{path}: cannot be read ({e.strerror or e})") from None
        plan = loads_bytes(raw, source=str(path), default_timezone=default_timezone)
        text = raw.decode("utf-8").removeprefix("\ufeff")
        if plan.person.timezone != _declared_zone(text):
            text = dumps(plan)  # the file relied on this machine's zone: store it explicitly
        return self._store_plan(plan, text)

    def save_plan(self, plan: Plan) -> ImportResult:
        """Store a plan edited in the app as a new version."""
        text = dumps(plan)
        loads(text)  # never store what would not load back
        return self._store_plan(plan, text)

    def _store_plan(self, plan: Plan, text: str) -> ImportResult:
        new_person = self._store.find_person(plan.person.name) is None
        before = self._store.current_plan(plan.person.name) if not new_person else None
        version = self._store.add_plan_version(plan.person.name, text, create_person=True)
        self._daily_backup()
        return ImportResult(
            person=self._store.person(plan.person.name).name,
            version=version,
            findings=run_checks(plan, self.kb),
            new_person=new_person,
            unchanged=before is not None and before.id == version,
        )

    def current(self, person: str) -> Current:
        stored = self._store.current_plan(person)
        if stored is None:
            raise InvalidInput(f'no plan is stored for "{person}": run `medplanner import PLAN`')
        plan = loads(stored.toml, source=f"stored plan of {person}")
        return Current(self._store.person(person).name, plan, stored.id, stored.toml)

    def plan_versions(self, person: str) -> list[PlanVersion]:
        """Every stored version of the person's plan as stored (id, moment, TOML text),
        oldest first; one that no longer loads is listed too."""
        return self._store.plan_versions(person)

    def versions(self, person: str) -> list[Version]:
        """Every stored version of the person's plan with the moment it came into force,
        oldest first (contract §4, the plan in force)."""
        out = []
        for stored in self._store.plan_versions(person):
            cached = self._versions.get(stored.id)
            if cached is None:
                plan = loads(stored.toml, source=f"stored plan version {stored.id}")
                cached = Version(stored.created_at, plan, plan_rules(plan, self.kb))
                self._versions[stored.id] = cached
            out.append(cached)
        return out

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
                dataclasses.replace(s, advice="skip-and-wait")
                if s.advice == "take-now" and s.dose.medication.casefold() in held
                else s
                for s in slots
            ]
        streaks = self.missed_streaks(cur, now)
        findings = sort_findings(
            [*missed_findings(plan, slots, now), *standing, *stock_findings, *streaks]
        )
        if flags:  # contract: red-flag-standing comes first, before every other finding
            names = ", ".join(sedating) or "any medicine that makes you drowsy"
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

    # ------------------------------------------------------------------ answers
    #
    # The one take flow (and the one skip flow) of the app: the CLI, Today, the reminder
    # pop-up, catch-up and the demo all propose, show the findings, and record. Recording
    # decides again inside one write transaction, on the events read in it, so of two
    # writers for one dose the second waits, then sees the first and is refused.

    def _locate(self, person: str, medication: str) -> tuple[Current, int, Medication]:
        cur = self.current(person)
        hit = find_medication(cur.plan, medication, self.kb)
        if hit is None:
            names = ", ".join(m.name for m in cur.plan.medications) or "none"
            raise InvalidInput(f'"{medication}" is not in {cur.person}\'s plan (it has: {names})')
        return cur, hit[0], hit[1]

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
        cur, index, _ = self._locate(person, medication)
        check = self._decide_take(cur, index, at, slot, dose, None)
        return TakeProposal(cur.person, index, at, slot, dose, cur.version, check)

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
                raise InvalidInput(f"{proposal.medication.name} is no longer in the plan")
            index = hit[0]
            proposal = dataclasses.replace(proposal, med_index=index, plan_version=cur.version)
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
                    f"{check.medication.name} has no scheduled dose then, so say how much was "
                    "taken: --dose AMOUNT (like --dose 300mg)"
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
        return TakeOutcome(decided[-1], event, tuple(sorted(confirmed)), cur.person)

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
        return dataclasses.replace(check, findings=(*extra, *check.findings))

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
                check = dataclasses.replace(
                    proposal.check, findings=(*proposal.check.findings, streak)
                )
                proposal = dataclasses.replace(proposal, check=check)
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
                check = dataclasses.replace(
                    outcome.check,
                    findings=(
                        *outcome.check.findings,
                        *(f for f in proposal.findings if f.code in extra),
                    ),
                )
                outcome = dataclasses.replace(outcome, check=check)
            out.append(outcome)
        return out

    def take_all_due(self, person: str, at: datetime, *, force: bool = False) -> list[TakeOutcome]:
        """Propose and record every due dose; ``force`` confirms the findings each met (as
        ``take --all-due --force``). Outcomes in time order; refused ones have no event."""
        return self.record_all_due(self.propose_all_due(person, at), confirm=force)

    def propose_skip(
        self, person: str, medication: str, at: datetime, *, slot: Slot | None = None
    ) -> SkipProposal:
        """The scheduled dose a skip at ``at`` would answer (or the finding why none)."""
        cur, index, med = self._locate(person, medication)
        if med.as_needed:
            raise InvalidInput(f"{med.name} is taken as needed: there is no dose to skip")
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
        cur, _, med = self._locate(person, medication)
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

    def events(self, person: str, since: datetime, until: datetime) -> list[DoseEvent]:
        """The standing dose log of ``[since, until)`` (corrected and retracted events left
        out; :meth:`history` keeps them)."""
        return self._store.events_for(person, since, until)

    def last_taken(self, person: str, medication: str, *, not_after: datetime) -> DoseEvent | None:
        """The last standing "taken" event of ``medication`` at or before ``not_after``."""
        return self._store.last_taken(person, medication, not_after=not_after)

    def history(self, person: str, since: datetime, until: datetime) -> list[DoseEvent]:
        return self._store.events_for(person, since, until, include_superseded=True)

    # ------------------------------------------------------------------ symptom diary

    def record_symptom(
        self,
        person: str,
        symptom: Symptom,
        severity: SymptomSeverity,
        at: datetime,
        *,
        note: str | None = None,
    ) -> Done[tuple[DiaryEntry, Assessment]]:
        """Add a diary entry; return it with what it calls for (emergency help or not)."""
        name = self._store.person(person).name
        entry = DiaryEntry(symptom, severity, at, self.clock(), note=note or None)
        stored = self._store.diary.record(name, entry)
        self._daily_backup()
        return Done((stored, assess(symptom, severity)), Changes(name, diary=True))

    def withdraw_symptom(self, person: str, entry_id: int, *, reason: str) -> Done[DiaryEntry]:
        """Withdraw a mistaken entry: a new row that names it, with the reason (both kept)."""
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidInput("withdrawing a diary entry needs a reason (for example: typo)")
        name = self._store.person(person).name
        original = self._store.diary.entry(name, entry_id)
        withdrawal = DiaryEntry(
            original.symptom,
            original.severity,
            original.at,
            self.clock(),
            note=reason.strip(),
            kind="withdrawal",
            withdraws=entry_id,
        )
        stored = self._store.diary.record(name, withdrawal)
        self._daily_backup()
        return Done(stored, Changes(name, diary=True))

    def diary(self, person: str, since: datetime, until: datetime) -> list[DiaryEntry]:
        """Every diary row felt in ``[since, until)``, withdrawals included, in time order."""
        return self._store.diary.entries(self._store.person(person).name, since, until)

    def red_flags(self, person: str, now: datetime) -> list[DiaryEntry]:
        """Red-flag entries of the last 24 hours that stand: the emergency banner's content."""
        since = now - timedelta(hours=RED_FLAG_HOURS)
        name = self._store.person(person).name
        rows = self._store.diary.entries(name, since, now + timedelta(days=1))
        safe = self._store.diary.safe_marks(name, since, now + timedelta(microseconds=1))
        return standing_red_flags(rows, now, safe_marks=safe)

    def mark_safe(self, person: str, at: datetime) -> Done[list[DiaryEntry]]:
        """Log "I'm safe now" at ``at``: red flags felt up to then stop standing (a flag
        written later stands again). Returns the flags it ended."""
        name = self._store.person(person).name
        ended = self.red_flags(name, at)
        self._store.diary.mark_safe(name, at, self.clock())
        self._daily_backup()
        return Done(ended, Changes(name, diary=True))

    def _daily_backup(self) -> None:
        ensure_daily_backup(self._store, self.clock().date())

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
            raise InvalidInput(f"a refill adds more than 0 units, not {units}")
        return self._record_stock(person, medication, "add", units, at, reason)

    def correct_stock(
        self, person: str, medication: str, units: Decimal | int, *, at: datetime, reason: str
    ) -> Done[StockReport]:
        """Record a correction of ``units`` (negative: dropped, lost; positive: found), with
        the reason, kept in the stock history. A wrong count is corrected by a new count."""
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidInput("a stock correction needs a reason (for example: dropped one)")
        if Decimal(units) == 0:
            raise InvalidInput("a correction of 0 units changes nothing")
        return self._record_stock(person, medication, "add", units, at, reason)

    def stock(self, person: str, medication: str, now: datetime) -> StockReport | None:
        """Units on hand and the run-out along the plan (None: never counted)."""
        cur, index, _ = self._stocked(person, medication)
        return self._stock_report(cur, index, now)

    def stocks(self, person: str, now: datetime) -> list[StockReport]:
        """Every counted medication of the person's plan, in plan order."""
        return self._stock_reports(self.current(person), now)

    def stock_history(self, person: str, medication: str) -> list[StockChange]:
        cur, _, med = self._stocked(person, medication)
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
                f"{med.name} has no strength in the plan, so its stock cannot be counted: "
                'add strength = "..." (one tablet or capsule) to it'
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


#: After every instant the dose log may hold (events stop at 2199).
_END_OF_LOG = datetime(2200, 1, 1, tzinfo=UTC)


def _around(at: datetime, days: int = 2) -> tuple[datetime, datetime]:
    span = timedelta(days=days)
    return at - span, at + span


def _scheduled_for(plan: Plan, index: int, slot: Slot) -> ScheduledDose:
    from medplanner.core.schedule import doses_on

    for dose in doses_on(plan, slot.day):
        if dose.med_index == index and dose.wall == slot.wall:
            return dose
    raise InvalidInput(f"{plan.medications[index].name} has no dose at {slot}")


def _in_plan(plan: Plan, dose: ScheduledDose, kb: KnowledgeBase) -> bool:
    """Whether ``plan`` schedules ``dose``'s medication at its slot (its day and wall time)."""
    from medplanner.core.schedule import doses_on

    hit = find_medication(plan, dose.medication, kb)
    if hit is None:
        return False
    return any(d.med_index == hit[0] and d.wall == dose.wall for d in doses_on(plan, dose.day))


def _declared_zone(text: str) -> str | None:
    import tomllib

    person = tomllib.loads(text).get("person", {})
    zone_name = person.get("timezone") if isinstance(person, dict) else None
    return zone_name if isinstance(zone_name, str) else None


def restore(source: Path, *, today: date, data_dir: Path | None = None) -> RestoreResult:
    """Replace the whole database with the backup ``source``, checked fully first; no
    :class:`Service` may have it open meanwhile. A bad file changes nothing."""
    return _restore(source, today=today, data_dir=data_dir)


__all__ = [
    "AsNeeded",
    "Clock",
    "Current",
    "ImportResult",
    "Service",
    "SkipOutcome",
    "SkipProposal",
    "Status",
    "TakeOutcome",
    "TakeProposal",
    "restore",
    "system_clock",
]
