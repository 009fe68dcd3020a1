"""Where the data lives, and keeping it private to its user.

Everything under the data dir is health data: the dir is 0700 and every file 0600. A
restrictive umask is set while files are created (so SQLite's -wal/-shm and our temp
files are never readable by others even for a moment) and modes are then set explicitly,
because a umask cannot tighten a file that already existed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import platformdirs

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
    return Path(platformdirs.user_data_dir("MedPlanner", appauthor=False))


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


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700."""
    with private_umask():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(DIR_MODE)
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


def write_private_text(path: Path | str, text: str) -> None:
    """Write ``text`` owner-only (0600), also over an existing file: exports are health data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(text)
