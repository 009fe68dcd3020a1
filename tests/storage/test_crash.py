"""Kill a writer at random moments: the database stays intact and loses nothing committed.

SIGKILL ends the process at once (no cleanup, no atexit), wherever it is: opening,
creating the database, mid-transaction, mid-commit, between commit and print. What the
writer printed had been committed; it must all be there afterwards, batches whole. (This
tests process crashes; the operating system still flushes its cache, so power loss is
covered by synchronous=FULL and fsync instead, not by this test.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from medplanner.storage import Store

from .crash_writer import PERSON

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]
TRIALS = 200
SEED = 20270105


def run_and_kill(home: Path, delay: float) -> tuple[list[list[int]], bool]:
    """Start the writer, SIGKILL it after ``delay`` s; return the id lines it printed."""
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(home), "100000"],
        stdout=subprocess.PIPE,
        env=env,
    )
    time.sleep(delay)  # random kill timing, not a wait for anything
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the writer ended before it was killed"
    lines = out.decode().split("\n")[:-1]  # the last piece has no newline: never complete
    ready = bool(lines) and lines[0] == "ready"
    return [[int(i) for i in line.split()] for line in lines[ready:]], ready


def check(home: Path, printed: list[list[int]]) -> int:
    """Integrity, and every printed id present; return how many printed ids are missing."""
    db = home / "medplanner.db"
    if not db.exists():
        assert not printed
        return 0
    with Store.open(home) as store:  # opens without complaint (quick_check, schema)
        conn = sqlite3.connect(store.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            stored = {row[0] for row in conn.execute("SELECT id FROM events")}
        finally:
            conn.close()
        for row in printed:  # a batch is whole: all its ids or (unprinted) none
            assert all(i in stored for i in row) or not any(i in stored for i in row)
    return sum(1 for row in printed for i in row if i not in stored)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_random_kills_lose_nothing_committed(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    home = tmp_path / "home"
    lost = mid_writing = committed = 0
    for trial in range(TRIALS):
        # The first trials kill early (while the database is being created), later ones
        # anywhere from start-up to well into the writing.
        delay = rng.uniform(0.0, 0.05) if trial < 10 else rng.uniform(0.03, 0.2)
        printed, ready = run_and_kill(home, delay)
        lost += check(home, printed)
        committed += sum(len(row) for row in printed)
        mid_writing += ready
    with Store.open(home) as store:  # and at the end, every row reads back whole
        everything = store.events_for(
            PERSON, datetime(1970, 1, 1, tzinfo=UTC), datetime(2199, 1, 1, tzinfo=UTC),
            include_superseded=True,
        )  # fmt: skip
        assert len(everything) >= committed - lost
    print(f"\ncrash test: {TRIALS} kills, {mid_writing} after the store opened, "
          f"{committed} ids printed, {lost} lost")  # fmt: skip
    assert lost == 0
    assert mid_writing > TRIALS // 2  # the kills really landed among the writes
    leftovers = [p.name for p in home.iterdir() if p.name.startswith(".")]
    assert all(name.endswith((".new", ".new-journal")) for name in leftovers)
