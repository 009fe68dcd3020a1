"""SQLite plumbing: connections, transactions, creating, checking and copying databases.

Three rules keep the dose log whole. A new database is built under a temporary name and
linked into place only once complete, so a crash never leaves a half-made one. A database
that fails its checks is never written to, "repaired" or replaced here: the caller turns
:class:`DatabaseProblem` into advice about backups. Every copy is made with SQLite's online
backup API into a temporary file that is checked, fsynced and renamed into place.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from medplanner.core.i18n import _
from medplanner.storage import paths
from medplanner.storage.schema import (
    APPLICATION_ID,
    LATEST_VERSION,
    apply_migrations,
    schema_problems,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_HEADER_BYTES = 100


class DatabaseProblem(Exception):
    """Why a database file cannot be used (internal: callers add backup advice)."""

    def __init__(self, problem: str, newer_version: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.newer_version = newer_version


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the settings every MedPlanner connection uses.

    Transactions are explicit (``isolation_level=None``): see :func:`transaction`.
    ``trusted_schema = OFF`` keeps a hostile file's schema from calling functions.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of the block is saved, or none of it.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so two writers queue (busy
    timeout) instead of failing half-way when one upgrades a read lock.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def raw_problem(path: Path, *, strict: bool, max_bytes: int | None = None) -> str | None:
    """What is wrong with the file's bytes, before SQLite is let near it (None: nothing seen).

    A zero-length file would be taken by SQLite for an empty database and filled with a new
    schema; here it is damage. ``strict`` also checks the size against the header's page
    count; that only holds for a file without a write-ahead log (a backup), never for the
    live database, whose -wal may legitimately be ahead of the main file.
    """
    try:
        info = path.stat()
        if not path.is_file():
            return _("it is not a regular file")
        if info.st_size == 0:
            return _("the file is empty (0 bytes)")
        if max_bytes is not None and info.st_size > max_bytes:
            return _(
                "it is {st_size} MB; a MedPlanner backup is at most {max_bytes} MB "
                "(no dose log comes near that)"
            ).format(st_size=_mb(info.st_size), max_bytes=_mb(max_bytes))
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as exc:
        return _("it cannot be read ({exc})").format(exc=exc.strerror or exc)
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        return _("it is not a MedPlanner database (not an SQLite file at all)")
    if strict:
        return _size_problem(header, info.st_size)
    return None


def _mb(size: int) -> int:
    return -(-size // 1_000_000)


def _size_problem(header: bytes, size: int) -> str | None:
    if len(header) < _HEADER_BYTES:
        return _("it is truncated ({size} bytes, less than a database header)").format(size=size)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return _("its header is damaged (impossible page size)")
    if size % page_size:
        return _("it is truncated or padded ({size} bytes is not a whole number of pages)").format(
            size=size
        )
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == header[24:28] and pages * page_size > size:
        return _("it is truncated ({size} bytes of the {page_size} it should have)").format(
            size=size, page_size=pages * page_size
        )
    return None


def check_database(conn: sqlite3.Connection, *, full: bool, pages: bool = True) -> int:
    """Check that ``conn`` is a sound MedPlanner database; return its version.

    Always: the application id, the version and the schema whitelist. ``pages`` runs
    ``quick_check`` (pages, records, NOT NULL and CHECK constraints): every open does it
    unless the clean-close mark vouches for the file (:mod:`.cleanclose`); ``full`` (for
    backups) runs ``integrity_check`` instead, which also compares every index with its
    table, and the foreign-key check. Raises :class:`DatabaseProblem`; reads only.
    """
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if app_id != APPLICATION_ID or version < 1:
            raise DatabaseProblem(_("it is an SQLite file, but not a MedPlanner database"))
        if version > LATEST_VERSION:
            raise DatabaseProblem(_("it was written by a newer MedPlanner"), newer_version=version)
        problems = schema_problems(conn, version)
        if problems:
            detail = "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
            raise DatabaseProblem(
                _("its tables are not the ones MedPlanner made ({detail})").format(detail=detail)
            )
        if full or pages:
            check = "integrity_check(20)" if full else "quick_check(20)"
            report = [str(row[0]) for row in conn.execute(f"PRAGMA {check}")]
            if report != ["ok"]:
                raise DatabaseProblem(
                    _("it is damaged (SQLite reports: {report})").format(report=report[0])
                )
        if full and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DatabaseProblem(_("it is damaged (entries refer to entries that do not exist)"))
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(describe(exc)) from None
    except UnicodeDecodeError:  # a flipped bit in the schema's text
        raise DatabaseProblem(
            _("it is damaged (its schema holds text that is not UTF-8)")
        ) from None
    return version


def describe(exc: sqlite3.Error) -> str:
    """Words for an SQLite error about a whole file."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_NOTADB:
        return _("it is not a MedPlanner database (not a readable SQLite file)")
    if code == sqlite3.SQLITE_CORRUPT:
        return f"it is damaged ({exc})"
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return _("it cannot be opened ({exc})").format(exc=exc)
    return _("it cannot be read ({exc})").format(exc=exc)


def open_live(path: Path, *, pages: bool = True) -> tuple[sqlite3.Connection, int]:
    """Open (creating if absent) and check the data dir's database; return it and its version.

    ``pages=False`` leaves out ``quick_check``'s walk over every page (see
    :func:`check_database`). Only once the checks pass is the database switched to WAL;
    until then nothing is written to it. Raises :class:`DatabaseProblem`.
    """
    if not path.exists():
        create(path)
    problem = raw_problem(path, strict=False)
    if problem is not None:
        raise DatabaseProblem(problem)
    with paths.private_umask():
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise DatabaseProblem(describe(exc)) from None
        try:
            version = check_database(conn, full=False, pages=pages)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("SELECT count(*) FROM persons").fetchone()  # creates -wal/-shm now
        except sqlite3.Error as exc:
            conn.close()
            raise DatabaseProblem(describe(exc)) from None
        except BaseException:
            conn.close()
            raise
    paths.make_private(path)
    return conn, version


def create(path: Path) -> None:
    """Create a complete, empty database at ``path`` unless one appears there meanwhile."""
    tmp = path.with_name(f".{path.name}.{paths.unique_tag()}.new")
    try:
        with paths.private_umask():
            conn = connect(tmp)
            try:
                with transaction(conn):
                    apply_migrations(conn, 0)
            finally:
                conn.close()
        paths.make_private(tmp)
        paths.fsync_file(tmp)
        _link_no_clobber(tmp, path)
        paths.fsync_dir(path.parent)
    finally:
        for leftover in (tmp, paths.sidecar(tmp, "-journal")):
            leftover.unlink(missing_ok=True)


def _link_no_clobber(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` atomically, keeping a database another process made first."""
    try:
        path.hardlink_to(tmp)
    except FileExistsError:
        return
    except OSError:  # a file system without hard links: a rename, after a last look
        if not path.exists():
            tmp.replace(path)


def copy_database(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database to ``dest`` with the online backup API; return ``dest``.

    The copy is a single self-contained file (rollback-journal mode, no -wal), verified
    with ``integrity_check``, 0600, fsynced, and renamed over ``dest`` only when complete.
    """
    tmp = dest.with_name(f".{dest.name}.{paths.unique_tag()}.tmp")
    try:
        with paths.private_umask():
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                report = target.execute("PRAGMA integrity_check").fetchone()
                if report is None or report[0] != "ok":
                    raise DatabaseProblem(
                        _("the copy did not verify ({report})").format(report=report)
                    )
            finally:
                target.close()
        paths.make_private(tmp)
        paths.fsync_file(tmp)
        tmp.replace(dest)
        paths.fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in _TARGET_ERRORS:  # the copy's disk or folder, not the database
            raise DatabaseProblem(str(exc)) from None
        raise
    except OSError as exc:
        raise DatabaseProblem(exc.strerror or str(exc)) from None
    finally:
        for leftover in (tmp, paths.sidecar(tmp, "-journal")):
            leftover.unlink(missing_ok=True)
    return dest


_TARGET_ERRORS = frozenset(
    (
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
    )
)
