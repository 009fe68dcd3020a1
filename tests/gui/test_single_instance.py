"""One MedPlanner per data dir, tested with real processes: the second raises the first.

Each child process runs ``CHILD``: it tries to become the instance; the first one starts a
real ReminderController (its scheduler and timers) and waits for "activated"; a second
one must exit at once without starting a scheduler. Lines on stdout are read with a
deadline (select), so a broken child fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from medplanner.gui.single_instance import server_name, socket_path

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from medplanner.gui.single_instance import acquire

    app = QApplication([])
    data = Path(sys.argv[1])
    instance = acquire(data)
    if instance is None:
        print("second", flush=True)
        sys.exit(3)
    from medplanner.core.resources import DEMO_PLAN
    from medplanner.gui.reminder_controller import ReminderController
    from medplanner.service import Service

    service = Service.open(data)
    service.import_plan(DEMO_PLAN)
    controller = ReminderController(service, tray=False)
    controller.start()
    print("first", flush=True)

    def activated():
        print("activated", flush=True)
        controller.stop()
        instance.close()
        app.quit()

    instance.activated.connect(activated)
    QTimer.singleShot(60_000, app.quit)  # bounds a broken test; never reached when it passes
    app.exec()
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MEDPLANNER_HOME", None)
    env.pop("XDG_RUNTIME_DIR", None)
    return env


def spawn(data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


def read_line(proc: subprocess.Popen[str], timeout: float = 300.0) -> str:
    """The child's next line; ``timeout`` only calls a hung child hung (not a speed limit)."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            proc.kill()
            raise AssertionError(f"no output within {timeout} s; stderr: {proc.stderr}")
    return proc.stdout.readline().strip()


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
        p.communicate(timeout=300)


def tcp_udp_inodes(pid: int) -> set[str]:
    """Socket inodes of ``pid`` that are TCP or UDP (IPv4 or IPv6) sockets."""
    mine = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path(f"/proc/{pid}/net/{table}")
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inet.add(line.split()[9])
    return mine & inet


@pytest.mark.slow
def test_a_second_instance_raises_the_first_and_starts_no_scheduler(
    tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "household"
    first = spawn(data)
    procs.append(first)
    assert read_line(first) == "first"

    second = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
        check=False,
    )
    assert (second.returncode, second.stdout.strip()) == (3, "second"), second.stderr
    assert read_line(first) == "activated"
    assert first.wait(timeout=300) == 0


@pytest.mark.slow
def test_the_running_app_has_no_tcp_or_udp_socket(
    tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    first = spawn(tmp_path / "household")
    procs.append(first)
    assert read_line(first) == "first"
    assert tcp_udp_inodes(first.pid) == set()


@pytest.mark.slow
def test_two_households_do_not_collide(tmp_path: Path, procs: list[subprocess.Popen[str]]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert server_name(a) != server_name(b)
    procs.extend([spawn(a), spawn(b)])
    assert [read_line(p) for p in procs] == ["first", "first"]


@pytest.mark.slow
def test_a_crashed_instances_leftover_server_is_cleaned_up(
    tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "household"
    crashed = spawn(data)
    assert read_line(crashed) == "first"
    crashed.send_signal(signal.SIGKILL)
    crashed.communicate(timeout=300)
    leftover = Path(socket_path(data))
    assert leftover.exists()  # the Unix socket file stays behind after a crash

    again = spawn(data)
    procs.append(again)
    assert read_line(again) == "first"  # took over the name, instead of waiting on a dead peer


def test_the_name_is_the_sha256_hashlib_gives(tmp_path: Path) -> None:
    """Qt hashes the name (no OpenSSL before the first paint); it is the same SHA-256
    digest hashlib gives, so an instance started by an older MedPlanner is still found."""
    import hashlib

    from medplanner.gui.single_instance import _user

    for folder in (tmp_path / "a", tmp_path / "ü ñ", tmp_path / "x" / ".." / "y"):
        expected = hashlib.sha256(f"{_user()}\0{folder.resolve()}".encode()).hexdigest()[:20]
        assert server_name(folder) == f"medplanner-{expected}"
        assert server_name(folder, demo=True).startswith(f"medplanner-{expected}")
