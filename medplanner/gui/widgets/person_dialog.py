"""File ▸ New person: a name and a time zone (the plan's rules check both)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from medplanner.gui.welcome import zone_box
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.appearance import make_target


class NewPersonDialog(QDialog):
    def __init__(self, default_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-person")
        self.setWindowTitle(self.tr("Add a person"))
        self.setAccessibleName(self.tr("Add a person"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("new-person-name")
        self.name.setAccessibleName(self.tr("Name of the new person"))
        label = QLabel(self.tr("&Name"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        self.zone = zone_box(default_zone)
        self.zone.setObjectName("new-person-zone")
        self.zone.setAccessibleName(self.tr("Time zone of the new person"))
        name_choices(self.zone)
        label = QLabel(self.tr("Time &zone"))
        label.setBuddy(self.zone)
        form.addRow(label, self.zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add person"))
        ok.setAccessibleName(self.tr("Add person"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        for b in (ok, cancel):
            make_target(b)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.zone.currentText().strip()
