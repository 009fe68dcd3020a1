"""Backups: a copy to a chosen file, a rotating daily set, and restore.

Restore replaces a person's whole dose log, so it goes in this order: (1) snapshot the
chosen file into a private file beside the database, (2) validate that snapshot fully
(:mod:`~medplanner.storage.validate`), so the bytes checked are the bytes installed,
(3) set the current database aside in the backups folder, (4) rename the snapshot over the
database. Until step 4, one atomic rename, nothing the person had is changed, and the
database that was replaced is never deleted.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from medplanner.core.i18n import _
from medplanner.core.record import Record, replace
from medplanner.storage import cleanclose, db, paths, validate
from medplanner.storage.errors import (
    InvalidBackup,
    InvalidValue,
    StorageBusy,
    StorageError,
    StorageFailure,
)
from medplanner.storage.repository import Store
from medplanner.storage.validate import BackupInfo

DAILY_KEEP = 7
_DAILY = re.compile(r"medplanner-\d{4}-\d{2}-\d{2}\.db")


class RestoreResult(Record):
    """What was restored, and where the database it replaced was kept (None: there was none)."""

    restored: BackupInfo
    previous: Path | None


def backup(store: Store, dest: Path) -> Path:
    """``medplanner backup FILE``: a complete, verified, private (0600) copy at ``dest``."""
    dest = dest.expanduser().absolute()
    if dest.is_dir() and not dest.is_symlink():
        raise InvalidValue(
            _("{dest} is a folder: give the name of the backup file to write.").format(dest=dest)
        )
    return store.copy_to(paths.check_user_target(dest, store.data_dir))


def ensure_daily_backup(store: Store, today: date, *, keep: int = DAILY_KEEP) -> Path | None:
    """Make today's backup unless it exists; keep the ``keep`` newest daily ones.

    Returns the new backup's path, or None when today's was already made. Only files
    named like a daily backup are ever deleted, never one kept before a restore or a
    migration.
    """
    if keep < 1:
        raise ValueError("keep at least one daily backup")
    folder = paths.backups_dir(store.data_dir)
    target = folder / f"medplanner-{today.isoformat()}.db"
    try:
        paths.ensure_private_dir(folder)
        made = None if target.exists() else store.copy_to(target)
        dailies = sorted(p for p in folder.iterdir() if _DAILY.fullmatch(p.name))
        for old in dailies[: max(len(dailies) - keep, 0)]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageFailure(folder, exc.strerror or str(exc)) from None
    return made


def restore(source: Path, *, today: date, data_dir: Path | None = None) -> RestoreResult:
    """``medplanner restore FILE``: validate ``source`` fully, then make it the database.

    A bad file raises :class:`InvalidBackup` and changes nothing. No MedPlanner may have
    the database open meanwhile (:class:`StorageBusy` otherwise).
    """
    directory = data_dir if data_dir is not None else paths.data_dir()
    source = source.expanduser().absolute()
    live = paths.db_path(directory)
    if live.exists() and source.exists() and source.samefile(live):
        raise InvalidBackup(source, _("it is the dose log itself"))
    problem = validate.precheck(source)
    if problem is not None:
        raise InvalidBackup(source, problem)
    try:
        paths.ensure_private_dir(directory)
        folder = paths.ensure_private_dir(paths.backups_dir(directory))
    except OSError as exc:
        raise StorageFailure(directory, exc.strerror or str(exc)) from None
    snapshot = directory / f".restore-{paths.unique_tag()}.db"
    try:
        validate.take_snapshot(source, snapshot)
        info = validate.check_snapshot(snapshot, shown_as=source)
        previous = _set_aside(live, folder, today) if live.exists() else None
        cleanclose.forget(live)  # the next open reads every page of the restored file
        snapshot.replace(live)
        paths.fsync_dir(directory)
        paths.make_private(live)
    except OSError as exc:
        raise StorageFailure(directory, exc.strerror or str(exc)) from None
    finally:
        validate.remove_with_sidecars(snapshot)
    return RestoreResult(replace(info, path=live), previous)


def _set_aside(live: Path, folder: Path, today: date) -> Path:
    """Keep the current database in ``folder``; leave ``live`` with no -wal to replay.

    A sound database is switched out of WAL mode (which fails while another MedPlanner
    holds it) and copied with the backup API. A damaged one is copied byte for byte, with
    its -wal or -journal, exactly as it was.
    """
    dest = paths.free_name(folder, f"medplanner-{today.isoformat()}-before-restore")
    try:
        conn = db.connect(live)
    except sqlite3.Error:
        conn = None
    if conn is not None:
        try:
            if _sound(conn):
                # Leaving WAL mode needs the only connection: another MedPlanner makes it
                # fail here, before anything changed. It folds the -wal into the file.
                conn.execute("PRAGMA journal_mode = DELETE")
                db.copy_database(conn, dest)
                return dest
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise StorageBusy(live) from None
            raise StorageFailure(live, str(exc)) from None
        except db.DatabaseProblem as exc:
            raise StorageError(
                _("The dose log could not be set aside: {problem}.").format(problem=exc.problem)
            ) from None
        finally:
            conn.close()
    paths.copy_private(live, dest)
    for suffix in ("-wal", "-journal"):
        if paths.sidecar(live, suffix).exists():
            paths.copy_private(paths.sidecar(live, suffix), paths.sidecar(dest, suffix))
    for suffix in paths.SIDECARS:
        paths.sidecar(live, suffix).unlink(missing_ok=True)
    return dest


def _sound(conn: sqlite3.Connection) -> bool:
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False
