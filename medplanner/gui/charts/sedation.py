"""The 24-hour drowsiness load chart (now and with the suggested times)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QLineF,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QWidget,
)

from medplanner.core.sedation import (
    DAY_MINUTES,
    SedationProfile,
    Suggestion,
)
from medplanner.gui.charts.paint import (
    DRUG_STYLES,
    MARKERS,
    _Chart,
    _clock,
    _hhmm,
    _Item,
    _listing,
    draw_marker,
    foreground,
    muted,
    series_color,
)
from medplanner.gui.marks import QT_TRANSLATE_NOOP

# Translated where it is shown: ``QCoreApplication.translate("Sedation", GUIDANCE)``.
GUIDANCE = QT_TRANSLATE_NOOP(
    "Sedation",
    "General guidance, not a label rule: taking them at different times does not take the "
    "risk of drowsiness away. Discuss any change with your prescriber or pharmacist first.",
)


class SedationChart(_Chart):
    """The 24-hour drowsiness load of each sedating medicine and combined, now and (when
    given) with the suggested times, one panel above the other on the same scale.

    Night (bedtime to wake) is shaded; dose times are marked under each panel with the
    drug's marker. Feed it with :meth:`set_profiles` or :meth:`set_suggestion`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SedationChart", "Drowsiness load over 24 hours"), parent
        )
        self._current: SedationProfile | None = None
        self._suggested: SedationProfile | None = None
        self._describe(self._text())

    def set_profiles(
        self, current: SedationProfile | None, suggested: SedationProfile | None = None
    ) -> None:
        self._current, self._suggested = current, suggested
        self._describe(self._text())
        self.updateGeometry()
        self.update()

    def set_suggestion(self, suggestion: Suggestion | None) -> None:
        if suggestion is None:
            self.set_profiles(None)
        else:
            self.set_profiles(suggestion.current, suggestion.suggested)

    def profiles(self) -> tuple[SedationProfile | None, SedationProfile | None]:
        return self._current, self._suggested

    # -- text alternative -------------------------------------------------------------

    def _text(self) -> str:
        now = self._current
        if now is None:
            return self.tr(
                "No two sedating medicines are taken together: there is no load to chart."
            )
        value, minute = now.awake_peak
        parts = [
            self.tr(
                "Modelled drowsiness load over 24 hours (each medicine 1 at its own peak; "
                "the combined load is their sum)."
            ),
            self.tr("Now: {times}. Highest while awake {value:.1f} at {time}.").format(
                times=self._times(now), value=value, time=_clock(minute)
            ),
        ]
        for c in now.curves:
            peaks = self.tr("{medicine} peaks at {time}.")
            parts.append(peaks.format(medicine=c.name, time=_clock(c.peak_minute)))
        new = self._suggested
        if new is not None:
            v2, m2 = new.awake_peak
            lower = round((1 - v2 / value) * 100) if value else 0
            parts.append(
                self.tr(
                    "Suggested: {times}. Highest while awake {value:.1f} at {time}, "
                    "about {percent}% lower."
                ).format(times=self._times(new), value=v2, time=_clock(m2), percent=lower)
            )
            parts.append(QCoreApplication.translate("Sedation", GUIDANCE))
        parts.extend(f"{n}." for n in now.notes)
        if now.not_modelled:
            missing = self.tr("Not in the model: {medicines}.")
            parts.append(missing.format(medicines=_listing(list(now.not_modelled))))
        return " ".join(parts)

    @staticmethod
    def _times(profile: SedationProfile) -> str:
        return "; ".join(
            f"{c.name} {_listing([_hhmm(t) for t in sorted(c.times)])}" for c in profile.curves
        )

    # -- geometry ---------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        panels = 2 if self._suggested is not None else 1
        return QSize(int(line * 24), int(line * (4 + 7 * panels)))

    def sizeHint(self) -> QSize:
        line = self._line()
        panels = 2 if self._suggested is not None else 1
        return QSize(int(line * 40), int(line * (5 + 11 * panels)))

    def _items(self) -> list[_Item]:
        pal = self.palette()
        width = self._pen_width()
        #: Translators: a chart's legend: the line of all the medicines' drowsiness added up.
        combined = self.tr("Combined load")
        items = [_Item(combined, foreground(pal), Qt.PenStyle.SolidLine, width * 2)]
        if self._current is not None:
            for i, c in enumerate(self._current.curves):
                items.append(
                    _Item(
                        c.name,
                        series_color(pal, i),
                        DRUG_STYLES[i % len(DRUG_STYLES)],
                        width,
                        MARKERS[i % len(MARKERS)],
                    )
                )
        highest = self.tr("Highest while awake")
        items.append(_Item(highest, foreground(pal), Qt.PenStyle.DotLine, width))
        night = self.tr("Night (asleep)")
        items.append(_Item(night, muted(pal), Qt.PenStyle.SolidLine, self._line() * 0.6))
        return items

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(self.font())
            now = self._current
            if now is None:
                self._draw_empty(p, self._text())
                return
            line = self._line()
            outer = QRectF(self.rect()).adjusted(line * 0.6, line * 0.4, -line * 0.6, -line * 0.4)
            used = self._draw_legend(p, self._items(), outer)
            panels = [("now", now)]
            if self._suggested is not None:
                panels.append(("suggested", self._suggested))
            top = max(max(prof.load) for _, prof in panels)
            y_max = max(1.0, math.ceil(top * 2 + 0.001) / 2)
            area = outer.adjusted(0, used + line * 0.3, 0, 0)
            height = area.height() / len(panels)
            for k, (title, prof) in enumerate(panels):
                rect = QRectF(area.left(), area.top() + k * height, area.width(), height)
                self._draw_panel(p, rect, title, prof, now, y_max)
        finally:
            p.end()

    def _draw_panel(
        self,
        p: QPainter,
        rect: QRectF,
        title: str,
        prof: SedationProfile,
        now: SedationProfile,
        y_max: float,
    ) -> None:
        pal = self.palette()
        fm = self._fm()
        line = self._line()
        value, minute = prof.awake_peak
        base = now.awake_peak[0]
        if title == "now":
            #: Translators: the heading of the chart's panel for the times taken now.
            heading = self.tr("Now: highest while awake {value:.1f} at {time}")
        elif base and prof is not now:
            #: Translators: the heading of the chart's panel for the suggested times.
            heading = self.tr(
                "Suggested: highest while awake {value:.1f} at {time} (about {percent}% lower)"
            )
        else:
            heading = self.tr("Suggested: highest while awake {value:.1f} at {time}")
        percent = round((1 - value / base) * 100) if base else 0
        heading = heading.format(value=value, time=_clock(minute), percent=percent)
        p.setPen(foreground(pal))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), heading)
        font.setBold(False)
        p.setFont(font)

        left = rect.left() + fm.horizontalAdvance("0.0") + line * 0.5
        rows = max(1, len(prof.curves))
        below = line * (0.25 + 0.65 * rows) + line * 1.3  # marker rows, then hour labels
        plot = QRectF(
            left,
            rect.top() + line * 1.4,
            rect.right() - left - line * 0.2,
            rect.height() - line * 1.4 - below,
        )
        if plot.height() < line or plot.width() < line:
            return

        def x_of(minute: float) -> float:
            return plot.left() + plot.width() * minute / DAY_MINUTES

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / y_max

        # night shading (bedtime to wake, across midnight if need be)
        shade = QColor(pal.color(QPalette.ColorRole.Text))
        shade.setAlphaF(0.10)
        wake = prof.wake.hour * 60 + prof.wake.minute
        bed = prof.bedtime.hour * 60 + prof.bedtime.minute
        spans = [(bed, wake)] if bed < wake else [(bed, DAY_MINUTES), (0, wake)]
        for a, b in spans:
            p.fillRect(QRectF(x_of(a), plot.top(), x_of(b) - x_of(a), plot.height()), shade)

        # grid, y labels, and hour ticks (as many as fit without overlapping)
        step = 0.5 if y_max <= 3 else 1.0
        levels = [k * step for k in range(int(y_max / step + 1e-9) + 1)]
        label_w = fm.horizontalAdvance("00:00") + line * 1.2
        hours = next((h for h in (1, 2, 3, 4, 6, 12) if plot.width() * h / 24 >= label_w), 24)
        ticks = list(range(0, 25, hours))
        p.setPen(QPen(muted(pal), 1, Qt.PenStyle.SolidLine))
        p.drawLines(
            [QLineF(plot.left(), y_of(v), plot.right(), y_of(v)) for v in levels]
            + [QLineF(x_of(h * 60), plot.top(), x_of(h * 60), plot.bottom()) for h in ticks]
        )
        p.setPen(foreground(pal))
        for v in levels:
            label = f"{v:.1f}"
            x = plot.left() - line * 0.3 - fm.horizontalAdvance(label)
            p.drawText(QPointF(x, y_of(v) + fm.ascent() / 2.5), label)
        for h in ticks:
            x = x_of(h * 60)
            label = f"{h % 24:02d}:00" if h < 24 else "24:00"
            w = fm.horizontalAdvance(label)
            lx = min(max(x - w / 2, plot.left() - line * 0.3), plot.right() - w + line * 0.3)
            p.drawText(QPointF(lx, plot.bottom() + below - line * 1.15 + fm.ascent()), label)

        # the curves: each drug, then the combined load on top
        width = self._pen_width()
        for i, c in enumerate(prof.curves):
            pen = QPen(series_color(pal, i), width, DRUG_STYLES[i % len(DRUG_STYLES)])
            p.setPen(pen)
            p.drawPolyline(self._polyline(c.values, c.weight, x_of, y_of, prof.step_minutes))
        p.setPen(QPen(foreground(pal), width * 2, Qt.PenStyle.SolidLine))
        p.drawPolyline(self._polyline(prof.load, 1.0, x_of, y_of, prof.step_minutes))

        # highest load while awake
        p.setPen(QPen(foreground(pal), width, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        p.setBrush(foreground(pal))
        p.drawEllipse(QPointF(x_of(minute), y_of(value)), width * 2, width * 2)
        p.setBrush(Qt.BrushStyle.NoBrush)

        # dose times under the plot: a row per drug, each with its own marker shape
        size = line * 0.5
        for i, c in enumerate(prof.curves):
            color = series_color(pal, i)
            p.setPen(QPen(color, width))
            p.setBrush(color)
            y = plot.bottom() + line * (0.55 + 0.65 * i)
            for t in c.times:
                x = x_of(t.hour * 60 + t.minute)
                draw_marker(p, MARKERS[i % len(MARKERS)], QPointF(x, y), size)
            p.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _polyline(
        values: Sequence[float],
        weight: float,
        x_of: Callable[[float], float],
        y_of: Callable[[float], float],
        step: int,
    ) -> QPolygonF:
        # one polygon, drawn in one call (and back to 24:00 = 00:00)
        return QPolygonF(
            [QPointF(x_of(k * step), y_of(weight * v)) for k, v in enumerate((*values, values[0]))]
        )
