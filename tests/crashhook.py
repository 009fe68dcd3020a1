"""Stop a process at a chosen phase of a dose-log write, so a test can SIGKILL it right there.

Crash tests used to kill writers after random delays, which made them measure the
machine's speed: on a busy machine most kills landed before the writer had even opened
the database. Here the writer itself says where it is. :func:`install` makes every new
SQLite connection of this process a :class:`HookedConnection`; when the write that
inserts the ``CRASH_TXN``-th batch of dose events reaches ``CRASH_PHASE``, the process
writes ``phase NAME`` to the file descriptor ``CRASH_FD`` and blocks until it is killed.

Phases (environment ``CRASH_PHASE``):

* ``before-begin`` — the next write transaction is about to begin (nothing of it written);
* ``inside`` — the events are inserted, ``COMMIT`` not yet run;
* ``after-commit`` — ``COMMIT`` returned, nothing printed or returned to the caller yet.

Test-only code: nothing in ``medplanner`` knows about it.
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import threading
from dataclasses import dataclass
from typing import Any

PHASES = ("before-begin", "inside", "after-commit")

_real_connect = sqlite3.connect


class _State:
    phase = ""
    target = 0  # the n-th write transaction that inserts dose events (1-based)
    fd = -1
    committed = 0  # event-inserting transactions committed so far
    inserting = False  # the open transaction has inserted events


def _stop_here() -> None:
    os.write(_State.fd, f"phase {_State.phase}\n".encode())
    threading.Event().wait()  # until SIGKILL


class HookedConnection(sqlite3.Connection):
    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        statement = " ".join(sql.split()).upper()
        at_target = _State.committed == _State.target - 1
        if statement.startswith("BEGIN"):
            _State.inserting = False
            if _State.phase == "before-begin" and at_target:
                _stop_here()
        elif statement.startswith("INSERT INTO EVENTS"):
            _State.inserting = True
        elif statement == "COMMIT" and _State.inserting and _State.phase == "inside" and at_target:
            _stop_here()
        cursor = super().execute(sql, *args)
        if statement == "COMMIT" and _State.inserting:
            _State.inserting = False
            _State.committed += 1
            if _State.phase == "after-commit" and _State.committed == _State.target:
                _stop_here()
        return cursor


def install() -> None:
    """Hook this process's future SQLite connections, if ``CRASH_PHASE`` asks for it."""
    phase = os.environ.get("CRASH_PHASE", "")
    if phase in ("", "none"):
        return
    if phase not in PHASES:
        raise SystemExit(f"CRASH_PHASE must be one of {PHASES}, not {phase!r}")
    _State.phase = phase
    _State.target = int(os.environ.get("CRASH_TXN", "1"))
    _State.fd = int(os.environ["CRASH_FD"])

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", HookedConnection)
        return _real_connect(*args, **kwargs)

    sqlite3.connect = connect  # type: ignore[assignment]


#: Only a hung child ever waits this long: a guard against a stuck test, not a speed limit.
HUNG_AFTER_S = 600


def read_phase(fd: int) -> str | None:
    """The phase line the child wrote to the pipe ``fd`` (None: it ended without one).

    Waits for an event (the child's line, or the pipe closing as the child ends), not for
    a time: only a child hung for :data:`HUNG_AFTER_S` makes it give up.
    """
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], HUNG_AFTER_S)
        if not ready:
            raise AssertionError(f"the child wrote no phase line in {HUNG_AFTER_S} s: hung")
        chunk = os.read(fd, 64)
        if not chunk:
            return None
        data += chunk
    return data.decode().split()[1]


@dataclass
class Outcome:
    reached: str | None  # the phase the child stopped at and was killed in (None: ran to its end)
    returncode: int
    out: str


def run_to_phase(cmd: list[str], env: dict[str, str], phase: str, txn: int = 1) -> Outcome:
    """Run ``cmd`` (a process that calls :func:`install`); SIGKILL it once it reports
    ``phase`` at its ``txn``-th dose-event write. A child that never gets there (it wrote
    no events, or fewer) runs to its end and is not killed."""
    read_end, write_end = os.pipe()
    child_env = dict(env, CRASH_PHASE=phase, CRASH_TXN=str(txn), CRASH_FD=str(write_end))
    proc = subprocess.Popen(
        cmd,
        env=child_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)  # the child holds the only write end: EOF when it ends
    try:
        reached = read_phase(read_end)
    finally:
        os.close(read_end)
    if reached is not None:
        proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=HUNG_AFTER_S)
    if reached is not None:
        assert proc.returncode == -signal.SIGKILL, "the child ended before it was killed"
    return Outcome(reached, proc.returncode, out.decode("utf-8", "replace"))
