"""One medicine's timetables for the stagger search (:mod:`medplanner.core.sedation_search`).

A timetable is a tuple of positions, one per dose in waking order, each in minutes after
wake: increasing, each at least ``spacing`` and at most ``longest`` (None: no limit) after
the one before, and the night's gap (the last dose to the first, round the clock) within
the same bounds. The positions come from a sorted list (``allowed``). The rules bind each
dose to the one before it (and the last to the first), never to the positions between:
so the timetables on a part of the positions are those on all of them that use only that
part, in the same (lexicographic) order.

Nothing here scores a timetable; the search does. Both ways of going through them below
(:func:`list_timetables`, :func:`runs`) give the same timetables in the same order.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator

from medplanner.core.sedation_model import DAY_MINUTES

#: More timetables than this for one medicine: listed on a coarser grid (the search's
#: module docstring, "Bounded cost").
MAX_TIMETABLES = 20_000


class TooManyTimetables(Exception):
    """One medicine's doses allow more timetables than the search lists."""


def _next(
    allowed: list[int], n: int, spacing: int, longest: int | None, prefix: tuple[int, ...]
) -> list[int]:
    """The positions the dose after ``prefix`` may take. A dose that leaves no room for the
    doses after it (each a spacing later, up to the last position) is left out: nothing
    follows it, so no timetable is lost."""
    last = prefix[-1]
    lo: float = last + spacing
    hi: float = math.inf if longest is None else last + longest
    if len(prefix) + 1 == n:  # the night's gap: DAY - (p - first), both bounds
        lo = max(lo, -math.inf if longest is None else prefix[0] + DAY_MINUTES - longest)
        hi = min(hi, prefix[0] + DAY_MINUTES - spacing)
    else:
        hi = min(hi, allowed[-1] - (n - 1 - len(prefix)) * spacing)
    return allowed[bisect.bisect_left(allowed, lo) : bisect.bisect_right(allowed, hi)]


def _firsts(allowed: list[int], n: int, spacing: int) -> list[int]:
    """The first dose's positions that leave room for the others (see :func:`_next`)."""
    if not allowed:
        return []
    return allowed[: bisect.bisect_right(allowed, allowed[-1] - (n - 1) * spacing)]


def list_timetables(
    allowed: list[int], n: int, spacing: int, longest: int | None
) -> list[tuple[int, ...]]:
    """Every timetable of ``n`` doses on ``allowed``, in lexicographic order;
    :class:`TooManyTimetables` past :data:`MAX_TIMETABLES`."""
    if n == 1:
        return [(p,) for p in allowed]
    out: list[tuple[int, ...]] = []

    def extend(prefix: tuple[int, ...]) -> None:
        following = _next(allowed, n, spacing, longest, prefix)
        if len(prefix) + 1 == n:
            out.extend([(*prefix, p) for p in following])
            if len(out) > MAX_TIMETABLES:
                raise TooManyTimetables
            return
        for p in following:
            extend((*prefix, p))

    for p in _firsts(allowed, n, spacing):
        extend((p,))
    return out


def runs(
    allowed: list[int], n: int, spacing: int, longest: int | None
) -> Iterator[tuple[tuple[int, ...], list[int]]]:
    """The timetables of :func:`list_timetables` (without its bound), each run of those that
    differ in the last dose only as (the first ``n - 1`` doses, the last dose's positions):
    none is built."""
    if n == 1:
        if allowed:
            yield (), allowed
        return
    heads: list[tuple[int, ...]] = [(p,) for p in _firsts(allowed, n, spacing)]
    for _ in range(n - 2):  # lexicographic, as list_timetables grows them
        heads = [(*h, p) for h in heads for p in _next(allowed, n, spacing, longest, h)]
    for h in heads:
        lasts = _next(allowed, n, spacing, longest, h)
        if lasts:
            yield h, lasts


def few(slots: list[int], n: int, spacing: int) -> bool:
    """Whether ``slots`` allow at most :data:`MAX_TIMETABLES` timetables of ``n`` doses (so
    does any part of them): an upper bound, counting increasing positions at least the
    spacing apart."""
    ways = [1] * len(slots)  # timetables of one dose from slot k on
    for _ in range(n - 1):
        after = [0] * (len(slots) + 1)
        for k in range(len(slots) - 1, -1, -1):
            after[k] = after[k + 1] + ways[k]
        ways = [after[bisect.bisect_left(slots, p + spacing)] for p in slots]
    return sum(ways) <= MAX_TIMETABLES


def near_bits(slots: list[int], q: int, window: int) -> int:
    """Bits (bit ``k``: ``slots[k]``) of the slots closer than ``window`` minutes to
    position ``q``, round the clock (whole minutes)."""
    lo, hi = q - window + 1, q + window - 1
    pieces = [(lo, hi)]
    if lo < 0:
        pieces = [(0, hi), (lo + DAY_MINUTES, DAY_MINUTES - 1)]
    elif hi >= DAY_MINUTES:
        pieces = [(lo, DAY_MINUTES - 1), (0, hi - DAY_MINUTES)]
    bits = 0
    for a, b in pieces:
        for k in range(bisect.bisect_left(slots, a), bisect.bisect_right(slots, b)):
            bits |= 1 << k
    return bits
