"""The store: persons, plan history, the append-only dose log, settings and stock."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from medplanner.core.events import Slot, correction_of, retraction_of
from medplanner.core.record import replace
from medplanner.core.units import Amount
from medplanner.storage import Store
from medplanner.storage.errors import (
    DuplicatePerson,
    InvalidCorrection,
    InvalidValue,
    StorageBusy,
    UnknownPerson,
)
from medplanner.storage.records import sha256_of

from .conftest import DAY, FakeClock, at, event, raw

PLAN = 'format = "medplanner-plan/1"\n[person]\nname = "Robin"\n'

# ------------------------------------------------------------------------ persons


def test_persons_are_found_in_any_case(store: Store) -> None:
    store.add_person("Élodie Straße")
    assert store.person("ÉLODIE STRASSE").name == "Élodie Straße"
    assert store.find_person("élodie  straße") is not None  # spaces collapse too
    assert {p.name for p in store.persons()} == {"Élodie Straße", "Robin"}


def test_duplicate_and_unknown_persons(store: Store) -> None:
    with pytest.raises(DuplicatePerson, match="Robin"):
        store.add_person(" ROBIN ")
    assert store.ensure_person("robin").name == "Robin"
    with pytest.raises(UnknownPerson, match="Known: Robin"):
        store.person("Sam")
    with pytest.raises(UnknownPerson):
        store.record_event("Sam", event())


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "Ro\x07bin"])
def test_bad_names_are_refused(store: Store, name: str) -> None:
    with pytest.raises(InvalidValue):
        store.add_person(name)


def test_hostile_names_are_just_data(store: Store) -> None:
    name = "Robert'); DROP TABLE events;--"
    store.add_person(name)
    store.record_event(name, event(medication="x' OR '1'='1"))
    assert store.person(name).name == name
    assert store.last_taken(name, "x' OR '1'='1") is not None
    assert store.last_taken("Robin", "x' OR '1'='1") is None


def test_rename_person(store: Store) -> None:
    store.record_event("Robin", event())
    store.rename_person("robin", "Robin B.")
    assert store.last_taken("robin b.", "gabapentin") is not None
    store.add_person("Sam")
    with pytest.raises(DuplicatePerson):
        store.rename_person("Sam", "ROBIN B.")


def test_a_household_keeps_logs_apart(store: Store) -> None:
    store.add_person("Sam")
    store.record_event("Sam", event())
    assert store.events_for("Robin", at(0), at(23)) == []
    assert len(store.events_for("Sam", at(0), at(23))) == 1


# -------------------------------------------------------------------------- plans


def test_plan_versions_keep_history(store: Store, clock: FakeClock) -> None:
    assert store.current_plan("Robin") is None
    first = store.add_plan_version("Robin", PLAN)
    clock.advance(days=1)
    second = store.add_plan_version("robin", PLAN + "# raised\n")
    assert second > first
    current = store.current_plan("Robin")
    assert current is not None and current.id == second
    assert current.toml == PLAN + "# raised\n" and current.sha256 == sha256_of(current.toml)
    assert current.created_at == clock.now
    assert [v.id for v in store.plan_versions("Robin")] == [first, second]
    assert store.plan_version(first).toml == PLAN


def test_same_plan_again_adds_no_version(store: Store) -> None:
    first = store.add_plan_version("Robin", PLAN)
    assert store.add_plan_version("Robin", PLAN) == first
    assert len(store.plan_versions("Robin")) == 1


def test_plan_text_round_trips_exactly(store: Store) -> None:
    text = 'name = "gabapentin"  # ünïcode, tabs\t, CRLF\r\n\n'
    version = store.add_plan_version("Robin", text)
    assert store.plan_version(version).toml == text


def test_import_can_create_the_person(store: Store) -> None:
    with pytest.raises(UnknownPerson):
        store.add_plan_version("Sam", PLAN)
    store.add_plan_version("Sam", PLAN, create_person=True)
    assert store.person("sam").name == "Sam"


def test_plan_history_is_append_only(store: Store) -> None:
    store.add_plan_version("Robin", PLAN)
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE plan_versions SET toml = 'x'")
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM plan_versions")


# ------------------------------------------------------------------------- events


def test_event_round_trip_keeps_every_field(store: Store) -> None:
    plan = store.add_plan_version("Robin", PLAN)
    original = event(
        amount=Amount(Decimal("2.50"), "mg"),
        reason="with food\nand water",
        flagged=True,
        confirmed=True,
        plan_version=plan,
    )
    stored = store.record_event("Robin", original)
    assert stored.id is not None
    back = store.event(stored.id)
    assert back == stored
    assert back.at.utcoffset() == timedelta(hours=1)  # read back as it was given
    assert back.amount is not None and back.amount.same_as_written(Amount(Decimal("2.50")))


def test_events_for_a_day_in_order(store: Store) -> None:
    for hour in (21, 9, 15):
        store.record_event("Robin", event(when=at(hour), wall=time(hour)))
    store.record_event("Robin", event(when=at(9, day=DAY + timedelta(days=1))))
    day = store.events_for("Robin", at(0), at(0, day=DAY + timedelta(days=1)))
    assert [e.at.hour for e in day] == [9, 15, 21]
    assert store.events_for("Robin", at(9), at(15)) == day[:1]  # until is exclusive
    assert store.events_for("Robin", at(0), at(23), medication="Baclofen") == []
    assert len(store.events_for("Robin", at(0), at(23), medication="GABAPENTIN")) == 3


def test_as_needed_event_has_no_slot(store: Store) -> None:
    stored = store.record_event("Robin", event(medication="oxycodone", wall=None))
    assert stored.id is not None and store.event(stored.id).slot is None


def test_snooze_round_trip(store: Store) -> None:
    stored = store.record_event("Robin", event("snoozed"))
    assert stored.id is not None
    assert store.event(stored.id).snooze_until == at(9, 15)


def test_events_for_slot_and_last_taken(store: Store) -> None:
    slot = Slot(DAY, time(9))
    store.record_event("Robin", event("skipped", medication="baclofen"))
    first = store.record_event("Robin", event(when=at(9, 5)))
    store.record_event("Robin", event(when=at(21), wall=time(21)))
    assert [e.id for e in store.events_for_slot("Robin", "Gabapentin", slot)] == [first.id]
    last = store.last_taken("Robin", "gabapentin")
    assert last is not None and last.at == at(21)
    earlier = store.last_taken("Robin", "gabapentin", not_after=at(20))
    assert earlier is not None and earlier.id == first.id
    assert store.last_taken("Robin", "gabapentin", not_after=at(9, 5)) == earlier  # inclusive
    assert store.last_taken("Robin", "baclofen") is None  # skipped is not taken


def test_dose_log_is_append_only(store: Store) -> None:
    store.record_event("Robin", event())
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE events SET at_us = 0")
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM events")
    assert len(store.events_for("Robin", at(0), at(23))) == 1


def test_a_correction_replaces_the_original_and_keeps_it(store: Store, clock: FakeClock) -> None:
    original = store.record_event("Robin", event(when=at(9, 5)))
    clock.advance(hours=2)
    fixed = store.record_event(
        "Robin", correction_of(original, recorded_at=clock.now, at=at(8, 50), reason="typo")
    )
    standing = store.events_for("Robin", at(0), at(23))
    assert [e.id for e in standing] == [fixed.id]
    everything = store.events_for("Robin", at(0), at(23), include_superseded=True)
    assert [e.id for e in everything] == [fixed.id, original.id]
    last = store.last_taken("Robin", "gabapentin")
    assert last is not None and last.id == fixed.id


def test_a_correction_moving_the_time_out_of_range(store: Store) -> None:
    original = store.record_event("Robin", event(when=at(9, 5)))
    store.record_event("Robin", correction_of(original, recorded_at=at(9, 6), at=at(7)))
    assert store.events_for("Robin", at(9), at(10)) == []


def test_a_retraction_withdraws(store: Store) -> None:
    original = store.record_event("Robin", event())
    store.record_event("Robin", retraction_of(original, recorded_at=at(9, 7), reason="mistake"))
    assert store.events_for("Robin", at(0), at(23)) == []
    assert store.events_for_slot("Robin", "gabapentin", Slot(DAY, time(9))) == []
    assert store.last_taken("Robin", "gabapentin") is None
    assert len(store.events_for("Robin", at(0), at(23), include_superseded=True)) == 2


def test_correction_rules(store: Store) -> None:
    original = store.record_event("Robin", event())
    fixed = store.record_event("Robin", correction_of(original, recorded_at=at(10), at=at(9)))
    with pytest.raises(InvalidCorrection, match=f"already corrected by event {fixed.id}"):
        store.record_event("Robin", correction_of(original, recorded_at=at(10), at=at(8)))
    store.add_person("Sam")
    with pytest.raises(InvalidCorrection, match="of this person"):
        store.record_event("Sam", correction_of(fixed, recorded_at=at(10), at=at(8)))
    with pytest.raises(InvalidCorrection, match="no dose event 999"):
        store.record_event("Robin", replace(event(), corrects=999))
    gone = store.record_event("Robin", retraction_of(fixed, recorded_at=at(11), reason="no"))
    with pytest.raises(InvalidCorrection, match="is a retraction"):
        store.record_event("Robin", correction_of(gone, recorded_at=at(12)))


def test_an_event_cannot_be_stored_twice_or_with_another_persons_plan(store: Store) -> None:
    stored = store.record_event("Robin", event())
    with pytest.raises(InvalidValue, match="already in the log"):
        store.record_event("Robin", stored)
    store.add_person("Sam")
    sams_plan = store.add_plan_version("Sam", PLAN)
    with pytest.raises(InvalidValue, match="not this person's"):
        store.record_event("Robin", event(plan_version=sams_plan))


def test_a_batch_is_all_or_nothing(store: Store) -> None:
    good = event()
    bad = replace(event(), corrects=999)
    with pytest.raises(InvalidCorrection):
        store.record_events("Robin", [good, good, bad])
    assert store.events_for("Robin", at(0), at(23)) == []
    assert len(store.record_events("Robin", [good, good])) == 2


def test_a_busy_database_says_so_and_saves_nothing(store: Store) -> None:
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store._db.conn.execute("PRAGMA busy_timeout = 0")  # do not wait the 5 s in a test
    try:
        with pytest.raises(StorageBusy, match="in use"):
            store.record_event("Robin", event())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.events_for("Robin", at(0), at(23)) == []


@pytest.mark.parametrize(
    ("query", "index"),
    [("_EVENTS_BETWEEN", "events_by_time"), ("_LAST_TAKEN", "events_by_medication"),
     ("_EVENTS_FOR_SLOT", "events_by_slot")],
)  # fmt: skip
def test_log_queries_search_indexes(store: Store, query: str, index: str) -> None:
    from medplanner.storage import repository

    sql = "EXPLAIN QUERY PLAN " + getattr(repository, query)
    names = ("person", "since", "until", "medication", "everything", "day", "time")
    plan = [row[3] for row in store._db.conn.execute(sql, dict.fromkeys(names, 1))]
    assert plan[0].startswith(f"SEARCH events USING INDEX {index} (person_id=?")
    assert plan[-1].startswith("SEARCH later USING COVERING INDEX events_corrected_once")


# ----------------------------------------------------------------------- settings


def test_settings_global_and_per_person(store: Store) -> None:
    settings = store.settings
    assert settings.get("text_scale") is None
    settings.set("text_scale", "150")
    settings.set("text_scale", "175")
    settings.set("reminder.grace_minutes", "45", person="robin")
    assert settings.get("text_scale") == "175"
    assert settings.get("reminder.grace_minutes") is None
    assert settings.all(person="Robin") == {"reminder.grace_minutes": "45"}
    settings.set("text_scale", None)
    assert settings.all() == {}
    with pytest.raises(InvalidValue):
        settings.set("Text Scale", "1")
    with pytest.raises(InvalidValue):
        settings.set("k", "v" * 10_001)
    with pytest.raises(UnknownPerson):
        settings.get("k", person="Nobody")


# -------------------------------------------------------------------------- stock


def test_stock_counts_and_changes(store: Store) -> None:
    stock = store.stock
    assert stock.level("Robin", "gabapentin") is None
    stock.record("Robin", "gabapentin", "add", 28, at=at(8))  # no count yet: from zero
    stock.record("Robin", "gabapentin", "set", 30, at=at(9))
    level = stock.record("Robin", "Gabapentin", "add", Decimal("-0.5"), at=at(10), reason="lost")
    assert level.units == Decimal("29.5")
    again = stock.level("robin", "GABAPENTIN")
    assert again is not None and (again.units, again.as_of) == (Decimal("29.5"), at(10))
    assert [c.kind for c in stock.history("Robin", "gabapentin")] == ["add", "set", "add"]


@pytest.mark.parametrize(
    ("kind", "units"),
    [("set", -1), ("add", 0), ("add", -31), ("set", Decimal("1e7")), ("set", Decimal("0.0001"))],
)
def test_stock_refuses_nonsense(store: Store, kind: str, units: Decimal) -> None:
    store.stock.record("Robin", "gabapentin", "set", 30, at=at(9))
    with pytest.raises(InvalidValue):
        store.stock.record("Robin", "gabapentin", kind, units, at=at(10))  # type: ignore[arg-type]
    level = store.stock.level("Robin", "gabapentin")
    assert level is not None and level.units == 30


def test_stock_history_is_append_only(store: Store) -> None:
    store.stock.record("Robin", "gabapentin", "set", 30, at=at(9))
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE stock_changes SET units = '3'")


def test_clock_stamps_what_the_store_creates(home: Path) -> None:
    moment = datetime(2030, 6, 1, 12, tzinfo=UTC)
    with Store.open(clock=lambda: moment) as store:
        assert store.add_person("Kim").created_at == moment
        store.add_plan_version("Kim", PLAN)
        plan = store.current_plan("Kim")
        assert plan is not None and plan.created_at == moment
        assert store.event(store.record_event("Kim", event()).id or 0).recorded_at == at(9, 5)


def test_default_clock_is_aware() -> None:
    from medplanner.storage.repository import system_clock

    assert system_clock().utcoffset() is not None
