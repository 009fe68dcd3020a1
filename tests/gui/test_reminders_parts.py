"""The reminders' small Qt parts: severity marks, the confirm dialog, the tray and
start-at-login, the precise scheduler timer and the PySide6 signal workaround."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from medplanner.core.dosing import TakeCheck
from medplanner.core.model import Finding, Medication
from medplanner.core.units import Amount
from medplanner.gui import severity
from medplanner.gui.confirm import MIN_TARGET, ConfirmTakeDialog, confirm_take
from medplanner.gui.qtscheduler import ReminderScheduler
from medplanner.gui.tray import (
    ReminderTray,
    autostart_path,
    desktop_entry,
    set_start_at_login,
    start_at_login,
)

from .reminders_rig import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS

# --------------------------------------------------------------------------- severity


def palette(window: str, text: str) -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(window))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return pal


LIGHT = palette("#ffffff", "#000000")
DARK = palette("#202124", "#e8eaed")


def test_severity_icons_and_words_follow_ui_md(qapp: QApplication) -> None:
    """Icon + word (never a font's glyph): every mark has a light and a dark SVG."""
    assert [severity.severity(s).text for s in ("info", "warning", "danger")] == [
        "Info",
        "Warning",
        "Danger",
    ]
    states = ("taken", "skipped", "missed", "due", "upcoming")
    assert [severity.state(s).text for s in states] == [
        "Taken",
        "Skipped",
        "Missed",
        "Due",
        "Upcoming",
    ]
    for mark in severity.MARKS:
        for pal in (LIGHT, DARK):
            path = mark.icon_path(pal)
            assert path.is_file(), path
            assert not mark.pixmap(32, pal).isNull(), path  # Qt's SVG reader draws it
        assert mark.icon_path(LIGHT) != mark.icon_path(DARK)


@pytest.mark.parametrize("pal", [LIGHT, DARK], ids=["light", "dark"])
def test_every_colour_is_readable_on_its_palette(qapp: QApplication, pal: QPalette) -> None:
    ground = pal.color(QPalette.ColorRole.Window)
    for mark in [*severity.SEVERITY.values(), *severity.STATE.values()]:
        assert severity.contrast_ratio(mark.color(pal), ground) >= 4.5, mark.text


def test_dark_palette_is_recognised(qapp: QApplication) -> None:
    assert severity.is_dark(DARK) and not severity.is_dark(LIGHT)
    mark = severity.severity("danger")
    assert mark.color(DARK) != mark.color(LIGHT)


def test_rich_text_carries_sign_and_word_not_only_colour(qapp: QApplication) -> None:
    html = severity.severity("warning").html(LIGHT)
    assert "Warning</span>" in html and "color:#" in html
    assert severity.severity("warning").icon_path(LIGHT).as_uri() in html  # the icon
    assert "⚠" not in html  # never a glyph a font may lack


# --------------------------------------------------------------------------- confirm

MED = Medication(name="baclofen")
DANGER = Finding(
    code="doubled-dose",
    severity="danger",
    medication="baclofen",
    message="You took baclofen at 09:20 (40 minutes ago).",
    source="MedPlanner product rule",
)


def check(*findings: Finding) -> TakeCheck:
    at = datetime(2027, 1, 5, 10, tzinfo=UTC)
    return TakeCheck(MED, at, None, Amount(Decimal(5), "mg"), findings)


def test_confirm_dialog_lists_findings_with_source_and_defaults_to_cancel(qtbot: Any) -> None:
    dialog = ConfirmTakeDialog(check(DANGER))
    qtbot.addWidget(dialog)
    joined = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Danger" in joined and "danger-light.svg" in joined
    assert "40 minutes ago" in joined
    assert "Source: MedPlanner product rule" in joined
    assert dialog.cancel_button.isDefault()
    assert not dialog.take_button.isDefault()
    for button in (dialog.cancel_button, dialog.take_button):
        assert button.minimumHeight() >= MIN_TARGET


def test_enter_in_the_confirm_dialog_cancels(qtbot: Any) -> None:
    results: list[bool] = []

    def press_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConfirmTakeDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    results.append(confirm_take(None, check(DANGER)))
    assert results == [False]


def test_take_anyway_confirms(qtbot: Any) -> None:
    def click_take() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConfirmTakeDialog)
        dialog.take_button.click()

    QTimer.singleShot(0, click_take)
    assert confirm_take(None, check(DANGER)) is True


def test_nothing_to_confirm_without_findings(qapp: QApplication) -> None:
    assert confirm_take(None, check()) is True
    assert QApplication.activeModalWidget() is None


# --------------------------------------------------------------------------- tray and login


def test_autostart_file_is_written_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "autostart" / "medplanner.desktop"
    assert not start_at_login(path)
    set_start_at_login(True, path, command="/opt/medplanner/bin/medplanner")
    assert start_at_login(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Exec=/opt/medplanner/bin/medplanner\n" in text
    set_start_at_login(False, path)
    assert not start_at_login(path)
    set_start_at_login(False, path)  # removing twice is fine


def test_autostart_path_follows_xdg_config_home(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert autostart_path(env) == tmp_path / "cfg" / "autostart" / "medplanner.desktop"
    assert desktop_entry("x").count("Exec=") == 1


def test_tray_menu_and_tooltip(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "autostart" / "medplanner.desktop"
    tray = ReminderTray(autostart=path)
    texts = [a.text().replace("&", "") for a in tray.menu.actions() if a.text()]
    assert texts == ["Open MedPlanner", "Snooze all", "Start at login", "Quit"]
    assert "no dose" in tray.icon.toolTip()
    snoozed: list[int] = []
    tray.snooze_all_requested.connect(snoozed.append)
    tray.snooze_actions[1].trigger()
    assert snoozed == [10]
    tray.login_action.setChecked(True)
    assert start_at_login(path)
    tray.login_action.setChecked(False)
    assert not start_at_login(path)
    tray.deleteLater()


# --------------------------------------------------------------------------- the scheduler's timer


def test_the_scheduler_keeps_one_precise_timer_and_stops_it(qapp: QApplication) -> None:
    scheduler = ReminderScheduler()
    scheduler.start()
    timer = scheduler.timer
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    assert timer.isSingleShot()
    in_an_hour = datetime.now(UTC) + timedelta(hours=1)
    for minute in range(5):  # five add_job → five wakeups, still one timer
        scheduler.add_job(print, DateTrigger(run_date=in_an_hour + timedelta(minutes=minute)))
    assert timer.isActive() and timer.interval() == 0  # a wakeup is pending
    scheduler._process_jobs()
    assert timer.isActive()
    assert 3_590_000 <= timer.interval() <= 3_600_000
    scheduler.shutdown(wait=False)
    assert not timer.isActive()


def test_a_due_job_runs_through_the_real_scheduler_and_thread_pool(qtbot: Any) -> None:
    class Sink(QObject):
        got = Signal(str)

    sink = Sink()
    scheduler = ReminderScheduler()
    scheduler.start()
    try:
        with qtbot.waitSignal(sink.got, timeout=5000) as blocker:
            scheduler.add_job(lambda: sink.got.emit("ran"), DateTrigger(run_date=datetime.now(UTC)))
        assert blocker.args == ["ran"]
    finally:
        scheduler.shutdown(wait=True)


# --------------------------------------------------------------------------- signals


def test_emit_keeps_the_reference_count_of_true_and_false(qapp: QApplication) -> None:
    class Source(QObject):
        ping = Signal(int)

    source = Source()
    source.ping.connect(lambda _: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        source.ping.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
