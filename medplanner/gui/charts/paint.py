"""The charts' shared look: palette-derived colours, line styles and marker shapes, the
font-scaled metrics, legend and empty state every chart draws with (:class:`_Chart`)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from medplanner.core.sedation import (
    DAY_MINUTES,
)

# Line styles in order: the combined load is always solid; drugs take the others.
DRUG_STYLES: tuple[Qt.PenStyle, ...] = (
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
MARKERS: tuple[str, ...] = ("circle", "square", "triangle", "diamond")


# --------------------------------------------------------------------------- shared look


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def series_color(palette: QPalette, index: int) -> QColor:
    """Drug ``index``'s colour: the palette's highlight, hue turned by thirds (golden-angle
    after three), at a lightness that stands out on the palette's base."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    hue = accent.hslHueF()
    if hue < 0:  # a grey highlight has no hue
        hue = 0.6
    turn = (hue + index * (1 / 3 if index < 3 else 0.381966)) % 1.0
    lightness = 0.72 if is_dark(palette) else 0.36
    return QColor.fromHslF(turn, 0.75, lightness)


def foreground(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def muted(palette: QPalette) -> QColor:
    color = QColor(palette.color(QPalette.ColorRole.Text))
    color.setAlphaF(0.35)
    return color


def draw_marker(p: QPainter, shape: str, center: QPointF, size: float) -> None:
    """A marker of ``shape`` with the current pen and brush."""
    r = size / 2
    x, y = center.x(), center.y()
    if shape == "circle":
        p.drawEllipse(center, r, r)
    elif shape == "square":
        p.drawRect(QRectF(x - r, y - r, size, size))
    elif shape == "triangle":
        p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r), QPointF(x - r, y + r)]))
    else:
        p.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )


def _clock(minute: int) -> str:
    m = minute % DAY_MINUTES
    return f"{m // 60:02d}:{m % 60:02d}"


def _hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _listing(items: Sequence[str]) -> str:
    """``"08:00, 14:00 and 20:00"``."""
    if len(items) <= 1:
        return "".join(items)
    #: Translators: a list's end: "{items}" is the first ones, comma separated.
    joined = QCoreApplication.translate("Charts", "{items} and {last}")
    return joined.format(items=", ".join(items[:-1]), last=items[-1])


def _nice_step(span: float, most: int) -> float:
    """A 1-2-5 step giving at most ``most`` intervals over ``span``."""
    raw = span / max(most, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for k in (1, 2, 5, 10):
        if k * power >= raw:
            return k * power
    return 10 * power


@dataclass(frozen=True)
class _Item:
    """One legend entry."""

    text: str
    color: QColor
    style: Qt.PenStyle
    width: float
    marker: str | None = None


class _Chart(QWidget):
    """What both charts share: font-scaled metrics, legend, empty state, accessibility."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers can reach it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._description = ""

    # -- text alternative -----------------------------------------------------------

    def description(self) -> str:
        """The text alternative (the same as ``accessibleDescription()``)."""
        return self._description

    def _describe(self, text: str) -> None:
        self._description = text
        self.setAccessibleDescription(text)

    # -- sizes from the font --------------------------------------------------------

    def _fm(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _line(self) -> float:
        return self._fm().height()

    def _pen_width(self) -> float:
        return max(1.5, self._line() / 9)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # -- legend -----------------------------------------------------------------------

    def _legend_rows(self, items: Sequence[_Item], width: float) -> list[list[_Item]]:
        fm = self._fm()
        sample = self._line() * 2.2
        gap = self._line()
        rows: list[list[_Item]] = [[]]
        x = 0.0
        for item in items:
            w = sample + gap / 3 + fm.horizontalAdvance(item.text) + gap
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append(item)
            x += w
        return rows

    def _draw_legend(self, p: QPainter, items: Sequence[_Item], rect: QRectF) -> float:
        """Draw the legend from ``rect``'s top left, wrapping; returns the height used."""
        fm = self._fm()
        line = self._line()
        sample = line * 2.2
        rows = self._legend_rows(items, rect.width())
        y = rect.top()
        for row in rows:
            x = rect.left()
            mid = y + line / 2
            for item in row:
                pen = QPen(item.color, item.width, item.style)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                p.setPen(pen)
                p.drawLine(QPointF(x, mid), QPointF(x + sample, mid))
                if item.marker is not None:
                    p.setPen(QPen(item.color, self._pen_width()))
                    p.setBrush(item.color)
                    draw_marker(p, item.marker, QPointF(x + sample / 2, mid), line * 0.45)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(foreground(self.palette()))
                text_x = x + sample + line / 3
                p.drawText(QPointF(text_x, y + fm.ascent()), item.text)
                x = text_x + fm.horizontalAdvance(item.text) + line
            y += line * 1.2
        return y - rect.top()

    def _draw_empty(self, p: QPainter, text: str) -> None:
        p.setPen(foreground(self.palette()))
        rect = QRectF(self.rect()).adjusted(self._line(), self._line(), -self._line(), 0)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
