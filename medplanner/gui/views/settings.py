"""Person & settings: who the plan is for, and how MedPlanner reminds and looks.

The person's details are part of their plan file (contract §1: name, zone, wake and
bedtime, kidney data, stagger window, grace period); they are checked by the plan loader,
problems shown under each field, and saved as a new plan version. Snooze choices live in
the household's database; start at login is the reminder engine's autostart file; text
size and light/dark are this machine's display preferences and apply at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import tomli_w
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import MedPlannerError, PlanError
from medplanner.core.model import PLAN_FORMAT
from medplanner.core.plan import KIDNEY_KEYS, loads, to_dict
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.operations import Changes, Operations
from medplanner.gui.views import settings_units as units
from medplanner.gui.views.settings_groups import DisplayGroup, RefillGroup, ReminderGroup
from medplanner.gui.views.settings_person import PersonForm
from medplanner.gui.views.settings_units import MG_DL, from_unit, to_unit
from medplanner.gui.welcome import zone_box
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.field import FieldBox
from medplanner.gui.widgets.prefs import Prefs

__all__ = ["SettingsView", "from_unit", "to_unit"]

_KIDNEY = (
    # Translators: how kidney function is given: not at all.
    ("none", QT_TRANSLATE_NOOP("SettingsView", "Not given")),
    ("crcl", QT_TRANSLATE_NOOP("SettingsView", "Creatinine clearance (mL/min)")),
    ("cg", QT_TRANSLATE_NOOP("SettingsView", "Estimate it from age, weight, sex and creatinine")),
)
_SEX = (
    # Translators: the person's sex was not given.
    ("", QT_TRANSLATE_NOOP("SettingsView", "Not given")),
    ("female", QT_TRANSLATE_NOOP("SettingsView", "Female")),
    ("male", QT_TRANSLATE_NOOP("SettingsView", "Male")),
)


class SettingsView(PersonForm):
    title = "Person & settings"

    def __init__(
        self,
        ops: Operations,
        prefs: Prefs,
        *,
        autostart: Path | None = None,
        on_text_size: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.setObjectName("settings-view")
        self.prefs = prefs
        self._autostart = autostart
        self._on_text_size = on_text_size
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)

        person = QGroupBox(self.tr("The person"))
        form = QFormLayout(person)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._person_form = form
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.units: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}
        # Translators: the person's name (a field label; & marks the shortcut key).
        self._line(form, "name", self.tr("&Name"), self.tr("Name of the person"))
        zones = zone_box("UTC")
        self._add(
            form, "timezone", self.tr("Time &zone"), zones, self.tr("Time zone, like Europe/London")
        )
        self._line(
            form,
            "wake",
            self.tr("&Wakes at"),
            self.tr("Wakes at, like 07:00"),
            self.tr("07:00 (optional)"),
        )
        self._line(
            form,
            "bedtime",
            self.tr("&Bedtime"),
            self.tr("Bedtime, like 22:30"),
            self.tr("22:30 (optional)"),
        )
        self.kidney = QComboBox()
        self.kidney.setObjectName("kidney-kind")
        self.kidney.setAccessibleName(self.tr("How kidney function is given"))
        for value, text in _KIDNEY:
            self.kidney.addItem(QCoreApplication.translate("SettingsView", text), value)
        name_choices(self.kidney)
        self.kidney.currentIndexChanged.connect(lambda _i: self._sync_kidney())
        label = QLabel(self.tr("&Kidney function"))
        label.setBuddy(self.kidney)
        form.addRow(label, self.kidney)
        self._line(
            form,
            "crcl_ml_min",
            self.tr("&Clearance"),
            self.tr("Creatinine clearance in mL/min"),
            "85",
            # Translators: a unit beside a field: millilitres per minute.
            self.tr("mL/min"),
        )
        # Translators: the unit beside the age field.
        self._line(
            form, "age_years", self.tr("A&ge"), self.tr("Age in years"), "71", self.tr("years")
        )
        # Translators: the unit beside the weight field: kilograms.
        self._line(
            form, "weight_kg", self.tr("W&eight"), self.tr("Weight in kg"), "64", self.tr("kg")
        )
        sex = QComboBox()
        for value, text in _SEX:
            sex.addItem(QCoreApplication.translate("SettingsView", text), value)
        self._add(form, "sex", self.tr("&Sex"), sex, self.tr("Sex, for the kidney estimate"))
        self.creatinine_unit = QComboBox()
        self.creatinine_unit.setObjectName("creatinine-unit")
        self.creatinine_unit.setAccessibleName(self.tr("Unit of the serum creatinine"))
        for unit in units.CREATININE_UNITS:
            self.creatinine_unit.addItem(unit, unit)
        name_choices(self.creatinine_unit)
        self.creatinine_unit.currentIndexChanged.connect(lambda _i: self._convert_creatinine())
        self._creatinine_shown = MG_DL
        self._line(
            form,
            "serum_creatinine_mg_dl",
            self.tr("C&reatinine"),
            self.tr("Serum creatinine in {unit}").format(unit=MG_DL),
            "1.4",
            self.creatinine_unit,
        )
        self._line(
            form,
            "stagger_window_minutes",
            self.tr("S&tagger window"),
            self.tr("Minutes to keep sedating doses apart"),
            self.tr("120 minutes (the default)"),
        )
        self._line(
            form,
            "missed_grace_minutes",
            self.tr("Grace &period"),
            self.tr("Minutes before a dose counts as missed"),
            self.tr("60 minutes (the default)"),
        )
        self.person_status = QLabel()
        self.person_status.setObjectName("person-status")
        self.person_status.setWordWrap(True)
        self.person_status.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.person_status)
        self.save_button = big_button(
            self.tr("Save person"),
            name="save-person",
            accessible=self.tr("Save the person's details"),
            primary=True,
        )
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        layout.addWidget(person)

        self.reminders = ReminderGroup(ops)
        self.snooze, self.snooze_box = self.reminders.snooze, self.reminders.snooze_box
        self.snooze.editingFinished.connect(self._save_snooze)
        self.login = self.reminders.login
        self.login.clicked.connect(self._set_login)
        layout.addWidget(self.reminders)
        self.refills = RefillGroup(ops)
        self.lead_days, self.refill_time = self.refills.lead_days, self.refills.refill_time
        self.refill_time_box = self.refills.refill_time_box
        self.refill_status, self.refill_save = self.refills.refill_status, self.refills.refill_save
        self.refill_save.clicked.connect(self.save_refill)
        layout.addWidget(self.refills)

        self.display = DisplayGroup(prefs, on_text_size)
        self.text_size, self.scheme = self.display.text_size, self.display.scheme
        layout.addWidget(self.display)
        note = QLabel(
            self.tr(
                "MedPlanner checks, reminds and explains. It does not replace your prescriber or "
                "pharmacist, and it never changes a dose by itself."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self._sync_kidney()

    # ------------------------------------------------------------------ View

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(self.person) and (
            changes.plan or changes.persons or changes.settings
        )

    def refresh(self) -> None:
        self._show_person()
        self._show_app_settings()

    def _show_refill(self) -> None:
        self.refills.show_for(self, self.person)

    def save_refill(self) -> bool:
        """Check the time (HH:MM) and store both refill choices for the person."""
        return self.refills.save(self, self.person)

    def _show_app_settings(self) -> None:
        self._show_refill()
        self.reminders.show_snooze()
        self.login.setChecked(_start_at_login(self._autostart))
        self.display.show_prefs()

    # ------------------------------------------------------------------ saving the person

    def save(self) -> bool:
        if self.person is None:
            return False
        for box in self.boxes.values():
            box.set_problem(None)
        try:
            current = self.ops.service.current(self.person)
        except MedPlannerError as e:
            self._say("warning", e.message)
            return False
        doc = to_dict(current.plan)
        kept = {k: v for k, v in doc["person"].items() if k in KIDNEY_KEYS}  # not on this form
        doc["person"] = self.person_table() | kept
        doc["format"] = PLAN_FORMAT
        try:
            plan = loads(tomli_w.dumps(doc), source="person")
        except PlanError as e:
            first = None
            for p in e.problems:
                key = p.path.split(".")[1] if p.path.startswith("person.") else "name"
                box = self.boxes.get(key, self.boxes["name"])
                if not box.problem_text:
                    box.set_problem(p.message)
                first = first or box
            self._say("warning", self.tr("Not saved: fix the fields marked Warning first."))
            if first is not None:
                first.widget.setFocus()
            return False
        name = self.ops.update_person(self, self.person, plan.person)
        if name is None:
            return False
        self._say("taken", self.tr("Saved {name}'s details.").format(name=name))
        return True

    # ------------------------------------------------------------------ app settings

    def _save_snooze(self) -> None:
        self.reminders.save_snooze(self)

    def _set_login(self, enabled: bool) -> None:
        from medplanner.gui import tray

        try:
            tray.set_start_at_login(enabled, self._autostart)
        except OSError as e:
            self.login.setChecked(not enabled)
            self._say(
                "warning",
                self.tr("Could not change start at login: {error}").format(error=e.strerror or e),
            )

    def _set_text_size(self, value: int) -> None:
        self.display.set_text_size(value)

    def _set_scheme(self) -> None:
        self.display.set_scheme()

    def _convert_creatinine(self) -> None:
        """The unit chooser changed: show the typed value in the new unit (88.4 µmol/L =
        1 mg/dL); the plan file always keeps mg/dL."""
        unit = str(self.creatinine_unit.currentData())
        edit = self.fields["serum_creatinine_mg_dl"]
        assert isinstance(edit, QLineEdit)
        if unit != self._creatinine_shown:
            value = units.as_float(edit.text())
            if value is not None:
                edit.setText(
                    units.creatinine_text(to_unit(from_unit(value, self._creatinine_shown), unit))
                )
        self._creatinine_shown = unit
        edit.setAccessibleName(self.tr("Serum creatinine in {unit}").format(unit=unit))
        edit.setPlaceholderText("1.4" if unit == MG_DL else "124")


def _start_at_login(path: Path | None) -> bool:
    from medplanner.gui import tray

    return tray.start_at_login(path)
