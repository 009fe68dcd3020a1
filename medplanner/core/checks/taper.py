"""``abrupt-stop``: a drug that needs a taper stops without one.

The taper is the run of lowered steps just before the stop: counting back from the last
step while each step is no higher than the one before, it starts at the first step that is
lower than its predecessor, and lasts until the stop (the last day taken, inclusive).
Shorter than the drug's ``taper.min_days`` (gabapentin and baclofen: 7 days) is a warning.
A step is compared by its average amount per day, so going from daily to every other day
counts as lowering. When another scheduled entry of the same ingredient is in use the day
after the stop (gabapentin to Neurontin), the drug is switched, not stopped.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import entries, make
from medplanner.core.i18n import _
from medplanner.core.knowledge import KnowledgeBase, Sourced
from medplanner.core.model import Finding, Medication, Plan, Step


def average_per_day(step: Step) -> Decimal:
    total = step.daily_total().mg
    if step.weekdays is not None:
        return total * len(set(step.weekdays)) / 7
    return total / max(step.every_n_days or 1, 1)


def taper_days(steps: list[Step], stop_day: date) -> int:
    """How many days the final lowering lasts (0: not lowered at all)."""
    levels = [average_per_day(s) for s in steps]
    top = len(levels) - 1
    while top > 0 and levels[top] <= levels[top - 1]:
        top -= 1
    first_lower = next((m for m in range(top + 1, len(levels)) if levels[m] < levels[m - 1]), None)
    if first_lower is None:
        return 0
    return (stop_day - steps[first_lower].start).days + 1


def _short_course(med: Medication, stop: date, after: Sourced[int] | None) -> bool:
    """True when a taper asked for only after regular use does not apply yet."""
    if after is None or med.continuing or med.start is None:
        return False
    return (stop - med.start).days + 1 < after.value


def check_abrupt_stop(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    every = entries(plan, kb)
    for e in every:
        taper = e.drug.taper if e.drug is not None else None
        stop = e.med.stop
        if taper is None or stop is None or e.med.as_needed or not e.dose_checkable:
            continue
        after = _days.add_days(stop, 1)
        if after is None or any(
            o.key == e.key and not o.med.as_needed and _days.active_on(o.med, after)
            for o in every
            if o is not e
        ):
            continue  # another entry of the ingredient carries on: a switch, not a stop
        steps = [s for i, s in enumerate(e.med.steps) if _days.step_span(e.med, i) is not None]
        if not steps:
            continue
        if _short_course(e.med, stop, taper.after_days):
            continue  # a short course: the taper is asked for after regular use only
        lowered = taper_days(steps, stop)
        need = taper.min_days.value
        if lowered >= need:
            continue
        name = _words.title(e.name)
        if lowered:
            # Translators: {days} is like "3 days"; {day} a date like "7 Jan 2027".
            what = _("{Name} is lowered for only {days} before its last dose on {day}.").format(
                Name=name, days=_words.days(lowered), day=_words.day(stop)
            )
        else:
            # Translators: {day} is a date like "7 Jan 2027".
            what = _("{Name} stops after {day} without being lowered first.").format(
                Name=name, day=_words.day(stop)
            )
        if taper.max_days is not None:
            # Translators: {least} and {most} are like "7 days" and "14 days".
            advice = _(
                "The advice for {name} is to lower it slowly, over at least {least}, often up "
                "to {most}. Ask your prescriber or pharmacist how to stop it safely."
            ).format(
                name=e.name,
                least=_words.days(need),
                most=_words.days(taper.max_days.value),
            )
        else:
            # Translators: {least} is like "7 days".
            advice = _(
                "The advice for {name} is to lower it slowly, over at least {least}. Ask your "
                "prescriber or pharmacist how to stop it safely."
            ).format(name=e.name, least=_words.days(need))
        out.append(
            make(
                "abrupt-stop",
                e,
                f"{what} {taper.why} {advice}",
                taper.min_days.source,
                day=stop,
            )
        )
    return out
