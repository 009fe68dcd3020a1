"""The translation catalogues' names and places: where each file goes, the languages there
are, the sources each catalogue is extracted from (used by
:mod:`medplanner.devtools.catalogues` and :mod:`medplanner.devtools.qtcatalogues`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
"""The checkout: ``medplanner/`` and ``resources/`` are here."""

LOCALE = Path("resources/locale")
POT = LOCALE / "medplanner.pot"
GUI = LOCALE / "gui"
DOMAIN = "medplanner"
PSEUDO = "en_XA"
#: English, the source language: its Qt catalogue holds only the count forms ("%n dose(s)"
#: reads "1 dose" / "2 doses"), as Qt's documentation advises; gettext needs none.
ENGLISH = "en"
COMMAND = "python -m medplanner.devtools.catalogues"

#: The gettext functions and which of their arguments are texts (Babel's notation).
KEYWORDS: dict[str, Any] = {
    "_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
}
COMMENT_TAGS = ("Translators:",)

#: Not in the gettext catalogue: the Qt GUI (its own catalogue) and these tools.
NOT_GETTEXT = ("medplanner/gui/", "medplanner/devtools/")

_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
_HEADER_COMMENT = """\
# Translations of MedPlanner's texts outside the Qt GUI.
# Made by `python -m medplanner.devtools.catalogues` (docs/translating.md): edit the
# translations, never the English texts (they come from the code).
#"""


class Missing(Exception):
    """A tool the command needs is not installed."""


# --------------------------------------------------------------------------- paths


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def ts_path(language: str) -> Path:
    return GUI / f"{DOMAIN}_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def languages(root: Path) -> list[str]:
    """The pseudo-locale and every language with a ``.po`` or a ``.ts`` under ``root``."""
    found = {PSEUDO}
    locale = root / LOCALE
    if locale.is_dir():
        found |= {p.parent.parent.name for p in locale.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    gui = root / GUI
    if gui.is_dir():
        found |= {p.stem.removeprefix(f"{DOMAIN}_") for p in gui.glob(f"{DOMAIN}_*.ts")}
    return sorted(found - {ENGLISH})


def sources(root: Path, gui: bool) -> list[Path]:
    """The Python files of ``medplanner/gui`` (``gui``) or of every other part, relative to
    ``root``, sorted."""
    files = sorted(p.relative_to(root) for p in (root / "medplanner").rglob("*.py"))
    if gui:
        return [p for p in files if p.as_posix().startswith("medplanner/gui/")]
    return [p for p in files if not p.as_posix().startswith(NOT_GETTEXT)]
