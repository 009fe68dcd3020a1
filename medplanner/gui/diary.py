"""The symptom diary view: an entry form, the recent entries, and the red-flag banner.

Self-contained: give it the :class:`~medplanner.service.Service`, the person and a clock;
connect :attr:`DiaryView.entry_recorded` to whatever refreshes other views, and call
:meth:`DiaryView.refresh` when the person's data changed elsewhere.

The banner (clinical-notes.md, "Red flags the diary must escalate") says GET EMERGENCY HELP
NOW with an icon *and* words, and cannot be dismissed: it has no close button, ignores
Escape, and stays while a red-flag entry from the last 24 hours stands (only withdrawing
the entry, which the record keeps, takes it away). While shown, the view wakes at each
minute boundary on the app's one precise timer factory and reads the injected clock afresh,
so the banner goes once its 24 hours have passed (and a machine that slept comes back with
the right "last 24 h").

The banner itself is in :mod:`medplanner.gui.red_flag_banner` (re-exported here).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.diary import (
    MAX_NOTE_CHARS,
    RULES,
    SEVERITIES,
    SYMPTOMS,
    Assessment,
    DiaryEntry,
    SymptomSeverity,
    standing,
)
from medplanner.core.errors import InvalidInput, MedPlannerError
from medplanner.core.schedule import zone
from medplanner.gui import severity as marks
from medplanner.gui.red_flag_banner import _TARGET, RedFlagBanner, _when
from medplanner.gui.timers import precise_timer
from medplanner.service import Service

__all__ = ["LIST_DAYS", "Clock", "DiaryView", "RedFlagBanner"]


Clock = Callable[[], datetime]

#: How many days of entries the list shows.
LIST_DAYS = 14


def _warning(widget: QWidget) -> str:
    """The warning icon and word, as rich text for ``widget``'s palette."""
    return marks.severity("warning").html(widget.palette())


class DiaryView(QWidget):
    """Add a symptom; see the recent ones; the red-flag banner above everything."""

    #: Emitted with the stored :class:`DiaryEntry` after each entry.
    entry_recorded = Signal(object)
    #: "I'm safe now" was logged from the banner (other views redraw their banners).
    safe_marked = Signal()

    def __init__(
        self,
        service: Service,
        person: str,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diaryView")
        self.setAccessibleName(self.tr("Symptom diary"))
        self.service = service
        self.person = person
        self.clock = clock
        self.banner = RedFlagBanner(self)
        self.banner.safe_requested.connect(self.mark_safe)

        self.symptom = QComboBox(self)
        self.symptom.setObjectName("diarySymptom")
        self.symptom.setAccessibleName(self.tr("Symptom"))
        for key in SYMPTOMS:
            self.symptom.addItem(RULES[key].label, key)
        self.symptom.setMinimumHeight(_TARGET)

        self.severity_group = QButtonGroup(self)
        severity_row = QHBoxLayout()
        self.severity_buttons: dict[str, QRadioButton] = {}
        #: Translators: how bad a symptom is, a choice of the diary's form; then the same
        #: for a screen reader.
        words: dict[SymptomSeverity, tuple[str, str]] = {
            "mild": (self.tr("Mild"), self.tr("Severity: mild")),
            "moderate": (self.tr("Moderate"), self.tr("Severity: moderate")),
            "severe": (self.tr("Severe"), self.tr("Severity: severe")),
        }
        for index, level in enumerate(SEVERITIES):
            shown, spoken = words[level]
            radio = QRadioButton(shown, self)
            radio.setObjectName(f"diarySeverity-{level}")
            radio.setAccessibleName(spoken)
            radio.setMinimumHeight(_TARGET)
            self.severity_group.addButton(radio, index)
            self.severity_buttons[level] = radio
            severity_row.addWidget(radio)
        self.severity_buttons["mild"].setChecked(True)

        self.when = QDateTimeEdit(self)
        self.when.setObjectName("diaryWhen")
        self.when.setAccessibleName(self.tr("When you felt it"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when.setMinimumHeight(_TARGET)

        self.note = QLineEdit(self)
        self.note.setObjectName("diaryNote")
        self.note.setAccessibleName(self.tr("Note (optional)"))
        self.note.setPlaceholderText(self.tr("A few words, for example: after the evening dose"))
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setMinimumHeight(_TARGET)

        self.add_button = QPushButton(self.tr("Add to diary"), self)
        self.add_button.setObjectName("diaryAdd")
        self.add_button.setAccessibleName(self.tr("Add this symptom to the diary"))
        self.add_button.setMinimumSize(QSize(_TARGET * 3, _TARGET))
        self.add_button.clicked.connect(self.add_entry)

        self.result = QLabel(self)
        self.result.setObjectName("diaryResult")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("What this entry means"))

        self.entries = QListWidget(self)
        self.entries.setObjectName("diaryEntries")
        self.entries.setAccessibleName(self.tr("Diary entries of the last %n days", "", LIST_DAYS))
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.entries.setWordWrap(True)

        form = QFormLayout()
        #: Translators: labels of the diary's form (a symptom, how bad, when, a note).
        form.addRow(self.tr("Symptom"), self.symptom)
        form.addRow(self.tr("How bad"), severity_row)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Note"), self.note)
        # One scrolling column: at 200 % text in a small window the banner, the form and
        # the list keep the room their words need (issue 21 item 1).
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("diaryScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own for Tab
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self.banner)
        intro = QLabel(
            self.tr(
                "Write down how you feel. MedPlanner tells you when a symptom needs help at "
                "once; the rest goes to your prescriber in the report."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        heading = QLabel(self.tr("<b>The last %n days</b>", "", LIST_DAYS), self)
        layout.addWidget(heading)
        self.entries.setMinimumHeight(6 * self.entries.fontMetrics().height())
        layout.addWidget(self.entries, 1)
        scroll.setWidget(body)

        # Looks again at each minute boundary while shown (the app's one timer factory),
        # so the banner goes when its 24 hours pass.
        self.timer = precise_timer(self)
        self.timer.timeout.connect(self.refresh)
        self.reset_form()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------------ actions

    def set_person(self, person: str) -> None:
        self.person = person
        self.result.clear()
        self.refresh()

    def selected_severity(self) -> SymptomSeverity:
        checked = self.severity_group.checkedId()
        return SEVERITIES[checked if checked >= 0 else 0]

    def add_entry(self) -> DiaryEntry | None:
        """Record what the form says; show what it calls for. None: nothing recorded."""
        symptom = self.symptom.currentData()
        severity = self.selected_severity()
        try:
            at = self._form_time()
            entry, verdict = self.service.record_symptom(
                self.person, symptom, severity, at, note=self.note.text().strip() or None
            ).value
        except MedPlannerError as exc:
            self.result.setText(self._not_recorded(exc))
            return None
        self._show_verdict(entry, verdict)
        self.reset_form()
        self.refresh()
        self.entry_recorded.emit(entry)
        return entry

    def mark_safe(self) -> None:
        """The banner's "I'm safe now": logged; the flags written before now stop standing."""
        try:
            self.service.mark_safe(self.person, self.clock())
        except MedPlannerError as exc:
            self.result.setText(self._not_recorded(exc))
            return
        self.result.setText(
            self.tr(
                "Noted: you are safe now. If the symptom comes back or gets worse, write it "
                "down again and get help."
            )
        )
        self.refresh()
        self.safe_marked.emit()

    def reset_form(self) -> None:
        try:
            tz = self._zone()
        except MedPlannerError:
            tz = self._fallback_zone()
        now = self.clock().astimezone(tz)
        self.when.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.note.clear()

    def refresh(self) -> None:
        """Reread the diary: the banner and the list.

        If the diary cannot be read (the database is busy or gone), the banner keeps what it
        showed: a red flag is never taken down because of a read error.
        """
        now = self.clock()
        self._arm(now)
        try:
            tz = self._zone()
            rows = self.service.diary(
                self.person, now - timedelta(days=LIST_DAYS), now + timedelta(days=1)
            )
            flags = self.service.red_flags(self.person, now)
        except InvalidInput:
            rows, flags, tz = [], [], self._fallback_zone()
        except MedPlannerError as exc:
            self.result.setText(
                self.tr("{warning} The diary cannot be read just now: {problem}").format(
                    warning=_warning(self), problem=html.escape(exc.message)
                )
            )
            return
        self.banner.show_flags(flags, tz)
        self.entries.clear()
        live = {e.id for e in standing(rows)}
        for entry in sorted(
            (e for e in rows if e.kind == "entry"), key=lambda e: (e.at, e.id or 0), reverse=True
        ):
            sign = self.tr("Red flag") if entry.is_red_flag else self.tr("For your prescriber")
            text = self.tr("{when} — {symptom} — {sign}").format(
                when=_when(entry.at, tz), symptom=entry.label, sign=sign
            )
            if entry.note:
                text += f"\n{entry.note}"
            if entry.id not in live:
                text += "\n" + self.tr("(withdrawn)")
            item = QListWidgetItem(text)
            mark = marks.severity("danger" if entry.is_red_flag else "info")
            item.setIcon(mark.qicon(self.palette()))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.entries.addItem(item)
        if self.entries.count() == 0:
            self.entries.addItem(QListWidgetItem(self.tr("No entries yet.")))

    # ------------------------------------------------------------------ helpers

    def _not_recorded(self, exc: MedPlannerError) -> str:
        return self.tr("{warning} Not recorded: {problem}").format(
            warning=_warning(self), problem=html.escape(exc.message)
        )

    def _arm(self, now: datetime) -> None:
        """While shown: wake at the next minute boundary (half a second after it, so the
        clock read then is past it). A flag whose 24 hours end
        mid-minute goes at the next boundary."""
        self.timer.stop()
        if not self.isVisible():
            return
        boundary = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
        wait = max(boundary - now, timedelta(0))
        self.timer.start(int(wait.total_seconds() * 1000) + 500)

    def _show_verdict(self, entry: DiaryEntry, verdict: Assessment) -> None:
        if verdict.is_emergency:
            self.result.setText(
                self.tr(
                    "{icon} <b>{headline}</b> — see the box above. It is recorded in the diary."
                ).format(
                    icon=marks.severity("danger").img(self.palette()),
                    headline=html.escape(verdict.headline),
                )
            )
        else:
            self.result.setText(
                self.tr("{info} Noted: {symptom}. {why} {what_to_do}").format(
                    info=marks.severity("info").html(self.palette()),
                    symptom=html.escape(entry.label),
                    why=html.escape(verdict.why),
                    what_to_do=html.escape(verdict.what_to_do),
                )
            )

    def _form_time(self) -> datetime:
        chosen = self.when.dateTime().toPython()
        assert isinstance(chosen, datetime)
        now = self.clock()
        tz = self._zone()
        at = chosen.replace(tzinfo=tz)
        # A time in the future is almost always "now" typed carelessly: keep it honest.
        return min(at, now.astimezone(tz))

    def _zone(self) -> tzinfo:
        try:
            return zone(self.service.current(self.person).plan.person.timezone)
        except InvalidInput:
            return self._fallback_zone()

    def _fallback_zone(self) -> tzinfo:
        return self.clock().tzinfo or datetime.now().astimezone().tzinfo or zone("UTC")
