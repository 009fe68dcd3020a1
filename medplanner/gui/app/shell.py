"""The wiring: what lives as long as the window (the service, the reminder engine, the
demo's folders) and how the parts are connected once the data is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported when used: each PySide6 class costs its set-up before the first paint
    from datetime import datetime

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QMessageBox

    from medplanner.gui.main_window import MainWindow
    from medplanner.gui.operations import Operations
    from medplanner.gui.reminder_controller import ReminderController
    from medplanner.gui.single_instance import SingleInstance

Clock = Callable[[], "datetime"]
Hook = Callable[["MainWindow"], None]

EXIT_UNUSABLE = 2


def app_icon() -> QIcon:
    """The app icon in every usual size, 16 to 512 px (sharp on high-DPI screens).

    PNGs rendered from resources/icons/medplanner.svg: no SVG plugin to load at start.
    """
    from PySide6.QtGui import QIcon

    from medplanner.core.resources import RESOURCES

    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("medplanner-*.png")):
        icon.addFile(str(png))
    return icon


class Shell:
    """What lives as long as the window: the service, the reminders, the demo's folder."""

    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        clock: Clock,
        instance: SingleInstance,
        *,
        demo: bool,
        reminders: bool,
    ) -> None:
        self.window = window
        self.data_dir = data_dir
        self.clock = clock
        self.instance = instance
        self.demo = demo
        self.reminders = reminders
        self.ops: Operations | None = None
        self.controller: ReminderController | None = None
        self.temp_dirs: list[Path] = []
        self.on_ready: Hook | None = None
        self.unguarded_notice: QMessageBox | None = None
        instance.activated.connect(window.raise_window)
        window.demo_requested.connect(self.open_demo)

    def open(self) -> None:
        """Open the data dir and show it; a dir that cannot be used ends the app."""
        from medplanner.gui.app.opening import open_service
        from medplanner.gui.demo import seed_demo
        from medplanner.gui.operations import Operations
        from medplanner.gui.timers import later

        QApplication.setWindowIcon(app_icon())
        service = open_service(self.window, self.data_dir, self.clock)
        if service is None:
            QApplication.exit(EXIT_UNUSABLE)
            return
        if self.demo:
            seed_demo(service, self.clock())
        ops = Operations(service, self.clock, self.window)
        ops.demo = self.demo
        self.ops = ops
        self.window.attach(ops)
        ops.changed.connect(self._rebuild_reminders)
        ops.service_replaced.connect(self._restart_reminders)
        problem: str | None = getattr(self.instance, "problem", None)
        if problem is not None:
            self.unguarded_notice = tell_unguarded(self.window, problem)
        if self.on_ready is not None:
            self.on_ready(self.window)
        later(self.start_reminders)

    # ------------------------------------------------------------------ reminders

    def start_reminders(self) -> None:
        if not self.reminders or self.ops is None or self.controller is not None:
            return
        from medplanner.gui.operations import Changes
        from medplanner.gui.reminder_controller import ReminderController
        from medplanner.gui.review_window import open_review_report

        ops = self.ops
        controller = ReminderController(
            ops.service,
            clock=self.clock,
            parent_widget=self.window,
            on_changed=lambda: ops.announce(Changes(None, events=True)),
        )
        controller.open_requested.connect(self.window.raise_window)
        controller.open_report = lambda person, reminder: open_review_report(
            self.window, ops, person, self.window.data_dir, reminder
        )
        controller.quit_requested.connect(self.window.quit)
        self.controller = controller
        controller.start()
        self.window.close_to_tray = controller.tray is not None
        self.window.reminders_running = True

    def _rebuild_reminders(self, _changes: Any) -> None:
        if self.controller is not None:
            self.controller.rebuild()

    def _restart_reminders(self) -> None:
        from medplanner.gui.timers import later

        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None
        later(self.start_reminders)

    # ------------------------------------------------------------------ the demo

    def open_demo(self) -> None:
        """From the welcome page: the demo, in a throw-away folder (the real data is closed)."""
        if self.ops is None:
            return
        import tempfile

        from medplanner.gui.demo import seed_demo
        from medplanner.service import Service

        folder = Path(tempfile.mkdtemp(prefix="medplanner-demo-"))
        self.temp_dirs.append(folder)
        service = Service.open(folder, clock=self.clock, verify=True)
        seed_demo(service, self.clock())
        old = self.ops.service
        self.ops.demo = True
        self.ops.replace_service(service)
        old.close()
        self.window.attach(self.ops)

    def shutdown(self) -> None:
        import shutil

        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        if self.ops is not None:
            self.ops.service.close()
        self.window.prefs.sync()
        self.instance.close()
        for folder in self.temp_dirs:
            shutil.rmtree(folder, ignore_errors=True)


def tell_unguarded(parent: MainWindow, problem: str) -> QMessageBox:
    """Say (without blocking the reminders) that another program holds the instance name."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from medplanner.core.limits import for_output

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Shell", "MedPlanner is running unguarded"),
        for_output(problem),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Shell", "OK"))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
