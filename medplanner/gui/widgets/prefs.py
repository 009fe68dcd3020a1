"""This machine's display preferences: text size, light/dark, window geometry, last person.

Kept in ``gui-settings.json`` in the data dir, so they are read before the database is
opened (the first window is drawn at the right size and colours at once), tests are
isolated by ``MEDPLANNER_HOME`` like everything else, and the demo's throw-away data dir
leaves the real preferences alone. The file holds the last person's name, so it is
written like every other file of the app: through the one safe writer (0600, temp file,
fsync, rename) into the private data dir, never as a world-readable Qt ini under
``~/.config``. Household data (plans, doses, snooze choices) stay in the database.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray

from medplanner.core.errors import MedPlannerError
from medplanner.gui.widgets.appearance import MIN_TEXT, SCHEMES, Scheme, clamp_text

FILE_NAME = "gui-settings.json"
MAX_BYTES = 64_000

log = logging.getLogger(__name__)


class Prefs:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / FILE_NAME
        self._values: dict[str, str] = _read(self.path)

    def _set(self, key: str, value: str) -> None:
        if self._values.get(key) == value:
            return
        self._values[key] = value
        self.sync()

    @property
    def text_percent(self) -> int:
        return clamp_text(_int(self._values.get("display/text_percent"), MIN_TEXT))

    @text_percent.setter
    def text_percent(self, value: int) -> None:
        self._set("display/text_percent", str(clamp_text(value)))

    @property
    def scheme(self) -> Scheme:
        value = self._values.get("display/scheme", "system")
        for s in SCHEMES:
            if s == value:
                return s
        return "system"

    @scheme.setter
    def scheme(self, value: Scheme) -> None:
        self._set("display/scheme", value)

    @property
    def geometry(self) -> QByteArray | None:
        return _bytes(self._values.get("window/geometry"))

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", _b64(value))

    @property
    def window_state(self) -> QByteArray | None:
        return _bytes(self._values.get("window/state"))

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", _b64(value))

    @property
    def last_person(self) -> str | None:
        return self._values.get("window/person") or None

    @last_person.setter
    def last_person(self, value: str | None) -> None:
        self._set("window/person", value or "")

    @property
    def language(self) -> str:
        """The GUI's language (medplanner.gui.i18n); "" follows the system."""
        return self._values.get("display/language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._set("display/language", value)

    def sync(self) -> None:
        """Write the file now (0600, atomically); a failure only costs the preferences."""
        from medplanner.service import files as paths  # here: the service pulls in the store

        data = json.dumps(self._values, sort_keys=True, indent=1).encode("utf-8")
        try:
            paths.ensure_private_dir(self.data_dir)
            paths.write_atomic(self.path, data)
        except (OSError, MedPlannerError) as exc:
            log.warning("display preferences not saved: %s", exc)


def _read(path: Path) -> dict[str, str]:
    try:
        if path.is_symlink() or path.stat().st_size > MAX_BYTES:
            return {}
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): v for k, v in raw.items() if isinstance(v, str)}


def _b64(value: QByteArray) -> str:
    return base64.b64encode(bytes(value.data())).decode("ascii")


def _bytes(value: str | None) -> QByteArray | None:
    if not value:
        return None
    try:
        return QByteArray(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        return None


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default
