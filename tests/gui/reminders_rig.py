"""A household with a ReminderController on fake clocks and a manual scheduler.

Shared by the reminder GUI tests: nothing waits for real time; ``advance_to`` moves the
clocks, lets APScheduler process due jobs as of that instant, then delivers the queued
signal the jobs posted (the hand-off to the Qt thread).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from medplanner.core.plan import loads
from medplanner.gui.catchup import CatchUpWindow
from medplanner.gui.popup import ReminderPopup
from medplanner.gui.reminder_controller import ReminderController
from medplanner.reminders.due import Batch
from medplanner.service import Service

from ..reminders.fakes import FakeClock, FakeMonotonic, ManualScheduler

#: Qt's offscreen test platform cannot pass a window's new minimum size to a window system
#: (there is none) and says so whenever a layout grows a shown window — as the pop-up does
#: when its Skip row opens. Real platforms (xcb, wayland, windows, cocoa) implement it.
#: Only this one message is let through; every other Qt warning still fails the test.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$"
)


@dataclass
class ControllerRig:
    service: Service
    clock: FakeClock
    mono: FakeMonotonic
    scheduler: ManualScheduler
    controller: ReminderController
    zone: list[str]
    home: Path
    batches: list[Batch] = field(default_factory=list)
    changes: int = 0

    def advance_to(self, when: datetime, *, asleep: bool = False) -> None:
        if not asleep:
            self.mono.value += (when - self.clock.now).total_seconds()
        self.clock.now = when
        self.scheduler.run_until(when)
        QApplication.processEvents()  # the queued hand-off from the job

    def walk_until(self, end: datetime) -> None:
        while (nxt := self.scheduler.next_run()) is not None and nxt <= end:
            self.advance_to(nxt)
        self.advance_to(end)

    @property
    def popups(self) -> list[ReminderPopup]:
        return [p for p in self.controller.popups if p.isVisible()]

    @property
    def catchup(self) -> CatchUpWindow | None:
        window = self.controller.catchup_window
        return window if window is not None and window.isVisible() else None


def controller_factory(tmp_path: Path) -> Iterator[Callable[..., ControllerRig]]:
    """Body of each test module's ``make_controller`` fixture (needs a QApplication)."""
    made: list[ControllerRig] = []

    def make(
        now: datetime, *plans: str, start: bool = True, home: Path | None = None
    ) -> ControllerRig:
        """A controller on a new household, or (``home``) on one an earlier rig closed:
        a restart of the app."""
        clock, mono = FakeClock(now), FakeMonotonic()
        home = home or tmp_path / f"home{len(made)}"
        service = Service.open(home, clock=clock)
        for text in plans:
            service.save_plan(loads(text))
        scheduler = ManualScheduler()
        scheduler.start()
        zone = ["Europe/London"]
        rig: ControllerRig

        def changed() -> None:
            rig.changes += 1

        controller = ReminderController(
            service,
            clock=clock,
            monotonic=mono,
            scheduler=scheduler,
            on_changed=changed,
            zone_name=lambda: zone[0],
            tray=False,
        )
        rig = ControllerRig(service, clock, mono, scheduler, controller, zone, home)
        controller.delivered.connect(rig.batches.append)
        made.append(rig)
        if start:
            controller.start()
        return rig

    yield make
    for rig in made:
        close(rig)


def close(rig: ControllerRig) -> None:
    """Quit the app: reminders stop, the database closes (again is harmless)."""
    rig.controller.stop()
    if rig.scheduler.running:
        rig.scheduler.shutdown(wait=False)
    rig.service.close()
    QApplication.processEvents()
