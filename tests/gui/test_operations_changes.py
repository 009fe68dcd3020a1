"""The GUI's operations layer emits exactly the Changes the service returned (issue 19)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from medplanner.core.events import Slot
from medplanner.gui.operations import Operations
from medplanner.service import Service
from medplanner.service.changes import Changes
from tests.cli.test_stock_cmd import PLAN

NOW = datetime.fromisoformat("2027-01-13T09:00:00+00:00")


def test_each_operation_announces_the_kind_it_changed(qtbot: QtBot, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    service = Service.open(tmp_path / "data", clock=lambda: NOW)
    ops = Operations(service, lambda: NOW)
    seen: list[Changes] = []
    ops.changed.connect(seen.append)
    try:
        assert ops.import_plan(None, plan) is not None
        assert seen[-1] == Changes("Sam", plan=True, persons=True)
        dose = service.propose_skip("Sam", "metformin", NOW).check.slot
        assert dose is not None
        assert ops.skip(None, "Sam", "metformin", Slot.of(dose)) is not None
        assert seen[-1] == Changes("Sam", events=True)
        assert ops.set_setting(None, "reminders.snooze_minutes", "5,10", person=None)
        assert seen[-1] == Changes(None, settings=True)
        assert ops.setting("reminders.snooze_minutes") == "5,10"
        assert ops.mark_safe(None, "Sam")
        assert seen[-1] == Changes("Sam", diary=True)
        count = len(seen)
        ops.announce(Changes("Sam"))  # nothing changed: nothing to redraw
        assert len(seen) == count
    finally:
        ops.service.close()
