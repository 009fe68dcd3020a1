"""The issue's exit-3 cases, as real processes (default stack, real stdout/stderr)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PLAN, Seeded


def medplanner(home: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MEDPLANNER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "medplanner", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.slow
def test_the_reported_crashes_are_clear_errors(seeded: Seeded, tmp_path: Path) -> None:
    home = seeded.fresh_home(tmp_path)
    deep = tmp_path / "deep.toml"
    deep.write_text(PLAN + "x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    evil = tmp_path / "evil.toml"
    evil.write_text(PLAN.replace('"Pat"', '"Pat\\u001b[2J\\u202e"'), encoding="utf-8")
    cases = [
        (("check", deep), "nests tables or arrays deeper"),
        (("status", "--at", "0001-01-01T00:00:00+00:00"), "outside the years"),
        (("take", "baclofen", "--at", "9999-12-31T23:00:00+00:00"), "outside the years"),
        (("schedule", plan, "--from", "9999-01-01", "--days", "3"), "outside 1970-01-01"),
        (("export", "--format", "report-pdf", "--from", "0001-01-01", "-o", "r.pdf"), "outside"),
        (("import", evil), "person.name: contains control characters"),
        (("export", "--format", "csv", "-o", home / "history.csv"), "inside MedPlanner's data"),
    ]
    for args, words in cases:
        result = medplanner(home, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr and words in result.stderr, (args, result.stderr)
        assert "\x1b" not in result.stdout + result.stderr
