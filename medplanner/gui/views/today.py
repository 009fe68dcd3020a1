"""Today: what to take now, what was taken, what was missed — answered at one glance.

From the top: the NEXT dose in large type with Take and Skip; a banner with what needs
attention (missed doses and their advice, standing warnings); every dose of the day in
time order with its state as sign + word; the as-needed medicines with "Can I take one
now?". Everything shown comes from :meth:`Service.status` at the injected clock's "now";
the view only lays it out. It refreshes on changes, and by itself when the next dose
comes due or passes its grace period (one single-shot timer, no polling).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.clock import grace as grace_of
from medplanner.core.errors import MedPlannerError
from medplanner.core.events import Slot
from medplanner.core.model import ScheduledDose
from medplanner.core.schedule import zone
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.takeall import TakeAllResult
from medplanner.gui.timers import precise_timer
from medplanner.gui.views.base import View
from medplanner.gui.views.today_rows import (
    AsNeededRow,
    dose_row,
    focus_path,
    next_card,
    para,
    restore_focus,
)
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.findings_panel import FindingsPanel
from medplanner.gui.widgets.fmt import clock, long_day
from medplanner.service import Status

#: However far the next change is, look again after this long (texts like "2 h ago").
MAX_WAIT = timedelta(minutes=10)

__all__ = ["MAX_WAIT", "AsNeededRow", "TodayView"]


class TodayView(View):
    title = "Today"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("today-view")
        self.status: Status | None = None
        #: What the last "Take all due" did (shown under its button until the next one).
        self.take_all_note = ""
        self.last_take_all: TakeAllResult | None = None
        self._timer = precise_timer(self)  # the app's one timer factory (gui/qtscheduler)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.invalidate)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area)
        self.content: QWidget | None = None

    def refresh(self) -> None:
        focus = focus_path(self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.status = None
        if self.person is None:
            layout.addWidget(
                para(self.tr("No person yet. Add one from the File menu (Ctrl+Shift+N)."))
            )
        else:
            try:
                self.status = self.ops.service.status(self.person, self.ops.now())
            except MedPlannerError as e:
                layout.addWidget(para(e.message))
        if self.status is not None:
            self._fill(layout, self.status)
        layout.addStretch(1)
        footer = para(
            self.tr(
                "MedPlanner checks, reminds and explains. Your prescriber decides: "
                "it never changes a dose by itself."
            )
        )
        layout.addWidget(footer)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        self.content = content
        if old is not None:
            old.deleteLater()
        restore_focus(self, focus)
        self._arm_timer()

    # ------------------------------------------------------------------ layout

    def _fill(self, layout: QVBoxLayout, status: Status) -> None:
        plan = status.current.plan
        tz = zone(plan.person.timezone)
        now = status.at.astimezone(tz)
        # Translators: the top line of Today: the date, the time now and the person's time zone.
        line = self.tr("{day} · now {time} · times in {zone}")
        date_line = QLabel(line.format(day=long_day(now.date()), time=clock(now), zone=tz.key))
        date_line.setObjectName("today-date")
        date_line.setWordWrap(True)
        layout.addWidget(date_line)
        if status.red_flags:  # the emergency before anything else (contract: first)
            from medplanner.gui.diary import RedFlagBanner

            flag_banner = RedFlagBanner()
            flag_banner.show_flags(status.red_flags, tz)
            flag_banner.safe_requested.connect(self._safe_now)
            layout.addWidget(flag_banner)
        layout.addWidget(next_card(self, status))
        self._add_take_all(layout, status)
        if status.findings:
            banner = FindingsPanel(self.tr("Needs your attention"), whole=True)
            banner.setObjectName("today-banner")
            banner.set_findings(status.findings)
            layout.addWidget(banner)
        heading = QLabel(self.tr("Today's doses"))
        emphasize(heading, 1.25, bold=True)
        layout.addWidget(heading)
        if not status.slots:
            layout.addWidget(para(self.tr("No scheduled doses today.")))
        early: set[int] = set()  # each medicine's next upcoming dose may be taken early
        for slot in status.slots:
            if slot.state == "upcoming" and slot.dose.med_index not in early:
                early.add(slot.dose.med_index)
                layout.addWidget(dose_row(self, slot, now, early=True))
            else:
                layout.addWidget(dose_row(self, slot, now))
        # Translators: heading over the medicines taken only when needed.
        heading = QLabel(self.tr("As needed"))
        emphasize(heading, 1.25, bold=True)
        layout.addWidget(heading)
        if not status.as_needed:
            layout.addWidget(para(self.tr("No as-needed medicines in this plan.")))
        for prn in status.as_needed:
            layout.addWidget(AsNeededRow(self, prn, now))
        self._add_stock(layout, status)

    def _add_take_all(self, layout: QVBoxLayout, status: Status) -> None:
        """ "Take all due" (issue 22) when two or more doses are due now (a due dose, or a
        missed one whose advice is to take it now), and what the last one did."""
        due = [
            s
            for s in status.slots
            if s.state == "due" or (s.state == "missed" and s.advice == "take-now")
        ]
        note = self.take_all_note
        if len(due) < 2 and not note:
            return
        row = QHBoxLayout()
        if len(due) >= 2:
            names = ", ".join(f"{s.dose.medication} {s.dose.dose}" for s in due)
            button = big_button(
                self.tr("Take all due (%n)", "", len(due)),
                name="take-all-due",
                accessible=self.tr("Take all %n due doses: {names}", "", len(due)).format(
                    names=names
                ),
                factor=1.1,
            )
            button.clicked.connect(self.take_all_due)
            row.addWidget(button)
        if note:
            label = QLabel(note)
            label.setObjectName("take-all-note")
            label.setWordWrap(True)
            row.addWidget(label, 1)
        row.addStretch(0 if note else 1)
        layout.addLayout(row)

    def _add_stock(self, layout: QVBoxLayout, status: Status) -> None:
        """Units on hand and the run-out along the plan, for medicines whose stock is counted."""
        person = self.person
        if person is None:
            return
        try:
            reports = self.ops.service.stocks(person, status.at)
        except MedPlannerError:
            return
        if not reports:
            return
        from medplanner.gui.stock import StockPanel

        panel = StockPanel()
        panel.setObjectName("today-stock")
        panel.set_reports(reports, status.current.plan.person.timezone)
        panel.refill_requested.connect(self._open_refill)
        layout.addWidget(panel)

    def _open_refill(self, medication: str) -> None:
        from medplanner.gui.views.insight import open_refill_dialog

        if self.person is not None:  # kept, so the non-modal dialog stays alive
            self.refill_dialog = open_refill_dialog(self, self.ops, self.person, medication)

    # ------------------------------------------------------------------ answers

    def take(self, dose: ScheduledDose) -> None:
        if self.person is not None:
            self.ops.take(self, self.person, dose.medication, slot=Slot.of(dose))

    def took_it(self, dose: ScheduledDose) -> None:
        """A past dose confirmed late: ask when it was taken, then the one take flow."""
        from medplanner.gui.confirm import ask_when_taken

        if self.person is None:
            return
        at = ask_when_taken(self, dose.at, self.ops.now())
        if at is not None:
            self.ops.take(self, self.person, dose.medication, slot=Slot.of(dose), at=at)

    def skip(self, dose: ScheduledDose) -> None:
        if self.person is not None:
            self.ops.skip(self, self.person, dose.medication, Slot.of(dose))

    def _safe_now(self) -> None:
        if self.person is not None:
            self.ops.mark_safe(self, self.person)

    def take_all_due(self) -> None:
        """Every dose due now through the one take flow (as ``take --all-due``): asks once
        about those with a warning; refused ones are not recorded."""
        from medplanner.gui.takeall import take_all_due

        person = self.person
        if person is None:
            return
        result = self.ops.run(
            self,
            self.tr("Could not record the due doses"),
            lambda: take_all_due(self, self.ops.service, [person], self.ops.now()),
        )
        if result is None:
            return
        self.last_take_all = result
        self.take_all_note = result.words()
        self.ops.announce(Changes(person, events=True))
        self.invalidate()

    def take_as_needed(self, medication: str) -> None:
        if self.person is not None:
            self.ops.take(self, self.person, medication)

    # ------------------------------------------------------------------ the timer

    def _arm_timer(self) -> None:
        self._timer.stop()
        if self.status is None:
            return
        now = self.status.at
        plan = self.status.current.plan
        grace = grace_of(plan.person)
        # The clock line, states and advice move at every minute boundary; each wake reads
        # the injected clock afresh, so a machine that slept overnight shows the new day.
        moments = [now.replace(second=0, microsecond=0) + timedelta(minutes=1)]
        for s in self.status.slots:
            if s.state == "upcoming":
                moments.append(s.due_from)
            elif s.state == "due":
                moments.append(max(s.dose.utc + grace, s.snoozed_until or s.dose.utc))
            elif s.state == "missed":  # its advice and "your next dose …" follow the clock
                moments.append(now.replace(second=0, microsecond=0) + timedelta(minutes=1))
        tz = zone(plan.person.timezone)
        local = now.astimezone(tz)
        midnight = datetime.combine(local.date() + timedelta(days=1), local.time().min, tz)
        moments.append(midnight)
        wait = min(m - now for m in moments if m > now) if moments else MAX_WAIT
        wait = min(max(wait, timedelta(seconds=1)), MAX_WAIT)
        self._timer.start(int(wait.total_seconds() * 1000) + 500)
