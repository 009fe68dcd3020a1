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
from medplanner.core.checks._entries import Entry, entries, make
from medplanner.core.i18n import _
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
            # Translators: what separates the items of a list of times ("08:00, 20:00").
            planned = _(", ").join(_words.clock(t) for t in at)
            out.append(
                make(
                    "product-timing",
                    e,
                    # Translators: {times} is like "08:00, 20:00"; {how} the label's words
                    # ("once a day with the evening meal").
                    _(
                        "{Name} is planned at {times} from {day}. Its label says to take it "
                        "{how}; it is made to work that way. Ask your prescriber or pharmacist "
                        "whether the times should follow the label."
                    ).format(
                        Name=_words.title(med.name),
                        times=planned,
                        day=_words.day(step.start),
                        how=timing.words,
                    ),
                    timing.source,
                    day=step.start,
                )
            )
            break
    return out


def _reading(product: Product, med: Medication, e: Entry, opioid: bool) -> Finding:
    variant = product.variant_for(med.strength, med.name)
    per = strength_words(product, variant)
    if med.strength is not None and product.principal_amount(variant) == med.strength:
        # Translators: completes "MedPlanner counts each tablet as …, from …".
        how = _("the strength given in the plan ({strength})").format(strength=med.strength)
    elif med.name.casefold() in (n.casefold() for n in variant.names):
        # Translators: completes "MedPlanner counts each tablet as …, from …".
        how = _("the strength its name says ({name})").format(name=med.name)
    elif med.strength is not None:
        # Translators: completes "MedPlanner counts each tablet as …, from …"; {ingredient}
        # is like "oxycodone", {unit} like "tablet".
        how = _(
            "the usual strength, as the plan's strength ({strength}) is not the {ingredient} in "
            "one {unit} of any strength MedPlanner knows (check the box)"
        ).format(strength=med.strength, ingredient=product.principal, unit=product.unit)
    else:
        # Translators: completes "MedPlanner counts each tablet as …, from …"; "strength" is
        # the plan file's key.
        how = _("the usual strength, as the plan gives none (add strength to be sure)")
    said = [
        # Translators: {ingredients} lists ingredients ("oxycodone and acetaminophen"); {unit}
        # is like "tablet"; {per} like "5 mg oxycodone and 325 mg acetaminophen".
        _(
            "{Name} is a combination of {ingredients}. MedPlanner counts each {unit} as {per}, "
            "from {how}."
        ).format(
            Name=_words.title(med.name),
            ingredients=_words.listing(list(product.ingredients)),
            unit=product.unit,
            per=per,
            how=how,
        )
    ]
    dose = _first_dose(med)
    if dose is not None and dose.mg > 0:
        amounts = ingredient_amounts(product, med, dose)
        held = _words.listing([f"{_words.mg(mg)} {i}" for i, mg in amounts], most=4)
        if dose.written is not None:
            # Translators: {dose} is as the plan writes it ("1 tablet"); {held} like "5 mg
            # oxycodone and 325 mg acetaminophen".
            example = _('A dose of "{dose}" is read as {held}.').format(dose=dose, held=held)
        elif opioid:
            # Translators: {held} is like "5 mg oxycodone and 325 mg acetaminophen".
            example = _(
                'A dose of "{dose}" is read as {dose} of {ingredient} (the opioid ingredient), '
                "that is {held}."
            ).format(dose=dose, ingredient=product.principal, held=held)
        else:
            # Translators: {held} is like "300 mg acetaminophen and 30 mg codeine".
            example = _(
                'A dose of "{dose}" is read as {dose} of {ingredient} (the first-named '
                "ingredient), that is {held}."
            ).format(dose=dose, ingredient=product.principal, held=held)
        said.append(example)
    said.append(
        _(
            "Every check runs on each ingredient, and each counts toward that ingredient's daily "
            "most with your other medicines. Ask your prescriber or pharmacist if this is not "
            "the strength on your box."
        )
    )
    return make(
        "combination-product",
        e,
        " ".join(said),
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
