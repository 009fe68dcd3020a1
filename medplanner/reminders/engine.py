"""The reminder engine: the schedule in the database becomes one-shot APScheduler jobs.

Why this shape (contract §4, issue 6):

* **DateTrigger only.** The core expands the plan into tz-correct instants (RFC 5545:
  one 01:30 on a fall-back day, 02:30 → 03:30 on a spring-forward day); each becomes a
  one-shot ``DateTrigger`` job. ``CronTrigger``/``IntervalTrigger`` would double or drop
  doses across DST.
* **The database is the source of truth.** Jobs live in a ``MemoryJobStore`` of our own
  and are thrown away and rebuilt from the database at start, after any change, when a
  job fires, when a job misfires, on wake from sleep and on a clock or zone change. A
  rolling window (48 h) is covered; every rebuild refills it, and a refill job halfway
  through keeps it filled on days without doses.
* **A job is only an alarm clock.** It fires on a scheduler thread and only *posts* a
  wake-up to the thread that owns the database (a queued Qt signal in the GUI). There,
  :meth:`rebuild` asks the database what is due and not yet delivered, and delivers it
  as **one** :class:`~medplanner.reminders.due.Batch`. So a wake after nine hours asleep
  gives one batch of three doses, never three pop-ups, and a late job never fires on its
  own: jobs misfire after ``misfire_grace`` (APScheduler then skips them, and our
  listener posts a wake-up instead).
* **Exactly once.** Each delivered reminder (dose + firing instant) is remembered, so a
  backward clock jump or a second wake-up never repeats one; a snooze has a new instant,
  hence one new reminder.

No Qt here (import-linter keeps ``medplanner.reminders`` Qt-free): the scheduler and the
``post`` function are injected — ``QtScheduler`` with a queued signal in the GUI,
``BackgroundScheduler`` with a queue drained by the owning thread headless, a manual
scheduler in tests. Every "now" comes from the injected ``clock``.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.triggers.date import DateTrigger

from medplanner.core.errors import MedPlannerError
from medplanner.core.events import Slot
from medplanner.core.review import ReviewReminder
from medplanner.core.stock import RefillReminder
from medplanner.localzone import machine_zone
from medplanner.reminders import notices
from medplanner.reminders.clockwatch import Change, ClockWatch
from medplanner.reminders.due import Batch, Reminder, ReminderKey, reminders_in_force
from medplanner.service import Service, system_clock

log = logging.getLogger(__name__)

JOBSTORE = "medplanner-reminders"
REFILL_JOB = "refill"

WINDOW = timedelta(hours=48)
#: How far back a rebuild looks for doses that came due unseen (app closed, asleep). Past
#: 12 h the next dose of any twice-daily drug has come; the Today view still lists them.
#: After a longer closure the first rebuild looks back to when the app last ran, up to
#: ``CATCH_UP_MAX`` (below).
LOOKBACK = timedelta(hours=12)
#: A job may run this late (a busy event loop); later, APScheduler skips it and the
#: engine's catch-up takes over, so nothing fires one by one after a wake.
MISFIRE_GRACE = timedelta(minutes=2)

Post = Callable[[Callable[[], None]], None]
Deliver = Callable[[Batch], None]
OnRefill = Callable[[str, RefillReminder], None]
OnReview = Callable[[str, ReviewReminder], None]

#: A longer closure is caught up since the moment the app last ran (kept in the settings),
#: so every dose that came due while it was closed is listed, up to this far back; older
#: doses are left to the Today view and History.
CATCH_UP_MAX = timedelta(hours=24)
#: Global setting: when this app last ran its reminders (UTC, ISO 8601).
LAST_RUN_KEY = "reminders.last_run"

#: Global setting: the reminders delivered within the look-back (JSON list of job ids), so
#: a restart does not deliver them again.
SHOWN_KEY = "reminders.shown"
SHOWN_MAX = 100

REFILL_SHOWN_KEY, STOCK_JOB, REVIEW_JOB = (  # re-exported: the notices' own names
    notices.REFILL_SHOWN_KEY,
    notices.STOCK_JOB,
    notices.REVIEW_JOB,
)


def _call_now(fn: Callable[[], None]) -> None:
    fn()


@dataclass(frozen=True)
class Rebuilt:
    """What one rebuild did (for the caller's log and for tests)."""

    at: datetime
    reason: str
    planned: tuple[Reminder, ...]
    delivered: Batch | None


class ReminderEngine:
    """Keeps the scheduler's jobs equal to the database's upcoming reminders."""

    def __init__(
        self,
        service: Service,
        scheduler: Any,
        *,
        deliver: Deliver,
        on_refill: OnRefill | None = None,
        on_review: OnReview | None = None,
        post: Post = _call_now,
        clock: Callable[[], datetime] = system_clock,
        monotonic: Callable[[], float] = time.monotonic,
        zone_name: Callable[[], str] = machine_zone,
        window: timedelta = WINDOW,
        lookback: timedelta = LOOKBACK,
        misfire_grace: timedelta = MISFIRE_GRACE,
    ) -> None:
        self.service = service
        self.scheduler = scheduler
        self._deliver = deliver
        self._on_refill = on_refill
        self._on_review = on_review
        self._post = post
        self._clock = clock
        self.window = window
        self.lookback = lookback
        self.misfire_grace = misfire_grace
        self.watch = ClockWatch(clock, monotonic, zone_name)
        self._delivered: set[ReminderKey] = set()
        self._planned: tuple[Reminder, ...] = ()
        self._current: dict[tuple[str, str, Slot], Reminder] = {}
        self._wake_lock = threading.Lock()
        self._wake_posted = False
        self._attached = False
        self._last_rebuild = datetime.min.replace(tzinfo=UTC)
        self._closed_since: datetime | None = None  # the previous run's last moment
        self._read_last_run = False

    # ------------------------------------------------------------------ lifecycle

    def attach(self) -> None:
        """Give the scheduler our in-memory job store and misfire listener (once)."""
        if self._attached:
            return
        self.scheduler.add_jobstore(MemoryJobStore(), JOBSTORE)
        self.scheduler.add_listener(self._on_missed, EVENT_JOB_MISSED)
        self._attached = True

    def detach(self) -> None:
        """Drop our jobs and listener (the scheduler itself is the owner's to shut down)."""
        if not self._attached:
            return
        self._note_last_run(self._clock().astimezone(UTC))
        self.scheduler.remove_listener(self._on_missed)
        self.scheduler.remove_jobstore(JOBSTORE)
        self._attached = False

    # ------------------------------------------------------------------ rebuilding

    def rebuild(self, reason: str = "change") -> Rebuilt:
        """Re-read the database: deliver what came due unseen, re-plan the next window."""
        self.attach()
        now = self._clock().astimezone(UTC)
        self._last_rebuild = now
        self.watch.reset()
        since = self._since(now)
        found = self._reminders(now, since)
        self._current = {(r.person, r.medication, r.slot): r for r in found}
        shown = self._shown_before()
        # Shown by an earlier run: remembered again with this run's, so the next restart
        # knows them too (a run that shows something writes the whole list anew).
        self._delivered.update(r.key for r in found if r.key.job_id() in shown)
        due = [
            r
            for r in found
            if r.fire_at <= now and r.key not in self._delivered and r.key.job_id() not in shown
        ]
        future = [r for r in found if r.fire_at > now and r.key not in self._delivered]
        self._replace_jobs(now, future)
        self._refill_reminders(now)
        self._review_reminders(now)
        self._planned = tuple(future)
        self._delivered = {k for k in self._delivered if k.fire_at >= since}
        batch = None
        if due:
            self._delivered.update(r.key for r in due)
            self._remember_shown(since)
            batch = Batch(tuple(due), now, self.misfire_grace)
        self._note_last_run(now)
        log.debug("reminders rebuilt (%s): %d planned, %d due", reason, len(future), len(due))
        if batch is not None:
            self._deliver(batch)
        return Rebuilt(now, reason, self._planned, batch)

    def _shown_before(self) -> set[str]:
        """Reminders an earlier run of the app delivered (kept in the settings), so a
        restart never shows a dose's reminder, or its missed-dose pop-up, again."""
        try:
            raw = self.service.setting(SHOWN_KEY)
            ids = json.loads(raw) if raw else []
        except (MedPlannerError, ValueError) as exc:
            log.warning("reminders shown before are not known: %s", exc)
            return set()
        return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()

    def _since(self, now: datetime) -> datetime:
        """How far back this rebuild looks for doses that came due unseen: the look-back,
        or, while it reaches further, back to when the app last ran (at most
        ``CATCH_UP_MAX``): every dose that came due while it was closed, and only those
        (one shown by the earlier run is in the shown list)."""
        if not self._read_last_run:
            self._read_last_run = True
            try:
                raw = self.service.setting(LAST_RUN_KEY)
                last = datetime.fromisoformat(raw) if raw else None
            except (MedPlannerError, ValueError) as exc:
                log.warning("when the app last ran is not known: %s", exc)
                last = None
            if last is not None and last.tzinfo is not None:
                self._closed_since = last.astimezone(UTC)
        since = now - self.lookback
        if self._closed_since is not None:
            since = min(since, max(self._closed_since, now - CATCH_UP_MAX))
        return since

    def _note_last_run(self, now: datetime) -> None:
        try:
            self.service.set_setting(LAST_RUN_KEY, now.isoformat())
        except MedPlannerError as exc:
            log.warning("could not note when reminders last ran: %s", exc)

    def _remember_shown(self, since: datetime) -> None:
        keep = sorted((k for k in self._delivered if k.fire_at >= since), reverse=True)
        ids = [k.job_id() for k in keep][:SHOWN_MAX]
        try:
            self.service.set_setting(SHOWN_KEY, json.dumps(ids, ensure_ascii=False))
        except MedPlannerError as exc:
            log.warning("could not remember the reminders shown: %s", exc)

    def check_clock(self) -> Change | None:
        """Rebuild when the clock jumped, the computer slept or the zone changed."""
        change = self.watch.check()
        if change is not None:
            log.info("clock change (%s): rebuilding reminders", change)
            self.rebuild(change)
        return change

    def _reminders(self, now: datetime, since: datetime) -> list[Reminder]:
        until = now + self.window
        out: list[Reminder] = []
        for person in self.service.persons():
            try:
                current = self.service.current(person)
            except MedPlannerError as exc:  # no plan yet, or one that no longer loads
                log.warning("no reminders for %s: %s", person, exc)
                continue
            # Each slot by the plan version in force at its time (contract §4): a dose
            # before today's plan change is reminded as that version had it; doses
            # before the first stored version are "before tracking" (never reminded,
            # never listed as came-due-while-closed).
            events = self.service.events_around(current.person, now, days=3)
            out.extend(
                reminders_in_force(
                    person,
                    self.service.versions(current.person),
                    events,
                    now,
                    since=since,
                    until=until,
                )
            )
        out.sort(key=lambda r: (r.fire_at, r.person, r.dose.med_index))
        return out

    def _job_options(self) -> dict[str, Any]:
        return {
            "jobstore": JOBSTORE,
            "misfire_grace_time": int(self.misfire_grace.total_seconds()),
            "coalesce": True,
            "max_instances": 1,
            "replace_existing": True,
        }

    def _refill_reminders(self, now: datetime) -> None:
        if self._on_refill is not None:
            notices.refill_notices(self.service, now, self._on_refill, self._job)

    def _review_reminders(self, now: datetime) -> None:
        if self._on_review is not None:
            notices.review_notices(self.service, now, self._on_review, self._job)

    def _job(self, job_id: str, at: datetime) -> None:
        """A one-shot job at ``at`` that wakes the engine (a notice later today)."""
        self.scheduler.add_job(
            self._alarm, trigger=DateTrigger(run_date=at), id=job_id, **self._job_options()
        )

    def _replace_jobs(self, now: datetime, future: Iterable[Reminder]) -> None:
        self.scheduler.remove_all_jobs(jobstore=JOBSTORE)
        common = self._job_options()
        for reminder in future:
            key = reminder.key
            self.scheduler.add_job(
                self._alarm,
                trigger=DateTrigger(run_date=key.fire_at),
                id=key.job_id(),
                name=f"{key.person}: {key.medication} {key.slot}",
                **common,
            )
        refill = now + self.window / 2
        self.scheduler.add_job(
            self._alarm, trigger=DateTrigger(run_date=refill), id=REFILL_JOB, **common
        )

    # ------------------------------------------------------------------ scheduler threads

    def _alarm(self) -> None:
        """A job fired (on a scheduler thread): ask the owning thread to rebuild, once."""
        with self._wake_lock:
            if self._wake_posted:
                return
            self._wake_posted = True
        self._post(self._wake)

    def _on_missed(self, event: JobExecutionEvent) -> None:
        if getattr(event, "jobstore", None) == JOBSTORE:
            self._alarm()

    def _wake(self) -> None:
        with self._wake_lock:
            self._wake_posted = False
        self.rebuild("alarm")

    # ------------------------------------------------------------------ answers

    def snooze(self, reminders: Iterable[Reminder], minutes: int) -> Rebuilt:
        """Snooze each reminder ``minutes`` from now (a new DateTrigger job each), then rebuild."""
        now = self._clock()
        until = now + timedelta(minutes=minutes)
        for r in reminders:
            self.service.snooze(r.person, r.medication, r.slot, now, until)
        return self.rebuild("snooze")

    # ------------------------------------------------------------------ what stands

    @property
    def planned(self) -> tuple[Reminder, ...]:
        """Reminders with a job, in firing order (as of the last rebuild)."""
        return self._planned

    def next_reminder(self) -> Reminder | None:
        return self._planned[0] if self._planned else None

    def current(self, reminder: Reminder) -> Reminder | None:
        """The same dose as the last rebuild saw it (None: answered, or out of its range)."""
        return self._current.get((reminder.person, reminder.medication, reminder.slot))

    def is_answered(self, reminder: Reminder) -> bool:
        """Whether the last rebuild found this dose taken or skipped (a pop-up can close).

        A dose older than the look-back is not known either way and counts as unanswered.
        """
        if reminder.fire_at < self._last_rebuild - self.lookback:
            return False
        return self.current(reminder) is None
