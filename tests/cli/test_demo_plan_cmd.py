"""`medplanner demo-plan` writes a live demo plan; `schedule --from today` follows "now"."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from medplanner.core.plan import load, loads
from medplanner.core.schedule import first_day

from .conftest import Cli


def test_demo_plan_begins_two_days_before_now(cli: Cli, tmp_path: Path) -> None:
    now = "2028-06-15T23:30:00-04:00"  # 16 Jun in London
    out = tmp_path / "plan.toml"
    r = cli("demo-plan", "-o", out, now=now)
    assert r.rc == 0, r
    assert str(out) in r.out
    plan = load(str(out))
    assert first_day(plan) == date(2028, 6, 14)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert cli("check", out, now=now).rc == 0  # the demo raises nothing above advice


def test_demo_plan_to_stdout_is_the_same_plan(cli: Cli) -> None:
    r = cli("demo-plan", now="2027-09-01T12:00:00+00:00")
    assert r.rc == 0, r
    assert first_day(loads(r.out)) == date(2027, 8, 30)


def test_schedule_from_today_uses_the_plans_zone(cli: Cli, tmp_path: Path) -> None:
    now = "2028-06-15T23:30:00-04:00"  # 16 Jun in London
    out = tmp_path / "plan.toml"
    assert cli("demo-plan", "-o", out, now=now).rc == 0
    r = cli("schedule", out, "--from", "today", "--days", "1", "--json", now=now)
    assert r.rc == 0, r
    days = {d["at"][:10] for d in r.json()["doses"]}
    assert days == {"2028-06-16"}


def test_a_malformed_now_is_invalid_input(cli: Cli) -> None:
    r = cli("demo-plan", now="tomorrow-ish")
    assert r.rc == 2
    assert "MEDPLANNER_NOW" in r.err and "Traceback" not in r.err
