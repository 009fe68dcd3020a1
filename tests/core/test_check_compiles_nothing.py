"""Guard (issue 20): ``medplanner check`` compiles no Python source at run time.

Compiling is what made ``typing.NamedTuple`` and frozen dataclasses dear at every start
(``collections.namedtuple`` runs ``eval``, ``dataclasses`` runs ``exec`` per method, and
``typing`` compiles each string annotation into a ``ForwardRef``); the core's records
(:class:`medplanner.core.record.Record`) compile nothing. Deterministic, not timed: a fresh
interpreter runs ``check`` on the seed plan with an audit hook that notes every ``compile``
event raised with a ``medplanner`` frame on the stack, naming the innermost one. Not
counted: compiling a module's own source on import (no cached bytecode yet), and what another
module's body compiles as it is imported (``tomllib`` makes a ``NamedTuple``, ``decimal`` a
``namedtuple``): the first frame outward that is a medplanner frame or another module's body
decides.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import medplanner

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "benchmarks" / "seed-plan.toml"
PACKAGE = str(Path(medplanner.__file__).resolve().parent)

# Runs in the child. Prints one JSON line last: every offending compile, innermost
# medplanner frame first, then what was compiled.
CHILD = r"""
import json, os, sys

package, plan = sys.argv[1], sys.argv[2]
offenders = []


def hook(event, args):
    if event != "compile":
        return
    frame = sys._getframe(1)  # what called compile(), exec() or eval()
    if frame.f_code.co_filename.startswith("<frozen importlib"):
        return  # a module's own source compiled on import (no cached bytecode yet)
    ours = None
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith(package):
            ours = f"{os.path.relpath(code.co_filename, package)}:{frame.f_lineno} ({code.co_name})"
            break
        if code.co_name == "<module>" and not code.co_filename.startswith("<frozen"):
            break  # another module's own body, run as it is imported: its cost, not ours
        frame = frame.f_back
    if ours is not None:
        source = args[0]
        if isinstance(source, bytes):
            source = source.decode("utf-8", "replace")
        what = source if isinstance(source, str) else type(source).__name__
        offenders.append(f"{ours} compiled {str(what)[:60]!r} as {args[1]!r}")


sys.addaudithook(hook)
from medplanner.cli import main

try:
    status = main(["check", plan])
except SystemExit as e:
    status = e.code
sys.stdout.flush()
print("\n" + json.dumps({"status": status, "offenders": offenders}))
"""


def _run_check(plan: Path) -> dict[str, object]:
    env = dict(os.environ, MEDPLANNER_NOW="2027-01-10T09:00:00+00:00")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, PACKAGE, str(plan)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_check_on_the_seed_plan_compiles_nothing() -> None:
    result = _run_check(SEED)
    assert result["status"] in (0, 1), result  # it ran the checks (1: findings to act on)
    offenders = result["offenders"]
    assert offenders == [], "medplanner check compiled source at run time:\n" + "\n".join(
        map(str, offenders)
    )


def test_the_guard_sees_and_names_a_compile(tmp_path: Path) -> None:
    """The guard can fail: a NamedTuple made by a module of the watched folder is seen and
    named (here the folder is ``tmp_path``, and its module's own import is not counted)."""
    (tmp_path / "probe.py").write_text(
        "from typing import NamedTuple\n\n\nclass P(NamedTuple):\n    a: 'int'\n",
        encoding="utf-8",
    )
    code = CHILD.replace(
        "from medplanner.cli import main",
        "sys.path.insert(0, package)\nimport probe\nfrom medplanner.cli import main",
    )
    env = dict(os.environ, MEDPLANNER_NOW="2027-01-10T09:00:00+00:00")
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(SEED)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    offenders = json.loads(done.stdout.strip().splitlines()[-1])["offenders"]
    assert offenders and all(o.startswith("probe.py:4 (<module>) compiled ") for o in offenders), (
        offenders
    )
