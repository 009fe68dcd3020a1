"""The Medications editor's undo: its state (the drafts and the selected row) and one
change of it as a :class:`QUndoCommand`, typing in one field merging into one command."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from medplanner.gui.views.med_draft import MedDraft


@dataclass(frozen=True)
class EditorState:
    drafts: tuple[MedDraft, ...]
    selected: int


class _Applies(Protocol):
    def apply_state(self, state: EditorState) -> None: ...


class Edit(QUndoCommand):
    """One change of the drafts; typing in one field merges into one command."""

    def __init__(
        self,
        view: _Applies,
        before: EditorState,
        after: EditorState,
        text: str,
        key: str | None,
        *,
        applied: bool,
    ) -> None:
        super().__init__(text)
        self.view = view
        self.before = before
        self.after = after
        self.key = key
        self._skip_redo = applied

    def id(self) -> int:
        return 1 if self.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other.key != self.key:
            return False
        if other.before.selected != self.after.selected:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.view.apply_state(self.after)

    def undo(self) -> None:
        self.view.apply_state(self.before)
