"""The abuse suite: hostile or careless input, each ending in exit 0, 1 or 2 with a clear
message, never a traceback, and the live database byte for byte as it was.

The command line runs in-process (``medplanner.cli.main``) so hypothesis can try a few
hundred examples per property within the CI budget; only a few cases start processes.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from medplanner.cli import main

PLAN = """\
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
[[medications]]
name = "gabapentin"
start = 2027-02-01
stop = 2027-06-01
  [[medications.steps]]
  from = 2027-02-01
  dose = "300 mg"
  times = ["21:00"]
  [[medications.steps]]
  from = 2027-02-08
  times = [ { at = "09:00", dose = "300 mg" }, { at = "21:00", dose = "300 mg" } ]
"""


@dataclass
class Result:
    rc: int
    out: str
    err: str

    def assert_clean(self, allowed: tuple[int, ...] = (0, 1, 2)) -> None:
        """Exit 0/1/2, no traceback, no "unexpected problem", a message when refused."""
        assert self.rc in allowed, self
        text = self.out + self.err
        assert "Traceback" not in text and "unexpected problem" not in text, self
        assert "\x1b" not in text and "\x00" not in text, self
        if self.rc == 2:
            assert self.err.strip(), self


def run_cli(home: Path, *args: object) -> Result:
    """``medplanner ARGS`` in-process, with ``MEDPLANNER_HOME=home``."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    old = os.environ.get("MEDPLANNER_HOME")
    os.environ["MEDPLANNER_HOME"] = str(home)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                rc = main([str(a) for a in args])
            except SystemExit as e:  # argparse's usage errors
                rc = int(e.code or 0)
    finally:
        if old is None:
            del os.environ["MEDPLANNER_HOME"]
        else:
            os.environ["MEDPLANNER_HOME"] = old
    out.flush()
    err.flush()
    return Result(rc, _text(out), _text(err))


def _text(stream: io.TextIOWrapper) -> str:
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8")


def digest(home: Path) -> dict[str, str]:
    """The live database and its sidecars, hashed (what "unchanged" means)."""
    found = {}
    for name in ("medplanner.db", "medplanner.db-wal", "medplanner.db-journal"):
        path = home / name
        if path.exists():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@dataclass
class Seeded:
    """A data dir with Pat's plan imported, and a good backup of it outside."""

    root: Path
    template: Path
    backup: Path

    def fresh_home(self, where: Path) -> Path:
        home = where / "home"
        if home.exists():
            shutil.rmtree(home)
        shutil.copytree(self.template, home)
        home.chmod(0o700)
        return home


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    root = tmp_path_factory.mktemp("abuse")
    plan = root / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    home = root / "template"
    run_cli(home, "import", plan).assert_clean((0, 1))
    good = root / "good.db"
    run_cli(home, "backup", good).assert_clean((0,))
    with sqlite3.connect(good) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return Seeded(root, home, good)


@pytest.fixture
def home(seeded: Seeded, tmp_path: Path) -> Iterator[Path]:
    yield seeded.fresh_home(tmp_path)
