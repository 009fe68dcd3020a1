"""Issue 18 item 8: pop-ups due together stack without overlapping, wholly on the screen's
available area, and grow (never squeeze) when the skip reason opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..reminders.fakes import plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory

pytestmark = OFFSCREEN_SIZE_HINTS

PLAN = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "10 mg"
    times = ["12:00"]

    [[medications]]
    name = "acetaminophen"
    start = 2027-01-05
    dose = "500 mg"
    times = ["12:00"]
    """,
    zone="Europe/London",
)


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[Callable[..., ControllerRig]]:
    yield from controller_factory(tmp_path)


def test_two_due_together_stack_wholly_on_screen(
    make_controller: Callable[..., ControllerRig],
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(utc(2027, 1, 5, 12))
    first, second = rig.popups
    area = QGuiApplication.primaryScreen().availableGeometry()
    for popup in (first, second):
        assert area.contains(popup.frameGeometry()), (popup.frameGeometry(), area)
    assert not first.frameGeometry().intersects(second.frameGeometry())

    before = second.height()
    second.skip_button.click()
    assert second.skip_row.isVisible()
    assert second.height() >= before  # grown, not squeezed
    assert area.contains(second.frameGeometry())
    assert not first.frameGeometry().intersects(second.frameGeometry())
