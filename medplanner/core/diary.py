"""The symptom diary: what a person felt, how badly, and which entries need help now.

Which entries are red flags is data (:data:`RULES`), taken from clinical-notes.md, "Red flags
the diary must escalate": severe drowsiness, confusion, severe weakness, slow or difficult
breathing, hallucinations and seizures -> "seek emergency help now"; drowsiness, dizziness
and nausea -> log it and tell the prescriber. Each rule carries its source. Mild or
moderate weakness is not named there; MedPlanner treats it like drowsiness (log it, tell the
prescriber) — a product rule, and its source says so.

Like the dose log, the diary is append-only: a mistaken entry is withdrawn by a new entry
that names it (``withdraws``); the withdrawn one stays in the record the doctor sees. A red
flag is never silenced: :func:`standing_red_flags` is what the banner shows, and only a
withdrawal (kept and shown) removes an entry from it.

The rules as data are in :mod:`medplanner.core.diaryrules`; every name is importable from
here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from medplanner.core.diaryrules import (
    EMERGENCY_HEADLINE,
    EMERGENCY_WHAT_TO_DO,
    MAX_NOTE_CHARS,
    RED_FLAG_HOURS,
    RULES,
    SEVERITIES,
    SEVERITY_WORDS,
    SYMPTOMS,
    TELL_PRESCRIBER,
    Action,
    EntryKind,
    Symptom,
    SymptomRule,
    SymptomSeverity,
)
from medplanner.core.events import (
    InvalidEvent,
    check_instant,
    check_text,
)
from medplanner.core.i18n import _
from medplanner.core.record import Record

__all__ = [
    "EMERGENCY_HEADLINE",
    "EMERGENCY_WHAT_TO_DO",
    "MAX_NOTE_CHARS",
    "RED_FLAG_HOURS",
    "RULES",
    "SEVERITIES",
    "SEVERITY_WORDS",
    "SYMPTOMS",
    "TELL_PRESCRIBER",
    "Action",
    "Assessment",
    "DiaryEntry",
    "EntryKind",
    "InvalidDiaryEntry",
    "Symptom",
    "SymptomRule",
    "SymptomSeverity",
    "assess",
    "is_red_flag",
    "parse_severity",
    "parse_symptom",
    "severity_word",
    "standing",
    "standing_red_flags",
    "symptom_label",
]

_SEVERITY_RANK: dict[str, int] = {"mild": 0, "moderate": 1, "severe": 2}


class InvalidDiaryEntry(InvalidEvent):
    """A diary entry that cannot go into the diary as it is."""


class DiaryEntry(Record):
    """One line of the diary. ``at``: when it was felt; ``recorded_at``: when written down.

    A ``withdrawal`` names the entry it withdraws in ``withdraws`` and repeats its symptom
    and severity; ``note`` then says why.
    """

    symptom: Symptom
    severity: SymptomSeverity
    at: datetime
    recorded_at: datetime
    note: str | None = None
    kind: EntryKind = "entry"
    withdraws: int | None = None
    id: int | None = None

    def __init__(
        self,
        symptom: Symptom,
        severity: SymptomSeverity,
        at: datetime,
        recorded_at: datetime,
        note: str | None = None,
        kind: EntryKind = "entry",
        withdraws: int | None = None,
        id: int | None = None,
    ) -> None:
        self.__dict__.update(
            symptom=symptom,
            severity=severity,
            at=at,
            recorded_at=recorded_at,
            note=note,
            kind=kind,
            withdraws=withdraws,
            id=id,
        )
        self._validate()

    def _validate(self) -> None:
        if self.symptom not in SYMPTOMS:
            raise InvalidDiaryEntry(
                _('"{symptom}" is not a symptom the diary knows ({symptoms})').format(
                    symptom=self.symptom, symptoms=", ".join(SYMPTOMS)
                )
            )
        if self.severity not in SEVERITIES:
            # Translators: mild, moderate and severe are the words a person types (kept).
            message = _('"{severity}" is not {mild}, {moderate} or {severe}')
            raise InvalidDiaryEntry(
                message.format(
                    severity=self.severity, mild="mild", moderate="moderate", severe="severe"
                )
            )
        if self.kind not in ("entry", "withdrawal"):
            raise InvalidDiaryEntry(
                _('"{kind}" is not a kind of diary entry').format(kind=self.kind)
            )
        if (self.kind == "withdrawal") != (self.withdraws is not None):
            raise InvalidDiaryEntry(_("a withdrawal, and only a withdrawal, names an entry"))
        try:
            check_instant("at", self.at)
            check_instant("recorded_at", self.recorded_at)
            if self.note is not None:
                check_text("note", self.note, MAX_NOTE_CHARS, blank_ok=True)
        except InvalidDiaryEntry:
            raise
        except InvalidEvent as exc:
            raise InvalidDiaryEntry(exc.message) from None
        for name in ("withdraws", "id"):
            value = getattr(self, name)
            if value is not None and (type(value) is not int or value <= 0):
                raise InvalidDiaryEntry(
                    _("{name} must be a positive id, not {value!r}").format(name=name, value=value)
                )

    @property
    def rule(self) -> SymptomRule:
        return RULES[self.symptom]

    @property
    def is_red_flag(self) -> bool:
        return self.kind == "entry" and is_red_flag(self.symptom, self.severity)

    @property
    def label(self) -> str:
        """``Drowsiness (severe)``, in the language in use."""
        return symptom_label(self.symptom, self.severity)


class Assessment(Record):
    """What an entry calls for: emergency help now, or telling the prescriber."""

    action: Action
    headline: str
    why: str
    what_to_do: str
    source: str

    @property
    def is_emergency(self) -> bool:
        return self.action == "emergency"

    def text(self) -> str:
        return _("{headline}: {why} {what_to_do} (Source: {source})").format(
            headline=self.headline, why=self.why, what_to_do=self.what_to_do, source=self.source
        )


def severity_word(severity: SymptomSeverity) -> str:
    """``mild``, ``moderate`` or ``severe``, in the language in use."""
    return _(SEVERITY_WORDS[severity])


def symptom_label(symptom: Symptom, severity: SymptomSeverity) -> str:
    """``Drowsiness (severe)``, in the language in use."""
    # Translators: a symptom and how bad it was, like "Drowsiness (severe)".
    return _("{symptom} ({severity})").format(
        symptom=RULES[symptom].label, severity=severity_word(severity)
    )


def is_red_flag(symptom: Symptom, severity: SymptomSeverity) -> bool:
    threshold = RULES[symptom].emergency_from
    return threshold is not None and _SEVERITY_RANK[severity] >= _SEVERITY_RANK[threshold]


def assess(symptom: Symptom, severity: SymptomSeverity) -> Assessment:
    rule = RULES[symptom]
    label = symptom_label(symptom, severity)
    if is_red_flag(symptom, severity):
        return Assessment(
            "emergency",
            f"⛔ {_(EMERGENCY_HEADLINE)} — {label}",
            rule.why,
            _(EMERGENCY_WHAT_TO_DO),
            rule.source,
        )
    # Translators: a diary entry was written down, like "Dizziness (mild): noted".
    noted = _("{symptom}: noted").format(symptom=label)
    return Assessment("tell-prescriber", f"ⓘ {noted}", rule.why, _(TELL_PRESCRIBER), rule.source)


def parse_symptom(text: str) -> Symptom:
    """A symptom as people type it: any case, spaces or dashes, a few plain synonyms."""
    key = "-".join(text.strip().casefold().replace("_", " ").split())
    key = _SYNONYMS.get(key, key)
    for symptom in SYMPTOMS:
        if key == symptom:
            return symptom
    known = ", ".join(SYMPTOMS)
    raise InvalidDiaryEntry(
        _('"{text}" is not a symptom the diary knows; it knows: {known}').format(
            text=text, known=known
        )
    )


def parse_severity(text: str) -> SymptomSeverity:
    key = text.strip().casefold()
    for severity in SEVERITIES:
        if key == severity:
            return severity
    # Translators: mild, moderate and severe are the words a person types (kept).
    message = _('"{text}" is not a severity: say {mild}, {moderate} or {severe}')
    raise InvalidDiaryEntry(
        message.format(text=text, mild="mild", moderate="moderate", severe="severe")
    )


_SYNONYMS: dict[str, str] = {
    "breathing": "breathing-difficulty",
    "breathing-difficulties": "breathing-difficulty",
    "difficulty-breathing": "breathing-difficulty",
    "slow-breathing": "breathing-difficulty",
    "shortness-of-breath": "breathing-difficulty",
    "hallucination": "hallucinations",
    "seizure": "seizures",
    "fit": "seizures",
    "fits": "seizures",
    "sleepiness": "drowsiness",
    "drowsy": "drowsiness",
    "dizzy": "dizziness",
    "sick": "nausea",
    "confused": "confusion",
    "weak": "weakness",
}


def standing(entries: Iterable[DiaryEntry]) -> list[DiaryEntry]:
    """The entries as the diary now reads: withdrawn entries and the withdrawals left out."""
    items = list(entries)
    gone = {e.withdraws for e in items if e.kind == "withdrawal"}
    return [e for e in items if e.kind == "entry" and e.id not in gone]


def standing_red_flags(
    entries: Sequence[DiaryEntry],
    now: datetime,
    hours: int = RED_FLAG_HOURS,
    safe_marks: Iterable[datetime] = (),
) -> list[DiaryEntry]:
    """Red-flag entries felt in the last ``hours`` (up to ``now``), newest first.

    An entry dated a little in the future (a clock a few minutes off) counts too: it was
    just written, and a red flag errs on the side of being shown. ``safe_marks``: the
    moments the person said "I'm safe now"; a flag felt at or before the latest of them
    (up to ``now``) no longer stands, a flag felt after it does.
    """
    since = now - timedelta(hours=hours)
    said = [m for m in safe_marks if m <= now]
    if said:
        since = max(since, max(said) + timedelta(microseconds=1))
    flags = [e for e in standing(entries) if e.is_red_flag and e.at >= since]
    return sorted(flags, key=lambda e: (e.at, e.id or 0), reverse=True)
