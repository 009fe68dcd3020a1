"""``dst-gap-collision``: a spring-forward gap moves one dose onto (or near) another.

RFC 5545 (contract §4) moves a wall time that does not exist forward by the gap: New York
``02:00`` becomes ``03:00`` EDT, and if ``03:00`` is also scheduled the two doses fall at
one instant, once a year. That is reported here (a warning, one per medication, dated at
the first such day) instead of ``doubled-dose``; ``status`` and reminders make the second
dose due only after the minimum interval (core.dosing).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise

from medplanner.core.doserules import min_interval, rules_for
from medplanner.core.i18n import _
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Finding, Plan, ScheduledDose
from medplanner.core.schedule import doses_on, zone
from medplanner.core.wording import weekday_date

CODE = "dst-gap-collision"
SOURCE = (
    "RFC 5545 §3.3.5 (a local time the clocks skip moves forward by the gap); MedPlanner "
    "product rule: two doses of one medicine never closer than its minimum interval"
)
#: How far into each step the scan looks for a spring-forward day (one a year).
_YEAR = timedelta(days=366)
_DAY = timedelta(days=1)


def check_dst_gap_collisions(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """One warning per scheduled medication whose doses a spring-forward day brings closer
    than its minimum interval, at the first such day."""
    tz = zone(plan.person.timezone)
    gap_days = [d for first, last in _spans_to_scan(plan) for d in _spring_days(first, last, tz)]
    if not gap_days:
        return []
    day_doses = {day: sorted(doses_on(plan, day), key=_utc) for day in gap_days}
    out: list[Finding] = []
    for index, med in enumerate(plan.medications):
        if med.as_needed or not med.steps:
            continue
        rules = rules_for(kb.lookup(med.name))
        for day in gap_days:
            doses = [d for d in day_doses[day] if d.med_index == index]
            if not any(d.shifted for d in doses):
                continue  # nothing moved: no collision (see _collided), whatever the limit
            limit = min_interval(plan, index, day, rules)
            if limit is None:
                continue
            pair = next(
                ((a, b) for a, b in pairwise(doses) if _collided(a, b, limit)),
                None,
            )
            if pair is not None:
                out.append(_finding(plan, med.name, day, pair, limit))
                break
    return out


def _collided(a: ScheduledDose, b: ScheduledDose, limit: timedelta) -> bool:
    """Brought within ``limit`` by the shift (the same time twice is ``doubled-dose``)."""
    return (a.shifted or b.shifted) and a.wall != b.wall and b.utc - a.utc < limit


def _utc(dose: ScheduledDose) -> datetime:
    return dose.utc


def _spans_to_scan(plan: Plan) -> list[tuple[date, date]]:
    """The days that may be a spring-forward day, as sorted, separate ``(first, last)``
    spans: each step's first year at most (its times repeat, so a collision recurs yearly
    and its first date lies in that year)."""
    spans: list[tuple[date, date]] = []
    for med in plan.medications:
        if med.as_needed or not med.steps:
            continue
        for k, step in enumerate(med.steps):
            first = max(step.start, med.start or step.start)
            last = first + _YEAR
            if k + 1 < len(med.steps):
                last = min(last, med.steps[k + 1].start)
            if med.stop is not None:
                last = min(last, med.stop)
            if first <= last:
                spans.append((first, last))
    merged: list[tuple[date, date]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + _DAY:  # overlapping or adjacent: one span
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _spring_days(first: date, last: date, tz: tzinfo) -> list[date]:
    """The days from ``first`` to ``last`` whose local midnight is followed by a next
    midnight with a larger UTC offset (the clocks spring forward that day).

    Each midnight's offset is worked out once, stepping wall time a day at a time (an aware
    datetime plus a day keeps its zone and wall clock; ``fold`` stays 0)."""
    out: list[date] = []
    midnight = datetime.combine(first, time(0), tzinfo=tz)
    before = midnight.utcoffset()
    for _day in range((last - first).days + 1):
        midnight += _DAY
        after = midnight.utcoffset()
        if before is not None and after is not None and after > before:
            out.append(midnight.date() - _DAY)
        before = after
    return out


def _skipped_hours(day: date, plan: Plan) -> str:
    """The local wall times the clocks skip that day, like ``02:00–03:00``."""
    tz = zone(plan.person.timezone)
    first: datetime | None = None
    for minute in range(0, 26 * 60, 15):
        wall = datetime.combine(day, time(0)) + timedelta(minutes=minute)
        aware = wall.replace(tzinfo=tz)
        back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if back != wall and first is None:
            first = wall
        elif back == wall and first is not None:
            return f"{first:%H:%M}–{wall:%H:%M}"
    # Translators: stands for the hours the clocks skip, when they cannot be worked out.
    return _("skipped")


def _finding(
    plan: Plan,
    name: str,
    day: date,
    pair: tuple[ScheduledDose, ScheduledDose],
    limit: timedelta,
) -> Finding:
    a, b = pair
    gap = b.utc - a.utc
    if not gap:
        # Translators: how far apart two doses fall ("… so they fall at the same moment").
        apart = _("at the same moment")
    else:
        # Translators: how far apart two doses fall; "min" is short for minutes.
        apart = _("only {minutes} min apart").format(minutes=int(gap.total_seconds() // 60))
    skipped = _skipped_hours(day, plan)
    moved = a if a.shifted else b
    other = b if moved is a else a
    # Translators: {day} is like "Sun 14 Mar 2027"; {zone} a time zone like America/New_York;
    # {skipped} the skipped hours like "02:00–03:00"; {apart} like "only 30 min apart";
    # {limit} is in minutes.
    message = _(
        "On {day} the clocks in {zone} spring forward (the wall times {skipped} do not exist): "
        "the {time} dose of {name} moves to {moved_to}, so it and the {other_time} dose fall "
        "{apart}, closer than the {limit} min that should separate two doses. This recurs "
        "every year on that day. Move one of the times out of the {skipped} gap (ask your "
        "prescriber or pharmacist which). Until then, on that day MedPlanner makes the second "
        "dose due only after the minimum interval."
    ).format(
        day=weekday_date(day),
        zone=plan.person.timezone,
        skipped=skipped,
        time=f"{moved.wall:%H:%M}",
        name=name,
        moved_to=f"{moved.at:%H:%M}",
        other_time=f"{other.wall:%H:%M}",
        apart=apart,
        limit=int(limit.total_seconds() // 60),
    )
    return Finding(
        code=CODE,
        severity="warning",
        medication=name,
        message=message,
        source=SOURCE,
        date=day,
        time=moved.wall,
    )
