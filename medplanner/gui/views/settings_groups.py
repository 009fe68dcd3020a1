"""Groups of the Settings tab that stand on their own: the household's reminder choices
(snooze; start at login), the person's refill reminders (stored through the service) and
this computer's display (text size, light or dark)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from medplanner.core.errors import InvalidInput
from medplanner.core.stock import MAX_LEAD_DAYS, parse_reminder_time
from medplanner.gui import severity
from medplanner.gui.i18n import LanguageChoice
from medplanner.gui.marks import QT_TRANSLATE_NOOP
from medplanner.gui.operations import DEFAULT_SNOOZE, SNOOZE_KEY, Changes, Operations
from medplanner.gui.widgets import appearance
from medplanner.gui.widgets.a11y import name_choices
from medplanner.gui.widgets.appearance import MAX_TEXT, MIN_TEXT, TEXT_STEP
from medplanner.gui.widgets.buttons import big_button
from medplanner.gui.widgets.field import FieldBox
from medplanner.gui.widgets.prefs import Prefs

SCHEME_WORDS = (
    # Translators: colours: follow the computer's light or dark setting.
    ("system", QT_TRANSLATE_NOOP("DisplayGroup", "Follow the system")),
    # Translators: light colours (dark text on a light background).
    ("light", QT_TRANSLATE_NOOP("DisplayGroup", "Light")),
    # Translators: dark colours (light text on a dark background).
    ("dark", QT_TRANSLATE_NOOP("DisplayGroup", "Dark")),
)


class ReminderGroup(QGroupBox):
    """Snooze choices (kept in the household's database) and start at login (the view
    connects ``login``: a failure is said on the person's status line)."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setTitle(self.tr("Reminders"))
        self.ops = ops
        rform = QFormLayout(self)
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.snooze = QLineEdit()
        self.snooze.setObjectName("snooze-options")
        self.snooze.setAccessibleName(self.tr("Snooze choices in minutes, like 5, 10, 30"))
        self.snooze_box = FieldBox(self.snooze, self.tr("Minutes, separated by commas"))
        label = QLabel(self.tr("Sn&ooze choices"))
        label.setBuddy(self.snooze)
        rform.addRow(label, self.snooze_box)
        self.login = QCheckBox(
            self.tr("Start MedPlanner when I &log in (reminders need it running)")
        )
        self.login.setObjectName("start-at-login")
        self.login.setAccessibleName(self.tr("Start MedPlanner when I log in"))
        rform.addRow(self.login)

    def show_snooze(self) -> None:
        stored = self.ops.setting(SNOOZE_KEY)
        self.snooze.setText(stored or ", ".join(str(m) for m in DEFAULT_SNOOZE))
        self.snooze_box.set_problem(None)

    def save_snooze(self, parent: QWidget) -> None:
        """Store the typed minutes (1 to 240), or say under the field what is wanted."""
        words = [w for w in re.split(r"[\s,;]+", self.snooze.text()) if w]
        try:
            minutes = sorted({int(w) for w in words})
        except ValueError:
            minutes = []
        if not minutes or any(not 1 <= m <= 240 for m in minutes):
            self.snooze_box.set_problem(
                self.tr("Give one or more whole numbers of minutes from 1 to 240, like 5, 10, 30")
            )
            return
        self.snooze_box.set_problem(None)
        value = ", ".join(str(m) for m in minutes)
        if value != (self.ops.setting(SNOOZE_KEY) or ""):
            self.ops.set_setting(parent, SNOOZE_KEY, value)


class RefillGroup(QGroupBox):
    """Refill reminders: how many days before the run-out, and at what time of day. The
    view connects "Save refill settings" (``refill_save``) to :meth:`save`."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setTitle(self.tr("Refills (this person)"))
        self.ops = ops
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.lead_days = QSpinBox()
        self.lead_days.setObjectName("refill-lead-days")
        self.lead_days.setRange(0, MAX_LEAD_DAYS)
        # Translators: after a number of days in a spin box (note the space before it).
        self.lead_days.setSuffix(self.tr(" days"))
        self.lead_days.setAccessibleName(
            self.tr("Remind this many days before the stock runs out, 0 to {most} days").format(
                most=MAX_LEAD_DAYS
            )
        )
        self.lead_days.setMinimumHeight(44)
        label = QLabel(self.tr("Remind &before the run-out"))
        label.setBuddy(self.lead_days)
        form.addRow(label, self.lead_days)
        self.refill_time = QLineEdit()
        self.refill_time.setObjectName("refill-reminder-time")
        # Translators: in an empty time field: MedPlanner chooses the time.
        self.refill_time.setPlaceholderText(self.tr("automatic"))
        self.refill_time.setAccessibleName(self.tr("Time of day of the refill reminder, HH:MM"))
        self.refill_time_box = FieldBox(
            self.refill_time, self.tr("HH:MM, like 10:00; empty: MedPlanner chooses")
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.refill_time_box, 1)
        # Translators: the format of a time of day (hours:minutes), beside its field.
        line.addWidget(QLabel(self.tr("HH:MM")), 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(self.tr("Reminder &time"))
        label.setBuddy(self.refill_time)
        form.addRow(label, row)
        self.refill_status = QLabel()
        self.refill_status.setObjectName("refill-status")
        self.refill_status.setWordWrap(True)
        form.addRow(self.refill_status)
        self.refill_save = big_button(
            self.tr("Save refill settings"),
            name="save-refill",
            accessible=self.tr("Save the refill settings"),
        )
        form.addRow(self.refill_save)

    def show_for(self, parent: QWidget, person: str | None) -> None:
        """The person's stored choices (errors shown over *parent*)."""
        self.refill_save.setEnabled(person is not None)
        self.refill_time_box.set_problem(None)
        self.refill_status.clear()
        if person is None:
            return
        found = self.ops.run(
            parent, self.tr("Refills"), lambda: self.ops.service.refill_settings(person)
        )
        if found is None:
            return
        self.lead_days.setValue(found.lead_days)
        at = found.reminder_time
        self.refill_time.setText(at.strftime("%H:%M") if at is not None else "")

    def save(self, parent: QWidget, person: str | None) -> bool:
        """Check the time (HH:MM) and store both refill choices for the person."""
        if person is None:
            return False
        text = re.sub(r"^(\d):", r"0\1:", self.refill_time.text().strip())  # 9:30 is 09:30
        try:
            at = parse_reminder_time(text).strftime("%H:%M") if text else None
        except InvalidInput as e:
            self.refill_time_box.set_problem(
                self.tr("{problem} (HH:MM), or leave it empty").format(problem=e.message)
            )
            self.refill_time.setFocus()
            return False
        self.refill_time_box.set_problem(None)
        days, svc = self.lead_days.value(), self.ops.service

        def store() -> bool:
            svc.set_refill_lead_days(person, days)
            svc.set_refill_reminder_time(person, at)
            return True

        if not self.ops.run(parent, self.tr("The refill settings were not saved"), store):
            return False
        self.ops.announce(Changes(person, settings=True))
        if at:
            said = self.tr(
                "Saved: refill reminders %n days before the run-out, at {time}.", "", days
            ).format(time=at)
        else:
            said = self.tr(
                "Saved: refill reminders %n days before the run-out, at a time MedPlanner chooses.",
                "",
                days,
            )
        self.refill_status.setText(f"{severity.state('taken').html(self.palette())} {said}")
        self.refill_status.setAccessibleName(said)
        return True


class DisplayGroup(QGroupBox):
    """Text size and light/dark: this computer's preferences, applied at once."""

    def __init__(self, prefs: Prefs, on_text_size: Callable[[int], None] | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Display (this computer)"))
        self.prefs = prefs
        self._on_text_size = on_text_size
        dform = QFormLayout(self)
        dform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text_size = QComboBox()  # a list, not a spin box: big, and no tiny arrows
        self.text_size.setObjectName("text-size")
        self.text_size.setAccessibleName(self.tr("Text size in percent, 100 to 200"))
        for percent in range(MIN_TEXT, MAX_TEXT + 1, TEXT_STEP):
            # Translators: a text size in percent, like "150 %".
            self.text_size.addItem(self.tr("{percent} %").format(percent=percent), percent)
        name_choices(self.text_size)
        self.text_size.activated.connect(
            lambda _i: self.set_text_size(int(self.text_size.currentData()))
        )
        label = QLabel(self.tr("Te&xt size"))
        label.setBuddy(self.text_size)
        dform.addRow(label, self.text_size)
        self.scheme = QComboBox()
        self.scheme.setObjectName("colour-scheme")
        self.scheme.setAccessibleName(self.tr("Light or dark colours"))
        for value, text in SCHEME_WORDS:
            self.scheme.addItem(QCoreApplication.translate("DisplayGroup", text), value)
        name_choices(self.scheme)
        self.scheme.activated.connect(lambda _i: self.set_scheme())
        label = QLabel(self.tr("Co&lours"))
        label.setBuddy(self.scheme)
        dform.addRow(label, self.scheme)
        self.language = LanguageChoice(prefs)
        dform.addRow(self.language.label, self.language)

    def show_prefs(self) -> None:
        self.text_size.setCurrentIndex(max(self.text_size.findData(self.prefs.text_percent), 0))
        self.scheme.setCurrentIndex(max(self.scheme.findData(self.prefs.scheme), 0))

    def set_text_size(self, value: int) -> None:
        self.prefs.text_percent = value
        app = appearance.current()
        if app is not None:
            app.set_text_percent(value)
        if self._on_text_size is not None:
            self._on_text_size(value)

    def set_scheme(self) -> None:
        value = str(self.scheme.currentData())
        scheme: appearance.Scheme = "dark" if value == "dark" else "light"
        if value == "system":
            scheme = "system"
        self.prefs.scheme = scheme
        app = appearance.current()
        if app is not None:
            app.set_scheme(scheme)
