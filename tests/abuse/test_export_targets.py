"""Files the person names (``export -o``, ``backup FILE``): careless or hostile targets.

A target in the data dir (directly, via ``..``, or via a symlinked folder) or a symlink
is invalid input (exit 2) and nothing is written; a full disk, a refused folder or a
kill mid-write leaves yesterday's file exactly as it was (never a 0-byte one), and no
file the app did not create is ever chmodded.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medplanner.storage import paths

from .conftest import Seeded, digest, run_cli

KINDS: dict[str, tuple[str, ...]] = {
    "csv": ("export", "--format", "csv", "-o"),
    "toml": ("export", "--format", "toml", "-o"),
    "ics": ("export", "--format", "ics", "-o"),
    "backup": ("backup",),
}


def write(home: Path, kind: str, target: Path | str) -> tuple[int, str]:
    result = run_cli(home, *KINDS[kind], target)
    result.assert_clean()
    return result.rc, result.err


def into_data_dir(home: Path, tmp: Path) -> Path:
    return home / "history.csv"


def the_database(home: Path, tmp: Path) -> Path:
    return home / "medplanner.db"


def via_dotdot(home: Path, tmp: Path) -> Path:
    (tmp / "elsewhere").mkdir(exist_ok=True)
    return tmp / "elsewhere" / ".." / home.name / "x.csv"


def via_symlinked_folder(home: Path, tmp: Path) -> Path:
    link = tmp / "innocent-folder"
    if not link.is_symlink():
        link.symlink_to(home)
    return link / "x.csv"


def into_backups_folder(home: Path, tmp: Path) -> Path:
    return home / "backups" / "x.db"


def a_symlink_to_a_victim(home: Path, tmp: Path) -> Path:
    victim = tmp / "victim.txt"
    victim.write_text("precious")
    victim.chmod(0o644)
    link = tmp / "out.csv"
    link.unlink(missing_ok=True)
    link.symlink_to(victim)
    return link


def a_dangling_symlink(home: Path, tmp: Path) -> Path:
    link = tmp / "dangling.csv"
    link.unlink(missing_ok=True)
    link.symlink_to(tmp / "nowhere" / "x")
    return link


def a_folder(home: Path, tmp: Path) -> Path:
    (tmp / "a-folder").mkdir(exist_ok=True)
    return tmp / "a-folder"


def a_missing_folder(home: Path, tmp: Path) -> Path:
    return tmp / "missing" / "x.csv"


REFUSED: dict[str, Callable[[Path, Path], Path]] = {
    f.__name__: f
    for f in (
        into_data_dir,
        the_database,
        via_dotdot,
        via_symlinked_folder,
        into_backups_folder,
        a_symlink_to_a_victim,
        a_dangling_symlink,
        a_folder,
        a_missing_folder,
    )
}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_targets(home: Path, tmp_path: Path, kind: str, case: str) -> None:
    target = REFUSED[case](home, tmp_path)
    before = digest(home)
    listing = sorted(p.name for p in home.iterdir())
    rc, err = write(home, kind, target)
    assert rc == 2 and "medplanner:" in err
    assert digest(home) == before and sorted(p.name for p in home.iterdir()) == listing
    victim = tmp_path / "victim.txt"
    if victim.exists():
        assert victim.read_text() == "precious"
        assert stat.S_IMODE(victim.stat().st_mode) == 0o644  # never chmodded


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_existing_file_is_replaced_by_a_new_private_one(
    home: Path, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "out"
    target.write_text("yesterday")
    target.chmod(0o644)
    old_inode = target.stat().st_ino
    rc, _ = write(home, kind, target)
    assert rc == 0 and target.read_bytes() != b"yesterday"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.stat().st_ino != old_inode  # a new file, renamed over: never chmodded
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def _failing_write(error: BaseException) -> Callable[[int, object], int]:
    real = os.write

    def write_some(fd: int, data: object) -> int:
        view = memoryview(data)  # type: ignore[arg-type]
        if len(view) > 8:
            real(fd, view[:8])  # a partial write first, as a full disk does
            raise error
        return real(fd, view)

    return write_some


@pytest.mark.parametrize(
    "error",
    [OSError(errno.ENOSPC, "No space left on device"), OSError(errno.EIO, "I/O error")],
    ids=["disk-full", "io-error"],
)
@pytest.mark.parametrize("kind", ["csv", "toml", "ics"])
def test_a_full_disk_keeps_yesterdays_file(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, error: OSError
) -> None:
    target = tmp_path / "history.out"
    target.write_text("yesterday's good file")
    monkeypatch.setattr(paths.os, "write", _failing_write(error))
    rc, err = write(home, kind, target)
    assert rc == 2 and "cannot be written" in err
    assert target.read_text() == "yesterday's good file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.out", "home"]


def test_a_kill_mid_write_keeps_yesterdays_file(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.csv"
    target.write_text("yesterday's good file")
    monkeypatch.setattr(paths.os, "write", _failing_write(KeyboardInterrupt()))
    result = run_cli(home, "export", "--format", "csv", "-o", target)
    assert result.rc == 130 and "Traceback" not in result.err
    assert target.read_text() == "yesterday's good file"


def test_a_read_only_folder(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere: refuse as the kernel would for a user
        real = os.open

        def refuse(path: object, flags: int, mode: int = 0o777, **kw: object) -> int:
            if Path(str(path)).parent == folder and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, flags, mode, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(paths.os, "open", refuse)
    try:
        for kind in ("csv", "toml", "ics"):
            rc, err = write(home, kind, folder / "x.out")
            assert rc == 2 and "cannot be written" in err and "ermission" in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    parts=st.lists(
        st.sampled_from(["..", ".", "home", "backups", "x", "medplanner.db", "link", ""]),
        min_size=1,
        max_size=5,
    ),
    kind=st.sampled_from(sorted(KINDS)),
)
def test_generated_paths_never_land_in_the_data_dir(
    seeded: Seeded, tmp_path: Path, parts: list[str], kind: str
) -> None:
    home = seeded.fresh_home(tmp_path)
    link = tmp_path / "link"
    if not link.is_symlink():
        link.symlink_to(home)
    target = os.path.join(str(tmp_path), *parts)
    before = digest(home)
    listing = sorted(p.name for p in home.iterdir())
    rc, _ = write(home, kind, target)
    assert digest(home) == before and sorted(p.name for p in home.iterdir()) == listing
    if rc == 0:
        written = Path(target).resolve()
        assert home.resolve() not in written.parents
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        written.unlink()
