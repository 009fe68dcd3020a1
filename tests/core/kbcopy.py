"""A copy of the shipped knowledge base's TOML files with its own bundle, to change freely."""

from __future__ import annotations

import shutil
from pathlib import Path

from medplanner.core import kbbundle
from medplanner.core.resources import RESOURCES


def bundled_copy(tmp_path: Path) -> Path:
    """``tmp_path/kb``: the shipped drugs, products and classes, and a bundle made from them."""
    root = tmp_path / "kb"
    for sub in ("drugs", "products"):
        shutil.copytree(RESOURCES / sub, root / sub)
    shutil.copy(RESOURCES / "classes.toml", root / "classes.toml")
    assert kbbundle.main([str(root)]) == 0
    assert kbbundle.read(root) is not None
    return root
