"""Runtime dose-taking rules, shared by the CLI, the reminders and the GUI (pure).

Split in four (each name is importable from here): :mod:`medplanner.core.doselog` reads
the log (slot states, missed-dose advice), :mod:`medplanner.core.doserules` holds one drug's
taking rules, :mod:`medplanner.core.dosefindings` the findings a take can raise, and this
module decides a new answer (take, skip).

* slot states ``taken | skipped | missed | due | upcoming`` (contract §4);
* missed-dose advice: ``take-now``, unless the next dose is due within the
  drug's skip window (else half the interval to the next dose), then
  ``skip-and-wait`` — never a double dose;
* the doubled-dose rule: a second dose for the same slot, or one inside the
  drug's minimum interval (product rule: half the scheduled interval), or an
  as-needed dose past ``max_per_day`` or inside ``min_interval_hours``;
* the day's total so far against the daily maximum.

Every function takes ``now`` (or ``at``) as an argument: nothing here reads a
clock, so tests travel time freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from medplanner.core import clock
from medplanner.core.clock import MAX_TAKE_REACH
from medplanner.core.dosefindings import (
    SLOT_SOURCE,
    _ago,
    _answered_finding,
    _as_needed_findings,
    _daily_max_findings,
    _finding,
    _hhmm,
    _interval_findings,
    _nothing_to_skip,
    _why_unscheduled,
    taken_today,
)
from medplanner.core.doselog import (
    Advice,
    SlotState,
    SlotStatus,
    _answers,
    _same_med,
    day_status,
    effective_events,
    missed_advice,
    missed_findings,
    scheduled_around,
)
from medplanner.core.doserules import (
    DOUBLED_SOURCE,
    HALF_INTERVAL_SOURCE,
    NO_RULES,
    DrugRules,
    min_interval,
    plan_rules,
    rules_for,
    when_words,
)
from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase
from medplanner.core.model import Finding, Medication, Plan, ScheduledDose
from medplanner.core.record import Record
from medplanner.core.units import Amount
from medplanner.core.wording import day_month


class TakeCheck(Record):
    """What the doubled-dose rule says about taking ``medication`` at ``at``."""

    medication: Medication
    at: datetime
    slot: ScheduledDose | None  # the scheduled dose this answers (None: as needed / none near)
    amount: Amount | None  # None: no step applies and no amount was stated
    findings: tuple[Finding, ...] = ()

    @property
    def refused(self) -> bool:
        """A standing warning or danger: recording needs explicit confirmation (``--force``)."""
        return bool(self.blocking)

    @property
    def blocking(self) -> tuple[str, ...]:
        """The codes of the warnings and dangers that must be confirmed to record it."""
        return tuple(dict.fromkeys(f.code for f in self.findings if f.severity != "info"))


class SkipCheck(Record):
    """What the skip rule says about skipping ``medication`` at ``at``.

    ``slot`` is the scheduled dose the skip would answer; None with a finding saying why
    there is nothing to skip (a skip is never forced).
    """

    medication: Medication
    at: datetime
    slot: ScheduledDose | None
    findings: tuple[Finding, ...] = ()

    @property
    def refused(self) -> bool:
        return self.slot is None or any(f.severity != "info" for f in self.findings)


# --------------------------------------------------------------------------- taking a dose


def find_medication(
    plan: Plan, name: str, kb: KnowledgeBase | None = None
) -> tuple[int, Medication] | None:
    """The plan entry ``name`` means: as written (any case), else the same ingredient
    (``take gabapentin`` for a plan entry "Neurontin"). Raises :class:`InvalidInput` when
    the name fits several entries."""
    key = name.strip().casefold()
    for index, med in enumerate(plan.medications):
        if med.name.casefold() == key:
            return index, med
    if kb is None:
        return None
    wanted = kb.ingredient_key(name)
    hits = [(i, m) for i, m in enumerate(plan.medications) if kb.ingredient_key(m.name) == wanted]
    if len(hits) > 1:
        names = ", ".join(f'"{m.name}"' for _index, m in hits)
        raise InvalidInput(
            # Translators: {names} lists the plan's entries, each in quotes.
            _('"{name}" fits several entries of the plan ({names}); name one of them').format(
                name=name, names=names
            )
        )
    return hits[0] if hits else None


#: A take belongs to a slot at most this far either side (contract §4: once daily ± 12 h).
WINDOW_SOURCE = (
    f"{PRODUCT_RULE}: a dose taken belongs to the scheduled dose whose window holds it, from "
    "halfway to the previous dose until halfway to the next (at most 12 hours either side)"
)


def _med_doses(plan: Plan, med_index: int, at: datetime, reach: int = 2) -> list[ScheduledDose]:
    """One medication's scheduled doses of the local days around ``at``, by instant."""
    day = clock.today(plan.person, at)
    around = scheduled_around(plan, day, before=reach, after=reach)
    return sorted((d for d in around if d.med_index == med_index), key=lambda d: d.utc)


def take_window(doses: Sequence[ScheduledDose], k: int) -> tuple[datetime, datetime]:
    """The take window of ``doses[k]`` (one medication's doses, by instant): from halfway
    to the previous dose until halfway to the next, at most 12 h either side; a side
    without a neighbour mirrors the other. Doses at one instant share their window."""
    d = doses[k]
    prev = next((x for x in reversed(doses[:k]) if x.utc < d.utc), None)
    nxt = next((x for x in doses[k + 1 :] if x.utc > d.utc), None)
    back = (d.utc - prev.utc) / 2 if prev is not None else None
    ahead = (nxt.utc - d.utc) / 2 if nxt is not None else None
    before = min(back or ahead or MAX_TAKE_REACH, MAX_TAKE_REACH)
    after = min(ahead or back or MAX_TAKE_REACH, MAX_TAKE_REACH)
    return d.utc - before, d.utc + after


def _in_window(doses: Sequence[ScheduledDose], at: datetime) -> list[ScheduledDose]:
    out = []
    for k, d in enumerate(doses):
        start, end = take_window(doses, k)
        if start <= at < end:
            out.append(d)
    return out


def nearest_slot(plan: Plan, med_index: int, at: datetime) -> ScheduledDose | None:
    """The scheduled dose whose take window holds ``at`` (the nearest, if several)."""
    hits = _in_window(_med_doses(plan, med_index, at), at)
    return min(hits, key=lambda d: (abs(d.utc - at), d.utc)) if hits else None


def step_amount(med: Medication, day: date) -> Amount | None:
    """The one dose every time of the step in force on ``day`` gets (None: no step applies
    that day, or its times differ)."""
    if (med.start is not None and day < med.start) or (med.stop is not None and day > med.stop):
        return None
    steps = [s for s in med.steps if s.start <= day]
    if not steps:
        return None
    doses = {t.dose for t in steps[-1].times}
    return doses.pop() if len(doses) == 1 else None


def skip_window(rules: DrugRules, dose: ScheduledDose, prev: ScheduledDose | None) -> timedelta:
    """How long before an upcoming dose a ``skip`` may answer it: the drug's skip window,
    else half the interval since the previous dose (else 12 h)."""
    return clock.skip_window(rules.skip_window, dose.utc, prev.utc if prev is not None else None)


def check_skip(
    plan: Plan,
    med_index: int,
    at: datetime,
    events: Iterable[DoseEvent],
    rules: DrugRules = NO_RULES,
    *,
    slot: ScheduledDose | None = None,
) -> SkipCheck:
    """The dose a ``skip`` at ``at`` answers: the latest unanswered one that has come (due
    or missed, within a day, and not before a dose answered since), else an upcoming one
    within the skip window, never a dose of a later local day. ``slot``: the one the caller
    names (a reminder's Skip button)."""
    med = plan.medications[med_index]
    answers = _answers(effective_events(events), med)
    if slot is not None:
        answer = answers.get(Slot.of(slot))
        if answer is None:
            return SkipCheck(med, at, slot)
        return SkipCheck(med, at, None, (_answered_finding(plan, med, slot, answer, at, "skip"),))
    doses = _med_doses(plan, med_index, at, reach=1)
    today = clock.today(plan.person, at)
    come = [d for d in doses if d.utc <= at and at - d.utc < timedelta(hours=24)]
    ahead: list[ScheduledDose] = []
    for k, d in enumerate(doses):
        if d.utc > at and d.day <= today:
            prev = doses[k - 1] if k > 0 else None
            if d.utc - at <= skip_window(rules, d, prev):
                ahead.append(d)
    # A dose answered since makes the earlier ones moot: never reach back past it.
    answered_come = [k for k, d in enumerate(come) if Slot.of(d) in answers]
    open_come = come[answered_come[-1] + 1 :] if answered_come else come
    if open_come:
        return SkipCheck(med, at, open_come[-1])
    open_ahead = [d for d in ahead if Slot.of(d) not in answers]
    if open_ahead:
        return SkipCheck(med, at, open_ahead[0])
    # The dose the person most likely means is answered already: say so.
    meant = [d for d in ahead if Slot.of(d) in answers][:1]
    if not meant and answered_come:
        k = doses.index(come[answered_come[-1]])
        if at < take_window(doses, k)[1]:
            meant = [doses[k]]
    if meant:
        finding = _answered_finding(plan, med, meant[0], answers[Slot.of(meant[0])], at, "skip")
        return SkipCheck(med, at, None, (finding,))
    later = [d for d in doses if d.utc > at]
    message = _nothing_to_skip(med, later[0] if later else None)
    finding = _finding(med, "dose-not-scheduled", "warning", message, rules.skip_source, at, plan)
    return SkipCheck(med, at, None, (finding,))


def check_take(
    plan: Plan,
    med_index: int,
    at: datetime,
    events: Iterable[DoseEvent],
    rules: DrugRules = NO_RULES,
    *,
    slot: ScheduledDose | None = None,
    stated: Amount | None = None,
) -> TakeCheck:
    """Apply the take rules to a dose about to be taken at ``at``.

    The dose belongs to the nearest unanswered scheduled dose whose take window holds
    ``at`` (contract §4); ``slot`` is the one being answered when the caller knows it (a
    reminder's Take button). Findings: ``doubled-dose`` (the slot holds a take, or a take
    inside the minimum interval), ``slot-already-answered`` (the slot was skipped),
    ``dose-not-scheduled`` (no slot), the daily maximum. ``stated`` is the amount the
    person says they took: needed for a dose outside every slot when no step applies.
    """
    med = plan.medications[med_index]
    live = [e for e in effective_events(events) if _same_med(e, med)]
    taken = sorted((e for e in live if e.kind == "taken"), key=lambda e: e.at)
    if med.as_needed:
        assert med.dose is not None
        prn = _as_needed_findings(plan, med, at, taken)
        return TakeCheck(med, at, None, stated or med.dose, tuple(prn))
    answers = _answers(live, med)
    target = slot
    if target is None:
        hits = _in_window(_med_doses(plan, med_index, at), at)
        open_hits = [d for d in hits if Slot.of(d) not in answers]
        pool = open_hits or hits
        target = min(pool, key=lambda d: (abs(d.utc - at), d.utc)) if pool else None
    if target is None:
        day = clock.today(plan.person, at)
        amount = stated or step_amount(med, day)
        finding = _finding(
            med,
            "dose-not-scheduled",
            "warning",
            # Translators: {day} is like "Wed 6 Jan"; {why} says why there is no dose
            # ("it starts on Wed 6 Jan 2027").
            _(
                "{name} has no scheduled dose near {time} on {day} ({why}). Check the plan with "
                "your prescriber or pharmacist before taking an extra dose. Nothing was recorded."
            ).format(
                name=med.name,
                time=_hhmm(at, plan),
                day=day_month(day),
                why=_why_unscheduled(med, day),
            ),
            WINDOW_SOURCE,
            at,
            plan,
        )
        extra = [finding, *_interval_findings(plan, med_index, med, at, taken, None, rules)]
        if amount is not None:
            extra.extend(_daily_max_findings(plan, med, at, taken, amount, rules))
        return TakeCheck(med, at, None, amount, tuple(extra))
    if stated is not None and stated != target.dose:
        raise InvalidInput(
            # Translators: "--dose" is a command option: keep it as it is.
            _(
                "--dose {stated} differs from the {dose} scheduled at {time}: record the "
                "scheduled dose, or ask your prescriber before taking another amount"
            ).format(stated=stated, dose=target.dose, time=f"{target.at:%H:%M}")
        )
    findings: list[Finding] = []
    previous = answers.get(Slot.of(target))
    if previous is not None and previous.kind == "taken":
        ago = _ago(at - previous.at)
        findings.append(
            _finding(
                med,
                "doubled-dose",
                "danger",
                # Translators: {ago} is like "40 min ago".
                _(
                    "You already took {name} for the {time} dose, at {at} ({ago}). Taking it "
                    "again would double the dose. Never take two doses together; if you are "
                    "unsure, ask your pharmacist."
                ).format(
                    name=med.name, time=f"{target.at:%H:%M}", at=_hhmm(previous.at, plan), ago=ago
                ),
                DOUBLED_SOURCE,
                at,
                plan,
            )
        )
    else:
        if previous is not None:
            findings.append(_answered_finding(plan, med, target, previous, at, "take"))
        findings.extend(_interval_findings(plan, med_index, med, at, taken, target, rules))
    findings.extend(_daily_max_findings(plan, med, at, taken, target.dose, rules))
    return TakeCheck(med, at, target, target.dose, tuple(findings))


__all__ = [
    "DOUBLED_SOURCE",
    "HALF_INTERVAL_SOURCE",
    "NO_RULES",
    "SLOT_SOURCE",
    "WINDOW_SOURCE",
    "Advice",
    "DrugRules",
    "SkipCheck",
    "SlotState",
    "SlotStatus",
    "TakeCheck",
    "check_skip",
    "check_take",
    "day_status",
    "effective_events",
    "find_medication",
    "min_interval",
    "missed_advice",
    "missed_findings",
    "nearest_slot",
    "plan_rules",
    "rules_for",
    "scheduled_around",
    "skip_window",
    "step_amount",
    "take_window",
    "taken_today",
    "when_words",
]
