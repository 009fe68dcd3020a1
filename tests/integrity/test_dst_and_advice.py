"""Spring-forward collisions (New York, Lord Howe, Santiago, London), missed-dose advice
and reminders, against the service and the command line (issue 15, rules 4 and 6)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from medplanner.core.checks import run_checks
from medplanner.core.dosing import day_status, plan_rules
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import loads
from medplanner.reminders.due import reminders_between
from medplanner.service import Service

EARLY = datetime.fromisoformat("2026-12-01T00:00:00+00:00")


def plan_text(tz: str, times: str, start: str = "2027-02-01") -> str:
    return f"""
format = "medplanner-plan/1"
[person]
name = "Pat"
timezone = "{tz}"
crcl_ml_min = 90
[[medications]]
name = "baclofen"
start = {start}
continuing = true
dose = "10 mg"
times = [{times}]
"""


#: zone, times, the spring-forward day, the moved time's new place, the second's due time
CASES = [
    ("America/New_York", '"02:00", "03:00", "14:00"', "2027-03-14", "03:00", "03:30"),
    ("Australia/Lord_Howe", '"02:00", "02:30", "14:00"', "2027-10-03", "02:30", "02:45"),
    ("America/Santiago", '"00:00", "01:00", "12:00"', "2027-09-05", "01:00", "01:30"),
    ("Europe/London", '"01:30", "02:30", "13:00"', "2027-03-28", "02:30", "03:00"),
]


@pytest.mark.parametrize(("tz", "times", "day", "moved", "second"), CASES)
def test_check_reports_one_dst_gap_collision(
    tz: str, times: str, day: str, moved: str, second: str
) -> None:
    findings = run_checks(loads(plan_text(tz, times)))
    (f,) = [f for f in findings if f.code == "dst-gap-collision"]
    assert f.severity == "warning" and f.medication == "baclofen"
    assert f.date is not None and f.date.isoformat() == day
    assert "every year" in f.message and "Move one of the times out" in f.message
    assert not [f for f in findings if f.code == "doubled-dose"]


def test_no_collision_without_a_gap_time() -> None:
    plan = loads(plan_text("America/New_York", '"08:00", "14:00", "20:00"'))
    assert not [f for f in run_checks(plan) if f.code == "dst-gap-collision"]


def test_check_cli_exits_1_for_the_collision(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(plan_text("America/New_York", '"02:00", "03:00", "14:00"'), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "medplanner", "check", str(path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc
    codes = [(f["code"], f.get("date")) for f in json.loads(proc.stdout)["findings"]]
    assert ("dst-gap-collision", "2027-03-14") in codes


def _service(tmp_path: Path, text: str) -> Service:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    svc = Service.open(tmp_path / "home", clock=lambda: EARLY)
    svc.import_plan(path)
    return svc


@pytest.mark.parametrize(("tz", "times", "day", "moved", "second"), CASES)
def test_status_never_advises_two_doses_at_one_instant(
    tmp_path: Path, tz: str, times: str, day: str, moved: str, second: str
) -> None:
    svc = _service(tmp_path, plan_text(tz, times))
    plan = svc.current("Pat").plan
    from medplanner.core.schedule import zone

    z = zone(tz)
    at_moved = datetime.fromisoformat(f"{day}T{moved}").replace(tzinfo=z)
    now = at_moved + timedelta(minutes=5)
    status = svc.status("Pat", now)
    early = [s for s in status.slots if s.dose.utc == at_moved.astimezone(z).astimezone()]
    assert len(early) == 2, status.slots  # two slots at the moved instant ...
    assert sorted(s.state for s in early) == ["due", "upcoming"]  # ... only one due
    (waiting,) = [s for s in early if s.state == "upcoming"]
    assert waiting.due_at is not None and f"{waiting.due_at.astimezone(z):%H:%M}" == second
    # taking one on time is fine; a second now is a doubled dose; after the interval it is not
    assert svc.take("Pat", "baclofen", at_moved).recorded
    again = svc.take("Pat", "baclofen", now + timedelta(minutes=1))
    assert not again.recorded and "doubled-dose" in again.check.blocking
    later = datetime.fromisoformat(f"{day}T{second}").replace(tzinfo=z) + timedelta(minutes=1)
    assert svc.take("Pat", "baclofen", later).recorded
    # reminders: the second fires at its due time, not at the moved instant
    rules = plan_rules(plan, load_knowledge_base())
    fired = reminders_between(
        "Pat", plan, [], at_moved - timedelta(hours=1), rules,
        since=at_moved - timedelta(hours=1), until=at_moved + timedelta(hours=1),
    )  # fmt: skip
    assert sorted(f"{r.fire_at.astimezone(z):%H:%M}" for r in fired) == [moved, second]
    svc.close()


def test_missed_advice_names_tomorrows_dose(tmp_path: Path) -> None:
    svc = _service(tmp_path, plan_text("Europe/London", '"08:00", "20:00"'))
    now = datetime.fromisoformat("2027-02-03T21:30:00+00:00")
    status = svc.status("Pat", now)
    (f,) = [f for f in status.findings if f.code == "missed-dose" and f.time.hour == 20]  # type: ignore[union-attr]
    assert "your next dose is tomorrow at 08:00" in f.message, f.message
    svc.close()


def test_a_reminder_never_comes_back_for_an_answered_dose(tmp_path: Path) -> None:
    svc = _service(tmp_path, plan_text("Europe/London", '"07:00", "13:00", "19:00"'))
    plan = svc.current("Pat").plan
    rules = plan_rules(plan, svc.kb)
    at = datetime.fromisoformat("2027-02-03T13:05:00+00:00")
    assert svc.take("Pat", "baclofen", at).recorded
    assert svc.skip("Pat", "baclofen", at.replace(hour=18)).recorded  # the 19:00 one
    events = svc.events_around("Pat", at)
    for now in (at, at + timedelta(hours=8)):  # a restart later the same day
        fired = reminders_between(
            "Pat", plan, events, now, rules, since=at.replace(hour=0), until=at.replace(hour=23)
        )
        assert [f"{r.dose.at:%H:%M}" for r in fired] == ["07:00"]  # only the unanswered one
    assert [s.state for s in day_status(plan, events, at + timedelta(hours=8), rules)] == [
        "missed",
        "taken",
        "skipped",
    ]
    svc.close()
