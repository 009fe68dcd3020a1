"""argparse's own words come from MedPlanner's catalogue too (issue 22 item 6)."""

from __future__ import annotations

import pytest

from medplanner.core import i18n

from .conftest import Cli
from .test_shell_catalogue import Bracketed, _Pinned


def test_usage_titles_and_errors_of_argparse_are_translated(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "_in_use", _Pinned(Bracketed()))
    helped = cli("take", "--help")
    assert helped.out.startswith("⟦usage: ⟧medplanner take")
    assert "⟦options⟧:" in helped.out
    assert "⟦show this help message and exit⟧" in helped.out
    wrong = cli("status", "--no-such-option")
    assert wrong.rc == 2
    assert "⟦unrecognized arguments: %s⟧" not in wrong.err  # filled in
    assert "⟦unrecognized arguments: --no-such-option⟧" in wrong.err


def test_in_english_argparse_reads_as_it_always_did(cli: Cli) -> None:
    helped = cli("take", "--help")
    assert helped.out.startswith("usage: medplanner take")
    assert "options:" in helped.out and "show this help message and exit" in helped.out
    assert "unrecognized arguments: --no-such-option" in cli("status", "--no-such-option").err
