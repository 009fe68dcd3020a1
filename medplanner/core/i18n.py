"""Translations of every text that is not the Qt GUI's own: gettext catalogues.

The core, the command line, the exports and the reminder texts write their words through
``_`` (and ``ngettext`` for counts); a text built at import time (a table of messages) is
marked with ``N_`` and translated where it is used. The catalogues are
``resources/locale/<language>/LC_MESSAGES/medplanner.mo``, made from the ``.po`` files
beside them by the catalogue command (docs/translating.md). The Qt GUI's own words go
through Qt's ``tr`` and ``.qm`` files; the GUI selects the same language for both.

Nothing here reads the environment: the shells (the command line, the GUI) decide the
language (``MEDPLANNER_LANG``, the usual ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``, or
the GUI's setting) and call :func:`set_language`. Until then every text is English, the
source language. Machine-readable output (finding codes, JSON keys, file formats) is never
translated.

A translated text keeps its placeholders: write ``_("Take {dose} now").format(dose=...)``,
never an f-string inside ``_`` (it could not be looked up).
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Mapping

from medplanner.core.resources import is_dir, is_file, names_in, path_in, resource

DOMAIN = "medplanner"
SOURCE_LANGUAGE = "en"
PSEUDO = "en_XA"
"""The pseudo-locale: every text lengthened and accented, to find untranslated and clipped text."""

#: The catalogues' folder (a string path).
LOCALE_DIR = resource("locale")


class _InUse:
    translation: _gettext.NullTranslations = _gettext.NullTranslations()
    language = SOURCE_LANGUAGE


_in_use = _InUse()


def _(message: str) -> str:
    """``message`` in the language in use."""
    return _in_use.translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for the count ``n`` in the language in use."""
    return _in_use.translation.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the language in use, where the same English words need telling apart."""
    return _in_use.translation.pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue without translating it (translate it where used)."""
    return message


def available_languages() -> list[str]:
    """The languages with a shipped catalogue, besides English (the source language)."""
    return [
        name
        for name in names_in(LOCALE_DIR)
        if is_file(path_in(LOCALE_DIR, name, "LC_MESSAGES", f"{DOMAIN}.mo"))
    ]


def set_language(preferred: list[str] | str | None) -> str:
    """Use the first of ``preferred`` that has a catalogue (``"de_DE.UTF-8"`` finds ``de``);
    English when none has. Returns the language in use."""
    codes = [preferred] if isinstance(preferred, str) else list(preferred or [])
    wanted = [code.split(".")[0].split("@")[0] for code in codes if code]
    for code in wanted:
        if code in ("C", "POSIX", SOURCE_LANGUAGE) or (
            code.startswith(SOURCE_LANGUAGE + "_") and code != PSEUDO
        ):
            break  # English needs no catalogue (and gettext.find would import locale)
        found = _gettext.find(DOMAIN, LOCALE_DIR, [code])
        if found:
            with open(found, "rb") as handle:
                _in_use.translation = _gettext.GNUTranslations(handle)
            _in_use.language = code if is_dir(path_in(LOCALE_DIR, code)) else code.split("_")[0]
            return _in_use.language
    _in_use.translation = _gettext.NullTranslations()
    _in_use.language = SOURCE_LANGUAGE
    return _in_use.language


#: Where a person's language is read from, after ``MEDPLANNER_LANG`` (as gettext reads them).
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages asked for in ``environ`` (the shells pass ``os.environ``), best first:
    ``MEDPLANNER_LANG`` when set, else the first of ``LANGUAGE`` (a colon-separated list),
    ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set. Empty when none is."""
    for name in ("MEDPLANNER_LANG", *LOCALE_VARIABLES):
        value = environ.get(name, "")
        if value.strip():
            return [code.strip() for code in value.split(":") if code.strip()]
    return []


def current_language() -> str:
    """The language in use (``"en"`` until a shell chose another)."""
    return _in_use.language
