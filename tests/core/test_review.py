"""The review reminder (issue #22 item 7): when it shows, once per review, and the report
period it offers; with travelled dates, a far zone and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from medplanner.core.model import Person
from medplanner.core.review import (
    REVIEW_LEAD_DAYS,
    REVIEW_REPORT_DUE,
    report_period,
    review_reminder_due,
    review_report_finding,
)

BERLIN = ZoneInfo("Europe/Berlin")
TEN = time(10, 0)


def person(review: date | None, tz: str = "Europe/Berlin") -> Person:
    return Person("Robin", tz, next_review=review)


def at(tz: ZoneInfo, y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def test_no_review_no_reminder() -> None:
    assert review_reminder_due(person(None), at(BERLIN, 2027, 2, 26, 9), reminder_time=TEN) is None


def test_due_three_days_before_at_the_mid_morning_time() -> None:
    p = person(date(2027, 3, 1))
    due = review_reminder_due(p, at(BERLIN, 2027, 2, 1, 9), reminder_time=TEN)
    assert REVIEW_LEAD_DAYS == 3
    assert due is not None
    assert due.at == at(BERLIN, 2027, 2, 26, 10)
    assert due.review == date(2027, 3, 1)
    # No earlier report: the 12 weeks before the review, to the day it is shown.
    assert (due.since, due.until) == (date(2026, 12, 7), date(2027, 2, 26))
    assert due.message() == (
        "Your review with the prescriber is on Mon 1 Mar. Take the doctor's report (PDF) "
        "for Mon 7 Dec 2026 to Fri 26 Feb 2027 with you."
    )


def test_catch_up_when_the_time_passed_and_the_person_is_up() -> None:
    p = person(date(2027, 3, 1))
    now = at(BERLIN, 2027, 2, 27, 15, 30)
    due = review_reminder_due(p, now, reminder_time=TEN)
    assert due is not None and due.at == now and due.until == date(2027, 2, 27)


def test_asleep_after_the_time_waits_for_the_next_morning() -> None:
    p = person(date(2027, 3, 1))
    due = review_reminder_due(p, at(BERLIN, 2027, 2, 27, 23, 30), reminder_time=TEN)
    assert due is not None and due.at == at(BERLIN, 2027, 2, 28, 10)


def test_on_the_review_day_still_due_after_it_never() -> None:
    p = person(date(2027, 3, 1))
    due = review_reminder_due(p, at(BERLIN, 2027, 3, 1, 8), reminder_time=TEN)
    assert due is not None and due.at == at(BERLIN, 2027, 3, 1, 10)
    # The review day's evening, asleep: no later day to show it on.
    assert review_reminder_due(p, at(BERLIN, 2027, 3, 1, 23, 30), reminder_time=TEN) is None
    assert review_reminder_due(p, at(BERLIN, 2027, 3, 2, 10), reminder_time=TEN) is None


def test_shown_once_per_review_date() -> None:
    p = person(date(2027, 3, 1))
    now = at(BERLIN, 2027, 2, 27, 11)
    assert review_reminder_due(p, now, reminder_time=TEN, last_reminded=date(2027, 3, 1)) is None
    # A reminder shown for an earlier review does not hold back the next one.
    again = review_reminder_due(p, now, reminder_time=TEN, last_reminded=date(2026, 9, 1))
    assert again is not None and again.at == now


def test_period_from_the_day_after_the_last_report() -> None:
    p = person(date(2027, 3, 1))
    due = review_reminder_due(
        p, at(BERLIN, 2027, 2, 26, 12), reminder_time=TEN, last_report_to=date(2026, 9, 28)
    )
    assert due is not None and (due.since, due.until) == (date(2026, 9, 29), date(2027, 2, 26))


def test_period_never_before_the_first_stored_plan() -> None:
    since, until = report_period(date(2027, 3, 1), date(2027, 2, 26), first_stored=date(2027, 2, 1))
    assert (since, until) == (date(2027, 2, 1), date(2027, 2, 26))
    # A plan stored today: a one-day period, never an empty one.
    since, until = report_period(
        date(2027, 3, 1), date(2027, 2, 26), first_stored=date(2027, 2, 27)
    )
    assert since == until == date(2027, 2, 26)
    # A report made today already: again the 12 weeks (clamped), not a backwards period.
    since, _ = report_period(date(2027, 3, 1), date(2027, 2, 26), last_report_to=date(2027, 2, 26))
    assert since == date(2026, 12, 7)


def test_far_zone_uses_the_persons_day_not_utc() -> None:
    # Auckland is UTC+13 in February: 22:30 UTC on 25 Feb is 11:30 on 26 Feb there.
    p = person(date(2027, 3, 1), "Pacific/Auckland")
    now = datetime(2027, 2, 25, 22, 30, tzinfo=UTC)
    due = review_reminder_due(p, now, reminder_time=TEN)
    assert due is not None and due.at == now and due.until == date(2027, 2, 26)
    # A day earlier it is 10:30 on 25 Feb there: before the window, due on 26 Feb at 10:00.
    earlier = review_reminder_due(p, datetime(2027, 2, 24, 21, 30, tzinfo=UTC), reminder_time=TEN)
    assert earlier is not None
    assert earlier.at == datetime(2027, 2, 26, 10, tzinfo=ZoneInfo("Pacific/Auckland"))
    assert earlier.at.astimezone(UTC) == datetime(2027, 2, 25, 21, 0, tzinfo=UTC)


def test_dst_spring_forward_keeps_the_wall_time() -> None:
    # Berlin springs forward on 28 Mar 2027: the reminder is at 10:00 CEST, 08:00 UTC.
    p = person(date(2027, 3, 30))
    due = review_reminder_due(p, at(BERLIN, 2027, 3, 20, 9), reminder_time=TEN)
    assert due is not None
    assert due.at == at(BERLIN, 2027, 3, 27, 10)
    assert due.at.astimezone(UTC).hour == 9  # still CET
    p = person(date(2027, 3, 31))
    due = review_reminder_due(p, at(BERLIN, 2027, 3, 20, 9), reminder_time=TEN)
    assert due is not None and due.at.astimezone(UTC) == datetime(2027, 3, 28, 8, tzinfo=UTC)


def test_a_reminder_time_the_spring_gap_skips_moves_forward() -> None:
    ny = ZoneInfo("America/New_York")
    p = person(date(2027, 3, 17), "America/New_York")
    due = review_reminder_due(p, at(ny, 2027, 3, 1, 9), reminder_time=time(2, 30), lead_days=3)
    assert due is not None
    assert due.at == datetime(2027, 3, 14, 3, 30, tzinfo=ny)  # 02:30 does not exist that day


def test_finding_on_the_reminder_days_until_a_report_is_made() -> None:
    p = person(date(2027, 3, 1))
    cmd = "medplanner export --format report-pdf --from 2026-12-07 -o FILE"
    assert review_report_finding(p, date(2027, 2, 25), command=cmd) is None
    f = review_report_finding(p, date(2027, 2, 26), command=cmd)
    assert f is not None and f.code == REVIEW_REPORT_DUE and f.severity == "info"
    assert f.message == f"Your review is on Mon 1 Mar: make the doctor's report: {cmd}"
    assert review_report_finding(p, date(2027, 3, 1), command=cmd) is not None
    assert review_report_finding(p, date(2027, 3, 2), command=cmd) is None
    made = date(2027, 3, 1)
    assert review_report_finding(p, date(2027, 2, 27), command=cmd, report_made_for=made) is None
    assert review_report_finding(person(None), date(2027, 2, 27), command=cmd) is None
