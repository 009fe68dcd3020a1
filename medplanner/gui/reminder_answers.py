"""How a reminder window's answers are recorded: Take and Skip through the one take flow
and the service, "Take all due", "I'm safe now", and the catch-up rows; a refused answer
(the plan changed under the window) becomes the window's tooltip, never a crash.

:class:`ReminderAnswers` is the base of
:class:`~medplanner.gui.reminder_controller.ReminderController`, which owns the engine
and the windows these answers come from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from medplanner.core.errors import MedPlannerError
from medplanner.gui import confirm
from medplanner.gui.catchup import CatchUpWindow
from medplanner.gui.popup import ReminderPopup, ReminderWindow
from medplanner.gui.takeall import TakeAllResult, take_all_due
from medplanner.reminders.due import Reminder
from medplanner.reminders.engine import ReminderEngine
from medplanner.service import Service

log = logging.getLogger("medplanner.gui.reminder_controller")


class ReminderAnswers(QObject):
    """The answers; see the module docstring."""

    service: Service
    engine: ReminderEngine
    popups: list[ReminderPopup]
    last_take_all: TakeAllResult | None
    _clock: Callable[[], datetime]

    def _close(self, popup: ReminderPopup) -> None:
        raise NotImplementedError

    def _after_answer(self, *, rebuilt: bool = False) -> None:
        raise NotImplementedError

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
