"""``medplanner`` and ``medplanner --demo``: the desktop app starts here.

Order matters for a quick, calm start:

1. Qt, the palette (light/dark, following the system) and the text size from this
   machine's preferences; the crash handler (a bug goes to a log file in the data dir and
   a calm dialog, never a traceback).
2. One instance per data dir: a second start raises the first window and exits 0.
3. The main window is shown at once, with a quiet "Opening your plan…".
4. Right after its first paint: the database is opened (a damaged one is left alone and
   its newest good backup is offered for restore), the window attaches the data, and the
   reminder engine starts.

``--demo`` works in a throw-away data dir (removed at exit) holding the demo plan, its
dates moved so that it began two days ago: Today shows a titration in progress.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from medplanner.gui.main_window import MainWindow
from medplanner.gui.widgets import crash
from medplanner.gui.widgets.appearance import Appearance
from medplanner.gui.widgets.prefs import Prefs

if TYPE_CHECKING:
    from medplanner.core.model import Plan
    from medplanner.gui.operations import Operations
    from medplanner.gui.reminder_controller import ReminderController
    from medplanner.gui.single_instance import SingleInstance
    from medplanner.service import Service

Clock = Callable[[], datetime]
Hook = Callable[[MainWindow], None]

EXIT_UNUSABLE = 2


def system_clock() -> datetime:
    return datetime.now().astimezone()


def run(
    demo: bool,
    *,
    argv: list[str] | None = None,
    clock: Clock = system_clock,
    data_dir: Path | None = None,
    reminders: bool = True,
    on_first_paint: Hook | None = None,
    on_ready: Hook | None = None,
) -> int:
    """Run the app until it quits; returns the exit status.

    ``clock``, ``data_dir`` and the hooks exist for tests and the start-up benchmark:
    ``on_first_paint`` runs when the window is first painted, ``on_ready`` once the data
    is shown.
    """
    app = _application(argv)
    from medplanner.gui import qtlog

    restore_qt_messages = qtlog.install()
    demo_dir = Path(tempfile.mkdtemp(prefix="medplanner-demo-")) if demo else None
    if demo_dir is not None:
        directory = demo_dir
    elif data_dir is not None:
        directory = data_dir
    else:
        from medplanner.storage.paths import data_dir as default_dir

        directory = default_dir()
    handler = crash.CrashHandler(lambda: directory)
    handler.install()
    try:
        prefs = Prefs(directory)
        look = Appearance(app)
        look.scheme = prefs.scheme
        look.text_percent = prefs.text_percent
        look.apply()
        from medplanner.gui.single_instance import acquire

        instance = acquire(directory)
        if instance is None:
            return 0  # the running MedPlanner was asked to show its window
        from medplanner.localzone import machine_zone

        window = MainWindow(prefs=prefs, data_dir=directory, default_zone=machine_zone)
        shell = Shell(window, directory, clock, instance, demo=demo, reminders=reminders)
        if demo_dir is not None:
            shell.temp_dirs.append(demo_dir)
        shell.on_ready = on_ready
        _after_first_paint(window, shell.open, on_first_paint)
        window.show()
        restore_signals = _quit_on_signals(app)
        try:
            return app.exec()
        finally:
            restore_signals()
            shell.shutdown()
            window.hide()
            window.deleteLater()
    finally:
        handler.uninstall()
        restore_qt_messages()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("MedPlanner")
    app.setApplicationDisplayName("MedPlanner")
    app.setOrganizationName("MedPlanner")
    app.setDesktopFileName("medplanner")
    return app


def app_icon() -> QIcon:
    """The app icon in every usual size, 16 to 512 px (sharp on high-DPI screens).

    PNGs rendered from resources/icons/medplanner.svg: no SVG plugin to load at start.
    """
    from medplanner.core.resources import RESOURCES

    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("medplanner-*.png")):
        icon.addFile(str(png))
    return icon


def _quit_on_signals(app: QApplication) -> Callable[[], None]:
    """Ctrl+C and SIGTERM (logging out) quit cleanly: the demo's folder is removed, the
    database closed. Python runs signal handlers only when it gets control, so the signal
    also writes to a pipe that Qt watches (no timer, no socket: nothing runs while idle).
    Returns what undoes it."""
    import contextlib
    import os
    import signal

    from PySide6.QtCore import QSocketNotifier

    if not hasattr(signal, "SIGTERM") or os.name != "posix":
        return lambda: None
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    try:
        previous_fd = signal.set_wakeup_fd(write_end)
    except ValueError:  # not the main thread
        os.close(read_end)
        os.close(write_end)
        return lambda: None
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(BlockingIOError):
            os.read(read_end, 64)

    notifier.activated.connect(drain)
    handlers = {
        sig: signal.signal(sig, lambda *_: QApplication.quit())
        for sig in (signal.SIGINT, signal.SIGTERM)
    }

    def undo() -> None:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        os.close(read_end)
        os.close(write_end)

    return undo


class _FirstPaint(QObject):
    """Calls back once, right after the first paint of any widget of the window."""

    def __init__(self, window: MainWindow, callbacks: list[Callable[[], None]]) -> None:
        super().__init__(window)
        self.window = window
        self.callbacks = callbacks
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QObject)
            and watched.isWidgetType()
            and watched.window() is self.window  # type: ignore[attr-defined]
        ):
            self.done = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            for callback in self.callbacks:
                QTimer.singleShot(0, callback)
        return False


def _after_first_paint(window: MainWindow, then: Callable[[], None], hook: Hook | None) -> None:
    callbacks: list[Callable[[], None]] = []
    if hook is not None:
        callbacks.append(lambda: hook(window))
    callbacks.append(then)
    watcher = _FirstPaint(window, callbacks)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)


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
        QApplication.setWindowIcon(app_icon())
        service = open_service(self.window, self.data_dir, self.clock)
        if service is None:
            QApplication.exit(EXIT_UNUSABLE)
            return
        if self.demo:
            seed_demo(service, self.clock())
        from medplanner.gui.operations import Operations

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
        QTimer.singleShot(0, self.start_reminders)

    # ------------------------------------------------------------------ reminders

    def start_reminders(self) -> None:
        if not self.reminders or self.ops is None or self.controller is not None:
            return
        from medplanner.gui.operations import Changes
        from medplanner.gui.reminder_answers import open_review_report
        from medplanner.gui.reminder_controller import ReminderController

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
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None
        QTimer.singleShot(0, self.start_reminders)

    # ------------------------------------------------------------------ the demo

    def open_demo(self) -> None:
        """From the welcome page: the demo, in a throw-away folder (the real data is closed)."""
        if self.ops is None:
            return
        from medplanner.service import Service
        from medplanner.storage import Store

        folder = Path(tempfile.mkdtemp(prefix="medplanner-demo-"))
        self.temp_dirs.append(folder)
        service = Service(Store.open(folder, verify=True), clock=self.clock)
        seed_demo(service, self.clock())
        old = self.ops.service
        self.ops.demo = True
        self.ops.replace_service(service)
        old.close()
        self.window.attach(self.ops)

    def shutdown(self) -> None:
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
    from medplanner.core.limits import for_output

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "MedPlanner is running unguarded",
        for_output(problem),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


# --------------------------------------------------------------------------- opening the data


def open_service(parent: MainWindow, data_dir: Path, clock: Clock) -> Service | None:
    """The data dir's service; a damaged database offers its newest good backup."""
    from medplanner.core.errors import MedPlannerError
    from medplanner.gui.widgets import messages
    from medplanner.service import Service
    from medplanner.storage import Store
    from medplanner.storage.errors import DatabaseUnusable, NewerDatabase

    offered = False
    while True:
        try:
            return Service(Store.open(data_dir, verify=True), clock=clock)
        except NewerDatabase as e:
            messages.show_error(parent, "MedPlanner cannot open your data", e.message)
            return None
        except DatabaseUnusable as e:
            if e.backup is None or offered:
                messages.show_error(parent, "MedPlanner cannot open your data", e.message)
                return None
            offered = True
            if not messages.ask(
                parent,
                "Restore the last good backup?",
                f"MedPlanner cannot use your dose log ({e.problem}). It was not changed. "
                f"The newest good backup is {e.backup}. Restore it? The damaged file is "
                "kept among the backups.",
                "Restore this backup",
                "Quit",
            ):
                return None
            if not _restore(parent, e.backup, data_dir, clock):
                return None
        except MedPlannerError as e:
            messages.show_error(parent, "MedPlanner cannot open your data", e.message)
            return None


def _restore(parent: MainWindow, backup: Path, data_dir: Path, clock: Clock) -> bool:
    from medplanner.core.errors import MedPlannerError
    from medplanner.gui.widgets import messages
    from medplanner.storage.backup import restore

    try:
        restore(backup, today=clock().date(), data_dir=data_dir)
    except MedPlannerError as e:
        messages.show_error(parent, "The backup was not restored", e.message)
        return False
    return True


def seed_demo(service: Service, now: datetime) -> None:
    """Store the moved demo plan, with the doses of the first two days taken on time."""
    from medplanner.core.demo import demo_plan
    from medplanner.core.events import Slot
    from medplanner.core.schedule import doses_between

    plan = demo_plan(now)
    person = service.save_plan(plan).person
    past = [d for d in doses_between(plan, now - timedelta(days=3), now) if d.day < _day(now, plan)]
    for dose in past:
        at = dose.at + timedelta(minutes=4)
        proposal = service.propose_take(person, dose.medication, at, slot=Slot.of(dose))
        service.record_take(proposal)  # on time: nothing to confirm, else not seeded


def _day(now: datetime, plan: Plan) -> Any:
    from medplanner.core.schedule import zone

    return now.astimezone(zone(plan.person.timezone)).date()
