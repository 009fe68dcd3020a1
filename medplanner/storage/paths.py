"""Where the data lives, and keeping it private to its user.

Everything under the data dir is health data: the dir is 0700 and every file 0600. A
restrictive umask is set while files are created (so SQLite's -wal/-shm and our temp
files are never readable by others even for a moment) and modes are then set explicitly,
because a umask cannot tighten a file that already existed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path

from medplanner.core.i18n import _
from medplanner.storage.errors import InvalidValue, StorageError

HOME_ENV = "MEDPLANNER_HOME"
DB_NAME = "medplanner.db"
BACKUPS_DIR = "backups"
SIDECARS = ("-wal", "-shm", "-journal")

DIR_MODE = 0o700
FILE_MODE = 0o600
_PRIVATE_UMASK = 0o077


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$MEDPLANNER_HOME`` when set (contract §2), else the platform's user data dir."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "")
    if home:
        return Path(home).expanduser().absolute()
    import platformdirs  # here: importing it costs 10-25 ms, and only this needs it

    return Path(platformdirs.user_data_dir("MedPlanner", appauthor=False))


_default_data_dir = data_dir


def db_path(directory: Path) -> Path:
    return directory / DB_NAME


def backups_dir(directory: Path) -> Path:
    return directory / BACKUPS_DIR


def free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.db``, or ``stem-2.db``, ``stem-3.db``…: a backup never overwrites one."""
    candidate = folder / f"{stem}.db"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.db"
        number += 1
    return candidate


def sidecar(path: Path, suffix: str) -> Path:
    """SQLite's companion file of ``path`` (``-wal``, ``-shm``, ``-journal``)."""
    return path.with_name(path.name + suffix)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Create files as 0600 / dirs as 0700 inside the block.

    The umask is process-wide: keep the block short (it covers file creation only).
    """
    old = os.umask(_PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(old)


class UnsafeFolder(StorageError):
    """A folder others could change under us (group/world-writable, or not ours)."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            _("MedPlanner will not keep health data there: {problem}.").format(problem=problem)
        )


def loose_dir_problem(path: Path) -> str | None:
    """Why an existing folder is not private enough to hold health data (None: it is)."""
    if os.name != "posix":
        return None
    info = path.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return _(
            "the folder {path} belongs to another user; use a folder of your own "
            "(or set {HOME_ENV} to one)"
        ).format(path=path, HOME_ENV=HOME_ENV)
    if info.st_mode & 0o022:
        return _(
            "the folder {path} can be changed by other users (mode {st_mode:o}); "
            "make it private with: chmod 700 '{path}'"
        ).format(path=path, st_mode=stat.S_IMODE(info.st_mode))
    return None


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) 0700 whatever the umask, or check an existing one.

    An existing folder is never chmodded: one that others can write to (or another user's)
    raises :class:`UnsafeFolder` with a message saying how to fix it.
    """
    if path.is_symlink() or path.exists():
        if not path.is_dir():
            raise UnsafeFolder(_("{path} is not a folder").format(path=path))
        problem = loose_dir_problem(path)
        if problem is not None:
            raise UnsafeFolder(problem)
        return path
    with private_umask():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(DIR_MODE)  # ours: just made (mkdir's mode is masked by the umask)
    return path


def make_private(path: Path) -> None:
    """chmod 0600 ``path`` and any SQLite sidecar of it that exists."""
    if os.name != "posix":
        return
    for candidate in (path, *(sidecar(path, s) for s in SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            candidate.chmod(FILE_MODE)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (no-op where dirs cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_private(source: Path, dest: Path, *, max_bytes: int | None = None) -> None:
    """Copy bytes to a new private file, fsynced; refuse more than ``max_bytes``.

    Used where SQLite cannot be trusted to read the source (a damaged database being set
    aside) and to take a private snapshot of a file before checking it.
    """
    chunk = 1 << 20
    copied = 0
    with private_umask(), source.open("rb") as src, dest.open("xb") as out:
        while block := src.read(chunk):
            copied += len(block)
            if max_bytes is not None and copied > max_bytes:
                raise ValueError(f"{source} is larger than {max_bytes} bytes")
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    make_private(dest)


class UnsafeTarget(InvalidValue):
    """A file the person named that MedPlanner must not write (message says why)."""


def check_user_target(target: Path | str, data_dir: Path | None = None) -> Path:
    """Refuse a target the person named (``export -o``, ``backup FILE``, a save dialog)
    that is a symlink, not a regular file, or inside the data dir (also via ``..`` or a
    symlinked folder). Returns the absolute path to write; raises :class:`UnsafeTarget`.
    """
    path = Path(target).expanduser().absolute()
    home = (data_dir if data_dir is not None else _default_data_dir()).absolute()

    def refuse(why: str) -> UnsafeTarget:
        return UnsafeTarget(_("{path} cannot be written: {why}").format(path=path, why=why))

    if path.is_symlink():
        raise refuse(_("it is a symbolic link (name the file itself)"))
    if path.exists() and not path.is_file():
        raise refuse(_("it is not a regular file"))
    parent = path.parent
    if not parent.is_dir():
        raise refuse(_("the folder {parent} does not exist").format(parent=parent))
    real_parent = parent.resolve()
    real_home = home.resolve()
    if real_parent == real_home and path.name.startswith(DB_NAME):
        raise refuse(_("it is the dose log itself"))
    if real_parent == real_home or real_home in real_parent.parents:
        raise refuse(
            _("it is inside MedPlanner's data folder {home}; choose a file elsewhere").format(
                home=home
            )
        )
    return real_parent / path.name


def unique_tag() -> str:
    """12 random hex digits for a temporary file's name: ``os.urandom``, as
    :func:`secrets.token_hex` reads it (importing :mod:`secrets` brings :mod:`hmac` and
    OpenSSL: ~5-10 ms of the app's first paint and of every command, issue 20)."""
    return os.urandom(6).hex()


def write_atomic(path: Path, data: bytes) -> Path:
    """The one writer: a new 0600 temp file in the target's folder, fsync, rename, fsync dir.

    A kill or a full disk leaves the old file as it was (never a 0-byte one); the temp file
    is removed on any error. The file that ends up at ``path`` is always one MedPlanner
    created, so no file of anyone else's is ever chmodded.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{unique_tag()}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, FILE_MODE)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # ours, just made: whatever the umask was
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return path


def write_user_file(target: Path | str, data: bytes, *, data_dir: Path | None = None) -> Path:
    """Write a file the person named, after :func:`check_user_target`; returns its path."""
    return write_atomic(check_user_target(target, data_dir), data)


def write_private_text(path: Path | str, text: str, *, data_dir: Path | None = None) -> Path:
    """A file the person named, as UTF-8 text (exports are health data: 0600)."""
    return write_user_file(path, text.encode("utf-8"), data_dir=data_dir)
