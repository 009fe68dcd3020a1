"""Issue 18 screenshots under Xvfb, with a fixed clock and seeded data (not a test).

    Xvfb :99 -screen 0 1280x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screens/shots_issue18.py docs/screens

Writes: the red-flag banner on Today and on a pop-up; two doses due together (one reminder
window listing both, and Today's "Take all due"); catch-up after 9 hours asleep. Run from the repository root (it borrows the tests' fake scheduler).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from medplanner.core.plan import loads  # noqa: E402
from medplanner.core.resources import DEMO_PLAN  # noqa: E402
from medplanner.gui.main_window import MainWindow  # noqa: E402
from medplanner.gui.operations import Operations  # noqa: E402
from medplanner.gui.reminder_controller import ReminderController  # noqa: E402
from medplanner.gui.widgets.appearance import Appearance  # noqa: E402
from medplanner.gui.widgets.prefs import Prefs  # noqa: E402
from medplanner.service import Service  # noqa: E402
from medplanner.storage import Store  # noqa: E402
from tests.reminders.fakes import FakeClock, FakeMonotonic, ManualScheduler  # noqa: E402

LONDON = ZoneInfo("Europe/London")

TOGETHER = """
format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
[[medications]]
name = "baclofen"
start = 2027-01-04
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "acetaminophen"
start = 2027-01-04
continuing = true
dose = "500 mg"
times = ["08:00", "20:00"]
"""


NIGHT = """
format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
[[medications]]
name = "baclofen"
start = 2027-01-04
continuing = true
dose = "10 mg"
times = ["07:00", "15:00", "23:00"]
[[medications]]
name = "gabapentin"
start = 2027-01-04
continuing = true
dose = "300 mg"
times = ["06:00", "14:00", "22:45"]
"""


def settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, path: Path) -> None:
    settle(app)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print("wrote", path)


def controller(service: Service, clock: FakeClock, mono: FakeMonotonic) -> tuple[
    ReminderController, ManualScheduler
]:
    scheduler = ManualScheduler()
    scheduler.start()
    made = ReminderController(
        service,
        clock=clock,
        monotonic=mono,
        scheduler=scheduler,
        zone_name=lambda: "Europe/London",
        tray=False,
    )
    made.start()
    return made, scheduler


def advance(app: QApplication, clock: FakeClock, mono: FakeMonotonic, scheduler: ManualScheduler,
            when: datetime, *, asleep: bool = False) -> None:  # fmt: skip
    if not asleep:
        mono.value += (when - clock.now).total_seconds()
    clock.now = when
    scheduler.run_until(when)
    settle(app)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    look = Appearance(app)  # type: ignore[arg-type]
    look.scheme = "light"
    look.apply()

    # 1. Red flag: Today, then a pop-up of the 12:00 baclofen.
    data = Path(tempfile.mkdtemp(prefix="medplanner-shots-"))
    clock = FakeClock(datetime(2027, 1, 6, 6, 0, tzinfo=UTC))
    service = Service(Store.open(data, clock=clock), clock=clock)
    service.import_plan(DEMO_PLAN)
    clock.now = datetime(2027, 1, 6, 11, 40, tzinfo=UTC)
    service.record_symptom("Robin", "breathing-difficulty", "mild", clock.now - timedelta(minutes=25))
    window = MainWindow(prefs=Prefs(data), data_dir=data, default_zone=lambda: "Europe/London")
    ops = Operations(service, clock, window)
    window.setGeometry(app.primaryScreen().availableGeometry())  # type: ignore[union-attr]
    window.show()
    window.attach(ops)
    window.show_view("today")
    shoot(app, out / "red-flag-today.png")
    mono = FakeMonotonic()
    reminders, scheduler = controller(service, clock, mono)
    advance(app, clock, mono, scheduler, datetime(2027, 1, 6, 12, 0, tzinfo=UTC))
    shoot(app, out / "red-flag-popup.png")
    reminders.stop()
    window.close()
    service.close()

    # 2. Two doses due together at 08:00.
    data = Path(tempfile.mkdtemp(prefix="medplanner-shots-"))
    clock = FakeClock(datetime(2027, 1, 6, 7, 0, tzinfo=UTC))
    service = Service(Store.open(data, clock=clock), clock=clock)
    service.save_plan(loads(TOGETHER))
    clock.now = datetime(2027, 1, 6, 7, 59, tzinfo=UTC)
    window = MainWindow(prefs=Prefs(data), data_dir=data, default_zone=lambda: "Europe/London")
    window.setGeometry(app.primaryScreen().availableGeometry())  # type: ignore[union-attr]
    window.show()
    window.attach(Operations(service, clock, window))
    window.show_view("today")
    mono = FakeMonotonic()
    reminders, scheduler = controller(service, clock, mono)
    advance(app, clock, mono, scheduler, datetime(2027, 1, 6, 8, 0, tzinfo=UTC))
    window.views["today"].invalidate()  # Today at 08:00 too: "Take all due (2)"
    shoot(app, out / "two-doses-together.png")
    reminders.stop()
    window.close()
    service.close()

    # 3. Catch-up after 9 hours asleep: everything answered until 22:30, then the computer
    # sleeps until 07:30. Came due meanwhile: 22:45, 23:00, 06:00, 07:00.
    data = Path(tempfile.mkdtemp(prefix="medplanner-shots-"))
    clock = FakeClock(datetime(2027, 1, 4, 6, 0, tzinfo=UTC))
    service = Service(Store.open(data, clock=clock), clock=clock)
    service.save_plan(loads(NIGHT))
    for hhmm, med in (("07:00", "baclofen"), ("06:00", "gabapentin"), ("14:00", "gabapentin"),
                      ("15:00", "baclofen")):  # fmt: skip
        h, m = map(int, hhmm.split(":"))
        at = datetime(2027, 1, 5, h, m, tzinfo=UTC)
        clock.now = at
        service.take("Robin", med, at)
    clock.now = datetime(2027, 1, 5, 22, 30, tzinfo=UTC)
    mono = FakeMonotonic()
    reminders, scheduler = controller(service, clock, mono)
    advance(app, clock, mono, scheduler, datetime(2027, 1, 6, 7, 30, tzinfo=UTC), asleep=True)
    reminders.check_clock()
    settle(app)
    shoot(app, out / "catch-up-after-9h-asleep.png")
    reminders.stop()
    service.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
