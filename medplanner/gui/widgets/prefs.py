"""This machine's display preferences: text size, light/dark, window geometry, last person.

Kept in ``gui.ini`` in the data dir (a ``QSettings`` INI file), so they are read before the
database is opened (the first window is drawn at the right size and colours at once), tests
are isolated by ``MEDPLANNER_HOME`` like everything else, and the demo's throw-away data
dir leaves the real preferences alone. Household data (plans, doses, snooze choices) stay
in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from medplanner.gui.widgets.appearance import MIN_TEXT, SCHEMES, Scheme, clamp_text

FILE_NAME = "gui.ini"


class Prefs:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def text_percent(self) -> int:
        return clamp_text(_int(self._s.value("display/text_percent"), MIN_TEXT))

    @text_percent.setter
    def text_percent(self, value: int) -> None:
        self._s.setValue("display/text_percent", clamp_text(value))

    @property
    def scheme(self) -> Scheme:
        value = str(self._s.value("display/scheme", "system"))
        for s in SCHEMES:
            if s == value:
                return s
        return "system"

    @scheme.setter
    def scheme(self, value: Scheme) -> None:
        self._s.setValue("display/scheme", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def last_person(self) -> str | None:
        value = self._s.value("window/person")
        return str(value) if value else None

    @last_person.setter
    def last_person(self, value: str | None) -> None:
        self._s.setValue("window/person", value or "")

    def sync(self) -> None:
        self._s.sync()


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default
