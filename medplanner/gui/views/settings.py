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
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.errors import MedPlannerError, PlanError
from medplanner.core.model import PLAN_FORMAT
from medplanner.core.plan import CG_KEYS, KIDNEY_KEYS, PERSON_KEYS, loads, to_dict
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
        self._line(form, "crcl_ml_min", "&Clearance", "Creatinine clearance in mL/min", "85")
        self._line(form, "age_years", "A&ge", "Age in years", "71")
        self._line(form, "weight_kg", "W&eight", "Weight in kg", "64")
        sex = QComboBox()
        for value, text in (("", "Not given"), ("female", "Female"), ("male", "Male")):
            sex.addItem(text, value)
        self._add(form, "sex", "&Sex", sex, "Sex, for the kidney estimate")
        self._line(
            form, "serum_creatinine_mg_dl", "C&reatinine", "Serum creatinine in mg/dL", "1.4"
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
        self, form: QFormLayout, key: str, label: str, accessible: str, placeholder: str = ""
    ) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._add(form, key, label, edit, accessible)

    def _add(
        self, form: QFormLayout, key: str, label: str, widget: QLineEdit | QComboBox, name: str
    ) -> None:
        widget.setObjectName(f"person-{key}")
        widget.setAccessibleName(name)
        if isinstance(widget, QComboBox):
            name_choices(widget)
        box = FieldBox(widget)
        text = QLabel(label)
        text.setBuddy(widget)
        form.addRow(text, box)
        self.fields[key] = widget
        self.boxes[key] = box

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

    def _show_app_settings(self) -> None:
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
            self._say("warning", "Not saved: fix the fields marked ⚠ first.")
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
        self._person_form.setRowVisible(self.boxes["crcl_ml_min"], kind == "crcl")
        for key in _CG:
            self._person_form.setRowVisible(self.boxes[key], kind == "cg")

    def _say(self, level: str, text: str) -> None:
        from html import escape

        mark = severity.state("taken") if level == "taken" else severity.severity(level)  # type: ignore[arg-type]
        self.person_status.setText(f"{mark.html(self.palette())} {escape(text)}")
        self.person_status.setAccessibleName(text)


def _number(text: str) -> int | float | str:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text  # the loader says why it is not a number
    return int(value) if value.is_integer() and "." not in text else value


def _start_at_login(path: Path | None) -> bool:
    from medplanner.gui import tray

    return tray.start_at_login(path)
