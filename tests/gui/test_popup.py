"""The pop-up window itself: on top without taking focus, big targets, keyboard, accessibility."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QToolButton

from medplanner.gui.confirm import MIN_TARGET
from medplanner.gui.popup import ReminderPopup

from ..reminders.fakes import plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory

MakeController = Callable[..., ControllerRig]
pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


PLAN = plan_text(
    """
    [[medications]]
    name = "baclofen"
    start = 2027-01-05
    dose = "10 mg"
    times = ["12:00", "18:00"]
    """,
    zone="Europe/London",
)
NOON = utc(2027, 1, 5, 12)


def popup_at_noon(make_controller: MakeController) -> tuple[ControllerRig, ReminderPopup]:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    [popup] = rig.popups
    return rig, popup


def test_stays_on_top_and_is_shown_without_activating(make_controller: MakeController) -> None:
    _, popup = popup_at_noon(make_controller)
    window = popup.window()  # the one reminder window that lists the dose
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # Reachable from the keyboard once the person switches to it:
    assert not window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_does_not_take_the_keyboard_from_what_the_person_is_typing(
    make_controller: MakeController, qtbot: Any
) -> None:
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        # These test platforms activate every window they show, whatever the hint says
        # (checked by hand under Xvfb/xcb: the editor kept the keyboard).
        pytest.skip("the offscreen platform ignores WA_ShowWithoutActivating")
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.setFocus()
    _, popup = popup_at_noon(make_controller)
    assert popup.isVisible()
    assert QApplication.activeWindow() is editor
    assert QApplication.focusWidget() is editor


def test_medication_and_dose_are_in_the_largest_type(make_controller: MakeController) -> None:
    _, popup = popup_at_noon(make_controller)
    assert popup.title_label.text() == "Baclofen 10 mg"
    title = popup.title_label.font().pointSizeF()
    for label in (popup.when_label, popup.context_label, popup.person_label):
        assert label.font().pointSizeF() < title
    assert popup.context_label.text() == "No dose of baclofen recorded yet"
    assert popup.window().windowTitle() == "Time for Baclofen 10 mg — MedPlanner"


def test_last_taken_context_line(make_controller: MakeController) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    rig.clock.now = utc(2027, 1, 5, 12, 5)
    rig.popups[0].take_button.click()
    rig.advance_to(utc(2027, 1, 5, 18))
    [popup] = rig.popups
    assert popup.context_label.text() == "Last taken 5 h 55 min ago, at 12:05"


def test_every_button_is_a_big_target_with_a_name(make_controller: MakeController) -> None:
    _, popup = popup_at_noon(make_controller)
    popup.skip_button.click()  # show the skip row too
    buttons = popup.findChildren(QPushButton) + popup.findChildren(QToolButton)
    assert len(buttons) == 6  # with the (hidden) emergency banner's "I'm safe now"
    popup.red_flag_banner.show()
    for button in buttons:
        size = button.size()
        assert size.width() >= MIN_TARGET and size.height() >= MIN_TARGET, button.text()
        assert button.accessibleName(), button.text()
        assert "&" in button.text()  # a mnemonic for the keyboard


def test_announced_to_screen_readers(make_controller: MakeController) -> None:
    _, popup = popup_at_noon(make_controller)
    assert popup.accessibleName() == "Medication reminder"
    assert popup.accessibleDescription().startswith("Time to take Baclofen 10 mg. Due at 12:00.")


def test_snooze_offers_5_10_30_minutes(make_controller: MakeController) -> None:
    _, popup = popup_at_noon(make_controller)
    texts = [a.text().replace("&", "") for a in popup.snooze_menu.actions()]
    assert texts == ["5 minutes", "10 minutes", "30 minutes"]
    assert popup.snooze_button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup


def test_escape_dismisses_without_writing_anything(
    make_controller: MakeController, qtbot: Any
) -> None:
    rig, popup = popup_at_noon(make_controller)
    with qtbot.waitSignal(popup.dismissed, timeout=1000):
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert rig.popups == []
    assert rig.service.history("Robin", utc(2027, 1, 1), utc(2027, 2, 1)) == []
    assert rig.changes == 0


def test_escape_in_the_skip_row_only_closes_the_row(
    make_controller: MakeController, qtbot: Any
) -> None:
    _, popup = popup_at_noon(make_controller)
    popup.skip_button.click()
    assert popup.skip_row.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.skip_row.isVisible()
    assert popup.isVisible()


def test_enter_while_the_skip_row_is_open_does_not_take(
    make_controller: MakeController, qtbot: Any
) -> None:
    rig, popup = popup_at_noon(make_controller)
    popup.skip_button.click()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert rig.service.history("Robin", utc(2027, 1, 1), utc(2027, 2, 1)) == []
    assert popup.isVisible()


def test_enter_on_a_focused_button_presses_that_button(
    make_controller: MakeController, qtbot: Any
) -> None:
    rig, popup = popup_at_noon(make_controller)
    popup.skip_button.setFocus()
    assert popup.focusWidget() is popup.skip_button or QApplication.focusWidget() is None
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    if popup.focusWidget() is popup.skip_button:  # offscreen may not focus inactive windows
        assert popup.skip_row.isVisible()
    assert rig.service.history("Robin", utc(2027, 1, 1), utc(2027, 2, 1)) == []


def test_the_same_dose_never_has_two_popups(make_controller: MakeController) -> None:
    rig, popup = popup_at_noon(make_controller)
    ten = next(a for a in popup.snooze_menu.actions() if "10" in a.text())
    ten.trigger()
    rig.advance_to(utc(2027, 1, 5, 12, 10))
    assert len(rig.popups) == 1
