"""Going up: ``start-dose-above-recommended``, ``titration-step-too-large``, ``-too-soon``.

A step's amount is its total on the days it is taken (``Step.daily_total``). A *raise* is a
step whose total is higher than the step before. ``continuing = true`` means the first step
is already being taken: it is neither a start nor a raise, and the first raise after it has
no earlier raise to be too soon after.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import Entry, entries, make
from medplanner.core.i18n import _, ngettext
from medplanner.core.knowledge import KnowledgeBase, Sourced
from medplanner.core.model import Finding, Medication, Plan, Step
from medplanner.core.units import Amount


def _scheduled(plan: Plan, kb: KnowledgeBase) -> list[Entry]:
    return [
        e
        for e in entries(plan, kb)
        if e.drug is not None and not e.med.as_needed and e.med.steps and e.dose_checkable
    ]


def in_use(med: Medication) -> list[int]:
    """Indices of the steps that are ever in force (not after the stop)."""
    return [i for i in range(len(med.steps)) if _days.step_span(med, i) is not None]


def _rung(path: tuple[tuple[Amount, int], ...], step: Step) -> int | None:
    """Which rung of the label's path a step is (every dose alike, as many a day), or None."""
    doses = {t.dose for t in step.times}
    if len(doses) != 1 or step.weekdays is not None or step.every_n_days not in (None, 1):
        return None
    dose = doses.pop()
    return next((i for i, (d, n) in enumerate(path) if d == dose and n == len(step.times)), None)


def _next_rung(path: tuple[tuple[Amount, int], ...], med: Medication, step: Step) -> bool:
    """True when ``step`` is the label path's next rung after the step before it."""
    steps = [med.steps[i] for i in in_use(med)]
    k = next((i for i, s in enumerate(steps) if s is step), None)
    if not k:
        return False
    before, now = _rung(path, steps[k - 1]), _rung(path, step)
    return before is not None and now is not None and now == before + 1


def raises(med: Medication) -> list[tuple[Step, Decimal, Decimal]]:
    """Each raise: (the step, the daily total before, the daily total from then on)."""
    if med.as_needed:
        return []
    steps = [med.steps[i] for i in in_use(med)]
    out = []
    for prev, step in itertools.pairwise(steps):
        before, now = prev.daily_total().mg, step.daily_total().mg
        if now > before:
            out.append((step, before, now))
    return out


def check_start_dose(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """The first day's total above the label's starting dose."""
    out: list[Finding] = []
    for e in _scheduled(plan, kb):
        assert e.drug is not None
        limit = e.drug.start_daily
        steps = in_use(e.med)
        if limit is None or e.med.continuing or not steps:
            continue
        first = e.med.steps[steps[0]]
        total = first.daily_total()
        if total.mg > limit.value.mg:
            day = _days.first_dose_day(e.med, steps[0]) or first.start
            out.append(
                make(
                    "start-dose-above-recommended",
                    e,
                    _start_words(limit.source).format(
                        Name=_words.title(e.name),
                        total=_words.mg(total.mg),
                        day=_words.day(day),
                        limit=limit.value,
                    ),
                    limit.source,
                    day=day,
                )
            )
    return out


def check_raises(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """Raises bigger than the label's increment, or sooner than its interval."""
    out: list[Finding] = []
    for e in _scheduled(plan, kb):
        assert e.drug is not None
        inc, gap = e.drug.increment_daily, e.drug.increment_interval_days
        steps = in_use(e.med)
        if (inc is None and gap is None) or not steps:
            continue
        last_raise: date | None = None if e.med.continuing else e.med.steps[steps[0]].start
        name = _words.title(e.name)
        path = e.drug.titration_path
        for step, before, now in raises(e.med):
            on_path = path is not None and _next_rung(path.value, e.med, step)
            if inc is not None and now - before > inc.value.mg and not on_path:
                out.append(
                    make(
                        "titration-step-too-large",
                        e,
                        " ".join(
                            (
                                # Translators: {day} is a date like "7 Jan 2027".
                                _(
                                    "{Name} goes up too fast on {day}: from {before} to {now} "
                                    "a day in one step."
                                ).format(
                                    Name=name,
                                    day=_words.day(step.start),
                                    before=_words.mg(before),
                                    now=_words.mg(now),
                                ),
                                _raise_words(inc.source, inc.value, gap),
                                _("Ask your prescriber or pharmacist before you follow this step."),
                            )
                        ),
                        inc.source,
                        day=step.start,
                    )
                )
            if gap is not None and last_raise is not None:
                waited = (step.start - last_raise).days
                started = last_raise == e.med.steps[steps[0]].start
                if waited < gap.value:
                    out.append(
                        make(
                            "titration-step-too-soon",
                            e,
                            _too_soon(started, gap.source).format(
                                Name=name,
                                day=_words.day(step.start),
                                waited=_words.days(waited),
                                gap=_words.days(gap.value),
                            ),
                            gap.source,
                            day=step.start,
                        )
                    )
            last_raise = step.start
    return out


def _start_words(source: str) -> str:
    """``start-dose-above-recommended``'s message, to format with Name, total, day, limit."""
    if _words.derived(source):
        # Translators: {total} and {limit} are amounts like "900 mg"; {day} a date.
        return _(
            "{Name} starts at {total} a day on {day}. MedPlanner's limit, derived from the "
            "label (a MedPlanner rule), starts at no more than {limit} a day, so that your body "
            "can get used to it. Ask your prescriber or pharmacist before you follow this step."
        )
    # Translators: {total} and {limit} are amounts like "900 mg"; {day} a date.
    return _(
        "{Name} starts at {total} a day on {day}. The label starts at no more than {limit} a "
        "day, so that your body can get used to it. Ask your prescriber or pharmacist before "
        "you follow this step."
    )


def _raise_words(source: str, most: Amount, gap: Sourced[int] | None) -> str:
    """How far the label (or MedPlanner's limit from it) raises the dose at a time."""
    derived = _words.derived(source)
    if gap is None:
        if derived:
            # Translators: {most} is an amount like "300 mg".
            text = _(
                "MedPlanner's limit, derived from the label (a MedPlanner rule), raises it by at "
                "most {most} a day, to let your body get used to it."
            )
        else:
            # Translators: {most} is an amount like "300 mg".
            text = _(
                "The label raises it by at most {most} a day, to let your body get used to it."
            )
    elif gap.value == 1:
        if derived:
            # Translators: {most} is an amount like "300 mg".
            text = _(
                "MedPlanner's limit, derived from the label (a MedPlanner rule), raises it by at "
                "most {most} a day every day, to let your body get used to it."
            )
        else:
            # Translators: {most} is an amount like "300 mg".
            text = _(
                "The label raises it by at most {most} a day every day, to let your body get "
                "used to it."
            )
    elif derived:
        # Translators: {most} is an amount like "300 mg"; {n} is 2 or more.
        text = ngettext(
            "MedPlanner's limit, derived from the label (a MedPlanner rule), raises it by at "
            "most {most} a day every {n} days, to let your body get used to it.",
            "MedPlanner's limit, derived from the label (a MedPlanner rule), raises it by at "
            "most {most} a day every {n} days, to let your body get used to it.",
            gap.value,
        )
    else:
        # Translators: {most} is an amount like "300 mg"; {n} is 2 or more.
        text = ngettext(
            "The label raises it by at most {most} a day every {n} days, to let your body get "
            "used to it.",
            "The label raises it by at most {most} a day every {n} days, to let your body get "
            "used to it.",
            gap.value,
        )
    return text.format(most=most, n=gap.value if gap is not None else 0)


def _too_soon(started: bool, source: str) -> str:
    """``titration-step-too-soon``'s message, to format with Name, day, waited and gap."""
    derived = _words.derived(source)
    if started and derived:
        # Translators: {day} is a date; {waited} and {gap} are like "3 days".
        return _(
            "{Name} goes up on {day}, only {waited} after it started. MedPlanner's limit, "
            "derived from the label (a MedPlanner rule), waits at least {gap} between raises, "
            "to let your body get used to each dose. Ask your prescriber or pharmacist before "
            "you follow this step."
        )
    if started:
        return _(
            "{Name} goes up on {day}, only {waited} after it started. The label waits at least "
            "{gap} between raises, to let your body get used to each dose. Ask your prescriber "
            "or pharmacist before you follow this step."
        )
    if derived:
        return _(
            "{Name} goes up on {day}, only {waited} after it last went up. MedPlanner's limit, "
            "derived from the label (a MedPlanner rule), waits at least {gap} between raises, "
            "to let your body get used to each dose. Ask your prescriber or pharmacist before "
            "you follow this step."
        )
    return _(
        "{Name} goes up on {day}, only {waited} after it last went up. The label waits at "
        "least {gap} between raises, to let your body get used to each dose. Ask your "
        "prescriber or pharmacist before you follow this step."
    )
