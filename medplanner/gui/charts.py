"""Charts: the day's drowsiness load (now and suggested) and the titration ramp.

Self-contained widgets drawn with QPainter (no QtCharts: PySide6-Essentials has none, and
the two charts are simple line plots). They follow ../shared/ui.md:

* colours come from the widget's palette (its text, highlight and base colours; the drug
  colours are the highlight's hue turned round the colour wheel at a lightness that reads
  on the palette's base), so light and dark palettes both work; every line also has its
  own **style** (solid, dashed, dotted, dash-dot) and every drug its own **marker shape**,
  so nothing depends on telling colours apart;
* every size comes from the widget's font metrics: at 200% text the margins, legend rows,
  tick spacing and minimum size grow with it, and tick labels thin out instead of overlapping;
* each widget keeps a text alternative in ``accessibleDescription`` (peaks, times, doses),
  also returned by :meth:`description`.

Neither widget changes a plan. :func:`confirm_and_apply` and :class:`StaggerPanel` are the
"Apply suggestion…" flow: after the person confirms, they hand back a NEW plan; the caller
(the main window) saves it as a new plan version. Nothing here saves anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from medplanner.core.checks.stagger import suggest_stagger
from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.model import Plan
from medplanner.core.renal import creatinine_clearance
from medplanner.core.sedation import (
    DAY_MINUTES,
    SedationProfile,
    Suggestion,
    SuggestionMismatch,
    apply_suggestion,
    sedation_profile,
)

#: Line styles in order: the combined load is always solid; drugs take the others.
DRUG_STYLES: tuple[Qt.PenStyle, ...] = (
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
MARKERS: tuple[str, ...] = ("circle", "square", "triangle", "diamond")

GUIDANCE = (
    "General guidance, not a label rule: taking them at different times does not take the "
    "risk of drowsiness away. Discuss any change with your prescriber or pharmacist first."
)


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
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


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


# --------------------------------------------------------------------------- sedation


class SedationChart(_Chart):
    """The 24-hour drowsiness load of each sedating medicine and combined, now and (when
    given) with the suggested times, one panel above the other on the same scale.

    Night (bedtime to wake) is shaded; dose times are marked under each panel with the
    drug's marker. Feed it with :meth:`set_profiles` or :meth:`set_suggestion`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Drowsiness load over 24 hours", parent)
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
            return "No two sedating medicines are taken together: there is no load to chart."
        value, minute = now.awake_peak
        parts = [
            "Modelled drowsiness load over 24 hours (each medicine 1 at its own peak; "
            "the combined load is their sum).",
            f"Now: {self._times(now)}. Highest while awake {value:.1f} at {_clock(minute)}.",
        ]
        for c in now.curves:
            parts.append(f"{c.name} peaks at {_clock(c.peak_minute)}.")
        new = self._suggested
        if new is not None:
            v2, m2 = new.awake_peak
            lower = round((1 - v2 / value) * 100) if value else 0
            parts.append(
                f"Suggested: {self._times(new)}. Highest while awake {v2:.1f} at "
                f"{_clock(m2)}, about {lower}% lower."
            )
            parts.append(GUIDANCE)
        parts.extend(f"{n}." for n in now.notes)
        if now.not_modelled:
            parts.append(f"Not in the model: {_listing(list(now.not_modelled))}.")
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
        items = [_Item("Combined load", foreground(pal), Qt.PenStyle.SolidLine, width * 2)]
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
        items.append(_Item("Highest while awake", foreground(pal), Qt.PenStyle.DotLine, width))
        items.append(_Item("Night (asleep)", muted(pal), Qt.PenStyle.SolidLine, self._line() * 0.6))
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
            panels = [("Now", now)]
            if self._suggested is not None:
                panels.append(("Suggested", self._suggested))
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
        heading = f"{title}: highest while awake {value:.1f} at {_clock(minute)}"
        if prof is not now:
            base = now.awake_peak[0]
            heading += f" (about {round((1 - value / base) * 100)}% lower)" if base else ""
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


# --------------------------------------------------------------------------- titration


@dataclass(frozen=True)
class TitrationSeries:
    """One scheduled medication's daily dose over time (pure data, no Qt)."""

    name: str
    #: (first day, mg a day) at every change; the last point holds to ``last_day``.
    points: tuple[tuple[date, float], ...]
    last_day: date
    label_max: float | None = None
    label_max_source: str | None = None
    kidney_max: float | None = None
    kidney_label: str | None = None
    #: Steps that skip days (weekdays, every n days): the value is per dose day.
    skips_days: bool = False
    #: No stop: the last dose goes on (drawn to the chart's right edge).
    open_end: bool = False


def titration_series(
    plan: Plan, kb: KnowledgeBase | None = None, *, tail_days: int = 14
) -> list[TitrationSeries]:
    """The daily total of each scheduled medication, from its start to its stop (an open
    end is drawn ``tail_days`` past the last change). As-needed medicines are left out."""
    kb = kb if kb is not None else load_knowledge_base()
    crcl = creatinine_clearance(plan.person)
    out: list[TitrationSeries] = []
    for med in plan.medications:
        if med.as_needed or not med.steps or med.start is None:
            continue
        points: list[tuple[date, float]] = []
        skips = False
        for k, step in enumerate(med.steps):
            first = max(step.start, med.start)
            end = med.end_of_step(k)
            if (med.stop is not None and first > med.stop) or (end is not None and end < first):
                continue
            total = float(step.daily_total().mg)
            if not points or points[-1][1] != total:
                points.append((first, total))
            skips = skips or step.weekdays is not None or step.every_n_days not in (None, 1)
        if not points:
            continue
        last = med.stop if med.stop is not None else points[-1][0] + timedelta(days=tail_days)
        drug = kb.lookup(med.name)
        label_max = source = kidney = kidney_label = None
        if drug is not None and drug.max_daily is not None:
            label_max = float(drug.max_daily.value.mg)
            source = drug.max_daily.source
            if drug.renal is not None and crcl is not None:
                band = drug.renal.band_for(Decimal(crcl))
                most = band.daily_max_mg(crcl, drug.max_daily.value) if band else None
                if most is not None and float(most) < label_max:
                    kidney = float(most)
                    what = "label" if drug.renal.kind == "label" else "guidance"
                    kidney_label = f"for kidney function {float(crcl):g} mL/min ({what})"
        out.append(
            TitrationSeries(
                med.name,
                tuple(points),
                last,
                label_max,
                source,
                kidney,
                kidney_label,
                skips,
                open_end=med.stop is None,
            )
        )
    return out


def _mg(value: float) -> str:
    return f"{value:g} mg"


def _top(s: TitrationSeries) -> float:
    """The top of a panel's scale: a tenth above its highest line."""
    peak = max(mg for _, mg in s.points)
    return max(peak, s.label_max or 0.0, s.kidney_max or 0.0) * 1.1 or 1.0


def _ticks(s: TitrationSeries) -> list[float]:
    top = _top(s)
    step = _nice_step(top, 4)
    return [k * step for k in range(int(top / step) + 1)]


def _short_day(d: date) -> str:
    return f"{d.day} {d:%b}"


class TitrationChart(_Chart):
    """Daily dose per medication over the weeks, each medication in its own panel with its
    own scale, the label's daily maximum as a dashed line (and a lower maximum for the
    person's kidney function as a dotted one). Feed it with :meth:`set_plan`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Daily dose over the weeks", parent)
        self._series: list[TitrationSeries] = []
        self._describe(self._text())

    def set_plan(self, plan: Plan | None, kb: KnowledgeBase | None = None) -> None:
        self.set_series(titration_series(plan, kb) if plan is not None else [])

    def set_series(self, series: Sequence[TitrationSeries]) -> None:
        self._series = list(series)
        self._describe(self._text())
        self.updateGeometry()
        self.update()

    def series(self) -> list[TitrationSeries]:
        return list(self._series)

    def _text(self) -> str:
        if not self._series:
            return "No scheduled medicine: there is no dose to chart."
        parts = ["Daily dose over the weeks."]
        for s in self._series:
            steps = [f"{_mg(mg)} a day from {_short_day(d)}" for d, mg in s.points]
            text = f"{s.name}: {_listing(steps)}"
            if s.skips_days:
                text += " (on the days it is taken)"
            if s.label_max is not None:
                text += f"; label maximum {_mg(s.label_max)} a day"
            if s.kidney_max is not None:
                text += f"; {_mg(s.kidney_max)} a day at most {s.kidney_label}"
            peak = max(mg for _, mg in s.points)
            if s.label_max is not None and peak > s.label_max:
                text += "; the plan goes above the label maximum"
            parts.append(text + ".")
        return " ".join(parts)

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(int(line * 24), int(line * (3 + 6 * max(1, len(self._series)))))

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(int(line * 40), int(line * (3 + 9 * max(1, len(self._series)))))

    def _items(self) -> list[_Item]:
        pal = self.palette()
        w = self._pen_width()
        return [
            _Item("Daily dose", series_color(pal, 0), Qt.PenStyle.SolidLine, w * 2),
            _Item("Label maximum", foreground(pal), Qt.PenStyle.DashLine, w),
            _Item("Maximum for your kidneys", foreground(pal), Qt.PenStyle.DotLine, w),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(self.font())
            if not self._series:
                self._draw_empty(p, self._text())
                return
            line = self._line()
            outer = QRectF(self.rect()).adjusted(line * 0.6, line * 0.4, -line * 0.6, -line * 0.4)
            items = self._items()
            if all(s.kidney_max is None for s in self._series):
                items = items[:2]
            used = self._draw_legend(p, items, outer)
            area = outer.adjusted(0, used + line * 0.3, 0, 0)
            first = min(s.points[0][0] for s in self._series)
            last = max(s.last_day for s in self._series)
            days = max((last - first).days + 1, 7)
            height = area.height() / len(self._series)
            fm = self._fm()
            label_w = max(fm.horizontalAdvance(_mg(v)) for s in self._series for v in _ticks(s))
            for k, s in enumerate(self._series):
                rect = QRectF(area.left(), area.top() + k * height, area.width(), height)
                self._draw_panel(p, rect, s, first, days, label_w)
        finally:
            p.end()

    def _draw_panel(
        self,
        p: QPainter,
        rect: QRectF,
        s: TitrationSeries,
        first: date,
        days: int,
        label_w: float,
    ) -> None:
        pal = self.palette()
        fm = self._fm()
        line = self._line()
        peak = max(mg for _, mg in s.points)
        top = _top(s)
        labels = _ticks(s)

        p.setPen(foreground(pal))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        heading = f"{s.name}: up to {_mg(peak)} a day"
        if s.label_max is not None:
            heading += f" (label maximum {_mg(s.label_max)})"
        p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), heading)
        font.setBold(False)
        p.setFont(font)

        left = rect.left() + label_w + line * 0.5
        plot = QRectF(
            left,
            rect.top() + line * 1.4,
            rect.right() - left - line * 0.2,
            rect.height() - line * 3.2,
        )
        if plot.height() < line or plot.width() < line:
            return

        def x_of(day: date) -> float:
            return plot.left() + plot.width() * (day - first).days / days

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / top

        # grid and labels: mg levels, and a tick every k weeks (as many as fit)
        tick_w = fm.horizontalAdvance("30 Sep") + line
        weeks = next(
            (k for k in (1, 2, 4, 8, 13, 26, 52) if plot.width() * 7 * k / days >= tick_w), 104
        )
        ticks = [first + timedelta(days=7 * weeks * k) for k in range(days // (7 * weeks) + 1)]
        p.setPen(QPen(muted(pal), 1))
        p.drawLines(
            [QLineF(plot.left(), y_of(v), plot.right(), y_of(v)) for v in labels]
            + [QLineF(x_of(d), plot.top(), x_of(d), plot.bottom()) for d in ticks]
        )
        p.setPen(foreground(pal))
        for v in labels:
            text = _mg(v)
            x = plot.left() - line * 0.3 - fm.horizontalAdvance(text)
            p.drawText(QPointF(x, y_of(v) + fm.ascent() / 2.5), text)
        for d in ticks:
            text = _short_day(d)
            w = fm.horizontalAdvance(text)
            x = min(x_of(d) - w / 2 if d != first else x_of(d), plot.right() - w)
            p.drawText(QPointF(x, plot.bottom() + line * 0.3 + fm.ascent()), text)

        width = self._pen_width()
        for value, style in (
            (s.label_max, Qt.PenStyle.DashLine),
            (s.kidney_max, Qt.PenStyle.DotLine),
        ):
            if value is not None:
                p.setPen(QPen(foreground(pal), width, style))
                p.drawLine(QLineF(plot.left(), y_of(value), plot.right(), y_of(value)))

        # the daily dose as steps, in one polyline
        end = first + timedelta(days=days) if s.open_end else s.last_day + timedelta(days=1)
        corners: list[QPointF] = []
        for k, (day, mg) in enumerate(s.points):
            until = s.points[k + 1][0] if k + 1 < len(s.points) else end
            corners += [QPointF(x_of(day), y_of(mg)), QPointF(x_of(until), y_of(mg))]
        pen = QPen(series_color(pal, 0), width * 2, Qt.PenStyle.SolidLine)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.drawPolyline(QPolygonF(corners))


# --------------------------------------------------------------------------- applying


def suggestion_text(suggestion: Suggestion) -> str:
    """What the confirmation asks, in plain words (../shared/ui.md: what, why, what to do)."""
    times = "; ".join(
        f"{m.name} at {_listing([_hhmm(t) for t in sorted(m.suggested)])}"
        for m in sorted(suggestion.meds, key=lambda m: m.med_index)
        if m.changed
    )
    now = "; ".join(
        f"{m.name} at {_listing([_hhmm(t) for t in sorted(m.current)])}"
        for m in sorted(suggestion.meds, key=lambda m: m.med_index)
        if m.changed
    )
    percent = round(suggestion.peak_reduction * 100)
    return (
        f"Change the times to: {times}? (Now: {now}.) The doses and how many a day stay the "
        f"same. The model expects the highest drowsiness while awake to be about {percent}% "
        f"lower. {GUIDANCE} This makes a new version of the plan; the old one is kept."
    )


def suggestion_info(suggestion: Suggestion) -> str:
    """The suggestion as a statement, for the panel under the chart."""
    meds = sorted(suggestion.meds, key=lambda m: m.med_index)
    new = "; ".join(f"{m.name} {_listing([_hhmm(t) for t in sorted(m.suggested)])}" for m in meds)
    now = "; ".join(f"{m.name} {_listing([_hhmm(t) for t in sorted(m.current)])}" for m in meds)
    percent = round(suggestion.peak_reduction * 100)
    return (
        f"A model of how the body takes up and clears these medicines suggests: {new} "
        f"(now: {now}). The highest drowsiness while awake could be about {percent}% lower, "
        f"with the same doses. {GUIDANCE}"
    )


Ask = Callable[[QWidget | None, str, str], bool]


def _ask_with_dialog(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton("Use the new times", QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton("Keep my times", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)  # Enter never changes a plan by accident
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def confirm_and_apply(
    parent: QWidget | None, plan: Plan, suggestion: Suggestion, *, ask: Ask | None = None
) -> Plan | None:
    """ "Apply suggestion…": ask, then return a NEW plan with the suggested times, or None.

    Nothing is saved here; the caller saves the returned plan as a new plan version.
    None when the person says no, or when the plan no longer has the suggested-for times.
    ``ask(parent, title, text) -> bool`` replaces the dialog (tests, other front ends).
    """
    ask = ask or _ask_with_dialog
    if not ask(parent, "Use the suggested times?", suggestion_text(suggestion)):
        return None
    try:
        return apply_suggestion(plan, suggestion)
    except SuggestionMismatch:
        return None


class StaggerPanel(QWidget):
    """The chart, the suggestion in words, and an "Apply suggestion…" button.

    ``planProposed(Plan)`` is emitted with the NEW plan after the person confirms; the
    panel saves nothing. Call :meth:`set_plan` whenever the plan changes.
    """

    planProposed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, ask: Ask | None = None) -> None:
        super().__init__(parent)
        self._ask = ask
        self._plan: Plan | None = None
        self._suggestion: Suggestion | None = None
        self.chart = SedationChart(self)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.apply_button = QPushButton("Apply suggestion…", self)
        self.apply_button.setMinimumHeight(44)  # ../shared/ui.md: big targets
        self.apply_button.setAccessibleDescription(
            "Asks first; makes a new version of the plan with the suggested times"
        )
        self.apply_button.clicked.connect(self._apply)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self._show()

    def set_plan(
        self,
        plan: Plan | None,
        kb: KnowledgeBase | None = None,
        day: date | None = None,
    ) -> None:
        self._plan = plan
        self._suggestion = None
        if plan is None:
            self.chart.set_profiles(None)
        else:
            s = suggest_stagger(plan, kb, day)
            if s is not None and s.worth_showing:
                self._suggestion = s
                self.chart.set_suggestion(s)
            else:
                self.chart.set_profiles(sedation_profile(plan, kb, day))
        self._show()

    def suggestion(self) -> Suggestion | None:
        return self._suggestion

    def _show(self) -> None:
        from medplanner.gui import severity

        info = severity.severity("info")
        s = self._suggestion
        self.apply_button.setVisible(s is not None)
        if s is None:
            self.words.setText(
                f"{info.html(self.palette())}: no change of times is suggested."
                if self.chart.profiles()[0] is not None
                else ""
            )
            return
        self.words.setText(f"{info.html(self.palette())}: {escape(suggestion_info(s))}")

    def _apply(self) -> None:
        if self._plan is None or self._suggestion is None:
            return
        new = confirm_and_apply(self, self._plan, self._suggestion, ask=self._ask)
        if new is not None:
            self.planProposed.emit(new)
