"""Medications: the list, the editor, and the live findings panel under it.

The editor works on a *draft* of the person's whole medication list, kept as typed
(:mod:`~medplanner.gui.views.med_draft`). Every change is a command on a
:class:`QUndoStack` (Ctrl+Z / Ctrl+Shift+Z), and ~150 ms after the last keystroke the
drafts are checked with the plan file's own loader and ``core.checks``: problems go under
their fields, findings into the panel. Save (Ctrl+S) stores the whole plan as a new
version, and only when every field is valid; a danger finding is confirmed first and
that confirmation is recorded with the plan version.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from medplanner.core.errors import MedPlannerError
from medplanner.core.plan import to_dict
from medplanner.core.schedule import zone
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.timers import debounce_timer
from medplanner.gui.views.med_draft import DraftCheck, MedDraft, check_drafts, plan_of
from medplanner.gui.views.med_draft import fields_except as _except
from medplanner.gui.views.med_editor import EditorPane
from medplanner.gui.views.med_list import MedList
from medplanner.gui.views.med_state import MedEditorBase
from medplanner.gui.views.med_undo import EditorState
from medplanner.gui.widgets import confirm_save

__all__ = ["CHECK_DELAY_MS", "EditorState", "MedicationsView"]

if TYPE_CHECKING:
    from medplanner.gui.dialogs.planner import PlannerDialog

#: ui.md / issue 7: findings update about 150 ms after the last keystroke.
CHECK_DELAY_MS = 150


class MedicationsView(MedEditorBase):
    title = "Medications"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("medications-view")
        self._stack = QUndoStack(self)
        self._drafts: tuple[MedDraft, ...] = ()
        self._selected = -1
        self._person_doc: dict[str, Any] | None = None
        self._check: DraftCheck | None = None
        self._timer = debounce_timer(self, CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_checks)

        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)

        left = MedList()
        self.list = left.list
        self.add_button, self.remove_button = left.add_button, left.remove_button
        self.taper_button, self.titration_button = left.taper_button, left.titration_button
        self.stock = left.stock
        self._med_list = left
        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.new_medication)
        self.remove_button.clicked.connect(self.remove_medication)
        self.taper_button.clicked.connect(lambda: self.plan_change("taper"))
        self.titration_button.clicked.connect(lambda: self.plan_change("titration"))
        self.stock.refill_requested.connect(self._open_refill)
        # Doses taken and stock counted move the run-out, not the editor: refresh only that.
        ops.changed.connect(self._stock_changed)
        splitter.addWidget(left.in_column())

        right = EditorPane(ops.service.kb, splitter)
        self.save_status, self.save_button = right.save_status, right.save_button
        self.form, self.empty, self.findings = right.form, right.empty, right.findings
        self._editor_pane = right
        self.save_button.clicked.connect(self.save)
        self.form.edited.connect(self._field_edited)
        self.form.add_step_requested.connect(self._add_step)
        self.form.remove_step_requested.connect(self._remove_step)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        self._editor_split = right.editor_split
        self._sized = False
        self._show_selection()

    # ------------------------------------------------------------------ View

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(self.person) and (changes.plan or changes.persons)

    def has_unsaved_changes(self) -> bool:
        return not self._stack.isClean()

    def discard_changes(self) -> None:
        self._stack.clear()
        self.invalidate()

    def set_person(self, person: str | None) -> None:
        if person != self.person:
            self._stack.clear()
        super().set_person(person)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the editor on top, the findings under it: 3 to 2
            self._sized = True
            total = max(self._editor_split.height(), 500)
            self._editor_split.setSizes([total * 3 // 5, total * 2 // 5])
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload from the stored plan, unless the person has unsaved edits."""
        current = self._current()
        self._person_doc = to_dict(current.plan)["person"] if current is not None else None
        self._refresh_stock(current.plan.person.timezone if current is not None else "UTC")
        if self.has_unsaved_changes():
            self._schedule_checks()
            return
        drafts = tuple(MedDraft.of(m) for m in current.plan.medications) if current else ()
        selected = min(max(self._selected, 0), len(drafts) - 1)
        self.apply_state(EditorState(drafts, selected))
        self.run_checks()

    def _refresh_stock(self, zone_name: str) -> None:
        """Stock as stored, and "Count / refill…" for every medication with a strength
        (always there: a count can be started before any exists)."""
        from medplanner.gui.stock import countable_names

        person = self.person
        reports = (
            self.ops.run(
                self, self.tr("Stock"), lambda: self.ops.service.stocks(person, self.ops.now())
            )
            if person is not None and self._person_doc is not None
            else None
        )
        current = self._current() if self._person_doc is not None else None
        countable = countable_names(current.plan if current is not None else None)
        self.stock.set_reports(reports or [], zone_name, countable)
        self.stock.setVisible(bool(reports) or bool(countable))

    def _stock_changed(self, changes: Changes) -> None:
        wanted = changes.concerns(self.person) and (
            changes.events or changes.settings or changes.stock or changes.diary
        )
        if wanted and self._person_doc is not None:
            self._refresh_stock(str(self._person_doc["timezone"]))

    def _open_refill(self, medication: str) -> None:
        from medplanner.gui.views.insight import open_refill_dialog

        if self.person is not None:  # kept, so the non-modal dialog stays alive
            self.refill_dialog = open_refill_dialog(self, self.ops, self.person, medication)

    # ------------------------------------------------------------------ planners (issue 22)

    def plan_change(self, kind: Literal["taper", "titration"]) -> PlannerDialog | None:
        """Plan a taper… / titration… of the selected medication, from the stored plan."""
        from medplanner.gui.dialogs.planner import PlannerDialog

        current = self._current()
        if current is None or not 0 <= self._selected < len(self._drafts):
            return None
        if self.has_unsaved_changes():
            self._say(
                "warning",
                self.tr("Save or undo your edits first: a draft starts from the stored plan."),
            )
            return None
        name = self._drafts[self._selected].name.strip()
        today = self.ops.now().astimezone(zone(current.plan.person.timezone)).date()
        dialog = PlannerDialog(kind, current.plan, name, self.ops.service.kb, today, self)
        dialog.open_in_editor.connect(self.open_draft)
        dialog.show()
        self.planner_dialog = dialog  # kept, so the non-modal dialog stays alive
        return dialog

    def open_draft(self, draft: object) -> None:
        """Put a planner's draft in the editor as an unsaved edit (Save stores it, Undo
        drops it): nothing is stored until the person saves it."""
        from medplanner.core.planner import Draft

        if not isinstance(draft, Draft):
            return
        drafts = tuple(MedDraft.of(m) for m in draft.plan.medications)
        names = [m.name.casefold() for m in draft.plan.medications]
        index = names.index(draft.medication.casefold())
        if draft.kind == "taper":
            undo_text = self.tr("Draft taper of {medication}")
            said = self.tr(
                "The draft taper of {medication} is in the editor, NOT saved. "
                "Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it."
            )
        else:
            undo_text = self.tr("Draft titration of {medication}")
            said = self.tr(
                "The draft titration of {medication} is in the editor, NOT saved. "
                "Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it."
            )
        medication = draft.medication
        self._push(EditorState(drafts, index), undo_text.format(medication=medication), None)
        self.run_checks()
        self._say("info", said.format(medication=medication))

    # ------------------------------------------------------------------ actions

    def new_medication(self) -> None:
        if self._person_doc is None:
            return
        today = self.ops.now().astimezone(zone(self._person_doc["timezone"])).date()
        drafts = (*self._drafts, MedDraft.new(today))
        self._push(EditorState(drafts, len(drafts) - 1), self.tr("Add a medication"), None)
        self.form.name.setFocus()

    def remove_medication(self) -> None:
        index = self._selected
        if not 0 <= index < len(self._drafts):
            return
        title = self._drafts[index].title
        drafts = self._drafts[:index] + self._drafts[index + 1 :]
        after = EditorState(drafts, min(index, len(drafts) - 1))
        self._push(after, self.tr("Remove {medication}").format(medication=title), None)
        self.save_status.setText(
            self.tr(
                "{medication} is removed from the draft. Save to store it, or undo (Ctrl+Z)."
            ).format(medication=title)
        )

    def save(self) -> bool:
        if self.person is None or self._person_doc is None:
            return False
        self._timer.stop()
        check = self.run_checks()
        if not check.valid:
            index = next(i for i, p in enumerate(check.problems) if p)
            problem = check.problems[index][0]
            self._say(
                "warning",
                self.tr(
                    "Not saved: {medication} — {problem}. "
                    "Fix the fields marked Warning first; nothing was stored."
                ).format(medication=self._drafts[index].title, problem=problem.message),
            )
            self.list.setCurrentRow(index)
            self.form.focus_field(problem.field)
            return False
        try:
            plan = plan_of(self._person_doc, self._drafts)
        except MedPlannerError as e:  # pragma: no cover - check_drafts said it was valid
            self._say("warning", self.tr("Not saved: {problem}").format(problem=e.message))
            return False
        dangers = [f for f in check.findings if f.severity == "danger"]
        if dangers and not confirm_save.confirm_save(self, dangers):
            self._say("info", self.tr("Not saved. Nothing was changed."))
            return False
        result = self.ops.save_plan(self, plan, confirmed=dangers)
        if result is None:
            return False
        self._stack.setClean()
        note = (
            self.tr("Saved (it was already stored like this).")
            if result.unchanged
            else self.tr("Saved. The plan before this change is kept in the history.")
        )
        if dangers:
            noted = self.tr("Your confirmation of the danger finding is noted.")
            note = f"{note} {noted}"
        self._say_done(note)
        self.refresh_now()
        return True

    # ------------------------------------------------------------------ the checks

    def run_checks(self) -> DraftCheck:
        self._timer.stop()
        if self._person_doc is None:
            check = DraftCheck(None, ())
        else:
            check = check_drafts(self._person_doc, self._drafts, self.ops.service.kb)
        self._check = check
        note = ""
        if check.incomplete:
            names = ", ".join(check.incomplete)
            note = self.tr(
                "Not checked yet: {medications} — finish the fields marked Warning to check it too."
            ).format(medications=names)
        self.findings.set_findings(check.findings, note)
        if 0 <= self._selected < len(check.problems):
            self.form.show_problems(check.problems[self._selected])
        self._update_list_marks()
        return check

    # ------------------------------------------------------------------ state and undo

    def _field_edited(self, key: str) -> None:
        index = self._selected
        if not 0 <= index < len(self._drafts):
            return
        before = self._drafts[index]
        edited = self.form.draft()
        if key == "start":
            edited = replace(before.with_start(edited.start), **_except(edited, "start", "steps"))
        if edited == before:
            return
        drafts = (*self._drafts[:index], edited, *self._drafts[index + 1 :])
        needs_apply = key == "start" and edited.steps != self.form.steps.rows()
        self._push(
            EditorState(drafts, index),
            self.tr("Edit {medication}").format(medication=edited.title),
            f"{index}:{key}",
            applied=not needs_apply,
        )

    def _add_step(self) -> None:
        self._change_selected(lambda d: d.with_step_added(), self.tr("Add a step"))
        self.form.steps.setFocus()
        self.form.steps.setCurrentCell(self.form.steps.rowCount() - 1, 1)

    def _remove_step(self, row: int) -> None:
        index = self._selected
        if 0 <= index < len(self._drafts) and 0 <= row < len(self._drafts[index].steps):
            text = self.tr("Remove step {number}").format(number=row + 1)
            self._change_selected(lambda d: d.with_step_removed(row), text)
