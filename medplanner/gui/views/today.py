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
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.clock import grace as grace_of
from medplanner.core.dosing import SlotStatus, when_words
from medplanner.core.errors import MedPlannerError
from medplanner.core.events import Slot
from medplanner.core.model import ScheduledDose
from medplanner.core.schedule import doses_between, zone
from medplanner.core.wording import ago
from medplanner.gui import severity
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.takeall import TakeAllResult
from medplanner.gui.timers import precise_timer
from medplanner.gui.views.base import View
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.findings_panel import FindingsPanel
from medplanner.gui.widgets.fmt import clock, long_day
from medplanner.service import AsNeeded, Status

#: However far the next change is, look again after this long (texts like "2 h ago").
MAX_WAIT = timedelta(minutes=10)


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
        focus = _focus_path(self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.status = None
        if self.person is None:
            layout.addWidget(_para("No person yet. Add one from the File menu (Ctrl+Shift+N)."))
        else:
            try:
                self.status = self.ops.service.status(self.person, self.ops.now())
            except MedPlannerError as e:
                layout.addWidget(_para(e.message))
        if self.status is not None:
            self._fill(layout, self.status)
        layout.addStretch(1)
        footer = _para(
            "MedPlanner checks, reminds and explains. Your prescriber decides: "
            "it never changes a dose by itself."
        )
        layout.addWidget(footer)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        self.content = content
        if old is not None:
            old.deleteLater()
        _restore_focus(self, focus)
        self._arm_timer()

    # ------------------------------------------------------------------ layout

    def _fill(self, layout: QVBoxLayout, status: Status) -> None:
        plan = status.current.plan
        tz = zone(plan.person.timezone)
        now = status.at.astimezone(tz)
        date_line = QLabel(f"{long_day(now.date())} · now {clock(now)} · times in {tz.key}")
        date_line.setObjectName("today-date")
        date_line.setWordWrap(True)
        layout.addWidget(date_line)
        if status.red_flags:  # the emergency before anything else (contract: first)
            from medplanner.gui.diary import RedFlagBanner

            flag_banner = RedFlagBanner()
            flag_banner.show_flags(status.red_flags, tz)
            flag_banner.safe_requested.connect(self._safe_now)
            layout.addWidget(flag_banner)
        layout.addWidget(self._next_card(status))
        self._add_take_all(layout, status)
        if status.findings:
            banner = FindingsPanel("Needs your attention", whole=True)
            banner.setObjectName("today-banner")
            banner.set_findings(status.findings)
            layout.addWidget(banner)
        heading = QLabel("Today's doses")
        emphasize(heading, 1.25, bold=True)
        layout.addWidget(heading)
        if not status.slots:
            layout.addWidget(_para("No scheduled doses today."))
        early: set[int] = set()  # each medicine's next upcoming dose may be taken early
        for slot in status.slots:
            if slot.state == "upcoming" and slot.dose.med_index not in early:
                early.add(slot.dose.med_index)
                layout.addWidget(self._dose_row(slot, now, early=True))
            else:
                layout.addWidget(self._dose_row(slot, now))
        heading = QLabel("As needed")
        emphasize(heading, 1.25, bold=True)
        layout.addWidget(heading)
        if not status.as_needed:
            layout.addWidget(_para("No as-needed medicines in this plan."))
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
                f"Take all due ({len(due)})",
                name="take-all-due",
                accessible=f"Take all {len(due)} due doses: {names}",
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

    def _next_card(self, status: Status) -> QFrame:
        card = QFrame()
        card.setProperty("card", True)
        card.setObjectName("next-dose")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 12, 16, 12)
        label = QLabel("NEXT")
        emphasize(label, 1.0, bold=True)
        grid.addWidget(label, 0, 0, 1, 2)
        nxt, slot = self._next(status)
        if nxt is None:
            text = QLabel("No more doses planned.")
            emphasize(text, 1.6, bold=True)
            grid.addWidget(text, 1, 0, 1, 2)
            card.setAccessibleName("Next dose: none planned")
            return card
        tz = zone(status.current.plan.person.timezone)
        now = status.at.astimezone(tz)
        when = clock(nxt.at)
        if nxt.day != now.date():
            when = f"{'Tomorrow' if (nxt.day - now.date()).days == 1 else nxt.day} {when}"
        time_label = QLabel(when)
        time_label.setObjectName("next-time")
        emphasize(time_label, 2.6, bold=True)
        what = QLabel(f"{nxt.medication} {nxt.dose}")
        what.setObjectName("next-what")
        what.setWordWrap(True)
        emphasize(what, 2.0, bold=True)
        grid.addWidget(time_label, 1, 0)
        grid.addWidget(what, 1, 1)
        state = slot.state if slot is not None else "upcoming"
        mark = severity.state(state)
        due = "now" if state == "due" else ago(now - nxt.at)
        detail = QLabel(f"{mark.html(self.palette())} {escape(due)}")
        detail.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(detail, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        card.setAccessibleName(f"Next dose: {nxt.medication} {nxt.dose} at {when}, {mark.word}")
        if slot is not None:
            buttons = QHBoxLayout()
            take = big_button(
                "Take",
                name="next-take",
                accessible=f"Take {nxt.medication} {nxt.dose}, the {clock(nxt.at)} dose",
                primary=True,
                factor=1.3,
            )
            skip = big_button(
                "Skip",
                name="next-skip",
                accessible=f"Skip {nxt.medication}, the {clock(nxt.at)} dose",
                factor=1.3,
            )
            take.clicked.connect(lambda: self.take(slot.dose))
            skip.clicked.connect(lambda: self.skip(slot.dose))
            buttons.addWidget(take)
            buttons.addWidget(skip)
            buttons.addStretch(1)
            grid.addLayout(buttons, 3, 0, 1, 2)
        return card

    def _next(self, status: Status) -> tuple[ScheduledDose | None, SlotStatus | None]:
        for s in status.slots:
            if s.state in ("due", "upcoming"):
                return s.dose, s
        plan = status.current.plan
        later = doses_between(plan, status.at, status.at + timedelta(days=2))
        return next(iter(later), None), None

    def _dose_row(self, s: SlotStatus, now: datetime, *, early: bool = False) -> QFrame:
        d = s.dose
        row = QFrame()
        row.setObjectName(f"dose-{d.medication}-{clock(d.wall)}")
        grid = QGridLayout(row)
        grid.setContentsMargins(8, 6, 8, 6)
        mark = severity.state(s.state)
        state = QLabel(mark.html(self.palette()))
        state.setTextFormat(Qt.TextFormat.RichText)
        emphasize(state, 1.1, bold=True)
        state.setMinimumWidth(
            state.fontMetrics().horizontalAdvance("Upcoming") + 24 + severity.icon_side(state)
        )
        at = QLabel(clock(d.at))
        emphasize(at, 1.4, bold=True)
        what = QLabel(f"{d.medication} {d.dose}")
        what.setWordWrap(True)
        emphasize(what, 1.2)
        grid.addWidget(state, 0, 0)
        grid.addWidget(at, 0, 1)
        grid.addWidget(what, 0, 2)
        grid.setColumnStretch(2, 1)
        detail_text = _detail(s, now)
        if detail_text:
            detail = QLabel(detail_text)
            detail.setObjectName("dose-detail")
            detail.setWordWrap(True)
            grid.addWidget(detail, 1, 1, 1, 4)
        words = f"{clock(d.at)} {d.medication} {d.dose}: {mark.word}. {detail_text}".strip()
        row.setAccessibleName(words)
        if early:
            take = big_button(
                "Take early",
                name="take",
                accessible=f"Take early: {d.medication} {d.dose}, the {clock(d.at)} dose",
                factor=1.0,
            )
            take.clicked.connect(lambda: self.take(d))
            grid.addWidget(take, 0, 3)
        elif s.state in ("due", "missed"):
            # A missed dose best left out offers Skip first; "I took it" records one
            # that was taken but not marked (the doubled-dose rule still applies).
            leave_out = s.advice == "skip-and-wait"
            take_text = "I took it" if leave_out else "Take now" if s.state == "missed" else "Take"
            take = big_button(
                take_text,
                name="take",
                accessible=f"{take_text}: {d.medication} {d.dose}, the {clock(d.at)} dose",
                primary=not leave_out,
            )
            skip = big_button(
                "Skip",
                name="skip",
                accessible=f"Skip {d.medication}, the {clock(d.at)} dose",
                primary=leave_out,
            )
            if s.state == "missed":
                take.clicked.connect(lambda: self.took_it(d))
            else:
                take.clicked.connect(lambda: self.take(d))
            skip.clicked.connect(lambda: self.skip(d))
            grid.addWidget(take, 0, 3)
            grid.addWidget(skip, 0, 4)
        return row

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
            "Could not record the due doses",
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


class AsNeededRow(QFrame):
    """An as-needed medicine: today's count, the last dose, and "Can I take one now?"."""

    def __init__(self, view: TodayView, prn: AsNeeded, now: datetime) -> None:
        super().__init__()
        self.view = view
        med = prn.medication
        self.medication = med.name
        self.setObjectName(f"prn-{med.name}")
        grid = QGridLayout(self)
        name = QLabel(f"{med.name} {med.dose}")
        emphasize(name, 1.2, bold=True)
        grid.addWidget(name, 0, 0, 1, 2)
        limit = f" (at most {med.max_per_day} a day)" if med.max_per_day else ""
        last = (
            f"last {clock(prn.last_taken.astimezone(now.tzinfo))}, {ago(now - prn.last_taken)}"
            if prn.last_taken is not None
            else "none taken yet"
        )
        facts = QLabel(f"Taken today: {prn.taken_today}{limit} · {last}")
        facts.setObjectName("prn-facts")
        facts.setWordWrap(True)
        grid.addWidget(facts, 1, 0, 1, 2)
        self.ask = big_button(
            "Can I take one now?",
            name="prn-ask",
            accessible=f"Can I take {med.name} now?",
            factor=1.0,
        )
        self.ask.clicked.connect(self.answer)
        grid.addWidget(self.ask, 2, 0)
        self.answer_label = QLabel()
        self.answer_label.setObjectName("prn-answer")
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.answer_label.setWordWrap(True)
        self.answer_label.setVisible(False)
        grid.addWidget(self.answer_label, 3, 0, 1, 2)
        self.take_button = big_button(
            "Take one", name="prn-take", accessible=f"Take one dose of {med.name}", factor=1.0
        )
        self.take_button.clicked.connect(lambda: view.take_as_needed(med.name))
        self.take_button.setVisible(False)
        grid.addWidget(self.take_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        self.setAccessibleName(f"As needed: {med.name} {med.dose}. Taken today: {prn.taken_today}")

    def answer(self) -> None:
        """Ask the doubled-dose rule now (the clock has moved since the view was drawn)."""
        view = self.view
        if view.person is None:
            return
        person = view.person
        check = view.ops.run(
            self,
            "Could not check this dose",
            lambda: view.ops.service.check_take(person, self.medication, view.ops.now()),
        )
        if check is None:
            return
        bad = [f for f in check.findings if f.severity != "info"]
        if not bad:
            mark = severity.state("taken")
            text = f"Yes: the plan allows one now ({check.amount})."
            html = f'{mark.img()} <span style="font-weight:600">{escape(text)}</span>'
        else:
            worst = bad[0]
            mark = severity.severity(worst.severity)
            text = f"{mark.text}: Not now. {worst.message}"
            html = f"{mark.html(self.palette())} Not now. {escape(worst.message)}"
        self.answer_label.setText(html)
        self.answer_label.setAccessibleName(text)
        self.answer_label.setVisible(True)
        self.take_button.setVisible(True)
        self.take_button.setText("Take one" if not bad else "Take one anyway…")


def _para(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _detail(s: SlotStatus, now: datetime) -> str:
    tz = now.tzinfo
    if s.state in ("taken", "skipped") and s.answer is not None:
        when = clock(s.answer.at.astimezone(tz))
        reason = f" ({s.answer.reason})" if s.answer.reason else ""
        flag = " — confirmed over a warning" if s.answer.confirmed else ""
        return f"{s.state} at {when}{reason}{flag}"
    nxt = f" (your next dose is {when_words(s.coming, now)})" if s.coming is not None else ""
    if s.due_at is not None and s.state in ("upcoming", "due"):
        return (
            f"Not before {clock(s.due_at.astimezone(tz))}: the clock change moved another dose "
            "close to this one. Wait until then; never take two doses together."
        )
    if s.state == "missed":
        if s.advice == "skip-and-wait":
            return f"Missed. Leave it out and take the next dose as usual{nxt}."
        return f"Missed. Take it now{nxt}, then carry on as usual."
    if s.state == "due":
        snooze = (
            f", snoozed until {clock(s.snoozed_until.astimezone(tz))}" if s.snoozed_until else ""
        )
        return f"Due now{snooze}."
    if s.dose.shifted:
        return f"Clock change: {clock(s.dose.wall)} does not exist today."
    return ""


def _focus_path(view: QWidget) -> tuple[str, str] | None:
    """Which row and button had the focus, to give it back after a rebuild."""
    focus = QApplication.focusWidget()
    if focus is None or not view.isAncestorOf(focus):
        return None
    row = focus.parentWidget()
    return (row.objectName() if row is not None else "", focus.objectName())


def _restore_focus(view: TodayView, path: tuple[str, str] | None) -> None:
    if path is None or view.content is None:
        return
    row_name, name = path
    rows = view.content.findChildren(QFrame, row_name) if row_name else []
    for row in rows:
        target = row.findChild(QPushButton, name)
        if target is not None and target.isVisible():
            target.setFocus()
            return
    # The button went with its answer (Take): the focus stays at that place in the list,
    # on the next dose that still asks for one, so the keyboard never jumps to the top.
    doses = [w for w in view.content.findChildren(QFrame) if w.objectName().startswith("dose-")]
    names = [w.objectName() for w in doses]
    if row_name in names:
        for row in doses[names.index(row_name) :]:
            target = row.findChild(QPushButton, "take") or row.findChild(QPushButton, "skip")
            if target is not None and target.isVisible():
                target.setFocus()
                return
    fallback = view.content.findChild(QPushButton, "next-take") or view.content.findChild(
        QPushButton, "take"
    )
    if fallback is not None:
        fallback.setFocus()
    else:
        view.setFocus()
