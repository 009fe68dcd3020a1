"""Where reminder windows go on screen, and the screen and session signals that often
mean the computer woke from sleep (the reminder controller checks the clock on them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from medplanner.gui.popup import ReminderWindow

POPUP_MARGIN = 16
#: Room kept for the window manager's frame (title bar and borders) while it is not known
#: yet: a window never shown has no frame, and the bottom of the real one must not fall
#: off the screen. Generous on purpose (title bars are 18–40 px).
FRAME_GUESS = QSize(12, 44)


def place(window: QWidget, owner: QObject | None, *, next_to: QWidget | None = None) -> None:
    """Bottom-right of the screen that has the main window (its available area, so
    never under a panel), never off-screen: as big as its content wants (it grows,
    never squeezes, when a row's skip reason opens), bounded to the area (then its
    list scrolls)."""
    if not QGuiApplication.screens():  # no screen at all (yet): let the platform place it
        return
    screen = owner.screen() if isinstance(owner, QWidget) else None
    area = (screen or QGuiApplication.primaryScreen()).availableGeometry()
    if isinstance(window, ReminderWindow):
        window.settle()
    # The frame the window manager adds (title bar) stays on the screen too.
    frame = window.frameGeometry().size() - window.size()
    if not window.isVisible() or frame.isEmpty():
        frame = frame.expandedTo(FRAME_GUESS)
    limit = area.size() - QSize(2 * POPUP_MARGIN, 2 * POPUP_MARGIN) - frame
    # A shown (or deliberately sized) window keeps its size: it only grows. A new one
    # takes what it needs, not Qt's default size for a window never shown.
    size = window.sizeHint()
    if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        size = size.expandedTo(window.size())
    size = size.expandedTo(window.minimumSize()).boundedTo(limit)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():  # wrapped words need height
        size.setHeight(
            min(limit.height(), max(size.height(), layout.totalHeightForWidth(size.width())))
        )
    if size != window.size():
        window.resize(size)
    size = window.size()  # as the window took it (never below its minimum)
    right = area.right()
    other = next_to
    if other is not None and other.isVisible():
        # Beside the catch-up list, not over it, when there is room to its left.
        beside = other.frameGeometry().left() - POPUP_MARGIN
        if beside - size.width() - frame.width() - POPUP_MARGIN >= area.left():
            right = beside
    x = right - size.width() - frame.width() - POPUP_MARGIN
    y = area.bottom() - size.height() - frame.height() - POPUP_MARGIN
    window.move(QPoint(max(area.left(), x), max(area.top(), y)))


def platform_signals() -> list[Any]:
    """Screen and session signals (a screen came or went, the app became active): often
    a wake from sleep."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return []
    return [
        app.screenAdded,
        app.screenRemoved,
        app.primaryScreenChanged,
        app.applicationStateChanged,
    ]
