"""``dose-interval-too-long``: a gap between consecutive doses beyond the label's limit.

The gaps of a step go round the clock: between its times, and from the last time of a dose
day to the first time of the next dose day (overnight, or across the days a weekday or
every-n-days step skips). Gabapentin three times a day at 09:00, 15:00 and 21:00 has gaps of
6, 6 and 12 hours: 12 is the limit itself, which is allowed. The limit only applies to
steps with at least the drug's ``from_doses_per_day`` doses a day (three for gabapentin):
a twice- or once-a-day step (as the label's own kidney bands use) is not checked.
"""

from __future__ import annotations

import itertools

from medplanner.core import wording
from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import ASK, entries, make
from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Finding, Plan, Step

_DAY_MINUTES = 24 * 60


def longest_gap(step: Step) -> tuple[int, int, int] | None:
    """(minutes, index of the time the gap starts after, days the gap crosses)."""
    minutes = sorted({t.at.hour * 60 + t.at.minute for t in step.times})
    skip = _days.longest_day_gap(step)
    if not minutes or not skip:
        return None
    gaps = [(b - a, i, 0) for i, (a, b) in enumerate(itertools.pairwise(minutes))]
    gaps.append((skip * _DAY_MINUTES - (minutes[-1] - minutes[0]), len(minutes) - 1, skip))
    return max(gaps)


def check_dose_intervals(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    for e in entries(plan, kb):
        rule = e.drug.max_gap if e.drug is not None else None
        if rule is None or e.med.as_needed:
            continue
        limit = int(rule.hours.value * 60)
        seen: set[tuple[object, ...]] = set()
        for i, step in enumerate(e.med.steps):
            times = sorted({t.at for t in step.times})
            first = _days.first_dose_day(e.med, i)
            gap = longest_gap(step)
            if first is None or gap is None or len(times) < rule.from_doses_per_day.value:
                continue
            minutes, after, crosses = gap
            pattern = (tuple(times), step.weekdays, step.every_n_days)
            if minutes <= limit or pattern in seen:
                continue
            seen.add(pattern)
            start, end = times[after], times[(after + 1) % len(times)]
            often = rule.from_doses_per_day.value
            later = {0: "", 1: " the next day"}.get(crosses, f" {crosses} days later")
            out.append(
                make(
                    "dose-interval-too-long",
                    e,
                    f"{_words.title(e.name)} has a gap of {wording.duration(minutes)} between "
                    f"{_words.clock(start)} and {_words.clock(end)}{later}, from "
                    f"{_words.day(first)}. Taken {_words.times_a_day(often)} "
                    f"or more often, the label keeps every gap to at most "
                    f"{wording.duration(limit)}, {rule.why}. "
                    f"{ASK} whether to move a dose.",
                    rule.hours.source,
                    day=first,
                    at=start,
                )
            )
    return out
