"""`medplanner check` on the seed plan as a whole process, against a bare interpreter.

Goal (issue 20): `medplanner check SEED` within 2x of `python -c "import tomllib, zoneinfo"`,
in wall time, median of at least 7 runs each, the two run in turn (A B A B ...) so that a
drift of the shared machine's speed hits both. Also the peak RSS of each (issue 20, item 5),
as GNU `/usr/bin/time` reports it (`%M`, the finished child's `ru_maxrss`), in separate
runs, also in turn. (This script's own `ru_maxrss` of its children would not do: a child
started from Python shares this process's memory until it executes the command, and the
kernel counts that as the child's peak.)

Run: .venv/bin/python benchmarks/bench_cli.py [--runs N] [--plan FILE]
For the issue's figures use a regular (non-editable) install: its console script and its
cached bytecode. The script warms the bytecode first (one run of each, not counted), and
drops PYTHONDONTWRITEBYTECODE from the children's environment.

The seed plan is `examples/ms-gabapentin-baclofen.toml` of the shared workspace (gabapentin
and baclofen titrated and staggered: `check` runs the stagger search on it); a copy lives
next to this script so that the benchmark runs anywhere.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE / "seed-plan.toml"
BIN = Path(sys.executable).parent / "medplanner"
GOAL = 2.0
TIME = shutil.which("time", path="/usr/bin:/bin")


def run_once(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + sys) of one finished run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, close_fds=True
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # check: 1 = some warning (not expected here)
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def peak_mib(cmd: Sequence[str], env: dict[str, str], tmp: Path) -> float:
    """Peak RSS (MiB) of one run of ``cmd``, from GNU time (nan without it)."""
    if TIME is None:
        return float("nan")
    out = tmp / "peak.txt"
    subprocess.run(
        [TIME, "-f", "%M", "-o", str(out), *cmd],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        check=False,
    )
    return int(out.read_text().split()[-1]) / 1024


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} CPUs ({model}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; load average {load:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="counted runs of each (>= 7)")
    parser.add_argument("--plan", type=Path, default=SEED)
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs must be at least 7")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    a = [str(BIN), "check", str(args.plan)]
    b = [sys.executable, "-c", "import tomllib, zoneinfo"]
    run_once(a, env)  # warm bytecode and the page cache, not counted
    run_once(b, env)
    rows: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    for _ in range(args.runs):
        rows["A"].append(run_once(a, env))
        rows["B"].append(run_once(b, env))
    ratios = [x[0] / y[0] for x, y in zip(rows["A"], rows["B"], strict=True)]
    peaks: dict[str, list[float]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(7):
            peaks["A"].append(peak_mib(a, env, Path(tmp)))
            peaks["B"].append(peak_mib(b, env, Path(tmp)))

    def med(label: str, k: int) -> float:
        if k == 2:
            return statistics.median(peaks[label])
        return statistics.median(r[k] for r in rows[label])

    print(machine())
    print(f"A = {shlex.join(a)}")
    print(f"B = {shlex.join(b)}")
    print(f"{args.runs} runs each, in turn (A B A B ...), after one warm-up run each; medians:")
    print(f"{'':24}{'A':>10}{'B':>10}{'A/B':>8}")
    for label, k, unit, scale in (
        ("wall", 0, "ms", 1000),
        ("cpu (user+sys)", 1, "ms", 1000),
        ("peak RSS, 7 runs", 2, "MiB", 1),
    ):
        va, vb = med("A", k), med("B", k)
        print(f"{label + ' (' + unit + ')':24}{va * scale:10.1f}{vb * scale:10.1f}{va / vb:8.2f}")
    print(
        f"wall ratio pair by pair: median {statistics.median(ratios):.2f}, "
        f"min {min(ratios):.2f}, max {max(ratios):.2f}   (goal <= {GOAL:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
