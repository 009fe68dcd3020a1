"""Issue 21 screenshots: every view at 200 % text, light and dark, under Xvfb with a window
manager (so the window title shows), a fixed clock and seeded data (not a test).

    Xvfb :99 -screen 0 1280x800x24 & DISPLAY=:99 twm &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screens/shots_issue21.py docs/screens

Writes <view>-200-<light|dark>.png for Today, Medications, Calendar, History, Person &
settings, Diary, Drowsiness & stock, and emergency-200-<scheme>.png (Today under a red
flag). Run from the repository root. After taking them, each
picture was looked at for clipped words, overlaps and boxes for missing glyphs.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QPushButton, QWidget  # noqa: E402

from medplanner.core.resources import DEMO_PLAN  # noqa: E402
from medplanner.gui.main_window import VIEWS, MainWindow  # noqa: E402
from medplanner.gui.operations import Changes, Operations  # noqa: E402
from medplanner.gui.widgets.appearance import Appearance  # noqa: E402
from medplanner.gui.widgets.prefs import Prefs  # noqa: E402
from medplanner.service import Service  # noqa: E402
from medplanner.storage import Store  # noqa: E402
from tests.reminders.fakes import FakeClock  # noqa: E402

FILE_NAMES = {
    "today": "today",
    "medications": "medications",
    "calendar": "calendar",
    "history": "history",
    "settings": "person-settings",
    "diary": "diary",
    "insight": "drowsiness-stock",
}


def settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, path: Path) -> None:
    settle(app)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print("wrote", path)


def seeded(data: Path) -> tuple[Service, FakeClock]:
    """The demo plan, a morning's doses taken (one corrected), a stock count, a diary note."""
    clock = FakeClock(datetime(2027, 1, 4, 6, 0, tzinfo=UTC))
    service = Service(Store.open(data, clock=clock), clock=clock)
    service.import_plan(DEMO_PLAN)
    clock.now = datetime(2027, 1, 6, 8, 5, tzinfo=UTC)
    service.set_stock("Robin", "baclofen", 40, at=clock.now)
    service.record_symptom("Robin", "dizziness", "mild", clock.now - timedelta(hours=1))
    clock.now = datetime(2027, 1, 6, 9, 20, tzinfo=UTC)
    return service, clock


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("MedPlanner")  # as gui/app.py does: the title's end
    look = Appearance(app)  # type: ignore[arg-type]
    for scheme in ("light", "dark"):
        look.scheme = scheme
        look.apply()
        look.set_text_percent(200)
        data = Path(tempfile.mkdtemp(prefix="medplanner-shots-"))
        service, clock = seeded(data)
        window = MainWindow(prefs=Prefs(data), data_dir=data, default_zone=lambda: "Europe/London")
        window.setGeometry(app.primaryScreen().availableGeometry())  # type: ignore[union-attr]
        window.show()
        window.attach(Operations(service, clock, window))
        for key, _label in VIEWS:
            window.show_view(key)
            settle(app)
            if key == "medications":
                add = window.findChild(QWidget, "medication-list")
                if add is not None:  # the first medication in the editor
                    add.setFocus()
                button = window.findChild(QPushButton, "save-plan")
                if button is not None:
                    button.setFocus()  # the focus ring shows
            shoot(app, out / f"{FILE_NAMES[key]}-200-{scheme}.png")
        # The emergency banner: its headline wraps and shows the danger icon.
        service.record_symptom("Robin", "breathing-difficulty", "moderate", clock.now)
        assert window.ops is not None
        window.ops.announce(Changes.everything())
        window.show_view("today")
        shoot(app, out / f"emergency-200-{scheme}.png")
        window.close()
        service.close()
        settle(app)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
