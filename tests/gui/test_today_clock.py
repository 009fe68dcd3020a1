"""Issue 18 item 4: time on Today moves. One precise timer (the app's timer factory) wakes
Today at each minute boundary; each wake reads the injected clock, so a machine that slept
overnight comes back showing the right day. The clock is travelled; nothing sleeps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from medplanner.core.resources import DEMO_PLAN
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Changes
from medplanner.gui.views.today import TodayView
from medplanner.service import Service

from .conftest import FakeClock, find


def date_line(window: MainWindow) -> str:
    label = find(window, QLabel, "today-date")
    assert isinstance(label, QLabel)
    return label.text()


def test_today_moves_each_minute_and_after_a_night_asleep(
    qtbot: QtBot, service: Service, clock: FakeClock, window: MainWindow
) -> None:
    service.import_plan(DEMO_PLAN)
    assert window.ops is not None
    window.ops.announce(Changes.everything())
    window.show_view("today")
    today = window.views["today"]
    assert isinstance(today, TodayView)
    assert "now 09:05" in date_line(window)
    timer = today._timer
    assert timer.timerType() == Qt.TimerType.PreciseTimer and timer.isSingleShot()
    assert timer.isActive() and timer.interval() <= 60_500  # armed for the next minute

    clock.advance(minutes=1)
    timer.timeout.emit()  # the minute boundary
    assert "now 09:06" in date_line(window)

    clock.advance(hours=23, minutes=20)  # slept overnight: 08:26 the next day
    timer.timeout.emit()  # the first wake after the resume
    assert date_line(window).startswith("Thursday 7 January 2027 · now 08:26")
