"""The titration/taper steps as an editable table: from, dose, times, repeat.

Cells hold text exactly as typed; the editor checks it with the plan file's own rules.
Keyboard: arrows move between cells, typing, F2 or Enter edits, Enter commits, Tab leaves the
table (tab-key navigation is off so the table is not a focus trap).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.views.med_draft import StepRow
from medplanner.gui.widgets.a11y import name_table

COLUMNS = ("from", "dose", "times", "repeat")
# The columns' headers, translated where shown: ``QCoreApplication.translate("StepsTable", h)``.
HEADERS = (
    # Translators: a column header: the day a titration step begins.
    QT_TRANSLATE_NOOP("StepsTable", "From (date)"),
    # Translators: a column header: the dose each time in this step.
    QT_TRANSLATE_NOOP("StepsTable", "Dose"),
    # Translators: a column header: the times of day of the doses.
    QT_TRANSLATE_NOOP("StepsTable", "Times"),
    # Translators: a column header: which days the doses repeat (daily, some weekdays).
    QT_TRANSLATE_NOOP("StepsTable", "Repeat"),
)
_SAMPLES = ("2027-01-04", "300 mg", "09:00, 15:00, 21:00", "daily")


class StepsTable(QTableWidget):
    """Rows of :class:`StepRow`; emits ``edited(row, column)`` when the person changes a cell."""

    edited = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("steps-table")
        name_table(self, self.tr("Steps: from date, dose, times and repeat of each step"))
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("StepsTable", h) for h in HEADERS]
        )
        self.setTabKeyNavigation(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )  # not SelectedClicked: a second single click (a shaky hand) does not start editing
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._loading = False
        self._problems: dict[tuple[int, int], str] = {}
        self._pending: dict[tuple[int, int], str] | None = None
        self.itemChanged.connect(self._item_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter edits the current cell (as in a spreadsheet); an Enter that an open editor
        # passed on after committing must not open a new one.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if (
                self.state() != QAbstractItemView.State.EditingState
                and self.currentIndex().isValid()
            ):
                self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if self._pending is not None:
            self.set_problems(self._pending)

    def set_rows(self, rows: Sequence[StepRow]) -> None:
        if tuple(rows) == self.rows():
            return
        self._loading = True
        try:
            current = (self.currentRow(), self.currentColumn())
            self.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, key in enumerate(COLUMNS):
                    text = getattr(row, "start" if key == "from" else key)
                    item = self.item(r, c)
                    if item is None:
                        item = QTableWidgetItem(text)
                        self.setItem(r, c, item)
                    elif item.text() != text:
                        item.setText(text)
                    self._describe(r, c)
            if 0 <= current[0] < len(rows):
                self.setCurrentCell(current[0], max(current[1], 0))
        finally:
            self._loading = False
        self._update_headers()

    def rows(self) -> tuple[StepRow, ...]:
        out = []
        for r in range(self.rowCount()):
            texts = [self._text(r, c) for c in range(len(COLUMNS))]
            out.append(StepRow(start=texts[0], dose=texts[1], times=texts[2], repeat=texts[3]))
        return tuple(out)

    def set_problems(self, problems: Mapping[tuple[int, int], str]) -> None:
        """Mark cells with a problem: the warning icon and "to fix" in the row's
        header, the words in the cell's tooltip and accessible text (the editor also lists
        them under the table).

        Not while a cell is being edited: any change to an item resets its open editor to
        the stored text, which would throw away what the person is typing.
        """
        if self.state() == QAbstractItemView.State.EditingState:
            self._pending = dict(problems)
            return
        self._pending = None
        if dict(problems) == self._problems:
            return
        self._problems = dict(problems)
        self._loading = True
        try:
            for r in range(self.rowCount()):
                for c in range(len(COLUMNS)):
                    self._describe(r, c)
        finally:
            self._loading = False
        self._update_headers()

    def _describe(self, r: int, c: int) -> None:
        item = self.item(r, c)
        if item is None:
            return
        problem = self._problems.get((r, c))
        column = QCoreApplication.translate("StepsTable", HEADERS[c])
        label = self.tr("Step {number}, {column}").format(number=r + 1, column=column)
        if problem:
            tip = self.tr("Warning: {problem}").format(problem=problem)
        else:
            # Translators: the example is what to type (the editor reads it in English).
            tip = self.tr("{cell}, like {example}").format(cell=label, example=_SAMPLES[c])
        item.setToolTip(tip)
        # Translators: said by a screen reader for a cell with nothing typed in it.
        text = item.text() or self.tr("empty")
        if problem:
            words = self.tr("{cell}: {text}. Problem: {problem}").format(
                cell=label, text=text, problem=problem
            )
        else:
            words = self.tr("{cell}: {text}").format(cell=label, text=text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, words)

    def _update_headers(self) -> None:
        rows_with = {r for r, _ in self._problems}
        from medplanner.gui import severity

        icon = severity.severity("warning").qicon(self.palette())
        for r in range(self.rowCount()):
            bad = r in rows_with
            # Translators: a step's row number, marked as having a problem to fix.
            number = self.tr("{number} to fix").format(number=r + 1) if bad else str(r + 1)
            header = QTableWidgetItem(number)
            if bad:
                header.setIcon(icon)
            self.setVerticalHeaderItem(r, header)

    def _text(self, r: int, c: int) -> str:
        item = self.item(r, c)
        return item.text() if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit(item.row(), item.column())
