"""Buttons big enough for a shaky hand: at least 44 × 44 px, scaled with the text size."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from medplanner.gui.widgets.appearance import emphasize, make_target


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
