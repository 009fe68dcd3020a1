"""What every family of checks shares: the plan's entries with their drugs, and findings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time
from decimal import Decimal

from medplanner.core.knowledge import Drug, KnowledgeBase, Product
from medplanner.core.model import DoseTime, Finding, Medication, Plan, Severity
from medplanner.core.record import Record, replace
from medplanner.core.units import Amount

#: Contract §3: every code a plan check raises, with its fixed severity.
SEVERITY: dict[str, Severity] = {
    "invalid-dose": "danger",
    "start-dose-above-recommended": "warning",
    "titration-step-too-large": "warning",
    "titration-step-too-soon": "warning",
    "dose-above-max-single": "warning",
    "daily-dose-above-max": "danger",
    "dose-interval-too-long": "warning",
    "doubled-dose": "danger",
    "duplicate-therapy": "warning",
    "renal-dose-above-range": "warning",
    "renal-function-unknown": "info",
    "abrupt-stop": "warning",
    "sedatives-same-time": "warning",
    "cns-depressant-combination": "danger",
    "advice-alcohol": "info",
    "advice-driving": "info",
    "unknown-medication": "info",
    "dose-not-makeable": "warning",
    "interaction-contraindicated": "danger",
    "product-timing": "info",
    "combination-product": "info",
    "renal-caution": "info",
    "kidney-data-stale": "warning",
}

#: The ending of most messages (../shared/ui.md: never "you must", always ask).
ASK = "Ask your prescriber or pharmacist"


class Entry(Record):
    """One medication of the plan, where it stands in the plan, and its drug (if known).

    A combination product is one entry per ingredient (Percocet: its oxycodone and its
    acetaminophen), each ``med`` holding that ingredient's amounts, so that every
    per-ingredient rule runs on each. A product with its own label rules (Gralise) is one
    entry whose ``drug`` is those rules and whose ``key`` is its ingredient.
    """

    index: int
    med: Medication
    drug: Drug | None
    #: The ingredient: the drug's name, or the normalized name of an unknown medication.
    key: str
    #: How messages name it: the plan's name, plus the ingredient for a combination part.
    label: str
    product: Product | None
    #: Which dose limits apply: the ingredient's, or a product's own (Gralise).
    rules_key: str

    def __init__(
        self,
        index: int,
        med: Medication,
        drug: Drug | None,
        key: str,
        label: str = "",
        product: Product | None = None,
        rules_key: str = "",
    ) -> None:
        self.__dict__.update(
            index=index,
            med=med,
            drug=drug,
            key=key,
            label=label,
            product=product,
            rules_key=rules_key,
        )

    @property
    def name(self) -> str:
        return self.label or self.med.name

    @property
    def dose_checkable(self) -> bool:
        """False when a dose is invalid: amount checks skip it (``invalid-dose`` covers it)."""
        return not any(is_invalid_dose(a.mg, self.drug) for a in amounts(self.med))


def entries(plan: Plan, kb: KnowledgeBase) -> list[Entry]:
    out: list[Entry] = []
    for i, m in enumerate(plan.medications):
        product = kb.product(m.name)
        if product is None:
            key = kb.ingredient_key(m.name)
            out.append(Entry(i, m, kb.lookup(m.name), key, m.name, None, key))
        elif product.rules is not None or not product.combination:
            drug = product.rules or kb.drugs[product.principal]
            rules_key = product.name if product.rules is not None else product.principal
            out.append(Entry(i, m, drug, product.principal, m.name, product, rules_key))
        else:
            variant = product.variant_for(m.strength, m.name)
            base = product.principal_amount(variant).mg
            for ing, amount in zip(product.ingredients, variant.amounts, strict=True):
                med = m if ing == product.principal else scaled(m, amount.mg / base)
                label = f"{m.name} ({ing})"
                out.append(Entry(i, med, kb.drugs[ing], ing, label, product, ing))
    return out


def scaled(med: Medication, factor: Decimal) -> Medication:
    """The same medication with every amount times ``factor`` (a combination's other part)."""

    def f(a: Amount) -> Amount:
        return Amount.mg_of(_tidy(a.mg * factor))

    steps = tuple(
        replace(s, times=tuple(DoseTime(t.at, f(t.dose)) for t in s.times)) for s in med.steps
    )
    dose = f(med.dose) if med.dose is not None else None
    return replace(med, steps=steps, dose=dose, strength=None, form=None)


def _tidy(d: Decimal) -> Decimal:
    q = d.quantize(Decimal("0.001"))
    return q.normalize() if q != q.to_integral_value() else q.quantize(Decimal(1))


def by_ingredient(items: Iterable[Entry]) -> dict[str, list[Entry]]:
    """Entries grouped by ingredient, each group in plan order."""
    groups: dict[str, list[Entry]] = {}
    for e in items:
        groups.setdefault(e.key, []).append(e)
    return groups


def by_rules(items: Iterable[Entry]) -> dict[str, list[Entry]]:
    """Entries grouped by the dose limits that apply (an ingredient, or a product's own)."""
    groups: dict[str, list[Entry]] = {}
    for e in items:
        groups.setdefault(e.rules_key or e.key, []).append(e)
    return groups


def amounts(med: Medication) -> list[Amount]:
    """Every dose amount the medication names: each step's times, and the as-needed dose."""
    out = [t.dose for step in med.steps for t in step.times]
    if med.dose is not None:
        out.append(med.dose)
    return out


#: ``invalid-dose``: more than this many times the drug's largest single dose (contract §3).
ABSURD_FACTOR = 10


def is_invalid_dose(mg: Decimal, drug: Drug | None) -> bool:
    """A dose of 0 or less, or more than 10 × the drug's largest single dose."""
    if mg <= 0:
        return True
    limit = drug.max_single if drug is not None else None
    return limit is not None and mg > ABSURD_FACTOR * limit.value.mg


def make(
    code: str,
    entry: Entry,
    message: str,
    source: str,
    *,
    other: Entry | None = None,
    day: date | None = None,
    at: time | None = None,
) -> Finding:
    """A finding about ``entry`` (named as written in the plan)."""
    return Finding(
        code=code,
        severity=SEVERITY[code],
        medication=entry.med.name,
        message=message,
        source=source,
        other=other.med.name if other is not None else None,
        date=day if day != date.min else None,
        time=at,
    )
