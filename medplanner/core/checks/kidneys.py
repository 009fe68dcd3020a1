"""Kidney function: ``renal-dose-above-range`` and ``renal-function-unknown``.

The clearance comes from :mod:`medplanner.core.renal` (given, or Cockcroft–Gault). Which
band an exact edge falls in is data: see the bands in ``resources/drugs/*.toml``. All
entries of one ingredient count together, as for the daily maximum; as-needed entries
count their most per day.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from medplanner.core.checks import _words
from medplanner.core.checks._entries import ASK, Entry, by_rules, entries, make
from medplanner.core.checks._totals import over_limit
from medplanner.core.knowledge import PRODUCT_RULE, Dialysis, Drug, KnowledgeBase, RenalBand
from medplanner.core.model import Finding, Plan
from medplanner.core.renal import COCKCROFT_GAULT_SOURCE, Clearance, clearance


def check_renal(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    kidneys = clearance(plan.person)
    on_dialysis = plan.person.dialysis
    for group in by_rules(entries(plan, kb)).values():
        drug = group[0].drug
        if drug is None or drug.renal is None:
            continue
        if on_dialysis and drug.renal.dialysis is not None:
            out += _dialysis(group, drug, drug.renal.dialysis)
            if drug.renal.dialysis.not_recommended or drug.renal.dialysis.daily_max is not None:
                continue
        if kidneys is None:
            if not on_dialysis:
                out.append(_unknown(group[0], drug))
            continue
        band = drug.renal.band_for(kidneys.ml_min)
        if band is not None and (band.caution or band.not_recommended):
            out.append(_caution_or_not(group[0], drug, band, kidneys))
            continue
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
                    f"{_range(drug, band, kidneys.ml_min)} {drug.renal.why} "
                    f"{ASK} whether this dose suits your kidneys.",
                    source,
                    day=excess.first_day,
                )
            )
    return out


def _dialysis(group: list[Entry], drug: Drug, d: Dialysis) -> list[Finding]:
    """On haemodialysis: the label's advice (info), or its limit (warning)."""
    assert drug.renal is not None
    first = group[0]
    if d.not_recommended:
        return [
            make(
                "renal-dose-above-range",
                first,
                f"The plan says you are on haemodialysis. {d.advice} {drug.renal.why} "
                f"{ASK} whether {first.name} suits you.",
                d.source,
                day=first.med.start,
            )
        ]
    if d.daily_max is not None:
        return [
            make(
                "renal-dose-above-range",
                excess.entry,
                f"{excess.words}. The plan says you are on haemodialysis. {d.advice} "
                f"{drug.renal.why} {ASK} whether this dose suits you.",
                d.source,
                day=excess.first_day,
            )
            for excess in over_limit(group, d.daily_max.mg)
        ]
    return [
        make(
            "renal-caution",
            first,
            f"The plan says you are on haemodialysis. {d.advice} {ASK} how to take "
            f"{first.name} around your dialysis sessions.",
            d.source,
            day=first.med.start,
        )
    ]


def _caution_or_not(entry: Entry, drug: Drug, band: RenalBand, kidneys: Clearance) -> Finding:
    assert drug.renal is not None
    if band.not_recommended:
        return make(
            "renal-dose-above-range",
            entry,
            f"Your kidney function is {_kidneys(kidneys)}. For kidney function {band.label}, "
            f"the label advises against {entry.name}. {drug.renal.why} "
            f"{ASK} whether {entry.name} suits your kidneys.",
            band.source,
            day=entry.med.start,
        )
    said = (
        f" A study found that about {_words.share(band.reduce_by)} less than the usual most "
        f"was used at kidney function like yours ({band.label}); this is guidance from a "
        "study, not a limit on the label."
        if band.reduce_by is not None
        else ""
    )
    return make(
        "renal-caution",
        entry,
        f"Your kidney function is {_kidneys(kidneys)}, mildly lowered. The label gives no dose "
        f"for this, but asks for caution with {entry.name} when the kidneys work less well.{said} "
        f"{drug.renal.why} {ASK} whether the dose suits your kidneys.",
        band.source,
        day=entry.med.start,
    )


def _kidneys(c: Clearance) -> str:
    if c.method == "given":
        return f"{_words.number(c.ml_min)} mL/min (creatinine clearance)"
    return (
        f"about {c.ml_min.quantize(Decimal(1))} mL/min (creatinine clearance estimated "
        "from age, weight, sex and serum creatinine)"
    )


def _range(drug: Drug, band: RenalBand, crcl: Decimal) -> str:
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
        most = band.daily_max_mg(crcl, None) or Decimal(0)
        least = band.daily_min_mg(crcl)
        yours = f"{_words.mg(least)} to {_words.mg(most)}" if least is not None else _words.mg(most)
        if not most:
            return (
                f"The label's range at {at} mL/min is {low}{band.daily_max} a day{how}, and "
                "below that it lowers the daily dose in proportion to kidney function; at "
                f"{_words.number(crcl)} mL/min that rule leaves no dose to work out, so the "
                "prescriber decides."
            )
        return (
            f"The label's range at {at} mL/min is {low}{band.daily_max} a day{how}, and "
            "below that it lowers the daily dose in proportion to kidney function: at "
            f"{_words.number(crcl)} mL/min that is {yours} a day (worked out from the "
            "label's rule, a MedPlanner rule)."
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


#: Product rule (contract §3): kidney data older than this is flagged for a renally cleared
#: drug; the shorter age applies from age 65 or below a clearance of 60 mL/min.
STALE_MONTHS = 12
STALE_MONTHS_AT_RISK = 6
STALE_SOURCE = (
    f"{PRODUCT_RULE}: kidney function is re-checked at least every {STALE_MONTHS} months "
    f"while taking a medicine cleared by the kidneys, every {STALE_MONTHS_AT_RISK} months "
    "from age 65 or when creatinine clearance is below 60 mL/min"
)


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months (the 31st falls back to the month's last day)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, d))
        except ValueError:
            continue
    return date(year, month, 28)  # pragma: no cover - 28 always exists


def check_kidney_data_age(plan: Plan, kb: KnowledgeBase, today: date) -> list[Finding]:
    """``kidney-data-stale``: a renally cleared drug and ``kidney_measured`` too old."""
    p = plan.person
    if p.kidney_measured is None:
        return []
    group = next(
        (
            g
            for g in by_rules(entries(plan, kb)).values()
            if g[0].drug is not None
            and g[0].drug.renal is not None
            and any(_in_use_on_or_after(e, today) for e in g)
        ),
        None,
    )
    if group is None:
        return []
    kidneys = clearance(p)
    older = p.age_years is not None and p.age_years >= 65
    low = kidneys is not None and kidneys.ml_min < 60
    months = STALE_MONTHS_AT_RISK if older or low else STALE_MONTHS
    stale_from = add_months(p.kidney_measured, months)
    if today <= stale_from:
        return []
    why = (
        "because of your age"
        if older
        else ("because your kidney function is lowered" if low else "as a routine")
    )
    review = (
        f" Your next review is planned for {_words.day(p.next_review)}; ask then, or sooner."
        if p.next_review is not None and p.next_review >= today
        else ""
    )
    entry = group[0]
    return [
        make(
            "kidney-data-stale",
            entry,
            f"The kidney test in the plan is from {_words.day(p.kidney_measured)}, more than "
            f"{months} months ago. {_words.title(entry.name)} is cleared by the kidneys, and "
            f"its safe dose depends on how well they work; {why}, a check every {months} "
            f"months is advised.{review} {ASK} whether a new kidney blood test is due.",
            STALE_SOURCE,
            day=stale_from,
        )
    ]


def _in_use_on_or_after(e: Entry, today: date) -> bool:
    return e.med.stop is None or e.med.stop >= today
