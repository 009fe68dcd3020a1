"""Taper and titration planner (issue 22 item 2), pure: a prescriber's draft.

From a medication's current dose (its last step), a target daily total and the drug's
knowledge-base rules, generate dated steps that keep to the label's step size and interval.
The result is a **draft**: a whole plan with the new steps, to discuss with the prescriber.
MedPlanner never applies it; the person imports it only after the prescriber agrees.

* Titration: the daily total rises by at most the label's ``titration.increment_daily``,
  one rise every ``titration.interval_days`` (the first no sooner than that after the plan's
  last step), up to the target; never above the label's daily maximum.
* Taper: the daily total falls by the label's daily increment (or in four equal steps when
  the file has none), the lowered steps spread over the drug's taper length
  (``Taper.length_days``: the longest its source gives: baclofen 14 days, gabapentin 7),
  then the medication stops (``stop`` = the last day of the last step). A taper to a lower
  dose (``to`` above 0) ends on that dose, open-ended.
* Each day's total is shared over the last step's times in whole units: the plan's
  ``strength`` (half of it for a scored tablet), else the smallest strength the knowledge
  base lists, else the largest amount that divides every dose the medication has had and
  the per-dose share of the increment; a remainder goes to the latest times.
* The draft is checked with every plan check: a warning or danger the original plan does
  not have makes it :class:`DraftRefused` (nothing is suggested).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from medplanner.core import record
from medplanner.core.checks import run_checks
from medplanner.core.errors import InvalidInput
from medplanner.core.knowledge import Drug, KnowledgeBase
from medplanner.core.model import DoseTime, Finding, Medication, Plan, Step
from medplanner.core.units import Amount

Kind = Literal["taper", "titration"]

SUGGESTION = (
    "DRAFT {kind} for {name} — a suggestion to discuss with the prescriber, not a "
    "prescription. MedPlanner has not changed your plan: nothing is applied unless you "
    "import this file after your prescriber agrees."
)

#: Steps of a taper for a drug whose file gives no daily increment.
DEFAULT_TAPER_STEPS = 4


@dataclass(frozen=True)
class Draft:
    kind: Kind
    plan: Plan  # the whole plan, with the medication's new steps
    medication: str
    steps: tuple[Step, ...]  # the new steps only
    stop: date | None
    rules: tuple[str, ...]  # the rules used, with their sources
    findings: tuple[Finding, ...]  # the draft's own check findings (info only)

    @property
    def header(self) -> str:
        return SUGGESTION.format(kind=self.kind, name=self.medication)


class DraftRefused(InvalidInput):
    """The draft would raise a warning or danger: it is not suggested."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


def draft_titration(
    plan: Plan, medication: str, kb: KnowledgeBase, *, to: Amount, start: date
) -> Draft:
    """Raise ``medication`` to a daily total of ``to``, from ``start`` at the earliest."""
    index, med, drug, last = _locate(plan, medication, kb)
    if drug.increment_daily is None or drug.increment_interval_days is None:
        raise InvalidInput(
            f"the knowledge base has no titration rule for {drug.name}: ask the prescriber"
        )
    current = last.daily_total()
    if to.mg <= current.mg:
        raise InvalidInput(
            f"{med.name} is already at {current} a day: a titration raises it "
            "(for a lower dose, use draft-taper)"
        )
    if drug.max_daily is not None and to.mg > drug.max_daily.value.mg:
        raise InvalidInput(
            f"{to} a day is above the label's daily maximum for {drug.name} "
            f"({drug.max_daily.value}; {drug.max_daily.source})"
        )
    interval = drug.increment_interval_days.value
    step_mg = drug.increment_daily.value.mg
    unit = _unit(med, drug, last, step_mg, kb)
    if (to.mg / unit) % 1:
        raise InvalidInput(f"{to} a day cannot be shared out in units of {_mg(unit)} mg")
    first = max(start, last.start + timedelta(days=interval))
    levels: list[Decimal] = []
    level = current.mg
    while level < to.mg:
        rise = min(step_mg, to.mg - level)
        rise = (rise / unit).to_integral_value(rounding="ROUND_FLOOR") * unit
        if rise <= 0:
            raise InvalidInput(
                f"the label's step ({drug.increment_daily.value}) is smaller than one unit "
                f"({_mg(unit)} mg): ask the prescriber"
            )
        level += rise
        levels.append(level)
    days = [first + timedelta(days=interval * i) for i in range(len(levels))]
    new = tuple(_step(last, day, total, unit) for day, total in zip(days, levels, strict=True))
    stop = med.stop
    if stop is not None and stop < new[-1].start:
        raise InvalidInput(f"{med.name} stops on {stop.isoformat()}, before the titration ends")
    rules: tuple[str, ...] = (
        f"rise at most {drug.increment_daily.value} a day: {drug.increment_daily.source}",
        f"every {interval} day(s) at the soonest: {drug.increment_interval_days.source}",
    )
    if drug.max_daily is not None:
        rules += (f"never above {drug.max_daily.value} a day: {drug.max_daily.source}",)
    return _finish("titration", plan, index, med, new, stop, rules, kb)


def draft_taper(
    plan: Plan, medication: str, kb: KnowledgeBase, *, start: date, to: Amount | None = None
) -> Draft:
    """Lower ``medication`` to ``to`` a day (default: stop it), from ``start`` at the
    earliest, over the drug's taper length."""
    index, med, drug, last = _locate(plan, medication, kb)
    if drug.taper is None:
        raise InvalidInput(
            f"the knowledge base has no taper rule for {drug.name}: ask the prescriber"
        )
    current = last.daily_total().mg
    target = to.mg if to is not None else Decimal(0)
    if target >= current:
        raise InvalidInput(
            f"{med.name} is at {last.daily_total()} a day: a taper lowers it "
            "(for a higher dose, use draft-titration)"
        )
    inc = drug.increment_daily.value.mg if drug.increment_daily is not None else None
    unit = _unit(med, drug, last, inc, kb)
    if (target / unit) % 1:
        raise InvalidInput(f"{to} a day cannot be shared out in units of {_mg(unit)} mg")
    drop = inc if inc is not None else (current - target) / DEFAULT_TAPER_STEPS
    drop = max(unit, (drop / unit).to_integral_value(rounding="ROUND_FLOOR") * unit)
    levels: list[Decimal] = []
    level = current - drop
    while level > target:
        levels.append(level)
        level -= drop
    if target > 0:
        levels.append(target)
    if not levels:
        levels = [(current / 2 / unit).to_integral_value(rounding="ROUND_FLOOR") * unit]
        levels = [v for v in levels if v > 0]
    if not levels:
        raise InvalidInput(
            f"{med.name} is at its smallest dose ({last.daily_total()} a day): "
            "ask the prescriber how to stop it"
        )
    length = drug.taper.length_days
    first = max(start, last.start + timedelta(days=1))
    lowered = [v for v in levels if v > target] if target > 0 else levels
    count = max(len(lowered), 1)
    base, extra = divmod(length, count)
    if base == 0:
        raise InvalidInput(
            f"{len(lowered)} lowered steps do not fit in {drug.name}'s taper of {length} days"
        )
    durations = [base + (1 if i < extra else 0) for i in range(count)]
    days = [first + timedelta(days=sum(durations[:i])) for i in range(len(levels))]
    new = tuple(_step(last, day, total, unit) for day, total in zip(days, levels, strict=True))
    stop = first + timedelta(days=length - 1) if target == 0 else med.stop
    rules: tuple[str, ...] = (
        f"taper over {length} days: "
        + "; ".join(
            dict.fromkeys(
                part.strip()
                for s in (drug.taper.min_days, drug.taper.max_days)
                if s is not None
                for part in s.source.split(";")
            )
        ),
        f"why: {drug.taper.why}",
    )
    if drug.increment_daily is not None:
        rules += (
            f"lower by {drug.increment_daily.value} a day per step (the label's titration "
            f"step, reversed): {drug.increment_daily.source}",
        )
    return _finish("taper", plan, index, med, new, stop, rules, kb)


# --------------------------------------------------------------------------- helpers


def _locate(plan: Plan, name: str, kb: KnowledgeBase) -> tuple[int, Medication, Drug, Step]:
    from medplanner.core.dosing import find_medication

    hit = find_medication(plan, name, kb)
    if hit is None:
        names = ", ".join(m.name for m in plan.medications) or "none"
        raise InvalidInput(f'"{name}" is not in the plan (it has: {names})')
    index, med = hit
    if med.as_needed or not med.steps:
        raise InvalidInput(f"{med.name} is taken as needed: there is no schedule to change")
    drug = kb.lookup(med.name)
    if drug is None:
        raise InvalidInput(f"{med.name} is not in the knowledge base: ask the prescriber")
    last = med.steps[-1]
    if last.weekdays is not None or (last.every_n_days or 1) > 1:
        raise InvalidInput(
            f"{med.name}'s last step is not taken every day: ask the prescriber for a plan"
        )
    return index, med, drug, last


def _unit(
    med: Medication, drug: Drug, last: Step, step_mg: Decimal | None, kb: KnowledgeBase
) -> Decimal:
    """The smallest amount each dose is a whole number of (see the module docstring)."""
    from medplanner.core.checks.makeable import form_of

    form = form_of(med, kb)
    if med.strength is not None and med.strength.mg > 0 and form is not None:
        return med.strength.mg / 2 if form.form == "scored-tablet" else med.strength.mg
    if drug.strengths:
        pieces = [
            p.strength.mg / 2 if p.form == "scored-tablet" else p.strength.mg
            for p in drug.strengths
        ]
        return min(pieces)
    amounts = [t.dose.mg for s in med.steps for t in s.times]
    n = len(last.times)
    if step_mg is not None and (step_mg / n) % Decimal("0.001") == 0:
        amounts.append(step_mg / n)
    return _gcd(amounts)


def _gcd(values: list[Decimal]) -> Decimal:
    scaled = [int((v * 1000).to_integral_value()) for v in values if v > 0]
    return Decimal(math.gcd(*scaled)) / 1000 if scaled else Decimal(1)


def _step(last: Step, day: date, total: Decimal, unit: Decimal) -> Step:
    """``total`` a day over ``last``'s times, in whole units, the remainder to the latest."""
    times = sorted(last.times, key=lambda t: t.at)
    units = int(total / unit)
    base, extra = divmod(units, len(times))
    doses = [base + (1 if i >= len(times) - extra else 0) for i in range(len(times))]
    return Step(
        start=day,
        times=tuple(
            DoseTime(t.at, Amount.mg_of(_norm(unit * k)))
            for t, k in zip(times, doses, strict=True)
            if k > 0  # a low taper step may leave out the earliest times
        ),
    )


def _finish(
    kind: Kind,
    plan: Plan,
    index: int,
    med: Medication,
    new: tuple[Step, ...],
    stop: date | None,
    rules: tuple[str, ...],
    kb: KnowledgeBase,
) -> Draft:
    kept = tuple(s for s in med.steps if s.start < new[0].start)
    drafted = record.replace(med, steps=(*kept, *new), stop=stop)
    meds = list(plan.medications)
    meds[index] = drafted
    draft_plan = record.replace(plan, medications=tuple(meds))
    before = {_key(f) for f in run_checks(plan, kb) if f.severity != "info"}
    findings = run_checks(draft_plan, kb)
    raised = [f for f in findings if f.severity != "info" and _key(f) not in before]
    if raised:
        codes = ", ".join(dict.fromkeys(f.code for f in raised))
        raise DraftRefused(
            f"no {kind} is suggested for {med.name}: the draft would raise {codes}; "
            "ask the prescriber",
            raised,
        )
    return Draft(
        kind,
        draft_plan,
        med.name,
        new,
        stop,
        rules,
        tuple(f for f in findings if f.medication == med.name),
    )


def _key(f: Finding) -> tuple[str, str, str]:
    return (f.code, f.medication, f.other or "")


def _norm(d: Decimal) -> Decimal:
    return d.normalize() if d == d.to_integral_value() else d


def _mg(d: Decimal) -> str:
    return format(d.normalize(), "f")


def draft_text(draft: Draft) -> str:
    """The draft as a plan file: a comment block (what it is, the new steps, the rules and
    their sources), then the whole plan as ``medplanner-plan/1`` TOML."""
    import textwrap

    from medplanner.core.plan import dumps

    lines = textwrap.wrap(draft.header, 88)
    lines += ["", "New steps:"]
    for k, step in enumerate(draft.steps):
        end = (
            draft.steps[k + 1].start - timedelta(days=1) if k + 1 < len(draft.steps) else draft.stop
        )
        span = (
            f"{step.start.isoformat()} to {end.isoformat()}"
            if end
            else (f"from {step.start.isoformat()}")
        )
        doses = ", ".join(f"{t.dose} at {t.at:%H:%M}" for t in step.times)
        lines.append(f"  {span}: {doses} ({step.daily_total()} a day)")
    if draft.stop is not None and draft.kind == "taper":
        lines.append(f"  last dose on {draft.stop.isoformat()}")
    lines += ["", "Rules used:"]
    for rule in draft.rules:
        lines += textwrap.wrap(rule, 86, initial_indent="- ", subsequent_indent="  ")
    header = "\n".join(f"# {line}".rstrip() for line in lines)
    return f"{header}\n\n{dumps(draft.plan)}"
