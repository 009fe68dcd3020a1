"""The medication editor's fields: what the person types, shown back with its problems.

The form knows no rule: :meth:`draft` reads the fields into a
:class:`~medplanner.gui.views.med_draft.MedDraft` (text as typed), :meth:`set_draft`
shows one, and :meth:`show_problems` puts each problem the plan loader found under its
field. ``edited(key)`` says which field the person changed, for undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.knowledge import KnowledgeBase
from medplanner.core.model import FORMS
from medplanner.gui import severity
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.views.med_draft import FieldProblem, MedDraft
from medplanner.gui.views.steps_table import COLUMNS, HEADERS, StepsTable
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.buttons import button
from medplanner.gui.widgets.field import FieldBox

_FORM_CHOICES = ("", *FORMS)
_FORM_WORDS = {
    # Translators: the form of a medicine (capsule, tablet) was not given.
    "": QT_TRANSLATE_NOOP("MedForm", "Not given"),
    "capsule": QT_TRANSLATE_NOOP("MedForm", "Capsule"),
    "tablet": QT_TRANSLATE_NOOP("MedForm", "Tablet"),
    "scored-tablet": QT_TRANSLATE_NOOP("MedForm", "Scored tablet (can be halved)"),
}


class MedForm(QWidget):
    """Every field of one medication."""

    edited = Signal(str)  # a field key: "name", "start", "steps:1:2", "steps+", …
    add_step_requested = Signal()
    remove_step_requested = Signal(int)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line(
            "name", self.tr("Medication name"), self.tr("gabapentin, or a brand like Neurontin")
        )
        completer = _name_completer(kb, self)
        self.name.setCompleter(completer)
        # An inline completion is typed in by the completer, not the person: read it too.
        self.name.editingFinished.connect(lambda: self._edited("name"))
        self.name_box = FieldBox(self.name, "", self)
        # Translators: the medication's name (a field label; & marks the shortcut key).
        form.addRow(self._label(self.tr("&Name"), self.name), self.name_box)
        self.strength = self._line(
            "strength",
            self.tr("Strength of one tablet or capsule"),
            # Translators: an example of what to type; MedPlanner reads the unit mg as it is.
            self.tr("300 mg"),
        )
        self.strength_box = FieldBox(
            self.strength, self.tr("Optional: one tablet or capsule"), self
        )
        form.addRow(self._label(self.tr("St&rength"), self.strength), self.strength_box)
        self.form_choice = QComboBox(self)
        self.form_choice.setObjectName("form")
        self.form_choice.setAccessibleName(self.tr("Form: capsule, tablet or scored tablet"))
        for value in _FORM_CHOICES:
            self.form_choice.addItem(
                QCoreApplication.translate("MedForm", _FORM_WORDS[value]), value
            )
        name_choices(self.form_choice)
        self.form_choice.activated.connect(lambda _i: self._edited("form"))
        self.form_box = FieldBox(self.form_choice, "", self)
        # Translators: the form of a medicine (capsule, tablet…), a field label.
        form.addRow(self._label(self.tr("F&orm"), self.form_choice), self.form_box)
        self.start = self._line(
            "start", self.tr("First day, as a date like 2027-01-04"), "2027-01-04"
        )
        self.start_box = FieldBox(self.start, "", self)
        form.addRow(self._label(self.tr("&First day"), self.start), self.start_box)
        self.stop = self._line(
            "stop", self.tr("Last day (optional), like 2027-04-01"), self.tr("none: it goes on")
        )
        self.stop_box = FieldBox(self.stop, "", self)
        form.addRow(self._label(self.tr("&Last day"), self.stop), self.stop_box)
        self.as_needed = self._check(
            "as-needed", self.tr("Taken only &as needed (not on a schedule)")
        )
        self.continuing = self._check(
            "continuing", self.tr("Already &taking the first step's dose (entered mid-course)")
        )
        form.addRow("", self.as_needed)
        form.addRow("", self.continuing)
        outer.addLayout(form)

        self.steps_group = QGroupBox(self.tr("Steps: each lasts until the next one begins"), self)
        steps_layout = QVBoxLayout(self.steps_group)
        self.steps = StepsTable(self.steps_group)
        self.steps.edited.connect(lambda r, c: self._edited(f"steps:{r}:{c}"))
        steps_layout.addWidget(self.steps)
        self.steps_hint = QLabel(
            # Translators: the quoted examples are what to type; the editor reads them in
            # English ("mon, thu", "every 2 days"): keep them as they are.
            self.tr(
                "Times are 24-hour, separated by commas. A time may carry its own dose: "
                '"08:00 300 mg, 21:00 600 mg". Repeat: empty for daily, "mon, thu", '
                'or "every 2 days".'
            ),
            self.steps_group,
        )
        self.steps_hint.setWordWrap(True)
        steps_layout.addWidget(self.steps_hint)
        self.steps_problems = QLabel(self.steps_group)
        self.steps_problems.setObjectName("steps-problems")
        self.steps_problems.setTextFormat(Qt.TextFormat.RichText)
        self.steps_problems.setWordWrap(True)
        self.steps_problems.setVisible(False)
        steps_layout.addWidget(self.steps_problems)
        row = QHBoxLayout()
        self.add_step = button(
            self.tr("Add step"), name="add-step", accessible=self.tr("Add a step")
        )
        self.remove_step = button(
            self.tr("Remove step"),
            name="remove-step",
            accessible=self.tr("Remove the selected step"),
        )
        self.add_step.clicked.connect(self.add_step_requested)
        self.remove_step.clicked.connect(self._remove_step)
        row.addWidget(self.add_step)
        row.addWidget(self.remove_step)
        row.addStretch(1)
        steps_layout.addLayout(row)
        outer.addWidget(self.steps_group)

        # Translators: a group of fields for a medicine taken only when needed.
        self.prn_group = QGroupBox(self.tr("As needed"), self)
        prn = QFormLayout(self.prn_group)
        prn.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Translators: an example of what to type; MedPlanner reads the unit mg as it is.
        self.dose = self._line("dose", self.tr("Dose each time"), self.tr("5 mg"))
        self.dose_box = FieldBox(self.dose, "", self)
        prn.addRow(self._label(self.tr("&Dose each time"), self.dose), self.dose_box)
        self.max_per_day = self._line("max-per-day", self.tr("Most doses a day"), "4")
        # Translators: under a field that may be left empty.
        self.max_box = FieldBox(self.max_per_day, self.tr("Optional"), self)
        prn.addRow(self._label(self.tr("&Most a day"), self.max_per_day), self.max_box)
        self.min_hours = self._line("min-interval", self.tr("Hours to wait between doses"), "4")
        self.min_box = FieldBox(self.min_hours, self.tr("Optional"), self)
        prn.addRow(self._label(self.tr("&Hours between"), self.min_hours), self.min_box)
        outer.addWidget(self.prn_group)
        outer.addStretch(1)

        self.boxes: dict[str, FieldBox] = {
            "name": self.name_box,
            "strength": self.strength_box,
            "form": self.form_box,
            "start": self.start_box,
            "stop": self.stop_box,
            "dose": self.dose_box,
            "max_per_day": self.max_box,
            "min_interval_hours": self.min_box,
        }
        self.name.textChanged.connect(self._update_name_hint)
        self._sync_kind()

    # ------------------------------------------------------------------ building

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        key = name.replace("-", "_").replace("min_interval", "min_interval_hours")
        edit.textEdited.connect(lambda _t: self._edited(key))
        edit.installEventFilter(self)
        return edit

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.toggled.connect(lambda _on: self._edited(name.replace("-", "_")))
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Shift+Z belong to the editor's undo stack, not to one line edit.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ reading and showing

    def draft(self) -> MedDraft:
        return MedDraft(
            name=self.name.text(),
            strength=self.strength.text(),
            form=str(self.form_choice.currentData() or ""),
            start=self.start.text(),
            stop=self.stop.text(),
            continuing=self.continuing.isChecked(),
            as_needed=self.as_needed.isChecked(),
            steps=self.steps.rows(),
            dose=self.dose.text(),
            max_per_day=self.max_per_day.text(),
            min_interval_hours=self.min_hours.text(),
        )

    def set_draft(self, d: MedDraft) -> None:
        self._loading = True
        try:
            for edit, text in (
                (self.name, d.name),
                (self.strength, d.strength),
                (self.start, d.start),
                (self.stop, d.stop),
                (self.dose, d.dose),
                (self.max_per_day, d.max_per_day),
                (self.min_hours, d.min_interval_hours),
            ):
                if edit.text() != text:
                    edit.setText(text)
            index = _FORM_CHOICES.index(d.form) if d.form in _FORM_CHOICES else 0
            self.form_choice.setCurrentIndex(index)
            self.as_needed.setChecked(d.as_needed)
            self.continuing.setChecked(d.continuing)
            self.steps.set_rows(d.steps)
        finally:
            self._loading = False
        self._sync_kind()

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        cells: dict[tuple[int, int], str] = {}
        step_lines: list[str] = []
        for p in problems:
            head = p.field[0]
            if head == "steps" and len(p.field) == 3:
                row, col = int(p.field[1]), COLUMNS.index(str(p.field[2]))
                cells.setdefault((row, col), p.message)
                column = QCoreApplication.translate("StepsTable", HEADERS[col])
                step_lines.append(
                    self.tr("Step {number}, {column}: {problem}").format(
                        number=row + 1, column=column, problem=p.message
                    )
                )
            elif head == "steps":
                step_lines.append(p.message)
            else:
                by_field.setdefault(str(head), p.message)
        for key, box in self.boxes.items():
            box.set_problem(by_field.get(key))
        self.steps.set_problems(cells)
        if step_lines:
            mark = severity.severity("warning")
            html = "<br>".join(f"{mark.html(self.palette())} {escape(x)}" for x in step_lines)
            self.steps_problems.setText(html)
            self.steps_problems.setAccessibleName("; ".join(step_lines))
        self.steps_problems.setVisible(bool(step_lines))

    def focus_field(self, key: tuple[str | int, ...]) -> None:
        head = key[0]
        if head == "steps":
            self.steps.setFocus()
            if len(key) == 3:
                self.steps.setCurrentCell(int(key[1]), COLUMNS.index(str(key[2])))
            return
        box = self.boxes.get(str(head))
        if box is not None:
            box.widget.setFocus()

    # ------------------------------------------------------------------ internals

    def _edited(self, key: str) -> None:
        if key in ("as_needed", "continuing"):
            self._sync_kind()
        if not self._loading:
            self.edited.emit(key)

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        self.remove_step_requested.emit(row if row >= 0 else self.steps.rowCount() - 1)

    def _sync_kind(self) -> None:
        prn = self.as_needed.isChecked()
        self.steps_group.setVisible(not prn)
        self.continuing.setVisible(not prn)
        self.prn_group.setVisible(prn)

    def _update_name_hint(self, text: str) -> None:
        name = text.strip()
        if not name:
            self.name_box.set_hint("")
            return
        drug = self.kb.lookup(name)
        if drug is None:
            hint = self.tr("Not in MedPlanner's list: only the general checks run for it.")
        elif drug.name.casefold() == name.casefold():
            hint = self.tr("{drug}: in MedPlanner's list, with its label's rules.").format(
                drug=drug.name
            )
        else:
            hint = self.tr("{name} is a brand or other name of {drug}.").format(
                name=name, drug=drug.name
            )
        self.name_box.set_hint(hint)


def _name_completer(kb: KnowledgeBase, parent: QObject) -> QCompleter:
    """Names from the knowledge base, brands too, completed inline as the person types
    ("gab" → "gabapentin", the rest selected: Tab or End keeps it, typing on replaces it).
    Inline, not a pop-up list: nothing covers the form or takes the keyboard away, and the
    hint under the field says which medicine a brand is."""
    model = QStandardItemModel(parent)
    seen: set[str] = set()
    for drug in sorted(kb.drugs.values(), key=lambda d: d.name):
        for name in drug.names:
            if name.casefold() in seen:
                continue
            seen.add(name.casefold())
            item = QStandardItem(name)
            item.setData(name, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
    model.sort(0)
    completer = QCompleter(model, parent)
    completer.setCompletionRole(Qt.ItemDataRole.UserRole)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    return completer
