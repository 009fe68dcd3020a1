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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from medplanner.core.events import (
    MAX_REASON_CHARS,
    InvalidEvent,
    check_instant,
    check_text,
)

Symptom = Literal[
    "drowsiness",
    "dizziness",
    "nausea",
    "confusion",
    "weakness",
    "breathing-difficulty",
    "hallucinations",
    "seizures",
]
SYMPTOMS: tuple[Symptom, ...] = (
    "drowsiness",
    "dizziness",
    "nausea",
    "confusion",
    "weakness",
    "breathing-difficulty",
    "hallucinations",
    "seizures",
)
SymptomSeverity = Literal["mild", "moderate", "severe"]
SEVERITIES: tuple[SymptomSeverity, ...] = ("mild", "moderate", "severe")
EntryKind = Literal["entry", "withdrawal"]
Action = Literal["emergency", "tell-prescriber"]

#: How long a red-flag entry keeps the emergency banner up (issue 9: "from the last 24 h").
RED_FLAG_HOURS = 24
MAX_NOTE_CHARS = MAX_REASON_CHARS

EMERGENCY_HEADLINE = "GET EMERGENCY HELP NOW"
EMERGENCY_WHAT_TO_DO = (
    "Call your local emergency number now (for example 112, 999 or 911), or have someone "
    "take you to an emergency department. Tell them which medicines you take: take your "
    "plan or the boxes with you. Do not drive yourself."
)
TELL_PRESCRIBER = (
    "Write it down here and tell your prescriber at your next visit. If it gets worse, or "
    "you are worried, call them or your pharmacist sooner."
)

_NOTES = "MedPlanner clinical notes, 'Red flags the diary must escalate'"
_SEED = (
    "seed article 'Gabapentin and Baclofen' (report excessive drowsiness, confusion, weakness "
    "or breathing difficulties; for severe weakness, difficulty breathing, hallucinations or "
    "seizures seek emergency medical help immediately)"
)
_FDA_2019 = (
    "FDA Drug Safety Communication, 19 Dec 2019 (gabapentinoids: serious breathing "
    "difficulties, with CNS depressants, in COPD and in the elderly)"
)
_BACLOFEN_5_1 = (
    "Ozobax and Lyvispah labels §5.1 (abrupt discontinuation of baclofen: hallucinations and "
    "seizures)"
)
_SEDATION = (
    "Neurontin label and Ozobax/Lyvispah labels, Warnings and Precautions (somnolence, "
    "dizziness; additive effects with other CNS depressants)"
)


@dataclass(frozen=True)
class SymptomRule:
    """What one symptom means at which severity, and where that comes from."""

    symptom: Symptom
    label: str  # words for people ("Slow or difficult breathing")
    emergency_from: SymptomSeverity | None  # the lowest severity that is a red flag
    why: str  # one plain sentence: why it matters
    source: str


RULES: dict[Symptom, SymptomRule] = {
    r.symptom: r
    for r in (
        SymptomRule(
            "drowsiness",
            "Drowsiness",
            "severe",
            "Very strong drowsiness — hard to stay awake, or hard to wake — can mean too much "
            "medicine or breathing that is slowing down.",
            f"{_NOTES} (severe drowsiness); {_SEED}; {_FDA_2019}",
        ),
        SymptomRule(
            "dizziness",
            "Dizziness",
            None,
            "Dizziness is a common effect of these medicines and can make you fall.",
            f"{_NOTES} (dizziness: log and tell the prescriber); {_SEDATION}",
        ),
        SymptomRule(
            "nausea",
            "Nausea",
            None,
            "Nausea is a known effect of these medicines; your prescriber may change how you "
            "take them.",
            f"{_NOTES} (nausea: log and tell the prescriber); {_SEED}",
        ),
        SymptomRule(
            "confusion",
            "Confusion",
            "mild",
            "New confusion can be a sign of too much medicine.",
            f"{_NOTES} (confusion); {_SEED}",
        ),
        SymptomRule(
            "weakness",
            "Weakness",
            "severe",
            "Severe weakness can be a sign of too much medicine, or of a serious reaction.",
            f"{_NOTES} (severe weakness); {_SEED}; MedPlanner product rule: mild or moderate "
            "weakness is logged for the prescriber, like drowsiness",
        ),
        SymptomRule(
            "breathing-difficulty",
            "Slow or difficult breathing",
            "mild",
            "Slow or difficult breathing can be life-threatening with these medicines.",
            f"{_NOTES} (slow or difficult breathing); {_FDA_2019}; {_SEED}",
        ),
        SymptomRule(
            "hallucinations",
            "Hallucinations",
            "mild",
            "Seeing or hearing things that are not there needs a doctor now; with baclofen it "
            "can follow a missed or stopped dose.",
            f"{_NOTES} (hallucinations); {_BACLOFEN_5_1}; {_SEED}",
        ),
        SymptomRule(
            "seizures",
            "Seizures",
            "mild",
            "A seizure (fit) needs a doctor now; with baclofen or gabapentin it can follow a "
            "missed or stopped dose.",
            f"{_NOTES} (seizures); {_BACLOFEN_5_1}; {_SEED}",
        ),
    )
}

_SEVERITY_RANK: dict[str, int] = {"mild": 0, "moderate": 1, "severe": 2}


class InvalidDiaryEntry(InvalidEvent):
    """A diary entry that cannot go into the diary as it is."""


@dataclass(frozen=True)
class DiaryEntry:
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

    def __post_init__(self) -> None:
        if self.symptom not in SYMPTOMS:
            raise InvalidDiaryEntry(
                f'"{self.symptom}" is not a symptom the diary knows ({", ".join(SYMPTOMS)})'
            )
        if self.severity not in SEVERITIES:
            raise InvalidDiaryEntry(f'"{self.severity}" is not mild, moderate or severe')
        if self.kind not in ("entry", "withdrawal"):
            raise InvalidDiaryEntry(f'"{self.kind}" is not a kind of diary entry')
        if (self.kind == "withdrawal") != (self.withdraws is not None):
            raise InvalidDiaryEntry("a withdrawal, and only a withdrawal, names an entry")
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
                raise InvalidDiaryEntry(f"{name} must be a positive id, not {value!r}")

    @property
    def rule(self) -> SymptomRule:
        return RULES[self.symptom]

    @property
    def is_red_flag(self) -> bool:
        return self.kind == "entry" and is_red_flag(self.symptom, self.severity)

    @property
    def label(self) -> str:
        """``Drowsiness (severe)``."""
        return f"{self.rule.label} ({self.severity})"


@dataclass(frozen=True)
class Assessment:
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
        return f"{self.headline}: {self.why} {self.what_to_do} (Source: {self.source})"


def is_red_flag(symptom: Symptom, severity: SymptomSeverity) -> bool:
    threshold = RULES[symptom].emergency_from
    return threshold is not None and _SEVERITY_RANK[severity] >= _SEVERITY_RANK[threshold]


def assess(symptom: Symptom, severity: SymptomSeverity) -> Assessment:
    rule = RULES[symptom]
    label = f"{rule.label} ({severity})"
    if is_red_flag(symptom, severity):
        return Assessment(
            "emergency",
            f"⛔ {EMERGENCY_HEADLINE} — {label}",
            rule.why,
            EMERGENCY_WHAT_TO_DO,
            rule.source,
        )
    return Assessment(
        "tell-prescriber", f"ⓘ {label}: noted", rule.why, TELL_PRESCRIBER, rule.source
    )


def parse_symptom(text: str) -> Symptom:
    """A symptom as people type it: any case, spaces or dashes, a few plain synonyms."""
    key = "-".join(text.strip().casefold().replace("_", " ").split())
    key = _SYNONYMS.get(key, key)
    for symptom in SYMPTOMS:
        if key == symptom:
            return symptom
    known = ", ".join(SYMPTOMS)
    raise InvalidDiaryEntry(f'"{text}" is not a symptom the diary knows; it knows: {known}')


def parse_severity(text: str) -> SymptomSeverity:
    key = text.strip().casefold()
    for severity in SEVERITIES:
        if key == severity:
            return severity
    raise InvalidDiaryEntry(f'"{text}" is not a severity: say mild, moderate or severe')


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
