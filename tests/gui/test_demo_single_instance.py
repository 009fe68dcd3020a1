"""Issue 21 item 7: ``medplanner --demo`` is single-instance too, under its own name: a
second demo raises the first (one demo, one reminder engine), and the demo and the real
app never stand in for each other. Real processes, as in test_single_instance.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from medplanner.gui.single_instance import server_name, socket_path
from tests.gui.test_single_instance import read_line

DEMO = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from medplanner.gui import app
    from medplanner.gui.main_window import MainWindow

    def ready(window):
        print("ready", flush=True)
        QTimer.singleShot(60_000, QApplication.quit)  # bounds a broken test only

    def raised(self):
        print("raised", flush=True)
        QApplication.quit()

    MainWindow.raise_window = raised
    rc = app.run(True, data_dir=Path(sys.argv[1]), reminders=False, on_ready=ready)
    print(f"rc {rc}", flush=True)
    """
)

REAL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from medplanner.gui.single_instance import acquire

    app = QApplication([])
    instance = acquire(Path(sys.argv[1]))
    print("second" if instance is None else "first", flush=True)
    if instance is not None:
        instance.close()
    """
)


@pytest.fixture
def env() -> Iterator[dict[str, str]]:
    """No runtime dir: the demo's socket goes to its own folder of a temporary dir, a
    short one here (a Unix socket's path holds ~104 bytes; pytest's tmp_path is long)."""
    short = tempfile.mkdtemp(prefix="mp-", dir="/tmp")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=short)
    env.pop("XDG_RUNTIME_DIR", None)
    env.pop("MEDPLANNER_HOME", None)
    yield env
    shutil.rmtree(short, ignore_errors=True)


@pytest.fixture
def first_demo(tmp_path: Path, env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", DEMO, str(tmp_path / "home")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=300)


def _run(script: str, home: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_the_demo_has_its_own_instance_name() -> None:
    home = Path("/somewhere/household")
    assert server_name(home, demo=True) != server_name(home)
    assert socket_path(home, demo=True) != socket_path(home)


@pytest.mark.slow
def test_a_second_demo_raises_the_first_and_opens_nothing(
    tmp_path: Path, env: dict[str, str], first_demo: subprocess.Popen[str]
) -> None:
    assert read_line(first_demo) == "ready"
    second = _run(DEMO, tmp_path / "home", env)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["rc", "0"]  # no window, no "ready": it only asked
    assert read_line(first_demo) == "raised"
    assert read_line(first_demo) == "rc 0"
    assert not (tmp_path / "home").exists()  # the real data dir was never touched


@pytest.mark.slow
def test_the_demo_and_the_real_app_do_not_stand_in_for_each_other(
    tmp_path: Path, env: dict[str, str], first_demo: subprocess.Popen[str]
) -> None:
    assert read_line(first_demo) == "ready"
    real = _run(REAL, tmp_path / "home", env)
    assert (real.returncode, real.stdout.strip()) == (0, "first"), real.stderr
    first_demo.kill()
