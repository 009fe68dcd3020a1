"""Backups and restore: a bad file changes nothing; a good one replaces the log atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from medplanner.core.errors import InvalidInput
from medplanner.storage import Store, backup, cleanclose, validate
from medplanner.storage.errors import InvalidBackup, InvalidValue, StorageBusy
from medplanner.storage.schema import LATEST_VERSION

from .conftest import FakeClock, at, event, raw, snapshot_files

TODAY = date(2027, 1, 5)


@pytest.fixture
def made(store: Store, tmp_path: Path) -> Path:
    """A good backup holding Robin's 09:05 dose; afterwards the live log gets a 21:00 one."""
    store.add_plan_version("Robin", 'format = "medplanner-plan/1"\n')
    store.record_event("Robin", event())
    path = backup.backup(store, tmp_path / "robin.db")
    store.record_event("Robin", event(when=at(21)))
    return path


def day_events(store: Store) -> list[int]:
    return [e.at.hour for e in store.events_for("Robin", at(0), at(23, 59))]


# ------------------------------------------------------------------------- backup


def test_backup_is_a_valid_single_file(made: Path) -> None:
    info = validate.validate_file(made, scratch=made.parent)
    assert (info.version, info.persons, info.plan_versions, info.events) == (
        LATEST_VERSION,
        1,
        1,
        1,
    )
    assert not Path(f"{made}-wal").exists()
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback-journal mode: self-contained


def test_backup_refuses_the_log_itself_and_folders(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="dose log itself"):
        backup.backup(store, store.path)
    with pytest.raises(InvalidValue, match="folder"):
        backup.backup(store, tmp_path)
    with pytest.raises(InvalidValue, match="does not exist"):
        backup.backup(store, tmp_path / "nowhere" / "x.db")


def test_daily_backups_once_a_day_keep_seven(store: Store) -> None:
    folder = store.data_dir / "backups"
    (folder / "medplanner-2026-12-01-before-restore.db").write_bytes(b"kept forever")
    for offset in range(10):
        made = backup.ensure_daily_backup(store, TODAY + timedelta(days=offset))
        assert made is not None
        assert backup.ensure_daily_backup(store, TODAY + timedelta(days=offset)) is None
    names = sorted(p.name for p in folder.iterdir())
    expected = [f"medplanner-{TODAY + timedelta(days=d)}.db" for d in range(3, 10)]
    assert names == ["medplanner-2026-12-01-before-restore.db", *expected]


# ------------------------------------------------------------------------ restore


def test_restore_replaces_and_keeps_the_previous(store: Store, made: Path, home: Path) -> None:
    store.close()
    result = backup.restore(made, today=TODAY)
    assert result.restored.events == 1 and result.restored.path == home / "medplanner.db"
    assert result.previous == home / "backups" / "medplanner-2027-01-05-before-restore.db"
    with Store.open() as restored:
        assert day_events(restored) == [9]
    with raw(result.previous) as conn:  # the replaced log, both events, kept
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    second = backup.restore(made, today=TODAY)
    assert second.previous is not None and second.previous.name.endswith("restore-2.db")


def test_restore_into_an_empty_data_dir(made: Path, tmp_path: Path, clock: FakeClock) -> None:
    fresh = tmp_path / "elsewhere"
    result = backup.restore(made, today=TODAY, data_dir=fresh)
    assert result.previous is None
    with Store.open(fresh, clock=clock) as store:
        assert day_events(store) == [9]


def test_restore_over_a_damaged_log_keeps_its_bytes(store: Store, made: Path, home: Path) -> None:
    store.close()
    live = home / "medplanner.db"
    live.write_bytes(b"\x00garbage" * 1000)
    result = backup.restore(made, today=TODAY)
    assert result.previous is not None and result.previous.read_bytes() == b"\x00garbage" * 1000
    with Store.open() as restored:
        assert day_events(restored) == [9]


def test_restore_while_in_use_is_refused(store: Store, made: Path, home: Path) -> None:
    before = snapshot_files(home)
    with pytest.raises(StorageBusy):
        backup.restore(made, today=TODAY)
    assert day_events(store) == [9, 21]
    assert snapshot_files(home)["medplanner.db"] == before["medplanner.db"]
    assert not list((home / "backups").glob("*before-restore*"))


def test_restore_of_an_older_version_migrates_on_open(
    store: Store, home: Path, tmp_path: Path
) -> None:
    from .test_schema import build

    old = tmp_path / "v1.db"
    build(old, 1)
    store.close()
    backup.restore(old, today=TODAY)
    with Store.open() as restored:
        taken = restored.last_taken("Robin", "gabapentin")
        assert taken is not None and taken.at == at(9, 5)


# ---------------------------------------------------------------------- bad files


def truncated(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[:-4096])


def half_page(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[:1000])


def zero_length(good: Path, bad: Path) -> None:
    bad.write_bytes(b"")


def random_bytes(good: Path, bad: Path) -> None:
    import random

    bad.write_bytes(random.Random(1).randbytes(good.stat().st_size))


def random_after_header(good: Path, bad: Path) -> None:
    import random

    data = good.read_bytes()
    bad.write_bytes(data[:100] + random.Random(2).randbytes(len(data) - 100))


def edited(*statements: str, ignore_checks: bool = False) -> Callable[[Path, Path], None]:
    """A copy of the good backup changed with SQL, as a tampering hand would."""

    def make(good: Path, bad: Path) -> None:
        bad.write_bytes(good.read_bytes())
        with raw(bad) as conn:
            if ignore_checks:
                conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("DROP TRIGGER IF EXISTS events_no_update")
            for statement in statements:
                conn.execute(statement)
            if statements and "events_no_update" not in " ".join(statements):
                conn.execute(
                    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events\n"
                    "        BEGIN SELECT RAISE(ABORT, 'the dose log is append-only'); END"
                )

    return make


def other_app(good: Path, bad: Path) -> None:
    with raw(bad) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY)")


BAD_FILES = {
    "truncated": (truncated, "truncated"),
    "half a page": (half_page, "truncated"),
    "zero length": (zero_length, "empty"),
    "random bytes": (random_bytes, "not an SQLite file"),
    "random after header": (random_after_header, "damaged|not a MedPlanner|truncated"),
    "another app": (other_app, "not a MedPlanner database"),
    "newer version": (edited(f"PRAGMA user_version = {LATEST_VERSION + 1}"), "newer MedPlanner"),
    "missing table": (edited("DROP TABLE settings"), "table settings is missing"),
    "extra view": (edited("CREATE VIEW v AS SELECT 1"), "unexpected view v"),
    "hostile trigger": (
        edited("CREATE TRIGGER t AFTER INSERT ON events BEGIN DELETE FROM persons; END"),
        "unexpected trigger t",
    ),
    "changed trigger": (
        edited(
            "CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT 1; END",
        ),
        "trigger events_no_update is not as MedPlanner defines it",
    ),
    "huge name": (
        edited("UPDATE events SET medication = hex(zeroblob(500000))", ignore_checks=True),
        "CHECK constraint failed",
    ),
    "wrong type": (
        edited("UPDATE events SET at_us = 'yesterday'", ignore_checks=True),
        "CHECK constraint failed",
    ),
    "plan tampered": (
        edited(
            "DROP TRIGGER plan_versions_no_update",
            "UPDATE plan_versions SET toml = 'x'",
            "CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions\n"
            "        BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END",
        ),
        "does not match its checksum",
    ),
    "bad date in slot": (edited("UPDATE events SET slot_day = '2027-19-39'"), "cannot read"),
    "bad name key": (edited("UPDATE persons SET name_key = 'sam'"), "malformed name"),
    "missing reference": (
        edited("PRAGMA foreign_keys = OFF", "UPDATE events SET person_id = 42"),
        "refer to entries that do not exist",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_backup_is_refused_and_changes_nothing(
    store: Store, made: Path, home: Path, tmp_path: Path, case: str
) -> None:
    spoil, words = BAD_FILES[case]
    bad = tmp_path / "bad.db"
    spoil(made, bad)
    store.close()
    before = snapshot_files(home)
    backups_before = sorted((home / "backups").iterdir())
    with pytest.raises(InvalidBackup, match=words) as caught:
        backup.restore(bad, today=TODAY)
    assert isinstance(caught.value, InvalidInput)  # the CLI's exit status 2
    assert str(bad) in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert snapshot_files(home) == before
    assert sorted((home / "backups").iterdir()) == backups_before
    # Nothing left behind; the clean-close mark is the one the store's own close wrote.
    assert sorted(p.name for p in home.iterdir()) == [
        "backups",
        cleanclose.MARK_NAME,
        "medplanner.db",
    ]
    with Store.open() as again:
        assert day_events(again) == [9, 21]


def test_a_backup_with_a_wal_beside_it_is_refused(made: Path, tmp_path: Path) -> None:
    Path(f"{made}-wal").write_bytes(b"x" * 100)
    with pytest.raises(InvalidBackup, match="-wal beside it"):
        backup.restore(made, today=TODAY, data_dir=tmp_path / "d")


def test_missing_file_and_the_log_itself(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidBackup, match="cannot be read"):
        backup.restore(tmp_path / "nope.db", today=TODAY)
    with pytest.raises(InvalidBackup, match="dose log itself"):
        backup.restore(store.path, today=TODAY)


def test_hostile_names_restore_as_plain_data(store: Store, tmp_path: Path, home: Path) -> None:
    name = "x'); DROP TABLE events; --"
    store.add_person(name)
    store.record_event(name, event(medication="'; DELETE FROM persons; --"))
    store.settings.set("note", "'); DROP TABLE settings; --", person=name)
    path = backup.backup(store, tmp_path / "hostile.db")
    store.close()
    backup.restore(path, today=TODAY)
    with Store.open() as restored:
        assert restored.last_taken(name, "'; DELETE FROM persons; --") is not None
        assert restored.settings.get("note", person=name) == "'); DROP TABLE settings; --"
        assert len(restored.persons()) == 2


def test_validation_is_read_only(made: Path) -> None:
    before = made.read_bytes()
    validate.validate_file(made, scratch=made.parent)
    assert made.read_bytes() == before
    assert sorted(p.name for p in made.parent.iterdir() if p.name.startswith("robin")) == [
        "robin.db"
    ]


def test_cross_person_correction_in_a_backup_is_refused(store: Store, tmp_path: Path) -> None:
    store.add_person("Sam")
    robins = store.record_event("Robin", event())
    store.record_event("Sam", event())
    path = backup.backup(store, tmp_path / "b.db")
    with raw(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute(f"UPDATE events SET corrects = {robins.id} WHERE id = 2")
        conn.execute(
            "CREATE TRIGGER events_no_update BEFORE UPDATE ON events\n"
            "        BEGIN SELECT RAISE(ABORT, 'the dose log is append-only'); END"
        )
    with pytest.raises(InvalidBackup, match="corrects an event it cannot correct"):
        validate.validate_file(path, scratch=tmp_path)


def test_a_folder_is_not_a_backup(tmp_path: Path) -> None:
    bad = tmp_path / "dir.db"
    bad.mkdir()
    with pytest.raises(InvalidBackup, match="not a regular file"):
        validate.validate_file(bad, scratch=tmp_path)


def test_a_wal_mode_file_without_its_log_restores(made: Path, tmp_path: Path) -> None:
    wal_mode = tmp_path / "wal.db"
    wal_mode.write_bytes(made.read_bytes())
    with raw(wal_mode) as conn:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    assert wal_mode.read_bytes()[18:20] == b"\x02\x02" and not Path(f"{wal_mode}-wal").exists()
    fresh = tmp_path / "fresh"
    assert backup.restore(wal_mode, today=TODAY, data_dir=fresh).restored.events == 1
    assert sorted(p.name for p in fresh.iterdir()) == ["backups", "medplanner.db"]
