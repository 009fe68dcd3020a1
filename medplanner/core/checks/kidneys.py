"""Kidney function: ``renal-dose-above-range`` and ``renal-function-unknown``.

The clearance comes from :mod:`medplanner.core.renal` (given, or Cockcroft–Gault). Which
band an exact edge falls in is data: see the bands in ``resources/drugs/*.toml``. All
entries of one ingredient count together, as for the daily maximum; as-needed entries
count their most per day.
"""

from __future__ import annotations

from decimal import Decimal

from medplanner.core.checks import _words
from medplanner.core.checks._entries import ASK, Entry, by_ingredient, entries, make
from medplanner.core.checks._totals import over_limit
from medplanner.core.knowledge import Drug, KnowledgeBase, RenalBand
from medplanner.core.model import Finding, Plan
from medplanner.core.renal import COCKCROFT_GAULT_SOURCE, Clearance, clearance


def check_renal(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    kidneys = clearance(plan.person)
    for group in by_ingredient(entries(plan, kb)).values():
        drug = group[0].drug
        if drug is None or drug.renal is None:
            continue
        if kidneys is None:
            out.append(_unknown(group[0], drug))
            continue
        band = drug.renal.band_for(kidneys.ml_min)
        max_daily = drug.max_daily.value if drug.max_daily is not None else None
        limit = band.daily_max_mg(kidneys.ml_min, max_daily) if band is not None else None
        if band is None or limit is None:
            continue
        if max_daily is not None and limit >= max_daily.mg:
            continue  # no stricter than the daily most: daily-dose-above-max speaks for it
        for excess in over_limit(group, limit):
            source = band.source
            if kidneys.method == "cockcroft-gault":
                source = f"{source}; {COCKCROFT_GAULT_SOURCE}"
            out.append(
                make(
                    "renal-dose-above-range",
                    excess.entry,
                    f"{excess.words}. Your kidney function is {_kidneys(kidneys)}. "
                    f"{_range(drug, band)} {drug.renal.why} "
                    f"{ASK} whether this dose suits your kidneys.",
                    source,
                    day=excess.first_day,
                )
            )
    return out


def _kidneys(c: Clearance) -> str:
    if c.method == "given":
        return f"{_words.number(c.ml_min)} mL/min (creatinine clearance)"
    return (
        f"about {c.ml_min.quantize(Decimal(1))} mL/min (creatinine clearance estimated "
        "from age, weight, sex and serum creatinine)"
    )


def _range(drug: Drug, band: RenalBand) -> str:
    """What the source says for this band, in its own terms: no dose of our own."""
    assert drug.renal is not None
    if band.reduce_by is not None:
        return (
            "A study of people whose kidneys work less well found that about "
            f"{_words.share(band.reduce_by)}"
            f" less than the usual most was used at kidney function like yours "
            f"({band.label}). This is guidance from a study, not a limit on the label."
        )
    low = f"{band.daily_min} to " if band.daily_min is not None else "up to "
    how = f", {_words.times_a_day(band.doses_per_day)}" if band.doses_per_day else ""
    if band.proportional_to_crcl is not None:
        at = _words.number(band.proportional_to_crcl)
        return (
            f"The label's range at {at} mL/min is {low}{band.daily_max} a day{how}, and "
            "below that it lowers the dose further, in step with kidney function."
        )
    return (
        f"For kidney function of {band.label}, the label's range is "
        f"{low}{band.daily_max} a day{how}."
    )


def _unknown(entry: Entry, drug: Drug) -> Finding:
    assert drug.renal is not None
    return make(
        "renal-function-unknown",
        entry,
        f"The plan has no kidney information, so MedPlanner could not check the "
        f"{entry.name} dose against kidney function. {drug.renal.why} "
        f"{ASK} whether the dose suits your kidneys. You can add your creatinine clearance "
        "(crcl_ml_min), or your age, weight, sex and serum creatinine, to the plan.",
        drug.renal.source,
        day=entry.med.start,
    )
