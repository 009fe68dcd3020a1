"""The GUI's language: chosen once at start, for both catalogues (docs/translating.md).

The language is the first of these that names one:

1. ``MEDPLANNER_LANG`` (a colon-separated list, like ``LANGUAGE``);
2. the Language setting in Person & settings (stored with the display preferences);
3. ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``;
4. the system's languages as Qt knows them (``QLocale.system().uiLanguages()``).

The first of those with a shipped catalogue wins, else English. :func:`install` selects it
for the gettext texts (:func:`medplanner.core.i18n.set_language`: the core's, the reminder
texts') and installs the GUI's Qt catalogue (``resources/locale/gui/medplanner_<lang>.qm``)
and, for a real language, Qt's own (``qtbase_<lang>.qm``: the words of Qt's standard
dialogs). It runs before the main window is made; a change of the setting takes effect at the
next start. Nothing here touches PySide6's ``Qt`` namespace (the first paint stays light).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from medplanner.core import i18n as core_i18n
from medplanner.gui.widgets.prefs import Prefs

GUI_LOCALE = os.path.join(core_i18n.LOCALE_DIR, "gui")
SYSTEM = ""
"""The setting's value for "System default"."""


def _system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def wanted(
    setting: str,
    environ: Mapping[str, str],
    system: Callable[[], list[str]] = _system_languages,
) -> list[str]:
    """The languages asked for, best first (see the module's docstring)."""
    if environ.get("MEDPLANNER_LANG", "").strip():
        return core_i18n.environment_languages(environ)
    if setting:
        return [setting]
    return core_i18n.environment_languages(environ) or [code.replace("-", "_") for code in system()]


class _Installed:
    translators: list[QTranslator] = []  # noqa: RUF012 (one list: the app's)


def install(
    app: QCoreApplication,
    setting: str = SYSTEM,
    environ: Mapping[str, str] | None = None,
    system: Callable[[], list[str]] = _system_languages,
) -> str:
    """Select the language for both catalogues; returns it (``"en"``: English)."""
    uninstall()
    language = core_i18n.set_language(
        wanted(setting, os.environ if environ is None else environ, system)
    )
    ours = QTranslator(app)
    if ours.load(os.path.join(GUI_LOCALE, f"medplanner_{language}.qm")):
        _add(app, ours)  # English too: its catalogue holds the count forms ("1 dose")
    if language == core_i18n.SOURCE_LANGUAGE:
        return language
    if language != core_i18n.PSEUDO:
        qt = QTranslator(app)
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", where):
            _add(app, qt)
    return language


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _Installed.translators.append(translator)


def uninstall() -> None:
    """Back to English (for tests): the translators removed, gettext's catalogue too."""
    app = QCoreApplication.instance()
    for translator in _Installed.translators:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _Installed.translators.clear()
    core_i18n.set_language(core_i18n.SOURCE_LANGUAGE)


def choices() -> list[tuple[str, str]]:
    """The Language setting's choices: (value, words shown)."""
    out = [
        (SYSTEM, QCoreApplication.translate("LanguageChoice", "System default")),
        ("en", QCoreApplication.translate("LanguageChoice", "English")),
    ]
    shipped = [code for code in core_i18n.available_languages() if code != core_i18n.PSEUDO]
    # A language's own name for itself (data: never translated).
    out += [(code, QLocale(code).nativeLanguageName() or code) for code in shipped]
    if core_i18n.PSEUDO in core_i18n.available_languages():
        pseudo = QCoreApplication.translate("LanguageChoice", "Pseudo-locale (for testing)")
        out.append((core_i18n.PSEUDO, pseudo))
    return out


class LanguageChoice(QWidget):
    """The Language row of the display preferences: a list, and when it takes effect."""

    def __init__(self, prefs: Prefs) -> None:
        from medplanner.gui.widgets.a11y import name_choices  # here: install runs before paint

        super().__init__()
        self.prefs = prefs
        self.setObjectName("language-choice")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        self.combo.setAccessibleName(self.tr("Language of MedPlanner"))
        for value, words in choices():
            self.combo.addItem(words, value)
        found = self.combo.findData(prefs.language)
        self.combo.setCurrentIndex(max(found, 0))
        name_choices(self.combo)
        self.combo.activated.connect(lambda _i: self.save())
        box.addWidget(self.combo)
        self.note = QLabel(self.tr("Takes effect the next time MedPlanner starts."))
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self.label = QLabel(self.tr("Lan&guage"))
        self.label.setBuddy(self.combo)

    def save(self) -> None:
        self.prefs.language = str(self.combo.currentData())
