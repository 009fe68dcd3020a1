"""The database schema, as an ordered list of forward migrations.

``MIGRATIONS[n - 1]`` takes a database from version ``n - 1`` to ``n`` (``PRAGMA
user_version``). A shipped migration is history: never edit one, append a new one. The
CHECK constraints bound every value (type, length, range) so that ``PRAGMA
integrity_check`` also vets the contents of a backup handed to restore, and triggers keep
the dose log and the plan history append-only even against a careless query.

What a database of version ``n`` must contain is not written down twice: it is whatever
applying the first ``n`` migrations to an empty database yields (:func:`expected_objects`).
"""

from __future__ import annotations

import functools
import sqlite3

#: "MPLN": marks a SQLite file as MedPlanner's (``PRAGMA application_id``).
APPLICATION_ID = 0x4D504C4E

# 2200-01-01T00:00:00Z in microseconds: the bound of events.LAST_YEAR, frozen into v1.
_V1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) BETWEEN 1 AND 100),
        name_key TEXT NOT NULL UNIQUE
            CHECK (typeof(name_key) = 'text' AND length(name_key) BETWEEN 1 AND 400),
        created_us INTEGER NOT NULL CHECK (typeof(created_us) = 'integer')
    )""",
    """CREATE TABLE plan_versions (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id),
        toml TEXT NOT NULL CHECK (typeof(toml) = 'text' AND length(toml) <= 1000000),
        sha256 TEXT NOT NULL CHECK (typeof(sha256) = 'text' AND length(sha256) = 64
            AND sha256 NOT GLOB '*[^0-9a-f]*'),
        created_us INTEGER NOT NULL CHECK (typeof(created_us) = 'integer')
    )""",
    "CREATE INDEX plan_versions_by_person ON plan_versions (person_id, id)",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id),
        kind TEXT NOT NULL CHECK (kind IN ('taken', 'skipped', 'snoozed', 'retracted')),
        medication TEXT NOT NULL
            CHECK (typeof(medication) = 'text' AND length(medication) BETWEEN 1 AND 200),
        medication_key TEXT NOT NULL
            CHECK (typeof(medication_key) = 'text' AND length(medication_key) BETWEEN 1 AND 800),
        slot_day TEXT CHECK (slot_day IS NULL OR (typeof(slot_day) = 'text'
            AND slot_day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
        slot_time TEXT CHECK (slot_time IS NULL OR (typeof(slot_time) = 'text'
            AND slot_time GLOB '[0-2][0-9]:[0-5][0-9]')),
        at_us INTEGER NOT NULL CHECK (typeof(at_us) = 'integer'
            AND at_us BETWEEN 0 AND 7258118400000000),
        at_offset_s INTEGER NOT NULL CHECK (typeof(at_offset_s) = 'integer'
            AND at_offset_s BETWEEN -86399 AND 86399),
        amount TEXT CHECK (amount IS NULL OR (typeof(amount) = 'text'
            AND length(amount) BETWEEN 1 AND 30)),
        amount_unit TEXT CHECK (amount_unit IS NULL OR amount_unit IN ('mg', 'mcg', 'g')),
        reason TEXT CHECK (reason IS NULL OR (typeof(reason) = 'text' AND length(reason) <= 1000)),
        flagged INTEGER NOT NULL CHECK (flagged IN (0, 1)),
        confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        snooze_until_us INTEGER CHECK (snooze_until_us IS NULL
            OR (typeof(snooze_until_us) = 'integer'
                AND snooze_until_us BETWEEN 0 AND 7258118400000000)),
        plan_version_id INTEGER REFERENCES plan_versions (id),
        corrects INTEGER REFERENCES events (id),
        recorded_us INTEGER NOT NULL CHECK (typeof(recorded_us) = 'integer'
            AND recorded_us BETWEEN 0 AND 7258118400000000),
        CHECK ((slot_day IS NULL) = (slot_time IS NULL)),
        CHECK ((amount IS NULL) = (amount_unit IS NULL)),
        CHECK (corrects IS NULL OR corrects < id)
    )""",
    "CREATE INDEX events_by_time ON events (person_id, at_us)",
    "CREATE INDEX events_by_medication ON events (person_id, medication_key, at_us)",
    """CREATE INDEX events_by_slot
        ON events (person_id, medication_key, slot_day, slot_time, at_us)""",
    "CREATE UNIQUE INDEX events_corrected_once ON events (corrects) WHERE corrects IS NOT NULL",
    """CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the dose log is append-only'); END""",
    """CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the dose log is append-only'); END""",
    """CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END""",
    """CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END""",
)

_V2 = (
    """CREATE TABLE settings (
        id INTEGER PRIMARY KEY,
        person_id INTEGER REFERENCES persons (id),
        key TEXT NOT NULL CHECK (typeof(key) = 'text' AND length(key) BETWEEN 1 AND 100
            AND key NOT GLOB '*[^a-z0-9_.-]*'),
        value TEXT NOT NULL CHECK (typeof(value) = 'text' AND length(value) <= 10000)
    )""",
    "CREATE UNIQUE INDEX settings_global ON settings (key) WHERE person_id IS NULL",
    """CREATE UNIQUE INDEX settings_per_person ON settings (person_id, key)
        WHERE person_id IS NOT NULL""",
)

_V3 = (
    """CREATE TABLE stock_changes (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id),
        medication TEXT NOT NULL
            CHECK (typeof(medication) = 'text' AND length(medication) BETWEEN 1 AND 200),
        medication_key TEXT NOT NULL
            CHECK (typeof(medication_key) = 'text' AND length(medication_key) BETWEEN 1 AND 800),
        kind TEXT NOT NULL CHECK (kind IN ('set', 'add')),
        units TEXT NOT NULL CHECK (typeof(units) = 'text' AND length(units) BETWEEN 1 AND 20),
        at_us INTEGER NOT NULL CHECK (typeof(at_us) = 'integer'
            AND at_us BETWEEN 0 AND 7258118400000000),
        at_offset_s INTEGER NOT NULL CHECK (typeof(at_offset_s) = 'integer'
            AND at_offset_s BETWEEN -86399 AND 86399),
        reason TEXT CHECK (reason IS NULL OR (typeof(reason) = 'text' AND length(reason) <= 1000)),
        recorded_us INTEGER NOT NULL CHECK (typeof(recorded_us) = 'integer'
            AND recorded_us BETWEEN 0 AND 7258118400000000)
    )""",
    "CREATE INDEX stock_by_medication ON stock_changes (person_id, medication_key, id)",
    """CREATE TRIGGER stock_changes_no_update BEFORE UPDATE ON stock_changes
        BEGIN SELECT RAISE(ABORT, 'stock history is append-only'); END""",
    """CREATE TRIGGER stock_changes_no_delete BEFORE DELETE ON stock_changes
        BEGIN SELECT RAISE(ABORT, 'stock history is append-only'); END""",
)

_V4 = (
    """CREATE TABLE diary_entries (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id),
        kind TEXT NOT NULL CHECK (kind IN ('entry', 'withdrawal')),
        symptom TEXT NOT NULL CHECK (symptom IN ('drowsiness', 'dizziness', 'nausea',
            'confusion', 'weakness', 'breathing-difficulty', 'hallucinations', 'seizures')),
        severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
        at_us INTEGER NOT NULL CHECK (typeof(at_us) = 'integer'
            AND at_us BETWEEN 0 AND 7258118400000000),
        at_offset_s INTEGER NOT NULL CHECK (typeof(at_offset_s) = 'integer'
            AND at_offset_s BETWEEN -86399 AND 86399),
        note TEXT CHECK (note IS NULL OR (typeof(note) = 'text' AND length(note) <= 1000)),
        withdraws INTEGER REFERENCES diary_entries (id),
        recorded_us INTEGER NOT NULL CHECK (typeof(recorded_us) = 'integer'
            AND recorded_us BETWEEN 0 AND 7258118400000000),
        CHECK ((kind = 'withdrawal') = (withdraws IS NOT NULL)),
        CHECK (withdraws IS NULL OR withdraws < id)
    )""",
    "CREATE INDEX diary_by_time ON diary_entries (person_id, at_us)",
    "CREATE UNIQUE INDEX diary_withdrawn_once ON diary_entries (withdraws) "
    "WHERE withdraws IS NOT NULL",
    """CREATE TRIGGER diary_entries_no_update BEFORE UPDATE ON diary_entries
        BEGIN SELECT RAISE(ABORT, 'the symptom diary is append-only'); END""",
    """CREATE TRIGGER diary_entries_no_delete BEFORE DELETE ON diary_entries
        BEGIN SELECT RAISE(ABORT, 'the symptom diary is append-only'); END""",
)

_V5 = (
    # "I'm safe now": the person (or a caregiver) says the red flags written before this
    # moment no longer stand (issue 18). Append-only, like the diary it answers.
    """CREATE TABLE safe_marks (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id),
        at_us INTEGER NOT NULL CHECK (typeof(at_us) = 'integer'
            AND at_us BETWEEN 0 AND 7258118400000000),
        at_offset_s INTEGER NOT NULL CHECK (typeof(at_offset_s) = 'integer'
            AND at_offset_s BETWEEN -86399 AND 86399),
        recorded_us INTEGER NOT NULL CHECK (typeof(recorded_us) = 'integer'
            AND recorded_us BETWEEN 0 AND 7258118400000000)
    )""",
    "CREATE INDEX safe_marks_by_time ON safe_marks (person_id, at_us)",
    """CREATE TRIGGER safe_marks_no_update BEFORE UPDATE ON safe_marks
        BEGIN SELECT RAISE(ABORT, 'safe marks are append-only'); END""",
    """CREATE TRIGGER safe_marks_no_delete BEFORE DELETE ON safe_marks
        BEGIN SELECT RAISE(ABORT, 'safe marks are append-only'); END""",
)

#: v1 persons, plan history, dose log; v2 settings; v3 stock; v4 symptom diary;
#: v5 "I'm safe now" marks that end standing red flags.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5)
LATEST_VERSION = len(MIGRATIONS)

#: (type, table it belongs to, SQL with whitespace collapsed or None), by object name.
SchemaObjects = dict[str, tuple[str, str, str | None]]


def apply_migrations(conn: sqlite3.Connection, start: int, target: int = LATEST_VERSION) -> None:
    """Run migrations ``start + 1 .. target`` on ``conn``; the caller holds the transaction."""
    if not 0 <= start <= target <= LATEST_VERSION:
        raise ValueError(f"cannot migrate from version {start} to {target}")
    for version in range(start + 1, target + 1):
        for statement in MIGRATIONS[version - 1]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(version)}")


def read_objects(conn: sqlite3.Connection) -> SchemaObjects:
    """Every row of ``conn``'s ``sqlite_master``: tables, indexes, triggers and views.

    Nothing is left out, whatever its name: SQLite's own automatic objects (the
    ``sqlite_autoindex_…`` of a UNIQUE column, with no SQL) are part of what the app's
    schema yields, so they are compared like the rest, and an object written under a
    ``sqlite_`` name (``PRAGMA writable_schema``) is just an unexpected object.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master").fetchall()
    found: SchemaObjects = {}
    for kind, name, table, sql in rows:
        key = str(name)
        if key in found:  # two rows, one name: only a hand-edited schema has that
            key = f"{key} (again)"
        found[key] = (str(kind), str(table), _squash(sql))
    return found


@functools.cache
def expected_objects(version: int) -> SchemaObjects:
    """What a database at ``version`` contains, made by migrating an empty one."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(conn, 0, version)
        return read_objects(conn)
    finally:
        conn.close()


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """How ``conn``'s schema differs from the one ``version`` defines (empty: it matches)."""
    found = read_objects(conn)
    expected = expected_objects(version)
    problems = [f"{expected[n][0]} {n} is missing" for n in sorted(expected.keys() - found)]
    problems += [f"unexpected {found[n][0]} {n}" for n in sorted(found.keys() - expected)]
    problems += [
        f"{found[n][0]} {n} is not as MedPlanner defines it"
        for n in sorted(found.keys() & expected.keys())
        if found[n] != expected[n]
    ]
    return problems


def _squash(sql: object) -> str | None:
    return " ".join(str(sql).split()) if sql is not None else None
