"""One medicine's timetables (core/sedation_timetables, issue 20): the ways the stagger
search goes through them give exactly the timetables of the rules, in the same order.

Checked against a plain statement of the rules (every increasing choice of positions,
filtered), on generated slot lists, numbers of doses, spacings and longest gaps.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medplanner.core.sedation_timetables import (
    MAX_TIMETABLES,
    TooManyTimetables,
    few,
    list_timetables,
    near_bits,
    runs,
)

DAY = 24 * 60


def by_the_rules(
    allowed: list[int], n: int, spacing: int, longest: int | None
) -> list[tuple[int, ...]]:
    """Every timetable, straight from the rules, in lexicographic order."""
    out = []
    for c in itertools.combinations(allowed, n):
        gaps = [b - a for a, b in itertools.pairwise(c)]
        if n > 1:
            gaps.append(DAY - (c[-1] - c[0]))  # the night's gap
        if all(g >= spacing for g in gaps) and (longest is None or all(g <= longest for g in gaps)):
            out.append(c)
    return out


positions = st.lists(st.integers(0, DAY - 1), max_size=24, unique=True).map(sorted)
doses = st.integers(1, 4)
spacings = st.sampled_from([1, 30, 60, 180, 240, 360])
longests = st.sampled_from([None, 480, 720, 900, 1440])


@settings(max_examples=300, deadline=None)
@given(positions, doses, spacings, longests)
def test_listing_and_runs_give_the_timetables_of_the_rules(
    allowed: list[int], n: int, spacing: int, longest: int | None
) -> None:
    expected = by_the_rules(allowed, n, spacing, longest)
    assert list_timetables(allowed, n, spacing, longest) == expected
    grown = [(*head, p) for head, lasts in runs(allowed, n, spacing, longest) for p in lasts]
    assert grown == expected
    assert all(lasts for _, lasts in runs(allowed, n, spacing, longest))


@settings(max_examples=200, deadline=None)
@given(positions, doses, spacings, longests, st.data())
def test_timetables_on_a_part_of_the_slots_are_those_using_only_that_part(
    slots: list[int], n: int, spacing: int, longest: int | None, data: st.DataObject
) -> None:
    """What the whole-hour pass relies on when it filters one listing by slot bits."""
    part = sorted(data.draw(st.sets(st.sampled_from(slots))) if slots else set())
    full = list_timetables(slots, n, spacing, longest)
    assert list_timetables(part, n, spacing, longest) == [c for c in full if set(c) <= set(part)]


@settings(max_examples=200, deadline=None)
@given(positions, doses, spacings, longests)
def test_few_is_an_upper_bound(slots: list[int], n: int, spacing: int, longest: int | None) -> None:
    if not few(slots, n, spacing):
        return
    assert len(by_the_rules(slots, n, spacing, longest)) <= MAX_TIMETABLES


def test_few_says_no_to_bunched_doses_and_the_listing_stops_at_the_bound() -> None:
    quarter_hours = list(range(0, 16 * 60, 15))  # 64 slots
    assert few(quarter_hours, 3, 240)
    assert not few(quarter_hours, 5, 30)
    with pytest.raises(TooManyTimetables):
        list_timetables(quarter_hours, 5, 30, None)


@settings(max_examples=300, deadline=None)
@given(positions, st.integers(0, DAY - 1), st.integers(1, DAY // 2))
def test_near_bits_are_the_slots_closer_than_the_window_round_the_clock(
    slots: list[int], q: int, window: int
) -> None:
    bits = near_bits(slots, q, window)
    for k, p in enumerate(slots):
        distance = min((p - q) % DAY, (q - p) % DAY)
        assert bool(bits >> k & 1) == (distance < window), (p, q, window)
    assert bits >> len(slots) == 0
