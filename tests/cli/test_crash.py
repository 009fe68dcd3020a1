"""Crash safety of `medplanner take`: SIGKILL at random moments, 200 times.

Afterwards the database passes integrity_check and every `take` that exited 0 is in
the log. Process crashes only: power loss is covered by synchronous=FULL + fsync.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from medplanner.core.resources import DEMO_PLAN
from medplanner.storage import Store

TRIALS = 200


@pytest.mark.slow
def test_sigkill_during_take_loses_nothing_that_was_confirmed(_isolated_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["MEDPLANNER_HOME"] = str(_isolated_home)
    cmd = [sys.executable, "-m", "medplanner"]
    early = {**env, "MEDPLANNER_NOW": "2026-12-01T00:00:00+00:00"}
    subprocess.run([*cmd, "import", str(DEMO_PLAN)], env=early, check=True, capture_output=True)
    rng = random.Random(20271105)
    base = datetime(2027, 1, 10, tzinfo=UTC)
    confirmed: list[datetime] = []
    killed = 0
    for i in range(TRIALS):
        at = base + timedelta(minutes=7 * i)
        proc = subprocess.Popen(
            [*cmd, "take", "baclofen", "--force", "--at", at.isoformat()],
            env={**env, "MEDPLANNER_NOW": at.isoformat()},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        try:
            out, _ = proc.communicate(timeout=rng.uniform(0.02, 0.6))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            killed += 1
            continue
        if proc.returncode == 0:
            assert b"Recorded" in out
            confirmed.append(at)
    db = _isolated_home / "medplanner.db"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(_isolated_home) as store:
        logged = {
            e.at
            for e in store.events_for("Robin", base - timedelta(days=1), base + timedelta(days=30))
        }
    lost = [at for at in confirmed if at not in logged]
    print(
        f"\ncrash test: {TRIALS} trials, {killed} killed, {len(confirmed)} confirmed, "
        f"{len(lost)} lost"
    )
    assert not lost
    assert killed > 20 and len(confirmed) > 20  # both outcomes were really exercised
