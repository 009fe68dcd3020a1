"""Issue 21 item 4: "Count / refill" is there before any count, person fields show their
units (creatinine in mg/dL or µmol/L, converted), refill settings have a screen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.gui.main_window import MainWindow
from medplanner.gui.stock import RefillDialog, StockPanel, UncountedRow
from medplanner.gui.views.settings import SettingsView
from medplanner.service import Service

from .conftest import click, find
from .test_app_flow import retype
from .test_diary_and_insight_tabs import SAME_TIME

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

CG_PLAN = SAME_TIME.replace(
    "crcl_ml_min = 92",
    'age_years = 71\nweight_kg = 64\nsex = "female"\nserum_creatinine_mg_dl = 1.4',
)


def _open(window: MainWindow, service: Service, text: str = SAME_TIME) -> None:
    service.save_plan(loads(text))
    assert window.ops is not None
    window.attach(window.ops)


@pytest.mark.parametrize("view_key", ["medications", "insight"])
def test_count_or_refill_starts_a_count_before_any_exists(
    qtbot: QtBot, window: MainWindow, service: Service, view_key: str
) -> None:
    _open(window, service)
    view = window.show_view(view_key)
    assert view is not None
    panel = view.findChild(StockPanel)
    assert isinstance(panel, StockPanel)
    qtbot.waitUntil(panel.isVisible)
    assert [r.medication for r in panel.uncounted] == ["gabapentin", "baclofen"]
    assert panel.empty_label.isHidden()
    start = panel.uncounted[1]
    assert isinstance(start, UncountedRow) and start.state_label.text() == "Not counted yet"
    assert start.refill_button.text() == "Count / refill…"
    assert start.refill_button.accessibleName() == "Refill or count baclofen"
    click(qtbot, start.refill_button)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RefillDialog) and w.isVisible()
    )
    assert dialog.now_label.text() == "Not counted yet."
    dialog.set_choice.setChecked(True)
    qtbot.keyClicks(dialog.units_edit, "30")
    click(qtbot, dialog.save_button)
    report = service.stock("Robin", "baclofen", window.ops.now())  # type: ignore[union-attr]
    assert report is not None and report.units == Decimal(30)
    qtbot.waitUntil(lambda: panel.row_for("baclofen") is not None)
    assert [r.medication for r in panel.uncounted] == ["gabapentin"]  # still offered
    counted = panel.row_for("baclofen")
    assert counted is not None and counted.units_label.text().startswith("30 tablets")


def test_person_fields_show_their_units(qtbot: QtBot, window: MainWindow, service: Service) -> None:
    _open(window, service, CG_PLAN)
    view = window.show_view("settings")
    assert isinstance(view, SettingsView)
    units = {
        k: w.currentText() if isinstance(w, QComboBox) else w.text() for k, w in view.units.items()
    }  # type: ignore[attr-defined]
    assert units["weight_kg"] == "kg" and units["crcl_ml_min"] == "mL/min"
    assert units["serum_creatinine_mg_dl"] == "mg/dL"
    assert "kg" in find(window, QLineEdit, "person-weight_kg").accessibleName()


def test_creatinine_in_micromol_per_litre_is_converted_and_stored_in_mg_per_dl(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    _open(window, service, CG_PLAN)
    view = window.show_view("settings")
    assert isinstance(view, SettingsView)
    creatinine = find(window, QLineEdit, "person-serum_creatinine_mg_dl")
    assert isinstance(creatinine, QLineEdit) and creatinine.text() == "1.4"
    view.creatinine_unit.setCurrentIndex(view.creatinine_unit.findData("µmol/L"))
    assert creatinine.text() == "123.76"  # 1.4 × 88.4
    assert creatinine.accessibleName() == "Serum creatinine in µmol/L"
    retype(qtbot, creatinine, "97.24")  # = 1.1 mg/dL
    click(qtbot, find(window, QPushButton, "save-person"))
    assert service.current("Robin").plan.person.serum_creatinine_mg_dl == Decimal("1.1")
    assert view.creatinine_unit.currentData() == "mg/dL"  # shown again as stored
    assert creatinine.text() == "1.1"


def test_refill_settings_are_checked_and_saved(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    _open(window, service)
    view = window.show_view("settings")
    assert isinstance(view, SettingsView)
    lead = find(window, QSpinBox, "refill-lead-days")
    assert isinstance(lead, QSpinBox) and lead.value() == 7 and lead.suffix() == " days"
    assert lead.maximum() == 90
    lead.setValue(10)
    at = find(window, QLineEdit, "refill-reminder-time")
    retype(qtbot, at, "25:00")  # type: ignore[arg-type]
    click(qtbot, find(window, QPushButton, "save-refill"))
    assert "not a time of day" in at.accessibleDescription()
    assert service.refill_settings("Robin").lead_days == 7  # nothing stored
    retype(qtbot, at, "9:30")  # type: ignore[arg-type]
    assert "HH:MM" in " ".join(w.text() for w in view.findChildren(QLabel))
    click(qtbot, find(window, QPushButton, "save-refill"))
    stored = service.refill_settings("Robin")
    assert stored.lead_days == 10 and stored.reminder_time is not None
    assert stored.reminder_time.strftime("%H:%M") == "09:30"
    assert at.accessibleDescription() == ""
    assert "10 days before the run-out, at 09:30" in view.refill_status.accessibleName()
