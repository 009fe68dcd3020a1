"""File ▸ Export…: the plan, the printable schedule, the doctor's report, the calendar and
the dose history, from one dialog (issue 21 item 3).

Each export calls the same functions as ``medplanner export --format …`` (the plan's
stored text, :func:`medplanner.export.report.schedule_data` /
:func:`~medplanner.export.report.report_data` with :mod:`medplanner.export.pdf`,
:func:`medplanner.export.ics.plan_ics` (the calendar with the standing checks),
:func:`medplanner.export.history.history_csv`), and writes through the one safe writer
(:func:`medplanner.storage.paths.write_user_file`: 0600, temp file, fsync, rename; a
target in the data folder or a symbolic link is refused).

The data are read on the main thread (the store belongs to it); laying a PDF out and
writing the file run on a :class:`QThread`, with a busy bar, so the window never freezes.
A failure says what went wrong and what to do; after a success, "Open folder" shows the
file in the system's file manager. The dialog is not modal (ui.md), and every control is
named and reached with the keyboard (Alt + the underlined letter).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import MedPlannerError
from medplanner.core.schedule import zone
from medplanner.gui import severity
from medplanner.gui.dialogs.export_jobs import (
    FOLDER_KEY,
    KIND,
    KINDS,
    MAX_WEEKS,
    REPORT_WEEKS,
    SCHEDULE_WEEKS,
    ExportJob,
    ExportKind,
    Render,
    default_name,
    failure_text,
    prepare,
)
from medplanner.gui.operations import Operations
from medplanner.gui.widgets import messages
from medplanner.gui.widgets.appearance import emphasize, make_target
from medplanner.gui.widgets.buttons import big_button, button

__all__ = [
    "FOLDER_KEY",
    "KIND",
    "KINDS",
    "MAX_WEEKS",
    "REPORT_WEEKS",
    "SCHEDULE_WEEKS",
    "ExportDialog",
    "ExportJob",
    "ExportKind",
    "Render",
    "default_name",
    "failure_text",
    "open_export_dialog",
    "prepare",
]


class ExportDialog(QDialog):
    """See the module docstring. ``finished_export`` says when a job is over."""

    finished_export = Signal(object)  # the written Path, or None after a failure

    def __init__(
        self,
        ops: Operations,
        person: str,
        *,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.person = person
        self.data_dir = data_dir
        self.job: ExportJob | None = None
        self.written: Path | None = None
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export — {person}").format(person=person))
        self.setAccessibleName(
            self.tr("Export {person}'s plan, schedule, report, calendar or history").format(
                person=person
            )
        )
        self.setModal(False)
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("Export for {person}").format(person=person), self)
        emphasize(heading, 1.3, bold=True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Choose what to write. Each file holds health data: keep it somewhere private."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for kind in KINDS:
            choice = QCoreApplication.translate("ExportKinds", kind.label)
            radio = QRadioButton(choice, self)
            radio.setObjectName(f"export-{kind.key}")
            radio.setAccessibleName(choice.replace("&", ""))
            radio.setAccessibleDescription(QCoreApplication.translate("ExportKinds", kind.hint))
            radio.setMinimumHeight(44)
            self.choices.addButton(radio)
            self.radios[kind.key] = radio
            layout.addWidget(radio)
        self.radios["toml"].setChecked(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("export-hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form = form
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("export-weeks")
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(SCHEDULE_WEEKS)
        #: Translators: after the number of weeks: "4 weeks" (keep the leading space).
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(
            self.tr("Weeks ahead, from today, 1 to {most}").format(most=MAX_WEEKS)
        )
        self.weeks.setMinimumHeight(44)
        label = QLabel(self.tr("&Weeks ahead:"), self)
        label.setBuddy(self.weeks)
        form.addRow(label, self.weeks)
        today = self._today()
        self.since = QDateEdit(self)
        self.since.setObjectName("export-since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setMaximumDate(_qdate(today))
        self.since.setDate(_qdate(today - timedelta(weeks=REPORT_WEEKS)))
        self.since.setAccessibleName(self.tr("Report period from this day to today"))
        self.since.setMinimumHeight(44)
        label = QLabel(self.tr("Period &from (to today):"), self)
        label.setBuddy(self.since)
        form.addRow(label, self.since)
        layout.addLayout(form)

        self.busy = QProgressBar(self)
        self.busy.setObjectName("export-busy")
        self.busy.setRange(0, 0)  # busy: no percentage to promise
        self.busy.setAccessibleName(self.tr("Exporting, please wait"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.status = QLabel(self)
        self.status.setObjectName("export-status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.open_button = button(
            self.tr("&Open folder"),
            name="export-open-folder",
            accessible=self.tr("Open the folder of the export"),
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.close_button = button(
            self.tr("Close"), name="export-close", accessible=self.tr("Close")
        )
        self.close_button.clicked.connect(self.close)
        self.export_button = big_button(
            self.tr("&Export…"),
            name="export-go",
            accessible=self.tr("Export, choosing where"),
            primary=True,
        )
        self.export_button.setAutoDefault(True)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        for b in (self.close_button, self.export_button):
            make_target(b)
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.choices.buttonToggled.connect(lambda *_: self._sync())
        self._sync()
        # Wide enough for the wrapped lines at any text size (they are measured in the
        # current font): at 200 % nothing is clipped.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.radios["toml"].setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ state

    @property
    def kind(self) -> ExportKind:
        return next(KIND[k] for k, r in self.radios.items() if r.isChecked())

    def choose(self, key: str) -> None:
        self.radios[key].setChecked(True)

    def _today(self) -> date:
        now = self.ops.now()
        try:
            tz = self.ops.service.current(self.person).plan.person.timezone
        except MedPlannerError:
            return now.date()
        return now.astimezone(zone(tz)).date()

    def _sync(self) -> None:
        kind = self.kind
        self.hint.setText(QCoreApplication.translate("ExportKinds", kind.hint))
        self._form.setRowVisible(self.weeks, kind.key == "pdf")
        self._form.setRowVisible(self.since, kind.key == "report-pdf")
        if self.isVisible():
            self._fit()

    def _folder(self) -> Path:
        stored = self.ops.setting(FOLDER_KEY)
        if stored and Path(stored).is_dir():
            return Path(stored)
        return Path.home()

    def _say(self, level: str, text: str) -> None:
        from html import escape

        mark = severity.state("taken") if level == "done" else severity.severity(level)  # type: ignore[arg-type]
        self.status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.status.setAccessibleName(text)

    # ------------------------------------------------------------------ exporting

    def export(self) -> None:
        """Ask where (the save dialog, in the folder used last), then write in the
        background; the result arrives in :meth:`_done`."""
        if self.job is not None:
            return
        kind = self.kind
        suggested = self._folder() / default_name(self.person, kind, self._today())
        files = QCoreApplication.translate("ExportKinds", kind.filter)
        everything = self.tr("All files (*)")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportKinds", kind.title),
            str(suggested),
            f"{files};;{everything}",
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(f".{kind.suffix}")
        if str(path.parent) != (self.ops.setting(FOLDER_KEY) or ""):
            self.ops.set_setting(self, FOLDER_KEY, str(path.parent))
        picked = self.since.date()
        since = (
            date(picked.year(), picked.month(), picked.day()) if kind.key == "report-pdf" else None
        )
        weeks = self.weeks.value()
        ops, person = self.ops, self.person
        render = ops.run(
            self,
            self.tr("Nothing was exported"),
            lambda: prepare(ops.service, person, kind.key, ops.now(), weeks=weeks, since=since),
        )
        if render is None:
            self._say("warning", QCoreApplication.translate("ExportKinds", kind.not_made))
            return
        self.written = None
        self.open_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.busy.show()
        self._say("info", QCoreApplication.translate("ExportKinds", kind.writing).format(path=path))
        job = ExportJob(render, path, self.data_dir)
        job.done.connect(self._done)
        self.job = job
        self._wrote = kind.wrote
        job.start()

    def _done(self, result: object) -> None:
        job, self.job = self.job, None
        self.busy.hide()
        self.export_button.setEnabled(True)
        if job is not None:
            job.wait()  # it has emitted: only its last instructions are left
        if isinstance(result, Path):
            self.written = result
            wrote = QCoreApplication.translate("ExportKinds", self._wrote)
            self._say("done", wrote.format(person=self.person, path=result))
            self.open_button.setEnabled(True)
            self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.finished_export.emit(result)
            return
        self.finished_export.emit(None)
        path = job.path if job is not None else Path()
        if isinstance(result, MedPlannerError | OSError):
            text = failure_text(path, result)
            self._say("warning", self.tr("Nothing was exported. {why}").format(why=text))
            messages.show_error(self, self.tr("Nothing was exported"), text)
            self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(result, BaseException):  # a bug: the crash handler logs and tells
            raise result

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped line at this width (a top-level layout does not
        ask its labels' height for width by itself): nothing clipped at 200 % text."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)
        if needed > self.height():
            self.resize(self.width(), needed)

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    def closeEvent(self, event: object) -> None:
        if self.job is not None:  # never leave a thread writing behind a closed dialog
            self.job.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_export_dialog(
    parent: QWidget,
    ops: Operations,
    person: str,
    data_dir: Path | None,
    *,
    kind: str | None = None,
    since: date | None = None,
) -> ExportDialog:
    """File ▸ Export…: the dialog, shown (not modal); keep the returned reference.

    ``kind`` preselects a choice (``"report-pdf"``) and ``since`` fills the report's
    first day: the review reminder's "Make the report…" opens it so."""
    dialog = ExportDialog(ops, person, data_dir=data_dir, parent=parent)
    if kind is not None:
        dialog.choose(kind)
        dialog.radios[kind].setFocus(Qt.FocusReason.OtherFocusReason)
    if since is not None:
        dialog.since.setDate(_qdate(since))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
