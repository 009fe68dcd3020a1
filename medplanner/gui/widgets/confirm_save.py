"""Ask before saving a plan over a danger finding (../shared/ui.md: a modal only for a risky
action).

The findings are listed as the confirm-take dialog lists them (sign + word, message,
source). "Don't save" is the default button and has the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from medplanner.core.model import Finding
from medplanner.gui.confirm import finding_label
from medplanner.gui.widgets.appearance import emphasize, make_target


class ConfirmSaveDialog(QDialog):
    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm-save")
        self.setWindowTitle(self.tr("Save this plan anyway?"))
        self.setAccessibleName(self.tr("Save this plan anyway?"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("This plan has a danger finding. Save it anyway?"), self)
        heading.setWordWrap(True)
        emphasize(heading, 1.3, bold=True)
        layout.addWidget(heading)
        for finding in findings:
            layout.addWidget(finding_label(finding, self))
        note = QLabel(
            self.tr(
                "Save it only if your prescriber ordered it this way. MedPlanner will note that "
                "you confirmed it. If you are unsure, do not save, and ask your prescriber or "
                "pharmacist."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save anyway — my prescriber ordered it"), self)
        self.save_button.setObjectName("confirm-save-yes")
        self.cancel_button = QPushButton(self.tr("Don't save"), self)
        self.cancel_button.setObjectName("confirm-save-no")
        for b in (self.save_button, self.cancel_button):
            b.setAutoDefault(False)
            b.setAccessibleName(b.text())
            make_target(b)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)


def confirm_save(parent: QWidget | None, findings: Sequence[Finding]) -> bool:
    """True only when the person chose "Save anyway"."""
    dialog = ConfirmSaveDialog(findings, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
