"""The Diary and "Drowsiness & stock" tabs of the main window, driven as a person would."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Changes
from medplanner.service import Service

from .conftest import LONDON, FakeClock, by_accessible_name, click
from .test_app_parts import with_demo

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

SAME_TIME = """format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
crcl_ml_min = 92
[[medications]]
name = "gabapentin"
strength = "300 mg"
start = 2027-01-01
continuing = true
dose = "300 mg"
times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "baclofen"
strength = "10 mg"
start = 2027-01-01
continuing = true
dose = "10 mg"
times = ["08:00", "14:00", "20:00"]
"""


def texts(widget: QWidget) -> str:
    return " ".join(w.text() for w in widget.findChildren(QLabel) if w.isVisible())


def test_red_flag_in_the_diary_tab_shows_the_banner(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    with_demo(window, service)
    tab = window.show_view("diary")
    assert tab is not None
    symptom = by_accessible_name(tab, "Symptom")
    symptom.setCurrentIndex(symptom.findData("breathing-difficulty"))  # type: ignore[attr-defined]
    severe = [w for w in tab.findChildren(QRadioButton) if w.accessibleName() == "Severity: severe"]
    click(qtbot, severe[0])
    click(qtbot, by_accessible_name(tab, "Add this symptom to the diary"))
    qtbot.waitUntil(lambda: "emergency" in texts(tab).lower())


def test_stagger_suggestion_and_stock_in_the_insight_tab(
    qtbot: QtBot, window: MainWindow, service: Service, clock: FakeClock
) -> None:
    service.save_plan(loads(SAME_TIME))
    service.set_stock("Robin", "baclofen", 6, at=datetime(2027, 1, 6, 8, 0, tzinfo=LONDON))
    assert window.ops is not None
    window.attach(window.ops)
    view = window.show_view("insight")
    assert view is not None
    apply = by_accessible_name(view, "Apply the suggested times")
    qtbot.waitUntil(apply.isVisible)  # both at 08:00/14:00/20:00: a suggestion to discuss
    assert "not a label rule" in texts(view)
    qtbot.waitUntil(lambda: "Danger" in texts(view))  # baclofen runs out: taper drug
    assert by_accessible_name(view, "Daily dose over the weeks").isVisible()


def test_file_print_prints_the_schedule(
    qtbot: QtBot, window: MainWindow, service: Service, tmp_path: Path
) -> None:
    """File ▸ Print, with the printer a PDF file so the pages can be read back."""
    import shutil
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    with_demo(window, service)
    assert window.print_action.shortcut().toString()  # Ctrl+P (the platform's Print key)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = window.print_schedule(printer)
    assert pages >= 2 and out.stat().st_size > 0
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Medication schedule — Robin" in text and "GET EMERGENCY HELP NOW" in text
        assert "baclofen" in text and "gabapentin" in text


def test_today_shows_stock_and_a_refill_moves_the_run_out(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton

    from medplanner.gui.stock import RefillDialog, StockPanel

    service.save_plan(loads(SAME_TIME))
    service.set_stock("Robin", "baclofen", 6, at=datetime(2027, 1, 6, 8, 0, tzinfo=LONDON))
    assert window.ops is not None
    window.attach(window.ops)
    today = window.show_view("today")
    assert today is not None

    def panel() -> StockPanel:
        found = today.findChild(StockPanel, "today-stock")
        assert isinstance(found, StockPanel)
        return found

    qtbot.waitUntil(lambda: "Danger" in texts(panel()))  # 6 tablets: runs out in 2 days
    assert "Runs out" in texts(panel())
    button = next(
        b
        for b in panel().findChildren(QPushButton)
        if b.accessibleName() == "Refill or count baclofen"
    )
    click(qtbot, button)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RefillDialog) and w.isVisible()
    )
    assert "6 tablets" in dialog.now_label.text()
    qtbot.keyClicks(dialog.units_edit, "90")
    qtbot.keyClick(dialog.units_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "96 tablets of 10 mg on hand" in texts(panel()))
    assert "Danger" not in texts(panel())  # 96 tablets last a month: no danger now


def test_medications_view_shows_stock_and_run_out(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    from medplanner.gui.stock import StockPanel

    service.save_plan(loads(SAME_TIME))
    assert window.ops is not None
    window.attach(window.ops)
    meds = window.show_view("medications")
    assert meds is not None
    panel = meds.findChild(StockPanel, "medications-stock")
    assert isinstance(panel, StockPanel) and not panel.rows  # nothing counted yet,
    assert len(panel.uncounted) == 2  # but "Count / refill…" is offered (issue 21)
    service.set_stock("Robin", "baclofen", 6, at=datetime(2027, 1, 6, 8, 0, tzinfo=LONDON))
    window.ops.announce(Changes("Robin", settings=True))
    qtbot.waitUntil(lambda: panel.row_for("baclofen") is not None)
    qtbot.waitUntil(panel.rows[0].isVisible)
    assert "Runs out" in texts(panel) and "Danger" in texts(panel)
