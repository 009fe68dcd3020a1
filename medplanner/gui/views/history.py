"""History: the dose log with filters, corrections as new events, adherence per medicine.

The log is a health record: nothing is edited in place. "Change the time" records a
correction (``core.events.correction_of``) and "It was not taken" a retraction
(``retraction_of``); both are new events that name the one they replace, and the table
shows the whole record, replaced entries marked as such. Only the chosen dates are read
(150 000 events stay in the database).
The table model is in :mod:`medplanner.gui.views.history_model` (re-exported here), the
reading of the chosen days in :mod:`medplanner.gui.views.history_load`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.plan import parse_time_of_day
from medplanner.core.schedule import zone
from medplanner.gui import severity
from medplanner.gui.operations import Operations
from medplanner.gui.views.history_load import HistoryLoader, _date_edit
from medplanner.gui.views.history_model import (
    DEFAULT_DAYS,
    HEADERS,
    KINDS,
    EventsModel,
    describe,
)
from medplanner.gui.widgets.a11y import name_choices, name_table
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import button
from medplanner.gui.widgets.fmt import clock, day

__all__ = ["DEFAULT_DAYS", "HEADERS", "KINDS", "EventsModel", "HistoryView", "describe"]


class HistoryView(HistoryLoader):
    title = "History"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("history-view")
        # One scrolling column (issue 21 item 1): at 200 % text in a 600 px high window
        # the filters, the table and the correction box keep the room their words need.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        heading = QLabel(self.tr("Dose history"))
        emphasize(heading, 1.25, bold=True)
        layout.addWidget(heading)

        filters = QGridLayout()  # two rows: at 200 % text one row would squeeze the words
        self.medication = QComboBox()
        self.medication.setObjectName("history-medication")
        self.medication.setAccessibleName(self.tr("Show medication"))
        self.kind = QComboBox()
        self.kind.setObjectName("history-kind")
        self.kind.setAccessibleName(self.tr("Show kind of entry"))
        for text, value in KINDS:
            self.kind.addItem(QCoreApplication.translate("HistoryModel", text), value)
        name_choices(self.medication)
        name_choices(self.kind)
        self.since = _date_edit("history-since", self.tr("From date"))
        self.until = _date_edit("history-until", self.tr("To date"))
        for i, (text, widget) in enumerate(
            (
                (self.tr("&Medication"), self.medication),
                # Translators: which kind of entries to show (taken, skipped…); a label.
                (self.tr("&Kind"), self.kind),
                # Translators: the first day shown (a date follows); a label.
                (self.tr("Fro&m"), self.since),
                # Translators: the last day shown (a date follows); a label.
                (self.tr("&To"), self.until),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, i // 2, 2 * (i % 2))
            filters.addWidget(widget, i // 2, 2 * (i % 2) + 1)
        filters.setColumnStretch(4, 1)
        layout.addLayout(filters)
        self.medication.currentIndexChanged.connect(lambda _i: self._load())
        self.kind.currentIndexChanged.connect(lambda _i: self._load())
        self.since.dateChanged.connect(lambda _d: self._load())
        self.until.dateChanged.connect(lambda _d: self._load())

        self.adherence = QLabel()
        self.adherence.setObjectName("adherence")
        self.adherence.setWordWrap(True)
        self.adherence.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.adherence)

        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setObjectName("history-table")
        name_table(self.table, self.tr("Dose history entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.table.setMinimumHeight(8 * self.table.fontMetrics().height())
        layout.addWidget(self.table, 1)

        fix = QGroupBox(self.tr("Correct the selected entry (the log keeps the original)"))
        fix_layout = QFormLayout(fix)
        self.selected_label = QLabel(self.tr("Select an entry above."))
        self.selected_label.setObjectName("history-selected")
        self.selected_label.setWordWrap(True)
        fix_layout.addRow(self.selected_label)
        row = QHBoxLayout()
        self.new_time = QLineEdit()
        self.new_time.setObjectName("history-new-time")
        self.new_time.setAccessibleName(self.tr("The time it really happened, like 08:15"))
        self.new_time.setPlaceholderText("08:15")
        self.change_time = button(
            self.tr("Change the time"),
            name="history-change-time",
            accessible=self.tr("Record the corrected time"),
        )
        self.change_time.clicked.connect(self._change_time)
        self.not_taken = button(
            self.tr("It was not taken"),
            name="history-not-taken",
            accessible=self.tr("Record that this entry was a mistake"),
        )
        self.not_taken.clicked.connect(self._withdraw)
        # Translators: before the field for the time a dose was really taken at.
        label = QLabel(self.tr("Really &at"))
        label.setBuddy(self.new_time)
        row.addWidget(label)
        row.addWidget(self.new_time)
        row.addWidget(self.change_time)
        row.addWidget(self.not_taken)
        row.addStretch(1)
        fix_layout.addRow(row)
        self.fix_status = QLabel()
        self.fix_status.setObjectName("history-fix-status")
        self.fix_status.setWordWrap(True)
        self.fix_status.setTextFormat(Qt.TextFormat.RichText)
        fix_layout.addRow(self.fix_status)
        layout.addWidget(fix)
        scroll.setWidget(body)
        self._range_set = False
        self._selected_changed()

    def refresh(self) -> None:
        if not self._range_set:
            today = self._today()
            for edit, d in (
                (self.until, today),
                (self.since, today - timedelta(days=DEFAULT_DAYS - 1)),
            ):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
            self._range_set = True
        names = self._medication_names()
        chosen = self.medication.currentData()
        self.medication.blockSignals(True)
        self.medication.clear()
        self.medication.addItem(self.tr("All medications"), None)
        for name in names:
            self.medication.addItem(name, name)
        index = self.medication.findData(chosen)
        self.medication.setCurrentIndex(max(index, 0))
        self.medication.blockSignals(False)
        self._load()

    def _show_adherence(self, rows: list[Any], count: int) -> None:

        taken = severity.state("taken")
        skipped = severity.state("skipped")
        missed = severity.state("missed")
        shown = escape(self.tr("%n entries shown.", "", count))
        intro = escape(self.tr("Doses taken as planned in these days:"))
        lines = [f"<b>{shown}</b> {intro}"]
        for a in rows:
            medication = escape(a.medication)
            if a.scheduled == 0:
                lines.append(
                    self.tr("{medication}: no doses were due.").format(medication=medication)
                )
                continue
            lines.append(
                # Translators: rich text; {taken_icon} and the others are icons, keep them.
                self.tr(
                    "<b>{medication}</b>: {taken} of {scheduled} taken ({percent} %) · "
                    "{taken_icon} {taken} taken · {skipped_icon} {skipped} skipped · "
                    "{missed_icon} {missed} missed"
                ).format(
                    medication=medication,
                    taken=a.taken,
                    scheduled=a.scheduled,
                    percent=a.percent,
                    skipped=a.skipped,
                    missed=a.missed,
                    taken_icon=taken.img(),
                    skipped_icon=skipped.img(),
                    missed_icon=missed.img(),
                )
            )
        self.adherence.setText("<br>".join(lines))
        plain = [
            self.tr("{medication}: {taken} of {scheduled} taken").format(
                medication=a.medication, taken=a.taken, scheduled=a.scheduled
            )
            for a in rows
        ]
        self.adherence.setAccessibleName(
            self.tr("Adherence. {medications}").format(medications="; ".join(plain))
        )

    # ------------------------------------------------------------------ corrections

    def _selected_changed(self) -> None:
        e = self.selected_event()
        fixable = (
            e is not None
            and e.kind in ("taken", "skipped")
            and e.id is not None
            and e.id not in self.model.replaced_by
        )
        self.change_time.setEnabled(fixable)
        self.not_taken.setEnabled(fixable and e is not None and e.kind == "taken")
        self.new_time.setEnabled(fixable)
        if e is None:
            self.selected_label.setText(self.tr("Select an entry above."))
        elif not fixable:
            self.selected_label.setText(
                self.tr(
                    "{entry}: this entry cannot be corrected here (it "
                    "was corrected already, or it is not a taken or skipped dose)."
                ).format(entry=describe(e, self.model.tz_name))
            )
        else:
            tz = zone(self.model.tz_name)
            self.selected_label.setText(
                # Translators: the selected history entry, then its date.
                self.tr("{entry} ({day}).").format(
                    entry=describe(e, self.model.tz_name), day=day(e.at.astimezone(tz).date())
                )
            )

    def _change_time(self) -> None:
        e = self.selected_event()
        if e is None or self.person is None:
            return
        wall = parse_time_of_day(self.new_time.text())
        if wall is None:
            said = self.tr(
                '"{text}" is not a time like 08:15 (24-hour HH:MM). Nothing was recorded.'
            ).format(text=escape(self.new_time.text().strip()))
            self.fix_status.setText(f"{severity.severity('warning').html(self.palette())} {said}")
            self.new_time.setFocus()
            return
        tz = zone(self.model.tz_name)
        local = e.at.astimezone(tz)
        at = datetime.combine(local.date(), wall, tz)
        if self.ops.correct(self, self.person, e, at=at) is not None:
            if e.kind == "taken":
                said = self.tr(
                    "Recorded. Correction: taken at {time} instead of {old} — {medication}. "
                    "The original stays in the log."
                )
            else:
                said = self.tr(
                    "Recorded. Correction: skipped at {time} instead of {old} — {medication}. "
                    "The original stays in the log."
                )
            said = said.format(time=clock(at), old=clock(local), medication=escape(e.medication))
            self.fix_status.setText(f"{severity.state('taken').html(self.palette())} {said}")
            self.new_time.clear()

    def _withdraw(self) -> None:
        e = self.selected_event()
        if e is None or self.person is None:
            return
        if self.ops.retract(self, self.person, e, "not taken: entered by mistake") is not None:
            tz = zone(self.model.tz_name)
            said = self.tr(
                "Recorded. Correction: not taken at {time} — {medication}. "
                "The original stays in the log."
            ).format(time=clock(e.at.astimezone(tz)), medication=escape(e.medication))
            self.fix_status.setText(f"{severity.state('taken').html(self.palette())} {said}")
