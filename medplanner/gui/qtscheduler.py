"""APScheduler's ``QtScheduler`` driven by one precise, reusable timer from the GUI's one
timer factory (:mod:`medplanner.gui.timers`).

Why not the stock class as it is: with PySide6, ``QTimer.singleShot`` returns ``None``, so
APScheduler 3.11's ``QtScheduler`` can never stop the timer it started. Every
``wakeup()`` (one per ``add_job``) then starts another chain of timers that keeps
re-arming itself, and a timer still fires after ``shutdown()``. Its timers are also
*coarse* (Qt may fire them up to 5 % of the interval late: 18 minutes on a 6-hour wait).

This subclass keeps APScheduler's job processing and replaces only the timer: one
``QTimer`` (precise, single-shot), restarted for each wait, stopped on shutdown, and made
by the factory (tests substitute their own).
"""

from __future__ import annotations

import math
from datetime import UTC
from typing import Any

from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QTimer

from medplanner.gui.timers import TimerFactory, precise_timer

__all__ = ["MAX_WAIT_MS", "ReminderScheduler", "TimerFactory", "precise_timer"]

#: QTimer takes a signed 32-bit number of milliseconds (about 24.8 days).
MAX_WAIT_MS = 2**31 - 1


class ReminderScheduler(QtScheduler):  # type: ignore[misc]
    """A ``QtScheduler`` (jobs processed on the Qt thread) driven by one precise timer.

    Jobs still *run* in APScheduler's thread pool, as with the stock class; the reminder
    engine's job function only posts a queued signal back to the Qt thread.
    """

    def __init__(self, *, timer_factory: TimerFactory = precise_timer, **options: Any) -> None:
        self._qtimer = timer_factory(None)
        self._qtimer.timeout.connect(self._process_jobs)
        options.setdefault("timezone", UTC)
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is None or self.state == STATE_STOPPED:
            return
        self._qtimer.start(min(math.ceil(wait_seconds * 1000), MAX_WAIT_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    @property
    def timer(self) -> QTimer:
        """The one timer (tests and the benchmark look at it)."""
        return self._qtimer
