"""The signs of severity and dose state are SVG icons shipped with MedPlanner (issue 21
item 2): a light and a dark variant each, carried by a regular install, drawn by Qt's SVG
reader, named for screen readers; the GUI never relies on a font having a glyph."""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from medplanner.gui import severity

ROOT = Path(__file__).resolve().parents[2]
GLYPHS = "⛔⚠ⓘ✓✗●○⤼≈▲▼▾"


def test_every_mark_has_a_light_and_a_dark_svg_a_wheel_carries(qapp: QApplication) -> None:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = conf["tool"]["setuptools"]["package-data"]["medplanner.data.icons"]
    for mark in severity.MARKS:
        for dark in (False, True):
            path = severity.icon_file(mark.icon, dark=dark)
            assert path.is_file(), path
            assert path.parent == ROOT / "resources" / "icons"
            assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path.name
            assert path.read_text(encoding="utf-8").startswith("<svg"), path


def test_icon_label_shows_a_pixmap_and_is_named_by_its_word(qapp: QApplication) -> None:
    label = severity.icon_label(severity.severity("danger"))
    assert not label.pixmap().isNull()
    assert label.accessibleName() == "Danger"
    assert label.width() == severity.icon_side(label)


def test_the_dark_palette_gets_the_dark_icon(qapp: QApplication) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, "#202124")
    dark.setColor(QPalette.ColorRole.WindowText, "#e8eaed")
    assert severity.severity("info").icon_path(dark).name == "info-dark.svg"


def test_no_gui_string_relies_on_a_font_glyph() -> None:
    """String literals in the GUI carry words and icons, never ⛔ ⚠ ⓘ ✓ ✗ ● ○ as text
    (docstrings and comments may name them). The tray's emergency tooltip, which cannot
    show an icon, is words alone."""
    allowed: set[Path] = set()
    found = []
    for path in sorted((ROOT / "medplanner" / "gui").rglob("*.py")):
        if path in allowed:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            glyph = isinstance(text, str) and any(g in text for g in GLYPHS)
            if glyph and id(node) not in docstrings:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found == []
