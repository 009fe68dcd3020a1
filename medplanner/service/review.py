"""The review reminder: the plan's ``next_review`` and the doctor's report it offers.

The rules are :mod:`medplanner.core.review`; this layer reads what they need from the
store (the plan, the first stored version, what was shown and made, the refill reminder's
time of day) and notes a report made for a review (issue #22 item 7).
"""

from __future__ import annotations

import contextlib
import shlex
from datetime import date, datetime

from medplanner.core.clock import local_day
from medplanner.core.clock import today as today_of
from medplanner.core.errors import InvalidInput
from medplanner.core.model import Finding
from medplanner.core.review import (
    REVIEW_REPORT_FOR_KEY,
    REVIEW_REPORT_TO_KEY,
    REVIEW_SHOWN_KEY,
    ReviewReminder,
    report_period,
    review_reminder_due,
    review_report_finding,
)
from medplanner.core.stock import reminder_time_for
from medplanner.service.changes import Changes
from medplanner.service.stock import _Stock


class _Review(_Stock):
    """The review reminder and the report noted for a review."""

    def next_review_reminder(
        self, person: str, now: datetime, *, last_reminded: date | None = None
    ) -> ReviewReminder | None:
        """When the reminder engine shows the review reminder (once per review date: the
        engine passes the review date it was last shown for), with the report period."""
        cur = self.current(person)
        first = self._first_stored_day(person)
        return review_reminder_due(
            cur.plan.person,
            now,
            reminder_time=reminder_time_for(cur.plan.person, self.refill_settings(cur.person)),
            last_reminded=last_reminded,
            last_report_to=self._date_setting(REVIEW_REPORT_TO_KEY, cur.person),
            first_stored=first,
        )

    def review_report_period(self, person: str, now: datetime) -> tuple[date, date] | None:
        """The report period offered for the plan's next review today; None: no review."""
        cur = self.current(person)
        review = cur.plan.person.next_review
        if review is None:
            return None
        return report_period(
            review,
            today_of(cur.plan.person, now),
            last_report_to=self._date_setting(REVIEW_REPORT_TO_KEY, cur.person),
            first_stored=self._first_stored_day(person),
        )

    def review_report_finding(self, person: str, now: datetime) -> Finding | None:
        """``review-report-due`` (info) on the reminder's days until a report is noted for
        the review; its message gives the ``medplanner export`` command to make it."""
        cur = self.current(person)
        period = self.review_report_period(person, now)
        if period is None:
            return None
        who = f" --person {shlex.quote(cur.person)}" if len(self.persons()) > 1 else ""
        command = (
            f"medplanner export{who} --format report-pdf --from {period[0].isoformat()} -o FILE"
        )
        return review_report_finding(
            cur.plan.person,
            today_of(cur.plan.person, now),
            command=command,
            report_made_for=self._date_setting(REVIEW_REPORT_FOR_KEY, cur.person),
        )

    def note_review_report(self, person: str, review: date, until: date) -> Changes:
        """A doctor's report up to ``until`` was made for the review on ``review``: the
        next report starts the day after, and this review's finding goes."""
        name = self._store.person(person).name
        self.set_setting(REVIEW_REPORT_FOR_KEY, review.isoformat(), person=name)
        return self.set_setting(REVIEW_REPORT_TO_KEY, until.isoformat(), person=name)

    def note_review_reminded(self, person: str, review: date) -> Changes:
        """The review reminder was shown for the review on ``review`` (never again for it)."""
        return self.set_setting(REVIEW_SHOWN_KEY, review.isoformat(), person=person)

    def review_reminded(self, person: str) -> date | None:
        """The review date the reminder was last shown for."""
        return self._date_setting(REVIEW_SHOWN_KEY, self._store.person(person).name)

    def _date_setting(self, key: str, person: str) -> date | None:
        raw = self.setting(key, person=person)
        with contextlib.suppress(ValueError):
            return date.fromisoformat(raw) if raw else None
        return None

    def _first_stored_day(self, person: str) -> date | None:
        versions = self.plan_versions(person)
        if not versions:
            return None
        cur = self.current(person)
        try:
            return local_day(versions[0].created_at, cur.plan.person.timezone)
        except InvalidInput:  # pragma: no cover - the zone was checked when loading
            return None
