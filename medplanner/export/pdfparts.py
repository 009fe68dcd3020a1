"""The printable documents' shared HTML: the prescriber line, severity words, the findings
table, tables, headings, pages, dates (used by :mod:`medplanner.export.pdfhtml` and
:mod:`medplanner.export.pdfreport`)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime

from medplanner.core import wording
from medplanner.core.i18n import N_, _
from medplanner.core.model import Finding
from medplanner.export.report import ReportData

PRESCRIBER_LINE = N_(
    "MedPlanner checks, reminds and explains; it does not replace your prescriber or "
    "pharmacist. Ask them if a warning worries you."
)
_SIGN_WORDS = {"danger": N_("Danger"), "warning": N_("Warning"), "info": N_("Info")}


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
