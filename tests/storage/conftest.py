"""Fixtures for the storage tests: a private data dir, a clock that only moves when told."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from medplanner.core.events import DoseEvent, Slot
from medplanner.core.units import Amount
from medplanner.storage import Store, paths

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2027, 1, 5)


class FakeClock:
    """Now, as the test says; tests move it instead of sleeping."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2027, 1, 5, 8, 0, tzinfo=BERLIN))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data dir, as MEDPLANNER_HOME (not created yet: Store.open makes it)."""
    path = tmp_path / "home"
    monkeypatch.setenv("MEDPLANNER_HOME", str(path))
    return path


@pytest.fixture
def store(home: Path, clock: FakeClock) -> Iterator[Store]:
    with Store.open(clock=clock) as opened:
        opened.ensure_person("Robin")
        yield opened


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def event(
    kind: str = "taken",
    medication: str = "gabapentin",
    when: datetime | None = None,
    *,
    wall: time | None = time(9),
    **extra: Any,
) -> DoseEvent:
    """A dose event answering the 09:00 slot of 5 Jan 2027 unless told otherwise."""
    moment = when or at(9, 5)
    slot = Slot(moment.date(), wall) if wall is not None else None
    fields: dict[str, Any] = {"slot": slot, "amount": Amount(Decimal(300), "mg"), **extra}
    if kind == "snoozed":
        fields.setdefault("snooze_until", moment + timedelta(minutes=10))
    if kind != "taken":
        fields["amount"] = extra.get("amount")
    return DoseEvent(kind, medication, moment, moment, **fields)  # type: ignore[arg-type]


def snapshot_files(directory: Path) -> dict[str, bytes]:
    """Every byte of the database and its logs: compared before and after a refusal.

    (-shm is left out: it is SQLite's shared-memory index, rewritten by every reader.)
    """
    live = paths.db_path(directory)
    files = [live, paths.sidecar(live, "-wal"), paths.sidecar(live, "-journal")]
    return {p.name: p.read_bytes() for p in files if p.exists()}


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain SQLite connection for building test files (tests may write SQL), then closed."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()
