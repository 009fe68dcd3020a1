"""The Settings tab's person form, the parts that show no text of their own: its fields
(one line per key of the plan's ``[person]`` table, with a unit beside some), showing the
person, reading the table as typed, the kidney rows, the status line. :class:`SettingsView`
(:mod:`medplanner.gui.views.settings`) builds the form on this base and saves it; every
``self.tr`` text stays in that class (its catalogue context).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from medplanner.core.errors import MedPlannerError
from medplanner.core.plan import CG_KEYS, PERSON_KEYS, to_dict
from medplanner.gui import severity
from medplanner.gui.views import settings_units as units
from medplanner.gui.views.base import View
from medplanner.gui.views.settings_units import MG_DL, from_unit
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.field import FieldBox

_PERSON_FIELDS = PERSON_KEYS
_NUMBERS = ("crcl_ml_min", "age_years", "weight_kg", "serum_creatinine_mg_dl")
_WHOLE = ("stagger_window_minutes", "missed_grace_minutes")
_CG = CG_KEYS


class PersonForm(View):
    """A view with the person's form: the fields, shown and read back (no text of its own)."""

    fields: dict[str, QLineEdit | QComboBox]
    boxes: dict[str, FieldBox]
    units: dict[str, QWidget]
    _rows: dict[str, QWidget]
    _person_form: QFormLayout
    kidney: QComboBox
    creatinine_unit: QComboBox
    _creatinine_shown: str
    person_status: QLabel
    save_button: QPushButton

    def _line(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        accessible: str,
        placeholder: str = "",
        unit: str | QWidget | None = None,
    ) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._add(form, key, label, edit, accessible, unit)

    def _add(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: QLineEdit | QComboBox,
        name: str,
        unit: str | QWidget | None = None,
    ) -> None:
        widget.setObjectName(f"person-{key}")
        widget.setAccessibleName(name)
        if isinstance(widget, QComboBox):
            name_choices(widget)
        box = FieldBox(widget)
        text = QLabel(label)
        text.setBuddy(widget)
        row: QWidget = box
        if unit is not None:  # the unit beside the field, always in view (issue 21)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 1)
            shown = QLabel(unit) if isinstance(unit, str) else unit
            shown.setObjectName(f"person-{key}-unit")
            line.addWidget(shown, 0, Qt.AlignmentFlag.AlignTop)
            self.units[key] = shown
        form.addRow(text, row)
        self.fields[key] = widget
        self.boxes[key] = box
        self._rows[key] = row

    def _show_person(self) -> None:
        has = self.person is not None
        self.save_button.setEnabled(has)
        if self.person is None:
            return
        try:
            plan = self.ops.service.current(self.person).plan
        except MedPlannerError as e:
            self._say("warning", e.message)
            return
        person = to_dict(plan)["person"]
        self.creatinine_unit.blockSignals(True)
        self.creatinine_unit.setCurrentIndex(self.creatinine_unit.findData(MG_DL))
        self.creatinine_unit.blockSignals(False)
        self._creatinine_shown = MG_DL
        for key, widget in self.fields.items():
            value = person.get(key)
            text = "" if value is None else str(value)
            if isinstance(widget, QComboBox):
                index = widget.findData(text) if key == "sex" else widget.findText(text)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(text)
            else:
                widget.setText(text)
            self.boxes[key].set_problem(None)
        kind = "crcl" if "crcl_ml_min" in person else "cg" if "age_years" in person else "none"
        self.kidney.setCurrentIndex(self.kidney.findData(kind))
        self._sync_kidney()

    def person_table(self) -> dict[str, Any]:
        """The ``[person]`` table as typed (text; numbers where the file has numbers)."""
        t: dict[str, Any] = {}
        kind = self.kidney.currentData()
        for key in _PERSON_FIELDS:
            widget = self.fields[key]
            if isinstance(widget, QComboBox):
                text = str(widget.currentData() or "") if key == "sex" else widget.currentText()
            else:
                text = widget.text()
            text = text.strip()
            if not text:
                continue
            if key == "crcl_ml_min" and kind != "crcl":
                continue
            if key in _CG and kind != "cg":
                continue
            if key == "serum_creatinine_mg_dl" and self._creatinine_shown != MG_DL:
                value = units.as_float(text)
                if value is not None:  # else the loader says why it is not a number
                    t[key] = round(from_unit(value, self._creatinine_shown), 2)
                    continue
            t[key] = units.as_number(text) if key in _NUMBERS or key in _WHOLE else text
        return t

    def _sync_kidney(self) -> None:
        kind = self.kidney.currentData()
        self._person_form.setRowVisible(self._rows["crcl_ml_min"], kind == "crcl")
        for key in _CG:
            self._person_form.setRowVisible(self._rows[key], kind == "cg")

    def _say(self, level: str, text: str) -> None:
        from html import escape

        mark = severity.state("taken") if level == "taken" else severity.severity(level)  # type: ignore[arg-type]
        self.person_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.person_status.setAccessibleName(text)
