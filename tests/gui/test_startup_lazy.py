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
