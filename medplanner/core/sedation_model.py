"""The sedation model: each sedating medicine's level over a day, and their load.

Two sedating medicines whose drowsiness peaks fall together add up (Ozobax and Lyvispah
labels, Drug Interactions). Taking them at different times is **general guidance, not a
label rule**: it does not take the risk away, and the prescriber decides. This module
models the peaks; :mod:`medplanner.core.sedation_search` looks for better times and
:mod:`medplanner.core.sedation` turns them into a suggestion (never applied by itself).

The model itself (one drug's level, its kidney-adjusted half-life) is in
:mod:`medplanner.core.pkmodel` (re-exported here); which day is drawn and the day's profile
in :mod:`medplanner.core.sedation_day`.

**Sedation load** = Σ over sedating drugs of ``weight × relative level``. Every weight is
1 by default (:data:`DEFAULT_WEIGHT`, a product rule: the knowledge base knows no drug's
drowsiness relative to another's); callers may pass their own.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time
from functools import lru_cache

from medplanner.core import clock
from medplanner.core.clock import DEFAULT_BEDTIME, DEFAULT_WAKE
from medplanner.core.knowledge import (
    PRODUCT_RULE,
    Sourced,
)
from medplanner.core.model import DoseTime, Plan
from medplanner.core.pkmodel import (
    DAY_MINUTES,
    MODEL_SOURCE,
    RENAL_HALF_LIFE,
    PkModel,
    RenalHalfLife,
    absorption_rate,
    model_for,
    representative,
)
from medplanner.core.record import Record

__all__ = [
    "DAY_MINUTES",
    "DEFAULT_WEIGHT",
    "GRID_CLASSES",
    "LONGEST_GAP_RULE",
    "MIN_SPACING_MINUTES",
    "MODEL_SOURCE",
    "RENAL_HALF_LIFE",
    "SLOT_MINUTES",
    "STEP_MINUTES",
    "SUGGEST_THRESHOLD",
    "DrugCurve",
    "MinuteKernel",
    "PkModel",
    "Regimen",
    "RenalHalfLife",
    "SedationProfile",
    "absorption_rate",
    "curve",
    "minute_kernel",
    "model_for",
    "peak_of",
    "profile_of",
    "representative",
    "waking_day",
]

#: Resolution of the curves (minutes): 288 points a day.
STEP_MINUTES = 5
#: Resolution of suggested times (minutes).
SLOT_MINUTES = 15


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


# --------------------------------------------------------------------------- one day's doses


class Regimen(Record):
    """One sedating medication's doses on the modelled day, in waking-day order."""

    med_index: int
    name: str
    ingredient: str
    model: PkModel
    doses: tuple[DoseTime, ...]
    weight: float
    #: The label's longest gap between doses (minutes), when it applies to this many doses.
    max_gap_minutes: int | None = None


class DrugCurve(Record):
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


class SedationProfile(Record):
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
        # = [x + amount * k for x, k in zip(out, kernel)]: the same operations, in C
        out = list(map(operator.add, out, map(operator.mul, itertools.repeat(amount), kernel)))
    return out


@lru_cache(maxsize=1024)
def _kernel(model: PkModel, step: int, at_minute: int) -> tuple[float, ...]:
    """:meth:`PkModel.dose_curve` at every ``step`` minutes from 00:00 (whole minutes)."""
    day = minute_kernel(model).ready(-at_minute if step % GRID_CLASSES == 0 else None)
    if DAY_MINUTES % step == 0:  # tau = (s - at) % DAY: from (-at) % DAY by step, round the clock
        first = -at_minute % DAY_MINUTES
        return tuple(day[first::step] + day[first % step :: step])[: DAY_MINUTES // step]
    return tuple(day[(s - at_minute) % DAY_MINUTES] for s in range(0, DAY_MINUTES, step))


@lru_cache(maxsize=256)
def peak_of(model: PkModel, doses: tuple[DoseTime, ...], step: int = STEP_MINUTES) -> float:
    """``max(curve(model, doses, step))``, cached: each drug's scale (its current peak)."""
    return max(curve_of(model, doses, step))


@lru_cache(maxsize=256)
def curve_of(
    model: PkModel, doses: tuple[DoseTime, ...], step: int = STEP_MINUTES
) -> tuple[float, ...]:
    """:func:`curve`, cached (a drug's scale and its profile at the current times)."""
    return tuple(curve(model, doses, step))


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
        # = [v / scale for v in …] and [a + r.weight * v for a, v in …]: the same operations
        values = list(
            map(operator.truediv, curve_of(r.model, tuple(doses), step), itertools.repeat(scale))
        )
        load = list(map(operator.add, load, map(operator.mul, itertools.repeat(r.weight), values)))
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
