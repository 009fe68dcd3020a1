"""The stock panel and the refill dialog (pytest-qt, offscreen).

The figures come from a real service over a throw-away data dir, so what the panel shows is
what ``status --json`` says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from medplanner.gui.stock import RefillDialog, RefillRequest, StockPanel, apply_request
from medplanner.service import Service
from medplanner.service.changes import Changes
from tests.cli.test_stock_cmd import PLAN

ZONE = "Europe/London"

#: The offscreen platform says so whenever a top-level widget is shown; not our warning.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def at(day: int, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2027-01-{day:02d}T{hhmm}:00+00:00")


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Service]:
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    with Service.open() as service:
        service.import_plan(plan)
        yield service


@pytest.fixture
def panel(qtbot: QtBot) -> StockPanel:
    widget = StockPanel()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    return widget


def _texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_panel_shows_the_taper_danger_and_the_refill_warning(
    svc: Service, panel: StockPanel
) -> None:
    svc.set_stock("Sam", "baclofen", 13, at=at(13, "07:00"))
    svc.set_stock("Sam", "metformin", 10, at=at(13, "07:00"))
    svc.take("Sam", "baclofen", at(13, "08:00"))
    panel.set_reports(svc.stocks("Sam", at(13, "09:00")), ZONE)

    assert [r.report.medication for r in panel.rows] == ["baclofen", "metformin"]
    assert panel.empty_label.isHidden()
    bac = panel.row_for("Baclofen")
    assert bac is not None and bac.severity_label is not None and bac.message_label is not None
    assert bac.units_label.text() == "11 scored tablets of 10 mg on hand"
    assert bac.outlook_label.text() == "Runs out Fri 15 Jan 2027 at 08:00"
    # sign + word, never colour alone
    assert "Danger" in bac.severity_label.text() and "danger-" in bac.severity_label.text()
    assert bac.severity_label.accessibleName() == "Danger"
    assert "hallucinations" in bac.message_label.text() and "Source:" in bac.message_label.text()
    assert "Danger" in bac.accessibleName() and "Runs out" in bac.accessibleName()

    met = panel.row_for("metformin")
    assert met is not None and met.severity_label is not None
    assert "Warning" in met.severity_label.text() and "warning-" in met.severity_label.text()
    assert met.outlook_label.text() == "Runs out Mon 18 Jan 2027 at 08:00"
    assert panel.accessibleDescription() == "Danger about stock"


def test_panel_without_findings_and_without_stock(svc: Service, panel: StockPanel) -> None:
    panel.set_reports([], ZONE)
    assert not panel.rows and not panel.empty_label.isHidden()
    svc.set_stock("Sam", "metformin", 100, at=at(4, "07:00"))
    panel.set_reports(svc.stocks("Sam", at(4, "07:00")), ZONE)
    (row,) = panel.rows
    assert row.severity_label is None and row.message_label is None
    assert "Warning" not in _texts(row) and "Danger" not in _texts(row)
    assert row.outlook_label.text() == "Runs out Tue 23 Feb 2027 at 08:00"
    assert panel.accessibleDescription() == ""


def test_refill_button_is_big_named_and_asks(svc: Service, panel: StockPanel, qtbot: QtBot) -> None:
    svc.set_stock("Sam", "baclofen", 60, at=at(4, "07:00"))
    panel.set_reports(svc.stocks("Sam", at(4, "07:00")), ZONE)
    (row,) = panel.rows
    button = row.refill_button
    assert button.width() >= 44 and button.height() >= 44
    assert button.accessibleName() == "Refill or count baclofen"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(panel.refill_requested) as blocker:
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert blocker.args == ["baclofen"]


def test_refill_dialog_by_keyboard_and_applied(
    svc: Service, panel: StockPanel, qtbot: QtBot
) -> None:
    svc.set_stock("Sam", "baclofen", 60, at=at(4, "07:00"))
    (report,) = svc.stocks("Sam", at(4, "07:00"))
    dialog = RefillDialog(
        "baclofen", unit_words=report.unit_words, on_hand=report.units, parent=None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.isModal()
    assert "60 scored tablets of 10 mg" in dialog.now_label.text()
    for button in dialog.findChildren(QPushButton):
        assert button.width() >= 44 and button.height() >= 44 and button.accessibleName()
    for edit in (dialog.units_edit, dialog.reason_edit):
        assert edit.accessibleName()
    assert dialog.add_choice.isChecked()

    qtbot.keyClicks(dialog.units_edit, "30")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        qtbot.keyClick(dialog.units_edit, Qt.Key.Key_Return)  # Enter saves
    request = blocker.args[0]
    assert request == RefillRequest("add", Decimal(30), None)
    assert dialog.result() == dialog.DialogCode.Accepted

    done = apply_request(svc, "Sam", "baclofen", request, at(4, "07:30"))
    assert done.changes == Changes("Sam", stock=True)
    new = done.value
    assert new.units == 90 and new.runs_out == at(23, "14:00")
    panel.set_reports(svc.stocks("Sam", at(4, "07:30")), ZONE)
    assert panel.rows[0].outlook_label.text() == "Runs out Sat 23 Jan 2027 at 14:00"


def test_a_correction_needs_a_reason_and_can_subtract(svc: Service, qtbot: QtBot) -> None:
    svc.set_stock("Sam", "metformin", 20, at=at(4, "07:00"))
    dialog = RefillDialog("metformin", kind="add")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.correct_choice.setFocus()
    qtbot.keyClick(dialog.correct_choice, Qt.Key.Key_Space)
    assert dialog.kind == "correct" and "needed" in dialog.reason_edit.accessibleName()
    qtbot.keyClicks(dialog.units_edit, "-2")
    qtbot.keyClick(dialog.units_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert "Warning" in dialog.error_label.text() and "why" in dialog.error_label.text()

    qtbot.keyClicks(dialog.reason_edit, "dropped two")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    request = blocker.args[0]
    assert request == RefillRequest("correct", Decimal(-2), "dropped two")
    assert apply_request(svc, "Sam", "metformin", request, at(4, "07:05")).value.units == 18


def test_invalid_numbers_are_explained_and_escape_cancels(qtbot: QtBot) -> None:
    dialog = RefillDialog("baclofen", kind="set")
    qtbot.addWidget(dialog)
    dialog.show()
    got: list[object] = []
    dialog.submitted.connect(got.append)
    for text in ("", "-1", "lots", "0.0001"):
        dialog.units_edit.setText(text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.error_label.isHidden() and dialog.isVisible(), text
    assert got == []
    dialog.units_edit.setText("0")  # a count of none is a count
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert got == [RefillRequest("set", Decimal(0), None)]

    other = RefillDialog("baclofen")
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other.units_edit, Qt.Key.Key_Escape)
    assert other.result() == other.DialogCode.Rejected and other.result_request is None
