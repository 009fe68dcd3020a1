"""One running MedPlanner per data dir: a second start raises the first window instead.

Two schedulers on one household would remind twice, so the second process must not start
one. The first instance listens on a ``QLocalServer`` (a Unix socket or a Windows named
pipe — never TCP) whose name is derived from the data dir, so two households on one
machine (two ``MEDPLANNER_HOME``) do not collide. A second instance connects, says
"raise" and quits.

Check-then-listen is made atomic with a ``QLockFile`` in the data dir, held only while
acquiring: otherwise two simultaneous starts could both find no server (or both remove a
stale one) and both listen. A server name left by a crashed instance is removed
(``QLocalServer.removeServer``) after a failed connect, under that lock.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
LOCK_NAME = "instance.lock"
CONNECT_MS = 1000
LOCK_WAIT_MS = 5000


def server_name(data_dir: Path) -> str:
    """``medplanner-<user>-<hash of the resolved data dir>`` (short: Unix socket paths are)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"medplanner-{digest}"


class SingleInstance(QObject):
    """The first instance's listening end; ``activated`` means "show your window"."""

    activated = Signal()

    def __init__(self, server: QLocalServer, name: str) -> None:
        super().__init__()
        self.name = name
        self._server = server
        server.setParent(self)
        server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.setParent(self)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll().data())
        if RAISE.strip() in data:
            self.activated.emit()
        sock.disconnectFromServer()

    def close(self) -> None:
        """Stop listening (the socket file goes away with it)."""
        self._server.close()


def acquire(data_dir: Path) -> SingleInstance | None:
    """Become the one instance for ``data_dir``, or tell the running one to raise its
    window and return None (the caller then exits without starting a scheduler).

    Needs a ``QCoreApplication``; may block for up to a few seconds while another
    instance is starting at the same moment.
    """
    name = server_name(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    if not lock.tryLock(LOCK_WAIT_MS):
        log.warning("could not lock %s: %s", data_dir / LOCK_NAME, lock.error())
    try:
        if _tell_running(name):
            return None
        QLocalServer.removeServer(name)  # a crashed instance's leftover, if any
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("single instance: cannot listen on %s: %s", name, server.errorString())
        return SingleInstance(server, name)
    finally:
        if lock.isLocked():
            lock.unlock()


def _tell_running(name: str) -> bool:
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(CONNECT_MS):
        return False
    sock.write(RAISE)
    sock.waitForBytesWritten(CONNECT_MS)
    sock.disconnectFromServer()
    if sock.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        sock.waitForDisconnected(CONNECT_MS)
    return True
