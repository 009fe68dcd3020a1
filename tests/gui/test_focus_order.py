"""Keyboard (issue 21 item 5): Tab walks each view's controls in reading order; Enter
presses a focused button and each dialog's default one; after Take the focus stays in
the list; the focus ring is plain in both themes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from medplanner.core.plan import loads
from medplanner.gui.confirm import ConfirmTakeDialog, WhenTakenDialog
from medplanner.gui.dialogs.export import ExportDialog
from medplanner.gui.dialogs.planner import PlannerDialog
from medplanner.gui.main_window import VIEWS, MainWindow
from medplanner.gui.severity import contrast_ratio
from medplanner.gui.stock import RefillDialog
from medplanner.gui.widgets.appearance import FOCUS_RING, Appearance
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.confirm_save import ConfirmSaveDialog
from medplanner.service import Service

from ..reminders.fakes import utc
from .conftest import FakeClock, click, find
from .keyboard import describe, reading_order, tab_chain
from .reflow import SMALL, settle
from .reminders_rig import ControllerRig, controller_factory
from .test_app_parts import with_demo
from .test_keyboard_and_a11y import unnamed
from .test_reminder_window import NOON, PLAN
from .test_reminders_parts import DANGER, check

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
MakeController = Callable[..., ControllerRig]


@pytest.mark.parametrize("key", [k for k, _ in VIEWS])
def test_tab_walks_each_view_in_reading_order(
    qtbot: QtBot, window: MainWindow, service: Service, key: str
) -> None:
    with_demo(window, service)
    window.show()
    view = window.show_view(key)
    if key == "medications":
        click(qtbot, find(window, QWidget, "add-medication"))
    qtbot.waitUntil(view.isVisible)
    settle()
    order = reading_order(view)
    assert order, key
    chain = tab_chain(qtbot, view, order[0])
    assert describe(chain) == describe(order), "\n".join(
        f"{a:45} {b}"
        for a, b in zip(describe(chain) + [""] * 9, describe(order) + [""] * 9, strict=False)
    )


# --------------------------------------------------------------------------- Enter


def test_enter_presses_the_focused_button_outside_a_dialog(qtbot: QtBot, look: Appearance) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    pressed = big_button("Add", name="add", accessible="Add", parent=holder)
    holder.show()
    with qtbot.waitSignal(pressed.clicked):
        qtbot.keyClick(pressed, Qt.Key.Key_Return)
    with qtbot.waitSignal(pressed.clicked):
        qtbot.keyClick(pressed, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)


def _default(dialog: QDialog) -> QPushButton:
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert len(defaults) == 1, f"{dialog.objectName()}: {[b.text() for b in defaults]}"
    return defaults[0]


def test_every_dialog_has_one_default_button_and_enter_presses_it(
    qtbot: QtBot, window: MainWindow, service: Service, clock: FakeClock, look: Appearance
) -> None:
    with_demo(window, service)
    assert window.ops is not None
    plan = service.current("Robin").plan
    med = plan.medications[0].name
    now = clock()
    dialogs: list[QDialog] = [
        ConfirmTakeDialog(check(DANGER)),
        WhenTakenDialog(now - timedelta(minutes=40), now),
        ConfirmSaveDialog([DANGER]),
        RefillDialog(med),
        ExportDialog(window.ops, "Robin"),
        PlannerDialog("taper", plan, med, service.kb, now.date()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        _default(dialog)
        dialog.close()
    # Enter, with the focus on no button, presses the default: the safe answer where
    # there is a danger; "the time of the dose" when asked when it was taken.
    confirm = ConfirmTakeDialog(check(DANGER))
    qtbot.addWidget(confirm)
    confirm.show()
    confirm.setFocus()
    with qtbot.waitSignal(confirm.rejected):
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
    when = WhenTakenDialog(now - timedelta(minutes=40), now)
    qtbot.addWidget(when)
    when.show()
    with qtbot.waitSignal(_default(when).clicked):
        qtbot.keyClick(when, Qt.Key.Key_Return)
    refill = RefillDialog(med)
    qtbot.addWidget(refill)
    refill.show()
    refill.units_edit.setText("30")
    with qtbot.waitSignal(_default(refill).clicked):
        qtbot.keyClick(refill.units_edit, Qt.Key.Key_Return)


# --------------------------------------------------------------------------- after Take

TOGETHER = """
format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
[[medications]]
name = "baclofen"
start = 2027-01-04
continuing = true
dose = "10 mg"
times = ["09:00", "20:00"]
[[medications]]
name = "acetaminophen"
start = 2027-01-04
continuing = true
dose = "500 mg"
times = ["09:00", "20:00"]
"""


def test_after_take_the_focus_stays_in_the_list(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    service.save_plan(loads(TOGETHER))
    assert window.ops is not None
    window.attach(window.ops)
    window.show()
    view = window.show_view("today")
    settle()
    rows = [w for w in view.findChildren(QFrame) if w.objectName().startswith("dose-")]
    names = [r.objectName() for r in rows]
    first, second = (n for n in names if n.endswith("09:00"))
    take = find(view, QFrame, first).findChild(QPushButton, "take")
    assert take is not None
    take.setFocus()
    qtbot.keyClick(take, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(service.history("Robin", *_today(window))) == 1)
    settle()
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() in ("take", "skip")
    assert focus.parentWidget().objectName() == second  # the next dose, not the top


def _today(window: MainWindow) -> tuple[datetime, datetime]:
    assert window.ops is not None
    now = window.ops.now()
    return now - timedelta(days=1), now + timedelta(days=1)


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def test_after_take_the_reminder_window_moves_to_the_next_row(
    make_controller: MakeController,
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    first, second = rig.popups
    window = first.window()
    first.take_button.click()
    QApplication.processEvents()
    assert rig.popups == [second]
    assert window.focusWidget() is second.take_button


# --------------------------------------------------------------------------- focus ring


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_ring_is_plain_in_both_themes(look: Appearance, scheme: str) -> None:
    look.set_scheme(scheme)  # type: ignore[arg-type]
    ring = QColor(FOCUS_RING[scheme])
    palette = QApplication.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        assert contrast_ratio(ring, palette.color(role)) >= 3.0, role  # WCAG 1.4.11
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    for widget in ("QPushButton:focus", "QLineEdit:focus", "QCheckBox:focus", "QTabBar::tab:focus"):
        rule = sheet[sheet.index(widget) :]
        rule = rule[: rule.index("}")]
        assert f"3px solid {FOCUS_RING[scheme]}" in rule, widget


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("percent", [100, 200])
def test_every_control_of_every_dialog_and_reminder_window_is_named(
    qtbot: QtBot,
    window: MainWindow,
    service: Service,
    clock: FakeClock,
    look: Appearance,
    make_controller: MakeController,
    percent: int,
) -> None:
    """The accessibility tree of each dialog and window: every button, field, combo, check
    box, table and spin box has a name (its own, or its buddy label's)."""
    look.set_text_percent(percent)
    with_demo(window, service)
    assert window.ops is not None
    plan = service.current("Robin").plan
    med = plan.medications[0].name
    now = clock()
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    roots: list[QWidget] = [
        ConfirmTakeDialog(check(DANGER)),
        WhenTakenDialog(now - timedelta(minutes=40), now),
        ConfirmSaveDialog([DANGER]),
        RefillDialog(med),
        ExportDialog(window.ops, "Robin"),
        PlannerDialog("taper", plan, med, service.kb, now.date()),
        rig.popups[0].window(),
    ]
    for root in roots:
        if root is not rig.popups[0].window():
            qtbot.addWidget(root)
        root.show()
        assert unnamed(root) == [], root.objectName()
    window.show()
    window.resize(*SMALL)  # the tabs' scroll arrows show: they are named too
    assert unnamed(window) == []
