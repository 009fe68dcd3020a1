"""The demo's seeded data (``--demo``, "Try the demo"): tracked from the plan's first day,
every dose up to an hour ago taken on time, the latest one left to answer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from medplanner.gui.demo import seed_demo
from medplanner.service import Service

LONDON = ZoneInfo("Europe/London")


def test_the_demo_day_has_a_dose_to_take_and_nothing_before_tracking(tmp_path: Path) -> None:
    now = datetime(2027, 3, 10, 9, 20, tzinfo=LONDON)
    home = tmp_path / "demo"
    home.mkdir(mode=0o700)
    with Service.open(home, clock=lambda: now) as service:
        seed_demo(service, now)
        [person] = service.persons()
        status = service.status(person, now)
        states = {f"{s.dose.at:%H:%M} {s.dose.medication}": s.state for s in status.slots}
        assert "before-tracking" not in states.values()
        assert states["07:00 baclofen"] == "taken"
        assert states["09:00 gabapentin"] == "due"  # 20 minutes ago: left to answer
        assert {s for k, s in states.items() if k[:5] > "09:00"} == {"upcoming"}
        codes = {f.code for f in status.findings}
        assert "missed-dose" not in codes and "missed-streak-restart" not in codes
        [first] = service.plan_versions(person)
        assert first.created_at < now.replace(day=8)  # stored as of the plan's first day
