"""The one place that says how a severity or a dose's state looks: sign + word + colour.

../shared/ui.md: "words and icons, never colour alone". Every widget that shows a finding's
severity or a slot's state asks this module, so a sign or a colour changes in one place.
Colours come in a light-palette and a dark-palette variant, each with a contrast ratio of
at least 4.5:1 against that palette's usual window background (WCAG AA for body text);
the sign and the word carry the meaning on their own for anyone who cannot tell colours.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from medplanner.core.dosing import SlotState
from medplanner.core.model import Severity


@dataclass(frozen=True)
class Mark:
    """How one severity or state is shown: a sign, a word, and a colour per palette."""

    sign: str
    word: str
    light: str  # colour on a light background (#rrggbb)
    dark: str  # colour on a dark background

    @property
    def text(self) -> str:
        """Sign and word together, e.g. ``"⚠ Warning"`` (for labels and screen readers)."""
        return f"{self.sign} {self.word}"

    def color(self, palette: QPalette | None = None) -> QColor:
        """The colour that reads well on ``palette`` (default: the application's)."""
        return QColor(self.dark if is_dark(palette) else self.light)

    def html(self, palette: QPalette | None = None, *, bold: bool = True) -> str:
        """Rich text for a QLabel: the sign and word in this mark's colour."""
        weight = "font-weight:600;" if bold else ""
        return (
            f'<span style="color:{self.color(palette).name()};{weight}">'
            f"{html.escape(self.text)}</span>"
        )


SEVERITY: dict[Severity, Mark] = {
    "info": Mark("ⓘ", "Info", light="#0b57a4", dark="#8ab4f8"),
    "warning": Mark("⚠", "Warning", light="#8a4b00", dark="#ffcc66"),
    "danger": Mark("⛔", "Danger", light="#b00020", dark="#ff8a80"),
}

STATE: dict[SlotState, Mark] = {
    "taken": Mark("✓", "Taken", light="#1b6e20", dark="#81c995"),
    "skipped": Mark("⤼", "Skipped", light="#55595e", dark="#bdc1c6"),
    "missed": Mark("✗", "Missed", light="#b00020", dark="#ff8a80"),
    "due": Mark("●", "Due", light="#0b57a4", dark="#8ab4f8"),
    "upcoming": Mark("○", "Upcoming", light="#55595e", dark="#bdc1c6"),
    "covered": Mark("≈", "Covered", light="#1b6e20", dark="#81c995"),
    "before-tracking": Mark("·", "Before tracking", light="#55595e", dark="#bdc1c6"),
    "extra": Mark("+", "Extra dose", light="#8a4b00", dark="#fdd663"),
}


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
