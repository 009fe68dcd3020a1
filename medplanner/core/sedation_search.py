"""The stagger search: the times that make the highest sedation load while awake lowest.

For the person's waking day (``wake`` to ``bedtime``; defaults :data:`DEFAULT_WAKE` and
:data:`DEFAULT_BEDTIME`) the search keeps each medicine's number of doses, the amount of
each dose (in time order) and the label's interval rules, and looks for times on
15-minute slots that make the highest load while awake as low as possible. Ties (peaks
within :data:`PEAK_QUANTUM`) go to the timetable with the most load at bedtime (the
strongest drowsiness toward the night), then to the one closest to the current times.
Constraints (all hard):

* doses between wake and bedtime (a current time outside stays allowed for its medicine);
* each medicine's doses at least :data:`MIN_SPACING_MINUTES` apart (or as close as they are
  now, if closer), so that staggering never turns into bunching a day's doses together;
* the label's longest gap (gabapentin three times a day: 12 hours, round the clock), and
  no gap longer than the medicine's longest gap now (:data:`LONGEST_GAP_RULE`: a twice-daily
  medicine stays about 12 hours apart);
* doses of two different sedating medicines at least the stagger window apart (the
  ``sedatives-same-time`` product rule), also against steps the suggestion leaves alone.

The search has two passes (:func:`_best_positions`, class ``_Search``). First every
combination of whole-hour timetables, by depth-first branch and bound (every dose adds a
level ≥ 0, so a partial load's peak bounds all its completions from below); then, from the
best few of those and from the current times, a descent on 15-minute slots that replaces
one medicine's timetable at a time by its best given the others, until nothing improves.
On the test plans it lands within 2% of the full 15-minute optimum (checked in
``tests/core/test_sedation.py``) in a fraction of the time. (:mod:`medplanner.core.sedation` then
checks the suggested plan with every plan check.)

Speed (issue 20). The search is the same, step for step, as before; only the arithmetic
is done once instead of many times, each value computed by the same expression so that
every float, every comparison and so every suggestion stays as it was
(``tests/core/test_stagger_equivalence.py`` compares with the old search). A candidate
is passed over only when its peak could not have been kept (a lower bound already
reaches the limit), so skipping it changes nothing:

* a dose's curve is slices of its drug's precomputed minute grid
  (:func:`~medplanner.core.sedation_model.minute_kernel`) instead of two ``exp`` per sample;
  a timetable's curve is built on the sum of its first doses, shared by the timetables
  that begin alike (the same additions, in the same order), and by both passes (the same
  samples);
* the descent's best answer for one medicine, given the others' timetables, is computed
  once per (medicine, others) and reused by every later round and starting point; it
  scores the medicine's current timetable first (a low limit from the start), then grows
  the others from the allowed slots in runs that differ in the last dose only
  (:func:`~medplanner.core.sedation_timetables.runs`), so that nothing is listed;
* a timetable (in either pass: a leaf, or a branch of the first) whose load already reaches
  the limit at one of a few remembered samples is passed over before its curve or its load
  is added up; the samples are where the best loads, and the loads last passed over,
  peaked; a load is only listed when it is kept;
* the first pass lists each medicine's timetables on all its slots once and keeps, for
  each combination above it, those with no dose on a slot it leaves out (bit masks);
* no first doses are grown that leave no room for the doses after them.

Bounded cost: when one medicine's doses are bunched (much less than 4 hours apart, so
that the spacing it keeps is small), the timetables of that medicine number in the
hundreds of thousands and listing them took seconds to minutes (benchmarks/README.md).
A medicine with more than :data:`MAX_TIMETABLES` timetables has them listed on a coarser
grid (whole hours, then every 2, 4, … hours), always with its current times: a suggestion
is advice, and ``check`` (and the editor's live checks, which run on every edit) must
always answer promptly, with times at least as good as the current ones (the lead's
decision, issue 20; the bound counts timetables, never the clock, so the answer is the
same on every machine). Every plan whose doses are at least 3 hours apart stays far below
the bound, with the same suggestions as before.

This module stays whole (over 400 lines): the search is one stateful algorithm
(:class:`_Search`) whose slot tables, pruning bounds and scoring share one set of
invariants, checked against a frozen copy in ``tests/core/stagger_reference.py``; spread
over several files it would be harder to check, not easier. Only the rules of one
medicine's timetables, which know nothing of loads, live apart
(:mod:`medplanner.core.sedation_timetables`).
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, time, timedelta

from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import Medication, Plan
from medplanner.core.sedation_day import (
    Pattern,
    _same_times,
    sedating_indices,
)
from medplanner.core.sedation_model import (
    DAY_MINUTES,
    GRID_CLASSES,
    MIN_SPACING_MINUTES,
    SLOT_MINUTES,
    Regimen,
    _awake,
    _minute,
    _span,
    minute_kernel,
    peak_of,
)
from medplanner.core.sedation_timetables import (
    MAX_TIMETABLES,
    TooManyTimetables,
    few,
    list_timetables,
    near_bits,
    runs,
)

__all__ = [  # with the bound on timetables (sedation_timetables), as before they moved there
    "COARSE_BUDGET",
    "MAX_TIMETABLES",
    "PEAK_QUANTUM",
    "SEARCH_BUDGET",
    "TooManyTimetables",
    "_Search",
    "_best_positions",
]

#: Peaks closer than this (in units of one drug's peak) count as equal in the search.
PEAK_QUANTUM = 0.01
#: A search stops after this many timetables were scored, with the best found so far.
SEARCH_BUDGET = 60_000
#: The same for the first (whole-hour) pass, which only picks starting points.
COARSE_BUDGET = 20_000


def _step_span(med: Medication, k: int) -> tuple[date, date] | None:
    """First and last day step ``k`` of ``med`` is in force (open end: date.max)."""
    if med.start is None:
        return None
    first = max(med.steps[k].start, med.start)
    last = med.stop or date.max
    if k + 1 < len(med.steps) and med.steps[k + 1].start > date.min:
        last = min(last, med.steps[k + 1].start - timedelta(days=1))
    return (first, last) if first <= last else None


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


class _Search:
    """Timetables for every regimen, scored on a grid of the waking day.

    A timetable is a tuple of positions, one per dose in waking order, each in minutes after
    wake, on clock-aligned ``slot``-minute steps plus wake and bedtime themselves (a
    regimen's own current times are always allowed too). The load is scored every
    ``sample`` minutes from wake to bedtime. Regimens with the most doses come first. Two
    ways to search:

    * :meth:`exhaustive` - depth-first branch and bound over every combination. Every dose
      adds a level ≥ 0, so the peak of a partial load (some regimens placed) bounds every
      completion from below, and a branch already worse than the best found is cut.
    * :meth:`descend` - from a starting timetable, replace one regimen at a time by its best
      timetable given the others (over all of its timetables), until nothing improves.

    Timetables are ranked by :meth:`_key`: the peak in bins of :data:`PEAK_QUANTUM`, then
    the most load at bedtime, then the fewest minutes moved, then the earliest times.

    ``like``: another search of the same pattern whose curves this one shares when their
    samples are the same (a dose's curve does not depend on the slots).
    """

    def __init__(
        self,
        plan: Plan,
        kb: KnowledgeBase,
        pattern: Pattern,
        window: int,
        *,
        slot: int = SLOT_MINUTES,
        sample: int = SLOT_MINUTES,
        like: _Search | None = None,
    ) -> None:
        self.pattern = pattern
        self.window = window
        self.slot = slot
        self.sample = sample
        self.wake = pattern.wake_minute
        self.span = _span(pattern.wake, pattern.bedtime)
        self.order = sorted(pattern.regimens, key=lambda r: (-len(r.doses), r.med_index))
        self.samples = sorted(
            (m for m in range(0, DAY_MINUTES, sample) if _awake(m, self.wake, self.span)),
            key=lambda m: (m - self.wake) % DAY_MINUTES,
        )
        #: The samples are every ``sample`` minutes round the clock from the first.
        self._stride = DAY_MINUTES % sample == 0 and all(
            (b - a) % DAY_MINUTES == sample for a, b in itertools.pairwise(self.samples)
        )
        sedating = sedating_indices(plan, kb)
        self.current = tuple(self._positions(r) for r in self.order)
        self.slots = [self._slots(r) for r in self.order]
        self.spacing = [self._spacing(r) for r in self.order]
        self.longest = [self._longest(r) for r in self.order]
        self.obstacles = [self._obstacles(plan, sedating, r) for r in self.order]
        self.scale = [peak_of(r.model, r.doses) for r in self.order]
        self._parts: dict[tuple[int, int, float], list[float]] = {}
        self._amounts = [[float(d.dose.mg) for d in r.doses] for r in self.order]
        #: Each regimen's unit-dose level, tau = 0 … 1439 minutes after the dose.
        self._grid = [minute_kernel(r.model) for r in self.order]
        self._allowed_seen: dict[tuple[int, tuple[tuple[int, ...], ...]], list[int]] = {}
        #: The descent's best timetable for a level given the others' (None: none fits).
        self._answers: dict[tuple[int, tuple[tuple[int, ...], ...]], tuple[int, ...] | None] = {}
        #: Samples where earlier best loads, or loads passed over, peaked (cheap lower
        #: bounds, checked first; either pass).
        self._hots: list[int] = []
        self._curves: dict[tuple[int, tuple[int, ...]], list[float]] = {}
        if like is not None and like.pattern is pattern and like.samples == self.samples:
            # the same doses scored on the same samples: the same curves (and parts)
            self._parts, self._curves = like._parts, like._curves
        #: Bits (one per slot) of the slots closer than the window to a position.
        self._nears: dict[tuple[int, int], int] = {}
        #: Every timetable on the level's slots with its slots' bits, by the bit of its
        #: first slot (None: more than :data:`MAX_TIMETABLES`); see :meth:`_curved`.
        self._full: dict[int, list[tuple[int, list[tuple[tuple[int, ...], int]]]] | None] = {}
        #: Whether a level's timetables on any of its slots are few enough to be grown
        #: without the bound of :meth:`_make_timetables` (:meth:`_groups`).
        self._fews: dict[int, bool] = {}
        self.best: _Key | None = None
        #: The best few leaves seen (starting points for a finer search).
        self.leaves: list[_Key] = []
        self.budget = SEARCH_BUDGET

    def times(self, chosen: tuple[tuple[int, ...], ...]) -> dict[int, tuple[int, ...]]:
        """Positions by med index."""
        return {r.med_index: c for r, c in zip(self.order, chosen, strict=True)}

    # -- positions and rules ------------------------------------------------------------

    def _pos(self, t: time) -> int:
        return (_minute(t) - self.wake) % DAY_MINUTES

    def _positions(self, r: Regimen) -> tuple[int, ...]:
        return tuple(self._pos(d.at) for d in r.doses)  # doses are in waking order

    def _slots(self, r: Regimen) -> list[int]:
        first = (-self.wake) % self.slot
        grid = set(range(first, self.span + 1, self.slot)) | {0, self.span}
        return sorted(grid | set(self._positions(r)))

    def _spacing(self, r: Regimen) -> int:
        pos = self._positions(r)
        if len(pos) < 2:
            return 1
        gaps = [b - a for a, b in itertools.pairwise(pos)]
        gaps.append(DAY_MINUTES - (pos[-1] - pos[0]))
        return max(min(MIN_SPACING_MINUTES.value, *gaps), 1)

    def _longest(self, r: Regimen) -> int | None:
        """The longest gap a timetable may have: the label's, and no longer than now."""
        pos = self._positions(r)
        if len(pos) < 2:
            return r.max_gap_minutes
        gaps = [b - a for a, b in itertools.pairwise(pos)]
        gaps.append(DAY_MINUTES - (pos[-1] - pos[0]))
        now = max(gaps)
        return now if r.max_gap_minutes is None else min(now, r.max_gap_minutes)

    def _obstacles(self, plan: Plan, sedating: list[int], r: Regimen) -> list[int]:
        """Positions of the other sedating steps the suggestion leaves as they are, in force
        on some day when a step of ``r`` that it moves is."""
        med = plan.medications[r.med_index]
        moved = [_step_span(med, k) for k in _same_times(med, (d.at for d in r.doses))]
        moving = {x.med_index: x for x in self.pattern.regimens}
        out: set[int] = set()
        for i in sedating:
            if i == r.med_index:
                continue
            other = plan.medications[i]
            keep = set(range(len(other.steps)))
            if i in moving:
                keep -= set(_same_times(other, (d.at for d in moving[i].doses)))
            for k in sorted(keep):
                span = _step_span(other, k)
                if span is not None and any(m is not None and _overlap(span, m) for m in moved):
                    out.update(self._pos(t.at) for t in other.steps[k].times)
        return sorted(out)

    def _allowed(self, level: int, others: Iterable[tuple[int, ...]]) -> list[int]:
        """The regimen's slots at least the window away from every dose in ``others`` and
        from its obstacles, round the clock (cached; never change the list returned)."""
        key = (level, tuple(others))
        found = self._allowed_seen.get(key)
        if found is None:
            found = self._allowed_seen[key] = self._make_allowed(level, key[1])
        return found

    def _make_allowed(self, level: int, others: Iterable[tuple[int, ...]]) -> list[int]:
        slots = self.slots[level]
        blocked = self._blocked(level, others)
        if not blocked:
            return slots
        return [p for k, p in enumerate(slots) if not blocked >> k & 1]

    def _blocked(self, level: int, others: Iterable[tuple[int, ...]]) -> int:
        """Bits (bit ``k``: slot ``k``) of the slots :meth:`_allowed` leaves out."""
        w = self.window
        if w <= 0:
            return 0
        if w > DAY_MINUTES // 2:
            return (1 << len(self.slots[level])) - 1
        blocked = 0
        for q in [p for c in others for p in c] + self.obstacles[level]:
            near = self._nears.get((level, q))
            if near is None:
                near = self._nears[level, q] = near_bits(self.slots[level], q, w)
            blocked |= near
        return blocked

    def _curved(
        self, level: int, others: tuple[tuple[int, ...], ...]
    ) -> list[tuple[tuple[int, ...], list[float]]]:
        """Every timetable on ``self._allowed(level, others)`` with its whole curve, the
        same and in the same order as :meth:`_make_timetables` lists them: for the
        whole-hour pass, which goes through nearly every one anyway.

        The timetables on all the level's slots are listed once; those on an allowed part
        of the slots are the ones with no dose on a slot left out (the rules bind each dose
        to the one before it, never to the slots between), in the same order.
        """
        if level not in self._full:
            try:
                listed = self._list_timetables(level, self.slots[level])
            except TooManyTimetables:
                self._full[level] = None
            else:
                bit = {p: 1 << k for k, p in enumerate(self.slots[level])}
                by_first: dict[int, list[tuple[tuple[int, ...], int]]] = {}
                for c in listed:  # in order, so the groups are too
                    by_first.setdefault(bit[c[0]], []).append((c, sum(map(bit.__getitem__, c))))
                self._full[level] = list(by_first.items())
        full = self._full[level]
        if full is None:
            allowed = self._allowed(level, others)
            return [(c, self._curve(level, c)) for c in self._make_timetables(level, allowed)]
        blocked = self._blocked(level, others)
        curves = self._curves
        return [
            (c, curves.get((level, c)) or self._curve(level, c))
            for first, group in full
            if not first & blocked
            for c, bits in group
            if not bits & blocked
        ]

    def _make_timetables(self, level: int, allowed: list[int]) -> list[tuple[int, ...]]:
        """In lexicographic order: increasing positions from ``allowed``, each at least the
        spacing and at most the longest gap after the one before, and the night's gap
        (last dose to the first, round the clock) within the same bounds.

        At most :data:`MAX_TIMETABLES`: when there would be more (bunched doses), the same
        list on a coarser grid - ``allowed`` thinned to whole hours, then every 2, 4, …
        hours, always keeping the regimen's current positions, so that its current
        timetable stays among them and the search can only keep or better it.
        """
        step = COARSE_SLOT_MINUTES
        positions = allowed
        while True:
            try:
                return self._list_timetables(level, positions)
            except TooManyTimetables:
                keep = set(self.current[level])
                positions = [p for p in allowed if (self.wake + p) % step == 0 or p in keep]
                step *= 2

    def _list_timetables(self, level: int, allowed: list[int]) -> list[tuple[int, ...]]:
        """:meth:`_make_timetables` on exactly ``allowed``; :class:`TooManyTimetables` past
        :data:`MAX_TIMETABLES`."""
        n = len(self.order[level].doses)
        return list_timetables(allowed, n, self.spacing[level], self.longest[level])

    def _feasible(self, chosen: Sequence[tuple[int, ...]]) -> bool:
        for level, cand in enumerate(chosen):
            others = [c for k, c in enumerate(chosen) if k != level]
            allowed = set(self._allowed(level, others))
            if not all(p in allowed for p in cand):
                return False
            if cand not in self._make_timetables(level, sorted(set(cand))):
                return False
        return True

    # -- scoring ------------------------------------------------------------------------

    def _curve(self, level: int, cand: tuple[int, ...]) -> list[float]:
        """The timetable's load at every sample (weighted, relative), cached.

        Dose by dose in waking order; a shorter ``cand`` is the sum of the first doses, and
        each sum is kept, so timetables that begin alike share the work (the additions are
        the same, in the same order).
        """
        key = (level, cand)
        found = self._curves.get(key)
        if found is not None:
            return found
        k = len(cand)
        part = self._part(level, cand[-1], self._amounts[level][k - 1])
        acc = part if k == 1 else list(map(operator.add, self._curve(level, cand[:-1]), part))
        self._curves[key] = acc
        return acc

    def _part(self, level: int, pos: int, amount: float) -> list[float]:
        key = (level, pos, amount)
        part = self._parts.get(key)
        if part is None:
            r = self.order[level]
            k = amount * r.weight / self.scale[level]
            at = (self.wake + pos) % DAY_MINUTES
            # = r.model.dose_curve(at, samples), value for value; the samples are all on one
            # residue class (mod 5) when they are 5, 15, … minutes apart
            one_class = bool(self.samples) and self.sample % GRID_CLASSES == 0
            grid = self._grid[level].ready(self.samples[0] - at if one_class else None)
            if self._stride:  # tau = (samples[0] - at) % DAY + i * sample, round the clock
                first = (self.samples[0] - at) % DAY_MINUTES
                taus = grid[first :: self.sample] + grid[first % self.sample :: self.sample]
                part = [k * v for v in taus[: len(self.samples)]]
            else:
                part = [k * grid[(s - at) % DAY_MINUTES] for s in self.samples]
            self._parts[key] = part
        return part

    def _bin(self, value: float) -> int:
        return math.floor(value / PEAK_QUANTUM + 1e-9)

    def _key(self, peak: float, bed: float, chosen: tuple[tuple[int, ...], ...]) -> _Key:
        moved = sum(
            abs(a - b)
            for c, cur in zip(chosen, self.current, strict=True)
            for a, b in zip(c, cur, strict=True)
        )
        return (self._bin(peak), -round(bed, 2), moved, chosen)

    def score(self, chosen: tuple[tuple[int, ...], ...]) -> _Key:
        load = [0.0] * len(self.samples)
        for level, cand in enumerate(chosen):
            load = list(map(operator.add, load, self._curve(level, cand)))
        return self._key(max(load), load[-1], chosen)

    # -- exhaustive ---------------------------------------------------------------------

    def exhaustive(self) -> _Key | None:
        """The best combination (or the best found within :data:`SEARCH_BUDGET`)."""
        self.best = None
        self._walk(0, [0.0] * len(self.samples), ())
        return self.best

    def _walk(self, level: int, partial: list[float], chosen: tuple[tuple[int, ...], ...]) -> None:
        last = level == len(self.order) - 1
        scored: list[tuple[int, tuple[int, ...], list[float]]] = []
        hots = self._hots
        add_ = operator.add
        for cand, add in self._curved(level, chosen):
            if self.budget <= 0:
                break
            self.budget -= 1
            peak: float | None = None
            if self.best is not None:
                # a leaf is kept within LEAF_SLACK bins of the best, a branch within none:
                # passed over when its load (partial + add) reaches the limit somewhere
                limit = (self.best[0] + (LEAF_SLACK if last else 0) + 1) * PEAK_QUANTUM
                if any(partial[h] + add[h] >= limit for h in hots):
                    continue  # a quick lower bound already says no
                peak = max(map(add_, partial, add))
                if peak >= limit:
                    self._heat(list(map(add_, partial, add)).index(peak))
                    continue
            if last:
                # the load's peak, last value and (for a new best) where it peaks, each the
                # same float as from the whole list
                if peak is None:
                    peak = max(map(add_, partial, add))
                if self.best is None or self._bin(peak) <= self.best[0] + LEAF_SLACK:
                    key = self._key(peak, partial[-1] + add[-1], (*chosen, cand))
                    if self.best is None or key < self.best:
                        self._heat(list(map(add_, partial, add)).index(peak))
                    self._keep(key)
                continue
            # level 0 adds to zeros: 0.0 + x is x (a zero's sign aside, never compared)
            load = add if level == 0 else list(map(add_, partial, add))
            peak_bin = self._bin(max(load) if peak is None else peak)
            if self.best is None or peak_bin <= self.best[0]:
                scored.append((peak_bin, cand, load))
        scored.sort(key=lambda s: s[0])
        for peak_bin, cand, load in scored:
            if self.best is not None and peak_bin > self.best[0]:
                break
            self._walk(level + 1, load, (*chosen, cand))

    def _keep(self, key: _Key) -> None:
        if self.best is None or key < self.best:
            self.best = key
        self.leaves.append(key)
        if len(self.leaves) > 4 * LEAVES_KEPT:
            self.leaves = sorted(self.leaves)[:LEAVES_KEPT]

    def top(self) -> list[_Key]:
        """The best leaves seen by :meth:`exhaustive`, best first."""
        return sorted(self.leaves)[:LEAVES_KEPT]

    # -- descent ------------------------------------------------------------------------

    def descend(self, start: Sequence[tuple[int, ...]]) -> _Key | None:
        """A local optimum from ``start`` (positions may be off this search's slots)."""
        chosen = list(start)
        n = len(chosen)
        for _ in range(8 * n):
            changed = False
            for level in range(n):
                answer = self._answer(level, chosen)
                if answer is not None and answer != chosen[level]:
                    chosen[level] = answer
                    changed = True
            if not changed:
                break
        final = tuple(chosen)
        return self.score(final) if self._feasible(final) else None

    def _answer(self, level: int, chosen: Sequence[tuple[int, ...]]) -> tuple[int, ...] | None:
        """The level's best timetable given the others in ``chosen`` (None: none fits).

        Depends on the others only (the load they add, the slots they leave, and the
        ranking, whose other parts are the same for every candidate), so it is kept. It is
        the lowest :meth:`_key` of the level's timetables: one whose load reaches the limit
        somewhere is passed over (its peak would too, so it could not be the lowest), first
        at a few samples where earlier best loads peaked, before its curve is added up.
        """
        others = tuple(c for k, c in enumerate(chosen) if k != level)
        key = (level, others)
        if key in self._answers:
            return self._answers[key]
        n = len(chosen)
        rest = [0.0] * len(self.samples)
        for k in range(n):
            if k != level:
                rest = list(map(operator.add, rest, self._curve(k, chosen[k])))
        best: _Key | None = None
        limit = math.inf  # a peak at or above this cannot be (or tie with) the best
        hots = self._hots
        add = operator.add
        curves = self._curves
        amount = self._amounts[level][-1]

        parts = self._parts
        allowed = self._allowed(level, others)
        groups: Iterable[tuple[tuple[int, ...], list[float] | None, list[int]]]
        groups = self._groups(level, allowed)
        now = chosen[level]
        if (
            self._few(level)
            and set(now) <= set(allowed)
            and now in self._make_timetables(level, sorted(set(now)))
        ):  # one of them: scored first too, so that the limit is low from the start
            head = (now[:-1], self._curve(level, now[:-1]) if len(now) > 1 else None, [now[-1]])
            groups = itertools.chain([head], groups)
        for prefix, pre, lasts in groups:
            for p in lasts:
                part = parts.get((level, p, amount)) or self._part(level, p, amount)
                # The load at h is rest[h] + curve[h], curve[h] = pre[h] + part[h] (the
                # same additions as _curve): passed over when it reaches the limit.
                for h in hots:
                    if rest[h] + (part[h] if pre is None else pre[h] + part[h]) >= limit:
                        break
                else:
                    cand = (*prefix, p)
                    curve = curves.get((level, cand))
                    if curve is None:  # = self._curve(level, cand)
                        curve = part if pre is None else list(map(add, pre, part))
                        curves[level, cand] = curve
                    peak = max(map(add, rest, curve))
                    if peak >= limit:
                        self._heat(list(map(add, rest, curve)).index(peak))
                        continue
                    trial = (*chosen[:level], cand, *chosen[level + 1 :])
                    found = self._key(peak, rest[-1] + curve[-1], trial)
                    if best is None or found < best:
                        best = found
                        limit = (found[0] + 1) * PEAK_QUANTUM
                        self._heat(list(map(add, rest, curve)).index(peak))
        answer = None if best is None else best[3][level]
        self._answers[key] = answer
        return answer

    def _heat(self, hot: int) -> None:
        """Remember a sample where a best load, or one passed over, peaked (checked first)."""
        hots = self._hots
        if hot not in hots:
            hots.insert(0, hot)
            del hots[HOTS_KEPT:]

    def _groups(
        self, level: int, allowed: list[int]
    ) -> Iterator[tuple[tuple[int, ...], list[float] | None, list[int]]]:
        """The level's timetables on ``allowed`` (the same and in the same order as
        :meth:`_make_timetables`), each run of those that differ in their last dose only as
        (their first doses, the curve of those or None, the last dose's positions): grown by
        :func:`~medplanner.core.sedation_timetables.runs` when the level's slots allow few
        enough (:meth:`_few`), so that none is listed; else from :meth:`_make_timetables`.
        """
        n = len(self._amounts[level])
        if self._few(level):
            found = runs(allowed, n, self.spacing[level], self.longest[level])
        else:
            found = ((c[:-1], [c[-1]]) for c in self._make_timetables(level, allowed))
        for head, lasts in found:
            yield head, self._curve(level, head) if head else None, lasts

    def _few(self, level: int) -> bool:
        """Whether the level's slots allow at most :data:`MAX_TIMETABLES` timetables (so
        does any part of them: :meth:`_make_timetables` lists them as they are; cached)."""
        found = self._fews.get(level)
        if found is None:
            n = len(self._amounts[level])
            found = self._fews[level] = few(self.slots[level], n, self.spacing[level])
        return found


_Key = tuple[int, float, int, tuple[tuple[int, ...], ...]]


#: How many samples where a best load peaked are tried first as lower bounds.
HOTS_KEPT = 4
#: The first pass tries every combination of whole hours; the second refines to 15 minutes.
COARSE_SLOT_MINUTES = 60
#: How many of the first pass's best combinations the second pass starts from.
LEAVES_KEPT = 4
#: Leaves this many peak bins worse than the best so far are still kept as starting points.
LEAF_SLACK = 3


def _best_positions(
    plan: Plan, kb: KnowledgeBase, pattern: Pattern, window: int
) -> dict[int, tuple[int, ...]] | None:
    """Every combination on whole hours (exhaustive), then a descent on 15-minute slots
    from the best few of those and from the current times; the best result."""
    try:
        coarse = _Search(plan, kb, pattern, window, slot=COARSE_SLOT_MINUTES)
        coarse.budget = COARSE_BUDGET
        fine = _Search(plan, kb, pattern, window, like=coarse)
        coarse.exhaustive()
        starts = [fine.current, *(k[3] for k in coarse.top())]
        found = [k for k in (fine.descend(s) for s in starts) if k is not None]
    except TooManyTimetables:
        return None
    if not found:
        return None
    return fine.times(min(found)[3])
