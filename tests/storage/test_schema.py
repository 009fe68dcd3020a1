"""Schema versions: every earlier version migrates forward, step by step, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from medplanner.core.diary import DiaryEntry
from medplanner.storage import Store, schema
from medplanner.storage.db import transaction
from medplanner.storage.errors import NewerDatabase, StorageError

from .conftest import FakeClock, at, raw, snapshot_files

# Rows a database of each version may hold, written as that version's code would have.
_ROWS: dict[int, list[str]] = {
    1: [
        "INSERT INTO persons VALUES (1, 'Robin', 'robin', 0)",
        "INSERT INTO plan_versions VALUES (1, 1, 'format = 1', "
        "'019d488782a0f9b4fe4cf4402ed764a4aeb64adb3da27ef2d88955db704249c1', 0)",
        "INSERT INTO events (person_id, kind, medication, medication_key, slot_day, slot_time, "
        "at_us, at_offset_s, amount, amount_unit, flagged, confirmed, plan_version_id, "
        "recorded_us) VALUES (1, 'taken', 'Gabapentin', 'gabapentin', '2027-01-05', '09:00', "
        "1799136300000000, 3600, '300', 'mg', 0, 0, 1, 1799136300000000)",
    ],
    2: ["INSERT INTO settings (person_id, key, value) VALUES (NULL, 'text_scale', '150')"],
    3: [
        "INSERT INTO stock_changes (person_id, medication, medication_key, kind, units, at_us, "
        "at_offset_s, recorded_us) VALUES (1, 'Gabapentin', 'gabapentin', 'set', '30', "
        "1799136300000000, 3600, 1799136300000000)"
    ],
    4: [
        "INSERT INTO diary_entries (person_id, kind, symptom, severity, at_us, at_offset_s, "
        "recorded_us) VALUES (1, 'entry', 'dizziness', 'mild', 1799136300000000, 3600, "
        "1799136300000000)"
    ],
    5: [
        "INSERT INTO safe_marks (person_id, at_us, at_offset_s, recorded_us) VALUES "
        "(1, 1799136300000000, 3600, 1799136300000000)"
    ],
}


def build(path: Path, version: int) -> None:
    """A database as MedPlanner left it at ``version``, with some data in it."""
    with raw(path) as conn, transaction(conn):
        schema.apply_migrations(conn, 0, version)
        for v in range(1, version + 1):
            for statement in _ROWS[v]:
                conn.execute(statement)


def test_every_version_has_rows_to_migrate() -> None:
    assert sorted(_ROWS) == list(range(1, schema.LATEST_VERSION + 1))


@pytest.mark.parametrize("version", range(1, schema.LATEST_VERSION))
def test_migrates_from_every_earlier_version(home: Path, clock: FakeClock, version: int) -> None:
    home.mkdir()
    build(home / "medplanner.db", version)
    with Store.open(clock=clock) as store:
        taken = store.last_taken("robin", "gabapentin")
        assert taken is not None and taken.at == at(9, 5)
        assert store.current_plan("Robin") is not None
        if version >= 2:
            assert store.settings.get("text_scale") == "150"
        if version >= 3:
            level = store.stock.level("Robin", "gabapentin")
            assert level is not None and level.units == 30
        store.stock.record("Robin", "gabapentin", "set", 30, at=at(9))
        # The symptom diary (v4) and the newest table, "I'm safe now" marks (v5), work.
        entry = DiaryEntry("confusion", "mild", at(10), at(10), note="after lunch")
        stored = store.diary.record("Robin", entry)
        assert store.diary.entries("Robin", at(0), at(23))[-1] == stored
        store.diary.mark_safe("Robin", at(11), at(11))
        assert store.diary.safe_marks("Robin", at(10), at(23)) == [at(11)]
    with raw(home / "medplanner.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
        assert schema.schema_problems(conn, schema.LATEST_VERSION) == []
    kept = home / "backups" / f"medplanner-2027-01-05-before-v{schema.LATEST_VERSION}.db"
    with raw(kept) as conn:  # the pre-migration copy is the old version, untouched
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version


@pytest.mark.parametrize("start", range(schema.LATEST_VERSION))
def test_stepwise_equals_fresh(start: int) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.apply_migrations(conn, 0, start)
    schema.apply_migrations(conn, start)
    assert schema.read_objects(conn) == schema.expected_objects(schema.LATEST_VERSION)


def test_a_failing_migration_changes_nothing(
    home: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.mkdir()
    build(home / "medplanner.db", 1)
    broken = (*schema.MIGRATIONS[:2], ("CREATE TABLE stock_changes (x)", "NOT SQL AT ALL"))
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(StorageError, match="syntax error"):
        Store.open(clock=clock)
    with raw(home / "medplanner.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert schema.schema_problems(conn, 1) == []  # v2's settings table rolled back too


def test_newer_version_is_refused_untouched(home: Path, clock: FakeClock) -> None:
    home.mkdir()
    build(home / "medplanner.db", schema.LATEST_VERSION)
    with raw(home / "medplanner.db") as conn:
        conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    before = snapshot_files(home)
    with pytest.raises(NewerDatabase) as caught:
        Store.open(clock=clock)
    assert (caught.value.found, caught.value.known) == (
        schema.LATEST_VERSION + 1,
        schema.LATEST_VERSION,
    )
    assert snapshot_files(home) == before


def test_migrations_refuse_impossible_ranges() -> None:
    conn = sqlite3.connect(":memory:")
    with pytest.raises(ValueError, match="cannot migrate"):
        schema.apply_migrations(conn, 2, 1)
    with pytest.raises(ValueError, match="cannot migrate"):
        schema.apply_migrations(conn, 0, schema.LATEST_VERSION + 1)
