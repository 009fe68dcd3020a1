"""The titration chart: each medication's daily dose over the weeks, with the label's
(and the kidney function's) daily maximum."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QWidget,
)

from medplanner.core.knowledge import KnowledgeBase, load_knowledge_base
from medplanner.core.model import Plan
from medplanner.core.renal import creatinine_clearance
from medplanner.gui.charts.paint import (
    _Chart,
    _Item,
    _listing,
    _nice_step,
    foreground,
    muted,
    series_color,
)
from medplanner.gui.widgets.fmt import short_day


@dataclass(frozen=True)
class TitrationSeries:
    """One scheduled medication's daily dose over time (pure data, no Qt)."""

    name: str
    # (first day, mg a day) at every change; the last point holds to ``last_day``.
    points: tuple[tuple[date, float], ...]
    last_day: date
    label_max: float | None = None
    label_max_source: str | None = None
    kidney_max: float | None = None
    kidney_label: str | None = None
    # Steps that skip days (weekdays, every n days): the value is per dose day.
    skips_days: bool = False
    # No stop: the last dose goes on (drawn to the chart's right edge).
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
                    if drug.renal.kind == "label":
                        #: Translators: after "700 mg a day at most": whose limit it is.
                        said = QCoreApplication.translate(
                            "Titration", "for kidney function {crcl:g} mL/min (label)"
                        )
                    else:
                        said = QCoreApplication.translate(
                            "Titration", "for kidney function {crcl:g} mL/min (guidance)"
                        )
                    kidney_label = said.format(crcl=float(crcl))
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
    return short_day(d)


class TitrationChart(_Chart):
    """Daily dose per medication over the weeks, each medication in its own panel with its
    own scale, the label's daily maximum as a dashed line (and a lower maximum for the
    person's kidney function as a dotted one). Feed it with :meth:`set_plan`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("TitrationChart", "Daily dose over the weeks"), parent
        )
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
            return self.tr("No scheduled medicine: there is no dose to chart.")
        parts = [self.tr("Daily dose over the weeks.")]
        #: Translators: one step of a medication's daily dose: "30 mg a day from 6 Jan".
        step_words = self.tr("{dose} a day from {day}")
        for s in self._series:
            steps = [step_words.format(dose=_mg(mg), day=_short_day(d)) for d, mg in s.points]
            #: Translators: a medication's steps, then any of the notes below, each after "; ".
            text = self.tr("{medication}: {steps}").format(medication=s.name, steps=_listing(steps))
            if s.skips_days:
                #: Translators: after a medication's steps, when it is not taken every day.
                text += self.tr(" (on the days it is taken)")
            if s.label_max is not None:
                text += self.tr("; label maximum {dose} a day").format(dose=_mg(s.label_max))
            if s.kidney_max is not None:
                #: Translators: {limit}: "for kidney function 25 mL/min (label)".
                most = self.tr("; {dose} a day at most {limit}")
                text += most.format(dose=_mg(s.kidney_max), limit=s.kidney_label)
            peak = max(mg for _, mg in s.points)
            if s.label_max is not None and peak > s.label_max:
                text += self.tr("; the plan goes above the label maximum")
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
        #: Translators: the chart's legend: the line of a medication's daily dose.
        dose = self.tr("Daily dose")
        #: Translators: the chart's legend: the line of the drug label's daily maximum.
        label = self.tr("Label maximum")
        kidneys = self.tr("Maximum for your kidneys")
        return [
            _Item(dose, series_color(pal, 0), Qt.PenStyle.SolidLine, w * 2),
            _Item(label, foreground(pal), Qt.PenStyle.DashLine, w),
            _Item(kidneys, foreground(pal), Qt.PenStyle.DotLine, w),
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
        if s.label_max is not None:
            #: Translators: a panel's heading: medication, highest daily dose, label maximum.
            heading = self.tr("{medication}: up to {dose} a day (label maximum {most})").format(
                medication=s.name, dose=_mg(peak), most=_mg(s.label_max)
            )
        else:
            heading = self.tr("{medication}: up to {dose} a day").format(
                medication=s.name, dose=_mg(peak)
            )
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
        widest = max(fm.horizontalAdvance(_short_day(date(2027, m, 28))) for m in range(1, 13))
        tick_w = widest + line
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
