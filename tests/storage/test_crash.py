"""Kill a writer at each phase of a write: the database stays intact and loses nothing committed.

The writer (crash_writer.py) says where it is (tests/crashhook.py): it stops just before a
write transaction begins, inside it with the events inserted but not committed, or just
after the commit before it has printed the ids. The test SIGKILLs it right there. SIGKILL
ends the process at once (no cleanup, no atexit). What the writer printed had been
committed and must all be there afterwards; a write killed before or inside its
transaction must leave nothing; one killed after its commit must be there whole although
nobody was told. Every phase is hit at every kind of write (single event, a batch of three
in one transaction, a correction), every run, however fast or slow the machine is.

(This tests process crashes; the operating system still flushes its cache, so power loss
is covered by synchronous=FULL and fsync instead, not by this test.)
"""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from medplanner.storage import Store
from tests.crashhook import PHASES, run_to_phase

from .crash_writer import PERSON, write_kind

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]
#: The writer's first seven writes: single events, a batch (5th) and a correction (7th).
WRITES = range(1, 8)


def stored_ids(home: Path) -> set[int]:
    """Every event id in the database, after checking its integrity (empty: no database)."""
    db = home / "medplanner.db"
    if not db.exists():
        return set()
    with Store.open(home) as store:  # opens without complaint (quick_check, schema)
        conn = sqlite3.connect(store.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            return {row[0] for row in conn.execute("SELECT id FROM events")}
        finally:
            conn.close()


def printed_ids(out: str) -> list[list[int]]:
    """The id lines the writer printed (each printed after its commit); the last piece of
    output has no newline when a kill cut it, so it is never a complete line."""
    lines = out.split("\n")[:-1]
    return [[int(i) for i in line.split()] for line in lines if line != "ready"]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("phase", PHASES)
def test_kill_at_each_phase_loses_nothing_committed(tmp_path: Path, phase: str) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    kinds = set()
    for write in WRITES:
        before = stored_ids(home)
        run = run_to_phase([sys.executable, str(WRITER), str(home), "100"], env, phase, write)
        assert run.reached == phase, run.out  # the kill landed where it was meant to
        kinds.add(write_kind(write))
        after = stored_ids(home)
        new = after - before
        printed = printed_ids(run.out)
        assert before <= after  # nothing committed earlier went missing
        for batch in printed:  # everything printed is there, batches whole
            assert set(batch) <= new
        unprinted = new - {i for batch in printed for i in batch}
        if phase == "after-commit":  # committed, though nobody heard of it
            assert len(unprinted) == (3 if write_kind(write) == "batch" else 1)
        else:  # killed before its commit: nothing of it is there
            assert unprinted == set()
        assert len(printed) == write - 1  # the writes before the killed one all finished
    assert kinds == {"single", "batch", "correction"}
    with Store.open(home) as store:  # and at the end, every row reads back whole
        everything = store.events_for(
            PERSON, datetime(1970, 1, 1, tzinfo=UTC), datetime(2199, 1, 1, tzinfo=UTC),
            include_superseded=True,
        )  # fmt: skip
        assert len(everything) == len(stored_ids(home))
    leftovers = [p.name for p in home.iterdir() if p.name.startswith(".")]
    assert all(name.endswith((".new", ".new-journal")) for name in leftovers)
