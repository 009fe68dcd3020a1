"""The symptom diary in the store: append-only, withdrawals, and restore's row checks."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from medplanner.core.diary import DiaryEntry
from medplanner.storage import Store, schema
from medplanner.storage.errors import InvalidBackup, InvalidValue
from medplanner.storage.validate import validate_file

from .conftest import FakeClock, at, raw


def note(symptom: str = "dizziness", severity: str = "mild", hour: int = 9) -> DiaryEntry:
    return DiaryEntry(symptom, severity, at(hour, 5), at(hour, 6))  # type: ignore[arg-type]


def test_entries_read_back_with_their_offset(store: Store) -> None:
    first = store.diary.record("Robin", note("nausea", "moderate", 9))
    second = store.diary.record("robin", note("seizures", "mild", 11))
    assert first.id is not None and second.id == first.id + 1
    found = store.diary.entries("ROBIN", at(0), at(23))
    assert found == [first, second]
    assert found[0].at.utcoffset() == at(9).utcoffset()
    assert store.diary.entries("Robin", at(10), at(23)) == [second]


def test_the_diary_is_append_only(store: Store) -> None:
    store.diary.record("Robin", note())
    with raw(store.path) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE diary_entries SET severity = 'severe'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM diary_entries")


def test_withdrawals(store: Store) -> None:
    store.ensure_person("Sam")
    original = store.diary.record("Robin", note("confusion", "mild"))
    assert original.id is not None
    other = store.diary.record("Sam", note())
    assert other.id is not None

    def withdrawal(target: int) -> DiaryEntry:
        return DiaryEntry(
            "confusion", "mild", at(9, 5), at(12), note="typo", kind="withdrawal",
            withdraws=target,
        )  # fmt: skip

    with pytest.raises(InvalidValue, match="no diary entry"):
        store.diary.record("Robin", withdrawal(other.id))  # another person's
    done = store.diary.record("Robin", withdrawal(original.id))
    assert done.id is not None
    with pytest.raises(InvalidValue, match="already withdrawn"):
        store.diary.record("Robin", withdrawal(original.id))
    with pytest.raises(InvalidValue, match="itself a withdrawal"):
        store.diary.record("Robin", withdrawal(done.id))
    # A range query that holds the entry also brings its withdrawal, wherever that is.
    assert store.diary.entries("Robin", at(9), at(10)) == [original, done]
    with pytest.raises(InvalidValue, match="already in the diary"):
        store.diary.record("Robin", done)


def test_restore_reads_every_diary_row(store: Store, home: Path, clock: FakeClock) -> None:
    first = store.diary.record("Robin", note())
    store.ensure_person("Sam")
    copy = store.copy_to(home / "copy.db")
    info = validate_file(copy, scratch=home)
    assert info.version == schema.LATEST_VERSION
    # A withdrawal that crosses persons passes the schema's CHECKs but not restore's checks.
    bad = home / "bad.db"
    shutil.copy(copy, bad)
    with raw(bad) as conn:
        conn.execute(
            "INSERT INTO diary_entries (person_id, kind, symptom, severity, at_us, at_offset_s, "
            "note, withdraws, recorded_us) VALUES (2, 'withdrawal', 'dizziness', 'mild', 0, 0, "
            f"'x', {first.id}, 0)"
        )
    with pytest.raises(InvalidBackup, match="withdraws an entry it cannot withdraw"):
        validate_file(bad, scratch=home)
