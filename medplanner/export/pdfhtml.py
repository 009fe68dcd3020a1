"""The printable documents as HTML: the schedule (:func:`schedule_html`) and the doctor's
report (:func:`report_html`), with their tables and the severity signs as words and
icons (the icons are drawn by :mod:`medplanner.export.pdf`, which lays these out on
pages and re-exports every name). The report is built in :mod:`medplanner.export.pdfreport`,
from the shared parts of :mod:`medplanner.export.pdfparts`; both re-exported here."""

from __future__ import annotations

from datetime import date

from medplanner.core import wording
from medplanner.core.diary import (
    EMERGENCY_HEADLINE,
    EMERGENCY_WHAT_TO_DO,
    RULES,
    TELL_PRESCRIBER,
    severity_word,
)
from medplanner.core.i18n import N_, _, ngettext
from medplanner.export.pdfparts import (
    PRESCRIBER_LINE,
    _day,
    _e,
    _findings_table,
    _h,
    _listed,
    _page,
    _table,
)
from medplanner.export.pdfreport import report_html
from medplanner.export.report import ScheduleData, ScheduleDay

__all__ = ["PRESCRIBER_LINE", "report_html", "schedule_html"]


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
