"""Full validation of a database file that is not the live one: a backup, or a file to restore.

A file handed to restore may be damaged, truncated, from a newer MedPlanner, another
program's database, or built on purpose to do harm. The person's file is only ever read,
as bytes: it is copied into a private snapshot and the snapshot is checked from the bytes
up: SQLite header and size, ``integrity_check``, foreign keys, the exact schema of its
version (no extra table, view or trigger rides along), and every row read back through
the decoders the store uses. Restore then installs that very snapshot, so the bytes
checked are the bytes installed.

The snapshot is opened read-write with ``query_only``: SQLite does not even parse the
CHECK constraints of a database opened read-only (``mode=ro``), so only a writable
connection makes ``integrity_check`` re-test them, and they are what bound every value's
type, length and range. Names full of SQL are just data: every query here is a constant
and values travel as parameters.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.record import Record
from medplanner.storage import db, paths
from medplanner.storage.errors import InvalidBackup
from medplanner.storage.records import (
    SELECT_DIARY,
    SELECT_EVENTS,
    SELECT_STOCK,
    diary_from_row,
    event_from_row,
    from_us,
    name_key,
    sha256_of,
    stock_from_row,
)
from medplanner.storage.schema import LATEST_VERSION

#: No dose log comes near this (150 000 events take about 30 MB). Checked with ``stat``
#: before a byte is read, so a huge (or sparse) file is refused at once.
MAX_BACKUP_BYTES = 200_000_000


class BackupInfo(Record):
    """What a validated file holds."""

    path: Path
    version: int
    persons: int
    plan_versions: int
    events: int


def validate_file(path: Path, *, scratch: Path) -> BackupInfo:
    """Check ``path`` fully without writing to it; raise :class:`InvalidBackup` if unsound.

    ``scratch`` is a private folder for the snapshot (deleted afterwards).
    """
    problem = precheck(path)
    if problem is not None:
        raise InvalidBackup(path, problem)
    snapshot = scratch / f".check-{paths.unique_tag()}.db"
    try:
        take_snapshot(path, snapshot)
        return check_snapshot(snapshot, shown_as=path)
    finally:
        remove_with_sidecars(snapshot)


def take_snapshot(source: Path, snapshot: Path) -> None:
    """Copy ``source`` byte for byte into a new private file (InvalidBackup if too big)."""
    try:
        paths.copy_private(source, snapshot, max_bytes=MAX_BACKUP_BYTES)
    except ValueError:
        limit = MAX_BACKUP_BYTES // 1_000_000
        raise InvalidBackup(
            source, _("it is larger than a backup can be ({limit} MB)").format(limit=limit)
        ) from None


def check_snapshot(snapshot: Path, *, shown_as: Path) -> BackupInfo:
    """Check a private snapshot fully; messages name ``shown_as``, the person's file."""
    problem = db.raw_problem(snapshot, strict=True, max_bytes=MAX_BACKUP_BYTES)
    if problem is not None:
        raise InvalidBackup(shown_as, problem)
    _check_read_only(snapshot, shown_as)
    try:
        conn = db.connect(snapshot)
    except sqlite3.Error as exc:
        raise InvalidBackup(shown_as, db.describe(exc)) from None
    try:
        conn.execute("PRAGMA query_only = ON")
        version = db.check_database(conn, full=True)
        return BackupInfo(shown_as, version, *_check_rows(conn, version))
    except db.DatabaseProblem as exc:
        if exc.newer_version is not None:
            raise InvalidBackup(
                shown_as,
                _(
                    "it was made by a newer MedPlanner (data version {newer_version}; "
                    "this one reads up to {known}): update MedPlanner, then "
                    "restore it"
                ).format(newer_version=exc.newer_version, known=LATEST_VERSION),
            ) from None
        raise InvalidBackup(shown_as, exc.problem) from None
    except sqlite3.Error as exc:
        raise InvalidBackup(shown_as, db.describe(exc)) from None
    except (InvalidInput, ValueError, TypeError, OverflowError) as exc:
        raise InvalidBackup(
            shown_as, _("it holds an entry MedPlanner cannot read ({exc})").format(exc=exc)
        ) from None
    finally:
        conn.close()


def _check_read_only(snapshot: Path, shown_as: Path) -> None:
    """First look, read-only: whose file it is, its version, and its schema against the
    whitelist (every ``sqlite_master`` row), before it is ever opened writable."""
    try:
        conn = sqlite3.connect(f"{snapshot.as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise InvalidBackup(shown_as, db.describe(exc)) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        db.check_database(conn, full=False)
    except db.DatabaseProblem as exc:
        if exc.newer_version is not None:
            return  # worded by the full check, which says what to do
        raise InvalidBackup(shown_as, exc.problem) from None
    except sqlite3.Error as exc:
        raise InvalidBackup(shown_as, db.describe(exc)) from None
    finally:
        conn.close()


def remove_with_sidecars(path: Path) -> None:
    for leftover in (path, *(paths.sidecar(path, s) for s in paths.SIDECARS)):
        leftover.unlink(missing_ok=True)


def precheck(path: Path) -> str | None:
    """Problems visible without SQLite: size, header, a write-ahead log left beside it."""
    problem = db.raw_problem(path, strict=True, max_bytes=MAX_BACKUP_BYTES)
    if problem is not None:
        return problem
    wal = paths.sidecar(path, "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return _(
                "{wal_name} beside it holds changes not yet in the file (a program "
                "may still have it open); close that program, or make the backup "
                "with `medplanner backup`"
            ).format(wal_name=wal.name)
    except OSError as exc:
        return _("{wal_name} beside it cannot be read ({exc})").format(
            wal_name=wal.name, exc=exc.strerror or exc
        )
    return None


def newest_valid_backup(directory: Path) -> Path | None:
    """The newest file in ``directory``'s backups that passes :func:`validate_file`."""
    try:
        candidates = [p for p in paths.backups_dir(directory).glob("medplanner-*.db")]
        dated = sorted(((p.name, p.stat().st_mtime_ns), p) for p in candidates if p.is_file())
    except OSError:
        return None
    for _key, candidate in reversed(dated):
        try:
            validate_file(candidate, scratch=candidate.parent)
        except InvalidBackup:
            continue
        return candidate
    return None


def _check_rows(conn: sqlite3.Connection, version: int) -> tuple[int, int, int]:
    """Read every row back as the store would; return (persons, plan versions, events)."""
    persons = plans = events = 0
    for id_, name, key, created_us in conn.execute(
        "SELECT id, name, name_key, created_us FROM persons"
    ):
        if not isinstance(name, str) or name != name.strip() or name_key(name) != key:
            raise ValueError(_("person {id} has a malformed name").format(id=id_))
        from_us(created_us)
        persons += 1
    for id_, toml, digest, created_us in conn.execute(
        "SELECT id, toml, sha256, created_us FROM plan_versions"
    ):
        if sha256_of(toml) != digest:
            raise ValueError(_("plan version {id} does not match its checksum").format(id=id_))
        from_us(created_us)
        plans += 1
    for row in conn.execute(SELECT_EVENTS):
        event_from_row(row)
        events += 1
    _check_keys(conn, "SELECT id, medication, medication_key FROM events", "dose event")
    if version >= 3:
        for row in conn.execute(SELECT_STOCK):
            stock_from_row(row)
        keys = "SELECT id, medication, medication_key FROM stock_changes"
        _check_keys(conn, keys, _("stock change"))
    if version >= 4:
        for row in conn.execute(SELECT_DIARY):
            diary_from_row(row)
        crossed = conn.execute(
            "SELECT w.id FROM diary_entries AS w JOIN diary_entries AS t ON t.id = w.withdraws "
            "WHERE t.person_id != w.person_id OR t.kind != 'entry' LIMIT 1"
        ).fetchone()
        if crossed is not None:
            raise ValueError(
                _("diary entry {crossed} withdraws an entry it cannot withdraw").format(
                    crossed=crossed[0]
                )
            )
    if version >= 5:
        for _id, at_us, offset, recorded_us in conn.execute(
            "SELECT id, at_us, at_offset_s, recorded_us FROM safe_marks"
        ):
            from_us(at_us, offset)
            from_us(recorded_us)
    _check_links(conn)
    return persons, plans, events


def _check_keys(conn: sqlite3.Connection, query: str, what: str) -> None:
    """Lookups go by key: a key that is not its name's would hide entries."""
    for id_, medication, key in conn.execute(query):
        if name_key(medication) != key:
            raise ValueError(
                _("{what} {id} has a malformed medication key").format(what=what, id=id_)
            )


def _check_links(conn: sqlite3.Connection) -> None:
    """References that foreign keys alone do not pin to the same person."""
    crossed = conn.execute(
        "SELECT e.id FROM events AS e JOIN events AS t ON t.id = e.corrects "
        "WHERE t.person_id != e.person_id OR t.kind = 'retracted' LIMIT 1"
    ).fetchone()
    if crossed is not None:
        raise ValueError(
            _("dose event {crossed} corrects an event it cannot correct").format(crossed=crossed[0])
        )
    crossed = conn.execute(
        "SELECT e.id FROM events AS e JOIN plan_versions AS p ON p.id = e.plan_version_id "
        "WHERE p.person_id != e.person_id LIMIT 1"
    ).fetchone()
    if crossed is not None:
        raise ValueError(
            _("dose event {crossed} refers to another person's plan").format(crossed=crossed[0])
        )
