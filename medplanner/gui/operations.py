"""The GUI's way to change data (Anki's ``CollectionOp`` pattern, made synchronous).

A view asks :class:`Operations` to change something; it

1. calls :class:`~medplanner.service.Service` on the Qt main thread (the store belongs to
   that thread),
2. turns a :class:`~medplanner.core.errors.MedPlannerError` into a dialog in plain words
   at this one point (a bug is left to the crash handler: logged, never a traceback),
3. and emits ``changed`` with exactly the :class:`~medplanner.service.changes.Changes`
   the service call returned. Each view refreshes what concerns it (Anki's
   ``operation_did_execute``).

A few widgets call a mutating service method themselves (the diary, the refill dialog);
they pass the ``Changes`` it returned to :meth:`Operations.announce`. "Now" comes from
the injected clock, so tests travel time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import tomli_w
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from medplanner.core.errors import InvalidInput, MedPlannerError
from medplanner.core.events import DoseEvent, Slot
from medplanner.core.model import PLAN_FORMAT, Finding, Person, Plan
from medplanner.core.plan import loads
from medplanner.gui import confirm
from medplanner.gui.widgets import messages
from medplanner.service import Clock, ImportResult, Service
from medplanner.service import restore as restore_backup
from medplanner.service.changes import Changes, Done
from medplanner.service.files import write_private_text

T = TypeVar("T")

#: Per-person setting recording that a plan version was saved over danger findings.
CONFIRMED_KEY = "plan.confirmed-danger.v{version}"
#: Global setting: the snooze choices offered by reminders, in minutes.
SNOOZE_KEY = "reminders.snooze_minutes"
DEFAULT_SNOOZE = (5, 10, 30)

__all__ = ["CONFIRMED_KEY", "SNOOZE_KEY", "Changes", "Operations", "record_confirmation"]


class Operations(QObject):
    """The service, its clock, and one ``changed`` signal carrying what a call changed."""

    changed = Signal(object)  # medplanner.service.changes.Changes
    #: The service was replaced (a restore, or the demo): listeners holding it rebind.
    service_replaced = Signal()

    def __init__(self, service: Service, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.clock = clock
        self.demo = False

    @property
    def service(self) -> Service:
        return self._service

    def now(self) -> datetime:
        return self.clock()

    def replace_service(self, service: Service) -> None:
        self._service = service
        self.service_replaced.emit()
        self.changed.emit(Changes.everything())

    # ------------------------------------------------------------------ the frame

    def run(self, parent: QWidget | None, title: str, fn: Callable[[], T]) -> T | None:
        """``fn()``, or None after showing its MedPlannerError to the person."""
        try:
            return fn()
        except MedPlannerError as e:
            messages.show_error(parent, title, e.message)
            return None

    def apply(self, parent: QWidget | None, title: str, fn: Callable[[], Done[T]]) -> T | None:
        """``fn()``'s value after announcing the Changes it returned; None after showing
        its MedPlannerError (nothing changed)."""
        done = self.run(parent, title, fn)
        if done is None:
            return None
        self.announce(done.changes)
        return done.value

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (nothing is emitted when nothing changed)."""
        if changes:
            self.changed.emit(changes)

    # ------------------------------------------------------------------ doses

    def take(
        self,
        parent: QWidget | None,
        person: str,
        medication: str,
        *,
        slot: Slot | None = None,
        at: datetime | None = None,
    ) -> DoseEvent | None:
        """Take a dose through the one take flow (confirm.take_confirmed); ``at``: when it
        was taken (default now)."""
        when = at or self.now()
        outcome = self.run(
            parent,
            self.tr("Could not record this dose"),
            lambda: confirm.take_confirmed(
                parent, self.service, person, medication, when, slot=slot
            ),
        )
        if outcome is None or outcome.event is None:
            return None
        self.announce(outcome.changes)
        return outcome.event

    def mark_safe(self, parent: QWidget | None, person: str) -> bool:
        """The emergency banner's "I'm safe now": logged through the service (as
        ``medplanner diary --safe``); every view redraws its banner."""
        ended = self.apply(
            parent,
            self.tr("Could not note that you are safe"),
            lambda: self.service.mark_safe(person, self.now()),
        )
        return ended is not None

    def skip(
        self,
        parent: QWidget | None,
        person: str,
        medication: str,
        slot: Slot,
        reason: str | None = None,
    ) -> DoseEvent | None:
        """Skip one scheduled dose; a refusal (already answered) is shown in plain words."""
        at = self.now()
        done = self.run(
            parent,
            self.tr("Could not record the skipped dose"),
            lambda: self.service.skip(person, medication, at, reason=reason, slot=slot),
        )
        if done is None:
            return None
        if done.event is None:
            text = " ".join(f.message for f in done.check.findings) or self.tr("Nothing to skip.")
            messages.show_error(parent, self.tr("The dose was not skipped"), text)
            # refused: the log holds an answer this view may not show yet, so redraw it
            self.announce(Changes(person, events=True))
            return None
        self.announce(done.changes)
        return done.event

    def correct(
        self, parent: QWidget | None, person: str, original: DoseEvent, **changes: Any
    ) -> DoseEvent | None:
        """A new event that replaces ``original`` (the log keeps both)."""
        return self.apply(
            parent,
            self.tr("Could not correct this entry"),
            lambda: self.service.record_correction(person, original, **changes),
        )

    def retract(
        self, parent: QWidget | None, person: str, original: DoseEvent, reason: str
    ) -> DoseEvent | None:
        """A new event saying ``original`` never happened (the log keeps both)."""
        return self.apply(
            parent,
            self.tr("Could not withdraw this entry"),
            lambda: self.service.record_retraction(person, original, reason=reason),
        )

    # ------------------------------------------------------------------ plans and persons

    def save_plan(
        self, parent: QWidget | None, plan: Plan, *, confirmed: Sequence[Finding] = ()
    ) -> ImportResult | None:
        """Store ``plan`` as a new version; ``confirmed`` danger findings are recorded."""

        def save() -> ImportResult:
            result = self.service.save_plan(plan)
            if confirmed:
                record_confirmation(self.service, result, confirmed, self.now())
            return result

        result = self.run(parent, self.tr("The plan was not saved"), save)
        if result is not None:
            self.announce(result.changes)
        return result

    def create_person(self, parent: QWidget | None, name: str, timezone: str) -> str | None:
        """A new person with an empty plan (name and zone checked by the plan's rules)."""

        def create() -> ImportResult:
            if self.service.find_person(name.strip() or "?") is not None:
                raise InvalidInput(
                    self.tr('There is already a person called "{name}".').format(name=name.strip())
                )
            doc = {"format": PLAN_FORMAT, "person": {"name": name, "timezone": timezone}}
            #: Translators: where a new person's details come from, named in an error message.
            plan = loads(tomli_w.dumps(doc), source=self.tr("new person"))
            return self.service.save_plan(plan)

        result = self.run(parent, self.tr("The person was not added"), create)
        if result is None:
            return None
        self.announce(result.changes)
        return result.person

    def update_person(self, parent: QWidget | None, old_name: str, person: Person) -> str | None:
        """Save changed person details (a new name renames them, history included)."""
        return self.apply(
            parent,
            self.tr("The person's details were not saved"),
            lambda: self.service.update_person(old_name, person),
        )

    def import_plan(self, parent: QWidget | None, path: Path) -> ImportResult | None:
        from medplanner.localzone import machine_zone

        result = self.run(
            parent,
            self.tr("The plan was not imported"),
            lambda: self.service.import_plan(path, default_timezone=machine_zone()),
        )
        if result is not None:
            self.announce(result.changes)
        return result

    def export_plan(self, parent: QWidget | None, person: str, path: Path) -> bool:
        def export() -> bool:
            text = self.service.current(person).text
            try:
                write_private(path, text, data_dir=self.service.data_dir)
            except OSError as e:
                raise InvalidInput(
                    self.tr("{path} could not be written ({reason})").format(
                        path=path, reason=e.strerror or e
                    )
                ) from None
            return True

        return bool(self.run(parent, self.tr("The plan was not exported"), export))

    # ------------------------------------------------------------------ backups

    def backup(self, parent: QWidget | None, path: Path) -> Path | None:
        return self.run(parent, self.tr("No backup was written"), lambda: self.service.backup(path))

    def restore(self, parent: QWidget | None, path: Path) -> bool:
        """Replace the whole database with a backup, checked fully first (as the CLI does)."""
        old = self.service
        data_dir = old.data_dir
        old.close()
        restored = self.run(
            parent,
            self.tr("The backup was not restored"),
            lambda: restore_backup(path, today=self.now().date(), data_dir=data_dir),
        )
        reopened = self.run(
            parent,
            self.tr("MedPlanner could not reopen its data"),
            lambda: Service.open(data_dir, verify=True, kb=old.kb, clock=old.clock),
        )
        if reopened is None:
            return False
        self.replace_service(reopened)
        return restored is not None

    # ------------------------------------------------------------------ settings

    def setting(self, key: str, *, person: str | None = None) -> str | None:
        return self.service.setting(key, person=person)

    def set_setting(
        self, parent: QWidget | None, key: str, value: str | None, *, person: str | None = None
    ) -> bool:
        changes = self.run(
            parent,
            self.tr("The setting was not saved"),
            lambda: self.service.set_setting(key, value, person=person),
        )
        if changes is None:
            return False
        self.announce(changes)
        return True


def record_confirmation(
    service: Service, result: ImportResult, findings: Sequence[Finding], at: datetime
) -> None:
    """Keep, with the person, which danger findings they confirmed for this plan version."""
    entries = [f.to_json() for f in findings][:20]
    value = json.dumps({"confirmed_at": at.isoformat(), "findings": entries}, ensure_ascii=False)
    if len(value) > 10_000:  # the settings' limit: keep what identifies each finding
        slim = [{k: e[k] for k in e if k not in ("message", "source")} for e in entries]
        value = json.dumps({"confirmed_at": at.isoformat(), "findings": slim})
    key = CONFIRMED_KEY.format(version=result.version)
    service.set_setting(key, value, person=result.person)


def write_private(path: Path, text: str, *, data_dir: Path) -> None:
    """Write health data owner-only (0600), as the CLI's export does; a target inside this
    window's data dir (the demo's throw-away one too) is refused."""
    write_private_text(path, text, data_dir=data_dir)
