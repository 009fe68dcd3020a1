"""Notice when the wall clock stopped meaning what the scheduler thinks it means.

A scheduler sleeps on a monotonic timer computed from the wall clock. Three things break
that silently: the computer sleeps (the monotonic clock stops, the wall clock does not),
someone sets the clock, or the machine's zone changes. Comparing how far the wall clock
and the monotonic clock moved since the last look tells the first two apart from normal
running; the zone is compared by name. Both clocks are injected so tests travel freely.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

Change = Literal["jump-forward", "jump-backward", "zone"]

#: Wall and monotonic time read together drift by microseconds; NTP slews by at most
#: 0.5 ms/s. Anything beyond this is a step of the clock or a sleep.
DEFAULT_TOLERANCE = timedelta(seconds=10)


@dataclass
class ClockWatch:
    """Remembers one (wall, monotonic, zone) reading and compares the next one to it."""

    clock: Callable[[], datetime]
    monotonic: Callable[[], float]
    zone_name: Callable[[], str]
    tolerance: timedelta = DEFAULT_TOLERANCE

    def __post_init__(self) -> None:
        self._wall = self.clock()
        self._mono = self.monotonic()
        self._zone = self.zone_name()

    def reset(self) -> None:
        """Take the current reading as the new reference (after a rebuild)."""
        self._wall = self.clock()
        self._mono = self.monotonic()
        self._zone = self.zone_name()

    def check(self) -> Change | None:
        """What changed since the last reading (None: nothing); always takes a new reading."""
        wall, mono, zone = self.clock(), self.monotonic(), self.zone_name()
        drift = (wall - self._wall) - timedelta(seconds=mono - self._mono)
        old_zone = self._zone
        self._wall, self._mono, self._zone = wall, mono, zone
        if drift > self.tolerance:
            return "jump-forward"  # also: woke from sleep
        if drift < -self.tolerance:
            return "jump-backward"
        if zone != old_zone:
            return "zone"
        return None
