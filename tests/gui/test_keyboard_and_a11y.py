"""Keyboard only, and accessible names: the add-medication flow without a mouse, and a name
for every control a screen reader can reach, in every view and dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medplanner.core.model import Person, Plan
from medplanner.gui.main_window import VIEWS, MainWindow
from medplanner.gui.widgets.about import AboutDialog
from medplanner.gui.widgets.person_dialog import NewPersonDialog
from medplanner.service import Service

from .conftest import focused
from .test_app_flow import reactivate

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)


def robin(service: Service) -> None:
    service.save_plan(Plan(Person("Robin", "Europe/London")))


def key(
    qtbot: QtBot, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), k, mods)


def tab_to(qtbot: QtBot, name: str, most: int = 12) -> QWidget:
    """Press Tab until the control called ``name`` has the focus."""
    for _ in range(most):
        if focused().objectName() == name:
            return focused()
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r} (stuck at {focused().objectName()!r})")


def edit_cell(qtbot: QtBot, table: QTableWidget, text: str) -> None:
    key(qtbot, Qt.Key.Key_Return)  # Enter edits the current cell
    editor = focused()
    assert editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_add_medication_with_the_keyboard_only(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    robin(service)
    window.attach(window.ops)  # type: ignore[arg-type]  # Robin exists now: Today opens
    reactivate(qtbot, window)
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Medications
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New medication
    assert focused().objectName() == "name"
    qtbot.keyClicks(focused(), "baclo")  # completed inline from the knowledge base
    assert focused().text() == "baclofen"  # type: ignore[attr-defined]
    key(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "strength"
    qtbot.keyClicks(focused(), "10 mg")
    start = tab_to(qtbot, "start")
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start, "2027-01-04")
    table = tab_to(qtbot, "steps-table")
    assert isinstance(table, QTableWidget)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Right)
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    edit_cell(qtbot, table, "10 mg")
    key(qtbot, Qt.Key.Key_Right)
    edit_cell(qtbot, table, "07:00, 12:00, 18:00")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    qtbot.waitUntil(lambda: bool(service.current("Robin").plan.medications))
    med = service.current("Robin").plan.medications[0]
    assert med.name == "baclofen" and str(med.strength) == "10 mg"
    assert [f"{t.at:%H:%M} {t.dose}" for t in med.steps[0].times] == [
        "07:00 10 mg",
        "12:00 10 mg",
        "18:00 10 mg",
    ]
    assert not window.isWindowModified()
    # Ctrl+Z undoes the last edit of the draft (the saved version stays stored).
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.isWindowModified()
    assert table.item(0, 2).text() == ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the editable part of a combo or spin box: the box carries the name
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent!r}")
    return missing


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    assert unnamed(window) == []  # the welcome page
    robin(service)
    service.save_plan(Plan(Person("Sam", "Europe/London")))
    window.attach(window.ops)  # type: ignore[arg-type]
    for key_name, _label in VIEWS:
        window.show_view(key_name)
    window.show_view("medications")
    qtbot.mouseClick(window.findChild(QWidget, "add-medication"), Qt.MouseButton.LeftButton)
    assert unnamed(window) == []
    for dialog in (AboutDialog(None, window), NewPersonDialog("Europe/London", window)):
        dialog.show()
        assert unnamed(dialog) == []
        dialog.close()
