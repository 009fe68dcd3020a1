"""Run ``medplanner check`` in a fresh interpreter and see what it loaded (issue 20's guards).

The interpreter starts without ``site`` (-S): an editable install's import hook loads pathlib
before any of ours, and the check itself needs only the standard library, found from the
repository (the working directory).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "benchmarks" / "seed-plan.toml"

PROBE = """
import json, sys
from medplanner.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def check_run(*words: str, plan: Path = SEED) -> tuple[str, set[str]]:
    """What ``medplanner check WORDS PLAN`` printed, and the modules loaded after it."""
    run = subprocess.run(
        [sys.executable, "-S", "-c", PROBE, "check", *words, str(plan)],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"MEDPLANNER_NOW": "2027-01-06T09:00:00+00:00", "PATH": ""},
        timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr  # 1: a warning (kidneys)
    *printed, last = run.stdout.splitlines()
    return "\n".join(printed), set(json.loads(last)["modules"])


def check_modules(*words: str, plan: Path = SEED) -> set[str]:
    """The modules loaded after ``medplanner check WORDS PLAN``."""
    return check_run(*words, plan=plan)[1]
