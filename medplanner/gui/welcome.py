"""First run: what MedPlanner does, that the prescriber decides, and a way in.

Shown in the main window while no person is stored: create a person (name and time
zone), or open the demo (a made-up plan in a throw-away folder).
"""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.gui import severity
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.appearance import emphasize
from medplanner.gui.widgets.buttons import big_button

#: What MedPlanner does (also in About). Marked for the catalogue: show it through
#: ``QCoreApplication.translate("WelcomePage", WHAT)``, or :func:`what_text`.
WHAT = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "MedPlanner keeps the medication plan your prescriber gave you. It reminds you when a "
    "dose is due, keeps a record of what you took, and checks the plan against each "
    "medicine's label: how fast a dose may go up, the most in a day, and sedating medicines "
    "taken too close together. Every finding says what, why, what to do, and where it "
    "comes from.",
)
#: The prescriber decides (also in About): translated like :data:`WHAT`
#: (:func:`prescriber_text`).
PRESCRIBER = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Your prescriber decides. MedPlanner checks, reminds and explains; it does not replace "
    "your prescriber or pharmacist, and it never changes a dose by itself.",
)


def what_text() -> str:
    """:data:`WHAT` in the language in use."""
    return QCoreApplication.translate("WelcomePage", WHAT)


def prescriber_text() -> str:
    """:data:`PRESCRIBER` in the language in use."""
    return QCoreApplication.translate("WelcomePage", PRESCRIBER)


def zone_box(default: str) -> QComboBox:
    """An editable list of every IANA time zone, searchable by any part of its name."""
    zones = QComboBox()
    zones.setEditable(True)
    zones.addItems(sorted(zoneinfo.available_timezones()))
    completer = QCompleter(zones.model(), zones)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    zones.setCompleter(completer)
    zones.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    index = zones.findText(default)
    if index >= 0:
        zones.setCurrentIndex(index)
    else:
        zones.setEditText(default)
    return zones


class WelcomePage(QWidget):
    """The first-run page: ``create_requested(name, zone)`` or ``demo_requested``."""

    create_requested = Signal(str, str)
    demo_requested = Signal()

    def __init__(self, default_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        title = QLabel(self.tr("Welcome to MedPlanner"))
        emphasize(title, 2.0, bold=True)
        layout.addWidget(title)
        for text, factor, bold in ((what_text(), 1.1, False), (prescriber_text(), 1.2, True)):
            para = QLabel(text)
            para.setWordWrap(True)
            emphasize(para, factor, bold=bold)
            layout.addWidget(para)

        start = QLabel(self.tr("Start with the person who takes the medicines"))
        emphasize(start, 1.3, bold=True)
        layout.addWidget(start)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.name.setObjectName("welcome-name")
        self.name.setAccessibleName(self.tr("Name of the person"))
        #: Translators: an example of a person's first name, shown in the empty name field.
        self.name.setPlaceholderText(self.tr("Robin"))
        label = QLabel(self.tr("&Name"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        self.zone = zone_box(default_zone)
        self.zone.setObjectName("welcome-zone")
        self.zone.setAccessibleName(self.tr("Time zone of the person"))
        name_choices(self.zone)
        label = QLabel(self.tr("Time &zone"))
        label.setBuddy(self.zone)
        form.addRow(label, self.zone)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("welcome-problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.create_button = big_button(
            self.tr("Create this person"),
            name="welcome-create",
            accessible=self.tr("Create this person"),
            primary=True,
        )
        self.create_button.clicked.connect(self._create)
        self.name.returnPressed.connect(self._create)
        row.addWidget(self.create_button)
        self.demo_button = big_button(
            self.tr("Open the demo"),
            name="welcome-demo",
            accessible=self.tr("Open the demo: a made-up plan, nothing is kept"),
        )
        self.demo_button.clicked.connect(self.demo_requested)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        demo_note = QLabel(
            self.tr(
                "The demo is a made-up plan (gabapentin and baclofen, raised slowly) in a "
                "throw-away folder: nothing you do there is kept."
            )
        )
        demo_note.setWordWrap(True)
        layout.addWidget(demo_note)
        layout.addStretch(1)

    def _create(self) -> None:
        name = self.name.text().strip()
        if not name:
            warning = severity.severity("warning").html(self.palette())
            self.problem.setText(
                self.tr("{warning}: type the person's name first.").format(warning=warning)
            )
            self.problem.setAccessibleName(
                self.tr("{warning}: type the person's name first.").format(
                    warning=severity.severity("warning").text
                )
            )
            self.name.setFocus()
            return
        self.problem.clear()
        self.create_requested.emit(name, self.zone.currentText().strip())
