"""Run the command line in-process (fast) or as a real process (as a user would)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from medplanner.cli import main


@dataclass
class Result:
    rc: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Result]

#: Before every plan in these tests: doses from 2027 on are tracked from their first import.
EARLY = "2026-12-01T00:00:00+00:00"


def now_env(args: list[str], now: str | None = None) -> dict[str, str]:
    """MEDPLANNER_NOW (contract §2) for one command, as ../shared/acceptance sets it: the
    test's own ``now``, else the moment given with --at (the person acts then), else an
    early moment for ``import``. Without one, the command reads the machine's clock."""
    if now is None and "--at" in args[:-1]:
        now = args[args.index("--at") + 1]
    if now is None and args[:1] == ["import"]:
        now = EARLY
    return {"MEDPLANNER_NOW": now} if now else {}


@pytest.fixture
def cli(
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Cli:
    def run(*args: object, now: str | None = None) -> Result:
        words = [str(a) for a in args]
        if any("pdf" in w for w in words):
            # A PDF is drawn by Qt: in-process, the command would make a QGuiApplication
            # that pytest-qt's QApplication could not replace for later GUI tests.
            request.getfixturevalue("qapp")
        with monkeypatch.context() as m:
            m.delenv("MEDPLANNER_NOW", raising=False)
            for key, value in now_env(words, now).items():
                m.setenv(key, value)
            try:
                rc = main(words)
            except SystemExit as e:  # argparse's usage errors
                rc = int(e.code or 0)
        cap = capsysbinary.readouterr()
        return Result(rc, cap.out.decode("utf-8"), cap.err.decode("utf-8"))

    return run


@pytest.fixture
def cli_process() -> Cli:
    def run(*args: object, now: str | None = None) -> Result:
        words = [str(a) for a in args]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("MEDPLANNER_NOW", None)
        env.update(now_env(words, now))
        proc = subprocess.run(
            [sys.executable, "-m", "medplanner", *words],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    def make(content: str | bytes, name: str = "plan.toml") -> Path:
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return p

    return make
