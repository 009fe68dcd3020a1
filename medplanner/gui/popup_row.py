"""One row of the reminder pop-up: a dose due now with Take · Snooze… · Skip
(:class:`ReminderPopup`), and the big buttons it is made of. :mod:`medplanner.gui.popup`
holds the window and re-exports every name."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.gui.confirm import MIN_TARGET, finding_label
from medplanner.reminders.describe import Description
from medplanner.reminders.due import Reminder

SNOOZE_MINUTES = (5, 10, 30)
TITLE_SCALE = 2.0


def big_button(text: str, parent: QWidget, *, name: str, description: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumSize(MIN_TARGET * 2, MIN_TARGET)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setAutoDefault(False)
    return button


class ReminderPopup(QFrame):
    """One dose's reminder: a row of the :class:`ReminderWindow` (the only window)."""

    take_requested = Signal()
    skip_requested = Signal(str)  # the optional reason ("" when none)
    snooze_requested = Signal(int)  # minutes
    dismissed = Signal()  # closed without an answer: the dose stays due in the Today view
    safe_requested = Signal()  # the emergency banner's "I'm safe now"
    grown = Signal()  # the skip row opened: the window grows (the controller re-places it)

    def __init__(self, description: Description, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("reminderPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.answered = False
        self._build()
        self.set_description(description)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        from medplanner.gui.diary import RedFlagBanner

        self.red_flag_banner = RedFlagBanner(self)
        self.red_flag_banner.safe_requested.connect(self.safe_requested)
        layout.addWidget(self.red_flag_banner)
        self.person_label = QLabel(self)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.when_label = QLabel(self)
        when_font = self.when_label.font()
        when_font.setPointSizeF(when_font.pointSizeF() * 1.25)
        self.when_label.setFont(when_font)
        self.context_label = QLabel(self)
        for label in (self.person_label, self.title_label, self.when_label, self.context_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.findings_box = QVBoxLayout()
        layout.addLayout(self.findings_box)

        layout.addSpacing(12)
        row = QHBoxLayout()
        #: Translators: a button: record this dose as taken now.
        self.take_button = big_button(
            self.tr("&Take"),
            self,
            name=self.tr("Take"),
            description=self.tr("Record as taken"),
        )
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("S&nooze…"))
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.snooze_button.setAccessibleDescription(
            self.tr("Remind me again in 5, 10 or 30 minutes")
        )
        self.snooze_button.setMinimumSize(MIN_TARGET * 2, MIN_TARGET)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The "…" in the text says there is more to choose; hide the style's small arrow
        # (and no "▾": a font may lack it, issue 21).
        self.snooze_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_MINUTES:
            action = menu.addAction(self.tr("&%n minutes", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self._snooze(m))
        self.snooze_menu = menu
        self.snooze_button.setMenu(menu)
        self.skip_button = big_button(
            self.tr("S&kip…"),
            self,
            name=self.tr("Skip"),
            description=self.tr("Record as skipped, with a reason if you like"),
        )
        for w in (self.take_button, self.snooze_button, self.skip_button):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(w, 1)
        layout.addLayout(row)

        self.skip_row = QWidget(self)
        skip = QHBoxLayout(self.skip_row)
        skip.setContentsMargins(0, 0, 0, 0)
        self.reason_edit = QLineEdit(self.skip_row)
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for skipping (optional)"))
        self.reason_edit.setMinimumHeight(MIN_TARGET)
        self.skip_confirm = big_button(
            self.tr("Skip &dose"), self.skip_row, name=self.tr("Skip this dose")
        )
        self.skip_back = big_button(
            self.tr("&Back"), self.skip_row, name=self.tr("Back, do not skip")
        )
        for part in (self.reason_edit, self.skip_confirm, self.skip_back):
            skip.addWidget(part)
        self.skip_row.hide()
        layout.addWidget(self.skip_row)

        self.take_button.clicked.connect(self._take)
        self.skip_button.clicked.connect(self._open_skip)
        self.skip_confirm.clicked.connect(self._skip)
        self.reason_edit.returnPressed.connect(self._skip)
        self.skip_back.clicked.connect(self._close_skip)
        self.setMinimumWidth(420)
        # The row never squeezes: it is at least as tall as its parts want (the window
        # grows, or scrolls when the screen is full).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # ------------------------------------------------------------------ content

    def set_description(self, description: Description) -> None:
        """Show ``description`` (also used to refresh findings after a rebuild)."""
        if getattr(self, "description", None) == description:
            return
        self.description = description
        self.setWindowTitle(self.tr("Time for {what} — MedPlanner").format(what=description.title))
        self.person_label.setText(
            self.tr("For {person}").format(person=description.person) if description.person else ""
        )
        self.person_label.setVisible(bool(description.person))
        self.title_label.setText(description.title)
        self.when_label.setText(description.when)
        self.context_label.setText(description.context)
        while (item := self.findings_box.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for finding in description.findings:
            self.findings_box.addWidget(finding_label(finding, self))
        if description.zone is not None:
            self.red_flag_banner.show_flags(list(description.red_flags), description.zone)
        # Enter = Take only when no warning stands; otherwise Enter does nothing here.
        self.take_button.setDefault(not description.warning)
        self.setAccessibleName(self.tr("Medication reminder"))
        self.setAccessibleDescription(description.spoken)

    @property
    def reminder(self) -> Reminder:
        return self.description.reminder

    def sizeHint(self) -> QSize:
        """As tall as the wrapped words need at the width the row has (at least its
        minimum): with the Minimum policy this is also the height it is never squeezed
        below."""
        hint = super().sizeHint()
        width = max(hint.width(), self.minimumWidth(), self.width() if self.isVisible() else 0)
        if self.hasHeightForWidth():
            return QSize(width, self.heightForWidth(width))
        return hint

    # ------------------------------------------------------------------ actions

    def _take(self) -> None:
        if not self.answered:
            self.take_requested.emit()

    def _snooze(self, minutes: int) -> None:
        if not self.answered:
            self.snooze_requested.emit(minutes)

    def _open_skip(self) -> None:
        self.skip_row.show()
        # Grow by the row instead of squeezing what is shown (the window keeps its parts'
        # sizes): the controller grows the window and keeps it wholly on the screen.
        self.grown.emit()
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_skip(self) -> None:
        self.reason_edit.clear()
        self.skip_row.hide()
        self.skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _skip(self) -> None:
        if not self.answered:
            self.skip_requested.emit(self.reason_edit.text().strip())

    def finish(self) -> None:
        """Close after an answer (no ``dismissed``)."""
        self.answered = True
        self.close()

    # ------------------------------------------------------------------ events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.answered:
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if focused is self.reason_edit or event.isAutoRepeat():
                pass  # the reason field's Enter is Skip (returnPressed); a held key is no answer
            elif isinstance(focused, QPushButton | QToolButton) and focused is not self.take_button:
                focused.click()
            elif not self.skip_row.isVisible() and not self.description.warning:
                self._take()  # Enter = Take only when no warning stands
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.skip_row.isVisible():
                self._close_skip()
            else:
                self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.answered:
            self.answered = True
            self.dismissed.emit()
        super().closeEvent(event)
