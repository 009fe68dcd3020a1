"""``dose-not-makeable``: a dose the stated strength and form cannot make (contract §3).

A dose is made of whole units of the medication's ``strength``; a scored tablet may also be
broken in half along its score line. Nothing else: capsules are never split or opened, an
unscored tablet is never broken, and no unit is cut into thirds or quarters. So with 300 mg
capsules a 250 mg dose cannot be made, while 150 mg from scored 300 mg tablets can (half a
tablet).

The form is the plan's ``form`` key; else the knowledge base's, when the strength
identifies it (gabapentin 600 mg and 800 mg: scored tablets; 100, 300 and 400 mg:
capsules); else the units are taken as tablets without a score (whole units only), and the
finding says so. A medication without a ``strength`` is not checked.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import Entry, entries, is_invalid_dose, make
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase
from medplanner.core.model import Finding, Form, Medication, Plan
from medplanner.core.record import Record
from medplanner.core.units import Amount

#: Why only whole units and halves of scored tablets count (how MedPlanner reads a form).
SPLIT_RULE = (
    f"{PRODUCT_RULE}: a dose is made of whole tablets or capsules of the stated strength; only a "
    "scored tablet is broken, and only in half; capsules are never split or opened"
)

#: How each form is named in a sentence: one, several.
FORM_WORDS: dict[Form, tuple[str, str]] = {
    "capsule": ("capsule", "capsules"),
    "tablet": ("tablet", "tablets"),
    "scored-tablet": ("scored tablet", "scored tablets"),
}


class FormOf(Record):
    """A medication's form, and whether the plan, the knowledge base or the default gave it."""

    form: Form
    stated: bool  # True: the plan says it; False: the knowledge base or the default
    source: str | None = None  # the knowledge base's source, when it came from there

    @property
    def assumed(self) -> bool:
        """Neither the plan nor the knowledge base says: taken as an unscored tablet."""
        return not self.stated and self.source is None


def units_per_dose(dose: Amount, strength: Amount) -> Decimal:
    """How many units of ``strength`` one dose is (exact for halves: 5 mg / 10 mg = 0.5)."""
    return dose / strength


def can_make(units: Decimal, form: Form) -> bool:
    """Whether ``units`` of a unit in ``form`` can be taken: whole units, or halves if scored."""
    if units <= 0:
        return False
    if form == "scored-tablet":
        units *= 2
    return units == units.to_integral_value()


def form_of(med: Medication, kb: KnowledgeBase) -> FormOf | None:
    """The medication's form (None without a usable strength)."""
    if med.strength is None or med.strength.mg <= 0:
        return None
    if med.form is not None:
        return FormOf(med.form, stated=True)
    known = kb.product(med.name)
    if known is not None:  # a product from resources/products: its own form
        return FormOf(known.form, stated=False, source=known.source)
    drug = kb.lookup(med.name)
    product = drug.form_of(med.strength) if drug is not None else None
    if product is not None:
        return FormOf(product.form, stated=False, source=product.source)
    return FormOf("tablet", stated=False)


def check_makeable(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """One warning per medication and dose amount that its strength and form cannot make."""
    out: list[Finding] = []
    for e in entries(plan, kb):
        form = form_of(e.med, kb)
        strength = e.med.strength
        if form is None or strength is None:
            continue
        for amount, day, at in _doses(e):
            if is_invalid_dose(amount.mg, e.drug):
                continue  # invalid-dose covers it
            if can_make(units_per_dose(amount, strength), form.form):
                continue
            out.append(_finding(e, amount, strength, form, day, at))
    return out


def _finding(
    e: Entry, amount: Amount, strength: Amount, form: FormOf, day: date | None, at: time | None
) -> Finding:
    values = {
        "Name": _words.title(e.name),
        "amount": amount,
        "when": _when(day, at),
        "strength": strength,
    }
    if form.form == "capsule":
        # Translators: {when} is " at 08:00" or " (as needed)", then " from 7 Jan 2027" or
        # nothing; {strength} is like "300 mg".
        what = _(
            "{Name} has a dose of {amount}{when}, but each capsule holds {strength}. A capsule "
            "cannot be split, so {amount} cannot be made from {strength} capsules."
        )
    elif form.form == "scored-tablet":
        what = _(
            "{Name} has a dose of {amount}{when}, but each scored tablet holds {strength}. A "
            "scored tablet can be broken in half but not into smaller parts, so {amount} cannot "
            "be made from {strength} scored tablets."
        )
    elif form.assumed:
        # Translators: 'form = "scored-tablet"' is a line of the plan file: keep it as it is.
        what = _(
            "{Name} has a dose of {amount}{when}, but each tablet holds {strength}. The plan "
            "does not say the tablets have a score line, so MedPlanner counts whole tablets "
            "only, and {amount} cannot be made from whole {strength} tablets. If yours are "
            'scored, add form = "scored-tablet" to the plan.'
        )
    else:
        what = _(
            "{Name} has a dose of {amount}{when}, but each tablet holds {strength}. A tablet "
            "without a score line should not be broken, so {amount} cannot be made from "
            "{strength} tablets."
        )
    ask = _(
        "Ask your prescriber or pharmacist which strength to use, or whether the dose is right."
    )
    source = SPLIT_RULE if form.source is None else f"{form.source}; {SPLIT_RULE}"
    return make(
        "dose-not-makeable",
        e,
        f"{what.format(**values)} {ask}",
        source,
        day=day,
        at=at,
    )


def _doses(entry: Entry) -> list[tuple[Amount, date | None, time | None]]:
    """Each dose amount of the medication once: (amount, first day it is given, time)."""
    seen: dict[Decimal, tuple[Amount, date | None, time | None]] = {}
    med = entry.med
    if med.as_needed:
        if med.dose is not None:
            seen[med.dose.mg] = (med.dose, med.start, None)
        return list(seen.values())
    for i, step in enumerate(med.steps):
        if _days.step_span(med, i) is None:
            continue  # a step that is never in force
        first = _days.first_dose_day(med, i)
        for t in step.times:
            seen.setdefault(t.dose.mg, (t.dose, first or step.start, t.at))
    return list(seen.values())


def _when(day: date | None, at: time | None) -> str:
    """`` at 08:00 from 7 Jan 2027``, `` (as needed)``: added to a sentence."""
    if at is None:
        # Translators: added to a sentence about a dose (note the space before the bracket).
        return _(" (as needed)") + _words.from_day(day)
    # Translators: added to a sentence about a dose (note the space before "at").
    return _(" at {time}").format(time=_words.clock(at)) + _words.from_day(day)
