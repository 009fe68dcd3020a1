"""Which day's doses the sedation load is drawn for (:func:`find_pattern`) and the day's
profile itself (:func:`sedation_profile`), on the model of
:mod:`medplanner.core.sedation_model`; :mod:`medplanner.core.sedation` re-exports them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta

from medplanner.core.knowledge import (
    KnowledgeBase,
    load_knowledge_base,
)
from medplanner.core.model import Medication, Plan, Step
from medplanner.core.record import Record
from medplanner.core.renal import creatinine_clearance
from medplanner.core.sedation_model import (
    DEFAULT_WEIGHT,
    Regimen,
    SedationProfile,
    _minute,
    model_for,
    profile_of,
    waking_day,
)

# --------------------------------------------------------------------------- which day


class Pattern(Record):
    """The scheduled sedating medicines in force from one day on."""

    day: date  # the first day this combination of steps is in force
    regimens: tuple[Regimen, ...]
    #: Sedating medicines in force that the model cannot draw: (med index, name).
    unmodelled: tuple[tuple[int, str], ...]
    wake: time
    bedtime: time
    #: One ingredient twice (duplicate therapy): no suggestion is made.
    duplicate: bool

    def __init__(
        self,
        day: date,
        regimens: tuple[Regimen, ...],
        unmodelled: tuple[tuple[int, str], ...],
        wake: time,
        bedtime: time,
        duplicate: bool = False,
    ) -> None:
        self.__dict__.update(
            day=day,
            regimens=regimens,
            unmodelled=unmodelled,
            wake=wake,
            bedtime=bedtime,
            duplicate=duplicate,
        )

    @property
    def wake_minute(self) -> int:
        return _minute(self.wake)

    @property
    def ingredients(self) -> set[str]:
        return {r.ingredient for r in self.regimens}


def sedating_indices(plan: Plan, kb: KnowledgeBase) -> list[int]:
    """Indices of the plan's scheduled (not as-needed) sedating medications."""
    out = []
    for i, m in enumerate(plan.medications):
        drug = kb.lookup(m.name)
        if drug is not None and drug.sedating and not m.as_needed and m.steps:
            out.append(i)
    return out


def _daily(step: Step) -> bool:
    return step.weekdays is None and step.every_n_days in (None, 1) and bool(step.times)


def _distinct_positive(step: Step) -> bool:
    """Every dose more than 0 and at its own time (a doubled dose is not the model's to move)."""
    times = [t.at for t in step.times]
    return len(set(times)) == len(times) and all(t.dose.mg > 0 for t in step.times)


def _pattern(plan: Plan, kb: KnowledgeBase, day: date, weights: Mapping[str, float]) -> Pattern:
    crcl = creatinine_clearance(plan.person)
    wake, bed = waking_day(plan)
    regimens: list[Regimen] = []
    unmodelled: list[tuple[int, str]] = []
    starts: list[date] = []
    seen: set[str] = set()
    duplicate = False
    for i in sedating_indices(plan, kb):
        med = plan.medications[i]
        drug = kb.lookup(med.name)
        step = med.step_on(day)
        if step is None or drug is None:
            continue
        starts.append(max(step.start, med.start or step.start))
        duplicate = duplicate or drug.name in seen
        seen.add(drug.name)
        model = model_for(drug, crcl)
        if model is None or not _daily(step) or not _distinct_positive(step):
            unmodelled.append((i, med.name))
            continue
        doses = tuple(sorted(step.times, key=lambda t: (_minute(t.at) - _minute(wake)) % 1440))
        gap = drug.max_gap
        max_gap = None
        if gap is not None and len({t.at for t in doses}) >= gap.from_doses_per_day.value:
            max_gap = int(gap.hours.value * 60)
        weight = float(weights.get(drug.name, DEFAULT_WEIGHT.value))
        regimens.append(Regimen(i, med.name, drug.name, model, doses, weight, max_gap))
    first = max(starts) if starts else day
    return Pattern(first, tuple(regimens), tuple(unmodelled), wake, bed, duplicate)


def find_pattern(
    plan: Plan,
    kb: KnowledgeBase | None = None,
    day: date | None = None,
    *,
    weights: Mapping[str, float] | None = None,
) -> Pattern | None:
    """The sedating medicines to model, or None when no day has two different ones.

    With ``day``: those in force that day. By default: those of the last combination of
    steps in which two or more different modelled sedating medicines are taken together
    (where a titration arrives; a plan is checked as a whole, not for one day).
    """
    kb = kb if kb is not None else load_knowledge_base()
    weights = weights or {}
    if day is not None:
        found = _pattern(plan, kb, day, weights)
        return found if len(found.ingredients) >= 2 else None
    days: set[date] = set()
    for i in sedating_indices(plan, kb):
        med = plan.medications[i]
        if med.start is None:
            continue
        days.add(med.start)
        days.update(s.start for s in med.steps if s.start >= med.start)
        if med.stop is not None and med.stop < date.max:
            days.add(med.stop + timedelta(days=1))
    for d in sorted(days, reverse=True):
        found = _pattern(plan, kb, d, weights)
        if len(found.ingredients) >= 2:
            return found
    return None


def sedation_profile(
    plan: Plan,
    kb: KnowledgeBase | None = None,
    day: date | None = None,
    *,
    weights: Mapping[str, float] | None = None,
) -> SedationProfile | None:
    """The plan's profile with its current times (:func:`find_pattern` picks the day)."""
    pattern = find_pattern(plan, kb, day, weights=weights)
    if pattern is None:
        return None
    names = tuple(n for _, n in pattern.unmodelled)
    return profile_of(
        pattern.day, pattern.regimens, pattern.wake, pattern.bedtime, not_modelled=names
    )


def _same_times(med: Medication, times: Iterable[time]) -> list[int]:
    """Indices of the steps of ``med`` whose times are exactly ``times``."""
    target = sorted(times)
    return [k for k, s in enumerate(med.steps) if sorted(t.at for t in s.times) == target]
