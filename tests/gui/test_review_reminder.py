"""The review reminder in the GUI (issue #22 item 7): a window a few days before the
prescriber's review, "Make the report…" opens File ▸ Export… with the doctor's report and
its period, and making the report notes it for the review. The clock is travelled."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from medplanner.core.review import REVIEW_REPORT_FOR_KEY, REVIEW_REPORT_TO_KEY
from medplanner.gui.dialogs.export import ExportDialog
from medplanner.gui.operations import Operations
from medplanner.gui.review_window import open_review_report
from medplanner.gui.tray import ReminderTray

from .reminders_rig import ControllerRig, controller_factory

MakeController = Callable[..., ControllerRig]

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)

BERLIN = ZoneInfo("Europe/Berlin")
PLAN = """format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/Berlin"
next_review = 2027-03-01

[[medications]]
name = "paracetamol"
as_needed = true
dose = "500 mg"
"""


def at(month: int, day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2027, month, day, hh, mm, tzinfo=BERLIN)


@pytest.fixture
def make_controller(tmp_path: Path, qapp: QApplication) -> Iterator[MakeController]:
    yield from controller_factory(tmp_path)


def test_the_review_window_offers_the_report_and_making_it_notes_it(
    qtbot: QtBot,
    make_controller: MakeController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rig = make_controller(at(2, 20, 9), PLAN)  # the plan is stored on Sat 20 Feb
    owner = QWidget()
    qtbot.addWidget(owner)
    ops = Operations(rig.service, rig.clock)
    rig.controller.open_report = lambda person, reminder: open_review_report(
        owner, ops, person, None, reminder
    )
    notes: list[tuple[str, str]] = []
    tray = ReminderTray(autostart=tmp_path / "autostart.desktop", parent=rig.controller)
    monkeypatch.setattr(tray, "notify", lambda title, text: notes.append((title, text)))
    rig.controller.tray = tray  # the offscreen platform has no tray: its messages recorded
    seen: list[tuple[str, object]] = []
    rig.controller.review_due.connect(lambda person, r: seen.append((person, r)))

    rig.walk_until(at(2, 26, 9, 59))
    assert rig.controller.review_windows == [] and seen == []
    rig.walk_until(at(2, 26, 10, 30))
    [window] = rig.controller.review_windows
    assert window.isVisible() and len(seen) == 1
    assert notes == [("Review with the prescriber", window.text.text())]
    assert window.text.text() == (
        "Your review with the prescriber is on Mon 1 Mar. Take the doctor's report (PDF) "
        "for Sat 20 Feb to Fri 26 Feb with you."
    )
    # Later the same day and the next: never a second window for this review.
    rig.walk_until(at(2, 27, 12))
    assert len(rig.controller.review_windows) == 1 and len(seen) == 1
    assert len(notes) == 1

    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    dialog = rig.controller.report_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert not window.isVisible()
    assert dialog.kind.key == "report-pdf" and dialog.since.isVisible()
    assert dialog.since.date().toPython() == date(2027, 2, 20)

    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""), raising=True)
    with qtbot.waitSignal(dialog.finished_export) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [target]
    assert target.read_bytes().startswith(b"%PDF")
    service = rig.service
    assert service.setting(REVIEW_REPORT_FOR_KEY, person="Robin") == "2027-03-01"
    assert service.setting(REVIEW_REPORT_TO_KEY, person="Robin") == "2027-02-27"
    assert service.review_report_finding("Robin", at(2, 27, 13)) is None
    dialog.close()
