"""Calendar helpers for checks: which doses fall on a day, and which days to look at.

A plan can run open-ended for years, so checks never walk it day by day. Instead the
calendar is cut into *segments* at every date where some medication starts, changes step
or stops; inside a segment each medication's step is fixed, so the days repeat with the
period of the weekday / every-n-days rules (7, n, or their least common multiple). Looking
at one period of days per segment (plus its last day, for dose pairs across midnight) sees
every different day the plan has. Periods are capped at ten years.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal

from medplanner.core.model import DoseTime, Medication, Step
from medplanner.core.record import Record

#: The longest repeating period looked at inside one segment (about ten years).
PERIOD_CAP_DAYS = 3660


def add_days(day: date, n: int) -> date | None:
    """``day`` + ``n`` days, or None past the calendar's ends."""
    try:
        return day + timedelta(days=n)
    except OverflowError:
        return None


def span(med: Medication) -> tuple[date, date] | None:
    """First and last day the medication is in use (open ends as date.min / date.max).

    A scheduled medication without a start is never in use; an as-needed one without a
    start is in use from the beginning of time.
    """
    if med.as_needed:
        first = med.start or date.min
    elif med.start is None:
        return None
    else:
        first = med.start
    last = med.stop or date.max
    return (first, last) if first <= last else None


def first_common_day(a: Medication, b: Medication) -> date | None:
    """The first day both are in use, or None."""
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return None
    first, last = max(sa[0], sb[0]), min(sa[1], sb[1])
    return first if first <= last else None


def active_on(med: Medication, day: date) -> bool:
    s = span(med)
    return s is not None and s[0] <= day <= s[1]


def doses_on(med: Medication, day: date) -> tuple[DoseTime, ...]:
    """The scheduled doses of ``med`` on ``day`` (none for an as-needed medication)."""
    step = med.step_on(day)
    if step is None or not step.applies_on(day):
        return ()
    return step.times


def step_span(med: Medication, index: int) -> tuple[date, date] | None:
    """First and last day step ``index`` is in force."""
    s = span(med)
    if s is None or med.as_needed:
        return None
    step = med.steps[index]
    first = max(step.start, s[0])
    last = s[1]
    if index + 1 < len(med.steps):
        before_next = add_days(med.steps[index + 1].start, -1)
        last = min(last, before_next) if before_next is not None else last
    return (first, last) if first <= last else None


def period(step: Step) -> int:
    """After how many days the step's pattern of dose days repeats."""
    if step.weekdays is not None:
        return 7
    return max(step.every_n_days or 1, 1)


def dose_days(step: Step, first: date, last: date) -> list[date]:
    """The days from ``first`` to ``last`` on which the step applies, one period's worth."""
    out: list[date] = []
    for i in range(min(period(step), PERIOD_CAP_DAYS)):
        day = add_days(first, i)
        if day is None or day > last:
            break
        if step.applies_on(day):
            out.append(day)
    return out


def first_dose_day(med: Medication, index: int) -> date | None:
    """The first day step ``index`` actually gives a dose."""
    s = step_span(med, index)
    if s is None:
        return None
    days = dose_days(med.steps[index], *s)
    return days[0] if days else None


def longest_day_gap(step: Step) -> int:
    """The most days from one dose day of the step to the next (1 for a daily step)."""
    if step.weekdays is not None:
        days = sorted(set(step.weekdays))
        if not days:
            return 0
        return max((b - a) % 7 or 7 for a, b in zip(days, [*days[1:], days[0]], strict=True))
    return max(step.every_n_days or 1, 1)


class Segment(Record):
    """Consecutive days on which every medication keeps one step; ``days`` to look at."""

    first: date
    last: date
    days: tuple[date, ...]


def segments(meds: Iterable[Medication]) -> list[Segment]:
    """The calendar cut where any of ``meds`` starts, changes step or stops."""
    meds = list(meds)
    cuts: set[date] = set()
    repeat = 1
    for med in meds:
        s = span(med)
        if s is None:
            continue
        first, last = s
        if first != date.min:
            cuts.add(first)
        after = add_days(last, 1) if last != date.max else None
        if after is not None:
            cuts.add(after)
        for step in med.steps if not med.as_needed else ():
            if first < step.start <= last:
                cuts.add(step.start)
            repeat = math.lcm(repeat, period(step))
    if not cuts:
        # Only as-needed medications without dates: every day is the same day.
        return [Segment(date.min, date.max, (date.min,))] if any(span(m) for m in meds) else []
    ordered = sorted(cuts)
    out: list[Segment] = []
    for k, first in enumerate(ordered):
        last = date.max
        if k + 1 < len(ordered):
            last = add_days(ordered[k + 1], -1) or date.min
        days: list[date] = []
        for i in range(min(repeat, PERIOD_CAP_DAYS)):
            day = add_days(first, i)
            if day is None or day > last:
                break
            days.append(day)
        if last != date.max and last not in days:
            days.append(last)
        out.append(Segment(first, last, tuple(days)))
    return out


class Run:
    """Consecutive days over a limit, made up by the same entries: first day, highest total.

    (A plain class: a dataclass costs every start about a millisecond to create.)"""

    __slots__ = ("entries", "first_day", "first_total", "peak")

    def __init__(
        self, first_day: date, first_total: Decimal, peak: Decimal, entries: frozenset[int]
    ) -> None:
        self.first_day = first_day
        self.first_total = first_total
        self.peak = peak
        self.entries = entries

    def __repr__(self) -> str:
        return (
            f"Run(first_day={self.first_day!r}, first_total={self.first_total!r}, "
            f"peak={self.peak!r}, entries={self.entries!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Run):
            return NotImplemented
        return (self.first_day, self.first_total, self.peak, self.entries) == (
            other.first_day,
            other.first_total,
            other.peak,
            other.entries,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was


def runs_over(
    meds: list[Medication],
    limit: Decimal,
    day_total: Callable[[date], tuple[Decimal, set[int]]],
) -> list[Run]:
    """Runs of consecutive segments (of ``meds``) with a day whose total is over ``limit``.

    ``day_total(day)`` gives the day's total and the indices of the entries that made it up.
    A run ends where the days under the limit begin or where other entries make up the total,
    so adding an entry can split or lengthen runs but never takes one from another entry.
    """
    runs: list[Run] = []
    current: Run | None = None
    for seg in segments(meds):
        over = [(d, total, who) for d in seg.days for total, who in [day_total(d)] if total > limit]
        if not over:
            current = None
            continue
        who = frozenset().union(*(w for _, _, w in over))
        peak = max(total for _, total, _ in over)
        if current is None or current.entries != who:
            current = Run(over[0][0], over[0][1], peak, who)
            runs.append(current)
        else:
            current.peak = max(current.peak, peak)
    return runs
