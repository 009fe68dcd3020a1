"""``sedatives-same-time``: doses of two different sedating drugs close together.

Doses less than the stagger window apart are flagged (default 2 hours, a MedPlanner product
rule; ``person.stagger_window_minutes`` overrides it). Exactly the window apart is not
flagged. Pairs across midnight count (23:30 and 00:30 the next day are 1 hour apart). This
is general guidance, not a label rule, and the message says so: spacing doses apart does
not remove the risk of adding two sedating drugs together.

One finding per pair of medications, dated at the first day a close pair occurs, listing
the close times.
"""

from __future__ import annotations

from datetime import date, time

from medplanner.core import wording
from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import Entry, entries, make
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE, STAGGER_WINDOW_MINUTES, KnowledgeBase
from medplanner.core.model import Finding, Plan

_DAY_MINUTES = 24 * 60


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def close_doses(a: Entry, b: Entry, window: int) -> dict[tuple[time, time], date]:
    """Each close pair ``(time of b, time of a)`` and the first day ``b``'s dose falls on."""
    found: dict[tuple[time, time], date] = {}

    def note(tb: time, ta: time, day: date) -> None:
        if (tb, ta) not in found or day < found[(tb, ta)]:
            found[(tb, ta)] = day

    for seg in _days.segments([a.med, b.med]):
        for day in seg.days:
            a_today = [t.at for t in _days.doses_on(a.med, day)]
            b_today = [t.at for t in _days.doses_on(b.med, day)]
            for ta in a_today:
                for tb in b_today:
                    if abs(_minutes(ta) - _minutes(tb)) < window:
                        note(tb, ta, day)
            tomorrow = _days.add_days(day, 1)
            if tomorrow is None:
                continue
            for ta in a_today:  # a late today, b early tomorrow
                for tb in (t.at for t in _days.doses_on(b.med, tomorrow)):
                    if _DAY_MINUTES - _minutes(ta) + _minutes(tb) < window:
                        note(tb, ta, tomorrow)
            for tb in b_today:  # b late today, a early tomorrow
                for ta in (t.at for t in _days.doses_on(a.med, tomorrow)):
                    if _DAY_MINUTES - _minutes(tb) + _minutes(ta) < window:
                        note(tb, ta, day)
    return found


def check_sedatives_same_time(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    own = plan.person.stagger_window_minutes
    window = own if own is not None else STAGGER_WINDOW_MINUTES.value
    if window <= 0:
        return []
    rule = (
        f"{PRODUCT_RULE}: window set for this person ({wording.duration(window)})"
        if own is not None
        else STAGGER_WINDOW_MINUTES.source
    )
    sedating = [
        e for e in entries(plan, kb) if e.drug is not None and e.drug.sedating and e.med.steps
    ]
    out: list[Finding] = []
    for j, b in enumerate(sedating):
        for a in sedating[:j]:
            if a.key == b.key or a.index == b.index:
                continue  # one ingredient twice: duplicate-therapy / doubled-dose
            close = close_doses(a, b, window)
            if not close:
                continue
            pairs = sorted(close.items(), key=lambda kv: (kv[1], kv[0]))
            (tb, _ta), first = pairs[0]
            said = [
                # Translators: one pair of close doses ("baclofen 08:00 with gabapentin 09:00").
                _("{name} {time} with {other} {other_time}").format(
                    name=b.name, time=_words.clock(y), other=a.name, other_time=_words.clock(x)
                )
                for (y, x), _day in pairs
            ]
            assert a.drug is not None and b.drug is not None
            why = "; ".join(dict.fromkeys((a.drug.classes.source, b.drug.classes.source)))
            out.append(
                make(
                    "sedatives-same-time",
                    b,
                    # Translators: {window} is like "2 hours"; {from_day} " from 7 Jan 2027" or
                    # nothing; {pairs} lists the close doses.
                    _(
                        "{Name} and {other} are planned less than {window} apart{from_day}: "
                        "{pairs}. Both can make you drowsy, and close together their "
                        "drowsiness can add up. Taking them further apart is general advice, not "
                        "a rule from the labels, and it does not take the risk away. Ask your "
                        "prescriber or pharmacist whether to take them at different times."
                    ).format(
                        Name=_words.title(b.name),
                        other=a.name,
                        window=wording.duration(window),
                        from_day=_words.from_day(first),
                        pairs=_words.listing(said),
                    ),
                    f"General guidance, not a label rule. Drowsiness adds up: {why}. {rule}",
                    other=a,
                    day=first,
                    at=tb,
                )
            )
    return out
