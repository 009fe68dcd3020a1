"""An unexpected error: its traceback goes to a log file, the person sees calm words.

Installed as ``sys.excepthook`` while the window runs (PySide6 reports exceptions raised
in slots through it). Never shows a traceback; says where the details are. A second error
while the first message is open is only logged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def __getattr__(name: str) -> Any:
    if name == "LOG_NAME":  # errorlog (traceback, datetime) loads with the first error
        from medplanner import errorlog

        return errorlog.LOG_NAME
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def write_log(folder: Path, exc: BaseException) -> Path | None:
    """Append the traceback to ``folder/medplanner-error.log`` (0600); None if impossible."""
    from medplanner import errorlog

    return errorlog.write(folder, exc)


def message(path: Path | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if path is not None:
        return QCoreApplication.translate(
            "Crash",
            "MedPlanner hit an unexpected problem and stopped what it was doing. "
            "What was already saved is kept. "
            "The details are in {path}. You can go on using MedPlanner; if this happens "
            "again, please send that file to whoever helps you with MedPlanner.",
        ).format(path=path)
    return QCoreApplication.translate(
        "Crash",
        "MedPlanner hit an unexpected problem and stopped what it was doing. "
        "What was already saved is kept. "
        "The details could not be written down. You can go on using MedPlanner; if this "
        "happens again, please send that file to whoever helps you with MedPlanner.",
    )


class CrashHandler:
    def __init__(self, folder: Callable[[], Path]) -> None:
        self.folder = folder
        self.showing = False
        self.last_log: Path | None = None
        self._previous: Hook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            from PySide6.QtWidgets import QApplication

            QApplication.quit()
            return
        exc.__traceback__ = tb
        self.last_log = write_log(self.folder(), exc)
        if self.showing:
            return
        self.showing = True
        try:
            show_crash(self.last_log)
        finally:
            self.showing = False


def show_crash(path: Path | None) -> None:
    """The calm dialog (a function of its own so tests can answer it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    parent = QApplication.activeWindow()
    title = QCoreApplication.translate("Crash", "MedPlanner hit a problem")
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message(path), QMessageBox.StandardButton.Ok, parent
    )
    #: Translators: the button that closes the message about an unexpected problem.
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Crash", "OK"))
    box.setAccessibleName(title)
    box.exec()
