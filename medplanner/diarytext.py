"""Terminal words for the symptom diary (``medplanner diary``).

The emergency words themselves live in :mod:`medplanner.core.diary`, shared with the
desktop banner and the doctor's report; this only lays them out for a terminal.
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

_WIDTH = 78
_BAR = "=" * _WIDTH


def emergency_banner(flags: Sequence[DiaryEntry], tz: tzinfo) -> str:
    """The unmistakable block for red-flag entries (newest first)."""
    what = ", ".join(dict.fromkeys(e.label.lower() for e in flags))
    lines = [_BAR, f"⛔ {EMERGENCY_HEADLINE} — {what}", _BAR]
    for entry in flags:
        felt = entry.at.astimezone(tz)
        text = f"{entry.label} (noted {_when(felt)}): {entry.rule.why}"
        lines.extend(textwrap.wrap(text, _WIDTH))
    lines.extend(textwrap.wrap(EMERGENCY_WHAT_TO_DO, _WIDTH))
    lines.append(_BAR)
    return "\n".join(lines)


def format_recorded(person: str, entry: DiaryEntry, verdict: Assessment, tz: tzinfo) -> str:
    felt = entry.at.astimezone(tz)
    done = f"Recorded in {person}'s diary (entry {entry.id}): {entry.label.lower()}, {_when(felt)}."
    if entry.note:
        done += f' Note: "{entry.note}".'
    lines: list[str] = []
    if verdict.is_emergency:
        lines.append(emergency_banner([entry], tz))
        lines.append("")
        lines.append(done)
    else:
        lines.append(done)
        lines.extend(textwrap.wrap(f"ⓘ {verdict.why} {verdict.what_to_do}", _WIDTH))
    lines.extend(textwrap.wrap(f"Source: {verdict.source}", _WIDTH, subsequent_indent="  "))
    return "\n".join(lines)


def format_withdrawn(person: str, withdrawal: DiaryEntry, tz: tzinfo) -> str:
    return (
        f"Withdrawn from {person}'s diary: entry {withdrawal.withdraws} "
        f"({withdrawal.label.lower()}, {_when(withdrawal.at.astimezone(tz))}), because "
        f'"{withdrawal.note}". Both stay in the record (entry {withdrawal.id}).'
    )


def format_safe(person: str, at: datetime, ended: Sequence[DiaryEntry], tz: tzinfo) -> str:
    """What ``diary --safe`` did, in words."""
    said = f"Noted in {person}'s diary: \"I'm safe now\" at {_when(at.astimezone(tz))}."
    if not ended:
        return f"{said} No red flag was standing."
    what = ", ".join(dict.fromkeys(e.label.lower() for e in ended))
    return "\n".join(
        textwrap.wrap(
            f"{said} The emergency warning for {what} ends; sedating doses can be recorded "
            "again. If the symptom comes back or gets worse, write it down again and get "
            "help. Tell your prescriber at your next visit.",
            _WIDTH,
        )
    )


def format_diary(
    person: str, rows: Sequence[DiaryEntry], flags: Sequence[DiaryEntry], tz: tzinfo, days: int
) -> str:
    lines: list[str] = []
    if flags:
        lines.extend([emergency_banner(flags, tz), ""])
    zone = getattr(tz, "key", str(tz))
    lines.append(f"{person}'s symptom diary — the last {days} days (times in {zone})")
    live = {e.id for e in standing(rows)}
    why = {e.withdraws: e for e in rows if e.kind == "withdrawal"}
    entries = [e for e in rows if e.kind == "entry"]
    if not entries:
        lines.append("No entries. Add one with: medplanner diary SYMPTOM --severity mild")
    for e in sorted(entries, key=lambda x: (x.at, x.id or 0), reverse=True):
        sign = "⛔" if e.is_red_flag else "ⓘ"
        flag = " — RED FLAG" if e.is_red_flag else ""
        line = f"  #{e.id:<4} {_when(e.at.astimezone(tz))}  {sign} {e.label}{flag}"
        if e.id not in live:
            w = why.get(e.id)
            line += f"  [withdrawn: {w.note}]" if w is not None else "  [withdrawn]"
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
    return f"{moment:%a} {moment.day} {moment:%b %Y} {moment:%H:%M}"
