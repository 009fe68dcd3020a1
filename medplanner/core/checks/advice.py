"""Information: ``advice-alcohol``, ``advice-driving``, ``unknown-medication``.

Every sedating drug gets one alcohol and one driving note (the driving note also names the
days its dose goes up). A drug that is not sedating, or not known, gets a driving note only
when its dose goes up. A name the knowledge base does not know gets ``unknown-medication``.
"""

from __future__ import annotations

from medplanner.core.checks import _words
from medplanner.core.checks._entries import Entry, entries, make
from medplanner.core.checks.titration import raises
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase
from medplanner.core.model import Finding, Plan


def check_advice(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    driving_told: set[int] = set()
    for e in entries(plan, kb):
        if e.drug is None:
            out.append(_unknown(e, kb))
        up = [step.start for step, _before, _now in raises(e.med)]
        if e.index in driving_told and not (e.drug is not None and e.drug.sedating):
            continue  # one note per plan entry (a combination's other part)
        driving_told.add(e.index)
        name = _words.title(e.name)
        dates = _words.listing([_words.day(d) for d in up])
        if e.drug is not None and e.drug.sedating:
            source = e.drug.advice_source or e.drug.classes.source
            out.append(
                make(
                    "advice-alcohol",
                    e,
                    # Translators: {Name} is the medicine's name with a capital first letter.
                    _(
                        "{Name} can make you drowsy or dizzy. Alcohol makes this stronger, so it "
                        "is best avoided while you take {name}. Ask your prescriber or "
                        "pharmacist if you are unsure."
                    ).format(Name=name, name=e.name),
                    source,
                    day=e.med.start,
                )
            )
            out.append(
                make(
                    "advice-driving",
                    e,
                    _driving(name, dates if up else None),
                    source,
                    day=e.med.start,
                )
            )
        elif up:
            out.append(
                make(
                    "advice-driving",
                    e,
                    # Translators: {dates} lists dates like "7 Jan 2027 and 14 Jan 2027".
                    _(
                        "{Name} goes up on {dates}. After a raise, do not drive or use machines "
                        "until you know how the new dose affects you. Ask your prescriber or "
                        "pharmacist if you are unsure."
                    ).format(Name=name, dates=dates),
                    f"{PRODUCT_RULE}: general caution after a dose raise",
                    day=up[0],
                )
            )
    return out


def _driving(name: str, dates: str | None) -> str:
    """The driving note for a sedating medicine (and the days its dose goes up)."""
    if dates is None:
        return _(
            "{Name} can make you drowsy and slow your reactions. Do not drive, cycle or use "
            "machines until you know how it affects you. Ask your prescriber or pharmacist if "
            "you are unsure."
        ).format(Name=name)
    # Translators: {dates} lists dates like "7 Jan 2027 and 14 Jan 2027".
    return _(
        "{Name} can make you drowsy and slow your reactions. Do not drive, cycle or use "
        "machines until you know how it affects you, and again after each raise ({dates}) "
        "until you know how the new dose affects you. Ask your prescriber or pharmacist if "
        "you are unsure."
    ).format(Name=name, dates=dates)


def _unknown(e: Entry, kb: KnowledgeBase) -> Finding:
    near = kb.suggest(e.name)
    said = [
        _(
            'MedPlanner does not know "{name}", so it only checked it for plain mistakes (a '
            "dose of 0, the same time twice, the same name twice). It could not check its "
            "dose limits, your kidneys, or how it mixes with your other medicines."
        ).format(name=e.name)
    ]
    if near is not None:
        # Translators: {near} is the name of a medicine MedPlanner knows.
        hint = _("Did you mean {near}? If so, correct the name in the plan and check again.")
        said.append(hint.format(near=near))
    said.append(_("Ask your pharmacist to check it with the rest of your plan."))
    return make(
        "unknown-medication",
        e,
        " ".join(said),
        "MedPlanner knowledge base (no entry for this name)",
        day=e.med.start,
    )
