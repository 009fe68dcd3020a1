"""Issue 20 item 3: the first frame is light; the rest comes after it, tab by tab.

At the window's first paint nothing but the window's first frame exists (its title, the
tabs, "Opening your plan…"): no menus, no person bar, no database open, no view built, no
reminder engine. Right after it the menus and the person bar are added (the same as a
window built at once), then the data is opened and only Today (the tab on show) is built;
the reminder engine starts after that; every other tab is built the first time it is
shown, here by its keyboard shortcut (Ctrl+1 … Ctrl+7). No timings are asserted: only the
order of things.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from medplanner import datahome
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
    window = MainWindow(
        prefs=Prefs(home),
        data_dir=home,
        default_zone=lambda: "Europe/London",
        first_frame_only=True,  # as gui.app.run makes it
    )
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
            "menus": bool(window.findChildren(QMenu)),
            "person bar": window.findChild(QToolBar, "person-bar") is not None,
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

    def build_rest() -> None:
        window.build_rest()
        log.append(("rest-built", state()))

    # gui.app.run's order: the hook, the rest of the window, (the system's light or dark,
    # the single-instance server,) then the data.
    gui_app.after_first_paint(
        window, shell.open, lambda _w: log.append(("first-paint", state())), build_rest
    )
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
    assert [step for step, _ in log] == ["first-paint", "rest-built", "ready", "scheduler-start"]
    first_paint, rest, ready, scheduler = (s for _, s in log)
    nothing = {"views": [], "database": False, "reminders": False}
    # The first frame: the window alone (title, tabs, "Opening your plan…"); no menus, no
    # person bar, no database, no view, no reminder engine yet.
    assert first_paint == {"menus": False, "person bar": False, **nothing}
    # Right after it, the menus and the person bar; still no data.
    assert rest == {"menus": True, "person bar": True, **nothing}
    # Then the data, and Today only: the tab on show.
    assert ready == {
        "menus": True,
        "person bar": True,
        "views": ["today"],
        "database": True,
        "reminders": False,
    }
    # The scheduler starts only after that.
    assert scheduler["database"] and scheduler["views"] == ["today"]
    assert shell.controller is not None and not shell.controller.scheduler.running
    assert window.person == "Robin"
    assert sorted(window.views) == ["today"]


def _menus(window: MainWindow) -> list[tuple[str, list[tuple[str, list[str], bool]]]]:
    """Each menu: its title and its items (text, keys, enabled), in order."""
    return [
        (
            action.text(),
            [
                (item.text(), [k.toString() for k in item.shortcuts()], item.isEnabled())
                for item in menu.actions()
            ],
        )
        for action in window.menuBar().actions()
        if (menu := action.menu()) is not None and isinstance(menu, QMenu)
    ]


def _person_bar(window: MainWindow) -> list[tuple[str, str, str]]:
    bar = window.findChild(QToolBar, "person-bar")
    assert bar is not None
    return [
        (type(w).__name__, w.objectName(), w.accessibleName()) for w in bar.findChildren(QComboBox)
    ] + [(bar.windowTitle(), str(bar.isMovable()), str(window.toolBarArea(bar)))]


def test_the_rest_built_after_the_paint_is_what_a_window_built_at_once_has(
    qtbot: QtBot,
    tmp_path: Path,
    started: tuple[MainWindow, gui_app.Shell, list[tuple[str, Any]]],
) -> None:
    """The menus (titles, items, keys) and the person bar are the same objects as ever,
    only made later: compared with a window built at once over the same data."""
    window, shell, _log = started
    assert shell.ops is not None
    whole = MainWindow(prefs=Prefs(tmp_path / "other"), default_zone=lambda: "Europe/London")
    qtbot.addWidget(whole)
    whole.attach(shell.ops)
    assert _menus(window) == _menus(whole)
    assert _person_bar(window) == _person_bar(whole)
    assert window.person_box.isEnabled() and whole.person_box.isEnabled()
    assert [window.person_box.itemText(i) for i in range(window.person_box.count())] == ["Robin"]
    window.build_rest()  # once only
    assert len(window.findChildren(QToolBar)) == 1
    assert _menus(window) == _menus(whole)


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
import PySide6.QtGui as QtGui
import PySide6.QtWidgets as QtWidgets
from PySide6.QtWidgets import QApplication
from medplanner.gui.app import run

def painted(window):
    print(json.dumps({
        "qt_namespace": "Qt" in QtCore.__dict__,
        "classes": sorted(n for m in (QtGui, QtWidgets) for n in m.__dict__ if n[:1] == "Q"),
        "menus": len(window.findChildren(QtWidgets.QMenu)),
        "tool bars": len(window.findChildren(QtWidgets.QToolBar)),
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "modules": sorted(sys.modules),
    }), flush=True)
    QApplication.quit()

home = None if sys.argv[1] == "-" else Path(sys.argv[1])  # "-": the usual data dir
sys.exit(run(False, data_dir=home, on_first_paint=painted, reminders=False))
"""


def test_the_first_frame_loads_no_store_no_scheduler_and_not_the_qt_namespace(
    tmp_path: Path,
) -> None:
    """The real ``run``, as its own process: what had been imported when the window was
    first painted. (PySide6 builds its whole ``Qt`` namespace, ~45 ms, the first time it is
    touched; the store brings SQLite, the repository and the model; APScheduler its
    threads.) Their absence is checked, not any time."""
    seen = _first_paint(str(tmp_path / "home"))
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


def _first_paint(home: str, **env_vars: str) -> dict[str, Any]:
    """What the real ``run``, as its own process, had at its window's first paint."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_vars)
    if "XDG_RUNTIME_DIR" not in env_vars:
        env.pop("XDG_RUNTIME_DIR", None)
    if home == "-":
        env.pop("MEDPLANNER_HOME", None)
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_RUN, home],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    seen: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return seen


def test_the_first_frame_has_no_menus_no_person_bar_and_their_classes_wait(
    tmp_path: Path,
) -> None:
    """The first frame holds the window's title, the tabs and "Opening your plan…" only;
    the menus, the person bar and their PySide6 classes come after it, and so does
    ``QStyle`` (Fusion is named on Qt's command line instead of ``setStyle``)."""
    seen = _first_paint(str(tmp_path / "home"))
    assert seen["menus"] == 0 and seen["tool bars"] == 0
    assert seen["tabs"] == [label for _key, label in VIEWS]  # untranslated: English
    for waiting in ("QMenu", "QMenuBar", "QToolBar", "QAction", "QKeySequence", "QStyle"):
        assert waiting not in seen["classes"], f"{waiting} is set up before the first paint"
    for later in (
        "medplanner.gui.widgets.messages",  # message boxes
        "medplanner.gui.widgets.a11y",  # the person bar's and the tabs' helpers
        "medplanner.errorlog",  # loaded with the first error
        "platformdirs",  # the data dir was given
        *OPENSSL_AND_LOCALE,
    ):
        assert later not in seen["modules"], f"{later} is imported before the first paint"


#: Loaded by nothing the first frame needs (issue 20): hashlib and hmac load OpenSSL (~5 ms;
#: the instance's name is hashed by Qt), secrets brings hmac (temp names use os.urandom),
#: and locale came with a gettext lookup English does not need.
OPENSSL_AND_LOCALE = ("hashlib", "_hashlib", "hmac", "secrets", "locale")


@pytest.mark.skipif(os.name != "posix", reason="the runtime dir is POSIX's")
def test_with_a_runtime_dir_the_instance_is_named_without_openssl(tmp_path: Path) -> None:
    """With ``$XDG_RUNTIME_DIR`` (a desktop session) the lock is named after the instance
    before the first paint: its SHA-256 comes from Qt, so OpenSSL still waits."""
    runtime = Path(tempfile.mkdtemp(prefix="mp-run-"))  # short, private (0700), as a real one
    try:
        seen = _first_paint(str(tmp_path / "home"), XDG_RUNTIME_DIR=str(runtime))
        held = [p.name for p in (runtime / "medplanner").iterdir() if p.suffix == ".held"]
        assert len(held) == 1  # the lock was taken there, before the paint
        for later in OPENSSL_AND_LOCALE:
            assert later not in seen["modules"], f"{later} is imported before the first paint"
    finally:
        shutil.rmtree(runtime)


@pytest.mark.skipif(sys.platform != "linux", reason="the usual Linux data dir")
def test_the_usual_data_dir_is_found_without_platformdirs(tmp_path: Path) -> None:
    """No ``MEDPLANNER_HOME``: the single-instance lock and the preferences use
    ``$XDG_DATA_HOME/MedPlanner`` before the first paint, and ``platformdirs`` (10-25 ms to
    import) is not loaded for it."""
    xdg = tmp_path / "xdg"
    seen = _first_paint("-", HOME=str(tmp_path), XDG_DATA_HOME=str(xdg))
    assert "platformdirs" not in seen["modules"]
    assert (xdg / "MedPlanner" / "instance.held").is_file()  # the lock, taken before it


@pytest.mark.parametrize(
    "xdg_data_home",
    [None, "", "ABS", "ABS/trailing/", "relative/dir", "   ", "ABS with space "],
)
@pytest.mark.parametrize("home", ["ABS", "ABS/", "relative"])
def test_datahome_names_the_folder_storage_and_platformdirs_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg_data_home: str | None, home: str
) -> None:
    """:func:`medplanner.datahome.data_dir` (the GUI's, found without ``platformdirs``
    where that is plain) and :func:`medplanner.storage.paths.data_dir` (the store's and
    the command line's, through ``platformdirs``) always name the same folder."""
    import os

    from medplanner.storage import paths

    monkeypatch.delenv("MEDPLANNER_HOME", raising=False)
    monkeypatch.setenv("HOME", home.replace("ABS", str(tmp_path / "home")))
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg_data_home.replace("ABS", str(tmp_path / "x")))
    assert datahome.data_dir() == paths.data_dir()
    absolute_xdg = xdg_data_home is not None and xdg_data_home.startswith("ABS")
    plain = absolute_xdg or (xdg_data_home in (None, "") and home != "relative")
    if sys.platform == "linux":
        assert (datahome._plain_linux_dir(os.environ) is not None) == plain
    monkeypatch.setenv("MEDPLANNER_HOME", str(tmp_path / "chosen"))
    assert datahome.data_dir() == paths.data_dir() == tmp_path / "chosen"
    assert datahome.data_dir({"MEDPLANNER_HOME": "/elsewhere"}) == Path("/elsewhere")
