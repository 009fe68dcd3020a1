"""What the service's calls return: a person's plan in force, today's status, and the
proposals and outcomes of a take or a skip (each outcome with the Changes it made)."""

from __future__ import annotations

from datetime import datetime

from medplanner.core.diary import DiaryEntry
from medplanner.core.dosing import SkipCheck, SlotStatus, TakeCheck
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.model import Finding, Medication, Plan, ScheduledDose
from medplanner.core.record import Record
from medplanner.core.stock import StockReport
from medplanner.core.units import Amount
from medplanner.service.changes import NOTHING, Changes


class Current(Record):
    """A person's plan in force, with the stored version it came from."""

    person: str
    plan: Plan
    version: int
    text: str


class ImportResult(Record):
    person: str
    version: int
    findings: list[Finding]
    new_person: bool
    unchanged: bool

    @property
    def changes(self) -> Changes:
        return Changes(self.person, plan=True, persons=self.new_person)


class AsNeeded(Record):
    """An as-needed medication today: how many taken, the last, and whether one may be taken."""

    medication: Medication
    taken_today: int
    last_taken: datetime | None
    check: TakeCheck


class Status(Record):
    at: datetime
    current: Current
    slots: list[SlotStatus]
    as_needed: list[AsNeeded]
    findings: list[Finding]
    #: Each counted medication's stock and run-out (its finding is in ``findings`` too).
    stock: list[StockReport]
    #: Red-flag diary entries standing at ``at``, newest first (the emergency banner).
    red_flags: list[DiaryEntry]
    #: Sedating medications (case-folded names) held back while a red flag stands.
    held: frozenset[str] = frozenset()

    def __init__(
        self,
        at: datetime,
        current: Current,
        slots: list[SlotStatus],
        as_needed: list[AsNeeded],
        findings: list[Finding] | None = None,
        stock: list[StockReport] | None = None,
        red_flags: list[DiaryEntry] | None = None,
        held: frozenset[str] = frozenset(),
    ) -> None:
        # A fresh list for each left out (as dataclasses' field(default_factory=list)).
        self.__dict__.update(
            at=at,
            current=current,
            slots=slots,
            as_needed=as_needed,
            findings=[] if findings is None else findings,
            stock=[] if stock is None else stock,
            red_flags=[] if red_flags is None else red_flags,
            held=held,
        )

    def is_held(self, medication: str) -> bool:
        """Whether a standing red flag holds this medication's doses back."""
        return medication.casefold() in self.held

    @property
    def attention(self) -> bool:
        """A dose is missed or a warning stands (contract: ``status`` exits 1)."""
        return any(s.state == "missed" for s in self.slots) or any(
            f.severity != "info" for f in self.findings
        )


class TakeProposal(Record):
    """A dose about to be taken: who, what, when, and what the take rules say about it."""

    person: str
    med_index: int
    at: datetime
    slot: Slot | None  # the slot the person named (a reminder's), else None
    dose: Amount | None  # the amount the person stated, else None
    plan_version: int
    check: TakeCheck
    #: Told with the take, never refusing it (``missed-streak-take``).
    notices: tuple[Finding, ...] = ()

    @property
    def medication(self) -> Medication:
        return self.check.medication

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.check.findings

    @property
    def target(self) -> ScheduledDose | None:
        """The scheduled dose it would answer (None: as needed, or an extra dose)."""
        return self.check.slot

    @property
    def amount(self) -> Amount | None:
        return self.check.amount

    @property
    def needs_confirmation(self) -> tuple[str, ...]:
        """Codes of the warnings and dangers the person must confirm to record it."""
        return self.check.blocking


class TakeOutcome(Record):
    check: TakeCheck  # as decided when recording
    event: DoseEvent | None  # None: refused, nothing recorded
    confirmed_over: tuple[str, ...] = ()
    person: str | None = None  # whose log it was written to
    #: Told with a recorded take, never refusing it (``missed-streak-take``).
    notices: tuple[Finding, ...] = ()

    @property
    def recorded(self) -> bool:
        return self.event is not None

    @property
    def changes(self) -> Changes:
        return Changes(self.person, events=True) if self.event is not None else NOTHING


class SkipProposal(Record):
    person: str
    med_index: int
    at: datetime
    slot: Slot | None
    plan_version: int
    check: SkipCheck

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.check.findings


class SkipOutcome(Record):
    check: SkipCheck
    event: DoseEvent | None  # None: refused, nothing recorded
    person: str | None = None  # whose log it was written to

    @property
    def recorded(self) -> bool:
        return self.event is not None

    @property
    def dose(self) -> ScheduledDose | None:
        return self.check.slot

    @property
    def changes(self) -> Changes:
        return Changes(self.person, events=True) if self.event is not None else NOTHING
