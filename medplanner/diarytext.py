"""Terminal words for the symptom diary (``medplanner diary``).

The emergency words themselves live in :mod:`medplanner.core.diary`, shared with the
desktop banner and the doctor's report; this only lays them out for a terminal. Every word
goes through the gettext catalogue (:mod:`medplanner.core.i18n`); the words from
:mod:`medplanner.core.diary` (its constants and rules) are translated here, where they are
used. Citations (``source``) are never translated.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from medplanner.core.diary import (
    EMERGENCY_HEADLINE,
    EMERGENCY_WHAT_TO_DO,
    Assessment,
    DiaryEntry,
    assess,
    standing,
)
from medplanner.core.i18n import _
from medplanner.textbase import format_moment

_WIDTH = 78
_BAR = "=" * _WIDTH


def emergency_banner(flags: Sequence[DiaryEntry], tz: tzinfo) -> str:
    """The unmistakable block for red-flag entries (newest first)."""
    what = ", ".join(dict.fromkeys(e.label.lower() for e in flags))
    lines = [_BAR, f"⛔ {_(EMERGENCY_HEADLINE)} — {what}", _BAR]
    for entry in flags:
        felt = entry.at.astimezone(tz)
        # Translators: {symptom} is a diary symptom with its severity ("Confusion (severe)"),
        # {when} a date and time; {why} is one sentence on why it matters.
        text = _("{symptom} (noted {when}): {why}").format(
            symptom=entry.label, when=_when(felt), why=entry.rule.why
        )
        lines.extend(textwrap.wrap(text, _WIDTH))
    lines.extend(textwrap.wrap(_(EMERGENCY_WHAT_TO_DO), _WIDTH))
    lines.append(_BAR)
    return "\n".join(lines)


def format_recorded(person: str, entry: DiaryEntry, verdict: Assessment, tz: tzinfo) -> str:
    felt = entry.at.astimezone(tz)
    # Translators: {id} is the entry's number; {symptom} like "nausea (mild)"; {when} a date
    # and time.
    done = _("Recorded in {person}'s diary (entry {id}): {symptom}, {when}.").format(
        person=person, id=entry.id, symptom=entry.label.lower(), when=_when(felt)
    )
    if entry.note:
        # Translators: {note} is what the person wrote with the entry.
        done += " " + _('Note: "{note}".').format(note=entry.note)
    lines: list[str] = []
    if verdict.is_emergency:
        lines.append(emergency_banner([entry], tz))
        lines.append("")
        lines.append(done)
    else:
        lines.append(done)
        lines.extend(textwrap.wrap(f"ⓘ {verdict.why} {verdict.what_to_do}", _WIDTH))
    # Translators: {source} is the label or guideline the advice comes from.
    source = _("Source: {source}").format(source=verdict.source)
    lines.extend(textwrap.wrap(source, _WIDTH, subsequent_indent="  "))
    return "\n".join(lines)


def format_withdrawn(person: str, withdrawal: DiaryEntry, tz: tzinfo) -> str:
    # Translators: {entry} and {id} are entry numbers; {symptom} like "nausea (mild)"; {when}
    # a date and time; {reason} the reason the person gave.
    return _(
        'Withdrawn from {person}\'s diary: entry {entry} ({symptom}, {when}), because "{reason}". '
        "Both stay in the record (entry {id})."
    ).format(
        person=person,
        entry=withdrawal.withdraws,
        symptom=withdrawal.label.lower(),
        when=_when(withdrawal.at.astimezone(tz)),
        reason=withdrawal.note,
        id=withdrawal.id,
    )


def format_safe(person: str, at: datetime, ended: Sequence[DiaryEntry], tz: tzinfo) -> str:
    """What ``diary --safe`` did, in words."""
    # Translators: "I'm safe now" is the words of the desktop app's button; {when} a date
    # and time.
    said = _("Noted in {person}'s diary: \"I'm safe now\" at {when}.").format(
        person=person, when=_when(at.astimezone(tz))
    )
    if not ended:
        return said + " " + _("No red flag was standing.")
    what = ", ".join(dict.fromkeys(e.label.lower() for e in ended))
    # Translators: {symptoms} lists diary symptoms ("confusion (severe), seizures (mild)").
    ends = _(
        "The emergency warning for {symptoms} ends; sedating doses can be recorded again. If "
        "the symptom comes back or gets worse, write it down again and get help. Tell your "
        "prescriber at your next visit."
    ).format(symptoms=what)
    return "\n".join(textwrap.wrap(f"{said} {ends}", _WIDTH))


def format_diary(
    person: str, rows: Sequence[DiaryEntry], flags: Sequence[DiaryEntry], tz: tzinfo, days: int
) -> str:
    lines: list[str] = []
    if flags:
        lines.extend([emergency_banner(flags, tz), ""])
    zone = getattr(tz, "key", str(tz))
    lines.append(
        # Translators: the head of `medplanner diary`; {zone} is an IANA zone like Europe/Berlin.
        _("{person}'s symptom diary — the last {days} days (times in {zone})").format(
            person=person, days=days, zone=zone
        )
    )
    live = {e.id for e in standing(rows)}
    why = {e.withdraws: e for e in rows if e.kind == "withdrawal"}
    entries = [e for e in rows if e.kind == "entry"]
    if not entries:
        lines.append(_("No entries. Add one with: medplanner diary SYMPTOM --severity mild"))
    for e in sorted(entries, key=lambda x: (x.at, x.id or 0), reverse=True):
        sign = "⛔" if e.is_red_flag else "ⓘ"
        # Translators: marks a diary entry that is an emergency sign.
        flag = " — " + _("RED FLAG") if e.is_red_flag else ""
        line = f"  #{e.id:<4} {_when(e.at.astimezone(tz))}  {sign} {e.label}{flag}"
        if e.id not in live:
            w = why.get(e.id)
            if w is not None:
                # Translators: a withdrawn diary entry; {reason} is the reason the person gave.
                line += "  " + _("[withdrawn: {reason}]").format(reason=w.note)
            else:
                line += "  " + _("[withdrawn]")
        lines.append(line)
        if e.note:
            lines.append(f"         {e.note}")
    return "\n".join(lines)


def entry_json(entry: DiaryEntry, tz: tzinfo) -> dict[str, Any]:
    verdict = assess(entry.symptom, entry.severity)
    return {
        "id": entry.id,
        "kind": entry.kind,
        "symptom": entry.symptom,
        "severity": entry.severity,
        "at": entry.at.astimezone(tz).isoformat(),
        "note": entry.note,
        "withdraws": entry.withdraws,
        "red_flag": entry.is_red_flag,
        "action": verdict.action if entry.kind == "entry" else None,
        "source": verdict.source,
    }


def _when(moment: datetime) -> str:
    """``Wed 6 Jan 2027 14:00``."""
    return format_moment(moment.date(), f"{moment:%H:%M}")
