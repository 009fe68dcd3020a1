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
    severity_word,
)
from medplanner.core.i18n import N_, _, ngettext
from medplanner.core.model import Finding
from medplanner.export.report import ReportData, ScheduleData, ScheduleDay

PRESCRIBER_LINE = N_(
    "MedPlanner checks, reminds and explains; it does not replace your prescriber or "
    "pharmacist. Ask them if a warning worries you."
)
_SIGN_WORDS = {"danger": N_("Danger"), "warning": N_("Warning"), "info": N_("Info")}


# --------------------------------------------------------------------------- the schedule


def schedule_html(data: ScheduleData) -> str:
    last = data.days[-1].day if data.days else data.start
    weeks = len(data.days) // 7
    span = ngettext("{n} week: {start} to {end}.", "{n} weeks: {start} to {end}.", weeks)
    parts = [
        _h(1, _("Medication schedule — {person}").format(person=data.person)),
        "<p><b>"
        + _e(span.format(n=weeks, start=_day(data.start), end=_day(last)))
        + "</b> "
        + _e(
            _("Times are in {zone}. Printed {day} {time}.").format(
                zone=data.timezone, day=_day(data.made_at.date()), time=f"{data.made_at:%H:%M}"
            )
        )
        + "</p>",
        f"<p>{_e(_(PRESCRIBER_LINE))}</p>",
        _red_flag_box(),
    ]
    serious = [f for f in data.findings if f.severity != "info"]
    if serious:
        parts.append(_h(2, _("Warnings for this plan")))
        parts.append(_findings_table(serious))
    if data.as_needed:
        parts.append(_h(2, _("As needed (not on the timetable)")))
        rows = []
        for m in data.as_needed:
            limits = []
            if m.max_per_day:
                limits.append(_("at most {n} doses a day").format(n=m.max_per_day))
            if m.min_interval_hours is not None:
                limits.append(
                    _("at least {hours} apart").format(hours=wording.hours(m.min_interval_hours))
                )
            how_often = ", ".join(limits) or _("ask your prescriber how often")
            rows.append(
                f"<tr><td><b>{_e(m.name)}</b></td><td>{_e(str(m.dose))}</td>"
                f"<td>{_e(how_often)}</td></tr>"
            )
        # Translators: table headers of the printed schedule's as-needed medicines.
        parts.append(_table([_("Medicine"), _("Dose"), _("How often")], rows))
    parts.append(_h(2, _("Day by day")))
    parts.append(
        "<p>"
        + _(
            "Tick each dose when you have taken it. <b>{new_step}</b> marks a day the dose changes."
        ).format(new_step=_e(_(_MARK_LABELS["step"])))
        + "</p>"
    )
    for day in data.days:
        parts.append(_day_table(day.day, day))
    advice = [f for f in data.findings if f.severity == "info"]
    if advice:
        parts.append(_h(2, _("Good to know")))
        parts.append(_findings_table(advice))
    return _page(parts)


def _day_table(day: date, sd: ScheduleDay) -> str:
    """One day: its name, what changes that day, then its doses with a box to tick."""
    rows = [
        f'<tr><td colspan="4" bgcolor="#e6e6e6" style="font-size: 120%"><b>{_day(day)}</b></td>'
        "</tr>"
    ]
    for mark in sd.marks:
        label = _e(_(_MARK_LABELS[mark.kind]))
        rows.append(
            f'<tr><td colspan="4" bgcolor="#fff4d6"><b>{label}:</b> {_e(mark.text)}</td></tr>'
        )
    if not sd.doses:
        rows.append(f'<tr><td colspan="4">{_e(_("No scheduled doses."))}</td></tr>')
    else:
        rows.append(
            f'<tr><th align="left">{_e(_("Time"))}</th><th align="left">{_e(_("Medicine"))}</th>'
            f'<th align="left">{_e(_("Dose"))}</th><th>{_e(_("Taken"))}</th></tr>'
        )
    for dose in sd.doses:
        note = ""
        if dose.shifted:
            gone = _("{time} does not exist today: clocks go forward").format(
                time=f"{dose.wall:%H:%M}"
            )
            note = f" <i>({_e(gone)})</i>"
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


_MARK_LABELS = {
    "step": N_("NEW STEP"),
    "start": N_("START"),
    "stop": N_("LAST DAY"),
    "clock": N_("CLOCKS"),
}


def _red_flag_box() -> str:
    emergency = [
        r.label.lower()
        if r.emergency_from == "mild"
        # Translators: e.g. "severe confusion": a severity word, then a symptom.
        else _("{severity} {symptom}").format(
            severity=severity_word(r.emergency_from), symptom=r.label.lower()
        )
        for r in RULES.values()
        if r.emergency_from is not None
    ]
    tell = [r.label.lower() for r in RULES.values() if r.emergency_from != "mild"]
    headline = _("<b>{headline}</b> if you have: <b>{symptoms}</b>.").format(
        headline=_e(_(EMERGENCY_HEADLINE)), symptoms=_e(_listed(emergency))
    )
    tell_line = _("<b>Tell your prescriber</b> about milder {symptoms}.").format(
        symptoms=_e(_listed(tell))
    )
    return (
        '<table width="100%" border="3" cellspacing="0" cellpadding="8" '
        'style="border-color: #b00020; border-style: solid; margin-top: 8px">'
        '<tr><td bgcolor="#fde8ea">'
        f'<p style="font-size: 130%"><img src="mp:danger" width="28" height="28"> '
        f"{headline}</p>"
        f"<p>{_e(_(EMERGENCY_WHAT_TO_DO))}</p>"
        f'<p><img src="mp:info" width="20" height="20"> '
        f"{tell_line} {_e(_(TELL_PRESCRIBER))}</p>"
        "</td></tr></table>"
    )


# --------------------------------------------------------------------------- the report


def report_html(data: ReportData) -> str:
    made = _(
        "<b>{since} to {until}</b> (times in {zone}). Made {day} {time} by MedPlanner "
        "{version} from the person's own records."
    ).format(
        since=_day(data.since),
        until=_day(data.until),
        zone=_e(data.timezone),
        day=_day(data.now.date()),
        time=f"{data.now:%H:%M}",
        version=__version__,
    )
    parts = [
        _h(1, _("Report for the doctor — {person}").format(person=data.person)),
        f"<p>{made}</p>",
        f"<p>{_e(_(PRESCRIBER_LINE))}</p>",
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
            '<img src="mp:danger" width="24" height="24"> <b>'
            + _e(_("Red-flag symptoms in this period ({n})").format(n=len(data.red_flags)))
            + f"</b></p><ul>{items}</ul>"
            + f"<p>{_e(_('The person was told to get emergency help at once.'))}</p>"
            + "</td></tr></table>"
        )
    parts.append(_h(2, _("Adherence per medication")))
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
            # Translators: table headers of the doctor's report's adherence table.
            [
                _("Medicine"),
                _("Due"),
                _("Taken"),
                _("Skipped"),
                _("Missed"),
                _("Taken %"),
                _("Over a warning"),
            ],
            rows
            or [f"<tr><td colspan='7'>{_e(_('No scheduled doses in this period.'))}</td></tr>"],
            widths=[24, 9, 10, 13, 11, 12, 21],
        )
    )
    explained = _(
        "Doses due: scheduled doses whose answer time (the grace period) has passed. "
        "Missed: no taken or skipped answer was recorded."
    )
    parts.append(f"<p><i>{_e(explained)}</i></p>")
    if data.as_needed_taken:
        listed = ", ".join(f"{_e(k)}: {v}" for k, v in data.as_needed_taken.items())
        parts.append(
            "<p>" + _("<b>As-needed doses taken:</b> {list}.").format(list=listed) + "</p>"
        )
    parts.append(_h(2, _("Missed doses ({n})").format(n=len(data.missed))))
    if data.missed:
        rows = [
            f"<tr><td>{_day(s.dose.day)}</td><td>{s.dose.at:%H:%M}</td>"
            f"<td>{_e(s.dose.medication)}</td><td>{_e(str(s.dose.dose))}</td></tr>"
            for s in data.missed
        ]
        parts.append(_table([_("Day"), _("Time"), _("Medicine"), _("Dose")], rows))
    else:
        parts.append(f"<p>{_e(_('None.'))}</p>")
    parts.append(
        _h(
            2,
            _("Doses recorded over a warning — doubled or too soon ({n})").format(
                n=len(data.flagged)
            ),
        )
    )
    if data.flagged:
        rows = []
        for e in data.flagged:
            if e.slot:
                slot = _("the {time} dose of {day}").format(
                    time=f"{e.slot.wall:%H:%M}", day=_day(e.slot.day)
                )
            else:
                slot = _("as needed")
            rows.append(
                f"<tr><td>{_when(e.at, data)}</td><td>{_e(e.medication)}</td>"
                f"<td>{_e(str(e.amount or ''))}</td><td>{_e(slot)}</td>"
                f"<td>{_e(_('yes') if e.confirmed else _('no'))}</td></tr>"
            )
        parts.append(
            _table(
                [
                    _("Taken at"),
                    _("Medicine"),
                    _("Dose"),
                    _("For"),
                    _("Confirmed over the warning"),
                ],
                rows,
                widths=[22, 18, 12, 28, 20],
            )
        )
    else:
        parts.append(f"<p>{_e(_('None.'))}</p>")
    parts.append(_diary_section(data))
    parts.append(_h(2, _("Standing findings of the current plan")))
    parts.append(
        _findings_table(data.findings) if data.findings else f"<p>{_e(_('No findings.'))}</p>"
    )
    parts.append(_h(2, _("Plan history (newest first)")))
    for change in data.history:
        what = "; ".join(change.changes)
        stored = _("<b>Version {version}</b>, stored {day} {time}").format(
            version=change.version,
            day=_day(change.stored_at.date()),
            time=f"{change.stored_at:%H:%M}",
        )
        parts.append(
            f"<p>{stored}"
            + (f" — {_e(what)}" if what else " — " + _e(_("first version")))
            + "</p><ul>"
            + "".join(f"<li>{_e(line)}</li>" for line in change.summary)
            + "</ul>"
        )
    return _page(parts)


def _diary_section(data: ReportData) -> str:
    count = len(data.diary)
    head = _h(
        2,
        ngettext("Symptom diary ({n} entry)", "Symptom diary ({n} entries)", count).format(n=count),
    )
    if not data.diary:
        return head + f"<p>{_e(_('No entries in this period.'))}</p>"
    rows = []
    for e in data.diary:
        withdrawal = data.withdrawn.get(e.id or 0)
        flag = (
            f'<img src="mp:danger" width="14" height="14"> <b>{_e(_("RED FLAG"))}</b>'
            if is_red_flag(e.symptom, e.severity)
            else f'<img src="mp:info" width="14" height="14"> {_e(_("tell the prescriber"))}'
        )
        note = _e(e.note or "")
        if withdrawal is not None:
            flag = _e(_("withdrawn"))
            withdrawn = _("withdrawn {when}: {note}").format(
                when=_when(withdrawal.recorded_at, data), note=withdrawal.note or ""
            )
            note += f" <i>({_e(withdrawn)})</i>"
        rows.append(
            f"<tr><td>{_when(e.at, data)}</td><td><b>{_e(e.rule.label)}</b></td>"
            f"<td>{_e(severity_word(e.severity))}</td><td>{flag}</td><td>{note}</td></tr>"
        )
    return head + _table(
        [_("When"), _("Symptom"), _("Severity"), _("Action"), _("Note")],
        rows,
        widths=[20, 20, 12, 20, 28],
    )


# --------------------------------------------------------------------------- pieces


def _findings_table(findings: Iterable[Finding]) -> str:
    rows = []
    for f in findings:
        where = f" ({_day(f.date)})" if f.date is not None else ""
        meds = f.medication + (f" + {f.other}" if f.other else "")
        rows.append(
            f'<tr><td width="18%"><img src="mp:{f.severity}" width="16" height="16"> '
            f"<b>{_e(_(_SIGN_WORDS[f.severity]))}</b></td>"
            f"<td><b>{_e(meds)}</b>{where}: {_e(f.message)}"
            f'<br><span style="font-size: 80%">'
            + _e(_("Source: {source}").format(source=f.source))
            + "</span></td></tr>"
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


def _h(level: int, text: str) -> str:
    """A heading of plain ``text`` (escaped)."""
    return f"<h{level}>{_e(text)}</h{level}>"


def _day(day: date) -> str:
    return wording.weekday_date(day)


def _when(moment: datetime, data: ReportData) -> str:
    local = moment.astimezone(data.now.tzinfo)
    return f"{_day(local.date())} {local:%H:%M}"


def _listed(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    # Translators: the end of a list of symptoms, e.g. "fainting, confusion or seizures".
    return _("{items} or {last}").format(items=", ".join(items[:-1]), last=items[-1])
