"""The engine's notices beside the doses: stock running low (refill) and the prescriber's
review coming up. Each is shown at most once (a day, or a review date) per person, at the
time the rules give; one due later gets a one-shot job that wakes the engine.
:class:`~medplanner.reminders.engine.ReminderEngine` calls these on every rebuild."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from medplanner.core.errors import MedPlannerError
from medplanner.core.review import ReviewReminder
from medplanner.core.schedule import zone
from medplanner.core.stock import RefillReminder
from medplanner.service import Service

log = logging.getLogger("medplanner.reminders.engine")  # the engine's log, as before

#: Per-person setting: the local day the last refill reminder was shown (once a day at most).
REFILL_SHOWN_KEY = "reminders.refill_shown_day"
STOCK_JOB = "stock-refill:{person}"
#: The review reminder (a few days before the plan's ``next_review``); the review date it
#: was shown for is a per-person setting (``core.review.REVIEW_SHOWN_KEY``).
REVIEW_JOB = "review:{person}"

#: Schedules a one-shot wake-up: (job id, when).
AddJob = Callable[[str, datetime], None]


def refill_notices(
    service: Service,
    now: datetime,
    on_refill: Callable[[str, RefillReminder], None],
    add_job: AddJob,
) -> None:
    """Stock running low: shown at most once a day per person, at the time the stock
    rules give (mid-morning by default); a later one gets a one-shot job of its own."""
    for person in service.persons():
        try:
            tz = zone(service.current(person).plan.person.timezone)
            shown = service.setting(REFILL_SHOWN_KEY, person=person)
            last = date.fromisoformat(shown) if shown else None
            due = service.next_refill_reminder(person, now, last_reminded=last)
        except (MedPlannerError, ValueError) as exc:
            log.warning("no refill reminder for %s: %s", person, exc)
            continue
        if due is None:
            continue
        if due.at <= now:
            today = now.astimezone(tz).date().isoformat()
            service.set_setting(REFILL_SHOWN_KEY, today, person=person)
            on_refill(person, due)
        else:
            add_job(STOCK_JOB.format(person=person), due.at)


def review_notices(
    service: Service,
    now: datetime,
    on_review: Callable[[str, ReviewReminder], None],
    add_job: AddJob,
) -> None:
    """The prescriber's review: shown once per review date, a few days before it, at
    the refill reminder's mid-morning time; a later one gets a one-shot job."""
    for person in service.persons():
        try:
            last = service.review_reminded(person)
            due = service.next_review_reminder(person, now, last_reminded=last)
        except (MedPlannerError, ValueError) as exc:
            log.warning("no review reminder for %s: %s", person, exc)
            continue
        if due is None:
            continue
        if due.at <= now:
            service.note_review_reminded(person, due.review)
            on_review(person, due)
        else:
            add_job(REVIEW_JOB.format(person=person), due.at)
