"""Today's parts: the NEXT card, one row per dose of the day with its words, an
as-needed medicine's row ("Can I take one now?", in :mod:`~medplanner.gui.views.today_prn`,
importable from here), and the focus kept across a rebuild.
The view (:mod:`~medplanner.gui.views.today`) lays them out and records the answers."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from medplanner.core.dosing import SlotState, SlotStatus, when_words
from medplanner.core.model import ScheduledDose
from medplanner.core.schedule import doses_between, zone
from medplanner.core.wording import ago
from medplanner.gui import severity
from medplanner.gui.views.today_prn import AsNeededRow
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.fmt import clock
from medplanner.service import Status

if TYPE_CHECKING:
    from medplanner.gui.views.today import TodayView


__all__ = [
    "AsNeededRow",
    "detail_words",
    "dose_row",
    "focus_path",
    "next_card",
    "next_dose",
    "para",
    "restore_focus",
]

# The states a row of Today shows (its state column is as wide as the widest word).
_STATES: tuple[SlotState, ...] = ("taken", "skipped", "missed", "due", "upcoming")


class _Answers(Protocol):
    """What the rows need of the view: its palette and the answers it records."""

    def palette(self) -> QPalette: ...
    def take(self, dose: ScheduledDose) -> None: ...
    def took_it(self, dose: ScheduledDose) -> None: ...
    def skip(self, dose: ScheduledDose) -> None: ...


def next_card(view: _Answers, status: Status) -> QFrame:
    """The NEXT dose in large type, with Take and Skip when it has a slot today."""
    card = QFrame()
    card.setProperty("card", True)
    card.setObjectName("next-dose")
    grid = QGridLayout(card)
    grid.setContentsMargins(16, 12, 16, 12)
    # Translators: over the next dose to take, in large type (like a sign).
    label = QLabel(QCoreApplication.translate("TodayRows", "NEXT"))
    emphasize(label, 1.0, bold=True)
    grid.addWidget(label, 0, 0, 1, 2)
    nxt, slot = next_dose(status)
    if nxt is None:
        text = QLabel(QCoreApplication.translate("TodayRows", "No more doses planned."))
        emphasize(text, 1.6, bold=True)
        grid.addWidget(text, 1, 0, 1, 2)
        card.setAccessibleName(QCoreApplication.translate("TodayRows", "Next dose: none planned"))
        return card
    tz = zone(status.current.plan.person.timezone)
    now = status.at.astimezone(tz)
    when = clock(nxt.at)
    if nxt.day != now.date():
        if (nxt.day - now.date()).days == 1:
            when = QCoreApplication.translate("TodayRows", "Tomorrow {time}").format(time=when)
        else:
            when = f"{nxt.day} {when}"
    time_label = QLabel(when)
    time_label.setObjectName("next-time")
    emphasize(time_label, 2.6, bold=True)
    what = QLabel(f"{nxt.medication} {nxt.dose}")
    what.setObjectName("next-what")
    what.setWordWrap(True)
    emphasize(what, 2.0, bold=True)
    grid.addWidget(time_label, 1, 0)
    grid.addWidget(what, 1, 1)
    state = slot.state if slot is not None else "upcoming"
    mark = severity.state(state)
    # Translators: when the next dose is due: now (else "in 2 h", "5 min ago").
    due = QCoreApplication.translate("TodayRows", "now") if state == "due" else ago(now - nxt.at)
    detail = QLabel(f"{mark.html(view.palette())} {escape(due)}")
    detail.setTextFormat(Qt.TextFormat.RichText)
    grid.addWidget(detail, 2, 0, 1, 2)
    grid.setColumnStretch(1, 1)
    card.setAccessibleName(
        QCoreApplication.translate(
            "TodayRows", "Next dose: {medication} {dose} at {time}, {state}"
        ).format(medication=nxt.medication, dose=nxt.dose, time=when, state=mark.word)
    )
    if slot is not None:
        buttons = QHBoxLayout()
        at = clock(nxt.at)
        take = big_button(
            # Translators: a button: take (swallow) this dose now.
            QCoreApplication.translate("TodayRows", "Take"),
            name="next-take",
            accessible=QCoreApplication.translate(
                "TodayRows", "Take {medication} {dose}, the {time} dose"
            ).format(medication=nxt.medication, dose=nxt.dose, time=at),
            primary=True,
            factor=1.3,
        )
        skip = big_button(
            # Translators: a button: leave this dose out.
            QCoreApplication.translate("TodayRows", "Skip"),
            name="next-skip",
            accessible=QCoreApplication.translate(
                "TodayRows", "Skip {medication}, the {time} dose"
            ).format(medication=nxt.medication, time=at),
            factor=1.3,
        )
        take.clicked.connect(lambda: view.take(slot.dose))
        skip.clicked.connect(lambda: view.skip(slot.dose))
        buttons.addWidget(take)
        buttons.addWidget(skip)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
    return card


def next_dose(status: Status) -> tuple[ScheduledDose | None, SlotStatus | None]:
    for s in status.slots:
        if s.state in ("due", "upcoming"):
            return s.dose, s
    plan = status.current.plan
    later = doses_between(plan, status.at, status.at + timedelta(days=2))
    return next(iter(later), None), None


def dose_row(view: _Answers, s: SlotStatus, now: datetime, *, early: bool = False) -> QFrame:
    """One dose of the day: its state as sign + word, time, what, and its buttons."""
    d = s.dose
    row = QFrame()
    row.setObjectName(f"dose-{d.medication}-{clock(d.wall)}")
    grid = QGridLayout(row)
    grid.setContentsMargins(8, 6, 8, 6)
    mark = severity.state(s.state)
    state = QLabel(mark.html(view.palette()))
    state.setTextFormat(Qt.TextFormat.RichText)
    emphasize(state, 1.1, bold=True)
    widest = max(state.fontMetrics().horizontalAdvance(severity.state(k).word) for k in _STATES)
    state.setMinimumWidth(widest + 24 + severity.icon_side(state))
    at = QLabel(clock(d.at))
    emphasize(at, 1.4, bold=True)
    what = QLabel(f"{d.medication} {d.dose}")
    what.setWordWrap(True)
    emphasize(what, 1.2)
    grid.addWidget(state, 0, 0)
    grid.addWidget(at, 0, 1)
    grid.addWidget(what, 0, 2)
    grid.setColumnStretch(2, 1)
    detail_text = detail_words(s, now)
    if detail_text:
        detail = QLabel(detail_text)
        detail.setObjectName("dose-detail")
        detail.setWordWrap(True)
        grid.addWidget(detail, 1, 1, 1, 4)
    at_text = clock(d.at)
    words = (
        QCoreApplication.translate("TodayRows", "{time} {medication} {dose}: {state}. {detail}")
        .format(
            time=at_text, medication=d.medication, dose=d.dose, state=mark.word, detail=detail_text
        )
        .strip()
    )
    row.setAccessibleName(words)
    if early:
        take = big_button(
            QCoreApplication.translate("TodayRows", "Take early"),
            name="take",
            accessible=QCoreApplication.translate(
                "TodayRows", "Take early: {medication} {dose}, the {time} dose"
            ).format(medication=d.medication, dose=d.dose, time=at_text),
            factor=1.0,
        )
        take.clicked.connect(lambda: view.take(d))
        grid.addWidget(take, 0, 3)
    elif s.state in ("due", "missed"):
        # A missed dose best left out offers Skip first; "I took it" records one
        # that was taken but not marked (the doubled-dose rule still applies).
        leave_out = s.advice == "skip-and-wait"
        if leave_out:
            take_text = QCoreApplication.translate("TodayRows", "I took it")
            take_words = QCoreApplication.translate(
                "TodayRows", "I took it: {medication} {dose}, the {time} dose"
            )
        elif s.state == "missed":
            take_text = QCoreApplication.translate("TodayRows", "Take now")
            take_words = QCoreApplication.translate(
                "TodayRows", "Take now: {medication} {dose}, the {time} dose"
            )
        else:
            # Translators: a button: take (swallow) this dose now.
            take_text = QCoreApplication.translate("TodayRows", "Take")
            take_words = QCoreApplication.translate(
                "TodayRows", "Take: {medication} {dose}, the {time} dose"
            )
        take = big_button(
            take_text,
            name="take",
            accessible=take_words.format(medication=d.medication, dose=d.dose, time=at_text),
            primary=not leave_out,
        )
        skip = big_button(
            # Translators: a button: leave this dose out.
            QCoreApplication.translate("TodayRows", "Skip"),
            name="skip",
            accessible=QCoreApplication.translate(
                "TodayRows", "Skip {medication}, the {time} dose"
            ).format(medication=d.medication, time=at_text),
            primary=leave_out,
        )
        if s.state == "missed":
            take.clicked.connect(lambda: view.took_it(d))
        else:
            take.clicked.connect(lambda: view.take(d))
        skip.clicked.connect(lambda: view.skip(d))
        grid.addWidget(take, 0, 3)
        grid.addWidget(skip, 0, 4)
    return row


def para(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def detail_words(s: SlotStatus, now: datetime) -> str:
    tz = now.tzinfo
    if s.state in ("taken", "skipped") and s.answer is not None:
        when = clock(s.answer.at.astimezone(tz))
        if s.state == "taken":
            text = QCoreApplication.translate("TodayRows", "taken at {time}").format(time=when)
        else:
            text = QCoreApplication.translate("TodayRows", "skipped at {time}").format(time=when)
        if s.answer.reason:
            # Translators: a dose's answer ("taken at 08:00"), then the reason given.
            text = QCoreApplication.translate("TodayRows", "{answer} ({reason})").format(
                answer=text, reason=s.answer.reason
            )
        if s.answer.confirmed:
            text = QCoreApplication.translate(
                "TodayRows", "{answer} — confirmed over a warning"
            ).format(answer=text)
        return text
    if s.due_at is not None and s.state in ("upcoming", "due"):
        return QCoreApplication.translate(
            "TodayRows",
            "Not before {time}: the clock change moved another dose "
            "close to this one. Wait until then; never take two doses together.",
        ).format(time=clock(s.due_at.astimezone(tz)))
    if s.state == "missed":
        coming = when_words(s.coming, now) if s.coming is not None else None
        if s.advice == "skip-and-wait":
            if coming is None:
                return QCoreApplication.translate(
                    "TodayRows", "Missed. Leave it out and take the next dose as usual."
                )
            return QCoreApplication.translate(
                "TodayRows",
                "Missed. Leave it out and take the next dose as usual (your next dose is {when}).",
            ).format(when=coming)
        if coming is None:
            return QCoreApplication.translate(
                "TodayRows", "Missed. Take it now, then carry on as usual."
            )
        return QCoreApplication.translate(
            "TodayRows", "Missed. Take it now (your next dose is {when}), then carry on as usual."
        ).format(when=coming)
    if s.state == "due":
        if s.snoozed_until:
            return QCoreApplication.translate("TodayRows", "Due now, snoozed until {time}.").format(
                time=clock(s.snoozed_until.astimezone(tz))
            )
        return QCoreApplication.translate("TodayRows", "Due now.")
    if s.dose.shifted:
        return QCoreApplication.translate(
            "TodayRows", "Clock change: {time} does not exist today."
        ).format(time=clock(s.dose.wall))
    return ""


def focus_path(view: QWidget) -> tuple[str, str] | None:
    """Which row and button had the focus, to give it back after a rebuild."""
    focus = QApplication.focusWidget()
    if focus is None or not view.isAncestorOf(focus):
        return None
    row = focus.parentWidget()
    return (row.objectName() if row is not None else "", focus.objectName())


def restore_focus(view: TodayView, path: tuple[str, str] | None) -> None:
    if path is None or view.content is None:
        return
    row_name, name = path
    rows = view.content.findChildren(QFrame, row_name) if row_name else []
    for row in rows:
        target = row.findChild(QPushButton, name)
        if target is not None and target.isVisible():
            target.setFocus()
            return
    # The button went with its answer (Take): the focus stays at that place in the list,
    # on the next dose that still asks for one, so the keyboard never jumps to the top.
    doses = [w for w in view.content.findChildren(QFrame) if w.objectName().startswith("dose-")]
    names = [w.objectName() for w in doses]
    if row_name in names:
        for row in doses[names.index(row_name) :]:
            target = row.findChild(QPushButton, "take") or row.findChild(QPushButton, "skip")
            if target is not None and target.isVisible():
                target.setFocus()
                return
    fallback = view.content.findChild(QPushButton, "next-take") or view.content.findChild(
        QPushButton, "take"
    )
    if fallback is not None:
        fallback.setFocus()
    else:
        view.setFocus()
