"""Findings as people read them: sign + word, what, and behind "Why?" the reason and source.

Used by the editor's live checks and the Today view's banner. The findings come from
``medplanner.core``; this module only lays them out. Each finding is a card whose object
name is ``finding-<code>`` (tests and screen readers find it by that), with a "Why?"
button that shows the whole message and its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from medplanner.core.model import Finding, Severity
from medplanner.gui import severity
from medplanner.gui.widgets.appearance import emphasize, make_target
from medplanner.gui.widgets.fmt import day, english_plural

FindingKey = tuple[str, str, str | None, str | None, str | None]


def key_of(finding: Finding) -> FindingKey:
    date_text = finding.date.isoformat() if finding.date else None
    time_text = finding.time.strftime("%H:%M") if finding.time else None
    return (finding.code, finding.medication, finding.other, date_text, time_text)


def headline(finding: Finding) -> str:
    """The finding's first sentence: what it is about, in its own words."""
    text = finding.message.strip()
    for end in (". ", "! ", "? "):
        cut = text.find(end)
        if 0 < cut < 160:
            return text[: cut + 1]
    return text if len(text) <= 160 else text[:157] + "…"


def where(finding: Finding) -> str:
    meds = finding.medication + (f" + {finding.other}" if finding.other else "")
    parts = [meds]
    if finding.date is not None:
        parts.append(day(finding.date))
    if finding.time is not None:
        #: Translators: a finding's time of day, after its medication and day: "at 08:00".
        at = QCoreApplication.translate("Findings", "at {time}")
        parts.append(at.format(time=f"{finding.time:%H:%M}"))
    return " · ".join(parts)


class FindingCard(QFrame):
    """One finding: its mark and headline; "Why?" opens the full message and the source."""

    def __init__(
        self, finding: Finding, parent: QWidget | None = None, *, whole: bool = False
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setProperty("card", True)
        self.setObjectName(f"finding-{finding.code}")
        mark = severity.severity(finding.severity)
        #: Translators: a screen reader's name for a finding: "Warning: <the finding's message>".
        said = self.tr("{severity}: {message}")
        self.setAccessibleName(said.format(severity=mark.text, message=finding.message))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.head = QLabel(self)
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.head.setWordWrap(True)
        self._whole = whole
        self._render()
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.head, 1)
        self.why = QToolButton(self)
        #: Translators: the button that opens a finding's reason and source.
        self.why.setText(self.tr("Why?"))
        self.why.setCheckable(True)
        self.why.setObjectName(f"why-{finding.code}")
        why = self.tr("Why? {severity}: {headline}")
        self.why.setAccessibleName(why.format(severity=mark.word, headline=headline(finding)))
        self.why.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why.setArrowType(Qt.ArrowType.RightArrow)
        make_target(self.why)
        top.addWidget(self.why, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"detail-{finding.code}")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        said = "" if whole else f"{escape(finding.message)}<br><br>"
        #: Translators: before a finding's source (a label or guideline): keep <i> and </i>.
        source = self.tr("<i>Source:</i> {source}").format(source=escape(finding.source))
        self.detail.setText(f"{said}{source}")
        spoken = self.tr("{message} Source: {source}")
        self.detail.setAccessibleName(spoken.format(message=finding.message, source=finding.source))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(False)
        layout.addWidget(self.detail)
        self.why.toggled.connect(self.set_open)

    def _render(self) -> None:
        finding = self.finding
        mark = severity.severity(finding.severity)
        self.head.setText(
            f"{mark.html(self.palette())} · {escape(where(finding))}<br>"
            f"{escape(finding.message if self._whole else headline(finding))}"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "head"):
            self._render()

    def set_open(self, open_: bool) -> None:
        self.detail.setVisible(open_)
        self.why.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        if self.why.isChecked() != open_:
            self.why.setChecked(open_)


class FindingsPanel(QWidget):
    """A heading with counts, then one card per finding (danger first)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, whole: bool = False) -> None:
        super().__init__(parent)
        self._title = title
        self._whole = whole
        self._shown: tuple[Finding, ...] | None = None
        self._note_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("findings-heading")
        emphasize(self.heading, 1.15, bold=True)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.note = QLabel(self)
        self.note.setObjectName("findings-note")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(6)
        layout.addLayout(self.cards_box)
        layout.addStretch(1)
        self.cards: list[FindingCard] = []

    def set_findings(self, findings: Sequence[Finding], note: str = "") -> None:
        """Show ``findings``. Cards are rebuilt whenever any part of any finding differs
        (its words, severity or source too, not just what it is about): a dose edited from
        600 to 900 mg keeps the same code, medication and date but says something else.
        A card whose "Why?" was open stays open when its finding is still there."""
        shown = tuple(findings)
        if note != self._note_text:
            self._note_text = note
            self.note.setText(note)
            self.note.setVisible(bool(note))
        if shown == self._shown:
            return
        opened = {key_of(c.finding) for c in self.cards if c.why.isChecked()}
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for finding in findings:
            card = FindingCard(finding, self, whole=self._whole)
            if key_of(finding) in opened:
                card.set_open(True)
            self.cards_box.addWidget(card)
            card.show()  # else a layout shows it only on the next event-loop turn
            self.cards.append(card)
        self._shown = shown
        #: Translators: a findings heading: its title, then the counts ("1 danger, 2 warnings").
        heading = self.tr("{title}: {counts}")
        self.heading.setText(
            heading.format(title=escape(self._title), counts=summary(findings, icons=True))
        )
        self.heading.setAccessibleName(heading.format(title=self._title, counts=summary(findings)))

    def codes(self) -> list[str]:
        return [c.finding.code for c in self.cards]


def summary(findings: Sequence[Finding], *, icons: bool = False) -> str:
    """``"1 danger, 2 warnings"``; with ``icons``, rich text with each level's icon first."""
    if not findings:
        return QCoreApplication.translate("Findings", "nothing found")
    counts = _Counts()
    parts = []
    levels: tuple[Severity, ...] = ("danger", "warning", "info")
    for level in levels:
        n = sum(f.severity == level for f in findings)
        if n:
            mark = severity.severity(level)
            icon = f"{mark.img()} " if icons else ""
            parts.append(f"{icon}{counts.of(level, n)}")
    return ", ".join(parts)


class _Counts(QObject):
    """The words for a count of findings: ``self.tr`` with the count, so a language picks
    its own plural form (never subclassed: ``self.tr`` looks its texts up as "_Counts")."""

    def of(self, level: Severity, n: int) -> str:
        if level == "danger":
            text = self.tr("%n danger(s)", "", n)
        elif level == "warning":
            text = self.tr("%n warning(s)", "", n)
        else:
            #: Translators: findings of the "info" level, counted.
            text = self.tr("%n note(s)", "", n)
        return english_plural(text, n)
