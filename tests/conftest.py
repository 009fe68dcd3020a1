"""Shared fixtures: plans from text, the demo plan, an isolated data dir."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

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
