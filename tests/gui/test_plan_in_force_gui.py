"""Issue 18 item 2: Today, History and answering read the plan in force at each slot; a
plan change (a stagger suggestion applied from today) never rewrites what happened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Changes
from medplanner.service import Service
from medplanner.storage import Store

from .conftest import LONDON, FakeClock, click, find

BEFORE = """
format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
[[medications]]
name = "baclofen"
start = 2027-01-04
continuing = true
dose = "5 mg"
times = ["08:00", "14:00", "20:00"]
"""
#: The stagger suggestion, applied from today: the same doses, times moved.
AFTER = BEFORE.replace('"08:00", "14:00", "20:00"', '"10:00", "16:00", "22:00"')


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2027, 1, 5, 7, 0, tzinfo=LONDON))


@pytest.fixture
def service(data_dir: Path, clock: FakeClock) -> Iterator[Service]:
    """Versions stamped by the travelled clock: each comes into force when it is saved."""
    svc = Service(Store.open(data_dir, clock=clock), clock=clock)
    clock.set(datetime(2027, 1, 6, 7, 0, tzinfo=LONDON))
    svc.save_plan(loads(BEFORE))
    clock.set(datetime(2027, 1, 6, 8, 0, tzinfo=LONDON))
    yield svc
    svc.close()


def refresh(window: MainWindow, key: str = "today") -> None:
    assert window.ops is not None
    window.ops.announce(Changes.everything())
    window.show_view(key)


def row(window: MainWindow, name: str) -> QFrame:
    frame = find(window, QFrame, name)
    assert isinstance(frame, QFrame)
    return frame


def test_a_taken_dose_survives_a_stagger_applied_from_today(
    qtbot: QtBot, service: Service, clock: FakeClock, window: MainWindow
) -> None:
    refresh(window)
    click(qtbot, find(window, QPushButton, "next-take"))  # 08:00, taken at 08:00
    qtbot.waitUntil(lambda: "Taken" in row(window, "dose-baclofen-08:00").accessibleName())
    clock.set(datetime(2027, 1, 6, 9, 0, tzinfo=LONDON))
    assert window.ops is not None
    assert window.ops.save_plan(window, loads(AFTER)) is not None  # the stagger, from today
    refresh(window)
    assert "Taken" in row(window, "dose-baclofen-08:00").accessibleName()
    assert "Covered" in row(window, "dose-baclofen-10:00").accessibleName()
    assert [w for w in window.findChildren(QFrame) if w.objectName() == "dose-baclofen-14:00"] == []
    # Late in the day the two later doses were missed: History says 1 of 3, and no
    # finding calls for danger (nothing says "take now" for a dose already taken).
    clock.set(datetime(2027, 1, 6, 23, 30, tzinfo=LONDON))
    status = service.status("Robin", clock())
    assert [s.state for s in status.slots] == ["taken", "covered", "missed", "missed"]
    assert all(f.severity != "danger" for f in status.findings)
    refresh(window, "history")
    label = find(window, QLabel, "adherence")
    assert "baclofen: 1 of 3 taken" in label.accessibleName()


def test_an_old_versions_slot_is_answered_from_its_button(
    qtbot: QtBot, service: Service, clock: FakeClock, window: MainWindow
) -> None:
    clock.set(datetime(2027, 1, 6, 9, 0, tzinfo=LONDON))
    service.save_plan(loads(AFTER))  # 08:00 of the old version stays on Today, missed
    clock.set(datetime(2027, 1, 6, 9, 30, tzinfo=LONDON))
    refresh(window)
    old = row(window, "dose-baclofen-08:00")
    assert "Missed" in old.accessibleName()
    click(qtbot, find(old, QPushButton, "skip"))
    qtbot.waitUntil(lambda: "Skipped" in row(window, "dose-baclofen-08:00").accessibleName())
    day = timedelta(days=1)
    [skip] = [
        e for e in service.history("Robin", clock() - day, clock() + day) if e.kind == "skipped"
    ]
    assert skip.slot is not None and f"{skip.slot.wall:%H:%M}" == "08:00"
