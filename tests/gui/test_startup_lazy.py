"""Issue 20 item 3: the first frame is light; the rest comes after it, tab by tab.

At the window's first paint nothing but the window itself exists: no database open, no
view built, no reminder engine. Then the data is opened and only Today (the tab on show)
is built; the reminder engine starts after that; every other tab is built the first time
it is shown, here by its keyboard shortcut (Ctrl+1 … Ctrl+7). No timings are asserted:
only the order of things.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from medplanner.gui import app as gui_app
from medplanner.gui import reminder_controller
from medplanner.gui.main_window import VIEWS, MainWindow
from medplanner.gui.widgets import appearance
from medplanner.gui.widgets.prefs import Prefs
from tests.gui.conftest import LONDON


class NoOtherInstance(QObject):
    activated = Signal()

    def close(self) -> None:
        pass


@pytest.fixture
def started(
    qtbot: QtBot, tmp_path: Path, look: appearance.Appearance, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, gui_app.Shell, list[tuple[str, Any]]]]:
    """The app's own start sequence (``gui.app.run`` without ``exec``), over the demo plan,
    with the reminder engine on; ``log`` records what existed at each step.

    The engine's ``start`` (which starts APScheduler and its threads) is replaced by one that
    only logs: the test is about when it is called."""
    now = datetime(2027, 1, 6, 9, 5, tzinfo=LONDON)
    home = tmp_path / "home"
    window = MainWindow(prefs=Prefs(home), data_dir=home, default_zone=lambda: "Europe/London")
    shell = gui_app.Shell(
        window,
        home,
        lambda: now,
        NoOtherInstance(),  # type: ignore[arg-type]
        demo=True,
        reminders=True,
    )
    log: list[tuple[str, Any]] = []

    def state() -> dict[str, Any]:
        return {
            "views": sorted(window.views),
            "database": shell.ops is not None,
            "reminders": shell.controller is not None,
        }

    def start(self: reminder_controller.ReminderController) -> None:
        # Where the app starts APScheduler (``ReminderController.start`` starts it): logged,
        # not run, so that no scheduler thread outlives the test.
        log.append(("scheduler-start", state()))
        self._started = True

    monkeypatch.setattr(reminder_controller.ReminderController, "start", start)
    shell.on_ready = lambda _w: log.append(("ready", state()))
    gui_app.after_first_paint(window, shell.open, lambda _w: log.append(("first-paint", state())))
    window.show()
    try:
        qtbot.waitUntil(lambda: shell.controller is not None and shell.controller._started)
        yield window, shell, log
    finally:
        if shell.controller is not None:
            shell.controller._started = False  # its start only logged: nothing to stop
        shell.shutdown()
        window.reminders_running = False  # else closing asks whether to keep reminding
        window.close()
        window.deleteLater()


def test_only_the_window_exists_at_first_paint_then_today_then_the_scheduler(
    started: tuple[MainWindow, gui_app.Shell, list[tuple[str, Any]]],
) -> None:
    window, shell, log = started
    assert [step for step, _ in log] == ["first-paint", "ready", "scheduler-start"]
    first_paint, ready, scheduler = (s for _, s in log)
    # The first frame: the window alone; no database, no view, no reminder engine yet.
    assert first_paint == {"views": [], "database": False, "reminders": False}
    # Then the data, and Today only: the tab on show.
    assert ready == {"views": ["today"], "database": True, "reminders": False}
    # The scheduler starts only after that.
    assert scheduler["database"] and scheduler["views"] == ["today"]
    assert shell.controller is not None and not shell.controller.scheduler.running
    assert window.person == "Robin"
    assert sorted(window.views) == ["today"]


def test_each_tab_is_built_when_first_shown_by_its_shortcut(
    qtbot: QtBot, started: tuple[MainWindow, gui_app.Shell, list[tuple[str, Any]]]
) -> None:
    window, _shell, _log = started
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    built = ["today"]
    for n, (key, _label) in enumerate(VIEWS, start=1):
        if key != "today":
            assert key not in window.views, f"{key} was built before it was shown"
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda key=key: window.current_view() is window.views.get(key))
        view = window.views[key]
        assert view.isVisible()
        if key not in built:
            built.append(key)
        assert sorted(window.views) == sorted(built)  # only the tabs shown so far
    assert window.tabs.currentIndex() == len(VIEWS) - 1


def test_view_builds_a_tab_on_demand_without_showing_it(
    started: tuple[MainWindow, gui_app.Shell, list[tuple[str, Any]]],
) -> None:
    """``MainWindow.view(key)``: tests and actions reach a view that was never shown."""
    window, _shell, _log = started
    assert "history" not in window.views
    history = window.view("history")
    assert window.views["history"] is history
    assert window.view("history") is history  # built once
    assert window.current_view() is window.views["today"]  # Today stays on show


FIRST_PAINT_RUN = r"""
import json, sys
from pathlib import Path
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
from medplanner.gui.app import run

def painted(window):
    print(json.dumps({
        "qt_namespace": "Qt" in QtCore.__dict__,
        "modules": sorted(sys.modules),
    }), flush=True)
    QApplication.quit()

sys.exit(run(False, data_dir=Path(sys.argv[1]), on_first_paint=painted, reminders=False))
"""


def test_the_first_frame_loads_no_store_no_scheduler_and_not_the_qt_namespace(
    tmp_path: Path,
) -> None:
    """The real ``run``, as its own process: what had been imported when the window was
    first painted. (PySide6 builds its whole ``Qt`` namespace, ~45 ms, the first time it is
    touched; the store brings SQLite, the repository and the model; APScheduler its
    threads.) Their absence is checked, not any time."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("XDG_RUNTIME_DIR", None)
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_RUN, str(tmp_path / "home")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["qt_namespace"] is False
    loaded = set(seen["modules"])
    for heavy in (
        "sqlite3",
        "apscheduler",
        "medplanner.storage.repository",
        "medplanner.service",
        "medplanner.core.checks",
        "medplanner.core.model",
        "medplanner.gui.operations",
        "medplanner.gui.reminder_controller",
        "medplanner.gui.qtscheduler",
    ):
        assert heavy not in loaded, f"{heavy} is imported before the first paint"
    assert not [m for m in loaded if m.startswith("medplanner.gui.views")]
