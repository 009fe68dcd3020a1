"""The prescription planner by strength (issue 22 item 3), pure.

For the plan's next N weeks: every scheduled dose is made of the fewest tablets or capsules
from the strengths the medication comes in, and the units of each strength are added up into
what to ask the prescriber or pharmacist for.

* The strengths: the knowledge base's ``[[strengths]]`` of the drug (gabapentin: 100, 300,
  400 mg capsules, 600 and 800 mg scored tablets), plus the plan's own ``strength`` (in the
  plan's ``form``, else the form the knowledge base gives it, else an unscored tablet: the
  same reading as ``dose-not-makeable``).
* Capsules are never split or opened, unscored tablets never broken; a scored tablet may be
  halved, only in half (``SPLIT_RULE``).
* Per dose: the fewest pieces to swallow (a half counts as one piece), then the fewest
  halves, then the larger strengths. A half left over is still a whole tablet to ask for.
* An as-needed medication with ``max_per_day``: the most the plan allows (that many doses on
  every day), marked ``as_needed``; without ``max_per_day`` it is listed without a count.
* What is on hand is not subtracted: the numbers are what the doses of the period use.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from medplanner.core.checks.makeable import SPLIT_RULE, form_of
from medplanner.core.i18n import N_, _
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Form, Medication, Plan
from medplanner.core.schedule import doses_on
from medplanner.core.units import Amount

__all__ = ["SPLIT_RULE", "Piece", "Product", "Supply", "make_dose", "plan_supply"]

#: Most pieces one dose may take before MedPlanner calls it not makeable.
MAX_PIECES = 12

#: A form in words, one unit of it (``"scored-tablet"`` -> "scored tablet").
FORM_NAMES: dict[Form, str] = {
    # Translators: one unit of a medicine's form, after its strength: "300 mg capsule".
    "capsule": N_("capsule"),
    # Translators: one unit of a medicine's form, after its strength: "5 mg tablet".
    "tablet": N_("tablet"),
    # Translators: one unit of a medicine's form, after its strength: "10 mg scored tablet".
    "scored-tablet": N_("scored tablet"),
}


@dataclass(frozen=True, order=True)
class Product:
    """One strength in one form."""

    strength: Amount
    form: Form

    @property
    def label(self) -> str:
        """``300 mg capsule``, ``10 mg scored tablet``."""
        form = FORM_NAMES.get(self.form)
        # Translators: a strength and a form, like "300 mg capsule".
        return _("{strength} {form}").format(
            strength=self.strength,
            form=_(form) if form is not None else self.form.replace("-", " "),
        )


@dataclass(frozen=True)
class Piece:
    """``count`` whole units of a product, or halves when ``half``."""

    product: Product
    count: int
    half: bool = False

    @property
    def units(self) -> Decimal:
        return Decimal(self.count) / 2 if self.half else Decimal(self.count)


@dataclass(frozen=True)
class DoseSupply:
    dose: Amount
    count: int  # how many times the period gives this dose
    made_of: tuple[Piece, ...] | None  # None: cannot be made from the strengths


@dataclass(frozen=True)
class Supply:
    """One medication's need for the period."""

    medication: Medication
    as_needed: bool
    products: tuple[Product, ...]
    doses: tuple[DoseSupply, ...]
    #: Whole units to ask for, per product (halves rounded up), in product order.
    units: dict[Product, int] = field(default_factory=dict)

    @property
    def makeable(self) -> bool:
        return all(d.made_of is not None for d in self.doses)


def products_of(med: Medication, kb: KnowledgeBase) -> tuple[Product, ...]:
    """The strengths ``med`` can be made from (largest first)."""
    found: set[Product] = set()
    drug = kb.lookup(med.name)
    if kb.product(med.name) is None and drug is not None:
        found.update(Product(p.strength, p.form) for p in drug.strengths)
    own = form_of(med, kb)
    if own is not None and med.strength is not None:
        stated = Product(med.strength, own.form)
        found = {p for p in found if p.strength != stated.strength} | {stated}
    return tuple(sorted(found, key=lambda p: (-p.strength.mg, p.form)))


def make_dose(dose: Amount, products: tuple[Product, ...]) -> tuple[Piece, ...] | None:
    """The fewest pieces (then fewest halves, then larger strengths) that make ``dose``
    exactly, or None."""
    pieces: list[tuple[Decimal, Product, bool]] = []
    for p in products:
        pieces.append((p.strength.mg, p, False))
        if p.form == "scored-tablet":
            pieces.append((p.strength.mg / 2, p, True))
    target = dose.mg
    if target <= 0 or not pieces:
        return None
    scale = 1000  # to whole micrograms' thousandths: every strength is at most 3 decimals
    values = [int((v * scale).to_integral_value()) for v, _p, _h in pieces]
    goal = int((target * scale).to_integral_value())
    if Decimal(goal) != target * scale or any(
        Decimal(v) != pv * scale for v, (pv, _p, _h) in zip(values, pieces, strict=True)
    ):
        return None
    step = math.gcd(goal, *values)
    n = goal // step
    if n > 200_000:
        return None
    sizes = [v // step for v in values]
    inf = (MAX_PIECES + 1, 0)
    best: list[tuple[int, int]] = [inf] * (n + 1)
    choice: list[int] = [-1] * (n + 1)
    best[0] = (0, 0)
    for amount in range(1, n + 1):
        for k, size in enumerate(sizes):  # larger strengths first: they win ties
            if size > amount or best[amount - size] == inf:
                continue
            prev = best[amount - size]
            cand = (prev[0] + 1, prev[1] + (1 if pieces[k][2] else 0))
            if cand < best[amount]:
                best[amount], choice[amount] = cand, k
    if best[n] == inf or best[n][0] > MAX_PIECES:
        return None
    used: Counter[int] = Counter()
    amount = n
    while amount:
        k = choice[amount]
        used[k] += 1
        amount -= sizes[k]
    return tuple(Piece(pieces[k][1], used[k], pieces[k][2]) for k in range(len(pieces)) if used[k])


def plan_supply(plan: Plan, kb: KnowledgeBase, start: date, weeks: int) -> list[Supply]:
    """What the plan's doses from ``start`` for ``weeks`` weeks use, per medication."""
    days = [start + timedelta(days=i) for i in range(weeks * 7)]
    counts: dict[int, Counter[Amount]] = {i: Counter() for i in range(len(plan.medications))}
    for day in days:
        for sched in doses_on(plan, day):
            counts[sched.med_index][sched.dose] += 1
    out: list[Supply] = []
    for index, med in enumerate(plan.medications):
        mine = counts[index]
        if med.as_needed and med.dose is not None and med.max_per_day is not None:
            active = [d for d in days if (med.start is None or d >= med.start)]
            active = [d for d in active if med.stop is None or d <= med.stop]
            mine = Counter({med.dose: med.max_per_day * len(active)})
        products = products_of(med, kb)
        doses = tuple(
            DoseSupply(dose, count, make_dose(dose, products))
            for dose, count in sorted(mine.items(), key=lambda kv: kv[0].mg)
            if count
        )
        halves: Counter[Product] = Counter()
        wholes: Counter[Product] = Counter()
        for need in doses:
            for piece in need.made_of or ():
                (halves if piece.half else wholes)[piece.product] += piece.count * need.count
        units = {p: wholes[p] + (halves[p] + 1) // 2 for p in products if wholes[p] or halves[p]}
        out.append(Supply(med, med.as_needed, products, doses, units))
    return out
