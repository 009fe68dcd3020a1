"""The symptom diary's rules: which entries are red flags (clinical-notes.md), with sources."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from medplanner.core.diary import (
    EMERGENCY_HEADLINE,
    RULES,
    SEVERITIES,
    SYMPTOMS,
    DiaryEntry,
    InvalidDiaryEntry,
    assess,
    is_red_flag,
    parse_severity,
    parse_symptom,
    standing,
    standing_red_flags,
)
from medplanner.core.errors import InvalidInput

NOW = datetime(2027, 1, 5, 12, tzinfo=UTC)

# clinical-notes.md, "Red flags the diary must escalate": severe drowsiness, confusion, severe
# weakness, slow or difficult breathing, hallucinations, seizures -> emergency; drowsiness,
# dizziness, nausea -> log and tell the prescriber. Written out in full, not derived.
EMERGENCY = {
    ("drowsiness", "severe"),
    *(("confusion", s) for s in SEVERITIES),
    ("weakness", "severe"),
    *(("breathing-difficulty", s) for s in SEVERITIES),
    *(("hallucinations", s) for s in SEVERITIES),
    *(("seizures", s) for s in SEVERITIES),
}


def entry(symptom: str = "dizziness", severity: str = "mild", **kw: object) -> DiaryEntry:
    fields: dict[str, object] = {"at": NOW, "recorded_at": NOW, **kw}
    return DiaryEntry(symptom, severity, **fields)  # type: ignore[arg-type]


def test_every_symptom_has_a_rule_with_a_source() -> None:
    assert set(RULES) == set(SYMPTOMS)
    assert len(SYMPTOMS) == 8
    for rule in RULES.values():
        assert rule.label and rule.why.endswith(".")
        assert "Red flags the diary must escalate" in rule.source
    assert "product rule" in RULES["weakness"].source  # mild weakness is our choice: says so


@pytest.mark.parametrize("symptom", SYMPTOMS)
@pytest.mark.parametrize("severity", SEVERITIES)
def test_red_flags_follow_the_clinical_notes(symptom: str, severity: str) -> None:
    expected = (symptom, severity) in EMERGENCY
    assert is_red_flag(symptom, severity) is expected  # type: ignore[arg-type]
    verdict = assess(symptom, severity)  # type: ignore[arg-type]
    assert verdict.is_emergency is expected
    assert (EMERGENCY_HEADLINE in verdict.headline) is expected
    assert verdict.source == RULES[symptom].source  # type: ignore[index]
    if expected:
        assert "emergency" in verdict.what_to_do
        assert verdict.headline.startswith("⛔")  # a sign and words, never colour alone
    else:
        assert "prescriber" in verdict.what_to_do


def test_parse_symptom_and_severity() -> None:
    assert parse_symptom("Breathing difficulty") == "breathing-difficulty"
    assert parse_symptom("  shortness of breath ") == "breathing-difficulty"
    assert parse_symptom("SEIZURE") == "seizures"
    assert parse_symptom("fit") == "seizures"
    assert parse_severity(" Severe ") == "severe"
    with pytest.raises(InvalidInput, match="not a symptom the diary knows"):
        parse_symptom("headache")
    with pytest.raises(InvalidInput, match="mild, moderate or severe"):
        parse_severity("awful")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"symptom": "headache"}, "not a symptom"),
        ({"severity": "awful"}, "not mild, moderate or severe"),
        ({"at": datetime(2027, 1, 5, 12)}, "UTC offset"),
        ({"note": "x" * 1001}, "at most 1000"),
        ({"note": "bell\x07"}, "control characters"),
        ({"kind": "withdrawal"}, "a withdrawal, and only a withdrawal"),
        ({"withdraws": 3}, "a withdrawal, and only a withdrawal"),
        ({"id": 0}, "positive id"),
    ],
)
def test_malformed_entries_are_refused(fields: dict[str, object], message: str) -> None:
    base: dict[str, object] = {"symptom": "nausea", "severity": "mild"}
    base.update(fields)
    symptom, severity = base.pop("symptom"), base.pop("severity")
    with pytest.raises(InvalidDiaryEntry, match=message):
        entry(str(symptom), str(severity), **base)


def test_labels_name_the_symptom_then_the_severity() -> None:
    assert (
        entry("breathing-difficulty", "moderate").label == "Slow or difficult breathing (moderate)"
    )


def test_standing_red_flags_last_24_hours_withdrawals_and_order() -> None:
    old = entry("seizures", at=NOW - timedelta(hours=25), id=1)
    recent = entry("confusion", at=NOW - timedelta(hours=23, minutes=59), id=2)
    mild = entry("dizziness", at=NOW - timedelta(hours=1), id=3)
    withdrawn = entry("hallucinations", "mild", at=NOW - timedelta(hours=2), id=4)
    withdrawal = entry(
        "hallucinations",
        "mild",
        at=withdrawn.at,
        kind="withdrawal",
        withdraws=4,
        id=5,
        note="tapped by mistake",
    )
    just_now = entry("drowsiness", "severe", at=NOW + timedelta(minutes=2), id=6)  # clock skew
    rows = [old, recent, mild, withdrawn, withdrawal, just_now]
    assert [e.id for e in standing(rows)] == [1, 2, 3, 6]
    assert standing_red_flags(rows, NOW) == [just_now, recent]
    assert not withdrawal.is_red_flag  # a withdrawal never raises the banner itself
    # 24 hours after the last one, the banner has nothing left to show.
    assert standing_red_flags(rows, NOW + timedelta(hours=24, minutes=3)) == []
