"""The ICS export reproduces the schedule: every alarm instant, over a year with both clock changes.

The file is parsed back with icalendar and each VEVENT's RRULE expanded with dateutil's
rrule (the recurrence engine icalendar itself depends on), once through the IANA zone the
TZID names and once through the VTIMEZONE the file carries (dateutil's ``tzical`` reading
of it). Each occurrence plus its VALARM's TRIGGER is an alarm instant; the multiset of
(instant, what) must equal ``medplanner schedule --json`` for the same local days.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from medplanner.core.checks import run_checks
from medplanner.core.plan import load, loads
from medplanner.core.schedule import resolve_wall_time
from medplanner.export.ics import plan_series, to_ics, uid_of

from .conftest import Cli

STAMP = datetime(2027, 1, 1, 12, tzinfo=UTC)
YEAR_START = date(2027, 1, 1)

# Steps split at the clock-change days themselves; weekdays, every-n-days, open-ended steps;
# 01:30 and 02:30 every day of the year (London: 01:30 does not exist on 28 Mar and happens
# twice on 31 Oct; New York: 02:30 does not exist on 14 Mar, 01:30 happens twice on 7 Nov).
PLAN = """\
format = "medplanner-plan/1"

[person]
name = "Sam"
timezone = "{zone}"

[[medications]]
name = "gabapentin"
start = 2026-12-20

  [[medications.steps]]
  from = 2026-12-20
  dose = "300 mg"
  times = ["01:30", "09:00"]

  [[medications.steps]]
  from = {spring}
  times = [ {{ at = "01:30", dose = "300 mg" }}, {{ at = "02:30", dose = "600 mg" }} ]

  [[medications.steps]]
  from = {autumn}
  dose = "300 mg"
  times = ["01:30", "02:30", "21:00"]

[[medications]]
name = "baclofen"
start = 2027-02-01
stop = 2027-11-20

  [[medications.steps]]
  from = 2027-02-01
  dose = "5 mg"
  weekdays = ["mon", "thu", "sun"]
  times = ["02:30", "14:00"]

  [[medications.steps]]
  from = 2027-06-01
  dose = "10 mg"
  every_n_days = 3
  times = ["01:30", "02:30", "20:00"]

[[medications]]
name = "Vitamin D"
start = 2027-03-01
dose = "25 mcg"
times = ["01:30"]
every_n_days = 2

[[medications]]
name = "oxycodone"
as_needed = true
dose = "5 mg"
max_per_day = 4
min_interval_hours = 4
"""

ZONES = {
    "Europe/London": ("2027-03-28", "2027-10-31"),
    "America/New_York": ("2027-03-14", "2027-11-07"),
}


def alarm_instants(ics: str, *, own_vtimezone: bool) -> Counter[tuple[datetime, str]]:
    """Every alarm of the calendar in the year 2027 (local days of the file's zone)."""
    cal = Calendar.from_ical(ics)
    zones = {str(tz["TZID"]): tz.to_tz(lookup_tzid=False) for tz in cal.walk("VTIMEZONE")}
    out: Counter[tuple[datetime, str]] = Counter()
    for event in cal.walk("VEVENT"):
        start: datetime = event.decoded("DTSTART")
        tzid = event["DTSTART"].params.get("TZID")
        if own_vtimezone and tzid is not None:
            start = start.replace(tzinfo=zones[tzid])
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
        assert not event.get("EXDATE") and not event.get("RDATE")
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY"
        trigger: timedelta = alarm.decoded("TRIGGER")
        window_start, window_end = year_window(start.tzinfo)
        for occurrence in rule.between(window_start - timedelta(days=2), window_end):
            instant = (occurrence + trigger).astimezone(UTC)
            if window_start <= instant < window_end:
                out[(instant, str(event["SUMMARY"]))] += 1
    return out


def year_window(tz: Any) -> tuple[datetime, datetime]:
    key = tz.key if isinstance(tz, ZoneInfo) else str(tz._tzid)  # tzical's zone keeps its TZID
    z = ZoneInfo(key)
    begin = resolve_wall_time(YEAR_START, time(0), z)
    end = resolve_wall_time(date(2028, 1, 1), time(0), z)
    assert begin is not None and end is not None
    return begin.astimezone(UTC), end.astimezone(UTC)


def schedule_instants(cli: Cli, plan_file: Path) -> Counter[tuple[datetime, str]]:
    result = cli("schedule", plan_file, "--from", YEAR_START, "--days", 365, "--json")
    assert result.rc == 0, result.err
    return Counter(
        (datetime.fromisoformat(d["utc"].replace("Z", "+00:00")), f"{d['medication']} {d['dose']}")
        for d in result.json()["doses"]
    )


@pytest.fixture(params=sorted(ZONES))
def plan_file(request: pytest.FixtureRequest, write: Callable[..., Path]) -> Path:
    spring, autumn = ZONES[request.param]
    return write(PLAN.format(zone=request.param, spring=spring, autumn=autumn))


@pytest.mark.parametrize("own_vtimezone", [False, True], ids=["iana-zone", "file-vtimezone"])
def test_every_alarm_instant_matches_the_schedule(
    cli: Cli, plan_file: Path, own_vtimezone: bool
) -> None:
    plan = load(str(plan_file))
    ics = to_ics(plan, run_checks(plan), stamp=STAMP)
    expected = schedule_instants(cli, plan_file)
    got = alarm_instants(ics, own_vtimezone=own_vtimezone)
    assert sum(expected.values()) > 1000  # a real year of doses, not an empty comparison
    assert got - expected == Counter(), "alarms the schedule does not have"
    assert expected - got == Counter(), "doses without an alarm"


def test_clock_change_doses_are_where_rfc_5545_puts_them(
    cli: Cli, write: Callable[..., Path]
) -> None:
    """The two hard nights in New York, spelled out (contract §4's own example)."""
    spring, autumn = ZONES["America/New_York"]
    path = write(PLAN.format(zone="America/New_York", spring=spring, autumn=autumn))
    got = alarm_instants(to_ics(load(str(path)), stamp=STAMP), own_vtimezone=True)
    on = {(i, what) for i, what in got if i.date() in (date(2027, 3, 14), date(2027, 11, 7))}
    # 02:30 does not exist on 14 Mar: 03:30 EDT = 07:30Z, once.
    assert (datetime(2027, 3, 14, 7, 30, tzinfo=UTC), "gabapentin 600 mg") in on
    assert got[(datetime(2027, 3, 14, 7, 30, tzinfo=UTC), "gabapentin 600 mg")] == 1
    # 01:30 happens twice on 7 Nov: the first one, 01:30 EDT = 05:30Z, and not 06:30Z.
    assert (datetime(2027, 11, 7, 5, 30, tzinfo=UTC), "gabapentin 300 mg") in on
    assert (datetime(2027, 11, 7, 6, 30, tzinfo=UTC), "gabapentin 300 mg") not in on


def test_one_event_per_time_and_step_with_an_rrule_each(plan_from: Callable[..., Any]) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        stop = 2027-01-20
          [[medications.steps]]
          from = 2027-01-04
          dose = "5 mg"
          times = ["08:00", "14:00", "20:00"]
          [[medications.steps]]
          from = 2027-01-07
          dose = "10 mg"
          weekdays = ["mon", "thu"]
          times = ["08:00", "20:00"]
          [[medications.steps]]
          from = 2027-01-14
          dose = "15 mg"
          every_n_days = 2
          times = ["08:00"]
        """,
        zone="Europe/Berlin",
    )
    cal = Calendar.from_ical(to_ics(plan, stamp=STAMP))
    rules = {
        (str(e["SUMMARY"]), e.decoded("DTSTART").isoformat()): e["RRULE"].to_ical().decode()
        for e in cal.walk("VEVENT")
    }
    assert rules == {
        ("baclofen 5 mg", "2027-01-04T08:00:00+01:00"): "FREQ=DAILY;UNTIL=20270106T225959Z",
        ("baclofen 5 mg", "2027-01-04T14:00:00+01:00"): "FREQ=DAILY;UNTIL=20270106T225959Z",
        ("baclofen 5 mg", "2027-01-04T20:00:00+01:00"): "FREQ=DAILY;UNTIL=20270106T225959Z",
        # 7 Jan 2027 is a Thursday: the first day the weekday rule gives a dose.
        ("baclofen 10 mg", "2027-01-07T08:00:00+01:00"): (
            "FREQ=WEEKLY;UNTIL=20270113T225959Z;BYDAY=MO,TH;WKST=MO"
        ),
        ("baclofen 10 mg", "2027-01-07T20:00:00+01:00"): (
            "FREQ=WEEKLY;UNTIL=20270113T225959Z;BYDAY=MO,TH;WKST=MO"
        ),
        ("baclofen 15 mg", "2027-01-14T08:00:00+01:00"): (
            "FREQ=DAILY;UNTIL=20270120T225959Z;INTERVAL=2"
        ),
    }
    (tz,) = cal.walk("VTIMEZONE")
    assert tz["TZID"] == "Europe/Berlin"
    for event in cal.walk("VEVENT"):
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_valarm_description_and_uids(demo_plan: Any) -> None:
    text = textwrap.dedent(
        """\
        format = "medplanner-plan/1"
        [person]
        name = "Robin"
        timezone = "Europe/London"
        [[medications]]
        name = "gabapentin"
        start = 2027-01-04
        dose = "300 mg"
        times = ["09:00", "21:00"]
        [[medications]]
        name = "oxycodone"
        as_needed = true
        dose = "5 mg"
        """
    )
    plan = loads(text)
    ics = to_ics(plan, run_checks(plan), stamp=STAMP, sequence=7)
    assert "\r\nTRIGGER:PT0M\r\n" in ics
    cal = Calendar.from_ical(ics)
    events = cal.walk("VEVENT")
    assert len(events) == 2  # as-needed medications have no schedule, so no event
    for event in events:
        assert "RRULE" in event and "UNTIL" not in event["RRULE"]  # open-ended
        assert event["SEQUENCE"] == 7
        description = str(event["DESCRIPTION"])
        assert description.startswith("Take gabapentin 300 mg at ")
        # The standing danger of this plan, with its source, at every dose.
        assert "⛔ Danger" in description and "Source: " in description
        assert "breathing" in description
        assert "does not replace your prescriber" in description
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == timedelta(0)
        assert str(alarm["DESCRIPTION"]) == "Time for gabapentin 300 mg"
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 2
    # Stable: the same plan gives the same file; another stamp changes only DTSTAMP.
    assert to_ics(plan, run_checks(plan), stamp=STAMP, sequence=7) == ics
    later = to_ics(plan, run_checks(plan), stamp=STAMP + timedelta(days=3), sequence=7)
    assert [str(e["UID"]) for e in Calendar.from_ical(later).walk("VEVENT")] == uids
    assert uids == [uid_of(plan, s) for s in plan_series(plan)]


def test_clock_change_note_in_description(plan_from: Callable[..., Any]) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-03-01
        stop = 2027-12-01
        dose = "5 mg"
        times = ["01:30", "02:30"]
        """,
        zone="America/New_York",
    )
    cal = Calendar.from_ical(to_ics(plan, stamp=STAMP))
    notes = {
        str(e["SUMMARY"]) + e.decoded("DTSTART").strftime(" %H:%M"): str(e["DESCRIPTION"])
        for e in cal.walk("VEVENT")
    }
    assert "02:30 does not exist: take it at 03:30" in notes["baclofen 5 mg 02:30"]
    assert "01:30 happens twice: take it the first time only" in notes["baclofen 5 mg 01:30"]
    assert "does not exist" not in notes["baclofen 5 mg 01:30"]


def test_utc_person_needs_no_vtimezone(plan_from: Callable[..., Any]) -> None:
    plan = plan_from(
        """
        [[medications]]
        name = "baclofen"
        start = 2027-01-04
        dose = "5 mg"
        times = ["08:00"]
        """,
        zone="UTC",
    )
    cal = Calendar.from_ical(to_ics(plan, stamp=STAMP))
    assert cal.walk("VTIMEZONE") == []
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2027, 1, 4, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "zone", ["Australia/Lord_Howe", "Europe/Dublin", "America/Santiago", "Asia/Tehran"]
)
def test_other_zones_round_trip(cli: Cli, write: Callable[..., Path], zone: str) -> None:
    """Half-hour clock changes, negative DST, midnight changes, a zone that dropped DST."""
    times = ", ".join(f'"{h:02d}:{m:02d}"' for h in range(4) for m in (0, 15, 30, 45))
    path = write(
        textwrap.dedent(
            f"""\
            format = "medplanner-plan/1"
            [person]
            name = "Ana"
            timezone = "{zone}"
            [[medications]]
            name = "vitamin b12"
            start = 2026-12-01
            dose = "50 mcg"
            times = [{times}]
            """
        )
    )
    ics = to_ics(load(str(path)), stamp=STAMP)
    expected = schedule_instants(cli, path)
    for own in (False, True):
        assert alarm_instants(ics, own_vtimezone=own) == expected


def test_cli_writes_ics_to_stdout_or_a_private_file(
    cli: Cli, write: Callable[..., Path], tmp_path: Path
) -> None:
    spring, autumn = ZONES["Europe/London"]
    assert (
        cli("import", write(PLAN.format(zone="Europe/London", spring=spring, autumn=autumn))).rc
        == 0
    )
    shown = cli("export", "--format", "ics", "--at", "2027-01-01T12:00:00Z")
    assert shown.rc == 0, shown.err
    assert shown.out.startswith("BEGIN:VCALENDAR\r\n") and shown.out.endswith("END:VCALENDAR\r\n")
    cal = Calendar.from_ical(shown.out)
    assert cal.walk("VEVENT")[0]["SEQUENCE"] == 1  # the stored plan version
    assert cal.walk("VEVENT")[0].decoded("DTSTAMP") == STAMP
    out = tmp_path / "plan.ics"
    written = cli("export", "--format", "ics", "-o", out, "--at", "2027-01-01T12:00:00Z")
    assert written.rc == 0 and "Wrote ics for Sam" in written.out
    assert out.read_bytes() == shown.out.encode("utf-8")
    assert out.stat().st_mode & 0o777 == 0o600
