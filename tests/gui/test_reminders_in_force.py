"""Issue 18 (item 2 for reminders): a dose due before a plan change is reminded, and caught
up, as the plan version in force at its time had it (contract §4, core/inforce.py); a
slot covered by a take under the previous version is not reminded at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from medplanner.core.plan import loads
from medplanner.service import Service

from ..reminders.fakes import plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, close, controller_factory

pytestmark = OFFSCREEN_SIZE_HINTS

MakeController = Callable[..., ControllerRig]

V1 = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "10 mg"
    times = ["09:00", "13:00"]
    """,
    zone="Europe/London",
)
V2 = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "20 mg"
    times = ["10:30", "14:00"]
    """,
    zone="Europe/London",
)


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def change_plan_while_closed(rig: ControllerRig) -> None:
    """10:00: the plan is replaced from the command line while the app is closed."""
    close(rig)
    with Service.open(rig.home, clock=lambda: utc(2027, 1, 5, 10)) as cli:
        cli.save_plan(loads(V2))


def test_a_dose_before_the_change_is_caught_up_as_its_version_had_it(
    make_controller: MakeController,
) -> None:
    morning = make_controller(utc(2027, 1, 5, 8), V1)
    change_plan_while_closed(morning)
    later = make_controller(utc(2027, 1, 5, 10, 15), home=morning.home)
    # The 09:00 dose of the old version came due while closed: reminded as 10 mg at 09:00
    # (the new version has no 09:00 at all).
    [popup] = later.popups
    assert (popup.reminder.dose.wall.strftime("%H:%M"), str(popup.reminder.dose.dose)) == (
        "09:00",
        "10 mg",
    )
    # Ahead: the new version's slots only (the old 13:00 is no longer planned).
    planned = [
        (f"{r.dose.wall:%H:%M}", str(r.dose.dose))
        for r in later.controller.engine.planned
        if r.dose.day == popup.reminder.dose.day
    ]
    assert planned == [("10:30", "20 mg"), ("14:00", "20 mg")]
    # Answering it records the old version's slot (the one take flow judges it by v1).
    popup.take_button.click()
    assert later.popups == []
    [event] = [
        e
        for e in later.service.history("Robin", utc(2027, 1, 5), utc(2027, 1, 6))
        if e.kind == "taken"
    ]
    assert (f"{event.slot}", str(event.amount)) == ("2027-01-05 09:00", "10 mg")


def test_a_slot_covered_by_a_take_under_the_old_version_is_not_reminded(
    make_controller: MakeController,
) -> None:
    morning = make_controller(utc(2027, 1, 5, 8), V1)
    morning.advance_to(utc(2027, 1, 5, 9))
    morning.popups[0].take_button.click()  # 09:00 taken under v1
    change_plan_while_closed(morning)
    later = make_controller(utc(2027, 1, 5, 10, 20), home=morning.home)
    later.walk_until(utc(2027, 1, 5, 10, 45))
    # v2's 10:30 comes 90 min after the 09:00 take: covered, so no reminder for it.
    assert later.batches == []
    later.walk_until(utc(2027, 1, 5, 14, 1))
    assert [f"{p.reminder.dose.wall:%H:%M}" for p in later.popups] == ["14:00"]
