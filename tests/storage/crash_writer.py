"""Crash-test helper: open the store and append dose events, printing each id once committed.

    python crash_writer.py DATA_DIR COUNT

Prints ``ready`` once the store is open, then one line per committed write's event ids.
Every fifth write is a batch of three events in one transaction (its ids on one line,
printed after the commit) and every seventh a correction of the previous event, so a
kill can land in any kind of write. With ``CRASH_PHASE`` set (tests/crashhook.py) it
stops at that phase of one write and waits to be killed; test_crash.py then checks that
the database is intact and that every printed id is there.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from medplanner.core.events import DoseEvent, Slot, correction_of
from medplanner.core.units import Amount
from medplanner.storage import Store

PERSON = "Crash Test"
START = datetime(2027, 1, 1, tzinfo=UTC)


def write_kind(write: int) -> str:
    """What the ``write``-th write (1-based) of :func:`main` is."""
    n = write - 1
    if n % 5 == 4:
        return "batch"
    return "correction" if n % 7 == 6 else "single"


def make_event(n: int) -> DoseEvent:
    at = START + timedelta(minutes=37 * n)
    return DoseEvent(
        kind="taken",
        medication=f"medication {n % 7}",
        at=at,
        recorded_at=at,
        slot=Slot(date(2027, 1, 1) + timedelta(days=n // 24), time(n % 24)),
        amount=Amount(Decimal(n % 500 + 1), "mg"),
        reason=f"event {n} " + "x" * (n * 13 % 900),  # rows of varied size, some spanning pages
    )


def main(argv: list[str]) -> int:
    from tests import crashhook

    crashhook.install()
    home, count = Path(argv[1]), int(argv[2])
    with Store.open(home, clock=lambda: START) as store:
        store.ensure_person(PERSON)
        print("ready", flush=True)
        last: DoseEvent | None = None
        for n in range(count):
            kind = write_kind(n + 1)
            if kind == "batch":
                batch = store.record_events(PERSON, [make_event(n * 10 + k) for k in range(3)])
                print(" ".join(str(e.id) for e in batch), flush=True)
                continue
            if kind == "correction" and last is not None:
                event = correction_of(last, recorded_at=last.at, at=last.at + timedelta(minutes=1))
            else:
                event = make_event(n)
            last = store.record_event(PERSON, event)
            print(last.id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
