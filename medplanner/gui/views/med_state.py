"""The Medications tab's editor state, the parts that show no text of their own: the drafts
and the selection, undo (each change pushed as a command), the list's marks and the form
shown for the selection. :class:`~medplanner.gui.views.medications.MedicationsView` builds
the tab on this base; every ``self.tr`` text stays in that class (its catalogue context).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from medplanner.core.errors import MedPlannerError
from medplanner.gui.views.base import View
from medplanner.gui.views.med_draft import DraftCheck, MedDraft
from medplanner.gui.views.med_editor import EditorPane
from medplanner.gui.views.med_form import MedForm
from medplanner.gui.views.med_list import MedList
from medplanner.gui.views.med_undo import Edit as _Edit
from medplanner.gui.views.med_undo import EditorState


class MedEditorBase(View):
    """A view editing drafts of the medication list, with undo (no text of its own)."""

    _stack: QUndoStack
    _drafts: tuple[MedDraft, ...]
    _selected: int
    _person_doc: dict[str, Any] | None
    _check: DraftCheck | None
    _timer: QTimer
    _med_list: MedList
    _editor_pane: EditorPane
    list: QListWidget
    add_button: QPushButton
    remove_button: QPushButton
    taper_button: QPushButton
    titration_button: QPushButton
    save_status: QLabel
    save_button: QPushButton
    form: MedForm
    empty: QLabel

    def _schedule_checks(self) -> None:
        self._timer.start()

    # ------------------------------------------------------------------ state and undo

    def apply_state(self, state: EditorState) -> None:
        self._drafts = state.drafts
        self._selected = state.selected if state.drafts else -1
        self._rebuild_list()
        self._show_selection()
        self._schedule_checks()

    def _state(self) -> EditorState:
        return EditorState(self._drafts, self._selected)

    def _push(
        self, after: EditorState, text: str, key: str | None, *, applied: bool = False
    ) -> None:
        self._stack.push(_Edit(self, self._state(), after, text, key, applied=applied))
        if applied:
            self._drafts, self._selected = after.drafts, after.selected
            self._update_list_text()
            self._schedule_checks()
        self.save_status.clear()

    def _change_selected(self, change: Any, text: str) -> None:
        index = self._selected
        if not 0 <= index < len(self._drafts):
            return
        edited = change(self.form.draft())
        drafts = (*self._drafts[:index], edited, *self._drafts[index + 1 :])
        self._push(EditorState(drafts, index), text, None)

    # ------------------------------------------------------------------ list and form

    def _problems(self) -> tuple[object, ...]:
        return tuple(self._check.problems) if self._check is not None else ()

    def _rebuild_list(self) -> None:
        self._med_list.show_drafts(self._drafts, self._selected, self._problems())

    def _update_list_text(self) -> None:
        if self.list.count() != len(self._drafts):
            self._rebuild_list()
            return
        self._update_list_marks()

    def _update_list_marks(self) -> None:
        self._med_list.show_marks(self._drafts, self._problems())

    def _select(self, row: int) -> None:
        if row == self._selected or not 0 <= row < len(self._drafts):
            return
        self._selected = row
        self._show_selection()
        if self._check is not None and row < len(self._check.problems):
            self.form.show_problems(self._check.problems[row])

    def _show_selection(self) -> None:
        has = 0 <= self._selected < len(self._drafts)
        self.form.setVisible(has)
        self.empty.setVisible(not has)
        self.remove_button.setEnabled(has)
        self.taper_button.setEnabled(has)
        self.titration_button.setEnabled(has)
        self.add_button.setEnabled(self._person_doc is not None)
        self.save_button.setEnabled(self._person_doc is not None)
        if has:
            self.form.set_draft(self._drafts[self._selected])
            self.form.show_problems(())

    def _current(self) -> Any:
        if self.person is None:
            return None
        try:
            return self.ops.service.current(self.person)
        except MedPlannerError:
            return None

    def _say(self, level: str, text: str) -> None:
        self._editor_pane.say(level, text)

    def _say_done(self, text: str) -> None:
        self._editor_pane.say_done(text)
