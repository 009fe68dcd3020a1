"""``medplanner`` and ``medplanner --demo``: the desktop app starts here.

Order matters for a quick, calm start:

1. Qt (the Fusion style named on its command line), the palette (light/dark) and the text
   size from this machine's preferences, the translations; the crash handler (a bug goes
   to a log file in the data dir and a calm dialog, never a traceback).
2. One instance per data dir, and one demo per data dir besides (its own instance name):
   a second start raises the first window and exits 0. The first takes a file lock here
   (a system call); its server (QtNetwork) starts after the first paint.
3. The main window's first frame is shown at once: its title, the tabs and a quiet
   "Opening your plan…".
4. Right after its first paint: the person bar and the menus with their keys are added
   (:meth:`MainWindow.build_rest`), the system's light/dark choice is asked, the database
   is opened (:mod:`~medplanner.gui.app.opening`), the window attaches the data, and the
   reminder engine starts (:class:`~medplanner.gui.app.shell.Shell`).

Nothing imported before the first paint touches PySide6's ``Qt`` namespace (building it
costs ~45 ms), ``QStyle`` (~13 ms: hence Fusion by command line, not ``setStyle``), the
menus' classes, ``platformdirs`` (see :func:`medplanner.datahome.data_dir`), SQLite, the
store, the service or APScheduler: tests/gui/test_startup_lazy.py checks it. The first
paint is watched on the window alone: an application-wide event filter hands Python every
object Qt makes, and wrapping one PySide6 does not know builds whole modules' enums
(~50 ms before the first paint).

``--demo`` works in a throw-away data dir (removed at exit) holding the demo plan
(:mod:`medplanner.gui.demo`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from medplanner.gui.app.shell import Clock, Hook, Shell
from medplanner.gui.main_window import MainWindow
from medplanner.gui.widgets import crash
from medplanner.gui.widgets.appearance import Appearance
from medplanner.gui.widgets.prefs import Prefs

if TYPE_CHECKING:
    from datetime import datetime

#: Qt's own command-line option: the style is made in C++ when first needed.
_FUSION = ["-style", "Fusion"]


def system_clock() -> datetime:
    from datetime import datetime  # here: the first frame does not need it

    return datetime.now().astimezone()


def machine_zone() -> str:
    """This machine's IANA zone (:mod:`medplanner.localzone`, with :mod:`zoneinfo`, is
    imported when a zone is first needed, after the first paint)."""
    from medplanner.localzone import machine_zone as zone

    return zone()


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
    is shown. With ``demo``, ``data_dir`` (default: the usual one) only names the demo's
    instance: the demo's data lives in a throw-away folder.
    """
    styled = not isinstance(QApplication.instance(), QApplication)  # Fusion by command line
    app = application(argv)
    from medplanner.gui import qtlog

    restore_qt_messages = qtlog.install()
    if data_dir is None:
        from medplanner.datahome import data_dir as default_dir

        data_dir = default_dir()
    demo_dir = _demo_folder() if demo else None
    directory = demo_dir if demo_dir is not None else data_dir
    handler = crash.CrashHandler(lambda: directory)
    handler.install()
    try:
        prefs = Prefs(directory)
        from medplanner.gui import i18n

        i18n.install(app, prefs.language)  # before any window: its words are translated
        look = Appearance(app, set_style=not styled)
        look.scheme = prefs.scheme
        look.text_percent = prefs.text_percent
        look.apply()
        from medplanner.gui.single_instance import acquire

        instance = acquire(data_dir, demo=demo, listen=False)  # its server: after the paint
        if instance is None:
            return 0  # the running MedPlanner (or demo) was asked to show its window
        window = MainWindow(
            prefs=prefs, data_dir=directory, default_zone=machine_zone, first_frame_only=True
        )
        shell = Shell(window, directory, clock, instance, demo=demo, reminders=reminders)
        if demo_dir is not None:
            shell.temp_dirs.append(demo_dir)
        shell.on_ready = on_ready
        after_first_paint(
            window,
            shell.open,
            on_first_paint,
            window.build_rest,
            look.follow_system,
            instance.listen,
        )
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
            import shutil

            shutil.rmtree(demo_dir, ignore_errors=True)


def _demo_folder() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="medplanner-demo-"))


def application(argv: list[str] | None) -> QApplication:
    """The QApplication, named, in the Fusion style (a new one: named on Qt's command line,
    so that Qt makes it when first needed; ``setStyle`` would first set up PySide6's
    ``QStyle`` class, ~13 ms). (High-DPI scale factors pass through unrounded: Qt 6's
    default, so the policy is not set; setting it would touch the ``Qt`` namespace.)"""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([*(argv if argv is not None else sys.argv[:1]), *_FUSION])
    app.setApplicationName("MedPlanner")
    app.setApplicationDisplayName("MedPlanner")
    app.setOrganizationName("MedPlanner")
    app.setDesktopFileName("medplanner")
    return app


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
    """Calls back once, right after the window's first paint.

    It watches the window alone (its own paint comes first: a window is painted before its
    children, all in one pass): a filter on the whole application would hand Python every
    object Qt makes, and wrapping ones PySide6 has not met yet sets up whole modules' enums
    (~50 ms before the first paint)."""

    def __init__(self, window: MainWindow, callbacks: list[Callable[[], None]]) -> None:
        super().__init__(window)
        self.window = window
        self.callbacks = callbacks
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.window.removeEventFilter(self)
            from medplanner.gui.timers import later

            for callback in self.callbacks:
                later(callback)
        return False


def after_first_paint(
    window: MainWindow,
    then: Callable[[], None],
    hook: Hook | None = None,
    *before: Callable[[], None],
) -> None:
    """Once ``window`` is first painted: ``hook(window)``, each of ``before``, then ``then``
    (each on its own turn of the event loop, the first after the frame is drawn)."""
    callbacks: list[Callable[[], None]] = []
    if hook is not None:
        callbacks.append(lambda: hook(window))
    callbacks.extend(before)
    callbacks.append(then)
    window.installEventFilter(_FirstPaint(window, callbacks))
