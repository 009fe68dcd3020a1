"""Products: ``combination-product`` (info: how a combination's doses were read) and
``product-timing`` (info: a label-fixed timing scheduled otherwise).

A combination product's dose is read per contract §1: units ("1 tablet") at the product's
strength, a mass as its opioid ingredient where it has one, else its first-named one. The
finding says which reading was used and what each dose holds of every ingredient, so that
the person can compare it with the box. A product whose label fixes its timing (Gralise:
once a day with the evening meal) gets ``product-timing`` when a step is planned otherwise.
"""

from __future__ import annotations

from decimal import Decimal

from medplanner.core.checks import _words
from medplanner.core.checks._entries import ASK, Entry, entries, make
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase, Product, ProductVariant
from medplanner.core.model import Finding, Medication, Plan
from medplanner.core.units import Amount


def strength_words(product: Product, variant: ProductVariant) -> str:
    """``5 mg oxycodone and 325 mg acetaminophen``."""
    parts = [f"{a} {i}" for i, a in zip(product.ingredients, variant.amounts, strict=True)]
    return _words.listing(parts, most=4)


def ingredient_amounts(
    product: Product, med: Medication, dose: Amount
) -> list[tuple[str, Decimal]]:
    """What one dose of a product holds of each ingredient, in mg (schedule --json)."""
    variant = product.variant_for(med.strength, med.name)
    units = dose.mg / product.principal_amount(variant).mg
    return [(i, a.mg * units) for i, a in zip(product.ingredients, variant.amounts, strict=True)]


def _first_dose(med: Medication) -> Amount | None:
    if med.as_needed:
        return med.dose
    return next((t.dose for s in med.steps for t in s.times), None)


def check_products(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    seen: set[int] = set()
    for e in entries(plan, kb):
        product = e.product
        if product is None or e.index in seen:
            continue
        seen.add(e.index)
        med = e.med if not product.combination else plan.medications[e.index]
        if product.combination:
            opioid = kb.drugs[product.principal].is_a("opioid")
            out.append(_reading(product, med, e, opioid))
        timing = product.rules.timing if product.rules is not None else None
        if timing is None or med.as_needed:
            continue
        for step in med.steps:
            at = tuple(t.at for t in step.times)
            if timing.fits(at):
                continue
            planned = ", ".join(_words.clock(t) for t in at)
            out.append(
                make(
                    "product-timing",
                    e,
                    f"{_words.title(med.name)} is planned at {planned} from "
                    f"{_words.day(step.start)}. Its label says to take it {timing.words}; it "
                    f"is made to work that way. {ASK} whether the times should follow the label.",
                    timing.source,
                    day=step.start,
                )
            )
            break
    return out


def _reading(product: Product, med: Medication, e: Entry, opioid: bool) -> Finding:
    variant = product.variant_for(med.strength, med.name)
    per = strength_words(product, variant)
    how = (
        f"the strength given in the plan ({med.strength})"
        if med.strength is not None and product.principal_amount(variant) == med.strength
        else (
            f"the strength its name says ({med.name})"
            if med.name.casefold() in (n.casefold() for n in variant.names)
            else (
                f"the usual strength, as the plan's strength ({med.strength}) is not the "
                f"{product.principal} in one {product.unit} of any strength MedPlanner knows "
                "(check the box)"
                if med.strength is not None
                else "the usual strength, as the plan gives none (add strength to be sure)"
            )
        )
    )
    dose = _first_dose(med)
    example = ""
    if dose is not None and dose.mg > 0:
        amounts = ingredient_amounts(product, med, dose)
        held = _words.listing([f"{_words.mg(mg)} {i}" for i, mg in amounts], most=4)
        if dose.written is not None:
            example = f' A dose of "{dose}" is read as {held}.'
        else:
            example = (
                f' A dose of "{dose}" is read as {dose} of {product.principal} (the '
                f"{'opioid' if opioid else 'first-named'} ingredient), that is {held}."
            )
    return make(
        "combination-product",
        e,
        f"{_words.title(med.name)} is a combination of "
        f"{_words.listing(list(product.ingredients))}. "
        f"MedPlanner counts each {product.unit} as {per}, from {how}.{example} Every check "
        "runs on each ingredient, and each counts toward that ingredient's daily most with "
        f"your other medicines. {ASK} if this is not the strength on your box.",
        f"{product.source}; {PRODUCT_RULE}: a mass dose of a combination product means its "
        "opioid ingredient, else its first-named ingredient (as its strength is usually named)",
        day=med.start,
    )


def dose_ingredients(
    kb: KnowledgeBase, med: Medication, dose: Amount
) -> list[dict[str, str | float]] | None:
    """``schedule --json``'s ``ingredients`` for a combination product's dose, else None."""
    product = kb.product(med.name)
    if product is None or not product.combination:
        return None
    return [
        {"name": name, "amount_mg": float(mg)}
        for name, mg in ingredient_amounts(product, med, dose)
    ]
