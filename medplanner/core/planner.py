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

The draft and its refusal are in :mod:`medplanner.core.draft`, the arithmetic of units and
steps in :mod:`medplanner.core.plannersteps`; every public name is importable from here.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from medplanner.core import record
from medplanner.core.checks import run_checks
from medplanner.core.draft import DEFAULT_TAPER_STEPS, SUGGESTION, Draft, DraftRefused, Kind
from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Medication, Plan, Step
from medplanner.core.plannersteps import _key, _locate, _mg, _not_shared, _step, _unit
from medplanner.core.units import Amount

__all__ = [
    "DEFAULT_TAPER_STEPS",
    "SUGGESTION",
    "Draft",
    "DraftRefused",
    "Kind",
    "draft_taper",
    "draft_text",
    "draft_titration",
]


def draft_titration(
    plan: Plan, medication: str, kb: KnowledgeBase, *, to: Amount, start: date
) -> Draft:
    """Raise ``medication`` to a daily total of ``to``, from ``start`` at the earliest."""
    index, med, drug, last = _locate(plan, medication, kb)
    if drug.increment_daily is None or drug.increment_interval_days is None:
        raise InvalidInput(
            _("the knowledge base has no titration rule for {drug}: ask the prescriber").format(
                drug=drug.name
            )
        )
    current = last.daily_total()
    if to.mg <= current.mg:
        # Translators: {command} is a command's name, like draft-taper.
        message = _(
            "{medication} is already at {amount} a day: a titration raises it "
            "(for a lower dose, use {command})"
        )
        raise InvalidInput(
            message.format(medication=med.name, amount=current, command="draft-taper")
        )
    if drug.max_daily is not None and to.mg > drug.max_daily.value.mg:
        raise InvalidInput(
            _(
                "{amount} a day is above the label's daily maximum for {drug} ({most}; {source})"
            ).format(
                amount=to, drug=drug.name, most=drug.max_daily.value, source=drug.max_daily.source
            )
        )
    interval = drug.increment_interval_days.value
    step_mg = drug.increment_daily.value.mg
    unit = _unit(med, drug, last, step_mg, kb)
    if (to.mg / unit) % 1:
        raise InvalidInput(_not_shared(to, unit))
    first = max(start, last.start + timedelta(days=interval))
    levels: list[Decimal] = []
    level = current.mg
    while level < to.mg:
        rise = min(step_mg, to.mg - level)
        rise = (rise / unit).to_integral_value(rounding="ROUND_FLOOR") * unit
        if rise <= 0:
            raise InvalidInput(
                _(
                    "the label's step ({step}) is smaller than one unit ({unit} mg): "
                    "ask the prescriber"
                ).format(step=drug.increment_daily.value, unit=_mg(unit))
            )
        level += rise
        levels.append(level)
    days = [first + timedelta(days=interval * i) for i in range(len(levels))]
    new = tuple(_step(last, day, total, unit) for day, total in zip(days, levels, strict=True))
    stop = med.stop
    if stop is not None and stop < new[-1].start:
        raise InvalidInput(
            _("{medication} stops on {day}, before the titration ends").format(
                medication=med.name, day=stop.isoformat()
            )
        )
    rules: tuple[str, ...] = (
        # Translators: a rule a draft keeps; {source} is the label's source (not translated).
        _("rise at most {amount} a day: {source}").format(
            amount=drug.increment_daily.value, source=drug.increment_daily.source
        ),
        _("every {n} day(s) at the soonest: {source}").format(
            n=interval, source=drug.increment_interval_days.source
        ),
    )
    if drug.max_daily is not None:
        rules += (
            _("never above {amount} a day: {source}").format(
                amount=drug.max_daily.value, source=drug.max_daily.source
            ),
        )
    return _finish("titration", plan, index, med, new, stop, rules, kb)


def draft_taper(
    plan: Plan, medication: str, kb: KnowledgeBase, *, start: date, to: Amount | None = None
) -> Draft:
    """Lower ``medication`` to ``to`` a day (default: stop it), from ``start`` at the
    earliest, over the drug's taper length."""
    index, med, drug, last = _locate(plan, medication, kb)
    if drug.taper is None:
        raise InvalidInput(
            _("the knowledge base has no taper rule for {drug}: ask the prescriber").format(
                drug=drug.name
            )
        )
    current = last.daily_total().mg
    target = to.mg if to is not None else Decimal(0)
    if target >= current:
        # Translators: {command} is a command's name, like draft-titration.
        message = _(
            "{medication} is at {amount} a day: a taper lowers it "
            "(for a higher dose, use {command})"
        )
        raise InvalidInput(
            message.format(
                medication=med.name, amount=last.daily_total(), command="draft-titration"
            )
        )
    inc = drug.increment_daily.value.mg if drug.increment_daily is not None else None
    unit = _unit(med, drug, last, inc, kb)
    if (target / unit) % 1:
        raise InvalidInput(_not_shared(to, unit))
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
            _(
                "{medication} is at its smallest dose ({amount} a day): "
                "ask the prescriber how to stop it"
            ).format(medication=med.name, amount=last.daily_total())
        )
    length = drug.taper.length_days
    first = max(start, last.start + timedelta(days=1))
    lowered = [v for v in levels if v > target] if target > 0 else levels
    count = max(len(lowered), 1)
    base, extra = divmod(length, count)
    if base == 0:
        raise InvalidInput(
            _("{n} lowered steps do not fit in {drug}'s taper of {days} days").format(
                n=len(lowered), drug=drug.name, days=length
            )
        )
    durations = [base + (1 if i < extra else 0) for i in range(count)]
    days = [first + timedelta(days=sum(durations[:i])) for i in range(len(levels))]
    new = tuple(_step(last, day, total, unit) for day, total in zip(days, levels, strict=True))
    stop = first + timedelta(days=length - 1) if target == 0 else med.stop
    sources = "; ".join(
        dict.fromkeys(
            part.strip()
            for s in (drug.taper.min_days, drug.taper.max_days)
            if s is not None
            for part in s.source.split(";")
        )
    )
    rules: tuple[str, ...] = (
        # Translators: a rule a draft keeps; {source} is the label's source (not translated).
        _("taper over {days} days: {source}").format(days=length, source=sources),
        # Translators: why a medicine is lowered slowly; {why} is the label's reason (kept).
        _("why: {why}").format(why=drug.taper.why),
    )
    if drug.increment_daily is not None:
        rules += (
            _(
                "lower by {amount} a day per step (the label's titration step, reversed): {source}"
            ).format(amount=drug.increment_daily.value, source=drug.increment_daily.source),
        )
    return _finish("taper", plan, index, med, new, stop, rules, kb)


# --------------------------------------------------------------------------- helpers


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
        refused = (
            # Translators: {codes} are finding codes, like dose-above-max (not translated).
            _(
                "no taper is suggested for {medication}: the draft would raise {codes}; "
                "ask the prescriber"
            )
            if kind == "taper"
            # Translators: {codes} are finding codes, like dose-above-max (not translated).
            else _(
                "no titration is suggested for {medication}: the draft would raise {codes}; "
                "ask the prescriber"
            )
        )
        raise DraftRefused(refused.format(medication=med.name, codes=codes), raised)
    return Draft(
        kind,
        draft_plan,
        med.name,
        new,
        stop,
        rules,
        tuple(f for f in findings if f.medication == med.name),
    )


def draft_text(draft: Draft) -> str:
    """The draft as a plan file: a comment block (what it is, the new steps, the rules and
    their sources), then the whole plan as ``medplanner-plan/1`` TOML."""
    import textwrap

    from medplanner.core.plan import dumps

    lines = textwrap.wrap(draft.header, 88)
    lines += ["", _("New steps:")]
    for k, step in enumerate(draft.steps):
        end = (
            draft.steps[k + 1].start - timedelta(days=1) if k + 1 < len(draft.steps) else draft.stop
        )
        span = (
            # Translators: the days of one step of a draft, like "2027-01-04 to 2027-01-10".
            _("{first} to {last}").format(first=step.start.isoformat(), last=end.isoformat())
            if end
            # Translators: the first day of an open-ended step of a draft.
            else _("from {first}").format(first=step.start.isoformat())
        )
        doses = ", ".join(
            # Translators: a dose and its time, like "300 mg at 08:00".
            _("{dose} at {time}").format(dose=t.dose, time=f"{t.at:%H:%M}")
            for t in step.times
        )
        # Translators: one step of a draft: its days, its doses and the daily total.
        line = _("{span}: {doses} ({total} a day)").format(
            span=span, doses=doses, total=step.daily_total()
        )
        lines.append(f"  {line}")
    if draft.stop is not None and draft.kind == "taper":
        lines.append("  " + _("last dose on {day}").format(day=draft.stop.isoformat()))
    lines += ["", _("Rules used:")]
    for rule in draft.rules:
        lines += textwrap.wrap(rule, 86, initial_indent="- ", subsequent_indent="  ")
    header = "\n".join(f"# {line}".rstrip() for line in lines)
    return f"{header}\n\n{dumps(draft.plan)}"
