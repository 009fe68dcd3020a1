"""Screenshots for docs/ (not a test): the demo under Xvfb, at 100 % and 200 %, light and dark.

    xvfb-run -a -s "-screen 0 1280x900x24" python tests/gui/make_screenshots.py OUT_DIR

Each view is shown full-screen and captured with ImageMagick's ``import -window root``,
the way a person would see it. The clock is fixed, so the pictures are the same each run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QTableView, QTableWidget

from medplanner.core.events import Slot
from medplanner.core.schedule import doses_on
from medplanner.gui.app import application
from medplanner.gui.demo import seed_demo
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Operations
from medplanner.gui.widgets.appearance import Appearance
from medplanner.gui.widgets.prefs import Prefs
from medplanner.service import Service
from medplanner.storage import Store

LONDON = ZoneInfo("Europe/London")


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, path: Path) -> None:
    settle(app)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print("wrote", path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = application([sys.argv[0]])
    look = Appearance(app)
    data = Path(tempfile.mkdtemp(prefix="medplanner-shots-"))
    now = datetime(2027, 1, 6, 12, 20, tzinfo=LONDON)
    clock = lambda: now  # noqa: E731
    service = Service(Store.open(data), clock=clock)
    seed_demo(service, now)
    plan = service.current("Robin").plan
    for dose in doses_on(plan, now.date()):
        if dose.wall.hour == 7:  # this morning's baclofen, taken on time
            service.take(
                "Robin", dose.medication, dose.at + timedelta(minutes=4), slot=Slot.of(dose)
            )
    first = service.history("Robin", now - timedelta(days=3), now)[0]
    from medplanner.core.events import correction_of

    service._store.record_event(
        "Robin", correction_of(first, recorded_at=now, at=first.at + timedelta(minutes=20))
    )
    service.set_stock("Robin", "baclofen", 40, at=now - timedelta(hours=5))
    window = MainWindow(prefs=Prefs(data), data_dir=data, default_zone=lambda: "Europe/London")
    ops = Operations(service, clock, window)
    ops.demo = True
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    window.attach(ops)
    for scheme in ("light", "dark"):
        for percent in (100, 200):
            look.scheme = scheme
            look.text_percent = percent
            look.apply()
            tag = f"{percent}-{scheme}"
            window.show_view("today")
            shoot(app, out / f"today-{tag}.png")
            meds = window.show_view("medications")
            assert meds is not None
            listing = window.findChild(QListWidget, "medication-list")
            assert isinstance(listing, QListWidget)
            listing.setCurrentRow(1)  # baclofen
            table = window.findChild(QTableWidget, "steps-table")
            assert isinstance(table, QTableWidget)
            table.item(0, 2).setText("08:00, 12:00, 18:00")  # close to gabapentin's first dose
            strength = window.findChild(QLineEdit, "strength")
            assert isinstance(strength, QLineEdit)
            settle(app)
            meds.run_checks()  # type: ignore[attr-defined]
            shoot(app, out / f"editor-findings-{tag}.png")
            meds.undo_stack.undo()  # type: ignore[union-attr]
            meds.run_checks()  # type: ignore[attr-defined]
            window.show_view("history")
            history = window.findChild(QTableView, "history-table")
            assert isinstance(history, QTableView)
            model: QAbstractItemModel = history.model()
            history.setCurrentIndex(model.index(0, 0))
            shoot(app, out / f"history-{tag}.png")
            window.show_view("calendar")
            shoot(app, out / f"calendar-{tag}.png")
            window.show_view("insight")
            shoot(app, out / f"insight-{tag}.png")
            window.show_view("diary")
            shoot(app, out / f"diary-{tag}.png")
    for view in window.views.values():
        stack = view.undo_stack
        if stack is not None:
            stack.setClean()
    window.close()
    service.close()
    _ = Qt


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
