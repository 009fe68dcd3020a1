"""The wheel must carry every package and every resource folder (pyproject lists them)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def listed() -> set[str]:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(conf["tool"]["setuptools"]["packages"])


def test_every_python_package_is_listed() -> None:
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "medplanner").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found - listed() == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_every_resource_folder_is_listed() -> None:
    found = {"medplanner.data"} | {
        "medplanner.data." + ".".join(p.relative_to(ROOT / "resources").parts)
        for p in (ROOT / "resources").rglob("*")
        if p.is_dir() and "__pycache__" not in p.parts
    }
    assert found - listed() == set(), "add these to [tool.setuptools] packages in pyproject.toml"
