"""Render docs/popup.png (and docs/catchup.png): the reminder windows as a person sees them.

Run under a real window system, e.g.:
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
        .venv/bin/python docs/popup_screenshot.py
Uses the test doubles (fake clock, manual scheduler), so the pictures never depend on
today's date: baclofen's 08:00 dose was taken late at 09:20, and the 10:00 reminder comes
40 minutes later with the doubled-dose warning standing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from medplanner.core.plan import loads
from medplanner.gui.reminder_controller import ReminderController
from medplanner.service import Service
from tests.reminders.fakes import FakeClock, FakeMonotonic, ManualScheduler, plan_text, utc

PLAN = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "10 mg"
    times = ["08:00", "10:00"]

    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["23:00"]
    """,
    zone="Europe/London",
)


def main() -> None:
    app = QApplication([])
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        clock, mono = FakeClock(utc(2027, 1, 5, 7)), FakeMonotonic()
        service = Service.open(Path(tmp), clock=clock)
        service.save_plan(loads(PLAN))
        scheduler = ManualScheduler()
        scheduler.start()
        controller = ReminderController(
            service, clock=clock, monotonic=mono, scheduler=scheduler, tray=False
        )
        controller.start()

        def advance(to: object) -> None:
            clock.now = to  # type: ignore[assignment]
            scheduler.run_until(clock.now)
            app.processEvents()

        advance(utc(2027, 1, 5, 8))
        clock.now = utc(2027, 1, 5, 9, 20)
        controller.popups[0].take_button.click()
        advance(utc(2027, 1, 5, 10))
        popup = controller.popups[0]
        for _ in range(5):
            app.processEvents()
        popup.window().grab().save(str(out / "popup.png"))  # the one reminder window

        # The catch-up window: asleep from 22:30 to 10:30 the next day.
        popup.finish()
        service.take("Robin", "baclofen", utc(2027, 1, 5, 10, 2), force=True)
        advance(utc(2027, 1, 5, 22, 30))
        clock.now = utc(2027, 1, 6, 10, 30)
        controller.check_clock()
        app.processEvents()
        window = controller.catchup_window
        assert window is not None
        window.resize(620, 560)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / "catchup.png"))
        controller.stop()
        scheduler.shutdown(wait=False)
        service.close()


if __name__ == "__main__":
    main()
