"""The command line's own words go through the gettext catalogue (issue 22 item 6).

A throwaway in-memory translation wraps every catalogue text in ``⟦…⟧``. The commands run
under it; what is left once every ``⟦…⟧`` (with the data placed in it) is removed must be
data only: names, doses, times, zones, finding codes, and the words of texts the core
writes (its findings' messages and sources, translated in the core). An English word left
outside the brackets is a text the shell forgot to translate. ``--json`` keeps its keys,
codes and states whatever the language.
"""

from __future__ import annotations

import gettext
import json
import re
from typing import Any

import pytest

from medplanner.core import i18n

from .conftest import Cli

PLAN = """format = "medplanner-plan/1"
[person]
name = "Sam"
timezone = "Europe/London"
crcl_ml_min = 90

[[medications]]
name = "baclofen"
strength = "10 mg"
form = "scored-tablet"
start = 2027-01-04
dose = "5 mg"
times = ["08:00", "14:00", "20:00"]

[[medications]]
name = "metformin"
strength = "500 mg"
start = 2027-01-04
dose = "500 mg"
times = ["08:00", "20:00"]

[[medications]]
name = "paracetamol"
as_needed = true
dose = "500 mg"
max_per_day = 4
"""

#: Data that reaches the terminal outside any catalogue text (names, units, zone, command).
DATA = {"sam", "baclofen", "metformin", "paracetamol", "mg", "europe", "london", "medplanner"}


def at(day: int, hhmm: str) -> str:
    return f"2027-01-{day:02d}T{hhmm}:00+00:00"


class Bracketed(gettext.NullTranslations):
    """Every catalogue text, wrapped in ⟦…⟧ (its placeholders kept)."""

    def gettext(self, message: str) -> str:
        return f"⟦{message}⟧"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"⟦{msgid1 if n == 1 else msgid2}⟧"

    def pgettext(self, context: str, message: str) -> str:
        return f"⟦{message}⟧"


class _Pinned:
    """The translation in use, pinned for one test (a language chosen meanwhile is ignored)."""

    def __init__(self, translation: gettext.NullTranslations) -> None:
        self._translation = translation
        self.language = "en"

    @property
    def translation(self) -> gettext.NullTranslations:
        return self._translation

    @translation.setter
    def translation(self, value: gettext.NullTranslations) -> None:
        pass


@pytest.fixture
def bracketed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_in_use", _Pinned(Bracketed()))


@pytest.fixture
def sam(cli: Cli, write: Any) -> Cli:
    assert cli("import", write(PLAN)).rc == 0
    return cli


def outside_brackets(text: str) -> str:
    while True:
        inner = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
        if inner == text:
            return text
        text = inner


def core_words(findings: list[dict[str, Any]]) -> set[str]:
    """The words of what the core wrote: findings' codes, messages and sources, the diary's
    symptom labels with their severity ("Confusion (severe)") and the forms in a product's
    name ("10 mg scored tablet")."""
    from medplanner.core.checks.makeable import FORM_WORDS
    from medplanner.core.diary import RULES, SEVERITIES

    text = " ".join(
        [
            *(f"{f['code']} {f['message']} {f['source']}" for f in findings),
            *(r.label for r in RULES.values()),
            *SEVERITIES,
            *(word for forms in FORM_WORDS.values() for word in forms),
        ]
    )
    return {w.casefold() for w in re.findall(r"[A-Za-z][\w'-]*", text)}


def english_left(text: str, allowed: set[str] | None = None) -> list[str]:
    """The words outside every ⟦…⟧ that are neither data nor the core's own words."""
    text = re.sub(r"\[[a-z0-9-]+\]", " ", outside_brackets(text))  # finding codes: never translated
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    return [w for w in words if w.casefold() not in DATA | (allowed or set())]


def test_the_shell_words_of_a_day_are_all_in_the_catalogue(sam: Cli, bracketed: None) -> None:
    outputs = [
        sam("stock", "baclofen", "--set", "30", "--at", at(4, "07:00")),
        sam("stock", "baclofen", "--add", "10", "--at", at(4, "07:05")),
        sam("stock", "metformin", "--at", at(4, "07:10")),
        sam("take", "baclofen", "--at", at(4, "08:05")),
        sam("take", "paracetamol", "--at", at(4, "09:00")),
        sam("skip", "baclofen", "--at", at(4, "13:30"), "--reason", "nausea"),
        sam("take", "--all-due", "--at", at(4, "20:05")),
        sam("settings", "refill", "--lead-days", "5", now=at(4, "20:10")),
        sam("diary", "nausea", "--severity", "mild", "--at", at(4, "20:15")),
        sam("diary", "--withdraw", "1", "--reason", "typo", "--at", at(4, "20:16")),
        sam("diary", "confusion", "--severity", "severe", "--at", at(4, "20:17")),
        sam("diary", "--safe", "--at", at(4, "20:18")),
        sam("diary", "--at", at(4, "20:19")),
        sam("supply", "--weeks", "2", "--at", at(4, "20:20")),
    ]
    status = sam("status", "--at", at(5, "10:30"))
    findings = sam("status", "--json", "--at", at(5, "10:30")).json()["findings"]
    for result in [*outputs, status]:
        assert "⟦" in result.out, result
        assert english_left(result.out + result.err, core_words(findings)) == [], result
    # the refusal of a doubled dose, with the finding the core wrote
    assert sam("take", "baclofen", "--at", at(5, "10:31")).rc == 0
    refused = sam("take", "baclofen", "--at", at(5, "10:32"))
    assert refused.rc == 1
    again = sam("status", "--json", "--at", at(5, "10:32")).json()["findings"]
    codes = {"doubled-dose", "slot-already-answered", "dose-not-scheduled"}
    words = core_words(findings) | core_words(again) | codes
    # the finding's own message is the core's: only the shell's lines are checked here
    shell = [line for line in refused.out.splitlines() if not line.startswith("    ")]
    assert english_left("\n".join(shell), words) == [], refused
    assert "⟦missed — take it now (next {next})⟧" not in status.out  # filled in
    assert "⟦missed — take it now (next " in status.out


def test_refusals_and_argument_errors_are_in_the_catalogue(sam: Cli, bracketed: None) -> None:
    for args in (
        ("take", "aspirin", "--at", at(4, "08:00")),
        ("take", "--at", at(4, "08:00")),
        ("take", "baclofen", "--at", "2099-01-01T08:00:00+00:00"),
        ("diary", "nausea", "--at", at(4, "08:00")),
        ("stock", "paracetamol", "--set", "3", "--at", at(4, "08:00")),
        ("export", "--format", "pdf"),
    ):
        result = sam(*args, now=at(4, "09:00"))
        assert result.rc == 2, result
        assert result.err.startswith("medplanner: ⟦"), result
    bad_days = sam("diary", "--days", "many", "--at", at(4, "08:00"))
    assert bad_days.rc == 2 and '⟦"{text}" is not a whole number of days⟧' not in bad_days.err
    assert '⟦"many" is not a whole number of days⟧' in bad_days.err


def test_the_help_of_a_command_group_is_in_the_catalogue(cli: Cli, bracketed: None) -> None:
    result = cli("take", "--help")
    assert result.rc == 0
    assert "⟦record it even though a warning stands" in " ".join(result.out.split())


def test_a_schedule_and_a_check_read_in_the_catalogue(
    cli: Cli, write: Any, bracketed: None
) -> None:
    plan = write(PLAN)
    schedule = cli("schedule", plan, "--from", "2027-01-04", "--days", "2")
    assert schedule.rc == 0 and english_left(schedule.out) == [], schedule
    assert "⟦Mon⟧ 4 ⟦Jan⟧ 2027" in schedule.out  # the date template, translated too
    check = cli("check", plan, now=at(4, "07:00"))
    findings = cli("check", plan, "--json", now=at(4, "07:00")).json()["findings"]
    assert english_left(check.out, core_words(findings)) == [], check


def test_json_output_keeps_its_keys_codes_and_states(sam: Cli, monkeypatch: Any) -> None:
    sam("take", "baclofen", "--at", at(4, "08:05"))
    english = sam("status", "--json", "--at", at(4, "14:30")).json()
    monkeypatch.setattr(i18n, "_in_use", _Pinned(Bracketed()))
    translated = sam("status", "--json", "--at", at(4, "14:30")).json()

    def machine(doc: dict[str, Any]) -> str:  # a finding's message is words for people
        for f in doc["findings"]:
            f.pop("message")
        return json.dumps(doc, sort_keys=True)

    assert machine(translated) == machine(english)
    assert {d["state"] for d in translated["doses"]} >= {"taken", "due"}


def test_files_written_and_forced_doses_are_told_in_the_catalogue(
    sam: Cli, write: Any, tmp_path: Any, bracketed: None
) -> None:
    now = at(5, "10:41")
    outputs = [
        sam("import", write(PLAN), now=now),  # unchanged
        sam("backup", tmp_path / "b.db", now=now),
        sam("restore", tmp_path / "b.db", now=now),
        sam("export", "-o", tmp_path / "x.toml", now=now),
        sam("demo-plan", "-o", tmp_path / "demo.toml", now=now),
        sam("take", "metformin", "--at", at(5, "11:00")),
        sam("take", "metformin", "--force", "--at", at(5, "11:01")),
    ]
    findings = sam("status", "--json", "--at", at(5, "11:02")).json()["findings"]
    words = core_words(findings)
    for result in outputs:
        assert result.rc == 0, result
        shell = [line for line in result.out.splitlines() if not line.startswith("    ")]
        assert english_left("\n".join(shell), words) == [], result
    assert "⟦It is flagged in your log: recorded with --force over doubled-dose.⟧" in (
        outputs[-1].out
    )


def test_take_all_due_with_a_refused_dose_is_told_in_the_catalogue(
    sam: Cli, bracketed: None
) -> None:
    assert sam("diary", "confusion", "--severity", "severe", "--at", at(4, "07:55")).rc == 1
    result = sam("take", "--all-due", "--at", at(4, "08:05"))
    assert result.rc == 1, result
    findings = sam("status", "--json", "--at", at(4, "08:06")).json()["findings"]
    shell = [line for line in result.out.splitlines() if not line.startswith("    ")]
    assert english_left("\n".join(shell), core_words(findings)) == [], result
    assert "⟦Not recorded (1 of 2 due doses):⟧" in result.out
    assert "⟦Recorded 1 of 2 due doses.⟧" in result.out
