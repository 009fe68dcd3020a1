"""Core speed targets (issue: foundation, checks).

Run: .venv/bin/python benchmarks/bench_core.py
Prints the median of several runs for each target; figures go to benchmarks/README.md.
"""

from __future__ import annotations

import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date

from medplanner.core.plan import loads
from medplanner.core.schedule import expand


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def plan_text(n_meds: int, steps_per_med: int = 1, zone: str = "America/New_York") -> str:
    parts = [f'format = "medplanner-plan/1"\n[person]\nname = "Bench"\ntimezone = "{zone}"\n']
    for i in range(n_meds):
        parts.append(f'[[medications]]\nname = "drug{i}"\nstrength = "5 mg"\nstart = 2027-01-01\n')
        for k in range(steps_per_med):
            day = date.fromordinal(date(2027, 1, 1).toordinal() + 7 * k)
            parts.append(
                f'  [[medications.steps]]\n  from = {day.isoformat()}\n  dose = "{5 + k % 4} mg"\n'
                '  times = ["08:00", "14:00", "20:00"]\n'
            )
    return "".join(parts)


def main() -> int:
    print(
        f"python {platform.python_version()} on {platform.machine()} ({platform.processor() or '?'})"
    )
    ten = loads(plan_text(10))
    n = sum(1 for _ in expand(ten, date(2027, 1, 1), 3653))
    t = median_seconds(lambda: sum(1 for _ in expand(ten, date(2027, 1, 1), 3653)), repeat=3)
    print(f"expand 10 meds x 3/day x 10 years ({n} doses): {t * 1000:.0f} ms  (goal <= 1000 ms)")

    text100 = plan_text(100)
    t = median_seconds(lambda: loads(text100))
    print(f"parse + validate a 100-medication plan: {t * 1000:.1f} ms  (goal <= 50 ms)")

    try:
        from medplanner.core.checks import run_checks
    except ImportError:
        return 0
    big = loads(plan_text(100, steps_per_med=52))
    run_checks(big)  # warm the knowledge-base cache, as a running app has it
    t = median_seconds(lambda: run_checks(big))
    print(f"check a 100-medication plan with 52 steps each: {t * 1000:.1f} ms  (goal <= 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
