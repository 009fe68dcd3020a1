"""A labelled input with room for its problem, said in words under it (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldBox(QWidget):
    """``widget`` with an optional hint and a problem line (``⚠ Warning: …``) under it."""

    def __init__(self, widget: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.problem.setObjectName(f"{widget.objectName()}-problem")
        self._message: str | None = None

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_message", None):
            self.set_problem(self._message)

    def set_problem(self, message: str | None) -> None:
        """Show ``message`` under the field (None clears it)."""
        from html import escape

        from medplanner.gui import severity

        self._message = message
        if message:
            mark = severity.severity("warning")
            self.problem.setText(f"{mark.html(self.problem.palette())} {escape(message)}")
            #: Translators: a screen reader's words for a field's problem: "Warning: <the problem>".
            said = self.tr("{severity}: {problem}").format(severity=mark.text, problem=message)
            self.problem.setAccessibleName(said)
            described = self.tr("Problem: {problem}").format(problem=message)
            self.widget.setAccessibleDescription(described)
        else:
            self.problem.clear()
            self.widget.setAccessibleDescription("")
        self.problem.setVisible(bool(message))
        if self.widget.property("problem") != bool(message):
            self.widget.setProperty("problem", bool(message))
            style = self.widget.style()
            style.unpolish(self.widget)
            style.polish(self.widget)

    @property
    def problem_text(self) -> str:
        return self.problem.accessibleName() if self.problem.isVisible() else ""
