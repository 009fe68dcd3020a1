"""The one place that says how a severity or a dose's state looks: icon + word + colour.

../shared/ui.md: "words and icons, never colour alone". Every widget that shows a finding's
severity or a slot's state asks this module, so an icon or a colour changes in one place.
The icons are SVG files shipped in ``resources/icons/`` (``<name>-light.svg`` for a light
background, ``<name>-dark.svg`` for a dark one): the GUI never relies on a font having a
glyph like ⛔ or ⓘ (the CLI and the PDF keep their own signs). The word always stays beside
the icon, so neither the colour nor the icon carries the meaning alone.
Colours come in a light-palette and a dark-palette variant, each with a contrast ratio of
at least 4.5:1 against that palette's usual window background (WCAG AA for body text);
the icon and the word carry the meaning on their own for anyone who cannot tell colours.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from medplanner.core.dosing import SlotState
from medplanner.core.model import Severity
from medplanner.gui.marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Mark:
    """How one severity or state is shown: an icon, a word (:data:`WORDS`, by the icon's
    name), and a colour per palette."""

    icon: str  # file stem in resources/icons: ``<icon>-light.svg`` / ``<icon>-dark.svg``
    light: str  # colour on a light background (#rrggbb)
    dark: str  # colour on a dark background

    @property
    def word(self) -> str:
        """The word in the language in use, e.g. ``"Warning"``."""
        return QCoreApplication.translate("Mark", WORDS[self.icon])

    @property
    def text(self) -> str:
        """The word, e.g. ``"Warning"``: for plain text and screen readers (no glyph)."""
        return self.word

    def color(self, palette: QPalette | None = None) -> QColor:
        """The colour that reads well on ``palette`` (default: the application's)."""
        return QColor(self.dark if is_dark(palette) else self.light)

    def icon_path(self, palette: QPalette | None = None) -> Path:
        """The SVG drawn for ``palette``'s background (light or dark)."""
        return icon_file(self.icon, dark=is_dark(palette))

    def qicon(self, palette: QPalette | None = None) -> QIcon:
        """The icon for an item view (list rows, table cells, header sections)."""
        return QIcon(str(self.icon_path(palette)))

    def pixmap(self, side: int, palette: QPalette | None = None) -> QPixmap:
        """The icon as a ``side`` × ``side`` pixmap (for a label next to the word)."""
        return self.qicon(palette).pixmap(QSize(side, side))

    def html(self, palette: QPalette | None = None, *, bold: bool = True) -> str:
        """Rich text for a QLabel: the icon, then the word in this mark's colour."""
        weight = "font-weight:600;" if bold else ""
        return (
            f"{self.img(palette)}&nbsp;"
            f'<span style="color:{self.color(palette).name()};{weight}">'
            f"{html.escape(self.word)}</span>"
        )

    def img(self, palette: QPalette | None = None) -> str:
        """Only the icon, as an ``<img>`` one text line high (the word must follow)."""
        side = icon_side()
        src = html.escape(self.icon_path(palette).as_uri())
        return f'<img src="{src}" width="{side}" height="{side}" style="vertical-align:middle">'


#: The word of each mark, by its icon's name (in the language in use: :attr:`Mark.word`).
WORDS: dict[str, str] = {
    #: Translators: a finding's severity, one word shown beside its icon ("Warning").
    "info": QT_TRANSLATE_NOOP("Mark", "Info"),
    "warning": QT_TRANSLATE_NOOP("Mark", "Warning"),
    "danger": QT_TRANSLATE_NOOP("Mark", "Danger"),
    #: Translators: a scheduled dose's state, shown beside its icon ("Taken", "Missed").
    "taken": QT_TRANSLATE_NOOP("Mark", "Taken"),
    "skipped": QT_TRANSLATE_NOOP("Mark", "Skipped"),
    "missed": QT_TRANSLATE_NOOP("Mark", "Missed"),
    "due": QT_TRANSLATE_NOOP("Mark", "Due"),
    "upcoming": QT_TRANSLATE_NOOP("Mark", "Upcoming"),
    "covered": QT_TRANSLATE_NOOP("Mark", "Covered"),
    "before-tracking": QT_TRANSLATE_NOOP("Mark", "Before tracking"),
    "extra": QT_TRANSLATE_NOOP("Mark", "Extra dose"),
}

SEVERITY: dict[Severity, Mark] = {
    "info": Mark("info", light="#0b57a4", dark="#8ab4f8"),
    "warning": Mark("warning", light="#8a4b00", dark="#ffcc66"),
    "danger": Mark("danger", light="#b00020", dark="#ff8a80"),
}

STATE: dict[SlotState, Mark] = {
    "taken": Mark("taken", light="#1b6e20", dark="#81c995"),
    "skipped": Mark("skipped", light="#55595e", dark="#bdc1c6"),
    "missed": Mark("missed", light="#b00020", dark="#ff8a80"),
    "due": Mark("due", light="#0b57a4", dark="#8ab4f8"),
    "upcoming": Mark("upcoming", light="#55595e", dark="#bdc1c6"),
    "covered": Mark("covered", light="#1b6e20", dark="#81c995"),
    "before-tracking": Mark("before-tracking", light="#55595e", dark="#bdc1c6"),
    "extra": Mark("extra", light="#8a4b00", dark="#fdd663"),
}

#: Every mark, for tests and the screenshots.
MARKS: tuple[Mark, ...] = (*SEVERITY.values(), *STATE.values())


def icon_file(name: str, *, dark: bool) -> Path:
    """``resources/icons/<name>-dark.svg`` or ``-light.svg`` (found in a wheel too)."""
    from medplanner.core.resources import RESOURCES

    return RESOURCES / "icons" / f"{name}-{'dark' if dark else 'light'}.svg"


def icon_side(widget: QWidget | None = None) -> int:
    """An icon's side in px: one line of ``widget``'s (or the application's) text."""
    font = widget.font() if widget is not None else QGuiApplication.font()
    return max(12, QFontMetrics(font).height())


def icon_label(mark: Mark, parent: QWidget | None = None) -> QLabel:
    """A label showing only ``mark``'s icon, named for screen readers (put the word next
    to it: the icon never carries the meaning alone)."""
    label = QLabel(parent)
    set_icon(label, mark)
    return label


def set_icon(label: QLabel, mark: Mark) -> None:
    """Show ``mark``'s icon on ``label`` as a pixmap one text line high, named by its word."""
    side = icon_side(label)
    label.setPixmap(mark.pixmap(side, label.palette()))
    label.setFixedSize(side, side)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(mark.word)


def severity(level: Severity) -> Mark:
    """The mark for a finding's severity (``info``, ``warning``, ``danger``)."""
    return SEVERITY[level]


def state(slot_state: SlotState) -> Mark:
    """The mark for a scheduled dose's state (``taken`` … ``upcoming``)."""
    return STATE[slot_state]


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) draws light text on dark ground."""
    pal = palette if palette is not None else QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1.0 … 21.0); tests use it on the table."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
