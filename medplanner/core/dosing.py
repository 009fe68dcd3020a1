"""Runtime dose-taking rules, shared by the CLI, the reminders and the GUI (pure).

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
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from medplanner.core.errors import InvalidInput
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.knowledge import MIN_INTERVAL_FRACTION, Drug, KnowledgeBase
from medplanner.core.model import Finding, Medication, Plan, ScheduledDose
from medplanner.core.schedule import doses_on, zone
from medplanner.core.units import Amount, total

SlotState = Literal["taken", "skipped", "missed", "due", "upcoming"]
Advice = Literal["take-now", "skip-and-wait"]

DEFAULT_GRACE = timedelta(minutes=60)
PRODUCT_RULE = "MedPlanner product rule"
GRACE_SOURCE = f"{PRODUCT_RULE}: a dose is missed 60 minutes after its time without an answer"
HALF_INTERVAL_SOURCE = (
    f"{PRODUCT_RULE}: for a medicine without its own missed-dose rule, skip a missed dose when "
    "the next one is due in less than half the time between the two"
)
DOUBLED_SOURCE = (
    f"{PRODUCT_RULE} (doubled dose: a second dose for the same time, or sooner than half the "
    "time between scheduled doses); NHS medicine leaflets: never take two doses together"
)


@dataclass(frozen=True)
class DrugRules:
    """What the knowledge base says about taking one drug (None: no drug-specific rule)."""

    skip_window: timedelta | None = None
    skip_source: str = HALF_INTERVAL_SOURCE
    min_interval_fraction: Decimal = MIN_INTERVAL_FRACTION.value
    min_interval_source: str = DOUBLED_SOURCE
    max_daily: Amount | None = None
    max_daily_source: str = ""


NO_RULES = DrugRules()


def rules_for(drug: Drug | None) -> DrugRules:
    """The knowledge base's taking rules for one drug (defaults where it has none)."""
    if drug is None:
        return NO_RULES
    skip = drug.skip_window_hours
    fraction = drug.min_interval_fraction
    return DrugRules(
        skip_window=timedelta(hours=float(skip.value)) if skip is not None else None,
        skip_source=skip.source if skip is not None else HALF_INTERVAL_SOURCE,
        min_interval_fraction=(fraction or MIN_INTERVAL_FRACTION).value,
        min_interval_source=fraction.source if fraction is not None else DOUBLED_SOURCE,
        max_daily=drug.max_daily.value if drug.max_daily is not None else None,
        max_daily_source=drug.max_daily.source if drug.max_daily is not None else "",
    )


def plan_rules(plan: Plan, kb: KnowledgeBase) -> dict[int, DrugRules]:
    """:class:`DrugRules` for each medication of the plan, by its index."""
    return {i: rules_for(kb.lookup(m.name)) for i, m in enumerate(plan.medications)}


@dataclass(frozen=True)
class SlotStatus:
    """One scheduled dose as it stands at ``now``."""

    dose: ScheduledDose
    state: SlotState
    advice: Advice | None = None
    answer: DoseEvent | None = None  # the taken/skipped event, if any
    next_dose: ScheduledDose | None = None
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class TakeCheck:
    """What the doubled-dose rule says about taking ``medication`` at ``at``."""

    medication: Medication
    at: datetime
    slot: ScheduledDose | None  # the scheduled dose this answers (None: as needed / none near)
    amount: Amount
    findings: tuple[Finding, ...] = ()

    @property
    def refused(self) -> bool:
        """A standing danger: recording needs explicit confirmation (``--force``)."""
        return any(f.severity == "danger" for f in self.findings)


# --------------------------------------------------------------------------- the log


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


# --------------------------------------------------------------------------- states


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
    tz = zone(plan.person.timezone)
    local_day = day or now.astimezone(tz).date()
    grace = grace or _grace(plan)
    live = effective_events(events)
    around = scheduled_around(plan, local_day, before=0, after=1)
    out: list[SlotStatus] = []
    for index, med in enumerate(plan.medications):
        if med.as_needed:
            continue
        mine = [d for d in around if d.med_index == index]
        answers = _answers(live, med)
        snoozes = _snoozes(live, med)
        med_rules = (rules or {}).get(index, NO_RULES)
        for k, dose in enumerate(mine):
            if dose.day != local_day:
                continue
            nxt = mine[k + 1] if k + 1 < len(mine) else None
            out.append(_status(dose, nxt, answers, snoozes, now, grace, med_rules))
    out.sort(key=lambda s: (s.dose.utc, s.dose.med_index))
    return out


def _status(
    dose: ScheduledDose,
    nxt: ScheduledDose | None,
    answers: dict[Slot, DoseEvent],
    snoozes: dict[Slot, datetime],
    now: datetime,
    grace: timedelta,
    rules: DrugRules,
) -> SlotStatus:
    slot = Slot.of(dose)
    answer = answers.get(slot)
    snoozed = snoozes.get(slot)
    if answer is not None:
        state: SlotState = "taken" if answer.kind == "taken" else "skipped"
        return SlotStatus(dose, state, None, answer, nxt, None)
    if now < dose.utc:
        return SlotStatus(dose, "upcoming", None, None, nxt, snoozed)
    missed_at = dose.utc + grace
    if snoozed is not None and snoozed > missed_at:
        missed_at = snoozed
    if now < missed_at:
        return SlotStatus(dose, "due", None, None, nxt, snoozed)
    return SlotStatus(dose, "missed", missed_advice(dose, nxt, now, rules), None, nxt, snoozed)


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


def _grace(plan: Plan) -> timedelta:
    minutes = plan.person.missed_grace_minutes
    return timedelta(minutes=minutes) if minutes is not None else DEFAULT_GRACE


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
        names = ", ".join(f'"{m.name}"' for _, m in hits)
        raise InvalidInput(f'"{name}" fits several entries of the plan ({names}); name one of them')
    return hits[0] if hits else None


def nearest_slot(plan: Plan, med_index: int, at: datetime) -> ScheduledDose | None:
    """The scheduled dose of that medication nearest to ``at`` (within a day either side)."""
    tz = zone(plan.person.timezone)
    local_day = at.astimezone(tz).date()
    doses = [d for d in scheduled_around(plan, local_day) if d.med_index == med_index]
    if not doses:
        return None
    return min(doses, key=lambda d: (abs(d.utc - at), d.utc))


def slot_to_skip(
    plan: Plan, med_index: int, at: datetime, events: Iterable[DoseEvent]
) -> ScheduledDose | None:
    """The dose a ``skip`` at ``at`` answers: the latest unanswered one that has come
    (due or missed, within a day), else the next one to come (within a day)."""
    med = plan.medications[med_index]
    answered = set(_answers(effective_events(events), med))
    tz = zone(plan.person.timezone)
    doses = [
        d
        for d in scheduled_around(plan, at.astimezone(tz).date())
        if d.med_index == med_index and Slot.of(d) not in answered
    ]
    come = [d for d in doses if d.utc <= at and at - d.utc < timedelta(hours=24)]
    if come:
        return come[-1]
    ahead = [d for d in doses if d.utc > at and d.utc - at < timedelta(hours=24)]
    return ahead[0] if ahead else None


def check_take(
    plan: Plan,
    med_index: int,
    at: datetime,
    events: Iterable[DoseEvent],
    rules: DrugRules = NO_RULES,
    *,
    slot: ScheduledDose | None = None,
) -> TakeCheck:
    """Apply the doubled-dose rule (and the daily maximum) to a dose about to be taken.

    ``slot`` is the scheduled dose being answered when the caller knows it (a reminder's
    Take button); otherwise the nearest scheduled dose is assumed.
    """
    med = plan.medications[med_index]
    live = [e for e in effective_events(events) if _same_med(e, med)]
    taken = sorted((e for e in live if e.kind == "taken"), key=lambda e: e.at)
    if med.as_needed:
        assert med.dose is not None
        prn = _as_needed_findings(plan, med, at, taken)
        return TakeCheck(med, at, None, med.dose, tuple(prn))
    target = slot or nearest_slot(plan, med_index, at)
    if target is None:
        # Not scheduled near this time (before start or after stop): no slot to answer.
        dose = med.steps[-1].times[0].dose if med.steps else Amount(Decimal(0))
        finding = _finding(
            med,
            "dose-not-scheduled",
            "warning",
            f"{med.name} has no dose scheduled around {_hhmm(at, plan)}. "
            "Check the plan with your prescriber or pharmacist before taking an extra dose.",
            DOUBLED_SOURCE,
            at,
            plan,
        )
        return TakeCheck(med, at, None, dose, (finding,))
    findings: list[Finding] = []
    answers = _answers(live, med)
    previous = answers.get(Slot.of(target))
    if previous is not None and previous.kind == "taken":
        ago = _ago(at - previous.at)
        findings.append(
            _finding(
                med,
                "doubled-dose",
                "danger",
                f"You already took {med.name} for the {target.at:%H:%M} dose, at "
                f"{_hhmm(previous.at, plan)} ({ago}). Taking it again would double the dose. "
                "Never take two doses together; if you are unsure, ask your pharmacist.",
                DOUBLED_SOURCE,
                at,
                plan,
            )
        )
    else:
        min_gap = _min_interval(plan, med_index, target, rules)
        recent = [e for e in taken if abs(at - e.at) < min_gap]
        if recent:
            last = max(recent, key=lambda e: e.at)
            findings.append(
                _finding(
                    med,
                    "doubled-dose",
                    "danger",
                    f"You took {med.name} at {_hhmm(last.at, plan)} ({_ago(at - last.at)}). "
                    f"Doses of {med.name} should be at least {_duration(min_gap)} apart here, so "
                    "another one now could act like a double dose. Wait for the next dose, or "
                    "ask your pharmacist.",
                    rules.min_interval_source,
                    at,
                    plan,
                )
            )
    findings.extend(_daily_max_findings(plan, med, at, taken, target.dose, rules))
    return TakeCheck(med, at, target, target.dose, tuple(findings))


def _min_interval(plan: Plan, med_index: int, target: ScheduledDose, rules: DrugRules) -> timedelta:
    """The drug's fraction (default half) of the gap to the nearest scheduled neighbour."""
    doses = [d for d in scheduled_around(plan, target.day) if d.med_index == med_index]
    gaps = [abs(d.utc - target.utc) for d in doses if d.utc != target.utc]
    interval = min(gaps) if gaps else timedelta(hours=24)
    return interval * float(rules.min_interval_fraction)


def _as_needed_findings(
    plan: Plan, med: Medication, at: datetime, taken: list[DoseEvent]
) -> list[Finding]:
    tz = zone(plan.person.timezone)
    day = at.astimezone(tz).date()
    today = [e for e in taken if e.at.astimezone(tz).date() == day]
    out: list[Finding] = []
    if med.max_per_day is not None and len(today) >= med.max_per_day:
        out.append(
            _finding(
                med,
                "doubled-dose",
                "danger",
                f"You have taken {med.name} {len(today)} times today; the plan allows at most "
                f"{med.max_per_day} a day. Ask your prescriber or pharmacist before taking more.",
                "The plan's max_per_day, from your prescriber",
                at,
                plan,
            )
        )
    if med.min_interval_hours is not None:
        gap = timedelta(hours=float(med.min_interval_hours))
        recent = [e for e in taken if abs(at - e.at) < gap]
        if recent:
            last = max(recent, key=lambda e: e.at)
            out.append(
                _finding(
                    med,
                    "doubled-dose",
                    "danger",
                    f"You took {med.name} at {_hhmm(last.at, plan)} ({_ago(at - last.at)}); the "
                    f"plan says to wait at least {_duration(gap)} between doses. Wait, or ask "
                    "your prescriber or pharmacist.",
                    "The plan's min_interval_hours, from your prescriber",
                    at,
                    plan,
                )
            )
    return out


def _daily_max_findings(
    plan: Plan,
    med: Medication,
    at: datetime,
    taken: list[DoseEvent],
    dose: Amount,
    rules: DrugRules,
) -> list[Finding]:
    if rules.max_daily is None:
        return []
    so_far = taken_today(plan, med.name, at, taken)
    after = so_far + dose
    if after <= rules.max_daily:
        return []
    return [
        _finding(
            med,
            "daily-dose-above-max",
            "danger",
            f"Taking {dose} of {med.name} now would make {after} today, above the "
            f"label's most of {rules.max_daily} a day. Do not take more today without asking "
            "your prescriber or pharmacist.",
            rules.max_daily_source,
            at,
            plan,
        )
    ]


def taken_today(plan: Plan, medication: str, at: datetime, events: Iterable[DoseEvent]) -> Amount:
    """Total of ``medication`` taken on ``at``'s local day (effective events only)."""
    tz = zone(plan.person.timezone)
    day = at.astimezone(tz).date()
    key = medication.casefold()
    amounts = [
        e.amount
        for e in effective_events(events)
        if e.kind == "taken"
        and e.amount is not None
        and e.medication.casefold() == key
        and e.at.astimezone(tz).date() == day
    ]
    return total(amounts)


# --------------------------------------------------------------------------- words


def missed_findings(plan: Plan, statuses: Iterable[SlotStatus]) -> list[Finding]:
    """A ``missed-dose`` warning per missed dose, with what to do about it."""
    out: list[Finding] = []
    for s in statuses:
        if s.state != "missed":
            continue
        med = plan.medications[s.dose.med_index]
        when = f"{s.dose.at:%H:%M}"
        if s.advice == "skip-and-wait":
            nxt = f" at {s.next_dose.at:%H:%M}" if s.next_dose else ""
            todo = (
                f"Leave it out and take the next dose{nxt} as usual. Never take two doses together."
            )
        else:
            nxt = f" (the next is at {s.next_dose.at:%H:%M})" if s.next_dose else ""
            todo = f"Take it now{nxt}, then carry on as usual."
        out.append(
            Finding(
                code="missed-dose",
                severity="warning",
                medication=med.name,
                message=f"The {when} dose of {med.name} ({s.dose.dose}) was not marked as taken "
                f"or skipped. {todo} If you are unsure, ask your pharmacist.",
                source=GRACE_SOURCE,
                date=s.dose.day,
                time=s.dose.wall,
            )
        )
    return out


def _finding(
    med: Medication,
    code: str,
    severity: Literal["info", "warning", "danger"],
    message: str,
    source: str,
    at: datetime,
    plan: Plan,
) -> Finding:
    local = at.astimezone(zone(plan.person.timezone))
    return Finding(
        code=code,
        severity=severity,
        medication=med.name,
        message=message,
        source=source,
        date=local.date(),
        time=local.time().replace(second=0, microsecond=0),
    )


def _hhmm(at: datetime, plan: Plan) -> str:
    return at.astimezone(zone(plan.person.timezone)).strftime("%H:%M")


def _ago(delta: timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    later = delta < timedelta(0)
    if minutes < 1:
        text = "less than a minute"
    elif minutes < 90:
        text = f"{minutes} minute{'s' if minutes != 1 else ''}"
    else:
        hours = minutes / 60
        text = f"{hours:.1f}".rstrip("0").rstrip(".") + " hours"
    return f"{text} later" if later else f"{text} ago"


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes % 60 == 0:
        h = minutes // 60
        return f"{h} hour{'s' if h != 1 else ''}"
    return f"{minutes // 60} h {minutes % 60:02d} min"
