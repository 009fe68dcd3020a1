"""The pharmacokinetic model under the sedation load: one drug's steady-state level over a
day (:class:`PkModel`, :func:`model_for`), its kidney-adjusted half-life, and the model's
source. :mod:`medplanner.core.sedation_model` builds the day's load on it and re-exports
every name.

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
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal

from medplanner.core.knowledge import (
    Drug,
    Range,
)
from medplanner.core.record import Record

DAY_MINUTES = 24 * 60

MODEL_SOURCE = (
    "One-compartment model with first-order oral absorption (Bateman function) and "
    "steady state by superposition: Gibaldi M, Perrier D. Pharmacokinetics, 2nd ed. 1982, "
    "ch. 1 and 3"
)


# --------------------------------------------------------------------------- kidneys


class RenalHalfLife(Record):
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


class PkModel(Record):
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
