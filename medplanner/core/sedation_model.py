"""The sedation model: each sedating medicine's level over a day, and their load.

Two sedating medicines whose drowsiness peaks fall together add up (Ozobax and Lyvispah
labels, Drug Interactions). Taking them at different times is **general guidance, not a
label rule**: it does not take the risk away, and the prescriber decides. This module
models the peaks; :mod:`medplanner.core.sedation_search` looks for better times and
:mod:`medplanner.core.sedation` turns them into a suggestion (never applied by itself).

The model
=========

One compartment with first-order absorption (the Bateman function; Gibaldi M, Perrier D.
*Pharmacokinetics*, 2nd ed., 1982, ch. 1 and 3). After one oral dose ``D`` taken at ``t = 0``
the concentration, up to the constant F/V that cancels below, is::

    c(t) = D · ka / (ka − ke) · (e^(−ke·t) − e^(−ka·t))          t ≥ 0

* ``ke = ln 2 / t½`` from the knowledge base's elimination half-life (``pk.half_life_hours``);
* ``ka`` is solved from the knowledge base's time to peak (``pk.t_max_hours``), since the
  peak of ``c`` lies at ``t_max = ln(ka / ke) / (ka − ke)`` (monotone in ``ka > ke``;
  bisection to machine precision);
* each range is represented by its ``typical`` value, else its midpoint (gabapentin 6 h
  and 2.5 h; baclofen 3.5 h and 2 h), and every curve carries the knowledge base's sources.

**Steady state.** The same day's doses repeat every 24 h, so the level at clock time ``t``
is the superposition of every dose of today and of all previous days. Summed "until
negligible" that is a geometric series, added here in closed form (exact, no cut-off)::

    C(t) = Σ_i D_i · ka/(ka−ke) · ( e^(−ke·τ_i) / (1 − e^(−ke·24h))
                                   − e^(−ka·τ_i) / (1 − e^(−ka·24h)) )

with ``τ_i = (t − t_i) mod 24 h``. (``tests/core/test_sedation.py`` checks it against the
explicit day-by-day sum.)

**Relative level.** Each drug's curve is divided by its own peak over the day with the
plan's current times, so the current curve peaks at exactly 1. A suggested timetable is
drawn on the *same* scale: it can go above 1 if new times would bunch that drug's doses.
(Dividing each timetable by its own peak would hide that, and reward bunching.)

**Sedation load** = Σ over sedating drugs of ``weight × relative level``. Every weight is
1 by default (:data:`DEFAULT_WEIGHT`, a product rule: the knowledge base knows no drug's
drowsiness relative to another's); callers may pass their own.

**Kidneys.** Where the label gives numbers, the half-life follows creatinine clearance
(:data:`RENAL_HALF_LIFE`; gabapentin: label §12.3). Baclofen's label gives none: its
half-life is left as it is, and the profile says so.

Not modelled: as-needed doses, food, steps that skip days (weekdays, every n days), and
how drowsy a given level makes a given person.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from medplanner.core import clock
from medplanner.core.clock import DEFAULT_BEDTIME, DEFAULT_WAKE
from medplanner.core.knowledge import (
    PRODUCT_RULE,
    Drug,
    KnowledgeBase,
    Range,
    Sourced,
    load_knowledge_base,
)
from medplanner.core.model import DoseTime, Medication, Plan, Step
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

# --------------------------------------------------------------------------- kidneys


class RenalHalfLife(NamedTuple):
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


class PkModel(NamedTuple):
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


class Regimen(NamedTuple):
    """One sedating medication's doses on the modelled day, in waking-day order."""

    med_index: int
    name: str
    ingredient: str
    model: PkModel
    doses: tuple[DoseTime, ...]
    weight: float
    #: The label's longest gap between doses (minutes), when it applies to this many doses.
    max_gap_minutes: int | None = None


class DrugCurve(NamedTuple):
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


class SedationProfile(NamedTuple):
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
        wake, span = _minute(self.wake), _span(self.wake, self.bedtime)
        best = max(
            (v, -m)
            for m, v in zip(self.minutes, self.load, strict=True)
            if (m - wake) % DAY_MINUTES <= span  # self.awake(m)
        )
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
    wake, bed = clock.waking_day(plan.person)
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
    """:meth:`PkModel.dose_curve` at every ``step`` minutes from 00:00 (whole minutes)."""
    day = minute_kernel(model).ready(-at_minute if step % GRID_CLASSES == 0 else None)
    return tuple(day[(s - at_minute) % DAY_MINUTES] for s in range(0, DAY_MINUTES, step))


@lru_cache(maxsize=256)
def peak_of(model: PkModel, doses: tuple[DoseTime, ...], step: int = STEP_MINUTES) -> float:
    """``max(curve(model, doses, step))``, cached: each drug's scale (its current peak)."""
    return max(curve(model, doses, step))


#: The minute grid is computed a fifth at a time: the minutes ``tau ≡ r (mod 5)``.
GRID_CLASSES = 5


class MinuteKernel:
    """Steady-state level of a unit dose taken daily, ``tau`` = 0 … 1439 minutes after it.

    ``ready(r)`` returns the table (a list indexed by ``tau``) with every ``tau ≡ r
    (mod 5)`` computed; ``ready(None)``, every ``tau``. Each value is the one
    :meth:`PkModel.dose_curve` gives for that whole-minute ``tau`` (it is computed by it),
    so a curve whose doses and samples fall on whole minutes is a lookup here: on the
    5-minute grid, 2 × 288 ``exp`` per model instead of 2 × 1440. A value not computed yet
    is None, so that reading it by mistake fails loudly.
    """

    __slots__ = ("_filled", "_model", "_values")

    def __init__(self, model: PkModel) -> None:
        self._model = model
        self._filled: set[int] = set()
        # None until computed (typed float for the readers, who read computed classes only)
        self._values: list[float] = [None] * DAY_MINUTES  # type: ignore[list-item]

    def ready(self, residue: int | None) -> list[float]:
        wanted = range(GRID_CLASSES) if residue is None else (residue % GRID_CLASSES,)
        for r in wanted:
            if r not in self._filled:
                taus = range(r, DAY_MINUTES, GRID_CLASSES)
                for tau, value in zip(taus, self._model.dose_curve(0, taus), strict=True):
                    self._values[tau] = value
                self._filled.add(r)
        return self._values


@lru_cache(maxsize=64)
def minute_kernel(model: PkModel) -> MinuteKernel:
    """The model's :class:`MinuteKernel` (one per model, cached)."""
    return MinuteKernel(model)


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
        scale = peak_of(r.model, r.doses, step)
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


def _same_times(med: Medication, times: Iterable[time]) -> list[int]:
    """Indices of the steps of ``med`` whose times are exactly ``times``."""
    target = sorted(times)
    return [k for k, s in enumerate(med.steps) if sorted(t.at for t in s.times) == target]
