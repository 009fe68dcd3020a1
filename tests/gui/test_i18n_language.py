"""Choosing the GUI's language (issue 22 item 6): MEDPLANNER_LANG, the Language setting,
the usual locale variables, then the system's languages; both catalogues follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from medplanner.core import i18n as core_i18n
from medplanner.gui import i18n
from medplanner.gui.widgets.prefs import Prefs


def no_system() -> list[str]:
    return []


def test_the_order_of_what_is_asked_for() -> None:
    env = {"LANGUAGE": "de:fr", "LANG": "it_IT.UTF-8"}
    assert i18n.wanted("", env, no_system) == ["de", "fr"]
    assert i18n.wanted("en_XA", env, no_system) == ["en_XA"]  # the setting beats the system's
    assert i18n.wanted("en_XA", {**env, "MEDPLANNER_LANG": "nl"}, no_system) == ["nl"]
    assert i18n.wanted("", {"LC_ALL": "", "LC_MESSAGES": "pt_BR.UTF-8"}, no_system) == [
        "pt_BR.UTF-8"
    ]
    assert i18n.wanted("", {}, lambda: ["de-CH", "en-GB"]) == ["de_CH", "en_GB"]


def test_the_pseudo_locale_is_installed_for_both_catalogues(qapp: QApplication) -> None:
    assert i18n.install(qapp, "en_XA", {}, no_system) == "en_XA"
    assert core_i18n.current_language() == "en_XA"
    assert len(i18n._Installed.translators) == 1  # ours; no Qt catalogue for a pseudo-locale
    text = QCoreApplication.translate("LanguageChoice", "System default")
    assert text.startswith("⟦") and text.endswith("⟧"), text
    i18n.uninstall()
    assert QCoreApplication.translate("LanguageChoice", "System default") == "System default"
    assert core_i18n.current_language() == "en"


def test_a_language_without_a_catalogue_gives_english(qapp: QApplication) -> None:
    assert i18n.install(qapp, "", {"MEDPLANNER_LANG": "xx:yy"}, no_system) == "en"
    assert len(i18n._Installed.translators) == 1  # English's count forms only
    assert QCoreApplication.translate("_Counts", "%n danger(s)", "", 1) == "1 danger"
    assert QCoreApplication.translate("_Counts", "%n danger(s)", "", 3) == "3 dangers"
    assert QCoreApplication.translate("LanguageChoice", "System default") == "System default"
    # English stops the search: LANG=en_GB wins over a later pseudo-locale.
    assert i18n.install(qapp, "", {"LANGUAGE": "en_GB:en_XA"}, no_system) == "en"
    assert i18n.install(qapp, "", {}, lambda: ["en-XA"]) == "en_XA"


def test_the_setting_is_a_row_of_the_display_preferences(qtbot: QtBot, tmp_path: Path) -> None:
    prefs = Prefs(tmp_path)
    row = i18n.LanguageChoice(prefs)
    qtbot.addWidget(row)
    values = [row.combo.itemData(i) for i in range(row.combo.count())]
    words = [row.combo.itemText(i) for i in range(row.combo.count())]
    assert values[:2] == ["", "en"] and values[-1] == "en_XA"
    assert words[0] == "System default" and words[-1] == "Pseudo-locale (for testing)"
    assert row.combo.currentData() == ""
    assert "next time MedPlanner starts" in row.note.text()
    assert row.label.buddy() is row.combo
    row.combo.setCurrentIndex(values.index("en_XA"))
    row.combo.activated.emit(row.combo.currentIndex())
    assert Prefs(tmp_path).language == "en_XA"  # kept with the display preferences
    again = i18n.LanguageChoice(Prefs(tmp_path))
    qtbot.addWidget(again)
    assert again.combo.currentData() == "en_XA"
