"""The reminder pop-up: one window listing the doses due now — each Take · Snooze… · Skip.

Doses that come due together are rows of ONE :class:`ReminderWindow` (never stacked
windows), with "Take all due" under them when there are several; a dose that comes due
while the window is open joins its list. Each row is a :class:`ReminderPopup`.

ui.md: medication and dose in the largest type, the time, one line of context, any
warning, then the buttons; Enter = Take only when no warning stands. The person may be
drowsy, have a tremor or low vision: buttons are at least 44 × 44 px, every control has a
mnemonic and an accessible name, and the window announces itself to screen readers.

The window stays on top but is shown *without activating*, so it never steals the keyboard from
whatever the person is typing; clicking it or switching to it (Alt+Tab) makes it fully
keyboard-operable. (``Qt.WindowDoesNotAcceptFocus`` would make it unreachable from the
keyboard altogether, so it is not used.)

The window only shows and asks: it emits what the person chose, and the
:class:`~medplanner.gui.reminder_controller.ReminderController` applies it (the doubled-
dose rule, the confirmation, the log, the new snooze job).

Each row is in :mod:`medplanner.gui.popup_row` (re-exported here).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.gui.popup_row import (
    SNOOZE_MINUTES,
    TITLE_SCALE,
    ReminderPopup,
    big_button,
)

__all__ = ["SNOOZE_MINUTES", "TITLE_SCALE", "ReminderPopup", "ReminderWindow", "big_button"]


class _Rows(QScrollArea):
    """The rows' scroll area: as big as its rows want (the window is bounded to the
    screen by the controller; only then does the list scroll)."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        width = max(inner.sizeHint().width(), inner.minimumSizeHint().width())
        outer = self.parentWidget()
        layout = outer.layout() if outer is not None else None
        if outer is not None and layout is not None:  # the width the rows will really get
            margins = layout.contentsMargins()
            room = max(outer.width() if outer.isVisible() else 0, outer.minimumWidth())
            width = max(width, room - margins.left() - margins.right() - frame - bar)
        height = max(inner.sizeHint().height(), inner.minimumSizeHint().height())
        if inner.hasHeightForWidth():  # wrapped words: the height at the width it gets
            height = max(height, inner.heightForWidth(width))
        return QSize(width + frame + bar, height + frame)


class ReminderWindow(QWidget):
    """The one reminder window: every dose due now, one row each, and "Take all due"."""

    take_all_requested = Signal()
    emptied = Signal()  # the last row went (answered or dismissed): the window closed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("reminderWindow")
        self.setAccessibleName(self.tr("Medication reminder"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.hide()
        layout.addWidget(self.heading)
        self._list = QWidget(self)
        self._rows = QVBoxLayout(self._list)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addStretch(1)
        self.rows_area = _Rows(self)
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(self._list)
        layout.addWidget(self.rows_area, 1)
        self.take_all_button = big_button(
            self.tr("Take &all due"),
            self,
            name=self.tr("Take all due"),
            description=self.tr("Record every dose listed; any with a warning is asked about once"),
        )
        self.take_all_button.clicked.connect(self.take_all_requested)
        self.take_all_button.hide()
        layout.addWidget(self.take_all_button, 0, Qt.AlignmentFlag.AlignRight)
        self.rows: list[ReminderPopup] = []
        self.setMinimumWidth(520)  # the heading on one line beside a row's three buttons

    def add(self, row: ReminderPopup) -> None:
        """Add one dose's row (a dose due while the window is open joins the list)."""
        row.setParent(self._list)
        self._rows.insertWidget(self._rows.count() - 1, row)
        self.rows.append(row)
        row.destroyed.connect(lambda _=None, r=row: self._drop(r))
        row.dismissed.connect(lambda r=row: self._drop(r))
        row.show()
        self.tidy()
        if self.isVisible():  # joined an open list: announced like a new window would be
            QAccessible.updateAccessibility(QAccessibleEvent(row, QAccessible.Event.Alert))

    def remove(self, row: ReminderPopup) -> None:
        """A row was answered: it goes (the window closes with its last row)."""
        self._drop(row)

    def _drop(self, row: ReminderPopup) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        with contextlib.suppress(RuntimeError):  # already deleted by Qt
            self._rows.removeWidget(row)
        if not self.rows:
            self.hide()
            self.emptied.emit()
        else:
            self.tidy()
            # The keyboard goes on to the next row (the one that took this row's place).
            self.rows[min(index, len(self.rows) - 1)].take_button.setFocus(
                Qt.FocusReason.OtherFocusReason
            )

    def tidy(self) -> None:
        """Title, heading, "Take all due" and one emergency banner per person."""
        count = len(self.rows)
        if count == 1:
            only = self.rows[0].description
            self.setWindowTitle(self.tr("Time for {what} — MedPlanner").format(what=only.title))
        else:
            self.setWindowTitle(self.tr("%n doses due — MedPlanner", "", count))
        self.heading.setText(
            self.tr("%n doses are due now. Answer each, or take all at once.", "", count)
        )
        self.heading.setVisible(count > 1)
        self.take_all_button.setVisible(count > 1)
        for row in self.rows:  # a frame tells rows apart; one dose needs none
            row.setFrameShape(QFrame.Shape.StyledPanel if count > 1 else QFrame.Shape.NoFrame)
        seen: set[str] = set()
        for row in self.rows:
            banner = row.red_flag_banner
            person = row.reminder.person
            if not banner.isHidden() and person in seen:
                banner.hide()
            elif not banner.isHidden():
                seen.add(person)
        self.setAccessibleDescription(" ".join(r.description.spoken for r in self.rows))

    def settle(self) -> None:
        """Bring every layout up to date now (a row's skip reason just opened), so the
        window's size hint counts it before the controller sizes and places the window."""
        for row in self.rows:
            if (inner := row.layout()) is not None:
                inner.activate()
            row.updateGeometry()
        self._rows.invalidate()
        self._rows.activate()
        self._list.updateGeometry()
        self.rows_area.updateGeometry()
        if (outer := self.layout()) is not None:
            outer.invalidate()
            outer.activate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed without answering: every row is dismissed (each stays due in Today)."""
        for row in list(self.rows):
            row.close()
        super().closeEvent(event)
