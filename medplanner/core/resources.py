"""Where the shipped resources (drug data, demo plan, icons) live.

In a source checkout or an editable install they are ``resources/`` beside
the ``medplanner`` package; a wheel (or a frozen app) carries the same files
as the ``medplanner/data`` package directory (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _find() -> Path:
    for candidate in (_PACKAGE / "data", _PACKAGE.parent / "resources"):
        if (candidate / "drugs").is_dir():
            return candidate
    return _PACKAGE.parent / "resources"


RESOURCES: Path = _find()
DRUGS_DIR: Path = RESOURCES / "drugs"
CLASSES_FILE: Path = RESOURCES / "classes.toml"
DEMO_PLAN: Path = RESOURCES / "demo-plan.toml"
