"""The parts around the main flow: confirmed dangers recorded, history corrections, person
details, text size, the start-up path (demo, damaged database, crash handler)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from medplanner.core.events import Slot
from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN
from medplanner.core.schedule import doses_on
from medplanner.gui import app as gui_app
from medplanner.gui.main_window import MainWindow
from medplanner.gui.operations import CONFIRMED_KEY
from medplanner.gui.widgets import appearance, crash, messages
from medplanner.gui.widgets.confirm_save import ConfirmSaveDialog
from medplanner.service import Service
from medplanner.storage import Store
from medplanner.storage.backup import ensure_daily_backup

from .conftest import LONDON, FakeClock, click, find
from .test_app_flow import retype, when_modal

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def with_demo(window: MainWindow, service: Service) -> None:
    plan = loads(DEMO_PLAN.read_text(encoding="utf-8"))
    service.save_plan(plan)
    assert window.ops is not None
    window.attach(window.ops)


def test_saving_over_a_danger_asks_and_records_the_confirmation(
    qtbot: QtBot, window: MainWindow, service: Service, clock: FakeClock
) -> None:
    with_demo(window, service)
    window.show_view("medications")
    click(qtbot, find(window, QPushButton, "add-medication"))
    retype(qtbot, find(window, QLineEdit, "name"), "oxycodone")  # type: ignore[arg-type]
    box = find(window, QCheckBox, "as-needed")
    qtbot.mouseClick(
        box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2)
    )  # on the box
    assert box.isChecked()  # type: ignore[attr-defined]
    retype(qtbot, find(window, QLineEdit, "dose"), "5 mg")  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: window.findChild(QWidget, "finding-cns-depressant-combination") is not None
    )
    before = service.current("Robin").version

    def decline(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmSaveDialog)
        click(qtbot, dialog.cancel_button)

    when_modal(decline)
    click(qtbot, find(window, QPushButton, "save-plan"))
    qtbot.waitUntil(lambda: "Not saved" in find(window, QLabel, "save-status").text())
    assert service.current("Robin").version == before

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmSaveDialog)
        click(qtbot, dialog.save_button)

    when_modal(accept)
    click(qtbot, find(window, QPushButton, "save-plan"))
    qtbot.waitUntil(lambda: service.current("Robin").version != before)
    version = service.current("Robin").version
    record = service.setting(CONFIRMED_KEY.format(version=version), person="Robin")
    assert record is not None
    codes = [f["code"] for f in json.loads(record)["findings"]]
    assert "cns-depressant-combination" in codes
    assert json.loads(record)["confirmed_at"] == clock().isoformat()


def test_an_invalid_field_is_named_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    with_demo(window, service)
    window.show_view("medications")
    retype(qtbot, find(window, QLineEdit, "strength"), "3OO mg")  # type: ignore[arg-type]
    problem = '"3OO mg" is not a dose like "300 mg"'
    qtbot.waitUntil(lambda: problem in find(window, QLabel, "strength-problem").accessibleName())
    before = service.current("Robin").version
    click(qtbot, find(window, QPushButton, "save-plan"))
    assert "Not saved" in find(window, QLabel, "save-status").accessibleName()
    assert service.current("Robin").version == before
    # Undo brings the stored value back; the problem goes.
    window.undo_action.trigger()
    assert find(window, QLineEdit, "strength").text() == "300 mg"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not find(window, QLineEdit, "strength").accessibleDescription())


def test_history_corrections_are_new_events(
    qtbot: QtBot, window: MainWindow, service: Service, clock: FakeClock
) -> None:
    with_demo(window, service)
    plan = service.current("Robin").plan
    dose = next(d for d in doses_on(plan, clock().date()) if d.wall.hour == 9)
    taken = service.take("Robin", "gabapentin", clock(), slot=Slot.of(dose)).event
    assert taken is not None
    window.show_view("history")
    table = find(window, QTableView, "history-table")
    assert isinstance(table, QTableView)
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    retype(qtbot, find(window, QLineEdit, "history-new-time"), "08:50")  # type: ignore[arg-type]
    click(qtbot, find(window, QPushButton, "history-change-time"))
    everything = service.history("Robin", clock() - timedelta(days=1), clock() + timedelta(days=1))
    assert len(everything) == 2
    original, correction = everything[1], everything[0]  # by time: 08:50 first
    assert (
        correction.corrects == taken.id and correction.at.hour == 8 and correction.at.minute == 50
    )
    assert original.id == taken.id  # the original stays in the log
    notes = [table.model().index(row, 5).data() for row in range(table.model().rowCount())]
    local = taken.at.astimezone(ZoneInfo("Europe/London"))
    was = f"{local:%H:%M}"
    # Plain words (issue 21 item 6): what happened, never "entry 3" or an id.
    assert any("corrected later to 08:50" in n for n in notes)
    assert any(f"Correction: taken at 08:50 instead of {was}" in n for n in notes)
    assert not any("entry" in n for n in notes)
    status = find(window, QLabel, "history-fix-status").text()
    assert "Recorded" in status and f"taken at 08:50 instead of {was}" in status


def test_person_details_are_checked_by_the_plan_rules_and_saved(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    with_demo(window, service)
    window.show_view("settings")
    retype(qtbot, find(window, QLineEdit, "person-wake"), "25:00")  # type: ignore[arg-type]
    click(qtbot, find(window, QPushButton, "save-person"))
    wake = find(window, QLineEdit, "person-wake")
    assert "is not a time" in wake.accessibleDescription()
    assert service.current("Robin").plan.person.wake is not None
    assert service.current("Robin").plan.person.wake.hour == 7
    retype(qtbot, wake, "06:30")  # type: ignore[arg-type]
    retype(qtbot, find(window, QLineEdit, "person-stagger_window_minutes"), "180")  # type: ignore[arg-type]
    retype(qtbot, find(window, QLineEdit, "person-missed_grace_minutes"), "45")  # type: ignore[arg-type]
    click(qtbot, find(window, QPushButton, "save-person"))
    person = service.current("Robin").plan.person
    assert (person.wake.hour, person.wake.minute) == (6, 30)  # type: ignore[union-attr]
    assert person.stagger_window_minutes == 180 and person.missed_grace_minutes == 45


def test_text_size_scales_the_whole_window_and_the_targets(
    qtbot: QtBot, window: MainWindow, service: Service, look: appearance.Appearance
) -> None:
    with_demo(window, service)
    window.show_view("settings")
    base = QApplication.font().pointSizeF()
    size = find(window, QComboBox, "text-size")
    assert isinstance(size, QComboBox)
    size.setFocus()
    for _ in range(10):
        qtbot.keyClick(size, Qt.Key.Key_Down)  # 100 % → 200 %, each step applied at once
    assert size.currentText() == "200 %"
    try:
        assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
        window.show_view("today")
        buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        for button in buttons:
            assert button.minimumHeight() >= 88  # 44 px at 100 %, scaled
            assert button.width() >= button.minimumSizeHint().width()  # its text fits
        assert window.prefs.text_percent == 200
    finally:
        look.set_text_percent(100)


DEMO_RUN = r"""
import json, sys
from datetime import datetime
from zoneinfo import ZoneInfo
from PySide6.QtCore import QTimer
from medplanner.gui import app

now = datetime(2026, 11, 24, 12, 20, tzinfo=ZoneInfo("Europe/London"))
seen = {}

def ready(window):
    plan = window.ops.service.current("Robin").plan
    seen["title"] = window.windowTitle()
    seen["dir"] = str(window.data_dir)
    seen["start"] = plan.medications[0].start.isoformat()
    seen["rows"] = [w.objectName() for w in window.findChildren(object) if w.objectName().startswith("dose-")]
    QTimer.singleShot(0, window.quit)

seen["rc"] = app.run(True, clock=lambda: now, reminders=False, on_ready=ready)
print(json.dumps(seen))
"""


def test_demo_opens_on_a_titration_in_progress_and_leaves_nothing_behind(tmp_path: Path) -> None:
    """``medplanner --demo`` as a process of its own (quitting ends a Qt application)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEDPLANNER_HOME=str(tmp_path / "real"))
    out = subprocess.run(
        [sys.executable, "-c", DEMO_RUN],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["rc"] == 0
    assert "demo" in seen["title"]
    assert seen["start"] == "2026-11-22"  # two days before "today": a titration in progress
    assert "dose-gabapentin-15:00" in seen["rows"]  # day 3 of gabapentin: three times a day
    assert not Path(seen["dir"]).exists()  # the throw-away data dir is gone
    assert not (tmp_path / "real").exists()  # the real data dir was never touched
    assert "Traceback" not in out.stderr


def test_a_damaged_database_offers_its_last_good_backup(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "damaged"
    now = datetime(2027, 1, 6, 9, 0, tzinfo=LONDON)
    with Store.open(home) as store:
        store.ensure_person("Robin")
        ensure_daily_backup(store, now.date())
    (home / "medplanner.db").write_bytes(b"")
    asked: list[str] = []

    def ask(_parent: object, _title: str, message: str, _yes: str, _no: str) -> bool:
        asked.append(message)
        return True

    monkeypatch.setattr(messages, "ask", ask)
    service = gui_app.open_service(window, home, lambda: now)
    assert service is not None
    try:
        assert service.persons() == ["Robin"]
        assert "medplanner-2027-01-06.db" in asked[0] and "was not changed" in asked[0]
    finally:
        service.close()


def test_an_unexpected_error_is_logged_and_told_calmly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Path | None] = []
    monkeypatch.setattr(crash, "show_crash", shown.append)
    handler = crash.CrashHandler(lambda: tmp_path)
    try:
        raise RuntimeError("boom")
    except RuntimeError as e:
        handler.handle(RuntimeError, e, e.__traceback__)
    assert shown == [tmp_path / crash.LOG_NAME]
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "boom" in log
    words = crash.message(shown[0])
    assert str(tmp_path) in words and "Traceback" not in words and "boom" not in words


def test_file_menu_exports_imports_backs_up_and_restores(
    qtbot: QtBot,
    window: MainWindow,
    service: Service,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    with_demo(window, service)
    told: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, title, _m: told.append(title))
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (chosen.pop(0), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen.pop(0), ""))

    plan_file = tmp_path / "robin.toml"
    chosen.append(str(plan_file))
    window.export_action.trigger()
    assert plan_file.read_text(encoding="utf-8") == service.current("Robin").text
    assert plan_file.stat().st_mode & 0o777 == 0o600  # health data: owner only

    sam = plan_file.read_text(encoding="utf-8").replace('name = "Robin"', 'name = "Sam"')
    (tmp_path / "sam.toml").write_text(sam, encoding="utf-8")
    chosen.append(str(tmp_path / "sam.toml"))
    window.import_action.trigger()
    assert window.person == "Sam" and told[-1] == "Plan imported"

    backup_file = tmp_path / "backup.db"
    chosen.append(str(backup_file))
    window.backup_action.trigger()
    assert backup_file.exists() and told[-1] == "Backup written"

    bad = tmp_path / "not-a-backup.db"
    bad.write_text("not a database", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, message: shown.append(message))
    chosen.append(str(bad))
    window.restore_action.trigger()  # checked first: refused, nothing changed
    assert "cannot be restored" in shown[-1]
    assert window.ops is not None and window.ops.service.persons() == ["Robin", "Sam"]

    window.ops.service._store.rename_person("Sam", "Kim")
    chosen.append(str(backup_file))
    window.restore_action.trigger()
    assert told[-1] == "Backup restored"
    assert window.ops.service.persons() == ["Robin", "Sam"]


def test_f1_says_the_prescriber_decides(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.reject()

    when_modal(read)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Your prescriber decides" in seen[0] and "never changes a dose by itself" in seen[0]


def test_the_window_size_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(640, 480)  # within the offscreen screen (800 × 600)
    window.close()
    again = MainWindow(prefs=window.prefs, data_dir=window.data_dir)
    try:
        assert (again.width(), again.height()) == (640, 480)
    finally:
        again.deleteLater()


def test_the_welcome_page_opens_the_demo_without_touching_the_real_data(
    qtbot: QtBot, tmp_path: Path, look: appearance.Appearance
) -> None:
    from PySide6.QtCore import QObject, Signal

    from medplanner.gui.widgets.prefs import Prefs

    class NoOtherInstance(QObject):
        activated = Signal()

        def close(self) -> None:
            pass

    real = tmp_path / "real"
    now = datetime(2027, 1, 6, 9, 5, tzinfo=LONDON)
    window = MainWindow(prefs=Prefs(real), data_dir=real, default_zone=lambda: "Europe/London")
    shell = gui_app.Shell(
        window,
        real,
        lambda: now,
        NoOtherInstance(),
        demo=False,
        reminders=False,  # type: ignore[arg-type]
    )
    window.show()
    shell.open()
    try:
        click(qtbot, find(window, QPushButton, "welcome-demo"))
        qtbot.waitUntil(lambda: window.person == "Robin")
        assert find(window, QLabel, "demo-note").isVisible()
        assert "demo" in window.windowTitle()
        demo_dir = shell.temp_dirs[0]
        assert window.ops is not None and window.ops.service.data_dir == demo_dir
    finally:
        shell.shutdown()
        window.close()
        window.deleteLater()
    assert not demo_dir.exists()
    with Store.open(real) as store:
        assert store.persons() == []  # the real household was left as it was


def test_export_into_the_windows_own_data_dir_is_refused(
    window: MainWindow, service: Service, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's data dir, not $MEDPLANNER_HOME: in --demo they differ."""
    with_demo(window, service)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: shown.append(text))
    assert window.ops is not None
    monkeypatch.setenv("MEDPLANNER_HOME", str(data_dir.parent / "someone-else"))
    target = data_dir / "plan-copy.toml"
    assert window.ops.export_plan(window, "Robin", target) is False
    assert not target.exists()
    assert shown and "data folder" in shown[0]
