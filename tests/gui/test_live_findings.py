"""Live checks never go stale: every edit re-runs them, even one that changes only words.

A finding keeps its code, medication and date when only the dose changes (600 → 1500 mg
is still ``start-dose-above-recommended`` on the first day), but its message changes: the
panel must show the new message, never the old one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from medplanner.gui.main_window import MainWindow
from medplanner.service import Service

from .conftest import click, find, type_cell
from .test_app_flow import add_medication, line, retype


def finding_text(window: QWidget, code: str) -> str:
    card = window.findChild(QWidget, f"finding-{code}")
    if card is None or not card.isVisible():
        return ""
    return card.accessibleName()


def test_changing_only_the_dose_text_updates_the_finding(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    retype(qtbot, line(window, "welcome-name"), "Robin")
    click(qtbot, find(window, QPushButton, "welcome-create"))
    qtbot.waitUntil(lambda: service.persons() == ["Robin"])
    table = add_medication(qtbot, window, "gabapentin", "100 mg", "2027-01-04")
    type_cell(qtbot, table, 0, 2, "08:00, 14:00, 20:00")
    type_cell(qtbot, table, 0, 1, "600 mg")
    code = "start-dose-above-recommended"
    qtbot.waitUntil(lambda: "1800" in finding_text(window, code))
    first = finding_text(window, code)

    type_cell(qtbot, table, 0, 1, "500 mg")  # same code, medication and day: other words
    qtbot.waitUntil(lambda: "1500" in finding_text(window, code))
    assert "1800" not in finding_text(window, code)
    assert finding_text(window, code) != first
