"""Qt's own messages: drop the known-harmless platform noise, pass everything else on.

Qt's platform plugins print lines a user can do nothing about (``This plugin does not
support propagateSizeHints()`` on every window under some X11/offscreen setups). They
look like errors in a terminal and hide MedPlanner's own messages. :func:`install` puts a
message handler in front of Qt's: it drops only lines matching :data:`HARMLESS` and hands
every other message to the handler that was there before (Qt's default prints to stderr;
under pytest-qt, its capturing handler), so a real warning is never swallowed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]

#: Messages Qt prints that say nothing about MedPlanner and need nothing from the user.
HARMLESS = re.compile(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)\(\)"
    r"|QXcbConnection: XCB error: 3 \(BadWindow\)"
)


def is_harmless(kind: QtMsgType, message: str) -> bool:
    """Noise to drop: a debug/info/warning line matching :data:`HARMLESS` (never a
    critical or fatal message, whatever it says)."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        return False
    return HARMLESS.search(message) is not None


def install() -> Callable[[], None]:
    """Filter Qt's messages from now on; returns a function that puts the old handler back."""
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if is_harmless(kind, message):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore
