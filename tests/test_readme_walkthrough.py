"""The README's command-line walk-through works exactly as written, as a newcomer types it.

Only the block after ``<!-- walkthrough -->`` runs (not the install, test or GUI commands),
line by line, in order, through a shell in an empty folder, with a fresh data dir and the
venv's ``bin`` first on ``PATH``. A line exits 0 unless its comment says ``(exit N)``. It
runs at the real "now" and at fixed moments spread over a day (``MEDPLANNER_NOW``), since
what is due depends on the time of day; one of those days is a spring-forward day.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
MARK = "<!-- walkthrough -->"


def walkthrough() -> list[str]:
    text = README.read_text(encoding="utf-8")
    assert MARK in text, "the README lost its walk-through marker"
    block = text.split(MARK, 1)[1]
    match = re.search(r"```sh\n(.*?)```", block, re.DOTALL)
    assert match is not None, "no ```sh block after the walk-through marker"
    lines = [line.strip() for line in match.group(1).splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def expected_status(line: str) -> int:
    found = re.search(r"#.*\(exit (\d)\)", line)
    return int(found.group(1)) if found else 0


def test_the_walkthrough_is_there_and_uses_the_app() -> None:
    lines = walkthrough()
    assert len(lines) >= 8
    assert all(line.startswith("medplanner ") for line in lines)
    assert any(" -o " in line for line in lines if "--format pdf" in line)  # PDFs need -o


@pytest.mark.slow
@pytest.mark.parametrize(
    "now",
    [
        None,  # the real clock
        "2027-02-10T03:10:00+00:00",
        "2027-02-10T07:20:00+00:00",
        "2027-02-10T12:40:00+00:00",
        "2027-02-10T23:55:00+00:00",
        "2027-03-28T02:30:00+01:00",  # London's spring-forward day
    ],
)
def test_the_readme_walkthrough_runs_as_written(tmp_path: Path, now: str | None) -> None:
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "medplanner").exists(), "run the tests from the venv (README step 2)"
    env = {k: v for k, v in os.environ.items() if k != "MEDPLANNER_NOW"}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        MEDPLANNER_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    if now is not None:
        env["MEDPLANNER_NOW"] = now
    work = tmp_path / "work"
    work.mkdir()
    for line in walkthrough():
        run = subprocess.run(
            ["bash", "-c", line],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        said = f"$ {line}\n--- stdout\n{run.stdout[-3000:]}\n--- stderr\n{run.stderr[-3000:]}"
        assert run.returncode == expected_status(line), said
        assert "Traceback" not in run.stderr, said
        assert run.stdout.strip() or run.stderr.strip(), said
    for made in ("plan.toml", "schedule.pdf", "doses.ics", "history.csv", "plan-copy.toml"):
        assert (work / made).stat().st_size > 0, made
