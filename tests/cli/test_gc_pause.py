"""A command runs with the cyclic collector scanning rarely, and leaves it as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import medplanner.cli as cli
from medplanner.cli import COMMAND_GC_THRESHOLD, main, rare_collections


@pytest.fixture(autouse=True)
def default_threshold() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_threshold_raised_inside_and_restored_after() -> None:
    with rare_collections():
        assert gc.get_threshold() == (COMMAND_GC_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_command_fails() -> None:
    with pytest.raises(RuntimeError), rare_collections():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_collector_still_enabled_inside() -> None:
    with rare_collections():
        assert gc.isenabled()


def test_a_command_runs_inside_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int, int]] = []

    def fake_check(args: object) -> int:
        seen.append(gc.get_threshold())
        return 0

    import medplanner.cli.plans as plans

    monkeypatch.setattr(plans, "cmd_check", fake_check)
    assert main(["check", "nowhere.toml"]) == 0
    assert seen == [(COMMAND_GC_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_bad_command_line_restores_it() -> None:
    with pytest.raises(SystemExit):
        main(["check"])  # PLAN missing: argparse exits
    assert gc.get_threshold() == (700, 10, 10)


def test_the_app_keeps_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int, int]] = []

    def fake_app(*, demo: bool) -> int:
        seen.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(cli, "open_app", fake_app)
    assert main([]) == 0
    assert main(["--demo"]) == 0
    assert seen == [(700, 10, 10)] * 2


def test_the_program_freezes_the_collector_before_it_exits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "main", lambda: 3)
    assert gc.get_freeze_count() == 0
    try:
        with pytest.raises(SystemExit) as stop:
            cli.run()
        assert stop.value.code == 3  # main's status is the exit status
        assert gc.get_freeze_count() > 0  # the shutdown's last scan is skipped
    finally:
        gc.unfreeze()


def test_main_leaves_the_collector_unfrozen(monkeypatch: pytest.MonkeyPatch) -> None:
    import medplanner.cli.plans as plans

    monkeypatch.setattr(plans, "cmd_check", lambda args: 0)
    main(["check", "nowhere.toml"])
    assert gc.get_freeze_count() == 0
