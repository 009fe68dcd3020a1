"""Issue 22 item 3 in the GUI: what to ask for per strength, for the next N weeks, in the
"Drowsiness & stock" tab: the same core function as ``medplanner supply --weeks N``."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.core.supply import plan_supply
from medplanner.gui.dialogs.supply import SupplyPanel
from medplanner.gui.main_window import MainWindow
from medplanner.service import Service

from .test_diary_and_insight_tabs import SAME_TIME

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

UNMAKEABLE = SAME_TIME.replace('dose = "10 mg"', 'dose = "12 mg"')


def _panel(window: MainWindow, service: Service, text: str) -> SupplyPanel:
    service.save_plan(loads(text))
    assert window.ops is not None
    window.attach(window.ops)
    view = window.show_view("insight")
    assert view is not None
    panel = view.findChild(SupplyPanel, "supply-panel")
    assert isinstance(panel, SupplyPanel)
    return panel


def test_units_per_strength_for_the_weeks_chosen(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    panel = _panel(window, service, SAME_TIME)
    assert panel.weeks.value() == 4
    words = panel.result.accessibleName()
    assert "gabapentin: ask for 84 × 300 mg capsule." in words
    assert "baclofen: ask for 84 × 10 mg tablet." in words
    assert "From 06 Jan 2027 to 02 Feb 2027" in words
    plan = service.current("Robin").plan
    assert panel.supplies == plan_supply(
        plan, service.kb, plan.medications[0].start.replace(day=6), 4
    )

    panel.weeks.setValue(2)  # recomputed at once
    assert "gabapentin: ask for 42 × 300 mg capsule." in panel.result.accessibleName()
    assert panel.weeks.accessibleName() and panel.weeks.suffix() == " weeks"


def test_a_dose_the_strengths_cannot_make_is_a_warning_with_what_to_do(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    panel = _panel(window, service, UNMAKEABLE)
    words = panel.result.accessibleName()
    assert "Warning: 12 mg cannot be made from" in words
    assert "ask your prescriber or pharmacist" in words
    assert not all(s.makeable for s in panel.supplies)
