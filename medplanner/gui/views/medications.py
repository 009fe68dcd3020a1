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

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import MedPlannerError
from medplanner.core.plan import to_dict
from medplanner.core.schedule import zone
from medplanner.gui import severity
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.timers import debounce_timer
from medplanner.gui.views.base import View
from medplanner.gui.views.med_draft import DraftCheck, MedDraft, check_drafts, plan_of
from medplanner.gui.views.med_form import MedForm
from medplanner.gui.widgets import confirm_save
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button, button
from medplanner.gui.widgets.findings_panel import FindingsPanel

if TYPE_CHECKING:
    from medplanner.gui.dialogs.planner import PlannerDialog

#: ui.md / issue 7: findings update about 150 ms after the last keystroke.
CHECK_DELAY_MS = 150


@dataclass(frozen=True)
class EditorState:
    drafts: tuple[MedDraft, ...]
    selected: int


class _Edit(QUndoCommand):
    """One change of the drafts; typing in one field merges into one command."""

    def __init__(
        self,
        view: MedicationsView,
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
        if not isinstance(other, _Edit) or other.key != self.key:
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


class MedicationsView(View):
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

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel("Medications", left)
        emphasize(heading, 1.2, bold=True)
        left_layout.addWidget(heading)
        self.list = QListWidget(left)
        self.list.setObjectName("medication-list")
        self.list.setAccessibleName("Medications in the plan")
        emphasize(self.list, 1.15)
        self.list.currentRowChanged.connect(self._select)
        left_layout.addWidget(self.list, 1)
        self.add_button = button(
            "Add medication", name="add-medication", accessible="Add a medication"
        )
        self.add_button.clicked.connect(self.new_medication)
        self.remove_button = button(
            "Remove", name="remove-medication", accessible="Remove the selected medication"
        )
        self.remove_button.clicked.connect(self.remove_medication)
        left_layout.addWidget(self.add_button)
        left_layout.addWidget(self.remove_button)
        self.taper_button = button(
            "Plan a taper…",
            name="plan-taper",
            accessible="Plan a taper of the selected medication (a draft for your prescriber)",
        )
        self.taper_button.clicked.connect(lambda: self.plan_change("taper"))
        self.titration_button = button(
            "Plan a titration…",
            name="plan-titration",
            accessible="Plan a titration of the selected medication (a draft for your prescriber)",
        )
        self.titration_button.clicked.connect(lambda: self.plan_change("titration"))
        left_layout.addWidget(self.taper_button)
        left_layout.addWidget(self.titration_button)
        from medplanner.gui.stock import StockPanel

        self.stock = StockPanel(left)  # units on hand and run-out, as stored
        self.stock.setObjectName("medications-stock")
        self.stock.refill_requested.connect(self._open_refill)
        left_layout.addWidget(self.stock)
        # Doses taken and stock counted move the run-out, not the editor: refresh only that.
        ops.changed.connect(self._stock_changed)
        # The list, its buttons and the stock scroll as one column: at 200 % text the
        # window still fits a 600 px high screen (issue 21 item 1).
        self.list.setMinimumHeight(4 * self.list.fontMetrics().height())
        left_area = _Column()
        left_area.setWidget(left)
        left_area.setAccessibleName("Medications and their stock")
        splitter.addWidget(left_area)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        bar = QHBoxLayout()
        self.save_status = QLabel(right)
        self.save_status.setObjectName("save-status")
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.save_status, 1)
        self.save_button = big_button(
            "Save plan", name="save-plan", accessible="Save the plan", primary=True
        )
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(bar)
        editor_split = QSplitter(Qt.Orientation.Vertical, right)
        self.form = MedForm(ops.service.kb)
        self.form.edited.connect(self._field_edited)
        self.form.add_step_requested.connect(self._add_step)
        self.form.remove_step_requested.connect(self._remove_step)
        self.empty = QLabel(
            "No medications yet. Choose “Add medication” (Ctrl+N) and type what your "
            "prescriber ordered.",
            right,
        )
        self.empty.setWordWrap(True)
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.form)
        editor_split.addWidget(_scrolled(form_holder, "Medication editor"))
        self.findings = FindingsPanel("Checks of the plan as typed")
        self.findings.setObjectName("findings-panel")
        editor_split.addWidget(_scrolled(self.findings, "Findings"))
        editor_split.setStretchFactor(0, 3)
        editor_split.setStretchFactor(1, 2)
        right_layout.addWidget(editor_split, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        editor_split.setChildrenCollapsible(False)
        self._editor_split = editor_split
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
            self.ops.run(self, "Stock", lambda: self.ops.service.stocks(person, self.ops.now()))
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
                "warning", "Save or undo your edits first: a draft starts from the stored plan."
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
        self._push(EditorState(drafts, index), f"Draft {draft.kind} of {draft.medication}", None)
        self.run_checks()
        self._say(
            "info",
            f"The draft {draft.kind} of {draft.medication} is in the editor, NOT saved. "
            "Discuss it with your prescriber. Save plan keeps it; Undo (Ctrl+Z) drops it.",
        )

    # ------------------------------------------------------------------ actions

    def new_medication(self) -> None:
        if self._person_doc is None:
            return
        today = self.ops.now().astimezone(zone(self._person_doc["timezone"])).date()
        drafts = (*self._drafts, MedDraft.new(today))
        self._push(EditorState(drafts, len(drafts) - 1), "Add a medication", None)
        self.form.name.setFocus()

    def remove_medication(self) -> None:
        index = self._selected
        if not 0 <= index < len(self._drafts):
            return
        title = self._drafts[index].title
        drafts = self._drafts[:index] + self._drafts[index + 1 :]
        self._push(EditorState(drafts, min(index, len(drafts) - 1)), f"Remove {title}", None)
        self.save_status.setText(
            f"{title} is removed from the draft. Save to store it, or undo (Ctrl+Z)."
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
                f"Not saved: {self._drafts[index].title} — {problem.message}. "
                "Fix the fields marked Warning first; nothing was stored.",
            )
            self.list.setCurrentRow(index)
            self.form.focus_field(problem.field)
            return False
        try:
            plan = plan_of(self._person_doc, self._drafts)
        except MedPlannerError as e:  # pragma: no cover - check_drafts said it was valid
            self._say("warning", f"Not saved: {e.message}")
            return False
        dangers = [f for f in check.findings if f.severity == "danger"]
        if dangers and not confirm_save.confirm_save(self, dangers):
            self._say("info", "Not saved. Nothing was changed.")
            return False
        result = self.ops.save_plan(self, plan, confirmed=dangers)
        if result is None:
            return False
        self._stack.setClean()
        note = (
            "Saved (it was already stored like this)."
            if result.unchanged
            else "Saved. The plan before this change is kept in the history."
        )
        confirmed = " Your confirmation of the danger finding is noted." if dangers else ""
        self._say_done(f"{note}{confirmed}")
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
            note = f"Not checked yet: {names} — finish the fields marked Warning to check it too."
        self.findings.set_findings(check.findings, note)
        if 0 <= self._selected < len(check.problems):
            self.form.show_problems(check.problems[self._selected])
        self._update_list_marks()
        return check

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
            f"Edit {edited.title}",
            f"{index}:{key}",
            applied=not needs_apply,
        )

    def _add_step(self) -> None:
        self._change_selected(lambda d: d.with_step_added(), "Add a step")
        self.form.steps.setFocus()
        self.form.steps.setCurrentCell(self.form.steps.rowCount() - 1, 1)

    def _remove_step(self, row: int) -> None:
        index = self._selected
        if 0 <= index < len(self._drafts) and 0 <= row < len(self._drafts[index].steps):
            self._change_selected(lambda d: d.with_step_removed(row), f"Remove step {row + 1}")

    def _change_selected(self, change: Any, text: str) -> None:
        index = self._selected
        if not 0 <= index < len(self._drafts):
            return
        edited = change(self.form.draft())
        drafts = (*self._drafts[:index], edited, *self._drafts[index + 1 :])
        self._push(EditorState(drafts, index), text, None)

    # ------------------------------------------------------------------ list and form

    def _rebuild_list(self) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for draft in self._drafts:
                self.list.addItem(QListWidgetItem(draft.title))
            if 0 <= self._selected < self.list.count():
                self.list.setCurrentRow(self._selected)
        finally:
            self.list.blockSignals(False)
        self._update_list_marks()

    def _update_list_text(self) -> None:
        if self.list.count() != len(self._drafts):
            self._rebuild_list()
            return
        self._update_list_marks()

    def _update_list_marks(self) -> None:
        problems = self._check.problems if self._check is not None else ()
        for i, draft in enumerate(self._drafts):
            item = self.list.item(i)
            bad = i < len(problems) and bool(problems[i])
            kind = " (as needed)" if draft.as_needed else ""
            text = f"{draft.title}{kind} — to fix" if bad else f"{draft.title}{kind}"
            if item.text() != text:
                item.setText(text)
                mark = severity.severity("warning")
                item.setIcon(mark.qicon(self.palette()) if bad else QIcon())
            words = f"{draft.title}{kind}" + (": has a problem to fix" if bad else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)

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
        from html import escape

        mark = severity.severity(level)  # type: ignore[arg-type]
        self.save_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.save_status.setAccessibleName(f"{mark.text}: {text}")

    def _say_done(self, text: str) -> None:
        from html import escape

        mark = severity.state("taken")
        self.save_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.save_status.setAccessibleName(text)


def _except(draft: MedDraft, *names: str) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(draft, f.name) for f in fields(draft) if f.name not in names}


class _Column(QScrollArea):
    """Scrolls up and down only, and is as wide as its content's widest part needs (the
    words wrap, the buttons keep theirs), with room for the scroll bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.minimumSizeHint().width() + bar, hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # new rows, a new text size: the splitter asks again
        return super().eventFilter(watched, event)


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setAccessibleName(name)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
