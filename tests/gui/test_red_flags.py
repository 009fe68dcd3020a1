"""Issue 18 items 1 and 6 in the GUI: a standing red flag shows the emergency banner on
Today, on every pop-up and in the tray; taking a sedating dose asks first with "Don't take
it — get help" as the default; "I'm safe now" ends it (logged); a sedating dose taken close
to another sedating drug's recorded take is told after recording, never blocked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QPushButton
from pytestqt.qtbot import QtBot

from medplanner.core.resources import DEMO_PLAN
from medplanner.gui import confirm
from medplanner.gui.confirm import ConfirmTakeDialog
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import Changes
from medplanner.service import Service

from ..reminders.fakes import plan_text, utc
from .conftest import FakeClock, click, find
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory
from .test_app_flow import when_modal

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def robin(service: Service, clock: FakeClock) -> Service:
    service.import_plan(DEMO_PLAN)
    return service


def takes(service: Service, clock: FakeClock) -> list[str]:
    day = timedelta(days=1)
    return [
        f"{e.medication} {e.at.astimezone(clock().tzinfo):%H:%M}"
        for e in service.history("Robin", clock() - day, clock() + day)
        if e.kind == "taken"
    ]


def show_today(window: MainWindow, service: Service) -> None:
    assert window.ops is not None
    window.ops.announce(Changes.everything())
    window.show_view("today")


def test_today_banner_asks_before_a_sedating_dose_and_safe_now_ends_it(
    qtbot: QtBot, robin: Service, clock: FakeClock, window: MainWindow
) -> None:
    robin.record_symptom("Robin", "breathing-difficulty", "mild", clock() - timedelta(minutes=4))
    show_today(window, robin)
    banner = find(window, QFrame, "redFlagBanner")
    today = window.views["today"]
    content = today.content
    assert content is not None
    # The emergency comes first on Today: above the NEXT card.
    assert banner.y() < find(content, QFrame, "next-dose").y()
    assert "GET EMERGENCY HELP NOW" in banner.accessibleName()

    seen: list[tuple[bool, str, str]] = []

    def default_answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmTakeDialog)
        default = dialog.cancel_button
        seen.append((default.isDefault(), default.text(), dialog.take_button.text()))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a tired Enter = the default button

    when_modal(default_answer)
    click(qtbot, find(content, QPushButton, "next-take"))  # gabapentin 09:00, sedating
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(True, "Don't take it — get help", "Take it anyway")]
    assert takes(robin, clock) == []

    # "I'm safe now": logged, the banner goes, the next Take asks nothing.
    click(qtbot, find(window, QPushButton, "redFlagSafe"))
    qtbot.waitUntil(
        lambda: not [w for w in window.findChildren(QFrame, "redFlagBanner") if w.isVisible()]
    )
    name = robin._store.person("Robin").name
    assert robin._store.diary.safe_marks(
        name, clock() - timedelta(hours=1), clock() + timedelta(1)
    ) == [clock()]
    content = window.views["today"].content
    assert content is not None
    click(qtbot, find(content, QPushButton, "next-take"))
    qtbot.waitUntil(lambda: takes(robin, clock) == ["gabapentin 09:05"])


def test_a_sedating_take_close_to_another_is_told_after_recording(
    qtbot: QtBot, robin: Service, clock: FakeClock, window: MainWindow
) -> None:
    assert robin.take("Robin", "baclofen", clock() - timedelta(hours=1, minutes=55)).recorded
    show_today(window, robin)
    content = window.views["today"].content
    assert content is not None
    click(qtbot, find(content, QPushButton, "next-take"))
    qtbot.waitUntil(lambda: bool(confirm.NOTES))
    note = confirm.NOTES[-1]
    words = note.accessibleDescription()
    assert "09:05" in words and "07:10" in words and "baclofen" in words
    assert not note.isModal()
    assert takes(robin, clock) == ["baclofen 07:10", "gabapentin 09:05"]  # never blocked
    note.close()


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[Callable[..., ControllerRig]]:
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


def test_every_popup_shows_the_banner_and_its_safe_button_works(
    make_controller: Callable[..., ControllerRig],
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.service.record_symptom("Robin", "seizures", "mild", utc(2027, 1, 5, 11, 30))
    rig.advance_to(utc(2027, 1, 5, 12))
    [popup] = rig.popups
    assert popup.red_flag_banner.isVisible()
    assert "Seizures (mild)" in popup.red_flag_banner.details.text()
    assert popup.description.warning  # Enter is not Take
    assert popup.findings_box.count() and "red-flag-standing" in [
        f.code for f in popup.description.findings
    ]
    popup.red_flag_banner.safe_button.click()
    assert not popup.red_flag_banner.isVisible()
    assert rig.service.red_flags("Robin", rig.clock()) == []


def test_the_tray_says_get_help_first(make_controller: Callable[..., ControllerRig]) -> None:
    from medplanner.gui.tray import ReminderTray

    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    tray = ReminderTray()
    rig.controller.tray = tray
    rig.controller.rebuild("test")
    assert tray.emergency is None and not tray.emergency_action.isVisible()
    rig.service.record_symptom("Robin", "confusion", "mild", utc(2027, 1, 5, 11))
    rig.controller.rebuild("test")
    assert tray.emergency is not None and tray.emergency.startswith("GET EMERGENCY HELP NOW")
    assert tray.icon.toolTip().startswith("GET EMERGENCY HELP NOW — Robin: confusion (mild)")
    rig.controller.tray = None
    tray.deleteLater()
