"""A stranger holds the single-instance name: MedPlanner keeps running and says why.

The socket lives in a 0700 folder of the user's own (XDG runtime dir or the data dir), so
another user cannot normally create it; these tests simulate it having happened anyway:
a file that is not a socket, a socket "owned" by another uid (the uid check is pointed
at a different uid), and a program listening at the name that does not answer as
MedPlanner. In every case the app must not exit silently (no reminders that day).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from medplanner.gui import single_instance
from medplanner.gui.single_instance import acquire, socket_path

posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix sockets")


@pytest.fixture(autouse=True)
def _no_runtime_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)


@posix_only
def test_the_socket_is_in_a_private_folder_of_ours(tmp_path: Path, qapp: QApplication) -> None:
    data = tmp_path / "household"
    instance = acquire(data)
    assert instance is not None and instance.problem is None
    try:
        where = Path(socket_path(data))
        assert where.parent == data and stat.S_ISSOCK(where.lstat().st_mode)
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert not str(where).startswith("/tmp/medplanner")
    finally:
        instance.close()


@posix_only
def test_a_private_runtime_dir_is_used(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short runtime dir, as a real one is (/run/user/UID): under pytest's numbered
    # tmp_path a socket's path can pass the length a Unix socket allows.
    runtime = Path(tempfile.mkdtemp(prefix="mp-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    try:
        assert Path(socket_path(tmp_path / "d")).parent == runtime / "medplanner"
        assert stat.S_IMODE((runtime / "medplanner").stat().st_mode) == 0o700
        runtime.chmod(0o755)  # not private: not used
        assert Path(socket_path(tmp_path / "d")).parent == tmp_path / "d"
    finally:
        shutil.rmtree(runtime)


@posix_only
def test_a_file_at_the_name_is_reported_not_removed(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "household"
    data.mkdir(mode=0o700)
    squatter = Path(socket_path(data))
    squatter.write_text("not ours")
    instance = acquire(data)
    assert instance is not None  # not None: the app keeps running (reminders on)
    assert instance.problem is not None and "not MedPlanner's" in instance.problem
    assert "keeps running" in capsys.readouterr().err
    assert squatter.read_text() == "not ours"


@posix_only
def test_another_users_socket_at_the_name_is_reported(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "household"
    data.mkdir(mode=0o700)
    stranger = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        stranger.bind(socket_path(data))
        stranger.listen(1)
        monkeypatch.setattr(single_instance, "_uid", lambda: os.getuid() + 4242)
        instance = acquire(data)
        assert instance is not None and instance.problem is not None
        assert "another user's socket" in instance.problem
    finally:
        stranger.close()


@posix_only
def test_a_peer_of_another_uid_is_not_taken_for_us(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = socket.socketpair()
    with a, b:
        assert single_instance.peer_uid(a.fileno()) == os.getuid()
        assert single_instance._same_user(a.fileno())
        monkeypatch.setattr(single_instance, "_uid", lambda: os.getuid() + 4242)
        assert not single_instance._same_user(a.fileno())


STRANGER_RUN = r"""
import json, socket, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from medplanner.gui import app
from medplanner.gui.single_instance import socket_path

data = Path(sys.argv[1])
data.mkdir(mode=0o700)
stranger = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # listens, never answers
stranger.bind(socket_path(data))
stranger.listen(4)
seen = {"reminders": False}
original = app.Shell.start_reminders

def start_reminders(self):
    original(self)
    seen["reminders"] = self.controller is not None
    QTimer.singleShot(0, self.window.quit)

app.Shell.start_reminders = start_reminders

def ready(window):
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    seen["dialog"] = [b.text() for b in boxes]

seen["rc"] = app.run(False, data_dir=data, on_ready=ready)
print(json.dumps(seen))
"""


@posix_only
def test_the_app_keeps_running_reminders_when_a_stranger_holds_the_name(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("XDG_RUNTIME_DIR", None)
    env.pop("MEDPLANNER_HOME", None)
    out = subprocess.run(
        [sys.executable, "-c", STRANGER_RUN, str(tmp_path / "household")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["rc"] == 0 and seen["reminders"] is True
    assert any("does not answer as MedPlanner" in text for text in seen["dialog"])
    assert "does not answer as MedPlanner" in out.stderr and "keeps running" in out.stderr
    assert "Traceback" not in out.stderr
