"""History's reading, the parts that show no text of their own: today in the person's zone,
the medications, the chosen days, the events read and filtered into the table, the entry
selected. :class:`~medplanner.gui.views.history.HistoryView` builds the tab on this base;
every ``self.tr`` text stays in that class (its catalogue context).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QTableView

from medplanner.core.adherence import adherence
from medplanner.core.clock import local_day
from medplanner.core.errors import MedPlannerError
from medplanner.core.events import DoseEvent
from medplanner.core.schedule import zone
from medplanner.gui.operations import Changes
from medplanner.gui.views.base import View
from medplanner.gui.views.history_model import EventsModel


class HistoryLoader(View):
    """A view of the dose log over chosen days (no text of its own)."""

    since: QDateEdit
    until: QDateEdit
    medication: QComboBox
    kind: QComboBox
    model: EventsModel
    adherence: QLabel
    table: QTableView

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(self.person) and (
            changes.events or changes.diary or changes.plan or changes.persons
        )

    # ------------------------------------------------------------------ loading

    def _today(self) -> date:
        """Today in the person's zone (the machine's, without a plan)."""
        now = self.ops.now()
        if self.person is None:
            return now.date()
        try:
            zone_name = self.ops.service.current(self.person).plan.person.timezone
        except MedPlannerError:
            return now.date()
        return local_day(now, zone_name)

    def _medication_names(self) -> list[str]:
        if self.person is None:
            return []
        try:
            return [m.name for m in self.ops.service.current(self.person).plan.medications]
        except MedPlannerError:
            return []

    def _range(self, tz: str) -> tuple[datetime, datetime, date, date]:
        first = _py_date(self.since.date())
        last = _py_date(self.until.date())
        if last < first:
            first, last = last, first
        zone_info = zone(tz)
        since = datetime.combine(first, time.min, zone_info)
        until = datetime.combine(last + timedelta(days=1), time.min, zone_info)
        return since, until, first, last

    def _load(self) -> None:
        if self.person is None:
            self.model.set_events([], {}, "UTC")
            self.adherence.setText("")
            return
        try:
            current = self.ops.service.current(self.person)
        except MedPlannerError as e:
            self.model.set_events([], {}, "UTC")
            self.adherence.setText(e.message)
            return
        tz = current.plan.person.timezone
        since, until, first, last = self._range(tz)
        everything = self.ops.service.history(self.person, since, until)
        replaced_by = {e.corrects: e.id for e in everything if e.corrects is not None and e.id}
        shown = everything
        med = self.medication.currentData()
        if med is not None:
            shown = [e for e in shown if e.medication.casefold() == str(med).casefold()]
        kind = self.kind.currentData()
        if kind == "corrections":
            shown = [e for e in shown if e.corrects is not None or e.id in replaced_by]
        elif kind is not None:
            shown = [e for e in shown if e.kind == kind]
        shown = list(reversed(shown))
        self.model.set_events(shown, replaced_by, tz, everything)
        standing = self.ops.service.events(self.person, since - timedelta(days=1), until)
        svc = self.ops.service
        versions = svc.versions(self.person)
        rows = adherence(current.plan, standing, first, last, self.ops.now(), svc.kb, versions)
        self._show_adherence(rows, len(shown))
        self._selected_changed()

    def _show_adherence(self, rows: list[Any], count: int) -> None:
        """Show the adherence of the days read (the view's words)."""

    def _selected_changed(self) -> None:
        """Offer the fixes of the entry selected (the view's words)."""

    # ------------------------------------------------------------------ corrections

    def selected_event(self) -> DoseEvent | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.events[index.row()]


def _date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _py_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())
