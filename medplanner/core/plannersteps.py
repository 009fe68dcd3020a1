"""The taper and titration planner's arithmetic: the medication a draft changes, the unit
each day's total is shared in, one step, and the words for amounts (used by
:mod:`medplanner.core.planner`)."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.knowledge import Drug, KnowledgeBase
from medplanner.core.model import DoseTime, Finding, Medication, Plan, Step
from medplanner.core.units import Amount


def _locate(plan: Plan, name: str, kb: KnowledgeBase) -> tuple[int, Medication, Drug, Step]:
    from medplanner.core.dosing import find_medication

    hit = find_medication(plan, name, kb)
    if hit is None:
        # Translators: the plan has no medicines at all.
        names = ", ".join(m.name for m in plan.medications) or _("none")
        raise InvalidInput(
            _('"{name}" is not in the plan (it has: {names})').format(name=name, names=names)
        )
    index, med = hit
    if med.as_needed or not med.steps:
        raise InvalidInput(
            _("{medication} is taken as needed: there is no schedule to change").format(
                medication=med.name
            )
        )
    drug = kb.lookup(med.name)
    if drug is None:
        raise InvalidInput(
            _("{medication} is not in the knowledge base: ask the prescriber").format(
                medication=med.name
            )
        )
    last = med.steps[-1]
    if last.weekdays is not None or (last.every_n_days or 1) > 1:
        raise InvalidInput(
            _(
                "{medication}'s last step is not taken every day: ask the prescriber for a plan"
            ).format(medication=med.name)
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


def _key(f: Finding) -> tuple[str, str, str]:
    return (f.code, f.medication, f.other or "")


def _norm(d: Decimal) -> Decimal:
    return d.normalize() if d == d.to_integral_value() else d


def _mg(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _not_shared(to: Amount | None, unit: Decimal) -> str:
    return _("{amount} a day cannot be shared out in units of {unit} mg").format(
        amount=to, unit=_mg(unit)
    )
