"""Plan calendar: the coming weeks, a row a day, a column a medication.

Each cell gives the day's total and how it is taken (``3 × 300 mg``), and says in words
when the total goes up or down (``Up from 600 mg``) — a titration ramp reads down the
column, and a bar behind the text shows its height at a glance (the words carry the
meaning; the bar only helps). The doses come from ``core.schedule``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.clock import today as today_of
from medplanner.core.errors import MedPlannerError
from medplanner.core.model import Plan
from medplanner.core.schedule import doses_on
from medplanner.core.units import Amount, total
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.views.base import View
from medplanner.gui.widgets.a11y import name_choices, name_table
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.fmt import clock, day

WEEK_CHOICES = (2, 4, 8, 12)
_SHARE = Qt.ItemDataRole.UserRole + 1  # the cell's total as a share of the column's most


class _BarDelegate(QStyledItemDelegate):
    """Paints a quiet bar (share of the column's highest day) behind the cell's text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        share = index.data(_SHARE)
        if isinstance(share, float) and share > 0:
            colour = QColor(option.palette.highlight().color())
            colour.setAlpha(55)
            rect: QRect = option.rect
            bar = QRect(rect.left(), rect.bottom() - 5, int(rect.width() * share), 5)
            painter.fillRect(bar, colour)
        super().paint(painter, option, index)


class CalendarView(View):
    title = "Calendar"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("calendar-view")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("The coming weeks"))
        emphasize(heading, 1.25, bold=True)
        top.addWidget(heading)
        top.addStretch(1)
        # Translators: before the choice of how many weeks to show; a label.
        label = QLabel(self.tr("&Show"))
        self.weeks = QComboBox()
        self.weeks.setObjectName("calendar-weeks")
        self.weeks.setAccessibleName(self.tr("How many weeks to show"))
        for n in WEEK_CHOICES:
            self.weeks.addItem(self.tr("%n weeks", "", n), n)
        self.weeks.setCurrentIndex(1)
        name_choices(self.weeks)
        self.weeks.currentIndexChanged.connect(lambda _i: self.refresh_now())
        label.setBuddy(self.weeks)
        top.addWidget(label)
        top.addWidget(self.weeks)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("calendar-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("calendar-table")
        name_table(
            self.table, self.tr("Plan calendar: a row for each day, a column for each medicine")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(_BarDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(self.person) and (changes.plan or changes.persons)

    def refresh(self) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        if self.person is None:
            self.summary.setText(self.tr("No person yet."))
            return
        try:
            plan = self.ops.service.current(self.person).plan
        except MedPlannerError as e:
            self.summary.setText(e.message)
            return
        today = today_of(plan.person, self.ops.now())
        self.show_weeks(plan, today, int(self.weeks.currentData()))

    def show_weeks(self, plan: Plan, first: date, weeks: int) -> None:
        meds = [(i, m) for i, m in enumerate(plan.medications) if not m.as_needed]
        days = [first + timedelta(days=k) for k in range(weeks * 7)]
        self.table.setColumnCount(len(meds))
        self.table.setHorizontalHeaderLabels([m.name for _, m in meds])
        self.table.setRowCount(len(days))
        # Translators: the first row's header: today's date follows.
        today_label = self.tr("Today {day}")
        labels = [today_label.format(day=day(d)) if d == first else day(d) for d in days]
        self.table.setVerticalHeaderLabels(labels)
        grid: dict[tuple[int, date], list[tuple[str, Amount]]] = {}
        for d in [first - timedelta(days=1), *days]:
            for dose in doses_on(plan, d):
                grid.setdefault((dose.med_index, d), []).append((clock(dose.wall), dose.dose))
        changes: list[str] = []
        for col, (index, med) in enumerate(meds):
            totals = {d: total([a for _, a in grid.get((index, d), [])]) for d in days}
            most = max((t.mg for t in totals.values()), default=0) or 1
            before = total([a for _, a in grid.get((index, first - timedelta(days=1)), [])])
            for row, d in enumerate(days):
                doses = grid.get((index, d), [])
                now_total = totals[d]
                text, words = _cell(doses, now_total, before)
                item = QTableWidgetItem(text)
                said = self.tr("{day}, {medication}: {dose}").format(
                    day=day(d), medication=med.name, dose=words
                )
                item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
                item.setData(_SHARE, float(now_total.mg / most))
                item.setToolTip(words)
                self.table.setItem(row, col, item)
                if now_total != before and row > 0:
                    if now_total > before:
                        change = self.tr("{medication} goes up to {total} a day on {day}")
                    else:
                        change = self.tr("{medication} goes down to {total} a day on {day}")
                    changes.append(change.format(medication=med.name, total=now_total, day=day(d)))
                before = now_total
        self.summary.setText(
            self.tr("Changes ahead: {changes}.").format(changes="; ".join(changes))
            if changes
            else self.tr("No dose changes in these weeks.")
        )


def _cell(doses: list[tuple[str, Amount]], now: Amount, before: Amount) -> tuple[str, str]:
    if not doses:
        # Translators: a calendar cell's words for a day without a dose of this medicine.
        return ("—", QCoreApplication.translate("Calendar", "no dose"))
    amounts = {str(a) for _, a in doses}
    how = (
        f"{len(doses)} × {doses[0][1]}"
        if len(amounts) == 1
        else " + ".join(str(a) for _, a in doses)
    )
    times = ", ".join(t for t, _ in doses)
    # Translators: a day's total dose of one medicine, like "600 mg a day".
    lines = [QCoreApplication.translate("Calendar", "{total} a day").format(total=now)]
    lines.append(how)
    # words, not a glyph a font may lack (issue 21)
    if now > before:
        lines.append(
            QCoreApplication.translate("Calendar", "Up from {before}").format(before=before)
        )
        words = QCoreApplication.translate(
            "Calendar", "{total} a day, {how} at {times}, up from {before}"
        )
    elif now < before:
        lines.append(
            QCoreApplication.translate("Calendar", "Down from {before}").format(before=before)
        )
        words = QCoreApplication.translate(
            "Calendar", "{total} a day, {how} at {times}, down from {before}"
        )
    else:
        words = QCoreApplication.translate("Calendar", "{total} a day, {how} at {times}")
    return "\n".join(lines), words.format(total=now, how=how, times=times, before=before)
