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
from medplanner.core.i18n import N_, _

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

# The three texts below are marked for the catalogue and translated where they are shown:
# ``_(EMERGENCY_HEADLINE)``.
EMERGENCY_HEADLINE = N_("GET EMERGENCY HELP NOW")
EMERGENCY_WHAT_TO_DO = N_(
    "Call your local emergency number now (for example 112, 999 or 911), or have someone "
    "take you to an emergency department. Tell them which medicines you take: take your "
    "plan or the boxes with you. Do not drive yourself."
)
TELL_PRESCRIBER = N_(
    "Write it down here and tell your prescriber at your next visit. If it gets worse, or "
    "you are worried, call them or your pharmacist sooner."
)

#: How bad a symptom was, in words (translated by :func:`severity_word`).
SEVERITY_WORDS: dict[str, str] = {
    # Translators: how bad a symptom was, as in "Dizziness (mild)".
    "mild": N_("mild"),
    # Translators: how bad a symptom was, as in "Dizziness (moderate)".
    "moderate": N_("moderate"),
    # Translators: how bad a symptom was, as in "Dizziness (severe)".
    "severe": N_("severe"),
}

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
    """What one symptom means at which severity, and where that comes from.

    ``label`` and ``why`` are in the language in use; the English texts they are looked up
    by are ``label_en`` and ``why_en``. The source is a citation: never translated.
    """

    symptom: Symptom
    label_en: str  # words for people ("Slow or difficult breathing")
    emergency_from: SymptomSeverity | None  # the lowest severity that is a red flag
    why_en: str  # one plain sentence: why it matters
    source: str

    @property
    def label(self) -> str:
        """``Slow or difficult breathing``, in the language in use."""
        return _(self.label_en)

    @property
    def why(self) -> str:
        """Why the symptom matters, one plain sentence, in the language in use."""
        return _(self.why_en)


RULES: dict[Symptom, SymptomRule] = {
    r.symptom: r
    for r in (
        SymptomRule(
            "drowsiness",
            N_("Drowsiness"),
            "severe",
            N_(
                "Very strong drowsiness — hard to stay awake, or hard to wake — can mean too much "
                "medicine or breathing that is slowing down."
            ),
            f"{_NOTES} (severe drowsiness); {_SEED}; {_FDA_2019}",
        ),
        SymptomRule(
            "dizziness",
            N_("Dizziness"),
            None,
            N_("Dizziness is a common effect of these medicines and can make you fall."),
            f"{_NOTES} (dizziness: log and tell the prescriber); {_SEDATION}",
        ),
        SymptomRule(
            "nausea",
            N_("Nausea"),
            None,
            N_(
                "Nausea is a known effect of these medicines; your prescriber may change how you "
                "take them."
            ),
            f"{_NOTES} (nausea: log and tell the prescriber); {_SEED}",
        ),
        SymptomRule(
            "confusion",
            N_("Confusion"),
            "mild",
            N_("New confusion can be a sign of too much medicine."),
            f"{_NOTES} (confusion); {_SEED}",
        ),
        SymptomRule(
            "weakness",
            N_("Weakness"),
            "severe",
            N_("Severe weakness can be a sign of too much medicine, or of a serious reaction."),
            f"{_NOTES} (severe weakness); {_SEED}; MedPlanner product rule: mild or moderate "
            "weakness is logged for the prescriber, like drowsiness",
        ),
        SymptomRule(
            "breathing-difficulty",
            N_("Slow or difficult breathing"),
            "mild",
            N_("Slow or difficult breathing can be life-threatening with these medicines."),
            f"{_NOTES} (slow or difficult breathing); {_FDA_2019}; {_SEED}",
        ),
        SymptomRule(
            "hallucinations",
            N_("Hallucinations"),
            "mild",
            N_(
                "Seeing or hearing things that are not there needs a doctor now; with baclofen it "
                "can follow a missed or stopped dose."
            ),
            f"{_NOTES} (hallucinations); {_BACLOFEN_5_1}; {_SEED}",
        ),
        SymptomRule(
            "seizures",
            N_("Seizures"),
            "mild",
            N_(
                "A seizure (fit) needs a doctor now; with baclofen or gabapentin it can follow a "
                "missed or stopped dose."
            ),
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
