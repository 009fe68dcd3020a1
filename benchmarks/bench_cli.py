"""`medplanner check` as a whole process, against a bare `python -c "import tomllib, zoneinfo"`.

Goal (issue 4): within 2x. Run: .venv/bin/python benchmarks/bench_cli.py
Bytecode must be cached for a fair figure (as after any install): this script warms it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo-plan.toml"
BIN = Path(sys.executable).parent / "medplanner"


def median_run(cmd: list[str], n: int = 21) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, env=env, check=False)  # warm caches
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> int:
    base = median_run([sys.executable, "-c", "import tomllib, zoneinfo"])
    for label, args in (
        ("check", ["check", str(DEMO)]),
        ("check --json", ["check", str(DEMO), "--json"]),
        (
            "schedule --days 7 --json",
            ["schedule", str(DEMO), "--from", "2027-01-04", "--days", "7", "--json"],
        ),
    ):
        t = median_run([str(BIN), *args])
        print(
            f"medplanner {label}: {t * 1000:.0f} ms = {t / base:.2f}x the bare interpreter "
            f"({base * 1000:.0f} ms)  (goal for check: <= 2x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
