"""What one `medplanner status` costs as a whole process with 150 000 dose events (issue 20).

Every command-line call opens the database. `PRAGMA quick_check` reads every page (about a
third of a second at 150 000 events); since issue 20 it runs only when the file is not
exactly as a clean close left it (medplanner/storage/cleanclose.py). Three commands, run in
turn (A B C A B C ...), median of --runs each:

  A  `medplanner status` on a data dir a clean close marked (the usual case)
  B  the same after the file was touched (mtime changed, so every page is read again)
  C  the bare interpreter: `python -c "import tomllib, zoneinfo"`

Run: .venv/bin/python benchmarks/bench_cli_open.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from medplanner.core.events import DoseEvent, Slot
from medplanner.core.plan import loads
from medplanner.core.schedule import expand
from medplanner.storage import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cli import BIN, machine, run_once
from bench_doselog import EVENTS, PLAN


def fill(home: Path) -> datetime:
    """A data dir with the plan and EVENTS taken doses; returns a moment at its end."""
    plan = loads(PLAN)
    days = EVENTS // 6
    first = date(2000, 1, 1)
    start = datetime(1999, 12, 31, tzinfo=UTC)
    with Store.open(home, clock=lambda: start) as store:
        store.add_plan_version("Robin", PLAN, create_person=True)
        batch: list[DoseEvent] = []
        for d in expand(plan, first, days):
            batch.append(
                DoseEvent("taken", d.medication, d.utc, d.utc, slot=Slot.of(d), amount=d.dose)
            )
            if len(batch) == 3000:
                store.record_events("Robin", batch)
                batch = []
        store.record_events("Robin", batch)
    end = first + timedelta(days=days)
    return datetime(end.year, end.month, end.day, 13, 30, tzinfo=UTC)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        at = fill(home)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(MEDPLANNER_HOME=str(home), MEDPLANNER_NOW=at.isoformat())
        status = [str(BIN), "status", "--person", "Robin"]
        bare = [sys.executable, "-c", "import tomllib, zoneinfo"]
        db = home / "medplanner.db"
        for cmd in (status, status, bare):  # warm bytecode; the first status writes the mark
            run_once(cmd, env)
        marked, touched, interp = [], [], []
        for _ in range(runs):
            marked.append(run_once(status, env)[0])
            info = db.stat()
            os.utime(db, ns=(info.st_atime_ns, info.st_mtime_ns + 1000))  # not ours now
            touched.append(run_once(status, env)[0])  # reads every page, then marks again
            interp.append(run_once(bare, env)[0])
        size = db.stat().st_size / 1e6
    a, b, c = (statistics.median(x) * 1000 for x in (marked, touched, interp))
    print(f"{EVENTS} events, {size:.1f} MB database; medians of {runs} runs, in turn")
    print(f"A status, cleanly closed file : {a:7.1f} ms  ({a / c:.2f}x bare)")
    print(f"B status, file touched        : {b:7.1f} ms  ({b / c:.2f}x bare)")
    print(f"C bare interpreter            : {c:7.1f} ms")
    print(f"quick_check's share of B      : {b - a:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
