"""Closing the window where no tray exists asks before it ends the reminders.

Without a tray the app's reminder engine lives and dies with the window: closing it used
to quit reminders silently. Now the person is asked, and the question says whether
MedPlanner will start again at login. File ▸ Quit is a knowing quit and asks nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from medplanner.gui.main_window import MainWindow
from medplanner.gui.tray import set_start_at_login

from .test_app_flow import when_modal

Answer = list[str]


def answer(button: str, seen: Answer) -> None:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.informativeText())
        if button == "cancel":
            dialog.button(QMessageBox.StandardButton.Cancel).click()
        else:
            found = dialog.findChild(QPushButton, button)
            assert found is not None, button
            found.click()

    when_modal(act)


@pytest.fixture
def no_tray(window: MainWindow) -> Iterator[MainWindow]:
    window.close_to_tray = False  # what the app sets when the desktop has no tray
    window.reminders_running = True
    yield window
    window.reminders_running = False  # the fixture's own teardown closes it unasked


def test_keep_running_minimises_and_reminders_go_on(qtbot: QtBot, no_tray: MainWindow) -> None:
    seen: Answer = []
    answer("keep-running", seen)
    assert no_tray.close() is False  # the window (and with it the reminder engine) stays
    assert no_tray.windowState() & Qt.WindowState.WindowMinimized
    assert "no tray" in seen[0] and "reminders stop" in seen[0]


def test_quit_knowingly_closes(qtbot: QtBot, no_tray: MainWindow) -> None:
    seen: Answer = []
    answer("quit-no-reminders", seen)
    assert no_tray.close() is True
    assert "until you open it again" in seen[0]  # no autostart file: says so


def test_cancel_leaves_everything_as_it_was(qtbot: QtBot, no_tray: MainWindow) -> None:
    seen: Answer = []
    answer("cancel", seen)
    assert no_tray.close() is False
    assert no_tray.isVisible() and not no_tray.isMinimized()


def test_the_question_says_when_reminders_come_back_at_login(
    qtbot: QtBot, no_tray: MainWindow
) -> None:
    assert no_tray.autostart is not None
    set_start_at_login(True, no_tray.autostart, command="medplanner")
    seen: Answer = []
    answer("cancel", seen)
    no_tray.close()
    assert "starts by itself when you log in" in seen[0]


def test_file_quit_asks_nothing(qtbot: QtBot, no_tray: MainWindow, tmp_path: Path) -> None:
    assert no_tray.close_to_tray is False
    no_tray._quit_knowingly = True  # what File ▸ Quit sets around its close()
    try:
        assert no_tray.close() is True  # no dialog was answered, none was shown
    finally:
        no_tray._quit_knowingly = False
