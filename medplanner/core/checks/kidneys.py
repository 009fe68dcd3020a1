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
from medplanner.core.checks._entries import Entry, by_rules, entries, make
from medplanner.core.checks._totals import over_limit
from medplanner.core.i18n import _, ngettext
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
                    # Translators: {total} is a sentence's start like "Gabapentin adds up to
                    # 3700 mg a day from 5 Jan 2027"; {kidneys} like "30 mL/min (creatinine
                    # clearance)"; {range} and {why} are whole sentences.
                    _(
                        "{total}. Your kidney function is {kidneys}. {range} {why} Ask your "
                        "prescriber or pharmacist whether this dose suits your kidneys."
                    ).format(
                        total=excess.words,
                        kidneys=_kidneys(kidneys),
                        range=_range(drug, band, kidneys.ml_min),
                        why=drug.renal.why,
                    ),
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
                # Translators: {advice} and {why} are the label's words, whole sentences.
                _(
                    "The plan says you are on haemodialysis. {advice} {why} Ask your prescriber "
                    "or pharmacist whether {name} suits you."
                ).format(advice=d.advice, why=drug.renal.why, name=first.name),
                d.source,
                day=first.med.start,
            )
        ]
    if d.daily_max is not None:
        return [
            make(
                "renal-dose-above-range",
                excess.entry,
                # Translators: {total} is a sentence's start like "Gabapentin adds up to 3700 mg
                # a day from 5 Jan 2027"; {advice} and {why} are the label's words.
                _(
                    "{total}. The plan says you are on haemodialysis. {advice} {why} Ask your "
                    "prescriber or pharmacist whether this dose suits you."
                ).format(total=excess.words, advice=d.advice, why=drug.renal.why),
                d.source,
                day=excess.first_day,
            )
            for excess in over_limit(group, d.daily_max.mg)
        ]
    return [
        make(
            "renal-caution",
            first,
            # Translators: {advice} is the label's words, whole sentences.
            _(
                "The plan says you are on haemodialysis. {advice} Ask your prescriber or "
                "pharmacist how to take {name} around your dialysis sessions."
            ).format(advice=d.advice, name=first.name),
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
            # Translators: {kidneys} is like "30 mL/min (creatinine clearance)"; {band} a range
            # like "below 30 mL/min"; {why} the label's words.
            _(
                "Your kidney function is {kidneys}. For kidney function {band}, the label "
                "advises against {name}. {why} Ask your prescriber or pharmacist whether {name} "
                "suits your kidneys."
            ).format(
                kidneys=_kidneys(kidneys), band=band.label, name=entry.name, why=drug.renal.why
            ),
            band.source,
            day=entry.med.start,
        )
    said = [
        # Translators: {kidneys} is like "70 mL/min (creatinine clearance)".
        _(
            "Your kidney function is {kidneys}, mildly lowered. The label gives no dose for "
            "this, but asks for caution with {name} when the kidneys work less well."
        ).format(kidneys=_kidneys(kidneys), name=entry.name)
    ]
    if band.reduce_by is not None:
        # Translators: {share} is like "a third" or "30%"; {band} like "30 to 60 mL/min".
        study = _(
            "A study found that about {share} less than the usual most was used at kidney "
            "function like yours ({band}); this is guidance from a study, not a limit on the "
            "label."
        )
        said.append(study.format(share=_words.share(band.reduce_by), band=band.label))
    said.append(drug.renal.why)
    said.append(_("Ask your prescriber or pharmacist whether the dose suits your kidneys."))
    return make(
        "renal-caution",
        entry,
        " ".join(said),
        band.source,
        day=entry.med.start,
    )


def _kidneys(c: Clearance) -> str:
    if c.method == "given":
        # Translators: a kidney function ("Your kidney function is …").
        return _("{value} mL/min (creatinine clearance)").format(value=_words.number(c.ml_min))
    # Translators: a kidney function ("Your kidney function is …").
    return _(
        "about {value} mL/min (creatinine clearance estimated from age, weight, sex and serum "
        "creatinine)"
    ).format(value=c.ml_min.quantize(Decimal(1)))


def _range(drug: Drug, band: RenalBand, crcl: Decimal) -> str:
    """What the source says for this band, in its own terms: no dose of our own."""
    assert drug.renal is not None
    if band.reduce_by is not None:
        # Translators: {share} is like "a third" or "30%"; {band} like "30 to 60 mL/min".
        return _(
            "A study of people whose kidneys work less well found that about {share} less than "
            "the usual most was used at kidney function like yours ({band}). This is guidance "
            "from a study, not a limit on the label."
        ).format(share=_words.share(band.reduce_by), band=band.label)
    label_range = _band_range(band)
    if band.proportional_to_crcl is not None:
        at = _words.number(band.proportional_to_crcl)
        most = band.daily_max_mg(crcl, None) or Decimal(0)
        least = band.daily_min_mg(crcl)
        if least is not None:
            # Translators: a range of amounts ("200 mg to 700 mg").
            yours = _("{least} to {most}").format(least=_words.mg(least), most=_words.mg(most))
        else:
            yours = _words.mg(most)
        if not most:
            # Translators: {range} is like "200 mg to 700 mg a day, twice a day".
            return _(
                "The label's range at {at} mL/min is {range}, and below that it lowers the "
                "daily dose in proportion to kidney function; at {crcl} mL/min that rule leaves "
                "no dose to work out, so the prescriber decides."
            ).format(at=at, range=label_range, crcl=_words.number(crcl))
        # Translators: {range} is like "200 mg to 700 mg a day, twice a day"; {yours} like
        # "150 mg to 525 mg".
        return _(
            "The label's range at {at} mL/min is {range}, and below that it lowers the daily "
            "dose in proportion to kidney function: at {crcl} mL/min that is {yours} a day "
            "(worked out from the label's rule, a MedPlanner rule)."
        ).format(at=at, range=label_range, crcl=_words.number(crcl), yours=yours)
    # Translators: {band} is like "30 to 59 mL/min"; {range} like "400 mg to 1400 mg a day,
    # twice a day".
    return _("For kidney function of {band}, the label's range is {range}.").format(
        band=band.label, range=label_range
    )


def _band_range(band: RenalBand) -> str:
    """``200 mg to 700 mg a day, twice a day``, ``up to 300 mg a day``: a band's range."""
    high = band.daily_max
    if band.daily_min is not None:
        if band.doses_per_day:
            # Translators: a daily range; {often} is like "twice a day".
            return _("{low} to {high} a day, {often}").format(
                low=band.daily_min, high=high, often=_words.times_a_day(band.doses_per_day)
            )
        return _("{low} to {high} a day").format(low=band.daily_min, high=high)
    if band.doses_per_day:
        # Translators: a daily most; {often} is like "twice a day".
        return _("up to {high} a day, {often}").format(
            high=high, often=_words.times_a_day(band.doses_per_day)
        )
    return _("up to {high} a day").format(high=high)


def _unknown(entry: Entry, drug: Drug) -> Finding:
    assert drug.renal is not None
    return make(
        "renal-function-unknown",
        entry,
        # Translators: {why} is the label's words, whole sentences; "crcl_ml_min" is the plan
        # file's key: keep it as it is.
        _(
            "The plan has no kidney information, so MedPlanner could not check the {name} dose "
            "against kidney function. {why} Ask your prescriber or pharmacist whether the dose "
            "suits your kidneys. You can add your creatinine clearance (crcl_ml_min), or your "
            "age, weight, sex and serum creatinine, to the plan."
        ).format(name=entry.name, why=drug.renal.why),
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
    entry = group[0]
    said = [
        # Translators: {day} is a date like "7 Jan 2027".
        ngettext(
            "The kidney test in the plan is from {day}, more than {months} month ago.",
            "The kidney test in the plan is from {day}, more than {months} months ago.",
            months,
        ).format(day=_words.day(p.kidney_measured), months=months),
        _stale_why(entry.name, months, older=older, low=low),
    ]
    if p.next_review is not None and p.next_review >= today:
        # Translators: {day} is a date like "7 Jan 2027".
        review = _("Your next review is planned for {day}; ask then, or sooner.")
        said.append(review.format(day=_words.day(p.next_review)))
    said.append(_("Ask your prescriber or pharmacist whether a new kidney blood test is due."))
    return [
        make(
            "kidney-data-stale",
            entry,
            " ".join(said),
            STALE_SOURCE,
            day=stale_from,
        )
    ]


def _stale_why(name: str, months: int, *, older: bool, low: bool) -> str:
    """Why the kidney test is due again, and how often."""
    if older:
        text = ngettext(
            "{Name} is cleared by the kidneys, and its safe dose depends on how well they work; "
            "because of your age, a check every {months} month is advised.",
            "{Name} is cleared by the kidneys, and its safe dose depends on how well they work; "
            "because of your age, a check every {months} months is advised.",
            months,
        )
    elif low:
        text = ngettext(
            "{Name} is cleared by the kidneys, and its safe dose depends on how well they work; "
            "because your kidney function is lowered, a check every {months} month is advised.",
            "{Name} is cleared by the kidneys, and its safe dose depends on how well they work; "
            "because your kidney function is lowered, a check every {months} months is advised.",
            months,
        )
    else:
        text = ngettext(
            "{Name} is cleared by the kidneys, and its safe dose depends on how well they work; "
            "as a routine, a check every {months} month is advised.",
            "{Name} is cleared by the kidneys, and its safe dose depends on how well they work; "
            "as a routine, a check every {months} months is advised.",
            months,
        )
    return text.format(Name=_words.title(name), months=months)


def _in_use_on_or_after(e: Entry, today: date) -> bool:
    return e.med.stop is None or e.med.stop >= today
