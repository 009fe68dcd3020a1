"""A drug's records: sourced numbers, ranges, renal bands, taper, missed-dose streaks.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from decimal import Decimal
from math import gcd
from typing import cast

from medplanner.core.knowledge.sources import (
    RenalKind,
    Sourced,
)
from medplanner.core.model import Form
from medplanner.core.record import Record
from medplanner.core.units import Amount


class Range(Record):
    """A range of hours (pharmacokinetics), with its source."""

    min: Decimal
    max: Decimal
    source: str
    typical: Decimal | None = None


class Share(Record):
    """A part of a whole, ``numerator/denominator`` in lowest terms (baclofen's renal bands:
    "reduce the daily maximum by 1/3").

    A :class:`fractions.Fraction` would do, but importing :mod:`fractions` costs a command
    start about 1.8 ms (issue 20) for a handful of exact operations, written out here. The
    TOML loader parses and validates the text with :class:`~fractions.Fraction` (not on a
    command's path); make one with :meth:`of`, which puts it in lowest terms.
    """

    numerator: int
    denominator: int

    @classmethod
    def of(cls, numerator: int, denominator: int) -> Share:
        """``numerator/denominator`` in lowest terms, the sign on the numerator."""
        if denominator == 0:
            raise ZeroDivisionError(f"Share({numerator}, 0)")
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        g = gcd(numerator, denominator)
        return cls(numerator // g, denominator // g)

    def __str__(self) -> str:
        """``1/3``, as ``str(Fraction(1, 3))`` writes it (a whole number: ``2``)."""
        if self.denominator == 1:
            return str(self.numerator)
        return f"{self.numerator}/{self.denominator}"

    def rest(self) -> Share:
        """What is left of the whole: ``1 - self`` (``1/3`` leaves ``2/3``)."""
        return Share.of(self.denominator - self.numerator, self.denominator)

    def percent(self) -> int:
        """``self × 100`` rounded to a whole number, a half to the even one (as
        ``round(Fraction(...) * 100)`` rounds: ``1/8`` is 12.5%, so 12)."""
        whole, remainder = divmod(self.numerator * 100, self.denominator)
        twice = remainder * 2
        if twice < self.denominator:
            return whole
        if twice > self.denominator:
            return whole + 1
        return whole if whole % 2 == 0 else whole + 1


class MaxGap(Record):
    """Longest allowed time between consecutive doses, for schedules of enough doses a day."""

    hours: Sourced[Decimal]
    from_doses_per_day: Sourced[int]
    why: str


class RenalBand(Record):
    """One row of a renal dosing table: a creatinine-clearance range and its daily range."""

    label: str
    source: str
    crcl_at_least: Decimal | None = None
    crcl_above: Decimal | None = None
    crcl_at_most: Decimal | None = None
    crcl_below: Decimal | None = None
    daily_min: Amount | None = None
    daily_max: Amount | None = None
    #: The band's most is the drug's ``max_daily`` less this share (study guidance).
    reduce_by: Share | None = None
    #: The daily range is scaled by CrCl / this value (gabapentin below 15 mL/min).
    proportional_to_crcl: Decimal | None = None
    doses_per_day: int | None = None
    #: The source asks only for caution here: ``renal-caution`` (info), never a warning.
    caution: bool = False
    #: The product's label advises against it at this clearance.
    not_recommended: bool = False

    def contains(self, crcl: Decimal) -> bool:
        if self.crcl_at_least is not None and crcl < self.crcl_at_least:
            return False
        if self.crcl_above is not None and crcl <= self.crcl_above:
            return False
        if self.crcl_at_most is not None and crcl > self.crcl_at_most:
            return False
        return not (self.crcl_below is not None and crcl >= self.crcl_below)

    def daily_min_mg(self, crcl: Decimal) -> Decimal | None:
        """The least per day in this band for ``crcl`` (scaled like the most)."""
        if self.daily_min is None:
            return None
        if self.proportional_to_crcl is not None:
            return self.daily_min.mg * max(crcl, Decimal(0)) / self.proportional_to_crcl
        return self.daily_min.mg

    def daily_max_mg(self, crcl: Decimal, drug_max_daily: Amount | None) -> Decimal | None:
        """The most per day in this band for ``crcl`` (None: the band sets no most)."""
        if self.not_recommended:
            return Decimal(0)
        if self.reduce_by is not None:
            if drug_max_daily is None:
                return None
            keep = self.reduce_by.rest()
            return drug_max_daily.mg * Decimal(keep.numerator) / Decimal(keep.denominator)
        if self.daily_max is None:
            return None
        if self.proportional_to_crcl is not None:
            return self.daily_max.mg * max(crcl, Decimal(0)) / self.proportional_to_crcl
        return self.daily_max.mg


class Dialysis(Record):
    """What the source says for a person on haemodialysis."""

    advice: str
    source: str
    daily_max: Amount | None = None
    not_recommended: bool = False


class Renal(Record):
    """Renal dosing: label bands (``kind = "label"``) or published guidance (``"guidance"``)."""

    kind: RenalKind
    why: str
    bands: tuple[RenalBand, ...]
    #: Where the renal dosing as a whole comes from (each band has its own source too).
    source: str
    dialysis: Dialysis | None = None

    def band_for(self, crcl: Decimal) -> RenalBand | None:
        return next((b for b in self.bands if b.contains(crcl)), None)


class Taper(Record):
    """How slowly a drug must be stopped."""

    min_days: Sourced[int]
    why: str
    max_days: Sourced[int] | None = None
    #: Asked for only after this many days of regular use (opioids, benzodiazepines).
    after_days: Sourced[int] | None = None

    @property
    def length_days(self) -> int:
        """The taper length MedPlanner plans with: the longest the source gives."""
        return self.max_days.value if self.max_days is not None else self.min_days.value


class MissedStreak(Record):
    """After this many scheduled doses in a row not taken, a drug with withdrawal risk must
    not simply be restarted at the full dose (``missed-streak-restart``)."""

    doses: Sourced[int]
    #: What to do, and why (the label's reasons), in plain words; ``source`` cites them.
    advice: str
    why: str
    source: str


class ProductStrength(Record):
    """One strength the drug is made in, and its form (a capsule, a scored tablet ...)."""

    strength: Amount
    form: Form
    source: str


class Drug(Record):
    """One ingredient and what MedPlanner knows about it. Absent facts are None."""

    name: str
    file: str
    brands: tuple[str, ...]
    aliases: tuple[str, ...]
    classes: Sourced[tuple[str, ...]]
    #: ``classes`` plus every class they imply.
    all_classes: frozenset[str]
    advice_source: str | None = None
    start_daily: Sourced[Amount] | None = None
    max_single: Sourced[Amount] | None = None
    max_daily: Sourced[Amount] | None = None
    increment_daily: Sourced[Amount] | None = None
    increment_interval_days: Sourced[int] | None = None
    max_gap: MaxGap | None = None
    renal: Renal | None = None
    taper: Taper | None = None
    skip_window_hours: Sourced[Decimal] | None = None
    min_interval_fraction: Sourced[Decimal] | None = None
    half_life_hours: Range | None = None
    t_max_hours: Range | None = None
    strengths: tuple[ProductStrength, ...] = ()
    #: The label's own titration regimens, in order: (dose, doses a day). A step onto the
    #: next rung of this path is never "too large" (baclofen 20 mg × 3 → 20 mg × 4).
    titration_path: Sourced[tuple[tuple[Amount, int], ...]] | None = None
    #: A label-fixed timing (Gralise: once a day with the evening meal).
    timing: Timing | None = None
    #: For a product's own rules: the ingredient it counts as (interactions, duplication).
    counts_as: str | None = None
    #: Withdrawal risk: how many missed doses in a row call for asking before restarting.
    missed_streak: MissedStreak | None = None

    def form_of(self, strength: Amount) -> ProductStrength | None:
        """The form a strength identifies (gabapentin 600 mg: a scored tablet), or None.

        None also when the file lists the strength in more than one form: then the
        strength alone does not say which one the person has.
        """
        hits = [p for p in self.strengths if p.strength == strength]
        return hits[0] if hits and all(p.form == hits[0].form for p in hits) else None

    def is_a(self, cls: str) -> bool:
        return cls in self.all_classes

    @property
    def sedating(self) -> bool:
        return "sedating" in self.all_classes

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.brands)

    def sources(self) -> Iterator[tuple[str, str]]:
        """Every (key, source) pair, for audits and the schema test."""
        yield "classes", self.classes.source
        for key in (
            "start_daily",
            "max_single",
            "max_daily",
            "increment_daily",
            "increment_interval_days",
            "skip_window_hours",
            "min_interval_fraction",
        ):
            sourced = cast(Sourced[object] | None, getattr(self, key))
            if sourced is not None:
                yield key, sourced.source
        if self.max_gap is not None:
            yield "max_gap.hours", self.max_gap.hours.source
            yield "max_gap.from_doses_per_day", self.max_gap.from_doses_per_day.source
        if self.renal is not None:
            yield "renal", self.renal.source
            for i, band in enumerate(self.renal.bands):
                yield f"renal.bands[{i}]", band.source
        if self.taper is not None:
            yield "taper.min_days", self.taper.min_days.source
            if self.taper.max_days is not None:
                yield "taper.max_days", self.taper.max_days.source
            if self.taper.after_days is not None:
                yield "taper.after_days", self.taper.after_days.source
        for key in ("half_life_hours", "t_max_hours"):
            rng = cast(Range | None, getattr(self, key))
            if rng is not None:
                yield f"pk.{key}", rng.source
        for i, product in enumerate(self.strengths):
            yield f"strengths[{i}]", product.source
        if self.titration_path is not None:
            yield "titration.path", self.titration_path.source
        if self.timing is not None:
            yield "timing", self.timing.source
        if self.renal is not None and self.renal.dialysis is not None:
            yield "renal.dialysis", self.renal.dialysis.source
        if self.missed_streak is not None:
            yield "missed_streak.doses", self.missed_streak.doses.source
            yield "missed_streak", self.missed_streak.source


class Timing(Record):
    """A label-fixed timing: so many doses a day, optionally inside a window of the day."""

    doses_per_day: int
    words: str
    source: str
    earliest: time | None = None
    latest: time | None = None

    def fits(self, times: tuple[time, ...]) -> bool:
        if len(times) != self.doses_per_day:
            return False
        if self.earliest is None or self.latest is None:
            return True
        return all(self.earliest <= t <= self.latest for t in times)
