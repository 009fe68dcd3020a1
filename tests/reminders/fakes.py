"""Test doubles for the reminders: clocks that move only when told, and a scheduler whose
due jobs run only when the test says, at the instant it says.

``ManualScheduler`` is APScheduler's own ``BaseScheduler`` with a synchronous executor:
``run_until(t)`` runs APScheduler's real job processing (due jobs, misfire grace, missed-
job events) with the wall clock travelled to ``t`` by time-machine. Nothing sleeps.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import time_machine
from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from medplanner.core.plan import loads
from medplanner.reminders.due import Batch
from medplanner.reminders.engine import JOBSTORE, REFILL_JOB, ReminderEngine
from medplanner.service import Service


class FakeClock:
    """The wall clock, as the test sets it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FakeMonotonic:
    """A monotonic clock in seconds; it stands still while the 'computer sleeps'."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


class ManualScheduler(BaseScheduler):  # type: ignore[misc]
    """A scheduler that processes its jobs only in :meth:`run_until`."""

    def __init__(self) -> None:
        super().__init__(timezone=UTC)
        self.wakeups = 0

    def _create_default_executor(self) -> DebugExecutor:
        return DebugExecutor()

    def wakeup(self) -> None:
        self.wakeups += 1

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)

    def run_until(self, now: datetime) -> None:
        """Run APScheduler's job processing as if the wall clock read ``now``."""
        with time_machine.travel(now, tick=False):
            self._process_jobs()

    def dose_jobs(self) -> list[Any]:
        return [j for j in self.get_jobs(jobstore=JOBSTORE) if j.id != REFILL_JOB]

    def run_dates(self) -> list[datetime]:
        """The instants the dose jobs fire at: the contract under test."""
        return sorted(j.trigger.run_date for j in self.dose_jobs())

    def next_run(self) -> datetime | None:
        times = [j.next_run_time for j in self.get_jobs(jobstore=JOBSTORE)]
        return min(times) if times else None


@dataclass
class Posts:
    """Stands in for the queued signal: callables posted from a job run later, in order."""

    pending: list[Callable[[], None]] = field(default_factory=list)

    def __call__(self, fn: Callable[[], None]) -> None:
        self.pending.append(fn)

    def flush(self) -> None:
        while self.pending:
            self.pending.pop(0)()


def plan_text(body: str, *, zone: str, person: str = "Robin") -> str:
    head = f'format = "medplanner-plan/1"\n[person]\nname = "{person}"\ntimezone = "{zone}"\n'
    return head + textwrap.dedent(body)


@dataclass
class Rig:
    """A household (service over a real store), its clocks, a manual scheduler and an engine."""

    service: Service
    clock: FakeClock
    mono: FakeMonotonic
    scheduler: ManualScheduler
    posts: Posts
    zone: list[str]
    batches: list[Batch]
    #: The engine's other callbacks (``on_refill``, ``on_review``, ...).
    hooks: dict[str, Any] = field(default_factory=dict)
    engine: ReminderEngine = field(init=False)

    def __post_init__(self) -> None:
        self._start_engine()

    @classmethod
    def create(
        cls, home: Path, now: datetime, *plans: str, zone: str = "Europe/London", **hooks: Any
    ) -> Rig:
        """A rig at ``now`` with ``plans`` saved; ``hooks`` are the engine's other callbacks
        (``on_refill``, ``on_review``, ...)."""
        clock = FakeClock(now)
        service = Service.open(home, clock=clock)
        for text in plans:
            service.save_plan(loads(text))
        return cls(service, clock, FakeMonotonic(), ManualScheduler(), Posts(), [zone], [], hooks)

    def _start_engine(self) -> None:
        self.scheduler.start()
        self.engine = ReminderEngine(
            self.service,
            self.scheduler,
            deliver=self.batches.append,
            post=self.posts,
            clock=self.clock,
            monotonic=self.mono,
            zone_name=lambda: self.zone[0],
            **self.hooks,
        )

    def restart(self) -> None:
        """The app closed and opened again: a new engine and scheduler over the same store
        (what the engine kept in memory is gone; ``batches`` starts empty)."""
        self.engine.detach()
        self.scheduler.shutdown(wait=False)
        self.scheduler = ManualScheduler()
        self.batches = []
        self._start_engine()

    def close(self) -> None:
        self.engine.detach()
        self.scheduler.shutdown(wait=False)
        self.service.close()

    def advance_to(self, when: datetime, *, asleep: bool = False) -> None:
        """Move both clocks (only the wall clock when asleep), then let due jobs run."""
        if not asleep:
            self.mono.value += (when - self.clock.now).total_seconds()
        self.clock.now = when
        self.scheduler.run_until(when)
        self.posts.flush()

    def walk_until(self, end: datetime) -> None:
        """Advance job by job, as a running app would, up to ``end``."""
        while (nxt := self.scheduler.next_run()) is not None and nxt <= end:
            self.advance_to(nxt)
        self.advance_to(end)

    def delivered(self) -> list[tuple[str, datetime]]:
        return [(r.medication, r.fire_at) for b in self.batches for r in b.reminders]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


MINUTE = timedelta(minutes=1)
