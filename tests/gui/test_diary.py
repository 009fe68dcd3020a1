"""The diary view (pytest-qt, offscreen): a red-flag entry raises a banner nobody can dismiss,
and the same entry is in the doctor's report.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from medplanner.core.resources import DEMO_PLAN
from medplanner.export.pdf import report_pdf
from medplanner.export.report import report_data
from medplanner.gui.diary import DiaryView
from medplanner.service import Service

LONDON = ZoneInfo("Europe/London")

#: The offscreen platform says so whenever a top-level widget is shown; not our warning.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2027, 1, 8, 19, 30, tzinfo=LONDON))


@pytest.fixture
def svc(clock: Clock) -> Iterator[Service]:
    with Service.open(clock=clock) as service:
        service.import_plan(DEMO_PLAN)
        yield service


@pytest.fixture
def view(qtbot: QtBot, svc: Service, clock: Clock) -> DiaryView:
    widget = DiaryView(svc, "Robin", clock)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(view: DiaryView, symptom: str, severity: str, note: str = "") -> None:
    view.symptom.setCurrentIndex(view.symptom.findData(symptom))
    view.severity_buttons[severity].setChecked(True)
    view.note.setText(note)


def test_a_mild_symptom_is_noted_for_the_prescriber(qtbot: QtBot, view: DiaryView) -> None:
    choose(view, "dizziness", "mild", "after the evening dose")
    with qtbot.waitSignal(view.entry_recorded) as signal:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert signal.args is not None and signal.args[0].symptom == "dizziness"
    assert not view.banner.isVisible()
    assert "prescriber" in view.result.text()
    assert "Dizziness (mild)" in view.entries.item(0).text()
    assert view.note.text() == ""  # the form is ready for the next entry


def test_red_flag_entry_shows_the_banner_and_reaches_the_doctors_report(
    qtbot: QtBot, view: DiaryView, svc: Service, clock: Clock, tmp_path: Path
) -> None:
    assert not view.banner.isVisible()
    choose(view, "breathing-difficulty", "moderate", "short of breath after dinner")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)

    banner = view.banner
    assert banner.isVisible()
    assert "GET EMERGENCY HELP NOW" in banner.headline.text()
    # An icon (an SVG, never a font's glyph) and words, not colour alone.
    icon = banner.findChild(QLabel, "redFlagIcon")
    assert icon is not None and not icon.pixmap().isNull()
    assert icon.accessibleName() == "Danger"
    assert "GET EMERGENCY HELP NOW" in banner.headline.text() and banner.headline.wordWrap()
    assert banner.findChild(type(banner.headline), "redFlagIcon") is not None  # and an icon
    assert "Slow or difficult breathing (moderate)" in banner.details.text()
    assert "emergency number" in banner.details.text()
    assert banner.accessibleName() == "Emergency: GET EMERGENCY HELP NOW"
    assert "Slow or difficult breathing" in banner.accessibleDescription()
    assert "Red flag" in view.entries.item(0).text()
    assert not view.entries.item(0).icon().isNull()

    # It cannot be dismissed: its one button says "I'm safe now" (logged, issue 18), Escape
    # does nothing, a refresh keeps it ...
    assert [b.objectName() for b in banner.findChildren(QAbstractButton)] == ["redFlagSafe"]
    qtbot.keyClick(banner, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    view.refresh()
    assert banner.isVisible()
    # ... nor does a later, harmless entry silence it.
    choose(view, "nausea", "mild")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert banner.isVisible()
    clock.now += timedelta(hours=23, minutes=50)
    view.refresh()
    assert banner.isVisible()
    # 24 hours on, the entry no longer stands in the banner (it stays in the diary).
    clock.now += timedelta(minutes=15)
    view.refresh()
    assert not banner.isVisible()
    assert any("Red flag" in view.entries.item(i).text() for i in range(view.entries.count()))

    # The doctor's report carries it, at the top, as text in the PDF.
    data = report_data(svc, "Robin", date(2027, 1, 4), clock.now)
    assert [e.symptom for e in data.red_flags] == ["breathing-difficulty"]
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(report_pdf(data))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing: apt-get install poppler-utils")
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(raw.split())  # lines wrap in table cells
    assert "Red-flag symptoms in this period (1)" in text
    assert "Slow or difficult breathing (moderate)" in text
    assert "short of breath after dinner" in text
    assert text.index("Red-flag symptoms") < text.index("Adherence per medication")


def test_a_withdrawn_red_flag_leaves_the_banner(
    qtbot: QtBot, view: DiaryView, svc: Service
) -> None:
    choose(view, "seizures", "mild")
    entry = view.add_entry()
    assert entry is not None and entry.id is not None and view.banner.isVisible()
    svc.withdraw_symptom("Robin", entry.id, reason="tapped the wrong symptom")
    view.refresh()
    assert not view.banner.isVisible()
    assert "(withdrawn)" in view.entries.item(0).text()


def test_targets_and_names(view: DiaryView) -> None:
    assert view.add_button.minimumHeight() >= 44
    assert view.symptom.minimumHeight() >= 44
    for radio in view.severity_buttons.values():
        assert radio.minimumHeight() >= 44 and radio.accessibleName().startswith("Severity")
    for widget in (view.symptom, view.when, view.note, view.add_button, view.entries):
        assert widget.accessibleName()


def test_the_minute_timer_runs_only_while_shown(view: DiaryView) -> None:
    timer = view.timer  # the app's one timer factory: precise, single-shot, re-armed
    assert timer.timerType() == Qt.TimerType.PreciseTimer and timer.isSingleShot()
    assert timer.isActive() and timer.interval() <= 60_500
    view.hide()
    assert not view.timer.isActive()
    view.show()
    assert view.timer.isActive()


def test_the_banner_goes_at_the_minute_its_24_hours_end(
    qtbot: QtBot, view: DiaryView, svc: Service, clock: Clock
) -> None:
    """Issue 18: the Diary tab's "last 24 h" follows the travelled clock at each minute
    boundary (no per-widget interval timer), including after a night asleep."""
    svc.record_symptom("Robin", "breathing-difficulty", "mild", clock.now - timedelta(minutes=1))
    view.refresh()
    assert view.banner.isVisible()
    # Written at 19:29; slept until 19:28:30 the next day, 30 s before its 24 hours end.
    clock.now += timedelta(hours=23, minutes=58, seconds=30)
    view.timer.timeout.emit()  # the first wake after the night
    assert view.banner.isVisible()  # still standing
    assert view.timer.isActive() and view.timer.interval() <= 30_500  # the next boundary
    clock.now += timedelta(seconds=60)  # the minute after: its 24 hours are over
    view.timer.timeout.emit()
    assert not view.banner.isVisible()
    assert view.timer.isActive()


def test_a_read_error_never_takes_the_banner_down(
    qtbot: QtBot, view: DiaryView, svc: Service
) -> None:
    choose(view, "confusion", "mild")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.banner.isVisible()
    svc._store.close()  # the database goes away under the view
    view.refresh()
    assert view.banner.isVisible()
    assert "cannot be read just now" in view.result.text()
    view.hide()  # stops the timer before the fixture closes the service again
