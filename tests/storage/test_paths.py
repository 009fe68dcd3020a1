"""Where the data lives, and that nobody but its user can read it."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import platformdirs
import pytest

from medplanner.storage import Store, backup, paths

from .conftest import FakeClock, event

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_from_env_or_platform(tmp_path: Path) -> None:
    assert paths.data_dir({"MEDPLANNER_HOME": str(tmp_path)}) == tmp_path
    expected = Path(platformdirs.user_data_dir("MedPlanner", appauthor=False))
    assert paths.data_dir({}) == expected
    assert paths.data_dir({"MEDPLANNER_HOME": ""}) == expected


def test_open_uses_medplanner_home(home: Path, clock: FakeClock) -> None:
    with Store.open(clock=clock) as store:
        assert store.data_dir == home and store.path == home / "medplanner.db"
    assert (home / "backups").is_dir()


@posix_only
def test_everything_is_private(home: Path, clock: FakeClock) -> None:
    old = os.umask(0o022)  # a typical, permissive umask
    try:
        with Store.open(clock=clock) as store:
            store.ensure_person("Robin")
            store.record_event("Robin", event())
            sidecars = [paths.sidecar(store.path, s) for s in ("-wal", "-shm")]
            assert all(p.exists() for p in sidecars)  # WAL mode: they exist while open
            backup.ensure_daily_backup(store, date(2027, 1, 5))
            backup.backup(store, home.parent / "export.db")
            files = [store.path, *sidecars, home.parent / "export.db"]
            files += list((home / "backups").iterdir())
            assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
        assert mode(home) == 0o700 and mode(home / "backups") == 0o700
        assert os.umask(0o022) == 0o022  # the store put the umask back
    finally:
        os.umask(old)


@posix_only
def test_an_existing_readable_dir_is_used_as_it_is(home: Path, clock: FakeClock) -> None:
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    Store.open(clock=clock).close()
    assert mode(home) == 0o755  # never chmodded: not ours to change (its files are 0600)


@posix_only
@pytest.mark.parametrize("loose", [0o1777, 0o775, 0o757])
def test_an_existing_dir_others_can_write_is_refused(
    home: Path, clock: FakeClock, loose: int
) -> None:
    home.mkdir()
    home.chmod(loose)
    with pytest.raises(paths.UnsafeFolder, match="chmod 700"):
        Store.open(clock=clock)
    assert mode(home) == loose and list(home.iterdir()) == []


@posix_only
def test_a_loose_database_file_is_tightened(home: Path, clock: FakeClock) -> None:
    Store.open(clock=clock).close()
    (home / "medplanner.db").chmod(0o644)
    Store.open(clock=clock).close()
    assert mode(home / "medplanner.db") == 0o600
