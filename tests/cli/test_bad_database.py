"""Damaged databases and hostile backups through the command line: exit 2, a clear message
naming the problem and what to do, never a traceback, and the person's data untouched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medplanner.core.resources import DEMO_PLAN
from tests.storage.test_backup import BAD_FILES

AT = "2027-01-05T07:02:00+00:00"


def files(home: Path) -> dict[str, bytes]:
    return {
        p.relative_to(home).as_posix(): p.read_bytes()
        for p in sorted(home.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def robin(cli, _isolated_home: Path) -> Path:  # type: ignore[no-untyped-def]
    assert cli("import", DEMO_PLAN).rc == 0
    assert cli("take", "baclofen", "--at", AT).rc == 0
    return _isolated_home


@pytest.fixture
def good_backup(cli, robin: Path, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    dest = tmp_path / "good-backup.db"
    r = cli("backup", dest)
    assert r.rc == 0 and dest.stat().st_mode & 0o777 == 0o600, r
    return dest


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_restore_of_a_bad_backup_changes_nothing(cli, robin, good_backup, tmp_path, case) -> None:  # type: ignore[no-untyped-def]
    spoil, words = BAD_FILES[case]
    bad = tmp_path / "bad.db"
    spoil(good_backup, bad)
    before = files(robin)
    r = cli("restore", bad)
    assert r.rc == 2 and "Traceback" not in r.err, r
    assert "Nothing was changed" in r.err and str(bad) in r.err
    assert re.search(words, " ".join(r.err.split())), r.err  # names the problem
    assert files(robin) == before
    assert cli("status", "--at", AT, "--json").json()["doses"][0]["state"] == "taken"


@pytest.mark.parametrize(
    "case", ["truncated", "zero length", "random bytes", "another app", "newer version"]
)
def test_a_damaged_database_is_never_overwritten(cli, robin, good_backup, tmp_path, case) -> None:  # type: ignore[no-untyped-def]
    spoil, _ = BAD_FILES[case]
    live = robin / "medplanner.db"
    spoil(good_backup, tmp_path / "spoiled.db")
    live.write_bytes((tmp_path / "spoiled.db").read_bytes())
    before = files(robin)
    for args in (["status", "--at", AT], ["take", "gabapentin", "--at", AT], ["import", DEMO_PLAN]):
        r = cli(*args)
        assert r.rc == 2 and "Traceback" not in r.err, (args, r)
        assert "medplanner restore" in r.err or "newer" in r.err, r  # says what to do
        assert files(robin) == before


def test_backup_then_restore_round_trip(cli, robin, good_backup) -> None:  # type: ignore[no-untyped-def]
    assert cli("take", "gabapentin", "--at", "2027-01-05T09:01:00+00:00").rc == 0
    r = cli("restore", good_backup)
    assert r.rc == 0 and "kept at" in r.out, r
    doses = cli("status", "--at", "2027-01-05T09:30:00+00:00", "--json").json()["doses"]
    assert [d["state"] for d in doses[:2]] == ["taken", "due"]  # the 09:01 take is gone again
