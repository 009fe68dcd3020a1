"""Restore of crafted, damaged, truncated and huge backups: refused, nothing changed."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medplanner.storage import schema

from .conftest import Result, Seeded, digest, run_cli

FIXTURES = Path(__file__).resolve().parent.parent / "storage" / "fixtures"


def restore(home: Path, backup: Path) -> Result:
    return run_cli(home, "restore", backup)


def assert_refused(home: Path, backup: Path, *words: str) -> Result:
    before = digest(home)
    result = restore(home, backup)
    result.assert_clean((2,))
    assert "cannot be restored" in result.err and "Nothing was changed" in result.err
    for word in words:
        assert word in result.err, result
    assert digest(home) == before
    return result


def edited(good: Path, bad: Path, *statements: str, writable_schema: bool = False) -> Path:
    shutil.copyfile(good, bad)
    with contextlib.closing(sqlite3.connect(bad, isolation_level=None)) as conn:
        if writable_schema:
            conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
    return bad


HOSTILE_TRIGGER = "BEGIN DELETE FROM persons; END"

CRAFTED: dict[str, tuple[tuple[str, ...], bool, str]] = {
    "trigger under a sqlite_ name, via writable_schema": (
        (
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
            "('trigger', 'sqlite_autoindex_evil', 'events', 0, "
            f"'CREATE TRIGGER sqlite_autoindex_evil AFTER INSERT ON events {HOSTILE_TRIGGER}')",
        ),
        True,
        "sqlite_autoindex_evil",
    ),
    "trigger under a plain sqlite_ name": (
        (
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
            "('trigger', 'sqlite_x', 'events', 0, "
            f"'CREATE TRIGGER sqlite_x AFTER INSERT ON events {HOSTILE_TRIGGER}')",
        ),
        True,
        "unexpected trigger sqlite_x",
    ),
    "view under a sqlite_ name": (
        (
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
            "('view', 'sqlite_v', 'sqlite_v', 0, 'CREATE VIEW sqlite_v AS SELECT 1')",
        ),
        True,
        "unexpected view sqlite_v",
    ),
    "autoindex given SQL text": (
        (
            "UPDATE sqlite_master SET sql = 'CREATE INDEX x ON persons (name)' "
            "WHERE name = 'sqlite_autoindex_persons_1'",
        ),
        True,
        "sqlite_autoindex_persons_1",
    ),
    "ANALYZE statistics table": (("ANALYZE",), False, "unexpected table sqlite_stat1"),
    "extra table": (("CREATE TABLE notes (x)",), False, "unexpected table notes"),
    "extra index": (("CREATE INDEX i ON persons (name)",), False, "unexpected index i"),
    "extra view": (("CREATE VIEW v AS SELECT * FROM persons",), False, "unexpected view v"),
    "extra trigger": (
        (f"CREATE TRIGGER t AFTER INSERT ON events {HOSTILE_TRIGGER}",),
        False,
        "unexpected trigger t",
    ),
}


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_a_crafted_schema_is_refused(seeded: Seeded, home: Path, tmp_path: Path, case: str) -> None:
    statements, writable, words = CRAFTED[case]
    bad = edited(seeded.backup, tmp_path / "bad.db", *statements, writable_schema=writable)
    assert_refused(home, bad, words)
    # ... and the live database was never touched: it still opens and holds Pat's plan.
    run_cli(home, "export", "--format", "toml").assert_clean((0,))


def test_a_300_mb_sparse_file_is_refused_by_its_size(
    seeded: Seeded, home: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.db"
    shutil.copyfile(seeded.backup, huge)
    with huge.open("r+b") as f:
        f.truncate(300_000_000)  # sparse: nothing but the header is on disk
    result = assert_refused(home, huge, "300 MB", "200 MB")
    assert "larger" in result.err or "at most" in result.err


def test_every_released_schema_restores_and_migrates(home: Path, tmp_path: Path) -> None:
    for version in range(1, schema.LATEST_VERSION + 1):
        fixture = FIXTURES / f"medplanner-v{version}.db"
        assert fixture.exists(), fixture
        copy = tmp_path / f"v{version}.db"
        shutil.copyfile(fixture, copy)
        run_cli(home, "restore", copy).assert_clean((0,))
        shown = run_cli(home, "export", "--format", "csv")
        shown.assert_clean((0,))
        assert "Gabapentin" in shown.out  # the v1 dose event, migrated
        with contextlib.closing(sqlite3.connect(home / "medplanner.db")) as conn:
            assert conn.execute("PRAGMA user_version").fetchone() == (schema.LATEST_VERSION,)
            assert schema.schema_problems(conn, schema.LATEST_VERSION) == []
        assert fixture.read_bytes() == copy.read_bytes()  # the chosen file is only read


def test_fixtures_are_what_the_migrations_make() -> None:
    for version in range(1, schema.LATEST_VERSION + 1):
        with contextlib.closing(sqlite3.connect(FIXTURES / f"medplanner-v{version}.db")) as c:
            assert schema.read_objects(c) == schema.expected_objects(version)


def _mutations() -> st.SearchStrategy[Callable[[bytes], bytes]]:
    def flip(offset: int, mask: int) -> Callable[[bytes], bytes]:
        def apply(data: bytes) -> bytes:
            i = offset % len(data)
            return data[:i] + bytes([data[i] ^ mask]) + data[i + 1 :]

        return apply

    def page_swap(a: int, b: int) -> Callable[[bytes], bytes]:
        def apply(data: bytes) -> bytes:
            size = 4096
            pages = [data[i : i + size] for i in range(0, len(data), size)]
            i, j = a % len(pages), b % len(pages)
            pages[i], pages[j] = pages[j], pages[i]
            return b"".join(pages)

        return apply

    def page_fill(page: int, byte: int) -> Callable[[bytes], bytes]:
        def apply(data: bytes) -> bytes:
            size = 4096
            i = page % max(len(data) // size, 1)
            return data[: i * size] + bytes([byte]) * size + data[(i + 1) * size :]

        return apply

    def truncate(keep: int) -> Callable[[bytes], bytes]:
        return lambda data: data[: keep % len(data)]

    def pad(extra: int) -> Callable[[bytes], bytes]:
        return lambda data: data + b"\0" * extra

    offsets = st.integers(0, 1 << 20)
    return st.one_of(
        st.builds(flip, offsets, st.integers(1, 255)),
        st.builds(page_swap, offsets, offsets),
        st.builds(page_fill, offsets, st.integers(0, 255)),
        st.builds(truncate, offsets),
        st.builds(pad, st.integers(1, 70_000)),
    )


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(changes=st.lists(_mutations(), min_size=1, max_size=3))
def test_mutated_backups_end_cleanly(
    seeded: Seeded, tmp_path: Path, changes: list[Callable[[bytes], bytes]]
) -> None:
    home = seeded.fresh_home(tmp_path)
    data = seeded.backup.read_bytes()
    for change in changes:
        data = change(data) or b"\0"
    bad = tmp_path / "mutated.db"
    bad.write_bytes(data)
    before = digest(home)
    result = restore(home, bad)
    result.assert_clean((0, 2))
    if result.rc == 2:
        assert digest(home) == before
    else:  # harmless damage (unused space): what was restored is sound
        run_cli(home, "export", "--format", "csv").assert_clean((0,))


def test_a_live_database_with_a_crafted_schema_is_not_opened(
    seeded: Seeded, home: Path, tmp_path: Path
) -> None:
    """Open is whitelist-based too: a trigger slipped into the live file is never run."""
    live = home / "medplanner.db"
    for suffix in ("-wal", "-shm"):
        (home / f"medplanner.db{suffix}").unlink(missing_ok=True)
    edited(
        seeded.backup,
        live,
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
        "('trigger', 'sqlite_y', 'events', 0, "
        f"'CREATE TRIGGER sqlite_y AFTER INSERT ON events {HOSTILE_TRIGGER}')",
        writable_schema=True,
    )
    before = digest(home)
    for args in (("status",), ("export", "--format", "csv"), ("take", "baclofen")):
        result = run_cli(home, *args)
        result.assert_clean((2,))
        assert "unexpected trigger sqlite_y" in result.err and "It was not changed" in result.err
    assert digest(home) == before


def test_schema_text_that_is_not_utf8_is_damage_not_a_crash(
    seeded: Seeded, home: Path, tmp_path: Path
) -> None:
    """Found by the fuzzer: one flipped bit in sqlite_master's SQL text (exit 3 before)."""
    data = bytearray(seeded.backup.read_bytes())
    at = data.index(b"CREATE TABLE persons")
    data[at + 2] ^= 0x80  # "E" becomes a lone continuation byte
    bad = tmp_path / "flipped.db"
    bad.write_bytes(bytes(data))
    assert_refused(home, bad, "not UTF-8")
