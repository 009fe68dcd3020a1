"""Issue 22 item 1 on Today: "Take all due" records every due dose through the one take
flow (the service calls of ``take --all-due``), asks ONCE about those with a warning
(default: none of them), and records none of the refused ones."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Changes
from medplanner.gui.takeall import ConfirmAllDialog
from medplanner.service import Service

from ..reminders.fakes import plan_text
from .conftest import FakeClock, click, find
from .test_app_flow import when_modal

PLAN = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "10 mg"
    times = ["09:00", "21:00"]

    [[medications]]
    name = "acetaminophen"
    start = 2027-01-05
    dose = "500 mg"
    times = ["09:00", "21:00"]
    """,
    zone="Europe/London",
)


@pytest.fixture
def planned(service: Service, clock: FakeClock) -> Service:
    at = clock()
    clock.set(at - timedelta(days=1))  # stored yesterday: today's 09:00 doses are tracked
    service.save_plan(loads(PLAN))
    clock.set(at)  # 09:05: both 09:00 doses are due
    return service


def today(window: MainWindow) -> QPushButton:
    assert window.ops is not None
    window.ops.announce(Changes.everything())
    window.show_view("today")
    content = window.views["today"].content
    assert content is not None
    button = find(content, QPushButton, "take-all-due")
    assert isinstance(button, QPushButton)
    return button


def taken(service: Service, clock: FakeClock) -> list[str]:
    now: datetime = clock()
    day = timedelta(days=1)
    return sorted(
        e.medication for e in service.history("Robin", now - day, now + day) if e.kind == "taken"
    )


def note(window: MainWindow) -> str:
    content = window.views["today"].content
    assert content is not None
    label = find(content, QLabel, "take-all-note")
    assert isinstance(label, QLabel)
    return label.text()


def test_take_all_due_records_both_due_doses(
    qtbot: QtBot, planned: Service, clock: FakeClock, window: MainWindow
) -> None:
    button = today(window)
    assert button.text() == "Take all due (2)"
    click(qtbot, button)
    assert taken(planned, clock) == ["acetaminophen", "baclofen"]
    assert note(window).startswith("Recorded 2:")
    content = window.views["today"].content
    assert content is not None
    assert not [w for w in content.findChildren(QPushButton, "take-all-due") if w.isVisible()]


def test_take_all_due_asks_once_and_records_none_of_the_refused(
    qtbot: QtBot, planned: Service, clock: FakeClock, window: MainWindow
) -> None:
    planned.record_symptom("Robin", "breathing-difficulty", "mild", clock() - timedelta(minutes=3))
    button = today(window)
    asked: list[str] = []

    def decline(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmAllDialog)
        asked.append(dialog.accessibleDescription())
        assert dialog.cancel_button.isDefault()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default: take none of these

    when_modal(decline)
    click(qtbot, button)
    qtbot.waitUntil(lambda: bool(asked))
    [described] = asked  # one question, listing the warned dose with its finding
    assert described.startswith("baclofen 10 mg (09:00): GET EMERGENCY HELP NOW")
    assert "acetaminophen" not in described
    assert taken(planned, clock) == ["acetaminophen"]
    assert "Not recorded: baclofen 10 mg (09:00)." in note(window)
