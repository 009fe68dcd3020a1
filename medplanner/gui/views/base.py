"""What every view shares: whose data it shows, and refreshing only when it is seen.

A view listens to :attr:`Operations.changed`; when a change concerns it, it is marked
stale and refreshed at once if visible, else the next time it is shown. So a change made
on the Today view does not rebuild a hidden History of 150 000 events.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from medplanner.gui.operations import Changes, Operations


class View(QWidget):
    title = ""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.person: str | None = None
        self._stale = True
        ops.changed.connect(self._changed)

    @property
    def undo_stack(self) -> QUndoStack | None:
        return None

    def set_person(self, person: str | None) -> None:
        self.person = person
        self.invalidate()

    def invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Show the current data (override)."""

    def save(self) -> bool:
        """Ctrl+S on this view (override where there is something to save)."""
        return False

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        """Drop unsaved edits (override where there are any)."""

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(self.person)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.invalidate()  # the signs' colours differ between light and dark

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def _changed(self, changes: Changes) -> None:
        if self.concerns(changes):
            self.invalidate()
