"""Issue 18 item 7: the catch-up window lists every dose that came due while the app was
closed, and only those, once; a restart never reminds again of a dose that was answered
or whose reminder was already shown (that is kept in the database, not in memory)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ..reminders.fakes import plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, close, controller_factory

pytestmark = OFFSCREEN_SIZE_HINTS

MakeController = Callable[..., ControllerRig]

NIGHT = plan_text(
    """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["03:00", "21:00"]

    [[medications]]
    name = "acetaminophen"
    start = 2027-01-05
    dose = "500 mg"
    times = ["21:30"]

    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "5 mg"
    times = ["06:00", "08:00", "23:00"]
    """,
    zone="Europe/London",
)


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def listed(rig: ControllerRig) -> list[str]:
    window = rig.catchup
    if window is None:
        return []
    return [f"{r.reminder.medication} {r.reminder.dose.wall:%H:%M}" for r in window.rows]


def popped(rig: ControllerRig) -> list[str]:
    return [f"{p.reminder.medication} {p.reminder.dose.wall:%H:%M}" for p in rig.popups]


def test_nine_hours_closed_lists_exactly_the_doses_in_between_once(
    make_controller: MakeController,
) -> None:
    evening = make_controller(utc(2027, 1, 5, 20, 30), NIGHT)
    evening.advance_to(utc(2027, 1, 5, 21))
    assert popped(evening) == ["gabapentin 21:00"]
    evening.popups[0].close()  # shown, then put aside unanswered: stays due in Today
    evening.advance_to(utc(2027, 1, 5, 21, 30))
    assert popped(evening) == ["acetaminophen 21:30"]
    evening.popups[0].take_button.click()
    evening.advance_to(utc(2027, 1, 5, 22))
    close(evening)  # the app is closed at 22:00

    # 07:00 next morning, nine hours later: one catch-up list of the doses in between.
    morning = make_controller(utc(2027, 1, 6, 7), home=evening.home)
    assert listed(morning) == ["baclofen 23:00", "gabapentin 03:00", "baclofen 06:00"]
    assert popped(morning) == []
    assert len(morning.batches) == 1
    morning.catchup.close()  # type: ignore[union-attr]
    close(morning)

    # Restarted again (and again): nothing is listed or popped up a second time.
    for minutes in (5, 10):
        again = make_controller(utc(2027, 1, 6, 7) + timedelta(minutes=minutes), home=evening.home)
        assert listed(again) == []
        assert popped(again) == []
        assert again.batches == []
        close(again)

    # The day goes on: the next dose is reminded on time, once.
    later = make_controller(utc(2027, 1, 6, 7, 30), home=evening.home)
    later.walk_until(utc(2027, 1, 6, 8, 1))
    assert popped(later) == ["baclofen 08:00"]
    assert len(later.batches) == 1


def test_an_answered_dose_is_never_listed_after_a_restart(make_controller: MakeController) -> None:
    evening = make_controller(utc(2027, 1, 5, 20, 30), NIGHT)
    close(evening)
    # Taken from the command line while the app was closed (the same database).
    from medplanner.service import Service

    with Service.open(evening.home, clock=lambda: utc(2027, 1, 5, 23, 5)) as cli:
        assert cli.take("Robin", "baclofen", utc(2027, 1, 5, 23, 5)).recorded
    morning = make_controller(utc(2027, 1, 6, 7), home=evening.home)
    assert "baclofen 23:00" not in listed(morning) + popped(morning)
    assert listed(morning) == [
        "gabapentin 21:00",
        "acetaminophen 21:30",
        "gabapentin 03:00",
        "baclofen 06:00",
    ]


def test_a_longer_closure_lists_every_dose_since_the_app_last_ran(
    make_controller: MakeController,
) -> None:
    """Closed at 20:45, opened at 10:00 the next day (more than the 12 h look-back):
    every dose since the close is listed, not only the last 12 hours' ones."""
    evening = make_controller(utc(2027, 1, 5, 20, 30), NIGHT)
    evening.advance_to(utc(2027, 1, 5, 20, 45))
    close(evening)
    morning = make_controller(utc(2027, 1, 6, 10), home=evening.home)
    assert listed(morning) == [
        "gabapentin 21:00",
        "acetaminophen 21:30",
        "baclofen 23:00",
        "gabapentin 03:00",
        "baclofen 06:00",
        "baclofen 08:00",
    ]
    close(morning)
    again = make_controller(utc(2027, 1, 6, 10, 5), home=evening.home)
    assert listed(again) == [] and popped(again) == []


def test_a_closure_of_days_lists_the_last_24_hours_only(make_controller: MakeController) -> None:
    evening = make_controller(utc(2027, 1, 5, 20, 30), NIGHT)
    close(evening)
    back = make_controller(utc(2027, 1, 8, 7, 30), home=evening.home)  # after 2.5 days
    window = back.catchup
    assert window is not None
    fired = [r.reminder.fire_at for r in window.rows]
    assert min(fired) >= utc(2027, 1, 7, 7, 30)
    assert len(fired) == 6  # one day of this plan's doses
