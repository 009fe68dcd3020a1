"""The Qt glue of the reminders: scheduler, engine, pop-ups, catch-up window and tray.

The main window makes one :class:`ReminderController`, calls :meth:`start` once the
service is open, :meth:`rebuild` after any plan or dose change of its own, and
:meth:`stop` on quit; ``on_changed`` tells it when a reminder window recorded something.

Threads: APScheduler processes jobs on the Qt thread (``ReminderScheduler``) but *runs*
them in its thread pool. The engine's job only posts a callable; ``_posted`` is a queued
signal, so the callable — and every database access — runs on the Qt main thread, which
owns the SQLite connection.

Idle cost: the scheduler sleeps on one precise timer until the next job. The only other
timer is the clock watchdog (single-shot, re-armed, every 60 s). It exists because Qt's
timers count *monotonic* time, which stops while the computer sleeps, and a clock step
moves no timer at all: without it, a reminder due during a suspend could arrive hours
late instead of within a minute of waking. One wake-up a minute costs well under a
millisecond of CPU (see "Reminders" in benchmarks/README.md). Screen and session signals
(screens added/removed after a resume, the app becoming active) trigger the same check
sooner where the platform sends them.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from medplanner.core.errors import MedPlannerError
from medplanner.core.model import ScheduledDose
from medplanner.core.review import ReviewReminder
from medplanner.core.stock import RefillReminder
from medplanner.gui import confirm
from medplanner.gui.catchup import CatchUpWindow
from medplanner.gui.popup import ReminderPopup, ReminderWindow
from medplanner.gui.qtscheduler import ReminderScheduler, TimerFactory, precise_timer
from medplanner.gui.reminder_answers import ReviewReminderWindow
from medplanner.gui.takeall import TakeAllResult, take_all_due
from medplanner.gui.tray import ReminderTray
from medplanner.localzone import machine_zone
from medplanner.reminders.clockwatch import Change
from medplanner.reminders.describe import describe
from medplanner.reminders.due import Batch, Reminder
from medplanner.reminders.engine import ReminderEngine
from medplanner.service import Service, system_clock

log = logging.getLogger(__name__)

WATCHDOG_MS = 60_000
POPUP_MARGIN = 16
#: Room kept for the window manager's frame (title bar and borders) while it is not known
#: yet: a window never shown has no frame, and the bottom of the real one must not fall
#: off the screen. Generous on purpose (title bars are 18–40 px).
FRAME_GUESS = QSize(12, 44)


class ReminderController(QObject):
    """Owns the reminder engine and every reminder window; see the module docstring."""

    #: A batch was shown (pop-ups or the catch-up window): tests and the benchmark wait on it.
    delivered = Signal(object)
    #: (person, message): stock is running low; shown at most once a day per person.
    refill_due = Signal(str, str)
    #: (person, ReviewReminder): the prescriber's review is a few days off; once per review.
    review_due = Signal(str, object)
    #: (person, ReviewReminder): "Make the report…" was pressed (``open_report`` is called).
    review_report_requested = Signal(str, object)
    #: A reminder window recorded a Take/Skip/Snooze (``on_changed`` is called too).
    changed = Signal()
    #: The tray's Open, or a click on a notification: the main window raises itself.
    open_requested = Signal()
    #: The tray's Quit.
    quit_requested = Signal()
    _posted = Signal(object)

    def __init__(
        self,
        service: Service,
        *,
        clock: Callable[[], datetime] = system_clock,
        monotonic: Callable[[], float] = time.monotonic,
        scheduler: Any = None,
        parent_widget: QWidget | None = None,
        on_changed: Callable[[], None] | None = None,
        timer_factory: TimerFactory = precise_timer,
        zone_name: Callable[[], str] = machine_zone,
        tray: bool | None = None,
        autostart: Path | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.service = service
        self._clock = clock
        self._on_changed = on_changed
        self._own_scheduler = scheduler is None
        self.scheduler = scheduler or ReminderScheduler(timer_factory=timer_factory)
        self._posted.connect(self._run_posted, Qt.ConnectionType.QueuedConnection)
        self.engine = ReminderEngine(
            service,
            self.scheduler,
            deliver=self._show,
            on_refill=self._show_refill,
            on_review=self._show_review,
            post=self._post,
            clock=clock,
            monotonic=monotonic,
            zone_name=zone_name,
        )
        self.watchdog = timer_factory(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.setInterval(WATCHDOG_MS)
        self.watchdog.timeout.connect(self._on_watchdog)
        self.popups: list[ReminderPopup] = []  # the rows of the one reminder window
        self.reminder_window: ReminderWindow | None = None
        #: What the last "Take all due" did (tests and the window's tooltip read it).
        self.last_take_all: TakeAllResult | None = None
        self.refill_notices: list[tuple[str, str]] = []
        self.review_windows: list[ReviewReminderWindow] = []
        #: Opens File ▸ Export… with the doctor's report for a review (the app sets it:
        #: ``reminder_answers.open_review_report``); the dialog it returns is kept.
        self.open_report: Callable[[str, ReviewReminder], QWidget | None] | None = None
        self.report_dialog: QWidget | None = None
        self.catchup_window: CatchUpWindow | None = None
        use_tray = ReminderTray.available() if tray is None else tray
        self.tray = ReminderTray(autostart=autostart, parent=self) if use_tray else None
        if self.tray is not None:
            self.tray.open_requested.connect(self.open_requested)
            self.tray.quit_requested.connect(self.quit_requested)
            self.tray.snooze_all_requested.connect(self.snooze_all)
        self._started = False

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start the scheduler, deliver what came due while closed, plan the next 48 h."""
        if self._started:
            return
        self._started = True
        self.engine.attach()
        if not self.scheduler.running:
            self.scheduler.start()
        self._connect_platform_signals()
        if self.tray is not None:
            self.tray.show()
        self.rebuild("start")
        self.watchdog.start()

    def stop(self) -> None:
        """Stop reminding: no timer, no job, no window left behind."""
        if not self._started:
            return
        self._started = False
        self.watchdog.stop()
        self._disconnect_platform_signals()
        self.engine.detach()
        if self._own_scheduler and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        for popup in list(self.popups):
            self._close(popup)
        if self.reminder_window is not None:
            self.reminder_window.close()
        if self.catchup_window is not None:
            self.catchup_window.close()
        for window in self.review_windows:
            window.close()
        if self.tray is not None:
            self.tray.hide()

    def rebuild(self, reason: str = "change") -> None:
        """Re-read the database (call after any plan or dose change)."""
        if not self._started:
            return
        self.engine.rebuild(reason)
        self._refresh_windows()

    def check_clock(self) -> Change | None:
        """Rebuild if the clock jumped, the computer slept or the zone changed."""
        change = self.engine.check_clock()
        if change == "zone":
            with contextlib.suppress(AttributeError):  # Windows has no tzset
                time.tzset()
        if change is not None:
            self._refresh_windows()
        return change

    # ------------------------------------------------------------------ what stands

    def next_reminder(self) -> Reminder | None:
        return self.engine.next_reminder()

    def next_dose(self) -> ScheduledDose | None:
        nxt = self.engine.next_reminder()
        return nxt.dose if nxt is not None else None

    def open_reminders(self) -> list[Reminder]:
        """Reminders on screen and still unanswered (pop-ups, then catch-up rows)."""
        out = [p.reminder for p in self.popups]
        if self.catchup_window is not None and self.catchup_window.isVisible():
            out.extend(self.catchup_window.open_reminders())
        return out

    # ------------------------------------------------------------------ answers

    def snooze_all(self, minutes: int = 10) -> None:
        """Snooze every reminder on screen by ``minutes`` (one new job each)."""
        pending = self.open_reminders()
        if not pending:
            return
        for popup in list(self.popups):
            self._close(popup)
        if self.catchup_window is not None:
            self.catchup_window.close()
        self.engine.snooze(pending, minutes)
        self._after_answer()

    def take(
        self, reminder: Reminder, parent: QWidget | None = None, *, at: datetime | None = None
    ) -> bool:
        """Take through the one take flow (confirm.take_confirmed): findings are confirmed
        in the dialog and logged as confirmed. True: recorded. False: nothing written."""
        outcome = confirm.take_confirmed(
            parent,
            self.service,
            reminder.person,
            reminder.medication,
            at or self._clock(),
            slot=reminder.slot,
        )
        return outcome is not None and outcome.recorded

    def skip(self, reminder: Reminder, reason: str = "") -> bool:
        """Record the dose as skipped (with the optional reason); True once recorded.

        A dose answered meanwhile (taken in Today, or from the command line) is not
        skipped over: False, and the reminder is closed with the rest."""
        outcome = self.service.skip(
            reminder.person,
            reminder.medication,
            self._clock(),
            reason=reason or None,
            slot=reminder.slot,
        )
        return outcome.recorded

    # ------------------------------------------------------------------ delivering

    def _post(self, fn: Callable[[], None]) -> None:
        """From any thread: run ``fn`` on the Qt thread (queued signal)."""
        self._posted.emit(fn)

    def _run_posted(self, fn: Callable[[], None]) -> None:
        """On the Qt thread: what a scheduler thread posted (an engine wake-up)."""
        if self._started:
            fn()
            self._refresh_windows()

    def _show(self, batch: Batch) -> None:
        now = self._clock()
        if batch.catch_up:
            self._show_catchup(batch, now)
        else:
            for reminder in batch.reminders:
                self._show_popup(reminder, now)
            if self.reminder_window is not None and self.popups:
                self._place(self.reminder_window)
                self.reminder_window.show()
        if self.tray is not None:
            first = batch.reminders[0]
            more = len(batch.reminders) - 1
            title = f"Time for {first.medication} {first.dose.dose}"
            if more:
                title += f" and {more} more"
            self.tray.notify(title, f"Due at {first.dose.at:%H:%M}. Open the reminder to answer.")
        self.delivered.emit(batch)

    def _show_refill(self, person: str, reminder: RefillReminder) -> None:
        """Once a day at most (the engine remembers): a notification, and the signal the
        window uses; the Today view's banner and stock panel say the same in full."""
        message = reminder.message()
        self.refill_notices.append((person, message))
        if self.tray is not None:
            self.tray.notify(f"Refill: {' and '.join(reminder.medications)}", message)
        self.refill_due.emit(person, message)

    def _show_review(self, person: str, reminder: ReviewReminder) -> None:
        """Once per review date (the engine remembers): a notification and a small window
        whose "Make the report…" opens the export dialog with the report's period."""
        message = reminder.message()
        if self.tray is not None:
            self.tray.notify("Review with the prescriber", message)
        window = ReviewReminderWindow(person, reminder)
        window.make_report.connect(lambda: self._make_report(person, reminder))
        self.review_windows = [w for w in self.review_windows if w.isVisible()] + [window]
        self._place(window)
        window.show()
        self.review_due.emit(person, reminder)

    def _make_report(self, person: str, reminder: ReviewReminder) -> None:
        self.review_report_requested.emit(person, reminder)
        if self.open_report is not None:
            self.report_dialog = self.open_report(person, reminder)

    def _show_popup(self, reminder: Reminder, now: datetime) -> None:
        for old in list(self.popups):
            if (old.reminder.person, old.reminder.medication, old.reminder.slot) == (
                reminder.person,
                reminder.medication,
                reminder.slot,
            ):
                self._close(old)
        # No parent: a reminder must show while the main window is minimised or hidden
        # in the tray (an owned window would hide with its owner on some platforms).
        window = self._window()
        popup = ReminderPopup(describe(self.service, reminder, now))
        popup.take_requested.connect(lambda p=popup: self._popup_take(p))
        popup.skip_requested.connect(lambda reason, p=popup: self._popup_skip(p, reason))
        popup.snooze_requested.connect(lambda minutes, p=popup: self._popup_snooze(p, minutes))
        popup.safe_requested.connect(lambda p=popup: self._safe_now(p.reminder.person, p))
        popup.grown.connect(lambda w=window: self._place(w))
        popup.destroyed.connect(lambda _=None, p=popup: self._forget(p))
        popup.dismissed.connect(lambda p=popup: self._forget(p))
        self.popups.append(popup)
        window.add(popup)

    def _window(self) -> ReminderWindow:
        """The one reminder window (a new one when the last has closed)."""
        window = self.reminder_window
        if window is None or not (window.isVisible() or window.rows):
            if window is not None:
                window.deleteLater()
            window = ReminderWindow()
            window.take_all_requested.connect(lambda w=window: self._take_all(w))
            self.reminder_window = window
        return window

    def _show_catchup(self, batch: Batch, now: datetime) -> None:
        window = self.catchup_window
        if window is None or not window.isVisible():
            window = CatchUpWindow()
            window.take_requested.connect(lambda r, w=window: self._row_take(w, r))
            window.skip_requested.connect(lambda r, w=window: self._row_skip(w, r))
            self.catchup_window = window
        window.add([describe(self.service, r, now) for r in batch.reminders])
        self._place(window)
        window.show()

    def _place(self, window: QWidget) -> None:
        """Bottom-right of the screen that has the main window (its available area, so
        never under a panel), never off-screen: as big as its content wants (it grows,
        never squeezes, when a row's skip reason opens), bounded to the area (then its
        list scrolls)."""
        if not QGuiApplication.screens():  # no screen at all (yet): let the platform place it
            return
        owner = self.parent()
        screen = owner.screen() if isinstance(owner, QWidget) else None
        area = (screen or QGuiApplication.primaryScreen()).availableGeometry()
        if isinstance(window, ReminderWindow):
            window.settle()
        # The frame the window manager adds (title bar) stays on the screen too.
        frame = window.frameGeometry().size() - window.size()
        if not window.isVisible() or frame.isEmpty():
            frame = frame.expandedTo(FRAME_GUESS)
        limit = area.size() - QSize(2 * POPUP_MARGIN, 2 * POPUP_MARGIN) - frame
        # A shown (or deliberately sized) window keeps its size: it only grows. A new one
        # takes what it needs, not Qt's default size for a window never shown.
        size = window.sizeHint()
        if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Resized):
            size = size.expandedTo(window.size())
        size = size.expandedTo(window.minimumSize()).boundedTo(limit)
        layout = window.layout()
        if layout is not None and layout.hasHeightForWidth():  # wrapped words need height
            size.setHeight(
                min(limit.height(), max(size.height(), layout.totalHeightForWidth(size.width())))
            )
        if size != window.size():
            window.resize(size)
        size = window.size()  # as the window took it (never below its minimum)
        right = area.right()
        other = self.catchup_window if window is self.reminder_window else None
        if other is not None and other.isVisible():
            # Beside the catch-up list, not over it, when there is room to its left.
            beside = other.frameGeometry().left() - POPUP_MARGIN
            if beside - size.width() - frame.width() - POPUP_MARGIN >= area.left():
                right = beside
        x = right - size.width() - frame.width() - POPUP_MARGIN
        y = area.bottom() - size.height() - frame.height() - POPUP_MARGIN
        window.move(QPoint(max(area.left(), x), max(area.top(), y)))

    def _close(self, popup: ReminderPopup) -> None:
        """Close a pop-up after an answer and stop counting it as open at once."""
        popup.finish()
        self._forget(popup)
        if self.reminder_window is not None:
            self.reminder_window.remove(popup)

    def _forget(self, popup: ReminderPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

    # ------------------------------------------------------------------ pop-up answers

    def _popup_take(self, popup: ReminderPopup) -> None:
        if self._guard(lambda: self.take(popup.reminder, popup), popup):
            self._close(popup)
            self._after_answer()

    def _popup_skip(self, popup: ReminderPopup, reason: str) -> None:
        if self._guard(lambda: self.skip(popup.reminder, reason), popup):
            self._close(popup)
            self._after_answer()

    def _popup_snooze(self, popup: ReminderPopup, minutes: int) -> None:
        reminder = popup.reminder
        self._close(popup)
        self.engine.snooze([reminder], minutes)
        self._after_answer(rebuilt=True)

    def _take_all(self, window: ReminderWindow) -> None:
        """The window's "Take all due": every dose it lists that is due, through the same
        service calls as ``take --all-due``; asks once about those with a warning."""
        rows = [p for p in self.popups if p in window.rows]
        only = {
            (p.reminder.person, p.reminder.medication.casefold(), p.reminder.slot) for p in rows
        }
        persons = list(dict.fromkeys(p.reminder.person for p in rows))

        def run() -> bool:
            self.last_take_all = take_all_due(
                window, self.service, persons, self._clock(), only=only
            )
            return True

        if self._guard(run, window):
            window.setToolTip(self.last_take_all.words() if self.last_take_all else "")
            self._after_answer()

    def _safe_now(self, person: str, parent: QWidget) -> None:
        """The banner's "I'm safe now" (logged like ``medplanner diary --safe``)."""

        def mark() -> bool:
            self.service.mark_safe(person, self._clock())
            return True

        if self._guard(mark, parent):
            self._after_answer()

    def _row_take(self, window: CatchUpWindow, reminder: Reminder) -> None:
        """Catch-up's "I took it": asks when (slot time, now or a time typed), then the
        one take flow records that moment."""
        now = self._clock()
        at = confirm.ask_when_taken(window, reminder.dose.at, now)
        if at is None:
            return
        if self._guard(lambda: self.take(reminder, window, at=at), window):
            row = window.row_for(reminder)
            if row is not None:
                row.answered("taken")
            self._after_answer()

    def _row_skip(self, window: CatchUpWindow, reminder: Reminder) -> None:
        if self._guard(lambda: self.skip(reminder), window):
            row = window.row_for(reminder)
            if row is not None:
                row.answered("skipped")
            self._after_answer()

    def _guard(self, action: Callable[[], bool], parent: QWidget) -> bool:
        """Run an answer; a refused one (a MedPlannerError: e.g. the plan changed under the
        window) is logged and set as ``parent``'s tooltip, and False returned, instead of
        crashing the app."""
        try:
            return action()
        except MedPlannerError as exc:
            log.warning("reminder answer refused: %s", exc)
            parent.setToolTip(str(exc))
            return False

    def _after_answer(self, *, rebuilt: bool = False) -> None:
        if not rebuilt:
            self.engine.rebuild("answer")
        self._refresh_windows()
        self.changed.emit()
        if self._on_changed is not None:
            self._on_changed()

    def _refresh_windows(self) -> None:
        """Close pop-ups answered elsewhere, refresh the rest, update the tray's tooltip."""
        now = self._clock()
        for popup in list(self.popups):
            if self.engine.is_answered(popup.reminder):
                self._close(popup)
                continue
            current = self.engine.current(popup.reminder) or popup.reminder
            with contextlib.suppress(MedPlannerError):
                popup.set_description(describe(self.service, current, now))
        if self.reminder_window is not None and self.reminder_window.rows:
            self.reminder_window.tidy()
        if self.tray is not None:
            nxt = self.engine.next_reminder()
            several = len(self.service.persons()) > 1
            self.tray.set_next(nxt.dose if nxt else None, nxt.person if nxt and several else None)
            self.tray.set_emergency(self._red_flag_words(now))

    def _red_flag_words(self, now: datetime) -> str | None:
        """ "⛔ GET EMERGENCY HELP NOW — …" while a red flag stands for anyone, else None."""
        from medplanner.core.diary import EMERGENCY_HEADLINE

        found = []
        for person in self.service.persons():
            with contextlib.suppress(MedPlannerError):
                flags = self.service.red_flags(person, now)
                if flags:
                    what = ", ".join(dict.fromkeys(e.label.lower() for e in flags))
                    found.append(f"{person}: {what}")
        return f"⛔ {EMERGENCY_HEADLINE} — {'; '.join(found)}" if found else None

    # ------------------------------------------------------------------ clock and platform

    def _on_watchdog(self) -> None:
        self.check_clock()
        if self._started:
            self.watchdog.start()

    def _platform_signals(self) -> list[Any]:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return []
        return [
            app.screenAdded,
            app.screenRemoved,
            app.primaryScreenChanged,
            app.applicationStateChanged,
        ]

    def _connect_platform_signals(self) -> None:
        for signal in self._platform_signals():
            signal.connect(self._on_platform_signal)

    def _disconnect_platform_signals(self) -> None:
        for signal in self._platform_signals():
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._on_platform_signal)

    def _on_platform_signal(self, *_: object) -> None:
        """A screen came or went, or the app became active: often a wake from sleep."""
        self.check_clock()
