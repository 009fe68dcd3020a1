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
from medplanner.core.checks._entries import entries, make
from medplanner.core.i18n import _, ngettext
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
            if crosses == 0:
                later = ""
            elif crosses == 1:
                # Translators: added after a time ("between 21:00 and 09:00 the next day").
                later = _(" the next day")
            else:
                # Translators: added after a time ("between 21:00 and 09:00 3 days later").
                later = ngettext(" {n} day later", " {n} days later", crosses).format(n=crosses)
            out.append(
                make(
                    "dose-interval-too-long",
                    e,
                    # Translators: {gap} and {limit} are lengths like "13 hours"; {later} is
                    # " the next day", " 2 days later" or nothing; {often} like "three times a
                    # day"; {why} is the label's reason, from the drug's data file.
                    _(
                        "{Name} has a gap of {gap} between {start} and {end}{later}, from {day}. "
                        "Taken {often} or more often, the label keeps every gap to at most "
                        "{limit}, {why}. Ask your prescriber or pharmacist whether to move a "
                        "dose."
                    ).format(
                        Name=_words.title(e.name),
                        gap=wording.duration(minutes),
                        start=_words.clock(start),
                        end=_words.clock(end),
                        later=later,
                        day=_words.day(first),
                        often=_words.times_a_day(often),
                        limit=wording.duration(limit),
                        why=rule.why,
                    ),
                    rule.hours.source,
                    day=first,
                    at=start,
                )
            )
    return out
