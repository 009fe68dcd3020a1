"""Stagger suggestions: times for the sedating medicines that keep their peaks apart.

General guidance, not a label rule. Two sedating medicines whose drowsiness peaks fall
together add up (Ozobax and Lyvispah labels, Drug Interactions); taking them at different
times does not take the risk away, and the prescriber decides. Nothing here changes a plan
by itself: :func:`apply_suggestion` returns a *new* plan for the caller to confirm and save.

Three modules (and a helper of the search), imports pointing one way:

* :mod:`medplanner.core.sedation_model` - the drowsiness model (each medicine's level over
  the day, the load, which day to model);
* :mod:`medplanner.core.sedation_search` - the search for better times (the rules it keeps
  are described there), with :mod:`medplanner.core.sedation_timetables` (one medicine's
  timetables under those rules);
* this module - the candidate: runs the search and draws both profiles
  (:func:`candidate_stagger`), and applies a suggestion to a new plan. The model's and
  the search's public names are re-exported here, as before the split.

The rule that a suggestion raises no warning or danger the plan does not already have
needs every plan check, so the suggestion itself (:func:`suggest_stagger`) lives with
them, in :mod:`medplanner.core.checks.stagger`: the checks import this module, never the
reverse (an import-linter contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from functools import lru_cache

from medplanner.core.clock import DEFAULT_BEDTIME, DEFAULT_WAKE
from medplanner.core.i18n import _
from medplanner.core.knowledge import STAGGER_WINDOW_MINUTES, KnowledgeBase, load_knowledge_base
from medplanner.core.model import DoseTime, Medication, Plan
from medplanner.core.record import Record, replace
from medplanner.core.sedation_day import (
    Pattern,
    _same_times,
    find_pattern,
    sedating_indices,
    sedation_profile,
)
from medplanner.core.sedation_model import (
    DAY_MINUTES,
    DEFAULT_WEIGHT,
    LONGEST_GAP_RULE,
    MIN_SPACING_MINUTES,
    MODEL_SOURCE,
    RENAL_HALF_LIFE,
    SLOT_MINUTES,
    STEP_MINUTES,
    SUGGEST_THRESHOLD,
    DrugCurve,
    PkModel,
    Regimen,
    RenalHalfLife,
    SedationProfile,
    _clock,
    _kernel,
    _minute,
    absorption_rate,
    curve,
    curve_of,
    minute_kernel,
    model_for,
    peak_of,
    profile_of,
    representative,
    waking_day,
)
from medplanner.core.sedation_search import (
    COARSE_BUDGET,
    PEAK_QUANTUM,
    SEARCH_BUDGET,
    _best_positions,
    _Search,
)


class SuggestionMismatch(ValueError):
    """The plan no longer has the times a suggestion was made for."""


# --------------------------------------------------------------------------- suggestion


class MedTimes(Record):
    """One medication's times now and as suggested, in waking-day order (dose ``i`` keeps
    its amount)."""

    med_index: int
    name: str
    current: tuple[time, ...]
    suggested: tuple[time, ...]

    @property
    def changed(self) -> bool:
        return sorted(self.current) != sorted(self.suggested)


class Suggestion(Record):
    """Times for the sedating medicines that lower the highest load while awake.

    General guidance, not a label rule: to discuss with the prescriber or pharmacist.
    """

    day: date
    meds: tuple[MedTimes, ...]
    current: SedationProfile
    suggested: SedationProfile
    window_minutes: int
    sources: tuple[str, ...]

    def __init__(
        self,
        day: date,
        meds: tuple[MedTimes, ...],
        current: SedationProfile,
        suggested: SedationProfile,
        window_minutes: int,
        sources: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(
            day=day,
            meds=meds,
            current=current,
            suggested=suggested,
            window_minutes=window_minutes,
            sources=sources,
        )

    @property
    def current_peak(self) -> float:
        return self.current.awake_peak[0]

    @property
    def suggested_peak(self) -> float:
        return self.suggested.awake_peak[0]

    @property
    def peak_reduction(self) -> float:
        """How much lower the highest load while awake is, as a share (0.31 = 31% lower)."""
        return 1 - self.suggested_peak / self.current_peak

    @property
    def worth_showing(self) -> bool:
        """True when the peak falls by :data:`SUGGEST_THRESHOLD` (20%) or more."""
        return self.peak_reduction >= SUGGEST_THRESHOLD.value

    def suggested_times(self) -> dict[str, list[str]]:
        """``{"gabapentin": ["07:00", "12:30", "20:30"], …}`` (names as in the plan)."""
        return {m.name: [_hhmm(t) for t in sorted(m.suggested)] for m in self.meds}

    def current_times(self) -> dict[str, list[str]]:
        return {m.name: [_hhmm(t) for t in sorted(m.current)] for m in self.meds}


def _hhmm(t: time) -> str:
    return t.strftime("%H:%M")


def apply_suggestion(plan: Plan, suggestion: Suggestion) -> Plan:
    """A NEW plan with the suggested times; ``plan`` is not changed and nothing is saved.

    Every step of a suggested medication that has exactly the times the suggestion was
    made for gets the new times, each dose keeping its amount (a titration that keeps its
    times moves as a whole); steps with other times stay as they are. Raises
    :class:`SuggestionMismatch` when the plan no longer has those times.
    """
    meds = list(plan.medications)
    for mt in suggestion.meds:
        if mt.med_index >= len(meds) or meds[mt.med_index].name != mt.name:
            raise SuggestionMismatch(
                _("{medication} is no longer where the suggestion found it").format(
                    medication=mt.name
                )
            )
        moved = _retime(meds[mt.med_index], mt)
        if moved is None:
            times = ", ".join(_hhmm(t) for t in sorted(mt.current))
            raise SuggestionMismatch(
                _("{medication} no longer has the times {times}").format(
                    medication=mt.name, times=times
                )
            )
        meds[mt.med_index] = moved
    return replace(plan, medications=tuple(meds))


def _retime(med: Medication, mt: MedTimes) -> Medication | None:
    mapping = dict(zip(mt.current, mt.suggested, strict=True))
    hits = _same_times(med, mt.current)
    if not hits:
        return None
    steps = list(med.steps)
    for k in hits:
        new = (DoseTime(mapping[t.at], t.dose) for t in steps[k].times)
        steps[k] = replace(steps[k], times=tuple(sorted(new, key=lambda t: _minute(t.at))))
    return replace(med, steps=tuple(steps))


def candidate_stagger(
    plan: Plan,
    kb: KnowledgeBase | None = None,
    day: date | None = None,
    *,
    weights: Mapping[str, float] | None = None,
) -> Suggestion | None:
    """The search's best timetable for the plan, before any plan check is run on it (the
    suggestion itself, with the rule that it raises no new warning, is
    :func:`medplanner.core.checks.stagger.suggest_stagger`). Cached per (plan, knowledge
    base, day, weights)."""
    kb = kb if kb is not None else load_knowledge_base()
    return _candidate(plan, kb, day, tuple(sorted((weights or {}).items())))


@lru_cache(maxsize=32)
def _candidate(
    plan: Plan, kb: KnowledgeBase, day: date | None, weights: tuple[tuple[str, float], ...]
) -> Suggestion | None:
    """The search's suggestion before the no-new-warning rule (cached)."""
    pattern = find_pattern(plan, kb, day, weights=dict(weights))
    if pattern is None or pattern.duplicate:
        return None
    own = plan.person.stagger_window_minutes
    window = max(own if own is not None else STAGGER_WINDOW_MINUTES.value, 0)
    best = _best_positions(plan, kb, pattern, window)
    if best is None:
        return None
    wake = pattern.wake_minute
    meds = []
    new_times: dict[int, tuple[DoseTime, ...]] = {}
    for r in pattern.regimens:
        positions = best[r.med_index]
        suggested = tuple(_clock(wake + p) for p in positions)
        meds.append(MedTimes(r.med_index, r.name, tuple(d.at for d in r.doses), suggested))
        new_times[r.med_index] = tuple(
            DoseTime(t, d.dose) for t, d in zip(suggested, r.doses, strict=True)
        )
    if not any(m.changed for m in meds):
        return None
    names = tuple(n for _index, n in pattern.unmodelled)
    current = profile_of(
        pattern.day, pattern.regimens, pattern.wake, pattern.bedtime, not_modelled=names
    )
    suggested_profile = profile_of(
        pattern.day,
        pattern.regimens,
        pattern.wake,
        pattern.bedtime,
        times=new_times,
        not_modelled=names,
    )
    if suggested_profile.awake_peak[0] >= current.awake_peak[0] - 1e-9:
        return None
    sources = tuple(dict.fromkeys(s for r in pattern.regimens for s in r.model.sources))
    return Suggestion(pattern.day, tuple(meds), current, suggested_profile, window, sources)


def clear_caches() -> None:
    """Forget every cached curve and suggestion (benchmarks: a cold start)."""
    _candidate.cache_clear()
    _kernel.cache_clear()
    minute_kernel.cache_clear()
    peak_of.cache_clear()
    curve_of.cache_clear()


__all__ = [
    "COARSE_BUDGET",
    "DAY_MINUTES",
    "DEFAULT_BEDTIME",
    "DEFAULT_WAKE",
    "DEFAULT_WEIGHT",
    "LONGEST_GAP_RULE",
    "MIN_SPACING_MINUTES",
    "MODEL_SOURCE",
    "PEAK_QUANTUM",
    "RENAL_HALF_LIFE",
    "SEARCH_BUDGET",
    "SLOT_MINUTES",
    "STEP_MINUTES",
    "SUGGEST_THRESHOLD",
    "DrugCurve",
    "MedTimes",
    "Pattern",
    "PkModel",
    "Regimen",
    "RenalHalfLife",
    "SedationProfile",
    "Suggestion",
    "SuggestionMismatch",
    "_Search",
    "_best_positions",
    "_kernel",
    "absorption_rate",
    "apply_suggestion",
    "candidate_stagger",
    "clear_caches",
    "curve",
    "find_pattern",
    "minute_kernel",
    "model_for",
    "peak_of",
    "profile_of",
    "representative",
    "sedating_indices",
    "sedation_profile",
    "waking_day",
]
