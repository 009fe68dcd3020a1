"""The stagger search is bounded: bunched doses never make ``check`` wait long.

Five baclofen doses 30 minutes apart allow hundreds of thousands of timetables; listing
them all took minutes (the editor re-checks on every edit). Past ``MAX_TIMETABLES`` for
one medicine the search lists that medicine's timetables on a coarser grid (whole hours,
then 2, 4, … hours), always keeping its current times: a deterministic bound on the work,
never a clock. A suggestion is then at least as good as the current times (the lead's
decision, issue 20), and every other finding is reported as before.
"""

from __future__ import annotations

import pytest

from medplanner.core import sedation_search
from medplanner.core.checks import run_checks
from medplanner.core.checks.stagger import suggest_stagger

BUNCHED = """
[[medications]]
name = "baclofen"
start = 2027-01-04
continuing = true
dose = "5 mg"
times = ["08:00", "08:30", "09:00", "09:30", "10:00"]
[[medications]]
name = "gabapentin"
start = 2027-01-04
continuing = true
dose = "300 mg"
times = ["08:00", "09:00", "10:00", "11:00"]
"""


def test_bunched_doses_list_at_most_the_bound_and_suggest_no_worse_times(
    plan_from, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    listed: list[int] = []
    real = sedation_search._Search._make_timetables

    def counting(self, level, allowed):  # type: ignore[no-untyped-def]
        out = real(self, level, allowed)
        listed.append(len(out))
        return out

    monkeypatch.setattr(sedation_search._Search, "_make_timetables", counting)
    plan = plan_from(BUNCHED)
    found = suggest_stagger(plan)
    assert all(n <= sedation_search.MAX_TIMETABLES for n in listed)
    assert found is not None  # within the bound, and better than the current times
    assert found.suggested_peak < found.current_peak
    codes = {f.code for f in run_checks(plan)}
    assert "sedatives-same-time" in codes  # the plan's real problems are still reported


def test_the_bound_is_far_above_spaced_plans(plan_from) -> None:  # type: ignore[no-untyped-def]
    spaced = BUNCHED.replace(
        '"08:00", "08:30", "09:00", "09:30", "10:00"', '"07:00", "11:00", "15:00", "19:00"'
    ).replace('"08:00", "09:00", "10:00", "11:00"', '"08:00", "14:00", "20:00"')
    assert suggest_stagger(plan_from(spaced)) is not None


def test_the_seed_plans_search_lists_each_medicines_timetables_once(
    demo_plan, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A deterministic guard on the work (issue 20), never a clock: the whole-hour pass lists
    each medicine's timetables on all its slots once, and the 15-minute descent grows its
    timetables from the allowed slots without listing them (only its few feasibility checks
    list the timetables on a result's own positions)."""
    from medplanner.core import sedation

    listed: list[tuple[int, int]] = []
    real = sedation_search._Search._list_timetables

    def counting(self, level, allowed):  # type: ignore[no-untyped-def]
        out = real(self, level, allowed)
        listed.append((self.slot, len(allowed)))
        return out

    monkeypatch.setattr(sedation_search._Search, "_list_timetables", counting)
    sedation.clear_caches()
    assert sedation.candidate_stagger(demo_plan) is not None
    whole = [n for slot, n in listed if n > 3]  # more positions than a timetable's doses
    assert len(whole) == 2 and all(slot == 60 for slot, n in listed if n > 3)
