"""The tray icon (next dose, Open · Snooze all · Start at login · Quit) and start-at-login.

The tray is optional: many Linux desktops have none (``isSystemTrayAvailable()``), so the
pop-up window is the reminder and the tray's native notification only goes alongside it.
Start at login is an XDG autostart file on Linux; Windows and macOS are described in
``docs/autostart.md``. The file's path is injectable so tests never touch the real one.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from medplanner.core.diary import EMERGENCY_WHAT_TO_DO
from medplanner.core.errors import MedPlannerError
from medplanner.core.i18n import _
from medplanner.core.model import ScheduledDose

if TYPE_CHECKING:
    from medplanner.service import Service

AUTOSTART_NAME = "medplanner.desktop"
NOTIFY_MS = 15_000


# --------------------------------------------------------------------------- start at login


def autostart_path(environ: dict[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/autostart/medplanner.desktop`` (default ``~/.config``)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / AUTOSTART_NAME


def launch_command() -> str:
    """How to start this MedPlanner again: its console script, else ``python -m``."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "medplanner" and script.exists():
        return shlex.quote(str(script.resolve()))
    return f"{shlex.quote(sys.executable)} -m medplanner"


def desktop_entry(command: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=MedPlanner\n"
        "Comment=Medication reminders (checks, reminds and explains; your prescriber decides)\n"
        f"Exec={command}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def start_at_login(path: Path | None = None) -> bool:
    """Whether MedPlanner starts at login (its autostart file exists)."""
    return (path or autostart_path()).is_file()


def set_start_at_login(enabled: bool, path: Path | None = None, command: str | None = None) -> None:
    """Write or remove the XDG autostart file."""
    target = path or autostart_path()
    if not enabled:
        target.unlink(missing_ok=True)
        return
    from medplanner.service import files as paths

    with paths.private_umask():
        target.parent.mkdir(parents=True, exist_ok=True)
    paths.write_atomic(target, desktop_entry(command or launch_command()).encode("utf-8"))


# --------------------------------------------------------------------------- the icon


def tray_icon_image(size: int = 64) -> QIcon:
    """A two-tone capsule drawn in code (no image file to ship or lose)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.rotate(-45)
    w, h = size * 0.9, size * 0.4
    body = QRectF(-w / 2, -h / 2, w, h)
    painter.setPen(QPen(QColor("#1f2937"), size / 20))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(body, h / 2, h / 2)
    painter.setBrush(QColor("#0b57a4"))
    painter.drawRoundedRect(QRectF(-w / 2, -h / 2, w / 2, h), h / 2, h / 2)
    painter.drawLine(QPointF(0, -h / 2), QPointF(0, h / 2))
    painter.end()
    return QIcon(pixmap)


class ReminderTray(QObject):
    """The tray icon and its menu, when the desktop has a tray."""

    open_requested = Signal()
    snooze_all_requested = Signal(int)
    quit_requested = Signal()

    def __init__(self, *, autostart: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autostart = autostart
        self.icon = QSystemTrayIcon(tray_icon_image(), self)
        menu = QMenu()
        self.menu = menu
        self.emergency: str | None = None
        self._next_text = ""
        self.emergency_action = menu.addAction("")
        self.emergency_action.setVisible(False)
        self.emergency_action.triggered.connect(self.open_requested)
        self.open_action = menu.addAction(self.tr("&Open MedPlanner"))
        self.open_action.triggered.connect(self.open_requested)
        snooze = menu.addMenu(self.tr("&Snooze all"))
        self.snooze_actions: list[QAction] = []
        for minutes in (5, 10, 30):
            action = snooze.addAction(self.tr("&%n minutes", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.snooze_all_requested.emit(m))
            self.snooze_actions.append(action)
        menu.addSeparator()
        self.login_action = menu.addAction(self.tr("Start at &login"))
        self.login_action.setCheckable(True)
        self.login_action.setChecked(start_at_login(self._autostart))
        self.login_action.toggled.connect(self._toggle_login)
        menu.addSeparator()
        self.quit_action = menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        self.set_next(None)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_next(self, dose: ScheduledDose | None, person: str | None = None) -> None:
        """Put the next dose in the tooltip (and the menu's first line)."""
        if dose is None:
            text = self.tr("MedPlanner — no dose in the next two days")
        elif person:
            text = self.tr("MedPlanner — next: {medication} {dose} at {time:%H:%M} ({person})")
        else:
            text = self.tr("MedPlanner — next: {medication} {dose} at {time:%H:%M}")
        if dose is not None:
            text = text.format(
                medication=dose.medication, dose=dose.dose, time=dose.at, person=person
            )
        self._next_text = text
        self._show_tooltip()

    def set_emergency(self, text: str | None) -> None:
        """While a red flag stands: the emergency first in the tooltip and the menu, and
        one critical notification each time it (newly) stands."""
        visible = self.icon.isVisible() and QSystemTrayIcon.supportsMessages()
        if text is not None and text != self.emergency and visible:
            self.icon.showMessage(
                text, _(EMERGENCY_WHAT_TO_DO), QSystemTrayIcon.MessageIcon.Critical, NOTIFY_MS
            )
        self.emergency = text
        self.emergency_action.setText(text or "")
        self.emergency_action.setVisible(text is not None)
        self._show_tooltip()

    def _show_tooltip(self) -> None:
        text = self._next_text
        if self.emergency is not None:
            text = f"{self.emergency}\n{text}"
        self.icon.setToolTip(text)
        self.open_action.setToolTip(text)

    def notify(self, title: str, message: str) -> None:
        """A native desktop notification alongside the pop-up (where the platform has one)."""
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(
                title, message, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS
            )

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def _toggle_login(self, enabled: bool) -> None:
        set_start_at_login(enabled, self._autostart)


def red_flag_words(service: Service, now: datetime) -> str | None:
    """ "GET EMERGENCY HELP NOW — …" while a red flag stands for anyone, else None."""
    from medplanner.core.diary import EMERGENCY_HEADLINE

    found = []
    for person in service.persons():
        with contextlib.suppress(MedPlannerError):
            flags = service.red_flags(person, now)
            if flags:
                what = ", ".join(dict.fromkeys(e.label.lower() for e in flags))
                found.append(
                    QCoreApplication.translate("Tray", "{person}: {symptoms}").format(
                        person=person, symptoms=what
                    )
                )
    if not found:
        return None
    return QCoreApplication.translate("Tray", "{headline} — {who}").format(
        headline=_(EMERGENCY_HEADLINE), who="; ".join(found)
    )
