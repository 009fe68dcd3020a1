"""The catch-up window: doses that came due while the app was closed or the PC slept.

Shown once, listing every such dose with its state (sign + word) and the missed-dose
advice from ``core`` — never a pop-up per dose. Each row has its own Take and Skip; a
row that is answered shows its new state and keeps its place, so the list does not jump
under a trembling hand. Like the pop-up it is shown without taking the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.dosing import SlotState
from medplanner.gui import severity
from medplanner.gui.confirm import MIN_TARGET, finding_label
from medplanner.gui.popup import big_button
from medplanner.reminders.describe import Description
from medplanner.reminders.due import Reminder


class CatchUpRow(QFrame):
    """One dose of the catch-up list."""

    take_requested = Signal(object)  # Reminder
    skip_requested = Signal(object)

    def __init__(self, description: Description, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.description = description
        self.state: SlotState = description.reminder.status.state
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setMinimumWidth(110)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        top.addWidget(self.state_label)
        top.addWidget(self.title_label, 1)
        self.take_button = big_button(self.tr("I took it…"), self, name=self.tr("I took it"))
        #: Translators: a button: record this dose as skipped.
        self.skip_button = big_button(self.tr("Skip"), self, name=self.tr("Skip"))
        top.addWidget(self.take_button)
        top.addWidget(self.skip_button)
        layout.addLayout(top)
        self.when_label = QLabel(self)
        self.when_label.setWordWrap(True)
        layout.addWidget(self.when_label)
        for finding in description.findings:
            layout.addWidget(finding_label(finding, self))
        self.take_button.clicked.connect(lambda: self.take_requested.emit(self.reminder))
        self.skip_button.clicked.connect(lambda: self.skip_requested.emit(self.reminder))
        self._show_state()

    @property
    def reminder(self) -> Reminder:
        return self.description.reminder

    def answered(self, state: SlotState) -> None:
        """The dose was taken or skipped: show it and retire the buttons."""
        self.state = state
        self._show_state()

    def _show_state(self) -> None:
        d = self.description
        mark = severity.state(self.state)
        self.state_label.setText(mark.html(self.palette()))
        self.title_label.setText(
            self.tr("{person}: {what}").format(person=d.person, what=d.title)
            if d.person
            else d.title
        )
        self.when_label.setText(
            self.tr("Scheduled for {scheduled}. {context}.").format(
                scheduled=d.scheduled, context=d.context
            )
        )
        open_ = self.state not in ("taken", "skipped")
        self.take_button.setEnabled(open_)
        self.skip_button.setEnabled(open_)
        self.take_button.setAccessibleName(
            self.tr("I took {what} of {scheduled}").format(what=d.title, scheduled=d.scheduled)
        )
        self.skip_button.setAccessibleName(
            self.tr("Skip {what} of {scheduled}").format(what=d.title, scheduled=d.scheduled)
        )
        self.setAccessibleName(
            self.tr("{state}: {what}. {when}").format(state=mark.text, what=d.title, when=d.when)
        )


class CatchUpWindow(QWidget):
    """All doses that came due unseen, once, together."""

    take_requested = Signal(object)  # Reminder
    skip_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("While you were away — MedPlanner"))
        self.setAccessibleName(self.tr("Doses that came due while you were away"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self._list = QWidget(self)
        self._rows = QVBoxLayout(self._list)
        self._rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        layout.addWidget(scroll, 1)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setMinimumSize(MIN_TARGET * 2, MIN_TARGET)
        self.done_button.clicked.connect(self.close)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.rows: list[CatchUpRow] = []
        self.resize(600, 680)  # room for three or four doses at once; kept on the screen

    def add(self, descriptions: list[Description]) -> None:
        """Add doses (a later catch-up while this one is open joins the same list)."""
        known = {r.reminder.key for r in self.rows}
        for d in descriptions:
            if d.reminder.key in known:
                continue
            row = CatchUpRow(d, self._list)
            row.take_requested.connect(self.take_requested)
            row.skip_requested.connect(self.skip_requested)
            self._rows.insertWidget(self._rows.count() - 1, row)
            self.rows.append(row)
        count = len(self.rows)
        #: Translators: two texts, for one dose and for several: the second has every
        #: plural form of your language (it is also used for 0, 21 …).
        if count == 1:
            heading = self.tr(
                "%n dose came due while MedPlanner was closed or the computer was asleep. "
                "Each is listed once, with what to do now. Never take two doses together.",
                "",
                count,
            )
        else:
            heading = self.tr(
                "%n doses came due while MedPlanner was closed or the computer was asleep. "
                "Each is listed once, with what to do now. Never take two doses together.",
                "",
                count,
            )
        self.heading.setText(heading)
        self.setAccessibleDescription(
            self.heading.text() + " " + " ".join(r.description.spoken for r in self.rows)
        )

    def row_for(self, reminder: Reminder) -> CatchUpRow | None:
        for row in self.rows:
            if row.reminder.key == reminder.key:
                return row
        return None

    def open_reminders(self) -> list[Reminder]:
        return [r.reminder for r in self.rows if r.state not in ("taken", "skipped")]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
