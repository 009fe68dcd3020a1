"""The History tab's table: the dose log as rows (:class:`EventsModel`) and each event in
plain words (:func:`describe`). Re-exported by :mod:`medplanner.gui.views.history`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QWidget,
)

from medplanner.core.events import DoseEvent
from medplanner.core.schedule import zone
from medplanner.gui import severity
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.widgets.fmt import clock, day

# The table's column headers, translated where shown (context "HistoryModel").
HEADERS = (
    # Translators: a column header of the dose history: date and time of the entry.
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Medication"),
    # Translators: a column header of the dose history: taken, skipped, snoozed…
    QT_TRANSLATE_NOOP("HistoryModel", "What"),
    # Translators: a column header of the dose history: the amount taken.
    QT_TRANSLATE_NOOP("HistoryModel", "Dose"),
    # Translators: a column header of the dose history: the planned dose an entry answers.
    QT_TRANSLATE_NOOP("HistoryModel", "For the dose of"),
    # Translators: a column header of the dose history: corrections, reasons.
    QT_TRANSLATE_NOOP("HistoryModel", "Note"),
)
# The History's "Kind" choices: words (translated where shown) and the filter's value.
KINDS = (
    (QT_TRANSLATE_NOOP("HistoryModel", "All entries"), None),
    (QT_TRANSLATE_NOOP("HistoryModel", "Taken"), "taken"),
    (QT_TRANSLATE_NOOP("HistoryModel", "Skipped"), "skipped"),
    (QT_TRANSLATE_NOOP("HistoryModel", "Snoozed"), "snoozed"),
    (QT_TRANSLATE_NOOP("HistoryModel", "Corrections"), "corrections"),
)
_KIND_WORDS: dict[str, str] = {
    "taken": QT_TRANSLATE_NOOP("HistoryModel", "Taken"),
    "skipped": QT_TRANSLATE_NOOP("HistoryModel", "Skipped"),
    "snoozed": QT_TRANSLATE_NOOP("HistoryModel", "Snoozed"),
    "retracted": QT_TRANSLATE_NOOP("HistoryModel", "Not taken (withdrawn)"),
}
# An entry in plain words, per kind: (with its dose, without one).
_DESCRIBE = {
    "taken": (
        QT_TRANSLATE_NOOP("HistoryModel", "Taken at {time} — {medication} {dose}"),
        QT_TRANSLATE_NOOP("HistoryModel", "Taken at {time} — {medication}"),
    ),
    "skipped": (
        QT_TRANSLATE_NOOP("HistoryModel", "Skipped at {time} — {medication} {dose}"),
        QT_TRANSLATE_NOOP("HistoryModel", "Skipped at {time} — {medication}"),
    ),
    "snoozed": (
        QT_TRANSLATE_NOOP("HistoryModel", "Snoozed at {time} — {medication} {dose}"),
        QT_TRANSLATE_NOOP("HistoryModel", "Snoozed at {time} — {medication}"),
    ),
    "retracted": (
        QT_TRANSLATE_NOOP("HistoryModel", "Marked not taken — {medication} {dose}"),
        QT_TRANSLATE_NOOP("HistoryModel", "Marked not taken — {medication}"),
    ),
}
#: The icon beside a kind's word (the word carries the meaning on its own).
_KIND_MARKS = {"taken": "taken", "skipped": "skipped", "retracted": "missed"}


def header(column: int) -> str:
    """The translated header of ``column``."""
    return QCoreApplication.translate("HistoryModel", HEADERS[column])


def kind_words(kind: str) -> str:
    """An event kind in words (an unknown kind as it is)."""
    words = _KIND_WORDS.get(kind)
    return QCoreApplication.translate("HistoryModel", words) if words is not None else kind


def describe(e: DoseEvent, tz: str) -> str:
    """One entry in plain words: ``"Taken at 08:15 — baclofen 10 mg"``."""
    at = clock(e.at.astimezone(zone(tz)))
    with_dose, without = _DESCRIBE[e.kind]
    if e.amount is None:
        return QCoreApplication.translate("HistoryModel", without).format(
            time=at, medication=e.medication
        )
    return QCoreApplication.translate("HistoryModel", with_dose).format(
        time=at, medication=e.medication, dose=e.amount
    )


DEFAULT_DAYS = 14


class EventsModel(QAbstractTableModel):
    """The events of the chosen range, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[DoseEvent] = []
        self.replaced_by: dict[int, int] = {}
        self.by_id: dict[int, DoseEvent] = {}
        self.tz_name = "UTC"

    def set_events(
        self,
        events: list[DoseEvent],
        replaced_by: dict[int, int],
        tz: str,
        everything: list[DoseEvent] | None = None,
    ) -> None:
        """``everything`` (default: ``events``) lets a note say what a correction changed."""
        self.beginResetModel()
        self.events = events
        self.replaced_by = replaced_by
        self.by_id = {e.id: e for e in (everything or events) if e.id is not None}
        self.tz_name = tz
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        e = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(e, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2:
            mark = _KIND_MARKS.get(e.kind)
            return severity.state(mark).qicon() if mark is not None else None  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Translators: a screen reader's words for a cell: its column, then its value.
            value = self.cell(e, index.column()) or self.tr("none")
            return self.tr("{column}: {value}").format(column=header(index.column()), value=value)
        if role == Qt.ItemDataRole.FontRole and e.id in self.replaced_by:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def cell(self, e: DoseEvent, column: int) -> str:
        tz = zone(self.tz_name)
        at = e.at.astimezone(tz)
        if column == 0:
            return f"{day(at.date())} {at.year} {clock(at)}"
        if column == 1:
            return e.medication
        if column == 2:
            return kind_words(e.kind)
        if column == 3:
            return str(e.amount) if e.amount is not None else ""
        if column == 4:
            if e.slot is None:
                # Translators: in the "For the dose of" column: a dose taken only when needed.
                return self.tr("as needed")
            return f"{day(e.slot.day)} {clock(e.slot.wall)}"
        return self.note(e)

    def note(self, e: DoseEvent) -> str:
        parts = []
        tz = zone(self.tz_name)
        if e.id is not None and e.id in self.replaced_by:
            newer = self.by_id.get(self.replaced_by[e.id])
            if newer is not None and newer.kind == "retracted":
                parts.append(self.tr("withdrawn later: not taken"))
            elif newer is not None:
                parts.append(
                    self.tr("corrected later to {time}").format(time=clock(newer.at.astimezone(tz)))
                )
            else:
                parts.append(self.tr("corrected later"))
        if e.corrects is not None:
            old = self.by_id.get(e.corrects)
            if e.kind == "retracted":
                if old is not None:
                    parts.append(
                        self.tr("Correction: not taken (was: taken at {time})").format(
                            time=clock(old.at.astimezone(tz))
                        )
                    )
                else:
                    parts.append(self.tr("Correction: not taken"))
            elif old is not None:
                new_at, old_at = clock(e.at.astimezone(tz)), clock(old.at.astimezone(tz))
                if e.kind == "taken":
                    text = self.tr("Correction: taken at {time} instead of {old}")
                elif e.kind == "skipped":
                    text = self.tr("Correction: skipped at {time} instead of {old}")
                else:
                    text = self.tr("Correction: snoozed at {time} instead of {old}")
                parts.append(text.format(time=new_at, old=old_at))
            else:
                # Translators: a note on a history entry that corrects an earlier one.
                parts.append(self.tr("Correction"))
        if e.snooze_until is not None:
            until = e.snooze_until.astimezone(zone(self.tz_name))
            # Translators: a snooze's note in the history: snoozed until this time.
            parts.append(self.tr("until {time}").format(time=clock(until)))
        if e.flagged:
            parts.append(
                self.tr("taken over a warning, confirmed")
                if e.confirmed
                else self.tr("taken over a warning")
            )
        if e.reason:
            parts.append(e.reason)
        return "; ".join(parts)
