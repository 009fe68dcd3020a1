"""Dialogs and reminder windows reflow too (issue 21 item 1): at 100 %, 150 % and 200 %
text each fits a 1024 × 600 screen and no label or button is cut off; the emergency banner
wraps; a combo's list shows enough rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from medplanner.core.model import Finding
from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN
from medplanner.gui.catchup import CatchUpWindow
from medplanner.gui.confirm import ConfirmTakeDialog, WhenTakenDialog
from medplanner.gui.dialogs.export import ExportDialog
from medplanner.gui.dialogs.planner import PlannerDialog
from medplanner.gui.diary import RedFlagBanner
from medplanner.gui.main_window import MainWindow
from medplanner.gui.popup import ReminderWindow
from medplanner.gui.stock import RefillDialog
from medplanner.gui.widgets.appearance import Appearance
from medplanner.gui.widgets.confirm_save import ConfirmSaveDialog
from medplanner.service import Service

from ..reminders.fakes import utc
from .conftest import FakeClock
from .reflow import SMALL, TEXT_SIZES, clipped, settle
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory
from .test_app_parts import with_demo
from .test_catchup_restart import NIGHT
from .test_reminder_window import NOON, PLAN
from .test_reminders_parts import DANGER, check

pytestmark = OFFSCREEN_SIZE_HINTS
MakeController = Callable[..., ControllerRig]


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def assert_fits(widget: QWidget) -> None:
    widget.show()
    widget.resize(min(widget.width(), SMALL[0]), min(widget.height(), SMALL[1]))
    settle()
    size = widget.size()
    assert size.width() <= SMALL[0] and size.height() <= SMALL[1], (
        f"{widget.objectName()} cannot shrink to {SMALL}: {size}"
    )
    assert clipped(widget) == []


@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_reminder_window_and_catch_up(
    look: Appearance, make_controller: MakeController, percent: int
) -> None:
    look.set_text_percent(percent)
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.service.record_symptom("Robin", "confusion", "mild", utc(2027, 1, 5, 11))
    rig.advance_to(NOON)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderWindow)]
    shown = [w for w in windows if w.isVisible()]
    assert len(shown) == 1
    banners = [b for b in shown[0].findChildren(RedFlagBanner) if b.isVisible()]
    assert banners and all(b.headline.wordWrap() for b in banners)  # the emergency wraps
    assert_fits(shown[0])

    evening = make_controller(utc(2027, 1, 5, 20, 30), NIGHT)
    evening.advance_to(utc(2027, 1, 5, 21))
    evening.controller.stop()
    evening.service.close()
    morning = make_controller(utc(2027, 1, 6, 7), home=evening.home)
    catchup = morning.catchup
    assert isinstance(catchup, CatchUpWindow)
    assert_fits(catchup)


@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_dialogs(
    qtbot: QtBot,
    window: MainWindow,
    service: Service,
    clock: FakeClock,
    look: Appearance,
    percent: int,
) -> None:
    with_demo(window, service)
    look.set_text_percent(percent)
    assert window.ops is not None
    plan = loads(DEMO_PLAN.read_text(encoding="utf-8"))
    med = plan.medications[0].name
    warning = Finding(
        code="x", severity="warning", medication=med, message="A long warning. " * 8, source="S"
    )
    now = clock()
    dialogs: list[QWidget] = [
        ConfirmTakeDialog(check(DANGER)),
        ConfirmTakeDialog(check(warning)),
        WhenTakenDialog(now - timedelta(minutes=40), now),
        ConfirmSaveDialog([DANGER]),
        RefillDialog(med, unit_words="scored tablets of 10 mg", on_hand=None),
        ExportDialog(window.ops, "Robin"),
        PlannerDialog("taper", plan, med, service.kb, now.date()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_fits(dialog)
        dialog.close()


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_combo_lists_show_enough_rows(
    window: MainWindow, service: Service, look: Appearance, percent: int
) -> None:
    """A combo's open list shows at least 6 rows (or all, if fewer), not 2½."""
    with_demo(window, service)
    look.set_text_percent(percent)
    window.show()
    window.resize(*SMALL)
    window.show_view("history")
    window.show_view("settings")
    settle()
    combos = [c for c in window.findChildren(QComboBox) if c.isVisible() and c.count() > 1]
    assert combos
    for combo in combos:
        combo.showPopup()
        settle()
        view = combo.view()
        row = view.sizeHintForRow(0)
        assert row > 0
        rows = view.viewport().height() / row
        assert rows >= min(combo.count(), 6) - 0.05, f"{combo.objectName()}: {rows:.1f} rows"
        combo.hidePopup()
