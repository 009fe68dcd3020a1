"""Storage speed targets (issue 5): one day's events out of a 150 000-event log in ≪ 100 ms.

Run: .venv/bin/python benchmarks/bench_storage.py [--events N] [--dir DIR]
Fills a household of three persons with N dose events (default 150 000, about eleven
years of twelve doses a day each), then times the queries the Today view and the
doubled-dose check run, opening (with its quick_check), a backup, and restore's full
validation. Figures go to "Storage (issue 5)" in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as wall_time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from medplanner.core.events import DoseEvent, EventKind, Slot
from medplanner.core.units import Amount
from medplanner.storage import Store, backup, validate

ZONE = ZoneInfo("Europe/Berlin")
PERSONS = ("Robin", "Sam", "Kim")
MEDICATIONS = ("gabapentin", "baclofen", "oxycodone", "pregabalin")
WALLS = tuple(wall_time(h) for h in (7, 8, 9, 10, 12, 13, 15, 17, 18, 20, 21, 22))
FIRST_DAY = date(2020, 1, 1)


def day_start(day: date) -> datetime:
    return datetime.combine(day, wall_time(0), tzinfo=ZONE)


def events_of(day: date) -> list[DoseEvent]:
    out = []
    for i, wall in enumerate(WALLS):
        at = datetime.combine(day, wall, tzinfo=ZONE) + timedelta(minutes=i % 9)
        kind: EventKind = "skipped" if i == 5 and day.day % 6 == 0 else "taken"
        out.append(
            DoseEvent(
                kind=kind,
                medication=MEDICATIONS[i % len(MEDICATIONS)],
                at=at,
                recorded_at=at,
                slot=Slot(day, wall),
                amount=Amount(Decimal(300), "mg") if kind == "taken" else None,
            )
        )
    return out


def fill(store: Store, total: int) -> int:
    """Days of history per person so that the log holds ``total`` events."""
    days = total // (len(PERSONS) * len(WALLS))
    for person in PERSONS:
        store.ensure_person(person)
        for chunk in range(0, days, 30):  # a month per transaction
            batch = []
            for d in range(chunk, min(chunk + 30, days)):
                batch += events_of(FIRST_DAY + timedelta(days=d))
            store.record_events(person, batch)
    return days


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return runs


def ms(runs: list[float]) -> str:
    q = statistics.quantiles(runs, n=20) if len(runs) > 1 else runs * 19
    return f"median {statistics.median(runs) * 1e3:8.3f} ms   p95 {q[18] * 1e3:8.3f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=150_000)
    parser.add_argument("--dir", type=Path, default=None, help="keep the data here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        home = args.dir or Path(scratch) / "home"
        run(home, args.events, Path(scratch))
    return 0


def run(home: Path, total: int, scratch: Path) -> None:
    print(
        f"python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.machine()}"
    )
    rng = random.Random(5)
    with Store.open(home) as store:
        t0 = time.perf_counter()
        days = fill(store, total)
        fill_s = time.perf_counter() - t0
        n = len(PERSONS) * days * len(WALLS)
        print(f"filled {n} events ({days} days x {len(PERSONS)} persons) in {fill_s:.1f} s, "
              f"monthly batches")  # fmt: skip
        picks = [FIRST_DAY + timedelta(days=rng.randrange(days)) for _ in range(300)]
        it = iter(picks * 10)

        def one_day() -> object:
            day = next(it)
            got = store.events_for("Robin", day_start(day), day_start(day + timedelta(days=1)))
            assert len(got) == len(WALLS)
            return got

        print(f"events_for (one day, 12 events)    {ms(timed(one_day, 300))}")

        def one_slot() -> object:
            day = next(it)
            return store.events_for_slot("Robin", "gabapentin", Slot(day, WALLS[0]))

        print(f"events_for_slot                    {ms(timed(one_slot, 300))}")

        def last() -> object:
            day = next(it)
            return store.last_taken("Robin", "baclofen", not_after=day_start(day))

        print(f"last_taken (not_after a past day)  {ms(timed(last, 300))}")
        latest = store.last_taken("Robin", "gabapentin")
        assert latest is not None
        clock = [latest.at]

        def record() -> object:
            clock[0] += timedelta(minutes=1)
            return store.record_event("Robin", DoseEvent("taken", "baclofen", clock[0], clock[0]))

        print(f"record_event (one commit, FULL)    {ms(timed(record, 50))}")
        target = scratch / "copy.db"
        print(f"backup (online API + verify)       {ms(timed(lambda: store.copy_to(target), 3))}")
    size_mb = (home / "medplanner.db").stat().st_size / 1e6
    print(f"database size                      {size_mb:.1f} MB")

    def reopen() -> object:
        Store.open(home).close()
        return None

    print(f"Store.open (quick_check, schema)   {ms(timed(reopen, 5))}")
    print(f"restore validation (full)          "
          f"{ms(timed(lambda: validate.validate_file(target, scratch=scratch), 3))}")  # fmt: skip
    with Store.open(home) as store:
        print(f"ensure_daily_backup (new day)      "
              f"{ms(timed(lambda: backup.ensure_daily_backup(store, date.today()), 1))}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
