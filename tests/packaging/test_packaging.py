"""Packaging: the Linux desktop entry and AppStream metadata pass their validators, the icons
exist in every size, and (slow) the PyInstaller one-folder app builds and starts.

The validators come from Debian's desktop-file-utils and appstream packages; PyInstaller from
PyPI. Without them the tests skip and say which package is missing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.medplanner.MedPlanner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, timeout=300
    )


def need(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is missing: apt-get install {package}")


@pytest.mark.slow
def test_desktop_file_validates() -> None:
    need("desktop-file-validate", "desktop-file-utils")
    result = run("desktop-file-validate", DESKTOP)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


@pytest.mark.slow
def test_appstream_metainfo_validates() -> None:
    need("appstreamcli", "appstream")
    result = run("appstreamcli", "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "medplanner"
    assert desktop["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "medplanner"
    assert root.findtext("project_license") == "GPL-3.0-or-later"  # as pyproject says
    from medplanner import __version__

    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_icons_exist_in_every_size() -> None:
    from PySide6.QtGui import QImage

    assert (ICONS / "medplanner.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"medplanner-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


@pytest.mark.slow
def test_pyinstaller_one_folder_app_builds_and_starts(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is missing: pip install "pyinstaller>=6.10,<7"')
    env = dict(
        os.environ, PYTHON=sys.executable, DIST=str(tmp_path / "dist"), WORK=str(tmp_path / "w")
    )
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "medplanner 0.1" in result.stdout
    assert "smoke test passed" in result.stdout
    app = tmp_path / "dist" / "medplanner"
    assert (app / "medplanner").is_file()
    drugs = list(app.rglob("medplanner/data/drugs/gabapentin.toml"))
    assert drugs, "resources/ must ship as medplanner/data"
