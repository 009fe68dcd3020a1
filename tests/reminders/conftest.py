"""Fixtures for the reminder engine: a household with a plan and travelled clocks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from .fakes import Rig

RigFactory = Callable[..., Rig]


@pytest.fixture
def make_rig(tmp_path: Path) -> Iterator[RigFactory]:
    made: list[Rig] = []

    def make(now: datetime, *plans: str, **options: Any) -> Rig:
        rig = Rig.create(tmp_path / f"home{len(made)}", now, *plans, **options)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.close()
