"""A database that cannot be used is never written to; the error names a backup to restore."""

from __future__ import annotations

import os
import random
from datetime import date
from pathlib import Path

import pytest

from medplanner.storage import Store, backup
from medplanner.storage.errors import DatabaseUnusable, NewerDatabase, StorageError
from medplanner.storage.schema import LATEST_VERSION

from .conftest import FakeClock, event, raw, snapshot_files


@pytest.fixture
def filled(home: Path, clock: FakeClock) -> Path:
    """A data dir with one event and a valid backup from 4 Jan; the store closed."""
    with Store.open(clock=clock) as store:
        store.ensure_person("Robin")
        store.record_event("Robin", event())
        made = backup.ensure_daily_backup(store, date(2027, 1, 4))
    assert made is not None
    return home / "medplanner.db"


def damage_truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])


def damage_zero(db: Path) -> None:
    db.write_bytes(b"")


def damage_random(db: Path) -> None:
    db.write_bytes(random.Random(5).randbytes(db.stat().st_size))


def damage_header_kept_pages_scrambled(db: Path) -> None:
    data = bytearray(db.read_bytes())
    rng = random.Random(7)
    for page in range(1, len(data) // 4096):
        start = page * 4096 + 8
        data[start : start + 200] = rng.randbytes(200)
    db.write_bytes(bytes(data))


def damage_other_app(db: Path) -> None:
    db.unlink()
    with raw(db) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")


def damage_text_file(db: Path) -> None:
    db.write_text("name = 'not a database'\n")


def damage_schema(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("DROP INDEX events_by_time")


def damage_hostile_trigger(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("CREATE TRIGGER evil AFTER INSERT ON persons BEGIN DELETE FROM settings; END")


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (damage_truncate, "damaged|truncated|not a MedPlanner"),
        (damage_zero, "empty"),
        (damage_random, "not a MedPlanner database"),
        (damage_header_kept_pages_scrambled, "damaged|not a MedPlanner"),
        (damage_other_app, "not a MedPlanner database"),
        (damage_text_file, "not a MedPlanner database"),
        (damage_schema, "index events_by_time is missing"),
        (damage_hostile_trigger, "unexpected trigger evil"),
    ],
)
def test_unusable_database_is_left_alone(
    filled: Path, clock: FakeClock, damage: object, words: str
) -> None:
    damage(filled)  # type: ignore[operator]
    before = snapshot_files(filled.parent)
    with pytest.raises(DatabaseUnusable, match=words) as caught:
        Store.open(clock=clock)
    assert snapshot_files(filled.parent) == before
    good = filled.parent / "backups" / "medplanner-2027-01-04.db"
    assert caught.value.backup == good
    assert f'medplanner restore "{good}"' in str(caught.value)


def test_without_a_good_backup_the_advice_is_to_keep_the_file(
    filled: Path, clock: FakeClock
) -> None:
    for old in (filled.parent / "backups").iterdir():
        old.write_bytes(b"junk")  # every backup bad too
    damage_zero(filled)
    with pytest.raises(DatabaseUnusable, match="No good backup") as caught:
        Store.open(clock=clock)
    assert caught.value.backup is None and "do not delete" in str(caught.value)


def test_newest_valid_backup_is_named(filled: Path, clock: FakeClock) -> None:
    folder = filled.parent / "backups"
    (folder / "medplanner-2027-01-06.db").write_bytes(b"junk")  # newest, but bad
    with Store.open(clock=clock) as store:
        backup.ensure_daily_backup(store, date(2027, 1, 5))
    damage_zero(filled)
    with pytest.raises(DatabaseUnusable) as caught:
        Store.open(clock=clock)
    assert caught.value.backup == folder / "medplanner-2027-01-05.db"


def test_newer_database_is_left_alone(filled: Path, clock: FakeClock) -> None:
    with raw(filled) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = snapshot_files(filled.parent)
    with pytest.raises(NewerDatabase, match=r"newer MedPlanner.*Update MedPlanner"):
        Store.open(clock=clock)
    assert snapshot_files(filled.parent) == before


def test_unusable_errors_are_storage_errors() -> None:
    assert issubclass(DatabaseUnusable, StorageError)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_database(filled: Path, clock: FakeClock) -> None:
    filled.chmod(0)
    with pytest.raises(DatabaseUnusable, match="cannot be read"):
        Store.open(clock=clock)


def test_the_advice_works(filled: Path, clock: FakeClock) -> None:
    damage_random(filled)
    with pytest.raises(DatabaseUnusable) as caught:
        Store.open(clock=clock)
    assert caught.value.backup is not None
    result = backup.restore(caught.value.backup, today=date(2027, 1, 5))
    assert result.previous is not None and result.previous.read_bytes()[:4] != b"SQLi"
    with Store.open(clock=clock) as store:
        assert store.last_taken("Robin", "gabapentin") is not None
