"""Whatever the umask (000 included): files the app creates are 0600, folders 0700."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import PLAN, run_cli

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def modes(folder: Path) -> dict[str, str]:
    """``{relative path: octal mode}`` of everything under ``folder`` (itself included)."""
    found = {".": oct(stat.S_IMODE(folder.lstat().st_mode))}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def assert_private(folder: Path) -> None:
    for name, mode in modes(folder).items():
        path = folder / name
        expected = "0o700" if path.is_dir() and not path.is_symlink() else "0o600"
        if stat.S_ISSOCK(path.lstat().st_mode):
            assert int(mode, 8) & 0o077 == 0, (name, mode)
        else:
            assert mode == expected, (name, mode)


@posix_only
def test_cli_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    home = tmp_path / "deep" / "home"  # parents made by the app too
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    run_cli(home, "import", plan).assert_clean((0, 1))
    run_cli(home, "backup", out / "b.db").assert_clean((0,))
    for fmt in ("csv", "ics", "toml"):
        run_cli(home, "export", "--format", fmt, "-o", out / f"x.{fmt}").assert_clean((0,))
    run_cli(home, "status").assert_clean()
    assert_private(home)
    assert oct(stat.S_IMODE((tmp_path / "deep").stat().st_mode)) == "0o700"
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in out.iterdir()} == {
        n: "0o600" for n in ("b.db", "x.csv", "x.ics", "x.toml")
    }


@posix_only
def test_error_log_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    from medplanner import errorlog

    try:
        raise RuntimeError("boom")
    except RuntimeError as e:
        path = errorlog.write(tmp_path / "logs", e)
    assert path is not None
    assert_private(tmp_path / "logs")


@posix_only
def test_gui_start_under_umask_000(
    tmp_path: Path, qapp: object, umask_000: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI's own files: settings, instance socket and lock, the database."""
    from PySide6.QtCore import QByteArray

    from medplanner.gui.single_instance import acquire
    from medplanner.gui.widgets.prefs import Prefs
    from medplanner.service import Service

    home = tmp_path / "home"
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    instance = acquire(home)
    assert instance is not None and instance.problem is None
    try:
        prefs = Prefs(home)
        prefs.last_person = "Pat"
        prefs.geometry = QByteArray(b"\x01\x02")
        prefs.sync()
        with Service.open(home) as svc:
            assert svc.persons() == []
            assert_private(home)  # socket and -wal/-shm included, while running
    finally:
        instance.close()
    assert_private(home)
    assert Prefs(home).last_person == "Pat" and Prefs(home).geometry == QByteArray(b"\x01\x02")


@posix_only
@pytest.mark.parametrize("loose", [0o1777, 0o777, 0o770])
def test_a_data_dir_others_can_write_is_refused_not_chmodded(tmp_path: Path, loose: int) -> None:
    home = tmp_path / "shared"
    home.mkdir()
    home.chmod(loose)
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    result = run_cli(home, "import", plan)
    result.assert_clean((2,))
    assert "chmod 700" in result.err and str(home) in result.err
    assert stat.S_IMODE(home.stat().st_mode) == loose and list(home.iterdir()) == []


@posix_only
def test_the_error_log_is_rotated_and_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medplanner import errorlog

    assert errorlog.MAX_BYTES == 1_000_000 and errorlog.BACKUPS == 3
    monkeypatch.setattr(errorlog, "MAX_BYTES", 5_000)  # 1 MB, scaled down for speed
    secret = "Pat takes 900 mg gabapentin " * 40  # a long message: cut in the log
    for _ in range(40):
        try:
            raise ValueError(secret)
        except ValueError as e:
            errorlog.write(tmp_path, e)
    logs = sorted(p.name for p in tmp_path.iterdir())
    assert logs == [errorlog.LOG_NAME] + [f"{errorlog.LOG_NAME}.{n}" for n in (1, 2, 3)]
    for name in logs:
        path = tmp_path / name
        assert path.stat().st_size <= errorlog.MAX_BYTES
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = (tmp_path / errorlog.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError" in text and secret not in text
