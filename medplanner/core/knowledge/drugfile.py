"""Reading and validating one ``resources/drugs/<ingredient>.toml`` file.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from datetime import time
from decimal import Decimal
from typing import Any, cast

from medplanner.core.knowledge.productrecords import (
    DrugClass,
    _closure,
)
from medplanner.core.knowledge.records import (
    Dialysis,
    Drug,
    MaxGap,
    MissedStreak,
    ProductStrength,
    Range,
    Renal,
    RenalBand,
    Taper,
    Timing,
)
from medplanner.core.knowledge.sources import (
    RenalKind,
    Sourced,
    T,
    normalize_name,
)
from medplanner.core.knowledge.tomlfile import _File
from medplanner.core.model import FORMS, Form
from medplanner.core.units import Amount

_DRUG_KEYS = (
    "name",
    "brands",
    "aliases",
    "classes",
    "advice_source",
    "dose",
    "titration",
    "max_gap",
    "renal",
    "taper",
    "missed_dose",
    "doubled_dose",
    "pk",
    "strengths",
    "timing",
    "missed_streak",
)


def _drug(
    f: _File,
    classes: Mapping[str, DrugClass],
    data: Mapping[str, Any] | None = None,
    counts_as: str | None = None,
) -> Drug:
    d = f.data if data is None else data
    f.only(d, _DRUG_KEYS, "")
    name = f.text(d.get("name"), "name")
    if data is None and (
        normalize_name(name) != normalize_name(f.path.stem) or name != name.strip()
    ):
        raise f.error("name", f'"{name}" should be the file name without .toml ({f.path.stem})')
    brands = f.texts(d.get("brands", []), "brands")
    aliases = f.texts(d.get("aliases", []), "aliases")
    cls = f.sourced(d, "classes", "", f.texts)
    if cls is None:
        raise f.error("classes", "is missing: every drug belongs to at least one class")
    if not cls.value:
        raise f.error("classes.value", "should name at least one class")
    for i, c in enumerate(cls.value):
        if c not in classes:
            raise f.error(f"classes.value[{i}]", f'"{c}" is not a class in classes.toml')
    advice = f.text(d["advice_source"], "advice_source") if "advice_source" in d else None

    dose = f.table(d.get("dose", {}), "dose")
    f.only(dose, ("start_daily", "max_single", "max_daily"), "dose")
    start_daily = f.sourced(dose, "start_daily", "dose", f.amount)
    max_single = f.sourced(dose, "max_single", "dose", f.amount)
    max_daily = f.sourced(dose, "max_daily", "dose", f.amount)
    if max_daily is not None:
        for key, low in (("start_daily", start_daily), ("max_single", max_single)):
            if low is not None and low.value > max_daily.value:
                raise f.error(f"dose.{key}", "is more than dose.max_daily")

    tit = f.table(d.get("titration", {}), "titration")
    f.only(tit, ("increment_daily", "interval_days", "path"), "titration")

    return Drug(
        name=name,
        file=str(f.path),
        brands=brands,
        aliases=aliases,
        classes=cls,
        all_classes=_closure(cls.value, classes),
        advice_source=advice,
        start_daily=start_daily,
        max_single=max_single,
        max_daily=max_daily,
        increment_daily=f.sourced(tit, "increment_daily", "titration", f.amount),
        increment_interval_days=f.sourced(tit, "interval_days", "titration", f.integer),
        max_gap=_max_gap(f, d["max_gap"]) if "max_gap" in d else None,
        renal=_renal(f, d["renal"], max_daily) if "renal" in d else None,
        taper=_taper(f, d["taper"]) if "taper" in d else None,
        skip_window_hours=_one(f, d, "missed_dose", "skip_window_hours", f.number),
        min_interval_fraction=_one(f, d, "doubled_dose", "min_interval_fraction", _share(f)),
        **_pk(f, d.get("pk", {})),
        strengths=_strengths(f, d.get("strengths", [])),
        titration_path=f.sourced(tit, "path", "titration", _path(f)),
        timing=_timing(f, d["timing"]) if "timing" in d else None,
        counts_as=counts_as,
        missed_streak=_missed_streak(f, d["missed_streak"]) if "missed_streak" in d else None,
    )


def _missed_streak(f: _File, raw: object) -> MissedStreak:
    t = f.table(raw, "missed_streak")
    f.only(t, ("doses", "advice", "why", "source"), "missed_streak")
    doses = f.sourced(t, "doses", "missed_streak", f.integer)
    if doses is None:
        raise f.error("missed_streak.doses", "is missing")
    return MissedStreak(
        doses,
        f.text(t.get("advice"), "missed_streak.advice"),
        f.text(t.get("why"), "missed_streak.why"),
        f.source(t, "missed_streak"),
    )


_REGIMEN = r"^\s*(?P<dose>.+?)\s*[x×]\s*(?P<n>[0-9]+)\s*$"


def _path(f: _File) -> Callable[[object, str], tuple[tuple[Amount, int], ...]]:
    """``["5 mg x 3", "10 mg x 3", ...]``: each rung a dose and how many times a day."""

    def parse(value: object, key: str) -> tuple[tuple[Amount, int], ...]:
        out = []
        for i, text in enumerate(f.texts(value, key)):
            m = re.match(_REGIMEN, text)
            if m is None:
                raise f.error(f"{key}[{i}]", f'"{text}" is not a regimen like "5 mg x 3"')
            out.append((f.amount(m["dose"], f"{key}[{i}]"), f.integer(int(m["n"]), f"{key}[{i}]")))
        return tuple(out)

    return parse


def _timing(f: _File, raw: object) -> Timing:
    t = f.table(raw, "timing")
    f.only(t, ("doses_per_day", "earliest", "latest", "words", "source"), "timing")
    window: list[time | None] = []
    for k in ("earliest", "latest"):
        v = t.get(k)
        if v is None:
            window.append(None)
            continue
        try:
            window.append(time.fromisoformat(f.text(v, f"timing.{k}")))
        except ValueError:
            raise f.error(f"timing.{k}", 'should be a time like "17:00"') from None
    return Timing(
        f.integer(t.get("doses_per_day"), "timing.doses_per_day"),
        f.text(t.get("words"), "timing.words"),
        f.source(t, "timing"),
        window[0],
        window[1],
    )


def _strengths(f: _File, raw: object) -> tuple[ProductStrength, ...]:
    if not isinstance(raw, list):
        raise f.error("strengths", "should be [[strengths]] tables")
    out: list[ProductStrength] = []
    for i, body in enumerate(raw):
        key = f"strengths[{i}]"
        t = f.table(body, key)
        f.only(t, ("strength", "form", "source"), key)
        form = t.get("form")
        if form not in FORMS:
            raise f.error(f"{key}.form", f"should be one of {FORMS}")
        out.append(
            ProductStrength(
                f.amount(t.get("strength"), f"{key}.strength"),
                cast(Form, form),
                f.source(t, key),
            )
        )
    return tuple(out)


def _one(
    f: _File, d: Mapping[str, Any], table: str, key: str, parse: Callable[[object, str], T]
) -> Sourced[T] | None:
    if table not in d:
        return None
    t = f.table(d[table], table)
    f.only(t, (key,), table)
    return f.sourced(t, key, table, parse)


def _share(f: _File) -> Callable[[object, str], Decimal]:
    def parse(value: object, key: str) -> Decimal:
        share = f.number(value, key)
        if not 0 < share <= 1:
            raise f.error(key, "should be more than 0 and at most 1")
        return share

    return parse


def _max_gap(f: _File, raw: object) -> MaxGap:
    t = f.table(raw, "max_gap")
    f.only(t, ("hours", "from_doses_per_day", "why"), "max_gap")
    hours = f.sourced(t, "hours", "max_gap", f.number)
    per_day = f.sourced(t, "from_doses_per_day", "max_gap", f.integer)
    if hours is None or per_day is None or not hours.value:
        raise f.error("max_gap", "needs hours (more than 0) and from_doses_per_day")
    return MaxGap(hours, per_day, f.text(t.get("why"), "max_gap.why"))


_BAND_KEYS = (
    "label",
    "source",
    "crcl_at_least",
    "crcl_above",
    "crcl_at_most",
    "crcl_below",
    "daily_min",
    "daily_max",
    "reduce_by",
    "proportional_to_crcl",
    "doses_per_day",
    "caution",
    "not_recommended",
)


def _renal(f: _File, raw: object, max_daily: Sourced[Amount] | None) -> Renal:
    t = f.table(raw, "renal")
    f.only(t, ("kind", "why", "bands", "source", "dialysis"), "renal")
    kind = t.get("kind")
    if kind not in ("label", "guidance"):
        raise f.error("renal.kind", 'should be "label" or "guidance"')
    raw_bands = t.get("bands")
    if not isinstance(raw_bands, list) or not raw_bands:
        raise f.error("renal.bands", "should be one or more [[renal.bands]] tables")
    bands = tuple(_band(f, b, f"renal.bands[{i}]", max_daily) for i, b in enumerate(raw_bands))
    _no_overlap(f, bands)
    why = f.text(t.get("why"), "renal.why")
    dialysis = None
    if "dialysis" in t:
        dt = f.table(t["dialysis"], "renal.dialysis")
        f.only(dt, ("advice", "source", "daily_max", "not_recommended"), "renal.dialysis")
        dialysis = Dialysis(
            f.text(dt.get("advice"), "renal.dialysis.advice"),
            f.source(dt, "renal.dialysis"),
            f.amount(dt["daily_max"], "renal.dialysis.daily_max") if "daily_max" in dt else None,
            dt.get("not_recommended") is True,
        )
    return Renal(cast(RenalKind, kind), why, bands, f.source(t, "renal"), dialysis)


def _band(f: _File, raw: object, key: str, max_daily: Sourced[Amount] | None) -> RenalBand:
    t = f.table(raw, key)
    f.only(t, _BAND_KEYS, key)

    def opt(k: str, parse: Callable[[object, str], Any]) -> Any:
        return parse(t[k], f"{key}.{k}") if k in t else None

    band = RenalBand(
        label=f.text(t.get("label"), f"{key}.label"),
        source=f.source(t, key),
        crcl_at_least=opt("crcl_at_least", f.number),
        crcl_above=opt("crcl_above", f.number),
        crcl_at_most=opt("crcl_at_most", f.number),
        crcl_below=opt("crcl_below", f.number),
        daily_min=opt("daily_min", f.amount),
        daily_max=opt("daily_max", f.amount),
        reduce_by=opt("reduce_by", f.fraction),
        proportional_to_crcl=opt("proportional_to_crcl", f.number),
        doses_per_day=opt("doses_per_day", f.integer),
        caution=t.get("caution") is True,
        not_recommended=t.get("not_recommended") is True,
    )
    if band.crcl_at_least is not None and band.crcl_above is not None:
        raise f.error(key, "give crcl_at_least or crcl_above, not both")
    if band.crcl_at_most is not None and band.crcl_below is not None:
        raise f.error(key, "give crcl_at_most or crcl_below, not both")
    if (band.daily_max is None) == (band.reduce_by is None) and not band.not_recommended:
        raise f.error(key, "give daily_max or reduce_by (exactly one)")
    if band.reduce_by is not None and max_daily is None:
        raise f.error(f"{key}.reduce_by", "needs dose.max_daily to reduce from")
    if band.proportional_to_crcl is not None and not band.proportional_to_crcl:
        raise f.error(f"{key}.proportional_to_crcl", "should be more than 0")
    low, high = band.daily_min, band.daily_max
    if low is not None and high is not None and low > high:
        raise f.error(f"{key}.daily_min", "is more than daily_max")
    return band


def _no_overlap(f: _File, bands: tuple[RenalBand, ...]) -> None:
    """No clearance falls in two bands (checked at every edge and between edges)."""
    edges = sorted(
        {
            e
            for b in bands
            for e in (b.crcl_at_least, b.crcl_above, b.crcl_at_most, b.crcl_below)
            if e is not None
        }
    )
    probes = [*edges, *(lo + (hi - lo) / 2 for lo, hi in itertools.pairwise(edges))]
    if edges:
        probes += [edges[0] - 1, edges[-1] + 1]
    for crcl in probes:
        hits = [i for i, b in enumerate(bands) if b.contains(crcl)]
        if len(hits) > 1:
            raise f.error(f"renal.bands[{hits[1]}]", f"overlaps renal.bands[{hits[0]}] at {crcl}")


def _taper(f: _File, raw: object) -> Taper:
    t = f.table(raw, "taper")
    f.only(t, ("min_days", "max_days", "after_days", "why"), "taper")
    min_days = f.sourced(t, "min_days", "taper", f.integer)
    if min_days is None:
        raise f.error("taper.min_days", "is missing")
    max_days = f.sourced(t, "max_days", "taper", f.integer)
    if max_days is not None and max_days.value < min_days.value:
        raise f.error("taper.max_days", "is less than taper.min_days")
    after = f.sourced(t, "after_days", "taper", f.integer)
    return Taper(min_days, f.text(t.get("why"), "taper.why"), max_days, after)


def _pk(f: _File, raw: object) -> dict[str, Range | None]:
    t = f.table(raw, "pk")
    keys = ("half_life_hours", "t_max_hours")
    f.only(t, keys, "pk")
    out: dict[str, Range | None] = {}
    for k in keys:
        if k not in t:
            out[k] = None
            continue
        key = f"pk.{k}"
        rec = f.table(t[k], key)
        f.only(rec, ("min", "max", "typical", "source"), key)
        lo = f.number(rec.get("min"), f"{key}.min")
        hi = f.number(rec.get("max"), f"{key}.max")
        typical = f.number(rec["typical"], f"{key}.typical") if "typical" in rec else None
        if lo > hi or (typical is not None and not lo <= typical <= hi):
            raise f.error(key, "should have min <= typical <= max")
        out[k] = Range(lo, hi, f.source(rec, key), typical)
    return out
