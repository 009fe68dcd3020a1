"""``stagger-suggestion``: times for the sedating medicines that keep their peaks apart.

An info finding, raised when the sedation model (:mod:`medplanner.core.sedation`) finds
times that lower the highest drowsiness load while awake by 20% or more (a product rule),
keeping every dose's amount, the number of doses and the label's interval rules, and
raising no warning the plan does not already have. General guidance, not a label rule:
the message says so, never claims that spacing removes the risk, and asks the person to
discuss any change with their prescriber or pharmacist. Nothing is ever changed by it.

The finding names the last of the medicines concerned (in plan order) as ``medication``
and the first as ``other``, is dated at the first day of the modelled combination of
steps, and adds ``suggested`` (times per medication, as in the plan), ``current`` and
``peak_reduction`` (a share, 0.31 = 31% lower) to its JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from functools import lru_cache
from typing import Any

from medplanner.core import sedation
from medplanner.core.checks import _words
from medplanner.core.checks._others import no_new_warning
from medplanner.core.i18n import _, ngettext
from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.model import Finding, Plan, Severity
from medplanner.core.sedation import (
    MODEL_SOURCE,
    SUGGEST_THRESHOLD,
    Suggestion,
    apply_suggestion,
    candidate_stagger,
)

CODE = "stagger-suggestion"


def suggest_stagger(
    plan: Plan,
    kb: KnowledgeBase | None = None,
    day: date | None = None,
    *,
    weights: Mapping[str, float] | None = None,
) -> Suggestion | None:
    """The best stagger suggestion for the plan (see :mod:`medplanner.core.sedation`), or
    None.

    None when fewer than two different modelled sedating medicines are taken together,
    when one ingredient is in the plan twice, when no timetable within the rules lowers
    the highest load while awake, or when the suggested plan would raise a warning or
    danger the plan does not already have. Whether it is worth showing is
    :attr:`Suggestion.worth_showing`. Cached per (plan, knowledge base, day, weights).
    """
    kb = kb if kb is not None else load_knowledge_base()
    return _suggest(plan, kb, day, tuple(sorted((weights or {}).items())))


def shown_suggestion(plan: Plan, kb: KnowledgeBase) -> Suggestion | None:
    """:func:`suggest_stagger`'s result for the plan when it is worth showing, else None.

    What ``check`` shows. The same answer as ``suggest_stagger(plan, kb)`` followed by
    :attr:`Suggestion.worth_showing`, but a suggestion that lowers the peak by less than
    :data:`SUGGEST_THRESHOLD` is let go before every plan check is run on it.
    """
    found = candidate_stagger(plan, kb)
    if found is None or not found.worth_showing:
        return None
    return _suggest(plan, kb, None, ())


@lru_cache(maxsize=32)
def _suggest(
    plan: Plan, kb: KnowledgeBase, day: date | None, weights: tuple[tuple[str, float], ...]
) -> Suggestion | None:
    found = candidate_stagger(plan, kb, day, weights=dict(weights))
    if found is None or not no_new_warning(plan, apply_suggestion(plan, found), kb):
        return None
    return found


def clear_caches() -> None:
    """Forget every cached curve, candidate and suggestion (benchmarks: a cold start)."""
    _suggest.cache_clear()
    sedation.clear_caches()


class StaggerFinding(Finding):
    """A :class:`Finding` that also carries the suggested times (extra JSON keys)."""

    suggested: tuple[tuple[str, tuple[str, ...]], ...]
    current: tuple[tuple[str, tuple[str, ...]], ...]
    peak_reduction: float

    def __init__(
        self,
        code: str,
        severity: Severity,
        medication: str,
        message: str,
        source: str,
        other: str | None = None,
        date: date | None = None,
        time: time | None = None,
        suggested: tuple[tuple[str, tuple[str, ...]], ...] = (),
        current: tuple[tuple[str, tuple[str, ...]], ...] = (),
        peak_reduction: float = 0.0,
    ) -> None:
        super().__init__(code, severity, medication, message, source, other, date, time)
        self.__dict__.update(suggested=suggested, current=current, peak_reduction=peak_reduction)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(super().to_json())
        out["suggested"] = {name: list(times) for name, times in self.suggested}
        out["current"] = {name: list(times) for name, times in self.current}
        out["peak_reduction"] = round(self.peak_reduction, 2)
        return out


def check_stagger(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    suggestion = shown_suggestion(plan, kb)
    if suggestion is None:
        return []
    return [finding(suggestion)]


def finding(s: Suggestion) -> StaggerFinding:
    """The info finding for a suggestion (also for the GUI, whatever its reduction)."""
    meds = sorted(s.meds, key=lambda m: m.med_index)
    now = s.current_times()
    new = s.suggested_times()
    names = [m.name for m in meds]
    percent = round(s.peak_reduction * 100)
    # Translators: what separates the medicines of a list of times ("a 08:00; b 14:00").
    semicolon = _("; ")
    said = semicolon.join(f"{m.name} {_words.listing(new[m.name], most=8)}" for m in meds)
    was = semicolon.join(f"{m.name} {_words.listing(now[m.name], most=8)}" for m in meds)
    skipped = s.current.not_modelled
    if len(names) == 2:
        # Translators: {names} lists two medicines ("Baclofen and gabapentin").
        drowsy = _("{names} can both make you drowsy, and their drowsiness adds up.")
    else:
        # Translators: {names} lists three or more medicines.
        drowsy = _("{names} can all make you drowsy, and their drowsiness adds up.")
    parts = [
        drowsy.format(names=_words.title(_words.listing(names))),
        # Translators: {from_day} is " from 7 Jan 2027" or nothing; {times} and {now} list
        # each medicine with its times ("baclofen 08:00, 14:00 and 20:00; gabapentin 09:00").
        _(
            "A simple model of how the body takes up and clears them suggests these "
            "times{from_day}: {times} (now: {now}). That could lower the highest drowsiness "
            "while you are awake by about {percent}%, with the same doses, as many a day, and "
            "within the label's limits on the time between doses."
        ).format(from_day=_words.from_day(s.day), times=said, now=was, percent=percent),
    ]
    if skipped:
        # Translators: {names} lists the medicines the model leaves out.
        parts.append(
            ngettext(
                "The model leaves out {names}, which keeps its times.",
                "The model leaves out {names}, which keeps its times.",
                len(skipped),
            ).format(names=_words.listing(list(skipped)))
        )
    parts.append(
        _(
            "This is general guidance, not a rule from the labels, and spacing the doses apart "
            "does not take the risk of drowsiness away. Do not change any time on your own: ask "
            "your prescriber or pharmacist whether these times suit you."
        )
    )
    message = " ".join(parts)
    data = "; ".join(x for x in s.sources if x != MODEL_SOURCE)
    source = (
        "General guidance, not a label rule: drowsiness from sedating medicines adds up "
        "(Ozobax and Lyvispah labels, Drug Interactions), and taking them at different times "
        f"keeps the peaks apart. Model: {MODEL_SOURCE}; data: {data}. "
        f"{SUGGEST_THRESHOLD.source}."
    )
    return StaggerFinding(
        code=CODE,
        severity="info",
        medication=meds[-1].name,
        message=message,
        source=source,
        other=meds[0].name if len(meds) > 1 else None,
        date=s.day,
        suggested=tuple((n, tuple(t)) for n, t in new.items()),
        current=tuple((n, tuple(t)) for n, t in now.items()),
        peak_reduction=s.peak_reduction,
    )
