"""Dose amounts: ``invalid-dose``, ``dose-above-max-single``, ``daily-dose-above-max``."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import (
    ABSURD_FACTOR,
    Entry,
    by_rules,
    entries,
    is_invalid_dose,
    make,
)
from medplanner.core.checks._totals import over_limit
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase
from medplanner.core.model import Finding, Plan
from medplanner.core.units import Amount


def _doses(entry: Entry) -> list[tuple[Amount, date | None, time | None]]:
    """Each dose of the medication once per amount: (amount, first day, time or None)."""
    seen: dict[Decimal, tuple[Amount, date | None, time | None]] = {}
    med = entry.med
    if med.as_needed and med.dose is not None:
        seen[med.dose.mg] = (med.dose, med.start, None)
    for i, step in enumerate(med.steps if not med.as_needed else ()):
        first = _days.first_dose_day(med, i)
        for t in step.times:
            seen.setdefault(t.dose.mg, (t.dose, first or step.start, t.at))
    return list(seen.values())


def check_invalid_doses(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """A dose of 0 or less, or more than 10 × the drug's largest single dose (contract §3)."""
    out: list[Finding] = []
    zero_told: set[int] = set()  # a dose of 0 is one typing mistake, however many parts
    for e in entries(plan, kb):
        for amount, day, at in _doses(e):
            if not is_invalid_dose(amount.mg, e.drug):
                continue
            if amount.mg <= 0:
                if e.index in zero_told:
                    continue
                zero_told.add(e.index)
            when = _when(day, at)
            if amount.mg <= 0:
                why = _("A dose has to be more than 0, so this is probably a typing mistake.")
                source = f"{PRODUCT_RULE}: a dose must be more than 0"
            else:
                assert e.drug is not None and e.drug.max_single is not None
                limit = e.drug.max_single
                if _words.derived(limit.source):
                    why = _(
                        "That is more than {factor} times the largest single dose MedPlanner "
                        "derives from the label (a MedPlanner rule) ({limit}), so it is "
                        "probably a typing mistake."
                    )
                else:
                    why = _(
                        "That is more than {factor} times the largest single dose on the label "
                        "({limit}), so it is probably a typing mistake."
                    )
                why = why.format(factor=ABSURD_FACTOR, limit=limit.value)
                source = (
                    f"{PRODUCT_RULE} ({ABSURD_FACTOR} × the largest single dose); {limit.source}"
                )
            out.append(
                make(
                    "invalid-dose",
                    e,
                    # Translators: {when} is " at 08:00" or " (as needed)", then " from 7 Jan
                    # 2027" or nothing; {why} is a whole sentence.
                    _(
                        "{Name} has a dose of {amount}{when}. {why} Ask your prescriber or "
                        "pharmacist what the dose should be before you follow this plan. "
                        "MedPlanner checks this medicine's other limits once the dose is fixed."
                    ).format(Name=_words.title(e.name), amount=amount, when=when, why=why),
                    source,
                    day=day,
                    at=at,
                )
            )
    return out


def check_max_single(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """One dose above the label's largest single dose."""
    out: list[Finding] = []
    for e in entries(plan, kb):
        limit = e.drug.max_single if e.drug is not None else None
        if limit is None or not e.dose_checkable:
            continue
        for amount, day, at in _doses(e):
            if amount.mg > limit.value.mg:
                out.append(
                    make(
                        "dose-above-max-single",
                        e,
                        _largest(limit.source).format(
                            Name=_words.title(e.name),
                            amount=amount,
                            when=_when(day, at),
                            limit=limit.value,
                        ),
                        limit.source,
                        day=day,
                        at=at,
                    )
                )
    return out


def check_daily_max(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """Scheduled doses plus the as-needed most for a day, above the label's daily most.

    All entries of one ingredient count together (gabapentin and Neurontin are one drug).
    One finding per run of days over the limit, dated at its first day.
    """
    out: list[Finding] = []
    for group in by_rules(entries(plan, kb)).values():
        drug = group[0].drug
        limit = drug.max_daily if drug is not None else None
        if limit is None:
            continue
        for excess in over_limit(group, limit.value.mg):
            out.append(
                make(
                    "daily-dose-above-max",
                    excess.entry,
                    _most(limit.source).format(total=excess.words, limit=limit.value),
                    limit.source,
                    day=excess.first_day,
                )
            )
    return out


def _when(day: date | None, at: time | None) -> str:
    """`` at 08:00 from 7 Jan 2027``, `` (as needed)``: added to a sentence."""
    if at is None:
        # Translators: added to a sentence about a dose (note the space before the bracket).
        return _(" (as needed)") + _words.from_day(day)
    # Translators: added to a sentence about a dose (note the space before "at").
    return _(" at {time}").format(time=_words.clock(at)) + _words.from_day(day)


def _largest(source: str) -> str:
    """``dose-above-max-single``'s message, to format with Name, amount, when and limit."""
    if _words.derived(source):
        # Translators: {when} is " at 08:00" or " (as needed)", then " from 7 Jan 2027" or
        # nothing.
        return _(
            "{Name} has {amount} in one dose{when}. The largest single dose MedPlanner derives "
            "from the label (a MedPlanner rule) is {limit}. Ask your prescriber or pharmacist "
            "whether this dose is right before you take it."
        )
    # Translators: {when} is " at 08:00" or " (as needed)", then " from 7 Jan 2027" or nothing.
    return _(
        "{Name} has {amount} in one dose{when}. The label's largest single dose is {limit}. "
        "Ask your prescriber or pharmacist whether this dose is right before you take it."
    )


def _most(source: str) -> str:
    """``daily-dose-above-max``'s message, to format with total and limit."""
    if _words.derived(source):
        # Translators: {total} is a sentence's start like "Gabapentin adds up to 3700 mg a
        # day from 5 Jan 2027".
        return _(
            "{total}. The most a day MedPlanner derives from the label (a MedPlanner rule) is "
            "{limit} a day; more than that raises the risk of harmful side effects. Ask your "
            "prescriber or pharmacist before you take this much."
        )
    # Translators: {total} is a sentence's start like "Gabapentin adds up to 3700 mg a day
    # from 5 Jan 2027".
    return _(
        "{total}. The label's most is {limit} a day; more than that raises the risk of harmful "
        "side effects. Ask your prescriber or pharmacist before you take this much."
    )
