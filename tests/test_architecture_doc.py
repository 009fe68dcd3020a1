"""docs/architecture.md is a true map (issue 19): every folder it lists exists, and every
package under medplanner/ is listed."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "architecture.md"


def _listed_folders() -> list[str]:
    """The folders of the map's first code block: each line that starts with one."""
    text = DOC.read_text(encoding="utf-8")
    block = text.split("```", 2)[1]
    return [m.group(1) for m in re.finditer(r"^([\w.]+(?:/[\w.]+)*/)\s", block, re.M)]


def test_every_listed_folder_exists() -> None:
    listed = _listed_folders()
    assert "medplanner/core/" in listed  # the map was found
    missing = [f for f in listed if not (REPO / f).is_dir()]
    assert missing == []


def test_every_package_is_on_the_map() -> None:
    listed = set(_listed_folders())
    packages = {
        p.parent.relative_to(REPO).as_posix() + "/"
        for p in (REPO / "medplanner").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    packages.discard("medplanner/")
    assert sorted(packages - listed) == []
