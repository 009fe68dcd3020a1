"""The Medications tab's left column (the list, its buttons, the stock panel), which
scrolls as one so the window fits a 600 px high screen at 200 % text (issue 21 item 1),
and the scroll areas of the editor and findings beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.gui import severity
from medplanner.gui.views.med_draft import MedDraft
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import button


class MedList(QWidget):
    """The list of medications with Add, Remove, Plan a taper…/titration… and the stock
    (units on hand and run-out, as stored). The view connects the signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Medications"), self)
        emphasize(heading, 1.2, bold=True)
        layout.addWidget(heading)
        self.list = QListWidget(self)
        self.list.setObjectName("medication-list")
        self.list.setAccessibleName(self.tr("Medications in the plan"))
        emphasize(self.list, 1.15)
        layout.addWidget(self.list, 1)
        self.add_button = button(
            self.tr("Add medication"), name="add-medication", accessible=self.tr("Add a medication")
        )
        self.remove_button = button(
            # Translators: a button: remove the selected medication from the plan.
            self.tr("Remove"),
            name="remove-medication",
            accessible=self.tr("Remove the selected medication"),
        )
        layout.addWidget(self.add_button)
        layout.addWidget(self.remove_button)
        self.taper_button = button(
            self.tr("Plan a taper…"),
            name="plan-taper",
            accessible=self.tr(
                "Plan a taper of the selected medication (a draft for your prescriber)"
            ),
        )
        self.titration_button = button(
            self.tr("Plan a titration…"),
            name="plan-titration",
            accessible=self.tr(
                "Plan a titration of the selected medication (a draft for your prescriber)"
            ),
        )
        layout.addWidget(self.taper_button)
        layout.addWidget(self.titration_button)
        from medplanner.gui.stock import StockPanel

        self.stock = StockPanel(self)  # units on hand and run-out, as stored
        self.stock.setObjectName("medications-stock")
        layout.addWidget(self.stock)
        self.list.setMinimumHeight(4 * self.list.fontMetrics().height())

    def in_column(self) -> Column:
        """This list in a :class:`Column`, to put in the tab's splitter."""
        area = Column()
        area.setWidget(self)
        area.setAccessibleName(self.tr("Medications and their stock"))
        return area

    def show_drafts(
        self, drafts: Sequence[MedDraft], selected: int, problems: Sequence[object]
    ) -> None:
        """One row per draft, the selected one current, without signalling a selection."""
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for draft in drafts:
                self.list.addItem(QListWidgetItem(draft.title))
            if 0 <= selected < self.list.count():
                self.list.setCurrentRow(selected)
        finally:
            self.list.blockSignals(False)
        self.show_marks(drafts, problems)

    def show_marks(self, drafts: Sequence[MedDraft], problems: Sequence[object]) -> None:
        """Each row's words and its "to fix" mark, from the checks' problems per draft."""
        for i, draft in enumerate(drafts):
            item = self.list.item(i)
            bad = i < len(problems) and bool(problems[i])
            if draft.as_needed:
                shown = self.tr("{medication} (as needed)").format(medication=draft.title)
            else:
                shown = draft.title
            text = self.tr("{medication} — to fix").format(medication=shown) if bad else shown
            if item.text() != text:
                item.setText(text)
                mark = severity.severity("warning")
                item.setIcon(mark.qicon(self.palette()) if bad else QIcon())
            words = (
                self.tr("{medication}: has a problem to fix").format(medication=shown)
                if bad
                else shown
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words)


class Column(QScrollArea):
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


def scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setAccessibleName(name)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
