"""The command line in the shipped pseudo-locale (en_XA, issue 22 item 6).

Unlike test_shell_catalogue.py (a throwaway translation of whatever reaches ``_``), this
uses the catalogue that ships: a text the extractor missed — an f-string inside ``_``, a
text never marked — has no pseudo translation and shows up here as plain English. What is
left outside ``⟦…⟧`` must be data: names, doses, times, zones, finding codes, paths.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from medplanner.cli import COMMANDS

from .conftest import Cli
from .test_shell_catalogue import PLAN, at, english_left

#: Command-line syntax is never translated: options, METAVARS, command names.
SYNTAX = re.compile(
    r"(?<![\w-])--?[A-Za-z][\w-]*|\b[A-Z][A-Z_]+\b|\b(?:"
    + "|".join(re.escape(c) for c in sorted(COMMANDS, key=len, reverse=True))
    + r")\b"
)


def left(text: str) -> list[str]:
    return english_left(SYNTAX.sub(" ", text))


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDPLANNER_LANG", "en_XA")


def test_a_day_at_the_command_line_is_all_in_the_shipped_catalogue(
    cli: Cli, write: Any, tmp_path: Any, pseudo: None
) -> None:
    plan = write(PLAN)
    runs = [
        cli("import", plan),
        cli("check", plan, now=at(4, "07:00")),
        cli("schedule", plan, "--from", "2027-01-04", "--days", "2"),
        cli("stock", "baclofen", "--set", "30", "--at", at(4, "07:05")),
        cli("take", "baclofen", "--at", at(4, "08:05")),
        cli("take", "baclofen", "--at", at(4, "08:10")),  # refused: doubled
        cli("take", "paracetamol", "--at", at(4, "09:00")),
        cli("skip", "baclofen", "--at", at(4, "13:30"), "--reason", "nausea"),
        cli("status", "--at", at(4, "15:00")),
        cli("diary", "nausea", "--severity", "mild", "--at", at(4, "15:05")),
        cli("diary", "--at", at(4, "15:06")),
        cli("supply", "--weeks", "2", "--at", at(4, "15:10")),
        cli("settings", "refill", now=at(4, "15:11")),
        cli("draft-taper", "baclofen", "--at", at(4, "15:12")),
        cli("take", "--help"),
        cli("status", "--no-such-option"),
        cli("take", "aspirin", "--at", at(4, "15:13")),
    ]
    for result in runs:
        text = result.out + result.err
        assert "⟦" in text, result
        assert left(text) == [], result
    assert runs[4].out.startswith("⟦Ŕéçöŕðéð: baclofen 5 mg"), runs[4]  # placeholders filled
    assert runs[5].rc == 1 and "[doubled-dose]" in runs[5].out  # codes stay as they are
    assert runs[14].out.startswith("⟦ûšåĝé:")  # argparse's own words too
