"""The red-flag banner (clinical-notes.md, "Red flags the diary must escalate"): GET
EMERGENCY HELP NOW with an icon *and* words, that cannot be dismissed. Shown by the diary,
Today and the reminder pop-up; re-exported by :mod:`medplanner.gui.diary`."""

from __future__ import annotations

import html
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.diary import (
    EMERGENCY_HEADLINE,
    EMERGENCY_WHAT_TO_DO,
    DiaryEntry,
)
from medplanner.core.i18n import _
from medplanner.core.wording import day_month
from medplanner.gui import severity as marks
from medplanner.gui.widgets.appearance import emphasize

_TARGET = 44  # px: ../shared/ui.md's smallest button


class RedFlagBanner(QFrame):
    """⛔ GET EMERGENCY HELP NOW — shown while red flags stand; never closed by hand.

    Its one button, "I'm safe now", asks the owner to log that the person is safe
    (``safe_requested``); the owner records it through the service and redraws.
    """

    safe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redFlagBanner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(3)
        self.setStyleSheet(
            "#redFlagBanner { border: 3px solid #b00020; background: #fde8ea; }"
            "#redFlagBanner QLabel { color: #3b0008; background: transparent; }"
        )
        self.setAccessibleName(
            self.tr("Emergency: {headline}").format(headline=_(EMERGENCY_HEADLINE))
        )
        self.headline = QLabel(_(EMERGENCY_HEADLINE), self)
        self.headline.setObjectName("redFlagHeadline")
        emphasize(self.headline, 1.6, bold=True)
        self.headline.setWordWrap(True)  # at 200 % text it wraps, never cut off
        # The danger icon from resources/icons (never a font's glyph), a headline high.
        self.icon = marks.icon_label(marks.severity("danger"), self)
        self.icon.setObjectName("redFlagIcon")
        side = max(48, 2 * marks.icon_side(self.headline))
        # The banner is light in both themes (its own colours): the icon drawn for light.
        light = QIcon(str(marks.icon_file("danger", dark=False)))
        self.icon.setPixmap(light.pixmap(QSize(side, side)))
        self.icon.setFixedSize(side, side)
        icon = self.icon
        self.details = QLabel(self)
        self.details.setObjectName("redFlagDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.safe_button = QPushButton(self.tr("I'm &safe now"), self)
        self.safe_button.setObjectName("redFlagSafe")
        self.safe_button.setMinimumSize(_TARGET * 3, _TARGET)
        self.safe_button.setAutoDefault(False)
        self.safe_button.setAccessibleName(self.tr("I'm safe now"))
        self.safe_button.setAccessibleDescription(
            self.tr("Say the emergency is over: the warning ends and is kept in the diary")
        )
        self.safe_button.clicked.connect(self.safe_requested)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.details)
        text.addWidget(self.safe_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.flags: list[DiaryEntry] = []
        self.hide()

    def show_flags(self, flags: list[DiaryEntry], tz: tzinfo) -> None:
        self.flags = list(flags)
        if not flags:
            self.hide()
            return
        what_to_do = _(EMERGENCY_WHAT_TO_DO)
        items = "".join(
            "<li>{}</li>".format(
                self.tr("<b>{symptom}</b> — noted {when}. {why}").format(
                    symptom=html.escape(e.label),
                    when=_when(e.at, tz),
                    why=html.escape(e.rule.why),
                )
            )
            for e in flags
        )
        self.details.setText(f"<ul>{items}</ul><p><b>{html.escape(what_to_do)}</b></p>")
        summary = "; ".join(
            self.tr("{symptom}, noted {when}").format(symptom=e.label, when=_when(e.at, tz))
            for e in flags
        )
        self.setAccessibleDescription(
            self.tr("{flags}. {what_to_do}").format(flags=summary, what_to_do=what_to_do)
        )
        self.show()


def _when(at: datetime, tz: tzinfo) -> str:
    local = at.astimezone(tz)
    #: Translators: when a symptom was noted: a date near today and a time ("Wed 6 Jan 14:00").
    return QCoreApplication.translate("RedFlagBanner", "{date} {time:%H:%M}").format(
        date=day_month(local.date()), time=local
    )
