"""Reference oracle: the sedation model and stagger search as they were before issue 20.

A verbatim copy of ``medplanner/core/sedation.py`` at commit e4a4922 (its module docstring
replaced by this one), kept only so that ``tests/core/test_stagger_equivalence.py`` can
compare the faster search with the old one on generated plans. Never imported by the
application; do not change it (it is the definition of "the same suggestions as before").
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from functools import lru_cache

from medplanner.core.knowledge import (
    PRODUCT_RULE,
    STAGGER_WINDOW_MINUTES,
    Drug,
    KnowledgeBase,
    Range,
    Sourced,
    load_knowledge_base,
)
from medplanner.core.model import DoseTime, Medication, Plan, Step
from medplanner.core.record import replace
from medplanner.core.renal import creatinine_clearance

DAY_MINUTES = 24 * 60
#: Resolution of the curves (minutes): 288 points a day.
STEP_MINUTES = 5
#: Resolution of suggested times (minutes).
SLOT_MINUTES = 15

MODEL_SOURCE = (
    "One-compartment model with first-order oral absorption (Bateman function) and "
    "steady state by superposition: Gibaldi M, Perrier D. Pharmacokinetics, 2nd ed. 1982, "
    "ch. 1 and 3"
)

DEFAULT_WAKE = Sourced(
    time(7, 0), f"{PRODUCT_RULE}: waking day from 07:00 when the plan gives no wake time"
)
DEFAULT_BEDTIME = Sourced(
    time(22, 0), f"{PRODUCT_RULE}: waking day until 22:00 when the plan gives no bedtime"
)
DEFAULT_WEIGHT = Sourced(
    1.0,
    f"{PRODUCT_RULE}: every sedating medicine counts the same in the sedation load (weight 1); "
    "the knowledge base has no measure of one drug's drowsiness against another's",
)
LONGEST_GAP_RULE = (
    f"{PRODUCT_RULE}: a suggestion never makes the longest time between two doses of one "
    "medicine (round the clock) longer than it is now"
)
MIN_SPACING_MINUTES = Sourced(
    240,
    f"{PRODUCT_RULE}: a suggestion keeps doses of one medicine at least 4 hours apart (or as "
    "close as they are now, if closer)",
)
SUGGEST_THRESHOLD = Sourced(
    0.20,
    f"{PRODUCT_RULE}: a stagger suggestion is shown when it lowers the highest sedation load "
    "while awake by 20% or more",
)
#: Peaks closer than this (in units of one drug's peak) count as equal in the search.
PEAK_QUANTUM = 0.01
#: A search stops after this many timetables were scored, with the best found so far.
SEARCH_BUDGET = 60_000
#: The same for the first (whole-hour) pass, which only picks starting points.
COARSE_BUDGET = 20_000


class SuggestionMismatch(ValueError):
    """The plan no longer has the times a suggestion was made for."""


# --------------------------------------------------------------------------- kidneys


@dataclass(frozen=True)
class RenalHalfLife:
    """How a drug's half-life follows creatinine clearance, where its label gives numbers.

    At or above ``usual_from`` mL/min the usual half-life holds; below ``low_below`` it is
    ``low_half_life_hours``. In between, the elimination rate constant (``ln 2 / t½``) is
    interpolated linearly in clearance, after the label's statement that it is
    proportional to creatinine clearance.
    """

    usual_from: float
    low_below: float
    low_half_life_hours: float
    source: str

    def half_life(self, usual_hours: float, crcl: float) -> float:
        if crcl >= self.usual_from:
            return usual_hours
        if crcl < self.low_below:
            return max(self.low_half_life_hours, usual_hours)
        share = (crcl - self.low_below) / (self.usual_from - self.low_below)
        k_low = math.log(2) / self.low_half_life_hours
        k_usual = math.log(2) / usual_hours
        return math.log(2) / (k_low + share * (k_usual - k_low))


#: Label numbers for half-life in kidney disease. Kept here until the knowledge-base loader
#: reads a ``pk`` renal table (the data would then move to ``resources/drugs/*.toml``).
RENAL_HALF_LIFE: Mapping[str, RenalHalfLife] = {
    "gabapentin": RenalHalfLife(
        usual_from=60,
        low_below=30,
        low_half_life_hours=52,
        source=(
            "Neurontin label §12.3 (renal impairment: mean half-life from about 6.5 hours with "
            "creatinine clearance >60 mL/min to 52 hours with <30 mL/min; elimination rate "
            "constant, plasma clearance and renal clearance directly proportional to "
            "creatinine clearance)"
        ),
    ),
}


# --------------------------------------------------------------------------- the model


def representative(rng: Range) -> float:
    """The number a range stands for in the model: ``typical`` if given, else the midpoint."""
    value = rng.typical if rng.typical is not None else (rng.min + rng.max) / 2
    return float(value)


def absorption_rate(t_max_minutes: float, ke: float) -> float:
    """``ka`` (per minute) such that the Bateman curve with ``ke`` peaks at ``t_max``.

    ``t_max = ln(r) / (ke·(r − 1))`` with ``r = ka / ke > 1`` falls monotonically from
    ``1 / ke`` to 0 as ``r`` grows, so it is solved by bisection on ``ln r``.
    """
    x = t_max_minutes * ke
    if not 0 < x < 1:
        raise ValueError(f"time to peak {t_max_minutes} min is not below 1/ke = {1 / ke:.0f} min")
    lo, hi = 1e-12, 60.0  # ln r
    for _ in range(200):
        mid = (lo + hi) / 2
        r = math.exp(mid)
        if math.log(r) / (r - 1) > x:
            lo = mid
        else:
            hi = mid
    return ke * math.exp((lo + hi) / 2)


@dataclass(frozen=True)
class PkModel:
    """One drug's absorption and elimination, rates per minute."""

    drug: str
    half_life_hours: float
    t_max_hours: float
    ke: float
    ka: float
    sources: tuple[str, ...]
    #: Set when the half-life was changed for the person's kidney function.
    renal_note: str | None = None

    @classmethod
    def build(
        cls,
        drug: str,
        half_life_hours: float,
        t_max_hours: float,
        sources: tuple[str, ...] = (),
        renal_note: str | None = None,
    ) -> PkModel:
        ke = math.log(2) / (half_life_hours * 60)
        ka = absorption_rate(t_max_hours * 60, ke)
        return cls(drug, half_life_hours, t_max_hours, ke, ka, sources, renal_note)

    def single_dose(self, minutes: float) -> float:
        """Relative level ``minutes`` after one unit dose (0 before it)."""
        if minutes < 0:
            return 0.0
        amp = self.ka / (self.ka - self.ke)
        return amp * (math.exp(-self.ke * minutes) - math.exp(-self.ka * minutes))

    def steady_state(self, minutes_since: float) -> float:
        """Level from one unit dose taken every day, ``minutes_since`` after today's (mod 24 h)."""
        tau = minutes_since % DAY_MINUTES
        amp = self.ka / (self.ka - self.ke)
        ge = 1 / (1 - math.exp(-self.ke * DAY_MINUTES))
        ga = 1 / (1 - math.exp(-self.ka * DAY_MINUTES))
        return amp * (math.exp(-self.ke * tau) * ge - math.exp(-self.ka * tau) * ga)

    def dose_curve(self, at_minute: float, samples: Sequence[float]) -> list[float]:
        """Steady-state level of a unit dose daily at ``at_minute``, at each clock minute."""
        ke, ka = self.ke, self.ka
        amp = ka / (ka - ke)
        ge = amp / (1 - math.exp(-ke * DAY_MINUTES))
        ga = amp / (1 - math.exp(-ka * DAY_MINUTES))
        exp = math.exp
        out = []
        for s in samples:
            tau = (s - at_minute) % DAY_MINUTES
            out.append(ge * exp(-ke * tau) - ga * exp(-ka * tau))
        return out


def model_for(drug: Drug, crcl_ml_min: Decimal | float | None = None) -> PkModel | None:
    """The drug's model from the knowledge base (None without half-life and time to peak)."""
    hl, tm = drug.half_life_hours, drug.t_max_hours
    if hl is None or tm is None:
        return None
    half, t_max = representative(hl), representative(tm)
    sources: tuple[str, ...] = (hl.source, tm.source, MODEL_SOURCE)
    note = None
    renal = RENAL_HALF_LIFE.get(drug.name)
    if renal is not None and crcl_ml_min is not None:
        adjusted = renal.half_life(half, float(crcl_ml_min))
        if adjusted != half:
            note = (
                f"{drug.name}: half-life {_hours(adjusted)} instead of {_hours(half)} for a "
                f"kidney function of {float(crcl_ml_min):g} mL/min "
                f"({renal.source.split(' (')[0]})"
            )
            half = adjusted
            sources = (*sources, renal.source)
    elif (
        drug.renal is not None
        and crcl_ml_min is not None
        and drug.renal.band_for(Decimal(str(crcl_ml_min))) is not None
    ):
        note = (
            f"{drug.name}: its label gives no half-life for kidney disease, so the model keeps "
            f"the usual {_hours(half)}; it may stay in the body longer"
        )
    if t_max * 60 * math.log(2) / (half * 60) >= 1:  # no Bateman curve peaks that late
        return None
    return PkModel.build(drug.name, half, t_max, sources, note)


def _hours(h: float) -> str:
    return f"{h:.1f} h".replace(".0 h", " h")


# --------------------------------------------------------------------------- one day's doses


@dataclass(frozen=True)
class Regimen:
    """One sedating medication's doses on the modelled day, in waking-day order."""

    med_index: int
    name: str
    ingredient: str
    model: PkModel
    doses: tuple[DoseTime, ...]
    weight: float
    #: The label's longest gap between doses (minutes), when it applies to this many doses.
    max_gap_minutes: int | None = None


@dataclass(frozen=True)
class DrugCurve:
    """A sedating medicine's relative level over the day (1.0 = its peak at the current times)."""

    med_index: int
    name: str
    times: tuple[time, ...]
    values: tuple[float, ...]
    weight: float
    sources: tuple[str, ...]
    renal_note: str | None = None

    @property
    def peak(self) -> float:
        return max(self.values)

    @property
    def peak_minute(self) -> int:
        return self.values.index(self.peak) * (DAY_MINUTES // len(self.values))


@dataclass(frozen=True)
class SedationProfile:
    """Every modelled sedating medicine's curve on one day, and the sedation load."""

    day: date
    wake: time
    bedtime: time
    curves: tuple[DrugCurve, ...]
    load: tuple[float, ...]
    step_minutes: int = STEP_MINUTES
    #: Scheduled sedating medicines in force that the model cannot draw.
    not_modelled: tuple[str, ...] = ()

    @property
    def minutes(self) -> range:
        """The clock minute of each sample (0, 5, … 1435)."""
        return range(0, DAY_MINUTES, self.step_minutes)

    def awake(self, minute: int) -> bool:
        """Whether ``minute`` (clock) falls in the waking day, wake to bedtime inclusive."""
        return _awake(minute, _minute(self.wake), _span(self.wake, self.bedtime))

    @property
    def awake_peak(self) -> tuple[float, int]:
        """The highest load while awake and its clock minute (the first, if several)."""
        best = max((v, -m) for m, v in zip(self.minutes, self.load, strict=True) if self.awake(m))
        return best[0], -best[1]

    @property
    def peak(self) -> tuple[float, int]:
        """The highest load over the whole 24 hours and its clock minute."""
        value = max(self.load)
        return value, self.load.index(value) * self.step_minutes

    @property
    def notes(self) -> tuple[str, ...]:
        """What the reader should know about the model for this person (kidneys)."""
        return tuple(c.renal_note for c in self.curves if c.renal_note)


def _minute(t: time) -> int:
    return t.hour * 60 + t.minute


def _clock(minute: int) -> time:
    m = minute % DAY_MINUTES
    return time(m // 60, m % 60)


def _span(wake: time, bedtime: time) -> int:
    """Minutes from wake to bedtime (a bedtime at or before wake falls on the next day)."""
    return (_minute(bedtime) - _minute(wake)) % DAY_MINUTES or DAY_MINUTES


def _awake(minute: int, wake: int, span: int) -> bool:
    return (minute - wake) % DAY_MINUTES <= span


def waking_day(plan: Plan) -> tuple[time, time]:
    """The person's wake time and bedtime, or :data:`DEFAULT_WAKE` / :data:`DEFAULT_BEDTIME`."""
    p = plan.person
    wake = p.wake if p.wake is not None else DEFAULT_WAKE.value
    bed = p.bedtime if p.bedtime is not None else DEFAULT_BEDTIME.value
    if _minute(wake) == _minute(bed):
        return DEFAULT_WAKE.value, DEFAULT_BEDTIME.value
    return wake, bed


def curve(model: PkModel, doses: Iterable[DoseTime], step: int = STEP_MINUTES) -> list[float]:
    """Steady-state level (in mg-weighted model units) at every ``step`` minutes from 00:00."""
    out = [0.0] * (DAY_MINUTES // step)
    for d in doses:
        kernel = _kernel(model, step, _minute(d.at))
        amount = float(d.dose.mg)
        out = [x + amount * k for x, k in zip(out, kernel, strict=True)]
    return out


@lru_cache(maxsize=1024)
def _kernel(model: PkModel, step: int, at_minute: int) -> tuple[float, ...]:
    return tuple(model.dose_curve(at_minute, range(0, DAY_MINUTES, step)))


def profile_of(
    day: date,
    regimens: Sequence[Regimen],
    wake: time,
    bedtime: time,
    *,
    times: Mapping[int, Sequence[DoseTime]] | None = None,
    not_modelled: tuple[str, ...] = (),
    step: int = STEP_MINUTES,
) -> SedationProfile:
    """The profile of ``regimens``, or of the same doses at other ``times`` (by med index).

    Each drug is scaled by its own peak at the regimen's (current) times.
    """
    curves: list[DrugCurve] = []
    load = [0.0] * (DAY_MINUTES // step)
    for r in regimens:
        scale = max(curve(r.model, r.doses, step))
        doses = times.get(r.med_index, r.doses) if times is not None else r.doses
        values = [v / scale for v in curve(r.model, doses, step)]
        load = [a + r.weight * v for a, v in zip(load, values, strict=True)]
        curves.append(
            DrugCurve(
                r.med_index,
                r.name,
                tuple(d.at for d in doses),
                tuple(values),
                r.weight,
                r.model.sources,
                r.model.renal_note,
            )
        )
    return SedationProfile(day, wake, bedtime, tuple(curves), tuple(load), step, not_modelled)


# --------------------------------------------------------------------------- which day


@dataclass(frozen=True)
class Pattern:
    """The scheduled sedating medicines in force from one day on."""

    day: date  # the first day this combination of steps is in force
    regimens: tuple[Regimen, ...]
    #: Sedating medicines in force that the model cannot draw: (med index, name).
    unmodelled: tuple[tuple[int, str], ...]
    wake: time
    bedtime: time
    #: One ingredient twice (duplicate therapy): no suggestion is made.
    duplicate: bool = False

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


# --------------------------------------------------------------------------- suggestion


@dataclass(frozen=True)
class MedTimes:
    """One medication's times now and as suggested, in waking-day order (dose ``i`` keeps
    its amount)."""

    med_index: int
    name: str
    current: tuple[time, ...]
    suggested: tuple[time, ...]

    @property
    def changed(self) -> bool:
        return sorted(self.current) != sorted(self.suggested)


@dataclass(frozen=True)
class Suggestion:
    """Times for the sedating medicines that lower the highest load while awake.

    General guidance, not a label rule: to discuss with the prescriber or pharmacist.
    """

    day: date
    meds: tuple[MedTimes, ...]
    current: SedationProfile
    suggested: SedationProfile
    window_minutes: int
    sources: tuple[str, ...] = ()

    @property
    def current_peak(self) -> float:
        return self.current.awake_peak[0]

    @property
    def suggested_peak(self) -> float:
        return self.suggested.awake_peak[0]

    @property
    def peak_reduction(self) -> float:
        """How much lower the highest load while awake is, as a share (0.31 = 31% lower)."""
        return 1 - self.suggested_peak / self.current_peak

    @property
    def worth_showing(self) -> bool:
        """True when the peak falls by :data:`SUGGEST_THRESHOLD` (20%) or more."""
        return self.peak_reduction >= SUGGEST_THRESHOLD.value

    def suggested_times(self) -> dict[str, list[str]]:
        """``{"gabapentin": ["07:00", "12:30", "20:30"], …}`` (names as in the plan)."""
        return {m.name: [_hhmm(t) for t in sorted(m.suggested)] for m in self.meds}

    def current_times(self) -> dict[str, list[str]]:
        return {m.name: [_hhmm(t) for t in sorted(m.current)] for m in self.meds}


def _hhmm(t: time) -> str:
    return t.strftime("%H:%M")


def apply_suggestion(plan: Plan, suggestion: Suggestion) -> Plan:
    """A NEW plan with the suggested times; ``plan`` is not changed and nothing is saved.

    Every step of a suggested medication that has exactly the times the suggestion was
    made for gets the new times, each dose keeping its amount (a titration that keeps its
    times moves as a whole); steps with other times stay as they are. Raises
    :class:`SuggestionMismatch` when the plan no longer has those times.
    """
    meds = list(plan.medications)
    for mt in suggestion.meds:
        if mt.med_index >= len(meds) or meds[mt.med_index].name != mt.name:
            raise SuggestionMismatch(f"{mt.name} is no longer where the suggestion found it")
        moved = _retime(meds[mt.med_index], mt)
        if moved is None:
            times = ", ".join(_hhmm(t) for t in sorted(mt.current))
            raise SuggestionMismatch(f"{mt.name} no longer has the times {times}")
        meds[mt.med_index] = moved
    return replace(plan, medications=tuple(meds))


def _same_times(med: Medication, times: Iterable[time]) -> list[int]:
    """Indices of the steps of ``med`` whose times are exactly ``times``."""
    target = sorted(times)
    return [k for k, s in enumerate(med.steps) if sorted(t.at for t in s.times) == target]


def _retime(med: Medication, mt: MedTimes) -> Medication | None:
    mapping = dict(zip(mt.current, mt.suggested, strict=True))
    hits = _same_times(med, mt.current)
    if not hits:
        return None
    steps = list(med.steps)
    for k in hits:
        new = (DoseTime(mapping[t.at], t.dose) for t in steps[k].times)
        steps[k] = replace(steps[k], times=tuple(sorted(new, key=lambda t: _minute(t.at))))
    return replace(med, steps=tuple(steps))


def suggest_stagger(
    plan: Plan,
    kb: KnowledgeBase | None = None,
    day: date | None = None,
    *,
    weights: Mapping[str, float] | None = None,
) -> Suggestion | None:
    """The best stagger suggestion for the plan (see the module's docstring), or None.

    None when fewer than two different modelled sedating medicines are taken together,
    when one ingredient is in the plan twice, when no timetable within the rules lowers
    the highest load while awake, or when the suggested plan would raise a warning or
    danger the plan does not already have. Whether it is worth showing is
    :attr:`Suggestion.worth_showing`. Cached per (plan, knowledge base, day, weights).
    """
    kb = kb if kb is not None else load_knowledge_base()
    return _suggest(plan, kb, day, tuple(sorted((weights or {}).items())))


@lru_cache(maxsize=32)
def _suggest(
    plan: Plan, kb: KnowledgeBase, day: date | None, weights: tuple[tuple[str, float], ...]
) -> Suggestion | None:
    pattern = find_pattern(plan, kb, day, weights=dict(weights))
    if pattern is None or pattern.duplicate:
        return None
    own = plan.person.stagger_window_minutes
    window = max(own if own is not None else STAGGER_WINDOW_MINUTES.value, 0)
    best = _best_positions(plan, kb, pattern, window)
    if best is None:
        return None
    wake = pattern.wake_minute
    meds = []
    new_times: dict[int, tuple[DoseTime, ...]] = {}
    for r in pattern.regimens:
        positions = best[r.med_index]
        suggested = tuple(_clock(wake + p) for p in positions)
        meds.append(MedTimes(r.med_index, r.name, tuple(d.at for d in r.doses), suggested))
        new_times[r.med_index] = tuple(
            DoseTime(t, d.dose) for t, d in zip(suggested, r.doses, strict=True)
        )
    if not any(m.changed for m in meds):
        return None
    names = tuple(n for _, n in pattern.unmodelled)
    current = profile_of(
        pattern.day, pattern.regimens, pattern.wake, pattern.bedtime, not_modelled=names
    )
    suggested_profile = profile_of(
        pattern.day,
        pattern.regimens,
        pattern.wake,
        pattern.bedtime,
        times=new_times,
        not_modelled=names,
    )
    if suggested_profile.awake_peak[0] >= current.awake_peak[0] - 1e-9:
        return None
    sources = tuple(dict.fromkeys(s for r in pattern.regimens for s in r.model.sources))
    suggestion = Suggestion(pattern.day, tuple(meds), current, suggested_profile, window, sources)
    if not no_new_warning(plan, apply_suggestion(plan, suggestion), kb):
        return None
    return suggestion


def no_new_warning(plan: Plan, suggested: Plan, kb: KnowledgeBase | None = None) -> bool:
    """Whether every warning or danger of ``suggested`` is one that ``plan`` already has.

    Runs every plan check except the stagger suggestion itself.
    """
    from medplanner.core.checks import CHECKS
    from medplanner.core.checks.stagger import check_stagger

    kb = kb if kb is not None else load_knowledge_base()

    def serious(p: Plan) -> set[tuple[object, ...]]:
        return {
            (f.code, f.severity, f.medication, f.other, f.date, f.time, f.message)
            for check in CHECKS
            if check is not check_stagger
            for f in check(p, kb)
            if f.severity != "info"
        }

    return serious(suggested) <= serious(plan)


# --------------------------------------------------------------------------- the search


def _step_span(med: Medication, k: int) -> tuple[date, date] | None:
    """First and last day step ``k`` of ``med`` is in force (open end: date.max)."""
    if med.start is None:
        return None
    first = max(med.steps[k].start, med.start)
    last = med.stop or date.max
    if k + 1 < len(med.steps) and med.steps[k + 1].start > date.min:
        last = min(last, med.steps[k + 1].start - timedelta(days=1))
    return (first, last) if first <= last else None


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


class _Search:
    """Timetables for every regimen, scored on a grid of the waking day.

    A timetable is a tuple of positions, one per dose in waking order, each in minutes after
    wake, on clock-aligned ``slot``-minute steps plus wake and bedtime themselves (a
    regimen's own current times are always allowed too). The load is scored every
    ``sample`` minutes from wake to bedtime. Regimens with the most doses come first. Two
    ways to search:

    * :meth:`exhaustive` - depth-first branch and bound over every combination. Every dose
      adds a level ≥ 0, so the peak of a partial load (some regimens placed) bounds every
      completion from below, and a branch already worse than the best found is cut.
    * :meth:`descend` - from a starting timetable, replace one regimen at a time by its best
      timetable given the others (over all of its timetables), until nothing improves.

    Timetables are ranked by :meth:`_key`: the peak in bins of :data:`PEAK_QUANTUM`, then
    the most load at bedtime, then the fewest minutes moved, then the earliest times.
    """

    def __init__(
        self,
        plan: Plan,
        kb: KnowledgeBase,
        pattern: Pattern,
        window: int,
        *,
        slot: int = SLOT_MINUTES,
        sample: int = SLOT_MINUTES,
    ) -> None:
        self.pattern = pattern
        self.window = window
        self.slot = slot
        self.wake = pattern.wake_minute
        self.span = _span(pattern.wake, pattern.bedtime)
        self.order = sorted(pattern.regimens, key=lambda r: (-len(r.doses), r.med_index))
        self.samples = sorted(
            (m for m in range(0, DAY_MINUTES, sample) if _awake(m, self.wake, self.span)),
            key=lambda m: (m - self.wake) % DAY_MINUTES,
        )
        sedating = sedating_indices(plan, kb)
        self.current = tuple(self._positions(r) for r in self.order)
        self.slots = [self._slots(r) for r in self.order]
        self.spacing = [self._spacing(r) for r in self.order]
        self.longest = [self._longest(r) for r in self.order]
        self.obstacles = [self._obstacles(plan, sedating, r) for r in self.order]
        self.scale = [max(curve(r.model, r.doses)) for r in self.order]
        self._parts: dict[tuple[int, int, float], list[float]] = {}
        self._curves: dict[tuple[int, tuple[int, ...]], list[float]] = {}
        self._tables: dict[
            tuple[int, tuple[int, ...]], list[tuple[tuple[int, ...], list[float]]]
        ] = {}
        self.best: _Key | None = None
        #: The best few leaves seen (starting points for a finer search).
        self.leaves: list[_Key] = []
        #: The sample where the best load peaks (checked first: a cheap lower bound).
        self.hot = 0
        self.budget = SEARCH_BUDGET

    def times(self, chosen: tuple[tuple[int, ...], ...]) -> dict[int, tuple[int, ...]]:
        """Positions by med index."""
        return {r.med_index: c for r, c in zip(self.order, chosen, strict=True)}

    # -- positions and rules ------------------------------------------------------------

    def _pos(self, t: time) -> int:
        return (_minute(t) - self.wake) % DAY_MINUTES

    def _positions(self, r: Regimen) -> tuple[int, ...]:
        return tuple(self._pos(d.at) for d in r.doses)  # doses are in waking order

    def _slots(self, r: Regimen) -> list[int]:
        first = (-self.wake) % self.slot
        grid = set(range(first, self.span + 1, self.slot)) | {0, self.span}
        return sorted(grid | set(self._positions(r)))

    def _spacing(self, r: Regimen) -> int:
        pos = self._positions(r)
        if len(pos) < 2:
            return 1
        gaps = [b - a for a, b in itertools.pairwise(pos)]
        gaps.append(DAY_MINUTES - (pos[-1] - pos[0]))
        return max(min(MIN_SPACING_MINUTES.value, *gaps), 1)

    def _longest(self, r: Regimen) -> int | None:
        """The longest gap a timetable may have: the label's, and no longer than now."""
        pos = self._positions(r)
        if len(pos) < 2:
            return r.max_gap_minutes
        gaps = [b - a for a, b in itertools.pairwise(pos)]
        gaps.append(DAY_MINUTES - (pos[-1] - pos[0]))
        now = max(gaps)
        return now if r.max_gap_minutes is None else min(now, r.max_gap_minutes)

    def _obstacles(self, plan: Plan, sedating: list[int], r: Regimen) -> list[int]:
        """Positions of the other sedating steps the suggestion leaves as they are, in force
        on some day when a step of ``r`` that it moves is."""
        med = plan.medications[r.med_index]
        moved = [_step_span(med, k) for k in _same_times(med, (d.at for d in r.doses))]
        moving = {x.med_index: x for x in self.pattern.regimens}
        out: set[int] = set()
        for i in sedating:
            if i == r.med_index:
                continue
            other = plan.medications[i]
            keep = set(range(len(other.steps)))
            if i in moving:
                keep -= set(_same_times(other, (d.at for d in moving[i].doses)))
            for k in sorted(keep):
                span = _step_span(other, k)
                if span is not None and any(m is not None and _overlap(span, m) for m in moved):
                    out.update(self._pos(t.at) for t in other.steps[k].times)
        return sorted(out)

    def _allowed(self, level: int, others: Iterable[tuple[int, ...]]) -> list[int]:
        """The regimen's slots at least the window away from every dose in ``others`` and
        from its obstacles, round the clock."""
        slots = self.slots[level]
        w = self.window
        if w <= 0:
            return slots
        if w > DAY_MINUTES // 2:
            return []
        blocked: set[int] = set()
        for q in [p for c in others for p in c] + self.obstacles[level]:
            lo, hi = q - w + 1, q + w - 1  # closer than the window (whole minutes)
            pieces = [(lo, hi)]
            if lo < 0:
                pieces = [(0, hi), (lo + DAY_MINUTES, DAY_MINUTES - 1)]
            elif hi >= DAY_MINUTES:
                pieces = [(lo, DAY_MINUTES - 1), (0, hi - DAY_MINUTES)]
            for a, b in pieces:
                blocked.update(range(bisect.bisect_left(slots, a), bisect.bisect_right(slots, b)))
        return [p for k, p in enumerate(slots) if k not in blocked]

    def _timetables(
        self, level: int, allowed: list[int]
    ) -> list[tuple[tuple[int, ...], list[float]]]:
        """Every timetable on ``allowed`` keeping the regimen's spacing and longest gap,
        with its curve (cached)."""
        key = (level, tuple(allowed))
        found = self._tables.get(key)
        if found is None:
            found = [(c, self._curve(level, c)) for c in self._make_timetables(level, allowed)]
            self._tables[key] = found
        return found

    def _make_timetables(self, level: int, allowed: list[int]) -> list[tuple[int, ...]]:
        n = len(self.order[level].doses)
        spacing = self.spacing[level]
        limit = self.longest[level]
        out: list[tuple[int, ...]] = []

        def extend(prefix: list[int]) -> None:
            if len(prefix) == n:
                night = DAY_MINUTES - (prefix[-1] - prefix[0])
                if n == 1 or (night >= spacing and (limit is None or night <= limit)):
                    out.append(tuple(prefix))
                return
            start = bisect.bisect_left(allowed, prefix[-1] + spacing) if prefix else 0
            for p in allowed[start:]:
                if prefix and limit is not None and p - prefix[-1] > limit:
                    break
                extend([*prefix, p])

        extend([])
        return out

    def _feasible(self, chosen: Sequence[tuple[int, ...]]) -> bool:
        for level, cand in enumerate(chosen):
            others = [c for k, c in enumerate(chosen) if k != level]
            allowed = set(self._allowed(level, others))
            if not all(p in allowed for p in cand):
                return False
            if cand not in self._make_timetables(level, sorted(set(cand))):
                return False
        return True

    # -- scoring ------------------------------------------------------------------------

    def _curve(self, level: int, cand: tuple[int, ...]) -> list[float]:
        """The timetable's load at every sample (weighted, relative), cached."""
        key = (level, cand)
        found = self._curves.get(key)
        if found is not None:
            return found
        r = self.order[level]
        acc: list[float] | None = None
        for p, d in zip(cand, r.doses, strict=True):
            part = self._part(level, p, float(d.dose.mg))
            acc = part if acc is None else list(map(operator.add, acc, part))
        assert acc is not None
        self._curves[key] = acc
        return acc

    def _part(self, level: int, pos: int, amount: float) -> list[float]:
        key = (level, pos, amount)
        part = self._parts.get(key)
        if part is None:
            r = self.order[level]
            k = amount * r.weight / self.scale[level]
            raw = r.model.dose_curve((self.wake + pos) % DAY_MINUTES, self.samples)
            part = [k * v for v in raw]
            self._parts[key] = part
        return part

    def _bin(self, value: float) -> int:
        return math.floor(value / PEAK_QUANTUM + 1e-9)

    def _key(self, peak: float, bed: float, chosen: tuple[tuple[int, ...], ...]) -> _Key:
        moved = sum(
            abs(a - b)
            for c, cur in zip(chosen, self.current, strict=True)
            for a, b in zip(c, cur, strict=True)
        )
        return (self._bin(peak), -round(bed, 2), moved, chosen)

    def score(self, chosen: tuple[tuple[int, ...], ...]) -> _Key:
        load = [0.0] * len(self.samples)
        for level, cand in enumerate(chosen):
            load = list(map(operator.add, load, self._curve(level, cand)))
        return self._key(max(load), load[-1], chosen)

    # -- exhaustive ---------------------------------------------------------------------

    def exhaustive(self) -> _Key | None:
        """The best combination (or the best found within :data:`SEARCH_BUDGET`)."""
        self.best = None
        self._walk(0, [0.0] * len(self.samples), ())
        return self.best

    def _walk(self, level: int, partial: list[float], chosen: tuple[tuple[int, ...], ...]) -> None:
        last = level == len(self.order) - 1
        scored: list[tuple[int, tuple[int, ...], list[float]]] = []
        for cand, add in self._timetables(level, self._allowed(level, chosen)):
            if self.budget <= 0:
                break
            self.budget -= 1
            if last:
                if self.best is not None:
                    limit = (self.best[0] + LEAF_SLACK + 1) * PEAK_QUANTUM
                    if partial[self.hot] + add[self.hot] >= limit:
                        continue  # a quick lower bound already says no
                load = list(map(operator.add, partial, add))
                peak = max(load)
                if self.best is None or self._bin(peak) <= self.best[0] + LEAF_SLACK:
                    key = self._key(peak, load[-1], (*chosen, cand))
                    if self.best is None or key < self.best:
                        self.hot = load.index(peak)
                    self._keep(key)
                continue
            load = list(map(operator.add, partial, add))
            peak_bin = self._bin(max(load))
            if self.best is None or peak_bin <= self.best[0]:
                scored.append((peak_bin, cand, load))
        scored.sort(key=lambda s: s[0])
        for peak_bin, cand, load in scored:
            if self.best is not None and peak_bin > self.best[0]:
                break
            self._walk(level + 1, load, (*chosen, cand))

    def _keep(self, key: _Key) -> None:
        if self.best is None or key < self.best:
            self.best = key
        self.leaves.append(key)
        if len(self.leaves) > 4 * LEAVES_KEPT:
            self.leaves = sorted(self.leaves)[:LEAVES_KEPT]

    def top(self) -> list[_Key]:
        """The best leaves seen by :meth:`exhaustive`, best first."""
        return sorted(self.leaves)[:LEAVES_KEPT]

    # -- descent ------------------------------------------------------------------------

    def descend(self, start: Sequence[tuple[int, ...]]) -> _Key | None:
        """A local optimum from ``start`` (positions may be off this search's slots)."""
        chosen = list(start)
        n = len(chosen)
        for _ in range(8 * n):
            changed = False
            for level in range(n):
                rest = [0.0] * len(self.samples)
                for k in range(n):
                    if k != level:
                        rest = list(map(operator.add, rest, self._curve(k, chosen[k])))
                others = [c for k, c in enumerate(chosen) if k != level]
                best: _Key | None = None
                limit = math.inf  # a peak above this cannot be (or tie with) the best
                hot = 0  # where the best so far peaks: a quick lower bound for the others
                for cand, add in self._timetables(level, self._allowed(level, others)):
                    if rest[hot] + add[hot] >= limit:
                        continue
                    load = list(map(operator.add, rest, add))
                    peak = max(load)
                    if peak >= limit:
                        continue
                    trial = (*chosen[:level], cand, *chosen[level + 1 :])
                    key = self._key(peak, load[-1], trial)
                    if best is None or key < best:
                        best = key
                        limit = (key[0] + 1) * PEAK_QUANTUM
                        hot = load.index(peak)
                if best is not None and best[3][level] != chosen[level]:
                    chosen[level] = best[3][level]
                    changed = True
            if not changed:
                break
        final = tuple(chosen)
        return self.score(final) if self._feasible(final) else None


_Key = tuple[int, float, int, tuple[tuple[int, ...], ...]]

#: The first pass tries every combination of whole hours; the second refines to 15 minutes.
COARSE_SLOT_MINUTES = 60
#: How many of the first pass's best combinations the second pass starts from.
LEAVES_KEPT = 4
#: Leaves this many peak bins worse than the best so far are still kept as starting points.
LEAF_SLACK = 3


def _best_positions(
    plan: Plan, kb: KnowledgeBase, pattern: Pattern, window: int
) -> dict[int, tuple[int, ...]] | None:
    """Every combination on whole hours (exhaustive), then a descent on 15-minute slots
    from the best few of those and from the current times; the best result."""
    coarse = _Search(plan, kb, pattern, window, slot=COARSE_SLOT_MINUTES)
    coarse.budget = COARSE_BUDGET
    fine = _Search(plan, kb, pattern, window)
    coarse.exhaustive()
    starts = [fine.current, *(k[3] for k in coarse.top())]
    found = [k for k in (fine.descend(s) for s in starts) if k is not None]
    if not found:
        return None
    return fine.times(min(found)[3])
