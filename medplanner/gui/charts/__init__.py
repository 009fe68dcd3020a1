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

One module per concern: :mod:`.paint` (the shared look and the chart base), :mod:`.sedation`
(the drowsiness chart), :mod:`.titration` (the dose-over-weeks chart) and :mod:`.stagger`
(the "Apply suggestion…" flow). Every name is importable from ``medplanner.gui.charts``.
"""

from medplanner.gui.charts.paint import (
    DRUG_STYLES,
    MARKERS,
    draw_marker,
    foreground,
    is_dark,
    muted,
    series_color,
)
from medplanner.gui.charts.sedation import GUIDANCE, SedationChart
from medplanner.gui.charts.stagger import (
    Ask,
    StaggerPanel,
    _ask_with_dialog,
    confirm_and_apply,
    suggestion_info,
    suggestion_text,
)
from medplanner.gui.charts.titration import TitrationChart, TitrationSeries, titration_series

__all__ = [
    "DRUG_STYLES",
    "GUIDANCE",
    "MARKERS",
    "Ask",
    "SedationChart",
    "StaggerPanel",
    "TitrationChart",
    "TitrationSeries",
    "_ask_with_dialog",
    "confirm_and_apply",
    "draw_marker",
    "foreground",
    "is_dark",
    "muted",
    "series_color",
    "suggestion_info",
    "suggestion_text",
    "titration_series",
]
