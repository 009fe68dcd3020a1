"""The doctor's report as HTML (:func:`report_html`): the plan, adherence, findings and the
diary; importable from :mod:`medplanner.export.pdfhtml` and :mod:`medplanner.export.pdf`."""

from __future__ import annotations

from medplanner import __version__
from medplanner.core.diary import (
    is_red_flag,
    severity_word,
)
from medplanner.core.i18n import _, ngettext
from medplanner.export.pdfparts import (
    PRESCRIBER_LINE,
    _day,
    _e,
    _findings_table,
    _h,
    _page,
    _table,
    _when,
)
from medplanner.export.report import ReportData

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
