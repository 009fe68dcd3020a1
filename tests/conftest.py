"""Shared fixtures: plans from text, the demo plan, an isolated data dir."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from medplanner.core.i18n import set_language
from medplanner.core.model import Plan
from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PlanFactory = Callable[..., Plan]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir: nothing touches the real user's data."""
    home = tmp_path / "mp-home"
    monkeypatch.setenv("MEDPLANNER_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _in_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test speaks English whatever the machine's language: the CLI (in-process or as
    a process, which inherits the environment) reads MEDPLANNER_LANG first; a test that
    chose another language is set back to English after it."""
    monkeypatch.setenv("MEDPLANNER_LANG", "en")
    yield
    gui_i18n = sys.modules.get("medplanner.gui.i18n")
    if gui_i18n is not None:
        gui_i18n.uninstall()  # its Qt translators too
    set_language("en")


@pytest.fixture
def plan_from() -> PlanFactory:
    """``plan_from('''...toml...''')`` with the usual header filled in when missing."""

    def make(body: str, *, zone: str = "Europe/London", person: str = "") -> Plan:
        text = textwrap.dedent(body)
        if "[person]" not in text:
            extra = textwrap.dedent(person)
            head = f'format = "medplanner-plan/1"\n[person]\nname = "T"\ntimezone = "{zone}"\n'
            text = head + extra + "\n" + text
        return loads(text)

    return make


@pytest.fixture
def demo_plan() -> Plan:
    return loads(DEMO_PLAN.read_text(encoding="utf-8"))
