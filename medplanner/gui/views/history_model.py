"""The History tab's table: the dose log as rows (:class:`EventsModel`) and each event in
plain words (:func:`describe`). Re-exported by :mod:`medplanner.gui.views.history`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
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
from medplanner.gui.widgets.fmt import clock, day

HEADERS = ("When", "Medication", "What", "Dose", "For the dose of", "Note")
KINDS = (
    ("All entries", None),
    ("Taken", "taken"),
    ("Skipped", "skipped"),
    ("Snoozed", "snoozed"),
    ("Corrections", "corrections"),
)
_KIND_WORDS = {
    "taken": "Taken",
    "skipped": "Skipped",
    "snoozed": "Snoozed",
    "retracted": "Not taken (withdrawn)",
}
#: The icon beside a kind's word (the word carries the meaning on its own).
_KIND_MARKS = {"taken": "taken", "skipped": "skipped", "retracted": "missed"}


def describe(e: DoseEvent, tz: str) -> str:
    """One entry in plain words: ``"Taken at 08:15 — baclofen 10 mg"``."""
    at = clock(e.at.astimezone(zone(tz)))
    dose = f" {e.amount}" if e.amount is not None else ""
    what = _KIND_WORDS.get(e.kind, e.kind.capitalize())
    if e.kind == "retracted":
        return f"Marked not taken — {e.medication}{dose}"
    return f"{what} at {at} — {e.medication}{dose}"


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
            return HEADERS[section]
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
            return f"{HEADERS[index.column()]}: {self.cell(e, index.column()) or 'none'}"
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
            return _KIND_WORDS.get(e.kind, e.kind)
        if column == 3:
            return str(e.amount) if e.amount is not None else ""
        if column == 4:
            return f"{day(e.slot.day)} {clock(e.slot.wall)}" if e.slot is not None else "as needed"
        return self.note(e)

    def note(self, e: DoseEvent) -> str:
        parts = []
        tz = zone(self.tz_name)
        if e.id is not None and e.id in self.replaced_by:
            newer = self.by_id.get(self.replaced_by[e.id])
            if newer is not None and newer.kind == "retracted":
                parts.append("withdrawn later: not taken")
            elif newer is not None:
                parts.append(f"corrected later to {clock(newer.at.astimezone(tz))}")
            else:
                parts.append("corrected later")
        if e.corrects is not None:
            old = self.by_id.get(e.corrects)
            if e.kind == "retracted":
                was = f" (was: taken at {clock(old.at.astimezone(tz))})" if old else ""
                parts.append(f"Correction: not taken{was}")
            elif old is not None:
                parts.append(
                    f"Correction: {e.kind} at {clock(e.at.astimezone(tz))} "
                    f"instead of {clock(old.at.astimezone(tz))}"
                )
            else:
                parts.append("Correction")
        if e.snooze_until is not None:
            until = e.snooze_until.astimezone(zone(self.tz_name))
            parts.append(f"until {clock(until)}")
        if e.flagged:
            parts.append("taken over a warning" + (", confirmed" if e.confirmed else ""))
        if e.reason:
            parts.append(e.reason)
        return "; ".join(parts)
