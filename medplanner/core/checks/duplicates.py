"""The same ingredient twice: ``doubled-dose`` and ``duplicate-therapy``.

* ``doubled-dose`` (danger): one step lists the same time twice, or two entries of one
  ingredient (``gabapentin`` and ``Neurontin``, or one name typed twice) are in use on the
  same day with a dose at the same time.
* ``duplicate-therapy`` (warning): two entries of one ingredient in use at the same time.

Unknown medications count as one ingredient when their names match (ignoring case and
spaces). A pair finding names the later entry as ``medication`` and the earlier as ``other``.
"""

from __future__ import annotations

from datetime import date, time

from medplanner.core.checks import _days, _words
from medplanner.core.checks._entries import Entry, by_ingredient, entries, make
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE, KnowledgeBase
from medplanner.core.model import Finding, Plan


def _source(e: Entry) -> str:
    rule = f"{PRODUCT_RULE}: two doses of one medicine at the same time"
    window = e.drug.skip_window_hours if e.drug is not None else None
    return f"{rule}; {window.source}" if window is not None else rule


def _same(a: Entry, b: Entry) -> str:
    """The start of a sentence: ``Neurontin and gabapentin are the same medicine (…)``."""
    if a.name.casefold() == b.name.casefold():
        # Translators: the start of a sentence; it goes on (", both in use …").
        return _("{Name} is listed twice").format(Name=_words.title(b.name))
    # Translators: the start of a sentence; it goes on (", both in use …").
    return _("{Name} and {other} are the same medicine ({ingredient})").format(
        Name=_words.title(b.name), other=a.name, ingredient=a.key
    )


def check_same_time_in_step(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    done: set[int] = set()
    for e in entries(plan, kb):
        if e.index in done:
            continue  # a combination's other part: the same times, told once
        done.add(e.index)
        seen: set[time] = set()
        for i, step in enumerate(e.med.steps if not e.med.as_needed else ()):
            at = [t.at for t in step.times]
            for t in sorted({t for t in at if at.count(t) > 1} - seen):
                seen.add(t)
                day = _days.first_dose_day(e.med, i)
                out.append(
                    make(
                        "doubled-dose",
                        e,
                        # Translators: {from_day} is " from 7 Jan 2027" or nothing.
                        _(
                            "{Name} is planned twice at {time}{from_day}. Taking both would be "
                            "a double dose. Ask your prescriber or pharmacist to check the plan."
                        ).format(
                            Name=_words.title(e.name),
                            time=_words.clock(t),
                            from_day=_words.from_day(day),
                        ),
                        _source(e),
                        day=day,
                        at=t,
                    )
                )
    return out


def first_same_time(a: Entry, b: Entry) -> tuple[date, time] | None:
    """The first day both give a dose at the same time, and that time."""
    for seg in _days.segments([a.med, b.med]):
        for day in seg.days:
            both = {t.at for t in _days.doses_on(a.med, day)} & {
                t.at for t in _days.doses_on(b.med, day)
            }
            if both:
                return day, min(both)
    return None


def check_same_ingredient(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    out: list[Finding] = []
    told: set[tuple[int, int]] = set()  # a combination shares two ingredients: tell once
    for group in by_ingredient(entries(plan, kb)).values():
        for j, later in enumerate(group):
            earlier_in_use = [
                (a, day)
                for a in group[:j]
                if (day := _days.first_common_day(a.med, later.med)) is not None
                and (a.index, later.index) not in told
            ]
            told.update((a.index, later.index) for a, _day in earlier_in_use)
            if earlier_in_use:
                a, day = earlier_in_use[0]
                out.append(
                    make(
                        "duplicate-therapy",
                        later,
                        # Translators: {same} is like "Neurontin and gabapentin are the same
                        # medicine (gabapentin)"; {from_day} " from 7 Jan 2027" or nothing.
                        _(
                            "{same}, both in use{from_day}. Taking both could mean taking too "
                            "much. Ask your prescriber or pharmacist whether you need both."
                        ).format(same=_same(a, later), from_day=_words.from_day(day)),
                        f"{PRODUCT_RULE}: one ingredient listed twice",
                        other=a,
                        day=day,
                    )
                )
            for a, _day in earlier_in_use:
                clash = first_same_time(a, later)
                if clash is None:
                    continue
                day, at = clash
                out.append(
                    make(
                        "doubled-dose",
                        later,
                        # Translators: {same} is like "Neurontin and gabapentin are the same
                        # medicine (gabapentin)"; {day} a date like "7 Jan 2027".
                        _(
                            "{same}, and both are planned at {time} on {day}. Taking both would "
                            "be a double dose. Ask your prescriber or pharmacist to check the "
                            "plan."
                        ).format(same=_same(a, later), time=_words.clock(at), day=_words.day(day)),
                        _source(later),
                        other=a,
                        day=day,
                        at=at,
                    )
                )
    return out
