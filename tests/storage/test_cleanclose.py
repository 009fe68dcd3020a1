"""The clean-close mark: quick_check is skipped only for a file exactly as MedPlanner left it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from medplanner.storage import Store, cleanclose, db
from medplanner.storage.errors import DatabaseUnusable


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    with Store.open(home) as store:
        store.ensure_person("Robin")
    return home


def page_walks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, for each open, whether it walked every page."""
    seen: list[bool] = []
    real = db.check_database

    def spy(conn: sqlite3.Connection, *, full: bool, pages: bool = True) -> int:
        seen.append(full or pages)
        return real(conn, full=full, pages=pages)

    monkeypatch.setattr(db, "check_database", spy)
    return seen


def test_a_cleanly_closed_file_is_not_walked_again(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    walks = page_walks(monkeypatch)
    for _ in range(3):
        with Store.open(home) as store:
            store.ensure_person("Sam")  # writes too: our own writes keep the mark true
    assert walks == [False, False, False]
    assert (home / cleanclose.MARK_NAME).stat().st_mode & 0o777 == 0o600


def test_the_app_start_always_walks(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    walks = page_walks(monkeypatch)
    Store.open(home, verify=True).close()
    assert walks == [True]


def test_a_file_changed_behind_our_back_is_walked(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = home / "medplanner.db"
    stat = live.stat()
    os.utime(live, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # touched by anyone
    walks = page_walks(monkeypatch)
    Store.open(home).close()
    assert walks == [True]


def test_no_clean_close_means_a_walk(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(home)
    store.ensure_person("Sam")
    store._db.conn.close()  # as a crash would leave it: no clean close, no new mark
    walks = page_walks(monkeypatch)
    Store.open(home).close()
    assert walks == [True]


def test_damage_behind_a_stale_mark_is_found(home: Path) -> None:
    live = home / "medplanner.db"
    conn = sqlite3.connect(live, isolation_level=None)  # another hand, bypassing the rules
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE persons SET name = ''")  # breaks a CHECK: quick_check sees it
    finally:
        conn.close()
    for _ in range(2):  # the stale mark never vouches for the changed file
        with pytest.raises(DatabaseUnusable, match="damaged"):
            Store.open(home)


def test_a_mark_from_another_format_is_ignored(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / cleanclose.MARK_NAME).write_text('{"format": "x", "files": []}', encoding="utf-8")
    walks = page_walks(monkeypatch)
    Store.open(home).close()
    assert walks == [True]
