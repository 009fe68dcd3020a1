"""The printable documents as HTML: the schedule (:func:`schedule_html`) and the doctor's
report (:func:`report_html`), with their tables and the severity signs as words and
icons (the icons are drawn by :mod:`medplanner.export.pdf`, which lays these out on
pages and re-exports every name)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime

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
