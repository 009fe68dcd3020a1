"""One running MedPlanner per data dir: a second start raises the first window instead.

Two schedulers on one household would remind twice, so the second process must not start
one. The first instance listens on a ``QLocalServer`` (a Unix socket or a Windows named
pipe — never TCP). The socket lives in a 0700 folder of the user's own — the XDG runtime
dir when it is set and private, else the data dir — never in a shared temporary folder
where another local user could create the name first. Its name is derived from the data
dir, so two households on one machine (two ``MEDPLANNER_HOME``) do not collide. The demo
(``medplanner --demo``) has its own name beside the real data's (``demo=True``): one demo
runs one reminder engine, and it never stands in for the real app or the real app for it.
The demo never touches the real data dir: its lock (and socket, without a private runtime
dir) live in the private runtime dir, else in a 0700 ``medplanner-demo-<uid>`` folder of
the system's temporary dir (one another user made first is refused: the demo then runs
unguarded).

A second instance connects, checks that the peer is the same user (``SO_PEERCRED`` on
Linux), says "raise", and quits once the first one answers that it is MedPlanner. The
first one likewise ignores a peer of another uid. Something else at the name (a file that
is not a socket, another user's socket, a program that does not answer like MedPlanner)
is *not* us: then this instance keeps running its reminders without the single-instance
guard, and says why (:attr:`SingleInstance.problem`: a line on stderr and a dialog).

The first instance holds an exclusive ``flock`` on a lock file (in the private runtime dir
when there is one, else beside the socket's folder) for as long as it runs; the kernel lets
go of it when the process ends, however it ends. Taking it costs a system call, so the app
takes it before its first paint and starts the ``QLocalServer`` (QtNetwork, ~25-40 ms to
load) only after it (:meth:`SingleInstance.listen`, issue 20). Only a start that finds the
lock held imports QtNetwork at once: it connects and asks for the window, waiting up to
:data:`LOCK_WAIT_MS` for a first instance that has not started listening yet. Holding the
lock also makes check-then-listen atomic: a socket of ours left by a crashed instance
(nobody answers it) is removed by the next holder. Where ``flock`` does not exist
(Windows), a ``QLockFile`` held only while acquiring makes it atomic instead, and the
server starts at once.

Why it stays one module of a little over 400 lines: the names, the private folders, the
lock and the socket handshake are one security rule (nothing of ours in a folder another
user can write; nothing answered that is not this user's MedPlanner), and the tests that
check that rule replace its parts (the uid, the peer check, the call to the running one)
where they are used, here.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QCryptographicHash, QObject, Signal

from medplanner import datahome as paths
from medplanner.core.errors import MedPlannerError

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
ACK = b"medplanner\n"
LOCK_NAME = "instance.lock"
#: The lock the running instance holds for its whole life (``flock``), in its folder.
HELD_NAME = "instance.held"
_DEMO = "-demo"
CONNECT_MS = 1000
#: How long a second start waits for the first to answer: a hang guard for a busy
#: machine, only ever waited out in full when something that is not MedPlanner listens.
ANSWER_MS = 5000
LOCK_WAIT_MS = 5000
#: How often a second start tries again to reach a first that is not listening yet.
RETRY_MS = 50
#: sun_path holds 108 bytes on Linux, 104 on macOS.
MAX_SOCKET_PATH = 103


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _user() -> str:
    """This user, for the instance's name: the uid, else (Windows) the login name."""
    uid = _uid()
    if uid is not None:
        return str(uid)
    import getpass  # here: only where there is no uid

    return getpass.getuser()


def server_name(data_dir: Path, *, demo: bool = False) -> str:
    """``medplanner-<hash of the user and the resolved data dir>`` (``-demo`` after it for
    the demo's instance)."""
    user = _user()
    # SHA-256 by Qt, the same digest as hashlib's: importing hashlib loads OpenSSL, ~5 ms
    # before the first paint (issue 20)
    data = f"{user}\0{data_dir.resolve()}".encode()
    whole = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    digest = bytes(whole.toHex().data()).decode("ascii")[:20]
    return f"medplanner-{digest}{_DEMO if demo else ''}"


def _private_runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR/medplanner`` when the runtime dir is set, ours and 0700."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not runtime or not os.path.isabs(runtime):
        return None
    try:
        info = os.stat(runtime)
        uid = _uid()
        if not stat.S_ISDIR(info.st_mode) or info.st_mode & 0o077:
            return None
        if uid is not None and info.st_uid != uid:
            return None
        return paths.ensure_private_dir(Path(runtime) / "medplanner")
    except (OSError, MedPlannerError):
        return None


def _demo_dir() -> Path:
    """Where the demo keeps its lock (and its socket without a runtime dir): never the
    real data dir."""
    runtime = _private_runtime_dir()
    if runtime is not None:
        return runtime
    import tempfile

    return paths.ensure_private_dir(Path(tempfile.gettempdir()) / f"medplanner-demo-{_user()}")


def socket_path(data_dir: Path, *, demo: bool = False) -> str:
    """Where the instance socket of ``data_dir`` (or of its demo) lives (a full path on
    POSIX)."""
    name = server_name(data_dir, demo=demo)
    if os.name != "posix":
        return name  # a named pipe, private to the user's session
    runtime = _private_runtime_dir()
    if runtime is not None:
        candidate = runtime / f"{name.removeprefix('medplanner-')}.sock"
        if len(os.fsencode(candidate)) <= MAX_SOCKET_PATH:
            return str(candidate)
    if demo:
        return str(_demo_dir() / f"{name.removeprefix('medplanner-')}.sock")
    return str(data_dir.absolute() / "instance.sock")


def peer_uid(descriptor: int) -> int | None:
    """The uid of the process at the other end of a Unix socket (None: cannot tell)."""
    import socket  # here, not at the top: the first start of the day never needs it
    import struct

    if descriptor < 0 or not hasattr(socket, "SO_PEERCRED"):
        return None
    try:
        with socket.socket(fileno=os.dup(descriptor)) as sock:
            raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    return int(struct.unpack("3i", raw)[1])


def _same_user(descriptor: int) -> bool:
    uid, peer = _uid(), peer_uid(int(descriptor))
    return uid is None or peer is None or peer == uid


class SingleInstance(QObject):
    """The first instance's listening end; ``activated`` means "show your window".

    ``problem`` is set (and nothing listens) when the name is held by something that is
    not this user's MedPlanner: the app then runs on, unguarded, and says so.
    """

    activated = Signal()

    def __init__(
        self,
        server: QLocalServer | None,
        name: str,
        problem: str | None = None,
        *,
        held: int | None = None,
    ) -> None:
        super().__init__()
        self.name = name
        self.problem = problem
        self._server = server
        #: The descriptor of the lock file this instance holds (``flock``), if any.
        self._held = held
        #: True until :meth:`listen` starts the server of a lock holder.
        self.pending = held is not None and server is None and problem is None
        if server is not None:
            self._serve(server)

    def _serve(self, server: QLocalServer) -> None:
        self._server = server
        server.setParent(self)
        server.newConnection.connect(self._on_connection)

    def listen(self) -> None:
        """Start the server (the lock holder, once its window is painted); sets
        :attr:`problem` when something that is not MedPlanner holds the name."""
        if not self.pending:
            return
        self.pending = False
        from PySide6.QtNetwork import QLocalServer

        taken = _foreign_holder(self.name, answered=False)
        if taken is not None:
            self.problem = _unguarded(self.name, taken).problem
            return
        QLocalServer.removeServer(self.name)  # our own crashed instance's socket, if any
        server = _server(self.name)
        if isinstance(server, str):
            self.problem = _unguarded(self.name, server).problem
            return
        self._serve(server)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.setParent(self)
            if not _same_user(int(sock.socketDescriptor())):
                log.warning("single instance: a connection from another user was refused")
                sock.abort()
                sock.deleteLater()
                continue
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll().data())
        asked = RAISE.strip() in data
        if asked:
            sock.write(ACK)
            sock.flush()
            if sock.bytesToWrite():
                sock.waitForBytesWritten(CONNECT_MS)
        sock.disconnectFromServer()
        if asked:
            self.activated.emit()

    def close(self) -> None:
        """Stop listening (the socket file goes away with it) and let go of the lock."""
        self.pending = False
        if self._server is not None:
            self._server.close()
        if self._held is not None:
            os.close(self._held)  # closing the descriptor releases its flock
            self._held = None


def acquire(data_dir: Path, *, demo: bool = False, listen: bool = True) -> SingleInstance | None:
    """Become the one instance for ``data_dir``, or tell the running one to raise its
    window and return None (the caller then exits without starting a scheduler).
    ``demo``: the one demo for ``data_dir`` (its data lives in a throw-away folder;
    ``data_dir`` only names it and is not created). ``listen=False``: the lock is taken
    but the server starts only when :meth:`SingleInstance.listen` is called (the app: after
    its first paint).

    Needs a ``QCoreApplication``; may block for up to a few seconds while another
    instance is starting at the same moment.
    """
    try:
        home = _demo_dir() if demo else paths.ensure_private_dir(data_dir)
        name = socket_path(data_dir, demo=demo)
    except (OSError, MedPlannerError):
        return SingleInstance(None, server_name(data_dir, demo=demo))  # opening says why
    held = _hold(_held_path(home, data_dir, demo=demo))
    if held is not None:
        instance = SingleInstance(None, name, held=held)
        if listen:
            instance.listen()
        return instance
    if _flock_available():  # another instance holds the lock: it is (or is about to be) up
        return _ask_holder(name)
    return _acquire_with_lock_file(home, name, data_dir, demo=demo)


def _flock_available() -> bool:
    try:
        import fcntl  # noqa: F401  (POSIX only)
    except ImportError:  # pragma: no cover - Windows
        return False
    return True


def _held_path(home: Path, data_dir: Path, *, demo: bool) -> Path:
    """The lock file the running instance holds: in the private runtime dir when there is
    one (named after the instance), else in ``home`` (the data dir, or the demo's folder)."""
    runtime = _private_runtime_dir()
    if runtime is not None:
        return runtime / f"{server_name(data_dir, demo=demo).removeprefix('medplanner-')}.held"
    return home / (f"{server_name(data_dir, demo=True)}.held" if demo else HELD_NAME)


def _hold(path: Path) -> int | None:
    """The descriptor of ``path`` with an exclusive ``flock`` on it, or None (held by
    another process, or no ``flock`` here, or the file cannot be opened)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        log.warning("could not open %s: %s", path, exc)
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _ask_holder(name: str) -> SingleInstance | None:
    """The lock is held by a running instance: ask it to raise its window (None), waiting
    up to :data:`LOCK_WAIT_MS` for one that has not started listening yet."""
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(LOCK_WAIT_MS)
    while True:
        taken = _foreign_holder(name)
        if taken is not None:
            return _unguarded(name, taken)
        if _tell_running(name):
            return None
        if deadline.hasExpired():
            break
        QCoreApplication.processEvents()
        QThread.msleep(RETRY_MS)
    taken = _foreign_holder(name, answered=False)
    return _unguarded(
        name,
        taken
        or QCoreApplication.translate(
            "SingleInstance",
            "another MedPlanner holds the instance lock but does not answer at {name}",
        ).format(name=name),
    )


def _server(name: str) -> QLocalServer | str:
    """A ``QLocalServer`` listening on ``name`` (this user only), or why it cannot."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    with paths.private_umask():
        listening = server.listen(name)
    if not listening:
        return QCoreApplication.translate(
            "SingleInstance", "MedPlanner cannot listen on {name} ({error})"
        ).format(name=name, error=server.errorString())
    return server


def _acquire_with_lock_file(
    home: Path, name: str, data_dir: Path, *, demo: bool
) -> SingleInstance | None:
    """Without ``flock`` (Windows): check-then-listen under a ``QLockFile`` held only
    while acquiring; the server starts at once."""
    from PySide6.QtCore import QLockFile
    from PySide6.QtNetwork import QLocalServer

    lock_path = home / (f"{server_name(data_dir, demo=True)}.lock" if demo else LOCK_NAME)
    with paths.private_umask():  # the lock file is ours alone too
        lock = QLockFile(str(lock_path))
        locked = lock.tryLock(LOCK_WAIT_MS)
    if not locked:
        log.warning("could not lock %s: %s", lock_path, lock.error())
    try:
        taken = _foreign_holder(name)
        if taken is None:
            if _tell_running(name):
                return None
            taken = _foreign_holder(name, answered=False)
        if taken is not None:
            return _unguarded(name, taken)
        QLocalServer.removeServer(name)  # our own crashed instance's socket, if any
        server = _server(name)
        if isinstance(server, str):
            return _unguarded(name, server)
        return SingleInstance(server, name)
    finally:
        if lock.isLocked():
            lock.unlock()


def _unguarded(name: str, why: str) -> SingleInstance:
    problem = QCoreApplication.translate(
        "SingleInstance",
        "{why}. MedPlanner keeps running and reminding, but cannot tell whether another "
        "MedPlanner is open on the same data: close any other one to avoid double reminders.",
    ).format(why=why)
    print(f"medplanner: {problem}", file=sys.stderr)
    return SingleInstance(None, name, problem)


def _foreign_holder(name: str, *, answered: bool | None = None) -> str | None:
    """Why ``name`` is held by something that is not this user's MedPlanner, or None.

    ``answered=False``: we connected and nobody answered as MedPlanner; a socket of ours
    nobody listens on is a crashed instance's leftover (None: it may be removed).
    """
    if os.name != "posix":
        return None
    try:
        info = os.lstat(name)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return QCoreApplication.translate(
            "SingleInstance", "the instance name {name} cannot be checked ({error})"
        ).format(name=name, error=exc.strerror)
    uid = _uid()
    if not stat.S_ISSOCK(info.st_mode):
        return QCoreApplication.translate(
            "SingleInstance", "the instance name {name} is taken by a file that is not MedPlanner's"
        ).format(name=name)
    if uid is not None and info.st_uid != uid:
        return QCoreApplication.translate(
            "SingleInstance",
            "the instance name {name} is taken by another user's socket (uid {uid})",
        ).format(name=name, uid=info.st_uid)
    if answered is False and _someone_listens(name):
        return QCoreApplication.translate(
            "SingleInstance",
            "the instance name {name} is held by a program that does not answer as MedPlanner",
        ).format(name=name)
    return None


def _someone_listens(name: str) -> bool:
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_MS / 1000)
            probe.connect(name)
    except OSError:
        return False
    return True


def _tell_running(name: str) -> bool:
    """Ask the running MedPlanner to raise its window; True once it answered as ours."""
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(CONNECT_MS):
        return False
    try:
        if not _same_user(int(sock.socketDescriptor())):
            return False
        sock.write(RAISE)
        sock.waitForBytesWritten(CONNECT_MS)
        answer = b""
        while len(answer) < len(ACK) and sock.waitForReadyRead(ANSWER_MS):
            answer += bytes(sock.readAll().data())
        return answer.startswith(ACK)
    finally:
        sock.abort()
