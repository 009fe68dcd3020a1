"""The main window over a real service in a throw-away data dir, with a travelled clock.

Tests drive it as a person would: clicks and key presses on widgets found by object name
or accessible name; "now" is the :class:`FakeClock`, moved by the test, never waited for.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Operations
from medplanner.gui.widgets import appearance
from medplanner.gui.widgets.prefs import Prefs
from medplanner.service import Service
from medplanner.storage import Store

LONDON = ZoneInfo("Europe/London")

#: How long a qtbot wait may last before the test calls the widget hung. It waits for an
#: event (a signal, a condition), so a fast machine never spends it; a busy CI machine may
#: need far more than pytest-qt's default 5 s, and a test must not depend on the speed.
HUNG_AFTER_MS = 120_000


@pytest.fixture(autouse=True)
def _patient_qtbot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Raise every qtbot wait's time limit to :data:`HUNG_AFTER_MS` (waits for events only;
    not a wait that looks for an absence, ``raising=False``)."""
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive"):
        original = getattr(QtBot, name)

        def patient(*args: object, _original: object = original, **kwargs: object) -> object:
            # A wait with raising=False is not a hang guard: it waits out its time to see
            # that nothing comes (assertNotEmitted's), so its own time is kept.
            if kwargs.get("raising", True) is not False:
                kwargs["timeout"] = max(int(kwargs.get("timeout") or 0), HUNG_AFTER_MS)  # type: ignore[call-overload]
            return _original(*args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(QtBot, name, patient)


class FakeClock:
    """``now`` as the test says; ``advance`` travels."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def set(self, now: datetime) -> None:
        self.now = now


@pytest.fixture(autouse=True)
def _app_look_restored(qapp: QApplication) -> Iterator[None]:
    """Whatever a test does to the application's look (style, palette, font, style sheet,
    text size) is undone after it, so tests of other windows see Qt's defaults."""
    style = qapp.style().name()
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    before = appearance.current()
    yield
    now = appearance.current()
    if now is not before and now is not None:
        qapp.styleHints().colorSchemeChanged.disconnect(now._system_changed)
        now.deleteLater()
    appearance._state.appearance = before
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def look(qapp: QApplication) -> appearance.Appearance:
    """MedPlanner's look (light, 100 %) for one test."""
    made = appearance.Appearance(qapp)
    made.scheme = "light"
    made.apply()
    return made


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2027, 1, 6, 9, 5, tzinfo=LONDON))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def service(data_dir: Path, clock: FakeClock) -> Iterator[Service]:
    svc = Service(Store.open(data_dir), clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    look: appearance.Appearance,
    service: Service,
    clock: FakeClock,
    data_dir: Path,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    look.set_text_percent(100)
    prefs = Prefs(data_dir)
    win = MainWindow(
        prefs=prefs,
        data_dir=data_dir,
        autostart=tmp_path / "autostart" / "medplanner.desktop",
        default_zone=lambda: "Europe/London",
    )
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    ops = Operations(service, clock, win)
    win.attach(ops)
    yield win
    for view in win.views.values():  # a failed test must not leave a "Save?" question
        undo = view.undo_stack
        if undo is not None:
            undo.setClean()
    win.close()
    win.deleteLater()
    # Gone now, not at some later event-loop turn: a lingering window could take the
    # activation (and with it the keyboard) from the next test's windows.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def find(parent: QWidget, cls: type[QWidget], name: str) -> QWidget:
    """The visible child called ``name`` (object name)."""
    found = [w for w in parent.findChildren(cls, name) if w.isVisible()]
    assert found, f"no visible {cls.__name__} called {name!r}"
    return found[0]


def by_accessible_name(parent: QWidget, text: str) -> QWidget:
    found = [w for w in parent.findChildren(QWidget) if w.accessibleName() == text]
    assert found, f"nothing with the accessible name {text!r}"
    return found[0]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a cell, F2 to edit it, replace its text, Enter: as a person would."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next event-loop turn, as it does for a person.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(
        widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2)
    )
