"""The plan file's, stock's, supply's, planner's and diary's words go through the catalogue.

A test catalogue writes every text in capitals and leaves its placeholders alone: whatever
is still in small letters was not translated. The plan file's keys, the values a person
wrote, finding codes, command names and the knowledge base's own words must stay as they
are; every other word must come from the catalogue. (English itself is pinned byte for byte
by the other tests, which run without a catalogue.)
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from medplanner.core import i18n
from medplanner.core.diary import (
    EMERGENCY_HEADLINE,
    RULES,
    DiaryEntry,
    InvalidDiaryEntry,
    assess,
    parse_severity,
    parse_symptom,
)
from medplanner.core.errors import InvalidInput, PlanError, UnitError
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import loads, loads_bytes
from medplanner.core.planfields import _MED_KEYS, _STEP_KEYS, KIDNEY_KEYS, PERSON_KEYS
from medplanner.core.planner import draft_taper, draft_text, draft_titration
from medplanner.core.sedation import MedTimes, Suggestion, SuggestionMismatch, apply_suggestion
from medplanner.core.stock import RefillReminder, RefillSettings, parse_lead_days, report
from medplanner.core.stocksettings import parse_reminder_time, parse_units
from medplanner.core.supply import Product, plan_supply
from medplanner.core.units import Amount

KB = load_knowledge_base()
LONDON = ZoneInfo("Europe/London")


def _loud(text: str) -> str:
    """``"is {n} days"`` -> ``"IS {n} DAYS"``: capitals, placeholders kept."""
    return re.sub(
        r"\{[^{}]*\}|[^{}]+",
        lambda m: m.group() if m.group().startswith("{") else m.group().upper(),
        text,
    )


class _LoudCatalogue(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return _loud(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _loud(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return _loud(message)


@pytest.fixture
def loud(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n._in_use, "translation", _LoudCatalogue())
    yield


HEAD = 'format = "medplanner-plan/1"\n[person]\nname = "Alex"\ntimezone = "Europe/London"\n'
MED = '[[medications]]\nname = "gabapentin"\nstart = 2027-01-04\n'

#: Plan files with one or more mistakes each, reaching every kind of problem message.
BAD_PLANS = [
    "",
    'format = "medplanner-plan/9"\n',
    "format = [1, 2\n",
    'format = "medplanner-plan/1"\n',
    'format = "medplanner-plan/1"\nperson = 5\n',
    'format = "medplanner-plan/1"\n[person]\nname = ""\nmedications = 3\n',
    'format = "medplanner-plan/1"\n[person]\nnaem = "Alex"\n',
    HEAD.replace('"Europe/London"', '"Mars/Olympus"') + 'wake = 7\nbedtime = "7:00:30"\n',
    HEAD + 'sex = "f"\nage_years = 300\ncrcl_ml_min = "90"\ndialysis = "yes"\n',
    HEAD + "weight_kg = nan\nstagger_window_minutes = 5000\nmissed_grace_minutes = 1.5\n",
    HEAD + 'kidney_measured = "2027-01-04"\nnext_review = 2027-01-04T08:00:00\n',
    HEAD + '[[medications]]\nname = "gabapentin"\ndose = "300 mg"\ntimes = ["25:00"]\n',
    HEAD + MED + 'dose = "300 spoons"\ntimes = ["08:00"]\nweekdays = ["mon", "xyz"]\n'
    "every_n_days = 0\n",
    HEAD + MED + 'dose = "2 tablets"\ntimes = [8]\nstop = 2027-01-01\nform = "pill"\n',
    HEAD + MED + 'dose = "0 tablets"\nstrength = "300 mg"\ntimes = ["08:00"]\n',
    HEAD + MED + 'dose = 300\ntimes = []\nweekdays = "mon"\n',
    HEAD + MED + 'dose = "300 mg"\ntimes = [{ dose = "100 mg" }]\n',
    HEAD + MED + 'times = ["08:00"]\nmax_per_day = 3\n',
    HEAD + MED + "continuing = 1\n",
    HEAD + MED + 'dose = "300 mg"\ntimes = ["08:00"]\nsteps = []\n',
    HEAD + MED + "[[medications.steps]]\n"
    'dose = "100 mg"\ntimes = ["08:00"]\n[[medications.steps]]\ndose = "200 mg"\n'
    '[[medications.steps]]\nfrom = 2026-12-01\ndose = "100 mg"\ntimes = ["08:00"]\n',
    HEAD + MED + "stop = 2027-02-01\n[[medications.steps]]\n"
    'dose = "100 mg"\ntimes = ["08:00"]\n[[medications.steps]]\nfrom = 2027-03-01\n'
    'dose = "100 mg"\ntimes = ["08:00"]\n',
    HEAD + '[[medications]]\nname = "  "\nas_needed = true\ntimes = ["08:00"]\n'
    "min_interval_hours = 500\n",
    HEAD + '[[medications]]\nname = "frobnicol"\nstart = 2027-01-04\ndose = "1 capsule"\n'
    'times = ["08:00"]\n',
    HEAD + '[[medications]]\nname = "gabapentn"\nstart = 2027-01-04\ndose = "1 capsule"\n'
    'times = ["08:00"]\n',
    HEAD + "medications = [5]\n",
    HEAD + MED + 'dose = "300 mg"\ntimes = ["08:00"]\n[[medications.steps]]\n',
]

#: Words a message keeps in small letters: the plan file's keys and values, units.
KEPT = {"mg", "mcg", "true", "false", "medplanner", "plan", "mon", "tue", "wed", "thu", "fri"}
KEPT |= {"sat", "sun", "female", "male", "scored", "tablet", "capsule", "format", "person"}
KEPT |= {"medications", "steps", *PERSON_KEYS, *KIDNEY_KEYS, *_MED_KEYS, *_STEP_KEYS, "at"}
KEPT |= {"gabapentin"}  # the knowledge base's name, suggested for "gabapentn"


def _untranslated(message: str, written: str) -> set[str]:
    """The words in small letters that are neither in the file nor kept on purpose (the
    TOML reader's own English, after "not valid TOML:", is left alone)."""
    message = message.partition("NOT VALID TOML: ")[0]
    words = set(re.findall(r"[a-z][a-z_]+", message))
    return {w for w in words if w not in written and w not in KEPT}


@pytest.mark.parametrize("text", BAD_PLANS)
def test_every_plan_problem_is_in_the_catalogue(loud: None, text: str) -> None:
    with pytest.raises(PlanError) as caught:
        loads(text, source="plan.toml")
    for problem in caught.value.problems:
        assert _untranslated(problem.message, text) == set(), problem
        assert _untranslated(str(problem), text) == set(), problem
    # the key paths and line numbers are the file's own, untouched
    for line in str(caught.value).splitlines():
        assert line.startswith("plan.toml: ")


def test_a_translated_problem_keeps_its_key_path_line_and_toml_words(loud: None) -> None:
    text = HEAD + '[[medications]]\nname = "gabapentin"\ndose = "300 mg"\ntimes = ["25:00"]\n'
    with pytest.raises(PlanError) as caught:
        loads(text, source="plan.toml")
    assert str(caught.value).splitlines() == [
        "plan.toml: LINE 5: medications[0].start: IS MISSING; GIVE THE FIRST DAY, LIKE "
        "start = 2027-01-04",
        'plan.toml: LINE 8: medications[0].times[0]: "25:00" IS NOT A TIME LIKE "08:00" '
        "(24-HOUR HH:MM)",
    ]


@pytest.mark.parametrize(
    "raw", [b"\x00format", b"format = \xff\n", b"x" * (1024 * 1024 + 1), b"\xef\xbb\xbf  "]
)
def test_file_level_problems_are_in_the_catalogue(loud: None, raw: bytes) -> None:
    with pytest.raises(PlanError) as caught:
        loads_bytes(raw, source="plan.toml")
    assert _untranslated(str(caught.value), "plan.toml") == set()


@pytest.mark.parametrize(
    ("call", "text"),
    [
        (Amount.parse, "3 spoons"),
        (Amount.parse, "three mg"),
        (Amount.parse, "1234567890123 mg"),
        (parse_units, "many"),
        (parse_units, "-2"),
        (parse_units, "0.0001"),
        (parse_units, "2000000"),
        (parse_lead_days, "soon"),
        (parse_lead_days, "400"),
        (parse_reminder_time, "noon"),
    ],
)
def test_what_a_person_types_is_refused_in_the_catalogue(
    loud: None, call: object, text: str
) -> None:
    with pytest.raises((UnitError, InvalidInput)) as caught:
        call(text)  # type: ignore[operator]
    assert _untranslated(str(caught.value), text) == set()


@dataclass(frozen=True)
class _Change:
    kind: str
    units: Decimal
    at: datetime


def test_stock_findings_and_the_refill_reminder_are_in_the_catalogue(loud: None) -> None:
    plan = loads(
        HEAD + '[[medications]]\nname = "metformin"\nstrength = "500 mg"\nstart = 2027-01-04\n'
        'dose = "500 mg"\ntimes = ["08:00", "20:00"]\n'
    )
    counted = datetime(2027, 1, 4, 7, 0, tzinfo=LONDON)
    r = report(plan, 0, KB, [_Change("set", Decimal(3), counted)], [], counted, RefillSettings())
    assert r is not None and r.finding is not None
    assert r.unit_words == "TABLETS OF 500 mg"
    message = r.finding.message
    assert message.startswith("Metformin RUNS OUT ON ")
    assert "AT 20:00 (TOMORROW): ALONG YOUR PLAN, THE 3 TABLETS OF 500 mg ON HAND" in message
    assert "ASK YOUR PHARMACIST OR PRESCRIBER FOR A REFILL NOW" in message
    assert re.search(r"\b(runs|out|your|plan|refill)\b", message) is None
    assert re.search(r"\b(refill|flagged|lead|time)\b", r.finding.source) is None

    reminder = RefillReminder(counted, ("baclofen", "gabapentin"), "danger")
    assert reminder.message().startswith("TIME TO GET MORE baclofen AND gabapentin: ")


def test_an_as_needed_medicine_almost_out_is_in_the_catalogue(loud: None) -> None:
    plan = loads(
        HEAD + '[[medications]]\nname = "ibuprofen"\nstrength = "200 mg"\nas_needed = true\n'
        'dose = "400 mg"\n'
    )
    counted = datetime(2027, 1, 4, 7, 0, tzinfo=LONDON)
    r = report(plan, 0, KB, [_Change("set", Decimal(1), counted)], [], counted, RefillSettings())
    assert r is not None and r.finding is not None
    assert r.finding.message.startswith("Ibuprofen IS ALMOST OUT: 1 TABLETS OF 200 mg LEFT")


def test_supply_products_are_named_in_the_catalogue(loud: None) -> None:
    assert Product(Amount.parse("300 mg"), "capsule").label == "300 mg CAPSULE"
    assert Product(Amount.parse("10 mg"), "scored-tablet").label == "10 mg SCORED TABLET"
    plan = loads(HEAD + MED + 'dose = "900 mg"\ntimes = ["08:00"]\n')
    (supply,) = plan_supply(plan, KB, date(2027, 1, 4), 1)
    assert all(p.label.isupper() or "mg" in p.label for p in supply.products)


def test_drafts_are_in_the_catalogue_and_keep_commands_and_codes(loud: None) -> None:
    plan = loads(
        HEAD + MED.replace("gabapentin", "baclofen") + 'dose = "20 mg"\n'
        'times = ["08:00", "14:00", "20:00"]\ncontinuing = true\n'
    )
    draft = draft_taper(plan, "baclofen", KB, start=date(2027, 3, 1))
    assert draft.header.startswith("DRAFT TAPER FOR baclofen — A SUGGESTION TO DISCUSS")
    text = draft_text(draft)
    assert "# NEW STEPS:" in text and "# RULES USED:" in text
    assert "\n#   2027-03-01 TO 2027-03-05: 15 mg AT 08:00, 15 mg AT 14:00, 15 mg AT 20:00 " in text
    assert "(45 mg A DAY)\n" in text and "\n#   LAST DOSE ON 2027-03-14\n" in text
    assert "\n# - TAPER OVER 14 DAYS: " in text and "\n# - WHY: " in text

    with pytest.raises(InvalidInput) as caught:
        draft_titration(plan, "baclofen", KB, to=Amount.parse("30 mg"), start=date(2027, 3, 1))
    assert str(caught.value) == (
        "baclofen IS ALREADY AT 60 mg A DAY: A TITRATION RAISES IT "
        "(FOR A LOWER DOSE, USE draft-taper)"
    )
    with pytest.raises(InvalidInput) as caught:
        draft_taper(plan, "aspirin", KB, start=date(2027, 3, 1))
    assert str(caught.value) == '"aspirin" IS NOT IN THE PLAN (IT HAS: baclofen)'


def test_diary_words_are_in_the_catalogue(loud: None) -> None:
    felt = datetime(2027, 1, 4, 9, 0, tzinfo=LONDON)
    entry = DiaryEntry("breathing-difficulty", "moderate", felt, felt)
    assert entry.label == "SLOW OR DIFFICULT BREATHING (MODERATE)"
    assert RULES["nausea"].label == "NAUSEA" and RULES["nausea"].why.isupper()
    # the source is a citation: never translated
    assert RULES["nausea"].source.startswith("MedPlanner clinical notes")
    urgent = assess("seizures", "mild")
    assert urgent.headline == "⛔ GET EMERGENCY HELP NOW — SEIZURES (MILD)"
    assert urgent.what_to_do.startswith("CALL YOUR LOCAL EMERGENCY NUMBER NOW")
    assert urgent.text().endswith(f"(SOURCE: {RULES['seizures'].source})")
    noted = assess("dizziness", "mild")
    assert noted.headline == "ⓘ DIZZINESS (MILD): NOTED"
    assert noted.what_to_do.startswith("WRITE IT DOWN HERE")
    # the constant is the catalogue's key, translated where it is shown
    assert EMERGENCY_HEADLINE == "GET EMERGENCY HELP NOW"

    with pytest.raises(InvalidDiaryEntry) as caught:
        parse_severity("bad")
    assert str(caught.value) == '"bad" IS NOT A SEVERITY: SAY mild, moderate OR severe'
    with pytest.raises(InvalidDiaryEntry) as caught:
        parse_symptom("itch")
    assert str(caught.value).startswith('"itch" IS NOT A SYMPTOM THE DIARY KNOWS; IT KNOWS: ')
    with pytest.raises(InvalidDiaryEntry) as caught:
        DiaryEntry("nausea", "mild", felt, felt, kind="withdrawal")
    assert str(caught.value) == "A WITHDRAWAL, AND ONLY A WITHDRAWAL, NAMES AN ENTRY"


def test_a_stale_stagger_suggestion_says_so_in_the_catalogue(loud: None) -> None:
    plan = loads(HEAD + MED + 'dose = "300 mg"\ntimes = ["08:00", "20:00"]\n')
    gone = MedTimes(0, "gabapentin", (time(9, 0), time(21, 0)), (time(8, 0), time(20, 0)))
    stale = Suggestion(date(2027, 1, 4), (gone,), None, None, 60)  # type: ignore[arg-type]
    with pytest.raises(SuggestionMismatch) as caught:
        apply_suggestion(plan, stale)
    assert str(caught.value) == "gabapentin NO LONGER HAS THE TIMES 09:00, 21:00"
