"""Issue 22 item 2 in the GUI: Plan a taper… / titration… on a medication makes the core
planner's draft, labelled as one, with its check findings; it reaches the plan only when
the person saves it in the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from medplanner.core.checks import run_checks
from medplanner.core.plan import loads
from medplanner.core.planner import draft_taper
from medplanner.gui.dialogs.planner import DRAFT_LABEL, PlannerDialog
from medplanner.gui.main_window import MainWindow
from medplanner.gui.views.medications import MedicationsView
from medplanner.service import Service

from .conftest import FakeClock, click, find

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

BACLOFEN_60 = Path(__file__).parents[2] / "docs" / "examples" / "baclofen-60.toml"
GABAPENTIN = """format = "medplanner-plan/1"
[person]
name = "Alex"
timezone = "Europe/London"
crcl_ml_min = 95

[[medications]]
name = "gabapentin"
strength = "300 mg"
start = 2027-01-04
continuing = true
dose = "300 mg"
times = ["08:00", "14:00", "20:00"]
"""


def _meds(window: MainWindow, service: Service, text: str) -> MedicationsView:
    service.save_plan(loads(text))
    assert window.ops is not None
    window.attach(window.ops)
    view = window.show_view("medications")
    assert isinstance(view, MedicationsView)
    return view


def _planner(qtbot: QtBot, window: MainWindow, kind: str) -> PlannerDialog:
    click(qtbot, find(window, QPushButton, f"plan-{kind}"))
    found = [d for d in window.findChildren(PlannerDialog) if d.isVisible()]
    assert found, "no planner dialog"
    return found[-1]


def test_baclofen_60_to_0_is_a_draft_that_passes_check_and_is_stored_only_on_save(
    qtbot: QtBot, window: MainWindow, service: Service, clock: FakeClock
) -> None:
    view = _meds(window, service, BACLOFEN_60.read_text(encoding="utf-8"))
    stored = service.current("Alex")
    dialog = _planner(qtbot, window, "taper")
    assert dialog.draft_label.text() == DRAFT_LABEL
    assert "nothing changes until you confirm" in dialog.draft_label.text()
    assert not dialog.open_button.isEnabled()

    click(qtbot, dialog.make_button)  # target empty: stop it
    draft = dialog.draft
    assert draft is not None
    expected = draft_taper(stored.plan, "baclofen", service.kb, start=clock().date())
    assert draft.steps == expected.steps and draft.stop == expected.stop
    totals = [str(s.daily_total()) for s in draft.steps]
    assert totals == ["45 mg", "30 mg", "15 mg"]
    assert not [f for f in run_checks(draft.plan, service.kb) if f.severity != "info"]
    words = dialog.steps.accessibleName()
    assert "DRAFT taper for baclofen" in words and "Last dose on" in words
    assert "15 mg at 08:00" in words and "Rules used:" in words

    click(qtbot, dialog.open_button)
    assert not dialog.isVisible()
    assert service.current("Alex").version == stored.version  # nothing stored yet
    assert view.has_unsaved_changes()
    assert "NOT saved" in view.save_status.accessibleName()
    assert view.form.draft().stop == draft.stop.isoformat()  # type: ignore[union-attr]

    click(qtbot, view.save_button)  # the person confirms the edit
    saved = service.current("Alex").plan.medications[0]
    assert saved.stop == draft.stop
    assert [s.daily_total() for s in saved.steps[-3:]] == [s.daily_total() for s in draft.steps]
    assert not [
        f for f in run_checks(service.current("Alex").plan, service.kb) if f.severity != "info"
    ]


def test_undo_drops_the_draft_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    view = _meds(window, service, BACLOFEN_60.read_text(encoding="utf-8"))
    stored = service.current("Alex")
    dialog = _planner(qtbot, window, "taper")
    click(qtbot, dialog.make_button)
    click(qtbot, dialog.open_button)
    view.undo_stack.undo()
    assert not view.has_unsaved_changes()
    assert service.current("Alex").version == stored.version
    assert view.form.draft().stop == ""


def test_a_titration_needs_a_target_and_a_refused_draft_shows_why(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    _meds(window, service, GABAPENTIN)
    dialog = _planner(qtbot, window, "titration")
    click(qtbot, dialog.make_button)  # no target
    assert "daily total" in dialog.target_box.problem_text
    assert not dialog.open_button.isEnabled()

    dialog.target.setText("1800 mg")
    click(qtbot, dialog.make_button)
    assert dialog.draft is not None and dialog.open_button.isEnabled()
    assert str(dialog.draft.steps[-1].daily_total()) == "1800 mg"

    dialog.target.setText("9000 mg")  # above the label's daily maximum
    click(qtbot, dialog.make_button)
    assert dialog.draft is None and not dialog.open_button.isEnabled()
    assert "No draft" in dialog.steps.accessibleName()
    dialog.close()


def test_a_draft_waits_for_unsaved_edits(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    view = _meds(window, service, GABAPENTIN)
    view.new_medication()
    assert view.plan_change("taper") is None
    assert "Save or undo your edits first" in view.save_status.accessibleName()


def test_every_control_of_the_planner_is_named(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit

    _meds(window, service, GABAPENTIN)
    dialog = _planner(qtbot, window, "taper")
    controls = (
        dialog.findChildren(QAbstractButton)
        + dialog.findChildren(QAbstractSpinBox)
        + dialog.findChildren(QLineEdit)
    )
    for widget in controls:
        if widget.isVisibleTo(dialog) and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()
    assert dialog.make_button.isDefault()
    dialog.close()
