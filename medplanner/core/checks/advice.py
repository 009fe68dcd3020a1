"""Information: ``advice-alcohol``, ``advice-driving``, ``unknown-medication``.

Every sedating drug gets one alcohol and one driving note (the driving note also names the
days its dose goes up). A drug that is not sedating, or not known, gets a driving note only
when its dose goes up. A name the knowledge base does not know gets ``unknown-medication``.
"""

from __future__ import annotations

from medplanner.core.checks import _words
from medplanner.core.checks._entries import ASK, Entry, entries, make
from medplanner.core.checks.titration import raises
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase
from medplanner.core.model import Finding, Plan


def check_advice(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    driving_told: set[int] = set()
    for e in entries(plan, kb):
        if e.drug is None:
            out.append(_unknown(e, kb))
        up = [step.start for step, _, _ in raises(e.med)]
        if e.index in driving_told and not (e.drug is not None and e.drug.sedating):
            continue  # one note per plan entry (a combination's other part)
        driving_told.add(e.index)
        name = _words.title(e.name)
        again = (
            f", and again after each raise ({_words.listing([_words.day(d) for d in up])}) "
            "until you know how the new dose affects you"
            if up
            else ""
        )
        if e.drug is not None and e.drug.sedating:
            source = e.drug.advice_source or e.drug.classes.source
            out.append(
                make(
                    "advice-alcohol",
                    e,
                    f"{name} can make you drowsy or dizzy. Alcohol makes this stronger, so it is "
                    f"best avoided while you take {e.name}. {ASK} if you are unsure.",
                    source,
                    day=e.med.start,
                )
            )
            out.append(
                make(
                    "advice-driving",
                    e,
                    f"{name} can make you drowsy and slow your reactions. Do not drive, cycle or "
                    f"use machines until you know how it affects you{again}. "
                    f"{ASK} if you are unsure.",
                    source,
                    day=e.med.start,
                )
            )
        elif up:
            out.append(
                make(
                    "advice-driving",
                    e,
                    f"{name} goes up on {_words.listing([_words.day(d) for d in up])}. After a "
                    "raise, do not drive or use machines until you know how the new dose "
                    f"affects you. {ASK} if you are unsure.",
                    f"{PRODUCT_RULE}: general caution after a dose raise",
                    day=up[0],
                )
            )
    return out


def _unknown(e: Entry, kb: KnowledgeBase) -> Finding:
    near = kb.suggest(e.name)
    hint = (
        f" Did you mean {near}? If so, correct the name in the plan and check again."
        if near is not None
        else ""
    )
    return make(
        "unknown-medication",
        e,
        f'MedPlanner does not know "{e.name}", so it only checked it for plain mistakes '
        "(a dose of 0, the same time twice, the same name twice). It could not check its "
        "dose limits, your kidneys, or how it mixes with your other medicines."
        f"{hint} Ask your pharmacist to check it with the rest of your plan.",
        "MedPlanner knowledge base (no entry for this name)",
        day=e.med.start,
    )
