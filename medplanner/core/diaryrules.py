"""The symptom diary's rules as data: the symptoms and severities, the emergency and
tell-the-prescriber texts, and what each symptom means at which severity with its source
(:data:`RULES`); importable from :mod:`medplanner.core.diary`, whose docstring says where
they come from.
"""

from __future__ import annotations

from typing import Literal, get_args

from medplanner.core.events import (
    MAX_REASON_CHARS,
)
from medplanner.core.i18n import N_, _
from medplanner.core.record import Record

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
SYMPTOMS: tuple[Symptom, ...] = get_args(Symptom)
SymptomSeverity = Literal["mild", "moderate", "severe"]
SEVERITIES: tuple[SymptomSeverity, ...] = get_args(SymptomSeverity)
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


class SymptomRule(Record):
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
