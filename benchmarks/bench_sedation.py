"""Sedation model speed targets (issue 8).

Run: .venv/bin/python benchmarks/bench_sedation.py
Prints the median and the worst of several runs for each target, with every cache of the
model cleared before each run (a cold start, as when a plan has just changed); figures go
to benchmarks/README.md.

* a day's curves at 5-minute resolution (288 points per drug, and the load): goal well
  under 10 ms;
* a stagger suggestion (search, profiles, and re-checking the suggested plan with every
  plan check): goal ≤ 200 ms for 4 drugs;
* the stagger search alone, as ``check`` runs it on the seed plan
  (``benchmarks/seed-plan.toml``): the median CPU time of :func:`candidate_stagger`
  (issue 20), cold each time.

The 4-drug plans need two more modelled sedating drugs than the shipped knowledge base
has: they run on a copy of it in a temporary folder, where tizanidine and diphenhydramine
get ``[pk]`` tables marked as benchmark-only figures (not reviewed data).
"""

from __future__ import annotations

import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from medplanner.core import sedation
from medplanner.core.checks import run_checks, stagger
from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.plan import loads
from medplanner.core.resources import RESOURCES

BENCH_PK = {
    "tizanidine": (
        '[pk]\nhalf_life_hours = { min = 2, max = 3, source = "benchmark only: not reviewed" }\n'
        't_max_hours = { min = 1, max = 1, source = "benchmark only: not reviewed" }\n'
    ),
    "diphenhydramine": (
        '[pk]\nhalf_life_hours = { min = 4, max = 9, source = "benchmark only: not reviewed" }\n'
        't_max_hours = { min = 2, max = 2, source = "benchmark only: not reviewed" }\n'
    ),
}


def med(name: str, dose: str, times: list[str]) -> str:
    quoted = ", ".join(f'"{t}"' for t in times)
    return (
        f'[[medications]]\nname = "{name}"\nstart = 2027-01-01\ncontinuing = true\n'
        f'dose = "{dose}"\ntimes = [{quoted}]\n'
    )


def plan_text(person: str, *meds: str) -> str:
    head = f'format = "medplanner-plan/1"\n[person]\nname = "B"\ntimezone = "UTC"\n{person}\n'
    return head + "\n".join(meds)


TID = ["08:00", "14:00", "20:00"]
TWO = plan_text("crcl_ml_min = 90", med("gabapentin", "300 mg", TID), med("baclofen", "10 mg", TID))
FOUR = [
    med("gabapentin", "300 mg", TID),
    med("baclofen", "10 mg", TID),
    med("tizanidine", "2 mg", ["08:00", "20:00"]),
    med("diphenhydramine", "25 mg", ["22:00"]),
]
FOUR_DEFAULT = plan_text("crcl_ml_min = 90", *FOUR)
FOUR_WINDOW_60 = plan_text("crcl_ml_min = 90\nstagger_window_minutes = 60", *FOUR)
FOUR_WINDOW_0 = plan_text("crcl_ml_min = 90\nstagger_window_minutes = 0", *FOUR)


def cold() -> None:
    stagger.clear_caches()


SEED = Path(__file__).with_name("seed-plan.toml")


def cpu_timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and best CPU time (``time.process_time``) of ``fn``, cold each time."""
    runs = []
    for _ in range(repeat):
        cold()
        t0 = time.process_time()
        fn()
        runs.append(time.process_time() - t0)
    return statistics.median(runs), min(runs)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        cold()
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), max(runs)


def bench_kb(tmp: Path) -> KnowledgeBase:
    shutil.copytree(RESOURCES, tmp, dirs_exist_ok=True)
    for name, table in BENCH_PK.items():
        path = tmp / "drugs" / f"{name}.toml"
        text = path.read_text(encoding="utf-8")
        if "\n[pk]" not in "\n" + text:  # the data has none of its own yet
            path.write_text(text + "\n" + table, encoding="utf-8")
    return load_knowledge_base(tmp)


def main() -> int:
    print(f"python {platform.python_version()} on {platform.machine()} ({sys.platform})")
    kb = load_knowledge_base()
    two = loads(TWO)
    run_checks(two, kb)  # warm imports and the knowledge base, as a running app has them

    seed = loads(SEED.read_text(encoding="utf-8"))
    run_checks(seed, kb)
    med_, best = cpu_timed(lambda: sedation.candidate_stagger(seed, kb), 41)
    print(
        f"stagger search on the seed plan (candidate_stagger, CPU): "
        f"{med_ * 1000:.2f} ms median, {best * 1000:.2f} ms best of 41"
    )

    pattern = sedation.find_pattern(two, kb)
    assert pattern is not None

    def curves() -> object:
        return sedation.profile_of(pattern.day, pattern.regimens, pattern.wake, pattern.bedtime)

    med_, worst = timed(curves, 50)
    print(
        f"one day's curves, 2 drugs x 3 doses, 5-min (288 points): "
        f"{med_ * 1000:.2f} ms median, {worst * 1000:.2f} ms worst  (goal well under 10 ms)"
    )
    med_, worst = timed(lambda: sedation.sedation_profile(two, kb), 50)
    print(
        f"sedation_profile (find the day + curves), 2 drugs: "
        f"{med_ * 1000:.2f} ms median, {worst * 1000:.2f} ms worst"
    )

    for label, text, k in (("2 drugs, window 120 min", TWO, kb),):
        p = loads(text)
        med_, worst = timed(lambda p=p, k=k: stagger.suggest_stagger(p, k), 20)
        s = stagger.suggest_stagger(p, k)
        print(
            f"suggestion, {label}: {med_ * 1000:.1f} ms median, {worst * 1000:.1f} ms worst "
            f"(goal <= 200 ms); peak -{(s.peak_reduction if s else 0) * 100:.0f}%"
        )

    with tempfile.TemporaryDirectory() as tmp:
        kb4 = bench_kb(Path(tmp))
        for label, text in (
            ("4 drugs (3+3+2+1 doses), window 120 min", FOUR_DEFAULT),
            ("4 drugs (3+3+2+1 doses), window 60 min", FOUR_WINDOW_60),
            ("4 drugs (3+3+2+1 doses), window off (0)", FOUR_WINDOW_0),
        ):
            p = loads(text)
            run_checks(p, kb4)
            found = sedation.find_pattern(p, kb4)
            assert found is not None and len(found.regimens) == 4, label
            med_, worst = timed(lambda p=p: stagger.suggest_stagger(p, kb4), 20)
            s = stagger.suggest_stagger(p, kb4)
            result = (
                f"peak -{s.peak_reduction * 100:.0f}%: {s.suggested_times()}"
                if s
                else "no timetable fits"
            )
            print(
                f"suggestion, {label}: {med_ * 1000:.1f} ms median, {worst * 1000:.1f} ms "
                f"worst (goal <= 200 ms); {result}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
