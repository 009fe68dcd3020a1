"""Printable PDFs with Qt alone (QTextDocument + QPdfWriter): the schedule and the doctor's report.

* :func:`schedule_pdf`: the weeks ahead, one table per day with a tick column, titration
  steps, starts, stops and clock changes marked, the standing findings with their sources,
  the red-flag symptoms list — in large type, for the fridge door.
* :func:`report_pdf`: for the prescriber: adherence per medication, missed doses, doses
  recorded over a warning (doubled), the symptom diary with red flags first, standing
  findings and the plan history.

Severity is an icon *and* a word (../shared/ui.md): the icons are drawn here, not taken from a font,
so a machine without a symbol font still prints them. The HTML builders are public so the
GUI can print the same document (``document.print_(QPrinter)`` for File ▸ Print).

Qt needs a QGuiApplication to lay out text; :func:`ensure_gui_app` makes one when there is
none, on the ``offscreen`` platform when there is no display (a terminal, CI).

The HTML builders are in :mod:`medplanner.export.pdfhtml` (re-exported here).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from medplanner import __version__
from medplanner.core.i18n import _
from medplanner.export.pdfhtml import PRESCRIBER_LINE, report_html, schedule_html
from medplanner.export.report import ReportData, ScheduleData

__all__ = [
    "PRESCRIBER_LINE",
    "build_document",
    "ensure_gui_app",
    "paint_pages",
    "render_pdf",
    "report_html",
    "report_pdf",
    "schedule_html",
    "schedule_pdf",
    "write_private",
]

_ICON_PX = 96
_DPI = 300
_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app  # noqa: PLW0603 - one application per process, kept alive here
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["medplanner"])
    return _app


# --------------------------------------------------------------------------- writing


def render_pdf(body_html: str, *, title: str, base_pt: float, keep_together: float = 1.0) -> bytes:
    """Lay ``body_html`` out on A4 pages and return the PDF (see :func:`paint_pages`)."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"MedPlanner {__version__}")
    writer.setResolution(_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_pages(writer, body_html, title=title, base_pt=base_pt, keep_together=keep_together)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def paint_pages(
    device: QPagedPaintDevice,
    body_html: str,
    *,
    title: str,
    base_pt: float,
    keep_together: float = 1.0,
) -> int:
    """Paint ``body_html`` page by page on ``device`` (a QPdfWriter, or the GUI's QPrinter
    for File ▸ Print); return the number of pages.

    Tables no taller than ``keep_together`` of a page are never split across pages (Qt's
    rich text has no ``page-break-inside: avoid``; :func:`_keep_tables_together` does it).
    Each page's foot says ``title — page n of N``.
    """
    ensure_gui_app()
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    foot = dpi * 0.35  # inches of footer, in device pixels
    page = QSizeF(area.width(), area.height() - foot)
    doc = build_document(body_html, base_pt=base_pt)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(page)
    _keep_tables_together(doc, page.height(), keep_together)
    pages = doc.pageCount()
    painter = QPainter(device)
    foot_font = QFont(doc.defaultFont())
    foot_font.setPointSizeF(max(base_pt * 0.75, 8))
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * page.height())
        doc.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
        painter.restore()
        painter.setFont(foot_font)
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(0, page.height(), page.width(), foot),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            _("{title} — page {n} of {count}").format(title=title, n=index + 1, count=pages),
        )
    painter.end()
    return pages


def _keep_tables_together(doc: QTextDocument, page_height: float, fraction: float) -> None:
    """Move each table that would straddle a page break to the next page.

    One pass plans every break from the first layout (a moved table pushes the ones after
    it down by the space it skips); then, after one new layout, any table still straddling
    (margins shift a little) is fixed one by one. Moving tables one at a time from the start
    would lay the document out again for each, which grows with the square of its length.
    """
    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    shift = 0.0
    planned = []
    for table in tables:
        rect = layout.frameBoundingRect(table)
        if rect.height() > page_height * fraction:
            continue
        top, bottom = rect.top() + shift, rect.bottom() + shift
        if int(top // page_height) != int((bottom - 1) // page_height):
            shift += (int(top // page_height) + 1) * page_height - top
            planned.append(table)
    batch = QTextCursor(doc)
    batch.beginEditBlock()  # one layout for all of them, not one per table
    for table in planned:
        _break_before(doc, table)
    batch.endEditBlock()
    layout.documentSize()
    for table in tables:
        rect = layout.frameBoundingRect(table)
        if rect.height() > page_height * fraction:
            continue
        if int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height):
            _break_before(doc, table)
            layout.documentSize()


def _break_before(doc: QTextDocument, table: QTextTable) -> None:
    """Start a new page before ``table``, or before its heading when one leads into it."""
    heading = doc.findBlock(table.firstPosition() - 1)
    if heading.isValid() and heading.blockFormat().headingLevel() > 0:
        block_format = heading.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).setBlockFormat(block_format)
    else:
        fmt = table.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFrameFormat(fmt)


def build_document(body_html: str, *, base_pt: float) -> QTextDocument:
    """A QTextDocument of ``body_html`` with MedPlanner's icons and type (for PDF or print)."""
    ensure_gui_app()
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(base_pt)
    # No fi/fl ligatures: text copied or extracted from the PDF must read "flag", not "ﬂag".
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    for name, image in _icons().items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mp:{name}"), image)
    doc.setHtml(body_html)
    return doc


def write_private(path: Path, data: bytes, *, data_dir: Path | None = None) -> Path:
    """Write ``data`` owner-only (0600) through the one safe writer (temp file, fsync,
    rename); a target in the data dir or a symlink is refused: a PDF is health data."""
    from medplanner.service.files import write_user_file

    return write_user_file(path, data, data_dir=data_dir)


def schedule_pdf(data: ScheduleData) -> bytes:
    return render_pdf(
        schedule_html(data),
        title=_("Medication schedule — {person}").format(person=data.person),
        base_pt=14,
    )


def report_pdf(data: ReportData) -> bytes:
    return render_pdf(
        report_html(data),
        title=_("Report for the doctor — {person}").format(person=data.person),
        base_pt=10.5,
        keep_together=0.35,
    )


# --------------------------------------------------------------------------- icons


def _icons() -> dict[str, QImage]:
    return {
        "danger": _icon(_draw_danger),
        "warning": _icon(_draw_warning),
        "info": _icon(_draw_info),
    }


def _icon(draw: object) -> QImage:
    image = QImage(_ICON_PX, _ICON_PX, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    assert callable(draw)
    draw(painter, float(_ICON_PX))
    painter.end()
    return image


def _draw_danger(p: QPainter, s: float) -> None:
    """A no-entry sign (⛔): a red disc with a white bar."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#b00020"))
    p.drawEllipse(QRectF(2, 2, s - 4, s - 4))
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(s * 0.2, s * 0.42, s * 0.6, s * 0.16))


def _draw_warning(p: QPainter, s: float) -> None:
    """A warning triangle (⚠) with an exclamation mark."""
    p.setPen(QPen(QColor("#5c3300"), s * 0.04))
    p.setBrush(QColor("#ffb300"))
    p.drawPolygon(QPolygonF([QPointF(s / 2, 3), QPointF(s - 3, s - 6), QPointF(3, s - 6)]))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("black"))
    p.drawRect(QRectF(s * 0.45, s * 0.32, s * 0.1, s * 0.33))
    p.drawEllipse(QRectF(s * 0.44, s * 0.72, s * 0.12, s * 0.12))


def _draw_info(p: QPainter, s: float) -> None:
    """An information sign (ⓘ): a blue disc with a white i."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0b57a4"))
    p.drawEllipse(QRectF(2, 2, s - 4, s - 4))
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(s * 0.43, s * 0.2, s * 0.14, s * 0.14))
    path = QPainterPath()
    path.addRect(QRectF(s * 0.44, s * 0.4, s * 0.12, s * 0.4))
    p.drawPath(path)
