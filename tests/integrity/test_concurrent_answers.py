"""Of concurrent answers for one dose, exactly one is recorded (contract §4, issue 15).

Ten processes start together (a multiprocessing barrier) and answer the same dose, each
with its own connection: through the command line (``medplanner.cli.main``, as a
``medplanner take`` process runs it) or through its own :class:`Service` (as the GUI
does). The tests assert outcomes only: any interleaving the machine picks must give one
recorded event and nine refusals, whatever its speed.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
from datetime import datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import pytest

from medplanner.service import Service

PLAN = """
format = "medplanner-plan/1"
[person]
name = "Pat"
timezone = "Europe/London"
crcl_ml_min = 90
[[medications]]
name = "baclofen"
start = 2027-02-01
continuing = true
dose = "10 mg"
times = ["07:00", "13:00", "19:00"]
"""
EARLY = datetime.fromisoformat("2026-12-01T00:00:00+00:00")
AT = "2027-02-03T13:01:00+00:00"
N = 10


def _cli(home: str, args: list[str], barrier: Barrier) -> tuple[int, str]:
    os.environ["MEDPLANNER_HOME"] = home
    os.environ["MEDPLANNER_NOW"] = AT
    from medplanner.cli import main

    out = io.StringIO()
    barrier.wait()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        rc = main(args)
    return rc, out.getvalue()


def _service_take(home: str, barrier: Barrier) -> tuple[int, str]:
    """What the GUI's Take button does: its own Service, the one take flow, no --force."""
    at = datetime.fromisoformat(AT)
    with Service.open(Path(home), clock=lambda: at) as svc:
        proposal = svc.propose_take("Pat", "baclofen", at)
        barrier.wait()
        outcome = svc.record_take(proposal, confirmed_over=())
    return (0 if outcome.recorded else 1), " ".join(f.code for f in outcome.check.findings)


def _worker(kind: str, home: str, barrier: Barrier, results: Any) -> None:
    """One racer; a failure breaks the barrier (nobody waits for ever) and is reported."""
    try:
        if kind == "take":
            results.put(_cli(home, ["take", "baclofen"], barrier))
        elif kind == "skip":
            results.put(_cli(home, ["skip", "baclofen"], barrier))
        else:
            results.put(_service_take(home, barrier))
    except BaseException as exc:
        barrier.abort()
        results.put((99, f"{kind} failed: {exc!r}"))


def _race(home: Path, kinds: list[str]) -> list[tuple[int, str]]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(kinds))
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(k, str(home), barrier, results)) for k in kinds]
    for p in procs:
        p.start()
    out = [results.get() for _ in procs]
    for p in procs:
        p.join()
        assert p.exitcode == 0
    return out


@pytest.fixture
def home(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    data = tmp_path / "home"
    with Service.open(data, clock=lambda: EARLY) as svc:
        svc.import_plan(plan)
    return data


def _answers(home: Path) -> list[str]:
    at = datetime.fromisoformat(AT)
    with Service.open(home) as svc:
        events = svc.history("Pat", at - timedelta(days=1), at + timedelta(days=1))
    return [f"{e.kind} {e.slot}" for e in events]


def test_ten_concurrent_takes_record_exactly_one(home: Path) -> None:
    results = _race(home, ["take"] * N)
    assert sorted(rc for rc, _ in results) == [0] + [1] * (N - 1), results
    assert all("doubled-dose" in text for rc, text in results if rc == 1), results
    assert _answers(home) == ["taken 2027-02-03 13:00"]


def test_takes_racing_skips_record_exactly_one_answer(home: Path) -> None:
    with Service.open(home) as svc:  # the 07:00 dose is answered: a skip can only mean 13:00
        svc.take("Pat", "baclofen", datetime.fromisoformat("2027-02-03T07:02:00+00:00"))
    results = _race(home, ["take", "skip"] * (N // 2))
    assert sorted(rc for rc, _ in results) == [0] + [1] * (N - 1), results
    refusals = [text for rc, text in results if rc == 1]
    assert all("doubled-dose" in t or "slot-already-answered" in t for t in refusals), results
    answers = _answers(home)
    assert answers[0] == "taken 2027-02-03 07:00"
    assert answers[1:] in (["taken 2027-02-03 13:00"], ["skipped 2027-02-03 13:00"]), answers


def test_gui_and_cli_processes_record_exactly_one(home: Path) -> None:
    results = _race(home, ["service", "take"] * (N // 2))
    assert sorted(rc for rc, _ in results) == [0] + [1] * (N - 1), results
    assert all("doubled-dose" in text for rc, text in results if rc == 1), results
    assert _answers(home) == ["taken 2027-02-03 13:00"]


def test_two_service_instances_the_second_sees_the_first(home: Path) -> None:
    """GUI and CLI open at once: both propose before either records; the second is refused
    inside its transaction, though its proposal had seen no take."""
    at = datetime.fromisoformat(AT)
    with Service.open(home, clock=lambda: at) as gui, Service.open(home, clock=lambda: at) as cli:
        first = gui.propose_take("Pat", "baclofen", at)
        second = cli.propose_take("Pat", "baclofen", at + timedelta(minutes=1))
        assert first.needs_confirmation == second.needs_confirmation == ()
        assert gui.record_take(first).recorded
        late = cli.record_take(second)
        assert not late.recorded
        assert [f.code for f in late.check.findings] == ["doubled-dose"]
        skip = cli.record_skip(cli.propose_skip("Pat", "baclofen", at))
        assert not skip.recorded
        assert [f.code for f in skip.check.findings] == ["slot-already-answered"]
    assert _answers(home) == ["taken 2027-02-03 13:00"]
