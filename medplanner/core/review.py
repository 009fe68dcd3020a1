"""The review reminder: a few days before the prescriber's review (the plan's
``next_review``), offer the doctor's report for the period since the last one.

Pure: "now", the person's zone, what was shown and what report was made last come in as
arguments (the service reads them from the settings). Issue #22 item 7.

- :func:`review_reminder_due`: when the reminder shows — from :data:`REVIEW_LEAD_DAYS`
  before the review, at the refill reminder's mid-morning time (caught up at once when that
  time has passed today and the person is up), once per review date, never after the
  review day.
- :func:`report_period`: the report it offers — from the day after the last report made
  for a review, else :data:`REPORT_WEEKS` before the review (never before the first stored
  plan version), to today.
- :func:`review_report_finding`: the ``review-report-due`` info finding ``status`` shows
  within those days.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from medplanner.core import clock
from medplanner.core.i18n import _
from medplanner.core.knowledge import PRODUCT_RULE
from medplanner.core.model import Finding, Person
from medplanner.core.record import Record
from medplanner.core.schedule import zone
from medplanner.core.wording import day_month, weekday_date

#: Product rule: the review reminder comes this many local days before the review.
REVIEW_LEAD_DAYS = 3
#: Without an earlier report, the period offered is this many weeks before the review.
REPORT_WEEKS = 12

#: Per-person settings (text): the review date the last reminder was shown for, and the
#: review date / last day of the last doctor's report made for a review.
REVIEW_SHOWN_KEY = "review_reminder_shown"
REVIEW_REPORT_FOR_KEY = "review_report_for"
REVIEW_REPORT_TO_KEY = "review_report_to"

REVIEW_REPORT_DUE = "review-report-due"
REVIEW_SOURCE = (
    f"{PRODUCT_RULE}: {REVIEW_LEAD_DAYS} days before the plan's next_review, the doctor's "
    "report for the period since the last one is offered"
)


class ReviewReminder(Record):
    """The next review reminder: when, for which review, and the report period offered."""

    at: datetime
    review: date
    since: date
    until: date

    def period(self) -> str:
        """``Sat 20 Feb to Fri 26 Feb``; with the years when the period crosses one."""
        if self.since.year != self.until.year:
            since, until = weekday_date(self.since), weekday_date(self.until)
        else:
            since, until = _day(self.since), _day(self.until)
        # Translators: a period of days: {since} and {until} are dates like "Sat 20 Feb".
        return _("{since} to {until}").format(since=since, until=until)

    def message(self) -> str:
        # Translators: {day} is a date like "Mon 1 Mar"; {period} like "Sat 20 Feb to Fri 26
        # Feb".
        return _(
            "Your review with the prescriber is on {day}. Take the doctor's report (PDF) for "
            "{period} with you."
        ).format(day=_day(self.review), period=self.period())


def _day(d: date) -> str:
    """``Mon 1 Mar``: the dates are within weeks of today, so without the year."""
    return day_month(d)


def review_days(person: Person, today: date, lead_days: int = REVIEW_LEAD_DAYS) -> bool:
    """Whether ``today`` is one of the reminder's days: from ``lead_days`` before the
    review to the review day itself."""
    review = person.next_review
    return review is not None and review - timedelta(days=lead_days) <= today <= review


def report_period(
    review: date,
    today: date,
    *,
    last_report_to: date | None = None,
    first_stored: date | None = None,
) -> tuple[date, date]:
    """The doctor's report period offered for ``review``: from the day after the last
    report (``last_report_to``), else :data:`REPORT_WEEKS` before the review; never before
    the first stored plan version; to ``today`` (never an empty period)."""
    if last_report_to is not None and last_report_to < today:
        since = last_report_to + timedelta(days=1)
    else:
        since = review - timedelta(weeks=REPORT_WEEKS)
    if first_stored is not None:
        since = max(since, first_stored)
    return min(since, today), today


def review_reminder_due(
    person: Person,
    now: datetime,
    *,
    reminder_time: time,
    last_reminded: date | None = None,
    last_report_to: date | None = None,
    first_stored: date | None = None,
    lead_days: int = REVIEW_LEAD_DAYS,
) -> ReviewReminder | None:
    """When the review reminder is due, or None (no review, it has passed, or this
    review's reminder was shown: ``last_reminded`` is the review date last reminded for).

    Due on the first of the reminder's days at ``reminder_time``; when that time has passed
    today and the person is up, now (catch-up); when they are asleep, the next day at that
    time, as long as it is not after the review day."""
    review = person.next_review
    if review is None or review == last_reminded:
        return None
    tz = zone(person.timezone)
    today = clock.today(person, now)
    day = max(today, review - timedelta(days=lead_days))
    while day <= review:
        at = clock.reminder_at(person, day, reminder_time, now)
        if at is not None:
            shown_on = clock.local_day(at, tz)
            since, until = report_period(
                review, shown_on, last_report_to=last_report_to, first_stored=first_stored
            )
            return ReviewReminder(at, review, since, until)
        day += timedelta(days=1)
    return None


def review_report_finding(
    person: Person,
    today: date,
    *,
    command: str,
    report_made_for: date | None = None,
    lead_days: int = REVIEW_LEAD_DAYS,
) -> Finding | None:
    """``review-report-due`` (info) on the reminder's days, until a report is made for
    this review; ``command`` is how to make it (the caller knows its flags)."""
    review = person.next_review
    if review is None or report_made_for == review or not review_days(person, today, lead_days):
        return None
    return Finding(
        REVIEW_REPORT_DUE,
        "info",
        "",
        # Translators: {day} is a date like "Mon 1 Mar"; {command} is a command line: keep it.
        _("Your review is on {day}: make the doctor's report: {command}").format(
            day=_day(review), command=command
        ),
        REVIEW_SOURCE,
    )
