"""Issue 18 item 8 and issue 22 item 1 in the pop-up: doses due together are rows of ONE
reminder window (never stacked windows); a dose due while it is open joins the list; the
window is wholly on the screen and grows (never squeezes) when a skip reason opens; "Take
all due" records the listed doses through the one take flow and asks once about those
with a warning (default: none of them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from medplanner.gui.popup import ReminderWindow
from medplanner.gui.takeall import ConfirmAllDialog

from ..reminders.fakes import plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory
from .test_app_flow import when_modal

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

    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["12:05"]
    """,
    zone="Europe/London",
)
NOON = utc(2027, 1, 5, 12)

MakeController = Callable[..., ControllerRig]


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def windows() -> list[ReminderWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderWindow) and w.isVisible()
    ]


def taken(rig: ControllerRig) -> list[str]:
    day = timedelta(days=1)
    return sorted(
        e.medication
        for e in rig.service.history("Robin", NOON - day, NOON + day)
        if e.kind == "taken"
    )


def test_two_due_together_are_one_window_listing_both(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    first, second = rig.popups
    [window] = windows()
    assert first.window() is window and second.window() is window
    assert [r.reminder.medication for r in window.rows] == ["baclofen", "acetaminophen"]
    assert window.windowTitle() == "2 doses due — MedPlanner"
    assert window.take_all_button.isVisible()
    for row in (first, second):  # each row answers on its own
        assert row.take_button.isVisible() and row.skip_button.isVisible()
        assert row.snooze_button.isVisible()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)

    # A dose that comes due while the window is open joins its list.
    rig.advance_to(NOON + timedelta(minutes=5))
    [same] = windows()
    assert same is window
    assert [r.reminder.medication for r in window.rows] == [
        "baclofen",
        "acetaminophen",
        "gabapentin",
    ]
    assert window.windowTitle() == "3 doses due — MedPlanner"
    assert area.contains(window.frameGeometry())


def test_answering_rows_shrinks_the_list_and_the_last_closes_it(
    make_controller: MakeController,
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    [window] = windows()
    baclofen = window.rows[0]
    baclofen.take_button.click()
    assert [r.reminder.medication for r in window.rows] == ["acetaminophen"]
    assert window.isVisible()
    assert not window.take_all_button.isVisible()  # one dose: no "all"
    assert window.windowTitle() == "Time for Acetaminophen 500 mg — MedPlanner"
    window.rows[0].take_button.click()
    assert windows() == []
    assert taken(rig) == ["acetaminophen", "baclofen"]


def test_the_skip_reason_grows_the_window_and_squeezes_nothing(
    make_controller: MakeController,
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    [window] = windows()
    first, second = window.rows
    QApplication.processEvents()
    before = window.height()
    parts = [(w, w.height()) for r in (first, second) for w in (r.title_label, r.take_button)]
    second.skip_button.click()
    QApplication.processEvents()
    assert second.skip_row.isVisible()
    assert window.height() > before  # grown by the row
    assert [(w, w.height()) for w, _ in parts] == parts  # nothing squeezed
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry())


def test_take_all_due_without_warnings_records_every_listed_dose(
    make_controller: MakeController,
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    [window] = windows()
    window.take_all_button.click()
    assert taken(rig) == ["acetaminophen", "baclofen"]
    assert windows() == []
    assert rig.controller.last_take_all is not None
    assert not rig.controller.last_take_all.asked


def test_take_all_due_asks_once_about_the_warned_and_records_none_of_them(
    make_controller: MakeController, qtbot: QtBot
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    # A red flag stands: baclofen (sedating) needs a question, acetaminophen does not.
    rig.service.record_symptom("Robin", "breathing-difficulty", "mild", utc(2027, 1, 5, 11, 30))
    rig.advance_to(NOON)
    [window] = windows()
    seen: list[tuple[str, bool, list[str]]] = []

    def decline(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmAllDialog)
        text = dialog.accessibleDescription()
        seen.append((dialog.cancel_button.text(), dialog.cancel_button.isDefault(), [text]))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a tired Enter = the default: none

    when_modal(decline)
    window.take_all_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    [(default, is_default, [described])] = seen  # asked exactly once
    assert is_default and default.startswith("Don't take these")
    assert "baclofen" in described and "acetaminophen" not in described
    assert taken(rig) == ["acetaminophen"]  # the refused one is not recorded
    result = rig.controller.last_take_all
    assert result is not None and result.asked
    assert [p.medication.name for p in result.refused] == ["baclofen"]
    assert [r.reminder.medication for r in window.rows] == ["baclofen"]  # still to answer


def test_take_all_due_confirmed_records_the_warned_too(
    make_controller: MakeController, qtbot: QtBot
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.service.record_symptom("Robin", "breathing-difficulty", "mild", utc(2027, 1, 5, 11, 30))
    rig.advance_to(NOON)
    [window] = windows()
    asked: list[int] = []

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmAllDialog)
        asked.append(1)
        dialog.take_button.click()

    when_modal(accept)
    window.take_all_button.click()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [1]
    assert taken(rig) == ["acetaminophen", "baclofen"]
    assert windows() == []


def test_escape_puts_the_whole_list_aside_and_records_nothing(
    make_controller: MakeController, qtbot: QtBot
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    [window] = windows()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert windows() == [] and rig.popups == []
    assert taken(rig) == []
    # Put aside, not answered: the doses stay due (Today shows them), never re-popped.
    rig.advance_to(NOON + timedelta(minutes=1))
    assert [p.reminder.medication for p in rig.popups] == []


MANY = plan_text(
    "\n".join(
        f"""
    [[medications]]
    name = "{name}"
    start = 2027-01-05
    dose = "{dose}"
    times = ["12:00"]
    """
        for name, dose in (
            ("baclofen", "10 mg"),
            ("acetaminophen", "500 mg"),
            ("gabapentin", "300 mg"),
            ("ibuprofen", "200 mg"),
            ("pregabalin", "75 mg"),
            ("tizanidine", "2 mg"),
        )
    ),
    zone="Europe/London",
)


def test_many_doses_at_once_stay_on_the_screen_and_scroll(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), MANY)
    rig.advance_to(NOON)
    [window] = windows()
    assert len(window.rows) == 6
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    QApplication.processEvents()
    if window.rows_area.widget().height() > window.rows_area.viewport().height():  # type: ignore[union-attr]
        assert window.rows_area.verticalScrollBar().maximum() > 0  # reachable by scrolling
    assert window.take_all_button.isVisible()
