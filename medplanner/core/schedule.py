"""Plan -> dose instants, correct in every time zone (contract §4).

Local wall times follow RFC 5545 §3.3.5:

* a wall time that happens twice (autumn fall-back) gives one dose, at its
  first occurrence (``fold=0``);
* a wall time that does not exist (spring-forward gap) gives one dose,
  shifted forward by the length of the gap (New York 02:30 -> 03:30 EDT).
  With :mod:`zoneinfo`, ``fold=0`` on a nonexistent time uses the offset from
  before the transition, which is exactly that shift.

So every scheduled time gives exactly one dose per local day. The wall ->
UTC mapping is monotone (never decreasing), so sorting each local day by UTC
and emitting days in order yields a globally sorted stream: expansion is a
lazy iterator over any window, never a precomputed list.

Why not APScheduler's CronTrigger: at 01:30 America/New_York it fires twice
on the fall-back day. The reminders adapter turns *these* instants into
one-shot DateTrigger jobs instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from medplanner.core.model import Medication, Plan, ScheduledDose

_DAY = timedelta(days=1)


@lru_cache(maxsize=64)
def zone(key: str) -> ZoneInfo:
    return ZoneInfo(key)


def resolve_wall_time(day: date, wall: time, tz: ZoneInfo) -> datetime | None:
    """The instant (aware, in ``tz``) that ``day`` at ``wall`` means, per RFC 5545.

    Returns None only when the whole local day does not exist (a zone that
    skipped a calendar day, like Pacific/Apia on 2011-12-30).
    """
    naive = datetime.combine(day, wall)
    first = naive.replace(tzinfo=tz, fold=0)
    utc = first.astimezone(UTC)
    local = utc.astimezone(tz)
    if local.replace(tzinfo=None) != naive:
        # Nonexistent: fold=0 used the pre-transition offset, i.e. shifted forward by the gap.
        later = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
        if utc - later >= _DAY:
            return None
    return local


def to_utc_z(dt: datetime) -> str:
    """``2027-01-04T20:00:00Z``."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def doses_on(plan: Plan, day: date) -> list[ScheduledDose]:
    """Every scheduled dose of the local ``day``, sorted by UTC instant."""
    tz = zone(plan.person.timezone)
    out: list[ScheduledDose] = []
    for index, med in enumerate(plan.medications):
        out.extend(_med_doses_on(med, index, day, tz))
    out.sort(key=lambda d: (d.utc, d.med_index))
    return out


def _med_doses_on(med: Medication, index: int, day: date, tz: ZoneInfo) -> Iterator[ScheduledDose]:
    step = med.step_on(day)
    if step is None or not step.applies_on(day):
        return
    for dose_time in step.times:
        at = resolve_wall_time(day, dose_time.at, tz)
        if at is None:
            continue
        yield ScheduledDose(
            medication=med.name,
            med_index=index,
            dose=dose_time.dose,
            at=at,
            utc=at.astimezone(UTC),
            day=day,
            wall=dose_time.at,
        )


def expand(plan: Plan, start: date, days: int | None = None) -> Iterator[ScheduledDose]:
    """Doses from local day ``start`` for ``days`` local days (None: until the plan ends).

    Lazy: ten years of a plan are never held in memory at once.
    """
    last = _last_day(plan)
    end = start + timedelta(days=days) if days is not None else None
    day = start
    while (end is None or day < end) and (last is None or day <= last):
        yield from doses_on(plan, day)
        day += _DAY


def doses_between(plan: Plan, start: datetime, end: datetime) -> Iterator[ScheduledDose]:
    """Doses whose instant falls in ``[start, end)`` (aware datetimes, any zone)."""
    tz = zone(plan.person.timezone)
    # A local day's doses lie within its own day ± the largest offset change;
    # start one day early and filter by instant.
    first = start.astimezone(tz).date() - _DAY
    days = (end.astimezone(tz).date() - first).days + 2
    for dose in expand(plan, first, max(days, 0)):
        if dose.utc >= end:
            return
        if dose.utc >= start:
            yield dose


def merge(streams: Iterable[Iterator[ScheduledDose]]) -> Iterator[ScheduledDose]:
    """Merge several sorted dose streams (e.g. several persons) by instant."""
    import heapq  # only here: a plan check never merges

    return heapq.merge(*streams, key=lambda d: d.utc)


def first_day(plan: Plan) -> date | None:
    """The first local day any scheduled medication starts, or None."""
    starts = [m.start for m in plan.medications if not m.as_needed and m.start is not None]
    return min(starts) if starts else None


def _last_day(plan: Plan) -> date | None:
    """The last day with a scheduled dose, or None when some medication runs open-ended."""
    scheduled = [m for m in plan.medications if not m.as_needed and m.steps]
    if not scheduled:
        return date.min
    stops = [m.stop for m in scheduled]
    if any(s is None for s in stops):
        return None
    return max(s for s in stops if s is not None)
