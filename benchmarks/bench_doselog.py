"""`status` with 150 000 dose events in the log: goal <= 100 ms in-process (issue 5).

Run: .venv/bin/python benchmarks/bench_doselog.py
The person takes the demo plan's doses (continuing, TID gabapentin + TID baclofen) every
day for years, so the log grows to 150 000 events; then Service.status is timed on a
day at the end (the query reads one window of the log through an index, not a scan).
"""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from medplanner.core.events import DoseEvent, Slot
from medplanner.core.plan import loads
from medplanner.core.schedule import expand
from medplanner.service import Service
from medplanner.storage import Store

PLAN = """format = "medplanner-plan/1"
[person]
name = "Robin"
timezone = "Europe/London"
crcl_ml_min = 92
[[medications]]
name = "gabapentin"
start = 2000-01-01
continuing = true
dose = "300 mg"
times = ["09:00", "15:00", "21:00"]
[[medications]]
name = "baclofen"
start = 2000-01-01
continuing = true
dose = "10 mg"
times = ["07:00", "12:00", "18:00"]
"""
EVENTS = 150_000


def main() -> int:
    print(f"python {platform.python_version()} on {platform.machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        plan = loads(PLAN)
        days = EVENTS // 6
        first = date(2000, 1, 1)
        now = datetime.combine(first + timedelta(days=days), datetime.min.time(), UTC)
        with Store.open(home) as store:
            store.add_plan_version("Robin", PLAN, create_person=True)
            batch: list[DoseEvent] = []
            t0 = time.perf_counter()
            for d in expand(plan, first, days):
                batch.append(
                    DoseEvent(
                        kind="taken",
                        medication=d.medication,
                        at=d.utc,
                        recorded_at=d.utc,
                        slot=Slot.of(d),
                        amount=d.dose,
                    )
                )
                if len(batch) == 3000:
                    store.record_events("Robin", batch)
                    batch = []
            store.record_events("Robin", batch)
            print(f"filled {EVENTS} events in {time.perf_counter() - t0:.1f} s")
        svc = Service.open(home)
        try:
            at = now + timedelta(hours=13, minutes=30)
            svc.status("Robin", at)  # warm: knowledge base and plan parse caches
            runs = []
            for _ in range(50):
                t = time.perf_counter()
                st = svc.status("Robin", at)
                runs.append(time.perf_counter() - t)
            assert len(st.slots) == 6
            print(
                f"status with {EVENTS} events: median {statistics.median(runs) * 1000:.1f} ms, "
                f"max {max(runs) * 1000:.1f} ms  (goal <= 100 ms)"
            )
        finally:
            svc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
