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
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Iterable
from datetime import date, datetime
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
from medplanner.core import wording
from medplanner.core.diary import (
    EMERGENCY_HEADLINE,
    EMERGENCY_WHAT_TO_DO,
    RULES,
    TELL_PRESCRIBER,
    is_red_flag,
)
from medplanner.core.model import Finding
from medplanner.export.report import ReportData, ScheduleData, ScheduleDay

PRESCRIBER_LINE = (
    "MedPlanner checks, reminds and explains; it does not replace your prescriber or "
    "pharmacist. Ask them if a warning worries you."
)
_SIGN_WORDS = {"danger": "Danger", "warning": "Warning", "info": "Info"}
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
            f"{title} — page {index + 1} of {pages}",
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
    return render_pdf(schedule_html(data), title=f"Medication schedule — {data.person}", base_pt=14)


def report_pdf(data: ReportData) -> bytes:
    return render_pdf(
        report_html(data),
        title=f"Report for the doctor — {data.person}",
        base_pt=10.5,
        keep_together=0.35,
    )


# --------------------------------------------------------------------------- the schedule


def schedule_html(data: ScheduleData) -> str:
    last = data.days[-1].day if data.days else data.start
    weeks = len(data.days) // 7
    parts = [
        f"<h1>Medication schedule — {_e(data.person)}</h1>",
        f"<p><b>{weeks} week{'s' if weeks != 1 else ''}: {_day(data.start)} to {_day(last)}."
        f"</b> Times are in {_e(data.timezone)}. Printed {_day(data.made_at.date())} "
        f"{data.made_at:%H:%M}.</p>",
        f"<p>{_e(PRESCRIBER_LINE)}</p>",
        _red_flag_box(),
    ]
    serious = [f for f in data.findings if f.severity != "info"]
    if serious:
        parts.append("<h2>Warnings for this plan</h2>")
        parts.append(_findings_table(serious))
    if data.as_needed:
        parts.append("<h2>As needed (not on the timetable)</h2>")
        rows = []
        for m in data.as_needed:
            limits = []
            if m.max_per_day:
                limits.append(f"at most {m.max_per_day} doses a day")
            if m.min_interval_hours is not None:
                limits.append(f"at least {wording.hours(m.min_interval_hours)} apart")
            rows.append(
                f"<tr><td><b>{_e(m.name)}</b></td><td>{_e(str(m.dose))}</td>"
                f"<td>{_e(', '.join(limits) or 'ask your prescriber how often')}</td></tr>"
            )
        parts.append(_table(["Medicine", "Dose", "How often"], rows))
    parts.append("<h2>Day by day</h2>")
    parts.append(
        "<p>Tick each dose when you have taken it. "
        "<b>NEW STEP</b> marks a day the dose changes.</p>"
    )
    for day in data.days:
        parts.append(_day_table(day.day, day))
    advice = [f for f in data.findings if f.severity == "info"]
    if advice:
        parts.append("<h2>Good to know</h2>")
        parts.append(_findings_table(advice))
    return _page(parts)


def _day_table(day: date, sd: ScheduleDay) -> str:
    """One day: its name, what changes that day, then its doses with a box to tick."""
    rows = [
        f'<tr><td colspan="4" bgcolor="#e6e6e6" style="font-size: 120%"><b>{_day(day)}</b></td>'
        "</tr>"
    ]
    for mark in sd.marks:
        label = _MARK_LABELS[mark.kind]
        rows.append(
            f'<tr><td colspan="4" bgcolor="#fff4d6"><b>{label}:</b> {_e(mark.text)}</td></tr>'
        )
    if not sd.doses:
        rows.append('<tr><td colspan="4">No scheduled doses.</td></tr>')
    else:
        rows.append(
            '<tr><th align="left">Time</th><th align="left">Medicine</th>'
            '<th align="left">Dose</th><th>Taken</th></tr>'
        )
    for dose in sd.doses:
        note = ""
        if dose.shifted:
            note = f" <i>({dose.wall:%H:%M} does not exist today: clocks go forward)</i>"
        rows.append(
            f'<tr><td width="16%"><b>{dose.at:%H:%M}</b></td>'
            f'<td width="44%">{_e(dose.medication)}{note}</td>'
            f'<td width="22%"><b>{_e(str(dose.dose))}</b></td>'
            '<td width="18%" align="center">☐</td></tr>'
        )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="5" '
        'style="border-collapse: collapse; margin-top: 10px">' + "".join(rows) + "</table>"
    )


_MARK_LABELS = {"step": "NEW STEP", "start": "START", "stop": "LAST DAY", "clock": "CLOCKS"}


def _red_flag_box() -> str:
    emergency = [
        r.label.lower() if r.emergency_from == "mild" else f"{r.emergency_from} {r.label.lower()}"
        for r in RULES.values()
        if r.emergency_from is not None
    ]
    tell = [r.label.lower() for r in RULES.values() if r.emergency_from != "mild"]
    return (
        '<table width="100%" border="3" cellspacing="0" cellpadding="8" '
        'style="border-color: #b00020; border-style: solid; margin-top: 8px">'
        '<tr><td bgcolor="#fde8ea">'
        f'<p style="font-size: 130%"><img src="mp:danger" width="28" height="28"> '
        f"<b>{EMERGENCY_HEADLINE}</b> if you have: <b>{_e(_listed(emergency))}</b>.</p>"
        f"<p>{_e(EMERGENCY_WHAT_TO_DO)}</p>"
        f'<p><img src="mp:info" width="20" height="20"> <b>Tell your prescriber</b> about '
        f"milder {_e(_listed(tell))}. {_e(TELL_PRESCRIBER)}</p>"
        "</td></tr></table>"
    )


# --------------------------------------------------------------------------- the report


def report_html(data: ReportData) -> str:
    parts = [
        f"<h1>Report for the doctor — {_e(data.person)}</h1>",
        f"<p><b>{_day(data.since)} to {_day(data.until)}</b> (times in {_e(data.timezone)}). "
        f"Made {_day(data.now.date())} {data.now:%H:%M} by MedPlanner {__version__} from the "
        "person's own records.</p>",
        f"<p>{_e(PRESCRIBER_LINE)}</p>",
    ]
    parts += [f"<p><i>{_e(n)}</i></p>" for n in data.notes]
    if data.red_flags:
        items = "".join(
            f"<li><b>{_e(e.label)}</b>, {_when(e.at, data)}"
            + (f": {_e(e.note)}" if e.note else "")
            + "</li>"
            for e in data.red_flags
        )
        parts.append(
            '<table width="100%" border="3" cellspacing="0" cellpadding="8" '
            'style="border-color: #b00020; border-style: solid">'
            '<tr><td bgcolor="#fde8ea"><p style="font-size: 120%">'
            '<img src="mp:danger" width="24" height="24"> <b>Red-flag symptoms in this '
            f"period ({len(data.red_flags)})</b></p><ul>{items}</ul>"
            "<p>The person was told to get emergency help at once.</p></td></tr></table>"
        )
    parts.append("<h2>Adherence per medication</h2>")
    rows = []
    for a in data.adherence:
        pct = f"{a.percent} %" if a.percent is not None else "–"
        rows.append(
            f"<tr><td><b>{_e(a.medication)}</b></td><td align='right'>{a.scheduled}</td>"
            f"<td align='right'>{a.taken}</td><td align='right'>{a.skipped}</td>"
            f"<td align='right'>{a.missed}</td><td align='right'><b>{pct}</b></td>"
            f"<td align='right'>{a.flagged}</td></tr>"
        )
    parts.append(
        _table(
            ["Medicine", "Due", "Taken", "Skipped", "Missed", "Taken %", "Over a warning"],
            rows or ["<tr><td colspan='7'>No scheduled doses in this period.</td></tr>"],
            widths=[24, 9, 10, 13, 11, 12, 21],
        )
    )
    parts.append(
        "<p><i>Doses due: scheduled doses whose answer time (the grace period) has passed. "
        "Missed: no taken or skipped answer was recorded.</i></p>"
    )
    if data.as_needed_taken:
        listed = ", ".join(f"{_e(k)}: {v}" for k, v in data.as_needed_taken.items())
        parts.append(f"<p><b>As-needed doses taken:</b> {listed}.</p>")
    parts.append(f"<h2>Missed doses ({len(data.missed)})</h2>")
    if data.missed:
        rows = [
            f"<tr><td>{_day(s.dose.day)}</td><td>{s.dose.at:%H:%M}</td>"
            f"<td>{_e(s.dose.medication)}</td><td>{_e(str(s.dose.dose))}</td></tr>"
            for s in data.missed
        ]
        parts.append(_table(["Day", "Time", "Medicine", "Dose"], rows))
    else:
        parts.append("<p>None.</p>")
    parts.append(
        f"<h2>Doses recorded over a warning — doubled or too soon ({len(data.flagged)})</h2>"
    )
    if data.flagged:
        rows = []
        for e in data.flagged:
            slot = f"the {e.slot.wall:%H:%M} dose of {_day(e.slot.day)}" if e.slot else "as needed"
            rows.append(
                f"<tr><td>{_when(e.at, data)}</td><td>{_e(e.medication)}</td>"
                f"<td>{_e(str(e.amount or ''))}</td><td>{_e(slot)}</td>"
                f"<td>{'yes' if e.confirmed else 'no'}</td></tr>"
            )
        parts.append(
            _table(
                ["Taken at", "Medicine", "Dose", "For", "Confirmed over the warning"],
                rows,
                widths=[22, 18, 12, 28, 20],
            )
        )
    else:
        parts.append("<p>None.</p>")
    parts.append(_diary_section(data))
    parts.append("<h2>Standing findings of the current plan</h2>")
    parts.append(_findings_table(data.findings) if data.findings else "<p>No findings.</p>")
    parts.append("<h2>Plan history (newest first)</h2>")
    for change in data.history:
        what = "; ".join(change.changes)
        parts.append(
            f"<p><b>Version {change.version}</b>, stored {_day(change.stored_at.date())} "
            f"{change.stored_at:%H:%M}"
            + (f" — {_e(what)}" if what else " — first version")
            + "</p><ul>"
            + "".join(f"<li>{_e(line)}</li>" for line in change.summary)
            + "</ul>"
        )
    return _page(parts)


def _diary_section(data: ReportData) -> str:
    head = f"<h2>Symptom diary ({len(data.diary)} entries)</h2>"
    if not data.diary:
        return head + "<p>No entries in this period.</p>"
    rows = []
    for e in data.diary:
        withdrawal = data.withdrawn.get(e.id or 0)
        flag = (
            '<img src="mp:danger" width="14" height="14"> <b>RED FLAG</b>'
            if is_red_flag(e.symptom, e.severity)
            else '<img src="mp:info" width="14" height="14"> tell the prescriber'
        )
        note = _e(e.note or "")
        if withdrawal is not None:
            flag = "withdrawn"
            when = _when(withdrawal.recorded_at, data)
            note += f" <i>(withdrawn {when}: {_e(withdrawal.note or '')})</i>"
        rows.append(
            f"<tr><td>{_when(e.at, data)}</td><td><b>{_e(e.rule.label)}</b></td>"
            f"<td>{e.severity}</td><td>{flag}</td><td>{note}</td></tr>"
        )
    return head + _table(
        ["When", "Symptom", "Severity", "Action", "Note"], rows, widths=[20, 20, 12, 20, 28]
    )


# --------------------------------------------------------------------------- pieces


def _findings_table(findings: Iterable[Finding]) -> str:
    rows = []
    for f in findings:
        where = f" ({_day(f.date)})" if f.date is not None else ""
        meds = f.medication + (f" + {f.other}" if f.other else "")
        rows.append(
            f'<tr><td width="18%"><img src="mp:{f.severity}" width="16" height="16"> '
            f"<b>{_SIGN_WORDS[f.severity]}</b></td>"
            f"<td><b>{_e(meds)}</b>{where}: {_e(f.message)}"
            f'<br><span style="font-size: 80%">Source: {_e(f.source)}</span></td></tr>'
        )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        + "".join(rows)
        + "</table>"
    )


def _table(headers: list[str], rows: list[str], widths: list[int] | None = None) -> str:
    """A table whose header row repeats on every page it spans."""
    sizes = widths or [0] * len(headers)
    head = "".join(
        f'<th align="left" bgcolor="#e6e6e6"{f" width={w}%" if w else ""}>{_e(h)}</th>'
        for h, w in zip(headers, sizes, strict=True)
    )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _page(parts: list[str]) -> str:
    style = (
        "h1 { font-size: 180%; } h2 { font-size: 140%; margin-top: 14px; } "
        "th { font-weight: bold; } td { vertical-align: top; }"
    )
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _when(moment: datetime, data: ReportData) -> str:
    local = moment.astimezone(data.now.tzinfo)
    return f"{_day(local.date())} {local:%H:%M}"


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


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
