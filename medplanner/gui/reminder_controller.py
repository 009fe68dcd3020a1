"""The Qt glue of the reminders: scheduler, engine, pop-ups, catch-up window and tray.

The app's shell (:class:`medplanner.gui.app.shell.Shell`) makes one
:class:`ReminderController` after the data is shown, calls :meth:`rebuild` after any plan
or dose change made in the window, and :meth:`stop` on quit; ``on_changed`` tells the
window when a reminder window recorded something.

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
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from medplanner.core.errors import MedPlannerError
from medplanner.core.model import ScheduledDose
from medplanner.core.review import ReviewReminder
from medplanner.core.stock import RefillReminder
from medplanner.gui.catchup import CatchUpWindow
from medplanner.gui.popup import ReminderPopup, ReminderWindow
from medplanner.gui.qtscheduler import ReminderScheduler
from medplanner.gui.reminder_answers import ReminderAnswers
from medplanner.gui.reminder_screen import place, platform_signals
from medplanner.gui.review_window import ReviewReminderWindow
from medplanner.gui.takeall import TakeAllResult
from medplanner.gui.timers import TimerFactory, precise_timer
from medplanner.gui.tray import ReminderTray, red_flag_words
from medplanner.localzone import machine_zone
from medplanner.reminders.clockwatch import Change
from medplanner.reminders.describe import describe
from medplanner.reminders.due import Batch, Reminder
from medplanner.reminders.engine import ReminderEngine
from medplanner.service import Service, system_clock

WATCHDOG_MS = 60_000


class ReminderController(ReminderAnswers):
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
        #: ``review_window.open_review_report``); the dialog it returns is kept.
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
            if more:
                title = self.tr("Time for {medication} {dose} and %n more", "", more)
            else:
                title = self.tr("Time for {medication} {dose}")
            self.tray.notify(
                title.format(medication=first.medication, dose=first.dose.dose),
                self.tr("Due at {time:%H:%M}. Open the reminder to answer.").format(
                    time=first.dose.at
                ),
            )
        self.delivered.emit(batch)

    def _show_refill(self, person: str, reminder: RefillReminder) -> None:
        """Once a day at most (the engine remembers): a notification, and the signal the
        window uses; the Today view's banner and stock panel say the same in full."""
        message = reminder.message()
        self.refill_notices.append((person, message))
        if self.tray is not None:
            names = reminder.medications[0] if reminder.medications else ""
            for name in reminder.medications[1:]:
                #: Translators: joins the names of medications to refill ("A and B and C").
                names = self.tr("{names} and {name}").format(names=names, name=name)
            self.tray.notify(self.tr("Refill: {medications}").format(medications=names), message)
        self.refill_due.emit(person, message)

    def _show_review(self, person: str, reminder: ReviewReminder) -> None:
        """Once per review date (the engine remembers): a notification and a small window
        whose "Make the report…" opens the export dialog with the report's period."""
        message = reminder.message()
        if self.tray is not None:
            self.tray.notify(self.tr("Review with the prescriber"), message)
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
        other = self.catchup_window if window is self.reminder_window else None
        place(window, self.parent(), next_to=other)

    def _close(self, popup: ReminderPopup) -> None:
        """Close a pop-up after an answer and stop counting it as open at once."""
        popup.finish()
        self._forget(popup)
        if self.reminder_window is not None:
            self.reminder_window.remove(popup)

    def _forget(self, popup: ReminderPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

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
            self.tray.set_emergency(red_flag_words(self.service, now))

    # ------------------------------------------------------------------ clock and platform

    def _on_watchdog(self) -> None:
        self.check_clock()
        if self._started:
            self.watchdog.start()

    def _connect_platform_signals(self) -> None:
        for signal in platform_signals():
            signal.connect(self._on_platform_signal)

    def _disconnect_platform_signals(self) -> None:
        for signal in platform_signals():
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._on_platform_signal)

    def _on_platform_signal(self, *_: object) -> None:
        """A screen came or went, or the app became active: often a wake from sleep."""
        self.check_clock()
