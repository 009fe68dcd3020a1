"""The single-instance lock is taken before the first paint; the server starts after it.

The first instance holds a ``flock`` for its whole life and starts its ``QLocalServer``
(QtNetwork) only after its window is painted (issue 20). A second start that finds the
lock held keeps asking until the first listens. Real processes; order only, no timings.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.test_startup_lazy import FIRST_PAINT_RUN

FIRST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from medplanner.gui.single_instance import acquire

    app = QApplication([])
    instance = acquire(Path(sys.argv[1]), listen=False)
    print("held" if instance is not None and instance.pending else "no", flush=True)
    sys.stdin.readline()  # the test says when to start listening
    instance.listen()
    print("listening", flush=True)
    instance.activated.connect(lambda: (print("activated", flush=True), app.quit()))
    app.exec()
    instance.close()
    """
)

SECOND = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from medplanner.gui import single_instance

    real = single_instance._tell_running
    tries = []

    def telling(name):
        if not tries:
            print("trying", flush=True)
        tries.append(1)
        return real(name)

    single_instance._tell_running = telling
    app = QApplication([])
    instance = single_instance.acquire(Path(sys.argv[1]))
    print("second" if instance is None else "first", flush=True)
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("MEDPLANNER_HOME", None)
    env.pop("XDG_RUNTIME_DIR", None)
    return env


def _spawn(script: str, data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


def _line(proc: subprocess.Popen[str], timeout: float = 300.0) -> str:
    """The child's next line; ``timeout`` only calls a hung child hung (not a speed limit)."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            proc.kill()
            raise AssertionError(f"no output within {timeout} s")
    return proc.stdout.readline().strip()


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
        p.communicate(timeout=300)


@pytest.mark.slow
def test_a_second_start_waits_for_a_first_that_is_not_listening_yet(
    tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "household"
    first = _spawn(FIRST, data)
    procs.append(first)
    assert _line(first) == "held"  # the lock is held, nothing listens yet
    second = _spawn(SECOND, data)
    procs.append(second)
    assert _line(second) == "trying"  # found the lock held: asks the holder
    assert first.stdin is not None
    first.stdin.write("go\n")
    first.stdin.flush()
    assert _line(first) == "listening"
    assert _line(second) == "second"  # it waited for the first, and did not start a second
    assert _line(first) == "activated"


def test_the_first_paint_has_not_loaded_qtnetwork(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_RUN, str(tmp_path / "home")],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1])["modules"])
    assert "PySide6.QtNetwork" not in loaded
    assert "medplanner.gui.single_instance" in loaded  # the lock was taken before the paint
