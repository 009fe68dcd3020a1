"""The whole flow of issue 7, driven as a person would (clicks and keys, no private calls).

Type the seed plan in (gabapentin and baclofen titrations, as resources/demo-plan.toml),
watch ``sedatives-same-time`` appear while both start at 08:00 and go when baclofen moves
to 12:00, save, take a dose, try to take one again and meet the doubled-dose
confirmation, then switch person.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN
from medplanner.gui.confirm import ConfirmTakeDialog
from medplanner.gui.main_window import MainWindow
from medplanner.service import Service

from .conftest import FakeClock, click, find, type_cell

#: What the offscreen platform says of every window shown; not our warning.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def when_modal(act: Callable[[QDialog], None], tries: int = 12_000) -> None:
    """Answer the next modal dialog as soon as it is shown (looking every 10 ms; only a
    dialog that never comes in 120 s makes it give up — a hang guard, not a speed limit)."""

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def line(window: QWidget, name: str) -> QLineEdit:
    edit = find(window, QLineEdit, name)
    assert isinstance(edit, QLineEdit)
    return edit


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def reactivate(qtbot: QtBot, window: QWidget) -> None:
    """After a modal dialog closes, make the main window active again: the offscreen
    platform leaves none active (a desktop gives it back), and shortcuts need it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def steps(window: QWidget) -> QTableWidget:
    table = find(window, QTableWidget, "steps-table")
    assert isinstance(table, QTableWidget)
    return table


def add_medication(
    qtbot: QtBot, window: MainWindow, name: str, strength: str, start: str
) -> QTableWidget:
    click(qtbot, find(window, QPushButton, "add-medication"))
    retype(qtbot, line(window, "name"), name)
    retype(qtbot, line(window, "strength"), strength)
    retype(qtbot, line(window, "start"), start)
    table = steps(window)
    assert table.item(0, 0).text() == start  # the first step begins with the medicine
    return table


def add_step(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, find(window, QPushButton, "add-step"))


def finding_codes(window: QWidget) -> list[str]:
    panel = find(window, QWidget, "findings-panel")
    cards = [w for w in panel.findChildren(QWidget) if w.objectName().startswith("finding-")]
    return [w.objectName() for w in cards if w.isVisible()]


def test_seed_plan_typed_in_checked_saved_taken_and_persons_switched(
    qtbot: QtBot, window: MainWindow, service: Service, clock: FakeClock
) -> None:
    # First run: the welcome page; create Robin.
    welcome = find(window, QWidget, "welcome")
    assert "prescriber decides" in " ".join(label.text() for label in welcome.findChildren(QLabel))
    retype(qtbot, line(window, "welcome-name"), "Robin")
    click(qtbot, find(window, QPushButton, "welcome-create"))
    qtbot.waitUntil(lambda: service.persons() == ["Robin"])
    assert window.windowTitle() == "Robin[*] — MedPlanner"  # the app's name once

    # Gabapentin: 300 mg at night, then twice, then three times a day.
    table = add_medication(qtbot, window, "gabapentin", "300 mg", "2027-01-04")
    type_cell(qtbot, table, 0, 1, "300 mg")
    type_cell(qtbot, table, 0, 2, "08:00")
    add_step(qtbot, window)
    assert table.item(1, 0).text() == "2027-01-05"
    type_cell(qtbot, table, 1, 2, "09:00, 21:00")
    add_step(qtbot, window)
    type_cell(qtbot, table, 2, 2, "09:00, 15:00, 21:00")
    qtbot.waitUntil(lambda: "finding-advice-driving" in finding_codes(window))
    assert "finding-sedatives-same-time" not in finding_codes(window)

    # Baclofen, first at 08:00 too: two sedating medicines at once.
    table = add_medication(qtbot, window, "baclofen", "5 mg", "2027-01-04")
    type_cell(qtbot, table, 0, 1, "5 mg")
    type_cell(qtbot, table, 0, 2, "08:00")
    qtbot.waitUntil(lambda: "finding-sedatives-same-time" in finding_codes(window))
    card = find(window, QWidget, "finding-sedatives-same-time")
    why = card.findChild(QPushButton) or card.findChild(QWidget, "why-sedatives-same-time")
    assert why is not None
    click(qtbot, why)
    detail = card.findChild(QLabel, "detail-sedatives-same-time")
    assert detail is not None and detail.isVisible()
    assert "Source" in detail.text()

    # Baclofen moves to 12:00: the finding goes.
    type_cell(qtbot, table, 0, 2, "12:00")
    qtbot.waitUntil(lambda: "finding-sedatives-same-time" not in finding_codes(window))

    # The rest of the seed plan.
    type_cell(qtbot, table, 0, 2, "07:00, 12:00, 18:00")
    add_step(qtbot, window)
    type_cell(qtbot, table, 1, 0, "2027-01-07")
    type_cell(qtbot, table, 1, 1, "10 mg")
    add_step(qtbot, window)
    type_cell(qtbot, table, 2, 0, "2027-01-10")
    type_cell(qtbot, table, 2, 1, "15 mg")
    meds = find(window, QListWidget, "medication-list")
    assert isinstance(meds, QListWidget)
    click_item(qtbot, meds, 0)
    table = steps(window)
    assert line(window, "name").text() == "gabapentin"
    type_cell(qtbot, table, 0, 2, "21:00")
    assert window.isWindowModified()

    # Save: stored as typed, equal to the shipped demo plan's medications.
    click(qtbot, find(window, QPushButton, "save-plan"))
    qtbot.waitUntil(lambda: not window.isWindowModified())
    demo = loads(DEMO_PLAN.read_text(encoding="utf-8"))
    assert service.current("Robin").plan.medications == demo.medications
    status = find(window, QLabel, "save-status")
    assert "Saved." in status.accessibleName()
    assert "version" not in status.accessibleName()  # no internal numbers (issue 21 item 6)

    # Today, 6 Jan 09:05: the 09:00 gabapentin is due. Take it.
    click_tab(qtbot, window, "Today")
    row = find(window, QWidget, "dose-gabapentin-09:00")
    assert "Due" in row.accessibleName()
    click(qtbot, find(row, QPushButton, "take"))
    qtbot.waitUntil(
        lambda: "Taken" in find(window, QWidget, "dose-gabapentin-09:00").accessibleName()
    )
    taken = [
        e for e in service.history("Robin", clock() - _day(), clock() + _day()) if e.kind == "taken"
    ]
    assert len(taken) == 1 and not taken[0].flagged

    # Five minutes later, the 15:00 dose "early": the doubled-dose rule asks first.
    clock.advance(minutes=5)
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmTakeDialog)
        seen.append(" ".join(label.accessibleName() for label in dialog.findChildren(QLabel)))
        click(qtbot, dialog.cancel_button)

    when_modal(cancel)
    click(qtbot, find(find(window, QWidget, "dose-gabapentin-15:00"), QPushButton, "take"))
    qtbot.waitUntil(lambda: bool(seen))
    assert "Danger" in seen[0] and "double dose" in seen[0]
    assert (
        len(
            [
                e
                for e in service.history("Robin", clock() - _day(), clock() + _day())
                if e.kind == "taken"
            ]
        )
        == 1
    )

    def take_anyway(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmTakeDialog)
        click(qtbot, dialog.take_button)

    when_modal(take_anyway)
    click(qtbot, find(find(window, QWidget, "dose-gabapentin-15:00"), QPushButton, "take"))
    qtbot.waitUntil(
        lambda: (
            len(
                [
                    e
                    for e in service.history("Robin", clock() - _day(), clock() + _day())
                    if e.kind == "taken"
                ]
            )
            == 2
        )
    )
    forced = service.history("Robin", clock() - _day(), clock() + _day())[-1]
    assert forced.flagged and forced.confirmed

    # Another person: File ▸ New person (Ctrl+Shift+N), then back to Robin.
    reactivate(qtbot, window)

    def new_person(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "new-person-name")
        assert isinstance(name, QLineEdit)
        qtbot.keyClicks(name, "Sam")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    when_modal(new_person)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.person == "Sam")
    switcher = find(window, QComboBox, "person-switcher")
    assert isinstance(switcher, QComboBox)
    assert switcher.currentText() == "Sam"
    assert "No scheduled doses today." in _texts(window)
    switcher.setFocus()
    qtbot.keyClick(switcher, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.person == "Robin")
    assert window.windowTitle() == "Robin[*] — MedPlanner"  # the app's name once
    assert find(window, QWidget, "dose-gabapentin-15:00").isVisible()


def click_item(qtbot: QtBot, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tab(qtbot: QtBot, window: MainWindow, text: str) -> None:
    bar = window.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def _texts(window: QWidget) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def _day():  # type: ignore[no-untyped-def]
    from datetime import timedelta

    return timedelta(days=1)
