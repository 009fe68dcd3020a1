"""The GUI's one timer factory: every QTimer of the GUI is made here
(``grep -rn QTimer medplanner/gui`` finds no other).

* :func:`precise_timer` for the moments that matter (the reminder scheduler's timer,
  Today's minute boundary, the diary's refresh); classes that use one take a
  ``timer_factory`` so tests can substitute it (qutebrowser's habit).
* :func:`debounce_timer` for a delay after typing (the Medications view's live check).
* :func:`later` for "on the next turn of the event loop" (the app's start-up steps).

Light on purpose: the app's start imports it before the first paint, so it imports
neither APScheduler (:mod:`medplanner.gui.qtscheduler` does) nor PySide6's ``Qt``
namespace at module level.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TimerFactory = Callable[[QObject | None], QTimer]


def precise_timer(parent: QObject | None = None) -> QTimer:
    """A single-shot timer that fires on the millisecond: the factory for the timers whose
    moment matters (the reminder scheduler's, Today's minute boundary); tests pass their
    own."""
    from PySide6.QtCore import Qt

    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    return timer


def debounce_timer(parent: QObject | None, delay_ms: int) -> QTimer:
    """A single-shot timer of ``delay_ms``, restarted by each ``start()``: work waits until
    the typing pauses (coarse is fine: a few ms late does not matter)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    return timer


def later(callback: Callable[[], object], delay_ms: int = 0) -> None:
    """Run ``callback`` once after ``delay_ms`` (0: on the next turn of the event loop)."""
    QTimer.singleShot(delay_ms, callback)
