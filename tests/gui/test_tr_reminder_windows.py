"""Every word the reminder windows, the take confirmations, the diary, the stock widgets,
the tray and the welcome page put on screen comes from Qt's catalogue (issue 22 item 6).

A translator that wraps every text it is asked for in "⟦…⟧" is installed; then each
window's visible texts (labels, buttons, titles, menus, placeholders, accessible names and
descriptions, tooltips) must be either marked or data: drug names, the person's name, and
the words the core and the reminders describe (translated by gettext, not by Qt). English
without the translator is checked by the other GUI tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QWidget,
)

from medplanner.core.review import ReviewReminder
from medplanner.gui import severity
from medplanner.gui.confirm import ConfirmTakeDialog, WhenTakenDialog, finding_label
from medplanner.gui.diary import DiaryView
from medplanner.gui.review_window import ReviewReminderWindow
from medplanner.gui.stock import RefillDialog, StockPanel, when_text
from medplanner.gui.takeall import ConfirmAllDialog, TakeAllResult
from medplanner.gui.tray import ReminderTray
from medplanner.gui.welcome import WelcomePage

from ..reminders.fakes import plan_text, utc
from .reminders_rig import OFFSCREEN_SIZE_HINTS, ControllerRig, controller_factory

MakeController = Callable[..., ControllerRig]
pytestmark = OFFSCREEN_SIZE_HINTS

OPEN, CLOSE = "⟦", "⟧"


class Marking(QTranslator):
    """Every text "translated" to itself in "⟦…⟧" (placeholders and %n kept)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


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

    [[medications]]
    name = "gabapentin"
    start = 2027-01-05
    dose = "300 mg"
    times = ["12:00"]
    """,
    zone="Europe/London",
)
NOON = utc(2027, 1, 5, 12)

_TAGS = re.compile(r"<[^>]+>")
_PLAIN = re.compile(r"[\d\s:.,;()\-–—+%/]*")  # numbers, times, punctuation: no words


def texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what ``top`` shows or says: itself and every visible child."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]
    for w in widgets:
        where = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        if isinstance(w, QLabel | QAbstractButton):
            found.append((where, w.text()))
        if isinstance(w, QLineEdit):
            found.append((where + " placeholder", w.placeholderText()))
        if isinstance(w, QListWidget):
            found += [(where + " item", w.item(i).text()) for i in range(w.count())]
        found += [
            (where + " name", w.accessibleName()),
            (where + " description", w.accessibleDescription()),
            (where + " tooltip", w.toolTip()),
        ]
    for menu in top.findChildren(QMenu):
        found += [("menu " + menu.title(), a.text()) for a in menu.actions()]
    return found


def unmarked(top: QWidget, data: set[str]) -> list[str]:
    """The texts that are neither marked nor data (nor only numbers and signs)."""
    bad = []
    for where, text in texts(top):
        plain = _TAGS.sub("", text).replace("&nbsp;", " ").strip()
        if OPEN in text or not plain or _PLAIN.fullmatch(plain) or plain in data:
            continue
        bad.append(f"{where}: {text!r}")
    return bad


def described(rig: ControllerRig) -> set[str]:
    """The words the reminders module wrote for the doses shown (gettext's, not Qt's)."""
    out: set[str] = {"Baclofen", "Gabapentin", "baclofen", "gabapentin"}
    for popup in rig.controller.popups:
        d = popup.description
        out |= {d.title, d.when, d.context, d.spoken, d.person or ""}
        out |= {f.message for f in d.findings}
    return out


def test_the_reminder_window_and_its_rows_are_all_translated(
    make_controller: MakeController, marked: None
) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.advance_to(NOON)
    window = rig.controller.reminder_window
    assert window is not None and len(window.rows) == 2
    data = described(rig) | {" ".join(r.description.spoken for r in window.rows)}
    assert unmarked(window, data) == []
    assert window.windowTitle() == "⟦2 doses due — MedPlanner⟧"  # %n filled in
    row = window.rows[0]
    assert row.take_button.text() == "⟦&Take⟧"
    assert [a.text() for a in row.snooze_menu.actions()] == [
        "⟦&5 minutes⟧",
        "⟦&10 minutes⟧",
        "⟦&30 minutes⟧",
    ]
    row.skip_button.click()
    assert unmarked(row, data) == []  # the skip reason row too


def test_the_catch_up_window_is_translated(make_controller: MakeController, marked: None) -> None:
    rig = make_controller(utc(2027, 1, 5, 11), PLAN)
    rig.clock.now = utc(2027, 1, 5, 19)
    rig.controller.check_clock()
    rig.advance_to(utc(2027, 1, 5, 19), asleep=True)
    window = rig.catchup
    assert window is not None and window.rows
    data = {"Baclofen", "Gabapentin"}
    for row in window.rows:
        d = row.description
        data |= {d.title, d.when, d.context, d.spoken, d.scheduled}
        data |= {f.message for f in d.findings}
    assert unmarked(window, data) == []
    assert window.heading.text().startswith(f"{OPEN}{len(window.rows)} doses came due")


def test_the_take_confirmations_are_translated(
    make_controller: MakeController, marked: None, qapp: QApplication
) -> None:
    rig = make_controller(NOON, PLAN)
    service, person = rig.service, rig.service.persons()[0]
    service.record_take(service.propose_take(person, "baclofen", NOON))
    again = service.propose_take(person, "baclofen", utc(2027, 1, 5, 12, 5))
    assert again.check.findings  # a second dose five minutes later is questioned
    messages = {f.message for f in again.check.findings} | {"baclofen", "Baclofen"}
    messages |= {f.source for f in again.check.findings}
    dialog = ConfirmTakeDialog(again.check)
    assert unmarked(dialog, messages) == []
    assert dialog.take_button.text() == "⟦Take anyway⟧"
    all_dialog = ConfirmAllDialog([again])
    messages.add("baclofen 10 mg (12:00)")  # the dose in question: data
    assert unmarked(all_dialog, messages) == []
    label = finding_label(again.check.findings[0])
    assert "⟦Source: " in label.text()
    when = WhenTakenDialog(NOON, utc(2027, 1, 5, 13))
    assert unmarked(when, set()) == []
    for widget in (dialog, all_dialog, label, when):
        widget.deleteLater()


def test_the_diary_stock_review_and_welcome_windows_are_translated(
    make_controller: MakeController, marked: None, qtbot: Any
) -> None:
    rig = make_controller(NOON, PLAN)
    person = rig.service.persons()[0]
    diary = DiaryView(rig.service, person, rig.clock)
    qtbot.addWidget(diary)
    symptoms = {diary.symptom.itemText(i) for i in range(diary.symptom.count())}
    assert unmarked(diary, symptoms) == []

    refill = RefillDialog("baclofen")
    qtbot.addWidget(refill)
    for choice in (refill.add_choice, refill.set_choice, refill.correct_choice):
        choice.setChecked(True)
        assert unmarked(refill, {"baclofen"}) == []
    refill.units_edit.setText("")
    refill.save_button.click()
    assert OPEN in refill.error_label.text()

    panel = StockPanel()
    qtbot.addWidget(panel)
    assert unmarked(panel, set()) == []
    panel.set_reports([], "Europe/London", ["baclofen"])
    assert unmarked(panel, {"baclofen"}) == []

    review = ReviewReminder(
        at=datetime(2027, 2, 20, 9, tzinfo=NOON.tzinfo),
        review=date(2027, 2, 27),
        since=date(2027, 1, 5),
        until=date(2027, 2, 26),
    )
    window = ReviewReminderWindow(person, review)
    qtbot.addWidget(window)
    assert unmarked(window, {person, review.message()}) == []

    welcome = WelcomePage("Europe/London")
    qtbot.addWidget(welcome)
    assert unmarked(welcome, {"Europe/London"}) == []


def test_the_tray_and_the_small_words_are_translated(
    tmp_path: Path, marked: None, qapp: QApplication
) -> None:
    tray = ReminderTray(autostart=tmp_path / "autostart.desktop")
    menu_texts = [a.text() for a in tray.menu.actions() if not a.isSeparator() and a.isVisible()]
    assert menu_texts and all(t.startswith(OPEN) for t in menu_texts), menu_texts
    assert tray.icon.toolTip() == "⟦MedPlanner — no dose in the next two days⟧"
    assert severity.severity("warning").text == "⟦Warning⟧"
    assert severity.state("missed").word == "⟦Missed⟧"
    assert TakeAllResult().words() == "⟦No dose is due now.⟧"
    assert when_text(NOON, "Europe/London") == "⟦Tue 5 Jan 2027 at 12:00⟧"  # date: gettext's


def test_english_stays_as_it_was_without_a_translator(qapp: QApplication) -> None:
    assert severity.severity("warning").text == "Warning"
    assert when_text(NOON, "Europe/London") == "Tue 5 Jan 2027 at 12:00"
    assert TakeAllResult().words() == "No dose is due now."
