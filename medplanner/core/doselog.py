"""The dose log read: which answer counts for each scheduled dose (corrections and
retractions applied), each slot's state today (taken, skipped, missed, due, …), and the
missed-dose advice and findings.

Taking and skipping (the decisions on a new answer) are :mod:`medplanner.core.dosing`,
which re-exports every name here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Literal

from medplanner.core import clock
from medplanner.core.clock import GRACE_SOURCE
from medplanner.core.doserules import (
    NO_RULES,
    DrugRules,
    min_interval,
    when_words,
)
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.i18n import _
from medplanner.core.model import Finding, Medication, Plan, ScheduledDose
from medplanner.core.record import Record, replace
from medplanner.core.schedule import doses_on

SlotState = Literal[
    "taken", "skipped", "missed", "due", "upcoming", "covered", "before-tracking", "extra"
]
Advice = Literal["take-now", "skip-and-wait"]


class SlotStatus(Record):
    """One scheduled dose as it stands at ``now``."""

    dose: ScheduledDose
    state: SlotState
    advice: Advice | None = None
    answer: DoseEvent | None = None  # the taken/skipped event, if any
    next_dose: ScheduledDose | None = None
    snoozed_until: datetime | None = None
    #: When it becomes due, if later than its time: a spring-forward gap moved another dose
    #: of the medication within its minimum interval, so this one waits (never two at once).
    due_at: datetime | None = None
    #: The medication's next dose still to come after ``now`` (what missed advice names).
    coming: ScheduledDose | None = None

    @property
    def due_from(self) -> datetime:
        """The instant it becomes due (its time, or ``due_at``)."""
        return self.due_at or self.dose.utc


def effective_events(events: Iterable[DoseEvent]) -> list[DoseEvent]:
    """The log as it now reads: corrections replace what they correct, retractions remove it.

    Events are applied in id order (the order they were written); an event without an id
    (not stored yet) comes last.
    """
    ordered = sorted(events, key=lambda e: (e.id is None, e.id or 0))
    live: dict[int, DoseEvent] = {}
    pending: list[DoseEvent] = []
    for event in ordered:
        if event.corrects is not None:
            live.pop(event.corrects, None)
            # A second correction of the same event replaces the first correction too.
            for key in [k for k, other in live.items() if other.corrects == event.corrects]:
                live.pop(key)
            if event.kind == "retracted":
                continue
        if event.id is None:
            pending.append(event)
        else:
            live[event.id] = event
    return [*live.values(), *pending]


def _same_med(event: DoseEvent, med: Medication) -> bool:
    return event.medication.casefold() == med.name.casefold()


def _answers(events: Sequence[DoseEvent], med: Medication) -> dict[Slot, DoseEvent]:
    """The answering event per slot: taken wins over skipped; the latest of a kind wins."""
    out: dict[Slot, DoseEvent] = {}
    for e in events:
        if e.slot is None or e.kind not in ("taken", "skipped") or not _same_med(e, med):
            continue
        current = out.get(e.slot)
        if current is None or (current.kind == "skipped" and e.kind == "taken"):
            out[e.slot] = e
    return out


def _snoozes(events: Sequence[DoseEvent], med: Medication) -> dict[Slot, datetime]:
    out: dict[Slot, datetime] = {}
    for e in events:
        if e.kind == "snoozed" and e.slot is not None and e.snooze_until and _same_med(e, med):
            out[e.slot] = max(out.get(e.slot, e.snooze_until), e.snooze_until)
    return out


def scheduled_around(plan: Plan, day: date, before: int = 1, after: int = 1) -> list[ScheduledDose]:
    """Doses of the local days ``day - before`` .. ``day + after``, sorted by instant."""
    out: list[ScheduledDose] = []
    for offset in range(-before, after + 1):
        out.extend(doses_on(plan, day + timedelta(days=offset)))
    return out


def day_status(
    plan: Plan,
    events: Iterable[DoseEvent],
    now: datetime,
    rules: dict[int, DrugRules] | None = None,
    *,
    grace: timedelta | None = None,
    day: date | None = None,
) -> list[SlotStatus]:
    """Every scheduled dose of the person's local day (``now``'s, unless given), with its state.

    ``rules`` maps a medication's index in the plan to its :class:`DrugRules`.
    """
    local_day = day or clock.today(plan.person, now)
    grace = grace or clock.grace(plan.person)
    live = effective_events(events)
    around = scheduled_around(plan, local_day, before=1, after=2)
    out: list[SlotStatus] = []
    for index, med in enumerate(plan.medications):
        if med.as_needed:
            continue
        mine = sorted((d for d in around if d.med_index == index), key=lambda d: d.utc)
        answers = _answers(live, med)
        snoozes = _snoozes(live, med)
        med_rules = (rules or {}).get(index, NO_RULES)
        due = _due_instants(plan, index, mine, med_rules)
        coming = next((d for d in mine if d.utc > now), None)
        for k, dose in enumerate(mine):
            if dose.day != local_day:
                continue
            nxt = mine[k + 1] if k + 1 < len(mine) else None
            st = _status(dose, nxt, answers, snoozes, now, grace, med_rules, due[k])
            out.append(replace(st, coming=coming))
    out.sort(key=lambda s: (s.dose.utc, s.dose.med_index))
    return out


def _due_instants(
    plan: Plan, index: int, doses: list[ScheduledDose], rules: DrugRules
) -> list[datetime | None]:
    """Per dose (by instant): a later due instant where a spring-forward shift put it within
    the minimum interval of the dose before it (contract §4: the second becomes due only
    after the minimum interval), else None."""
    out: list[datetime | None] = []
    previous: datetime | None = None
    for k, dose in enumerate(doses):
        start = dose.utc
        if k > 0 and (dose.shifted or doses[k - 1].shifted) and previous is not None:
            limit = min_interval(plan, index, dose.day, rules)
            if limit is not None and previous + limit > start:
                start = previous + limit
        out.append(start if start != dose.utc else None)
        previous = start
    return out


def _status(
    dose: ScheduledDose,
    nxt: ScheduledDose | None,
    answers: dict[Slot, DoseEvent],
    snoozes: dict[Slot, datetime],
    now: datetime,
    grace: timedelta,
    rules: DrugRules,
    due_at: datetime | None = None,
) -> SlotStatus:
    slot = Slot.of(dose)
    answer = answers.get(slot)
    snoozed = snoozes.get(slot)
    start = due_at or dose.utc
    if answer is not None:
        state: SlotState = "taken" if answer.kind == "taken" else "skipped"
        return SlotStatus(dose, state, None, answer, nxt, None, due_at)
    if now < start:
        return SlotStatus(dose, "upcoming", None, None, nxt, snoozed, due_at)
    missed_at = start + grace
    if snoozed is not None and snoozed > missed_at:
        missed_at = snoozed
    if now < missed_at:
        return SlotStatus(dose, "due", None, None, nxt, snoozed, due_at)
    advice = missed_advice(dose, nxt, now, rules)
    return SlotStatus(dose, "missed", advice, None, nxt, snoozed, due_at)


def missed_advice(
    dose: ScheduledDose, nxt: ScheduledDose | None, now: datetime, rules: DrugRules
) -> Advice:
    """Contract §4: take now, unless the next dose is due within the skip window."""
    if nxt is None:
        return "take-now"
    if now >= nxt.utc:
        return "skip-and-wait"  # the next dose has come: this one is past, never double up
    window = rules.skip_window
    if window is None:
        window = (nxt.utc - dose.utc) / 2
    return "skip-and-wait" if nxt.utc - now <= window else "take-now"


def missed_findings(
    plan: Plan, statuses: Iterable[SlotStatus], now: datetime | None = None
) -> list[Finding]:
    """A ``missed-dose`` warning per missed dose, with what to do about it, naming the
    medication's actual next dose as seen from ``now``."""
    out: list[Finding] = []
    for s in statuses:
        if s.state != "missed":
            continue
        name = s.dose.medication
        when = f"{s.dose.at:%H:%M}"
        coming = s.coming
        if now is not None and coming is not None:
            nxt: str | None = when_words(coming, now)
        elif s.next_dose is not None:
            # Translators: completes "your next dose is …" ("at 14:00").
            nxt = _("at {time}").format(time=f"{s.next_dose.at:%H:%M}")
        else:
            nxt = None
        if s.advice == "skip-and-wait":
            if nxt is not None:
                # Translators: {when} is like "today at 14:00" or "at 14:00".
                todo = _(
                    "Leave it out: your next dose is {when}, take it as usual. "
                    "Never take two doses together."
                ).format(when=nxt)
            else:
                todo = _("Leave it out, take it as usual. Never take two doses together.")
        elif nxt is not None:
            # Translators: {when} is like "today at 14:00" or "at 14:00".
            todo = _("Take it now (your next dose is {when}), then carry on as usual.").format(
                when=nxt
            )
        else:
            todo = _("Take it now, then carry on as usual.")
        out.append(
            Finding(
                code="missed-dose",
                severity="warning",
                medication=name,
                # Translators: {todo} is what to do now, one or two whole sentences.
                message=_(
                    "The {time} dose of {name} ({dose}) was not marked as taken or skipped. "
                    "{todo} If you are unsure, ask your pharmacist."
                ).format(time=when, name=name, dose=s.dose.dose, todo=todo),
                source=GRACE_SOURCE,
                date=s.dose.day,
                time=s.dose.wall,
            )
        )
    return out
