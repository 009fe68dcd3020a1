"""File ▸ Export… (issue 21 item 3): every kind, the same code as ``medplanner export``,
written in the background through the safe writer, failures in words, "Open folder"."""

from __future__ import annotations

import errno
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from medplanner.core.checks import run_checks
from medplanner.export import report
from medplanner.export.history import history_csv
from medplanner.export.ics import to_ics
from medplanner.gui.dialogs import export
from medplanner.gui.dialogs.export import FOLDER_KEY, ExportDialog
from medplanner.gui.main_window import MainWindow
from medplanner.gui.widgets import messages
from medplanner.service import Service
from medplanner.storage import paths

from .conftest import FakeClock
from .test_app_parts import with_demo

#: The offscreen platform says so when a top-level widget is shown or raised; not ours.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow, service: Service) -> ExportDialog:
    with_demo(window, service)
    window.export_all_action.trigger()
    found = window.findChild(ExportDialog)
    assert isinstance(found, ExportDialog) and found.isVisible()
    return found


def run_export(qtbot: QtBot, dialog: ExportDialog, key: str, target: Path) -> object:
    """Choose ``key``, answer the save dialog with ``target``, wait for the job's end."""
    dialog.choose(key)
    QFileDialog.answers = [str(target)]  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished_export) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0] if blocker.args else None


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QFileDialog.getSaveFileName answers from ``QFileDialog.answers``; records offers."""
    offers: list[tuple[str, str]] = []

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offers.append((suggested, _filter))
        answers: list[str] = getattr(QFileDialog, "answers", [])
        return (answers.pop(0) if answers else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask, raising=True)
    monkeypatch.setattr(QFileDialog, "answers", [], raising=False)
    monkeypatch.setattr(QFileDialog, "offers", offers, raising=False)
    return offers


def test_the_menu_has_export_with_a_mnemonic_and_a_shortcut(window: MainWindow) -> None:
    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert "E&xport…" in texts
    assert window.export_all_action.shortcut().toString() == "Ctrl+Shift+E"
    assert not window.export_all_action.isEnabled()  # nobody's plan yet


def test_every_kind_is_written_by_the_cli_s_own_functions(
    qtbot: QtBot,
    dialog: ExportDialog,
    service: Service,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    person = "Robin"

    assert run_export(qtbot, dialog, "toml", out / "plan.toml") == out / "plan.toml"
    assert (out / "plan.toml").read_text(encoding="utf-8") == service.current(person).text
    assert (out / "plan.toml").stat().st_mode & 0o777 == 0o600

    run_export(qtbot, dialog, "csv", out / "history.csv")
    assert (out / "history.csv").read_bytes() == history_csv(service, person).encode("utf-8")

    run_export(qtbot, dialog, "ics", out / "calendar")  # no suffix: the kind's is added
    cur = service.current(person)
    today = clock().date()
    expected = to_ics(
        cur.plan, run_checks(cur.plan, service.kb, today=today), stamp=clock(), sequence=cur.version
    )
    assert (out / "calendar.ics").read_bytes() == expected.encode("utf-8")

    run_export(qtbot, dialog, "pdf", out / "schedule.pdf")
    assert (out / "schedule.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "schedule.pdf").stat().st_mode & 0o777 == 0o600
    assert dialog.open_button.isEnabled()
    assert "Wrote the printable schedule for Robin" in dialog.status.accessibleName()


def test_the_report_covers_the_period_chosen_and_the_schedule_the_weeks(
    qtbot: QtBot,
    dialog: ExportDialog,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, object]] = []
    real_report, real_schedule = report.report_data, report.schedule_data
    monkeypatch.setattr(
        report,
        "report_data",
        lambda svc, p, since, now: (
            asked.append(("report", since)) or real_report(svc, p, since, now)
        ),
    )
    monkeypatch.setattr(
        report,
        "schedule_data",
        lambda svc, p, start, weeks: (
            asked.append(("schedule", weeks)) or real_schedule(svc, p, start, weeks)
        ),
    )
    dialog.choose("report-pdf")
    assert dialog.since.isVisible() and not dialog.weeks.isVisible()
    assert dialog.since.date().toPython() == clock().date() - timedelta(weeks=12)
    dialog.since.setDate(date(2027, 1, 1))
    run_export(qtbot, dialog, "report-pdf", tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    dialog.choose("pdf")
    assert dialog.weeks.isVisible() and not dialog.since.isVisible()
    dialog.weeks.setValue(2)
    run_export(qtbot, dialog, "pdf", tmp_path / "two-weeks.pdf")
    assert asked == [("report", date(2027, 1, 1)), ("schedule", 2)]


def test_the_save_dialog_offers_a_name_and_the_folder_used_last(
    qtbot: QtBot,
    dialog: ExportDialog,
    window: MainWindow,
    tmp_path: Path,
    _answers: list[tuple[str, str]],
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    run_export(qtbot, dialog, "csv", folder / "mine.csv")
    assert _answers[0][0].endswith("Robin-history-2027-01-06.csv")
    assert "*.csv" in _answers[0][1]
    assert window.ops is not None and window.ops.setting(FOLDER_KEY) == str(folder)

    dialog.choose("report-pdf")
    QFileDialog.answers = []  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # then cancelled
    assert _answers[-1][0] == str(folder / "Robin-report-2027-01-06.pdf")
    assert dialog.job is None and "Wrote" in dialog.status.accessibleName()


def test_a_folder_that_cannot_be_written_is_named_with_what_to_do(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append((title, text)))

    def refuse(path: Path, data: bytes) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    original = paths.write_atomic
    monkeypatch.setattr(paths, "write_atomic", refuse)
    target = tmp_path / "locked" / "plan.toml"
    target.parent.mkdir()
    assert run_export(qtbot, dialog, "toml", target) is None
    title, text = shown[-1]
    assert title == "Nothing was exported"
    assert str(target) in text and "may not write in that folder" in text
    assert "Choose a folder you can write to" in text
    assert not dialog.open_button.isEnabled() and dialog.export_button.isEnabled()
    assert not target.exists()

    monkeypatch.setattr(paths, "write_atomic", original)
    missing = tmp_path / "no-such-folder" / "plan.toml"
    assert run_export(qtbot, dialog, "toml", missing) is None
    assert "does not exist" in shown[-1][1] and "Choose another file or folder" in shown[-1][1]


def test_the_data_folder_is_refused(
    qtbot: QtBot,
    dialog: ExportDialog,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: shown.append(text))
    assert run_export(qtbot, dialog, "csv", data_dir / "history.csv") is None
    assert "data folder" in shown[-1]
    assert not (data_dir / "history.csv").exists()


def test_open_folder_opens_the_export_s_folder(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    run_export(qtbot, dialog, "toml", tmp_path / "plan.toml")
    assert QApplication.focusWidget() is dialog.open_button or not dialog.isActiveWindow()
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Space)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_the_window_stays_responsive_while_a_pdf_is_made(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
) -> None:
    """The job runs on its own thread: the busy bar shows, Export waits for it."""
    dialog.choose("report-pdf")
    QFileDialog.answers = [str(tmp_path / "r.pdf")]  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished_export):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.job is not None
        assert not dialog.busy.isHidden() and not dialog.export_button.isEnabled()
    assert dialog.busy.isHidden() and dialog.export_button.isEnabled()


def test_every_control_is_named_and_reached_by_keyboard(qtbot: QtBot, dialog: ExportDialog) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox

    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QAbstractSpinBox):
        assert widget.accessibleName(), widget.objectName()
        if widget in dialog.radios.values():  # one Tab stop for the group, arrows within
            continue
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.radios["toml"].setFocus()
    QTest.keyClick(dialog.radios["toml"], Qt.Key.Key_Down)
    assert dialog.kind.key == "pdf"
    QTest.keyClick(dialog.radios["pdf"], Qt.Key.Key_Down)
    assert dialog.kind.key == "report-pdf"
    assert dialog.export_button.isDefault()
    assert all("&" in k.label for k in export.KINDS)


def test_nothing_is_clipped_at_200_percent_text(
    qtbot: QtBot, window: MainWindow, service: Service, look: object
) -> None:
    from PySide6.QtWidgets import QLabel

    from medplanner.gui.widgets.appearance import Appearance

    assert isinstance(look, Appearance)
    look.set_text_percent(200)
    with_demo(window, service)
    window.export_all_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    for key in ("report-pdf", "pdf", "csv"):
        dialog.choose(key)
        QApplication.processEvents()
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert dialog.export_button.geometry().bottom() <= dialog.height()
