"""Person & settings: who the plan is for, and how MedPlanner reminds and looks.

The person's details are part of their plan file (contract §1: name, zone, wake and
bedtime, kidney data, stagger window, grace period); they are checked by the plan loader,
problems shown under each field, and saved as a new plan version. Snooze choices live in
the household's database; start at login is the reminder engine's autostart file; text
size and light/dark are this machine's display preferences and apply at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import InvalidInput, MedPlannerError, PlanError
from medplanner.core.model import PLAN_FORMAT
from medplanner.core.plan import CG_KEYS, KIDNEY_KEYS, PERSON_KEYS, loads, to_dict
from medplanner.core.stock import MAX_LEAD_DAYS, parse_reminder_time
from medplanner.gui import severity
from medplanner.gui.operations import DEFAULT_SNOOZE, SNOOZE_KEY, Changes, Operations
from medplanner.gui.views.base import View
from medplanner.gui.welcome import zone_box
from medplanner.gui.widgets import appearance
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.appearance import MAX_TEXT, MIN_TEXT, TEXT_STEP
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.field import FieldBox
from medplanner.gui.widgets.prefs import Prefs

_KIDNEY = (
    ("none", "Not given"),
    ("crcl", "Creatinine clearance (mL/min)"),
    ("cg", "Estimate it from age, weight, sex and creatinine"),
)
_SCHEME_WORDS = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
_PERSON_FIELDS = PERSON_KEYS
_NUMBERS = ("crcl_ml_min", "age_years", "weight_kg", "serum_creatinine_mg_dl")
_WHOLE = ("stagger_window_minutes", "missed_grace_minutes")
_CG = CG_KEYS
MG_DL, UMOL_L = "mg/dL", "µmol/L"
CREATININE_UNITS = (MG_DL, UMOL_L)
#: Serum creatinine: 1 mg/dL = 88.4 µmol/L.
UMOL_PER_MG_DL = 88.4


class SettingsView(View):
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

        person = QGroupBox("The person")
        form = QFormLayout(person)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._person_form = form
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.units: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}
        self._line(form, "name", "&Name", "Name of the person")
        zones = zone_box("UTC")
        self._add(form, "timezone", "Time &zone", zones, "Time zone, like Europe/London")
        self._line(form, "wake", "&Wakes at", "Wakes at, like 07:00", "07:00 (optional)")
        self._line(form, "bedtime", "&Bedtime", "Bedtime, like 22:30", "22:30 (optional)")
        self.kidney = QComboBox()
        self.kidney.setObjectName("kidney-kind")
        self.kidney.setAccessibleName("How kidney function is given")
        for value, text in _KIDNEY:
            self.kidney.addItem(text, value)
        name_choices(self.kidney)
        self.kidney.currentIndexChanged.connect(lambda _i: self._sync_kidney())
        label = QLabel("&Kidney function")
        label.setBuddy(self.kidney)
        form.addRow(label, self.kidney)
        self._line(
            form, "crcl_ml_min", "&Clearance", "Creatinine clearance in mL/min", "85", "mL/min"
        )
        self._line(form, "age_years", "A&ge", "Age in years", "71", "years")
        self._line(form, "weight_kg", "W&eight", "Weight in kg", "64", "kg")
        sex = QComboBox()
        for value, text in (("", "Not given"), ("female", "Female"), ("male", "Male")):
            sex.addItem(text, value)
        self._add(form, "sex", "&Sex", sex, "Sex, for the kidney estimate")
        self.creatinine_unit = QComboBox()
        self.creatinine_unit.setObjectName("creatinine-unit")
        self.creatinine_unit.setAccessibleName("Unit of the serum creatinine")
        for unit in CREATININE_UNITS:
            self.creatinine_unit.addItem(unit, unit)
        name_choices(self.creatinine_unit)
        self.creatinine_unit.currentIndexChanged.connect(lambda _i: self._convert_creatinine())
        self._creatinine_shown = MG_DL
        self._line(
            form,
            "serum_creatinine_mg_dl",
            "C&reatinine",
            "Serum creatinine in mg/dL",
            "1.4",
            self.creatinine_unit,
        )
        self._line(
            form,
            "stagger_window_minutes",
            "S&tagger window",
            "Minutes to keep sedating doses apart",
            "120 minutes (the default)",
        )
        self._line(
            form,
            "missed_grace_minutes",
            "Grace &period",
            "Minutes before a dose counts as missed",
            "60 minutes (the default)",
        )
        self.person_status = QLabel()
        self.person_status.setObjectName("person-status")
        self.person_status.setWordWrap(True)
        self.person_status.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.person_status)
        self.save_button = big_button(
            "Save person", name="save-person", accessible="Save the person's details", primary=True
        )
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        layout.addWidget(person)

        reminders = QGroupBox("Reminders")
        rform = QFormLayout(reminders)
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.snooze = QLineEdit()
        self.snooze.setObjectName("snooze-options")
        self.snooze.setAccessibleName("Snooze choices in minutes, like 5, 10, 30")
        self.snooze_box = FieldBox(self.snooze, "Minutes, separated by commas")
        self.snooze.editingFinished.connect(self._save_snooze)
        label = QLabel("Sn&ooze choices")
        label.setBuddy(self.snooze)
        rform.addRow(label, self.snooze_box)
        self.login = QCheckBox("Start MedPlanner when I &log in (reminders need it running)")
        self.login.setObjectName("start-at-login")
        self.login.setAccessibleName("Start MedPlanner when I log in")
        self.login.clicked.connect(self._set_login)
        rform.addRow(self.login)
        layout.addWidget(reminders)
        layout.addWidget(self._refill_group())

        display = QGroupBox("Display (this computer)")
        dform = QFormLayout(display)
        dform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text_size = QComboBox()  # a list, not a spin box: big, and no tiny arrows
        self.text_size.setObjectName("text-size")
        self.text_size.setAccessibleName("Text size in percent, 100 to 200")
        for percent in range(MIN_TEXT, MAX_TEXT + 1, TEXT_STEP):
            self.text_size.addItem(f"{percent} %", percent)
        name_choices(self.text_size)
        self.text_size.activated.connect(
            lambda _i: self._set_text_size(int(self.text_size.currentData()))
        )
        label = QLabel("Te&xt size")
        label.setBuddy(self.text_size)
        dform.addRow(label, self.text_size)
        self.scheme = QComboBox()
        self.scheme.setObjectName("colour-scheme")
        self.scheme.setAccessibleName("Light or dark colours")
        for value, text in _SCHEME_WORDS:
            self.scheme.addItem(text, value)
        name_choices(self.scheme)
        self.scheme.activated.connect(lambda _i: self._set_scheme())
        label = QLabel("Co&lours")
        label.setBuddy(self.scheme)
        dform.addRow(label, self.scheme)
        layout.addWidget(display)
        note = QLabel(
            "MedPlanner checks, reminds and explains. It does not replace your prescriber or "
            "pharmacist, and it never changes a dose by itself."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self._sync_kidney()

    # ------------------------------------------------------------------ building

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

    def _refill_group(self) -> QGroupBox:
        """Refill reminders: how many days before the run-out, and at what time of day."""
        group = QGroupBox("Refills (this person)")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.lead_days = QSpinBox()
        self.lead_days.setObjectName("refill-lead-days")
        self.lead_days.setRange(0, MAX_LEAD_DAYS)
        self.lead_days.setSuffix(" days")
        self.lead_days.setAccessibleName(
            f"Remind this many days before the stock runs out, 0 to {MAX_LEAD_DAYS} days"
        )
        self.lead_days.setMinimumHeight(44)
        label = QLabel("Remind &before the run-out")
        label.setBuddy(self.lead_days)
        form.addRow(label, self.lead_days)
        self.refill_time = QLineEdit()
        self.refill_time.setObjectName("refill-reminder-time")
        self.refill_time.setPlaceholderText("automatic")
        self.refill_time.setAccessibleName("Time of day of the refill reminder, HH:MM")
        self.refill_time_box = FieldBox(
            self.refill_time, "HH:MM, like 10:00; empty: MedPlanner chooses"
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.refill_time_box, 1)
        line.addWidget(QLabel("HH:MM"), 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel("Reminder &time")
        label.setBuddy(self.refill_time)
        form.addRow(label, row)
        self.refill_status = QLabel()
        self.refill_status.setObjectName("refill-status")
        self.refill_status.setWordWrap(True)
        form.addRow(self.refill_status)
        self.refill_save = big_button(
            "Save refill settings", name="save-refill", accessible="Save the refill settings"
        )
        self.refill_save.clicked.connect(self.save_refill)
        form.addRow(self.refill_save)
        return group

    # ------------------------------------------------------------------ View

    def concerns(self, changes: Changes) -> bool:
        return changes.concerns(self.person) and (
            changes.plan or changes.persons or changes.settings
        )

    def refresh(self) -> None:
        self._show_person()
        self._show_app_settings()

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

    def _show_refill(self) -> None:
        self.refill_save.setEnabled(self.person is not None)
        self.refill_time_box.set_problem(None)
        self.refill_status.clear()
        if self.person is None:
            return
        person = self.person
        found = self.ops.run(self, "Refills", lambda: self.ops.service.refill_settings(person))
        if found is None:
            return
        self.lead_days.setValue(found.lead_days)
        at = found.reminder_time
        self.refill_time.setText(at.strftime("%H:%M") if at is not None else "")

    def save_refill(self) -> bool:
        """Check the time (HH:MM) and store both refill choices for the person."""
        if self.person is None:
            return False
        text = re.sub(r"^(\d):", r"0\1:", self.refill_time.text().strip())  # 9:30 is 09:30
        try:
            at = parse_reminder_time(text).strftime("%H:%M") if text else None
        except InvalidInput as e:
            self.refill_time_box.set_problem(f"{e.message} (HH:MM), or leave it empty")
            self.refill_time.setFocus()
            return False
        self.refill_time_box.set_problem(None)
        person, days, svc = self.person, self.lead_days.value(), self.ops.service

        def store() -> bool:
            svc.set_refill_lead_days(person, days)
            svc.set_refill_reminder_time(person, at)
            return True

        if not self.ops.run(self, "The refill settings were not saved", store):
            return False
        self.ops.announce(Changes(person, settings=True))
        when = f"at {at}" if at else "at a time MedPlanner chooses"
        said = f"Saved: refill reminders {days} days before the run-out, {when}."
        self.refill_status.setText(f"{severity.state('taken').html(self.palette())} {said}")
        self.refill_status.setAccessibleName(said)
        return True

    def _show_app_settings(self) -> None:
        self._show_refill()
        stored = self.ops.setting(SNOOZE_KEY)
        self.snooze.setText(stored or ", ".join(str(m) for m in DEFAULT_SNOOZE))
        self.snooze_box.set_problem(None)
        self.login.setChecked(_start_at_login(self._autostart))
        self.text_size.setCurrentIndex(max(self.text_size.findData(self.prefs.text_percent), 0))
        self.scheme.setCurrentIndex(max(self.scheme.findData(self.prefs.scheme), 0))

    # ------------------------------------------------------------------ saving the person

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
                value = _float(text)
                if value is not None:  # else the loader says why it is not a number
                    t[key] = round(from_unit(value, self._creatinine_shown), 2)
                    continue
            t[key] = _number(text) if key in _NUMBERS or key in _WHOLE else text
        return t

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
            self._say("warning", "Not saved: fix the fields marked Warning first.")
            if first is not None:
                first.widget.setFocus()
            return False
        name = self.ops.update_person(self, self.person, plan.person)
        if name is None:
            return False
        self._say("taken", f"Saved {name}'s details.")
        return True

    # ------------------------------------------------------------------ app settings

    def _save_snooze(self) -> None:
        words = [w for w in re.split(r"[\s,;]+", self.snooze.text()) if w]
        try:
            minutes = sorted({int(w) for w in words})
        except ValueError:
            minutes = []
        if not minutes or any(not 1 <= m <= 240 for m in minutes):
            self.snooze_box.set_problem(
                "Give one or more whole numbers of minutes from 1 to 240, like 5, 10, 30"
            )
            return
        self.snooze_box.set_problem(None)
        value = ", ".join(str(m) for m in minutes)
        if value != (self.ops.setting(SNOOZE_KEY) or ""):
            self.ops.set_setting(self, SNOOZE_KEY, value)

    def _set_login(self, enabled: bool) -> None:
        from medplanner.gui import tray

        try:
            tray.set_start_at_login(enabled, self._autostart)
        except OSError as e:
            self.login.setChecked(not enabled)
            self._say("warning", f"Could not change start at login: {e.strerror or e}")

    def _set_text_size(self, value: int) -> None:
        self.prefs.text_percent = value
        app = appearance.current()
        if app is not None:
            app.set_text_percent(value)
        if self._on_text_size is not None:
            self._on_text_size(value)

    def _set_scheme(self) -> None:
        value = str(self.scheme.currentData())
        scheme: appearance.Scheme = "dark" if value == "dark" else "light"
        if value == "system":
            scheme = "system"
        self.prefs.scheme = scheme
        app = appearance.current()
        if app is not None:
            app.set_scheme(scheme)

    def _sync_kidney(self) -> None:
        kind = self.kidney.currentData()
        self._person_form.setRowVisible(self._rows["crcl_ml_min"], kind == "crcl")
        for key in _CG:
            self._person_form.setRowVisible(self._rows[key], kind == "cg")

    def _convert_creatinine(self) -> None:
        """The unit chooser changed: show the typed value in the new unit (88.4 µmol/L =
        1 mg/dL); the plan file always keeps mg/dL."""
        unit = str(self.creatinine_unit.currentData())
        edit = self.fields["serum_creatinine_mg_dl"]
        assert isinstance(edit, QLineEdit)
        if unit != self._creatinine_shown:
            value = _float(edit.text())
            if value is not None:
                edit.setText(
                    _creatinine_text(to_unit(from_unit(value, self._creatinine_shown), unit))
                )
        self._creatinine_shown = unit
        edit.setAccessibleName(f"Serum creatinine in {unit}")
        edit.setPlaceholderText("1.4" if unit == MG_DL else "124")

    def _say(self, level: str, text: str) -> None:
        from html import escape

        mark = severity.state("taken") if level == "taken" else severity.severity(level)  # type: ignore[arg-type]
        self.person_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.person_status.setAccessibleName(text)


def from_unit(value: float, unit: str) -> float:
    """A serum creatinine in ``unit`` as mg/dL (what the plan file stores)."""
    return value / UMOL_PER_MG_DL if unit == UMOL_L else value


def to_unit(mg_dl: float, unit: str) -> float:
    return mg_dl * UMOL_PER_MG_DL if unit == UMOL_L else mg_dl


def _creatinine_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _float(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _number(text: str) -> int | float | str:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text  # the loader says why it is not a number
    return int(value) if value.is_integer() and "." not in text else value


def _start_at_login(path: Path | None) -> bool:
    from medplanner.gui import tray

    return tray.start_at_login(path)
