"""Crash safety of `medplanner take`: SIGKILL at each phase of its write, every run.

The `take` process says where it is (tests/crashhook.py) and is killed right there: just
before its write transaction begins, inside it with the dose inserted but not committed,
and just after the commit before it has said "Recorded". Afterwards the database passes
integrity_check; a take killed before its commit left nothing, one killed after its commit
is in the log (once), and every `take` that exited 0 is in the log. Process crashes only:
power loss is covered by synchronous=FULL + fsync.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from medplanner.core.resources import DEMO_PLAN
from medplanner.storage import Store
from tests.crashhook import PHASES, run_to_phase

REPO = Path(__file__).resolve().parents[2]
RUN_CLI = "import sys; from tests import crashhook; crashhook.install(); " \
    "from medplanner.cli import main; sys.exit(main(sys.argv[1:]))"  # fmt: skip
TRIALS_PER_PHASE = 3


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_each_phase_of_take_loses_nothing_that_was_confirmed(
    _isolated_home: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(MEDPLANNER_HOME=str(_isolated_home), PYTHONPATH=str(REPO))
    base = datetime(2027, 1, 10, 8, tzinfo=UTC)
    subprocess.run(
        [sys.executable, "-m", "medplanner", "import", str(DEMO_PLAN)],
        env=dict(env, MEDPLANNER_NOW="2027-01-01T00:00:00+00:00"),
        check=True,
        capture_output=True,
    )
    expected: dict[datetime, bool] = {}  # each take's moment: must it be in the log?
    phases = [*PHASES, ""]  # "": not killed, runs to its end
    for i in range(TRIALS_PER_PHASE * len(phases)):
        phase = phases[i % len(phases)]
        at = base + timedelta(days=i)  # a scheduled baclofen dose each time
        cmd = [sys.executable, "-c", RUN_CLI, "take", "baclofen", "--force", "--at", at.isoformat()]
        run = run_to_phase(cmd, dict(env, MEDPLANNER_NOW=at.isoformat()), phase or "none")
        if phase:
            assert run.reached == phase, run.out
            expected[at] = phase == "after-commit"
        else:
            assert run.reached is None and run.returncode == 0, run.out
            assert "Recorded" in run.out
            expected[at] = True
    db = _isolated_home / "medplanner.db"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(_isolated_home) as store:
        logged = [
            e.at
            for e in store.events_for("Robin", base - timedelta(days=1), base + timedelta(days=30))
            if e.kind == "taken"
        ]
    assert sorted(logged) == sorted(at for at, kept in expected.items() if kept)
