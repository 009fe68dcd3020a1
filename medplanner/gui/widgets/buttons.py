"""Buttons big enough for a shaky hand: at least 44 × 44 px, scaled with the text size.

Enter presses the focused button (issue 21 item 5): Qt does that by itself only inside a
dialog, so outside one a small filter on the application does it. Inside a dialog Qt's
rule stays: Enter presses the focused button if it may, else the dialog's default one (a
confirm dialog's default is its safe answer).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from medplanner.gui.widgets.appearance import emphasize, make_target

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPresses(QObject):
    """Enter on a focused push button outside a dialog clicks it (as Space does)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QPushButton)
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and not event.isAutoRepeat()
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            and watched.isEnabled()
            and not isinstance(watched.window(), QDialog)
            and watched.window().objectName() != "reminderWindow"  # its own Enter rule
        ):
            watched.click()
            return True
        return False


def enter_presses_buttons() -> None:
    """Install :class:`EnterPresses` on the application once (any button factory does)."""
    app = QApplication.instance()
    if app is None or app.findChild(EnterPresses, "enter-presses") is not None:
        return
    presses = EnterPresses(app)
    presses.setObjectName("enter-presses")
    app.installEventFilter(presses)


def big_button(
    text: str,
    *,
    name: str,
    accessible: str,
    parent: QWidget | None = None,
    primary: bool = False,
    factor: float = 1.1,
) -> QPushButton:
    """A push button with an object name (for tests), an accessible name and a big target."""
    enter_presses_buttons()
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    if primary:
        button.setProperty("primary", True)
    emphasize(button, factor, bold=True)
    make_target(button)
    return button


def button(text: str, *, name: str, accessible: str, parent: QWidget | None = None) -> QPushButton:
    """An ordinary button, still a 44 px target."""
    return big_button(text, name=name, accessible=accessible, parent=parent, factor=1.0)
