"""What the non-dose reminders offer: the review reminder's window and its "Make the
report…", which opens File ▸ Export… with the doctor's report and its period filled in.

The reminder controller shows :class:`ReviewReminderWindow` (with a tray notification) when
the engine says the review reminder is due; the button asks the controller, whose
``open_report`` hook (set by the app) calls :func:`open_review_report`. Making the report
notes it for this review, so the next report starts the day after (issue #22 item 7).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from medplanner.core.errors import MedPlannerError
from medplanner.core.review import ReviewReminder
from medplanner.gui.dialogs.export import ExportDialog, open_export_dialog
from medplanner.gui.operations import Operations
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button, button

REPORT_KIND = "report-pdf"


class ReviewReminderWindow(QWidget):
    """A small window: the review's date, the report to take, "Make the report…"."""

    #: The person asked for the report (the controller opens the export dialog).
    make_report = Signal()

    def __init__(
        self, person: str, reminder: ReviewReminder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.person = person
        self.reminder = reminder
        self.setObjectName("review-reminder")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(
            self.tr("Review with the prescriber — {person} — MedPlanner").format(person=person)
        )
        message = reminder.message()
        self.setAccessibleName(
            self.tr("Review reminder for {person}: {message}").format(
                person=person, message=message
            )
        )
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Review with the prescriber — {person}").format(person=person), self
        )
        emphasize(heading, 1.2, bold=True)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.text = QLabel(message, self)
        self.text.setObjectName("review-reminder-text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.report_button = big_button(
            self.tr("&Make the report…"),
            name="review-make-report",
            accessible=self.tr("Make the doctor's report for {period}").format(
                period=reminder.period()
            ),
            parent=self,
            primary=True,
        )
        self.report_button.clicked.connect(self._make)
        self.later_button = button(
            self.tr("&Later"),
            name="review-later",
            accessible=self.tr("Close this reminder"),
            parent=self,
        )
        self.later_button.clicked.connect(self.close)
        row.addWidget(self.report_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        layout.addLayout(row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def _make(self) -> None:
        self.make_report.emit()
        self.close()


def open_review_report(
    parent: QWidget,
    ops: Operations,
    person: str,
    data_dir: Path | None,
    reminder: ReviewReminder,
) -> ExportDialog:
    """File ▸ Export… with the doctor's report chosen and its period from the reminder;
    a report written from it is noted for the reminder's review."""
    dialog = open_export_dialog(
        parent, ops, person, data_dir, kind=REPORT_KIND, since=reminder.since
    )

    def written(result: object) -> None:
        if not isinstance(result, Path) or dialog.kind.key != REPORT_KIND:
            return
        try:
            period = ops.service.review_report_period(person, ops.now())
            until = period[1] if period is not None else reminder.until
            ops.service.note_review_report(person, reminder.review, until)
        except MedPlannerError:  # the plan went away meanwhile: nothing to note it for
            return

    dialog.finished_export.connect(written)
    return dialog
