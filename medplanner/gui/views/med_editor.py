"""The Medications tab's right side: the save line (what happened, "Save plan") over the
editor of the selected medication, with the findings of the plan as typed under it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from medplanner.gui import severity
from medplanner.gui.views.med_form import MedForm
from medplanner.gui.views.med_list import scrolled
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.findings_panel import FindingsPanel

if TYPE_CHECKING:
    from medplanner.core.knowledge import KnowledgeBase


class EditorPane(QWidget):
    """The save line, the form (or the words for an empty list) and the findings, 3 to 2.
    The view connects the signals."""

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.save_status = QLabel(self)
        self.save_status.setObjectName("save-status")
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.save_status, 1)
        self.save_button = big_button(
            self.tr("Save plan"),
            name="save-plan",
            accessible=self.tr("Save the plan"),
            primary=True,
        )
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.editor_split = QSplitter(Qt.Orientation.Vertical, self)
        self.form = MedForm(kb)
        self.empty = QLabel(
            self.tr(
                "No medications yet. Choose “Add medication” (Ctrl+N) and type what your "
                "prescriber ordered."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.form)
        self.editor_split.addWidget(scrolled(form_holder, self.tr("Medication editor")))
        self.findings = FindingsPanel(self.tr("Checks of the plan as typed"))
        self.findings.setObjectName("findings-panel")
        self.editor_split.addWidget(scrolled(self.findings, self.tr("Findings")))
        self.editor_split.setStretchFactor(0, 3)
        self.editor_split.setStretchFactor(1, 2)
        layout.addWidget(self.editor_split, 1)
        self.editor_split.setChildrenCollapsible(False)

    def say(self, level: str, text: str) -> None:
        """The save line: *text* with its severity's mark."""
        mark = severity.severity(level)  # type: ignore[arg-type]
        self.save_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        # Translators: a severity word ("Warning"), then what happened.
        said = self.tr("{severity}: {text}").format(severity=mark.text, text=text)
        self.save_status.setAccessibleName(said)

    def say_done(self, text: str) -> None:
        """The save line: *text* with the "taken" mark (done)."""
        mark = severity.state("taken")
        self.save_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.save_status.setAccessibleName(text)
