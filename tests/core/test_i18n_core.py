"""The checks and the dose-taking rules speak through the gettext catalogue (issue 22 item 6):
a translation in use changes every finding's words, never its code or its data."""

from __future__ import annotations

import ast
import gettext
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import medplanner.core
from medplanner.core import i18n
from medplanner.core.checks import run_checks
from medplanner.core.dosing import check_take
from tests.conftest import PlanFactory

_PLACEHOLDER_OR_TEXT = re.compile(r"\{[^}]*\}|[^{]+")


def _upper(text: str) -> str:
    """Upper-case every word but the ``{placeholders}`` (they must stay as they are)."""
    return _PLACEHOLDER_OR_TEXT.sub(
        lambda m: m.group() if m.group().startswith("{") else m.group().upper(), text
    )


class Shouting(gettext.NullTranslations):
    """A throwaway in-memory "language": every catalogue text in capitals."""

    def gettext(self, message: str) -> str:
        return _upper(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _upper(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return _upper(message)


@pytest.fixture
def shouting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n._in_use, "translation", Shouting())


GABAPENTIN_TOO_MUCH = """
    [[medications]]
    name = "gabapentin"
    start = 2027-01-04
    continuing = true
      [[medications.steps]]
      from = 2027-01-04
      times = [{ at = "08:00", dose = "1600 mg" }, { at = "14:00", dose = "1600 mg" },
               { at = "20:00", dose = "1600 mg" }]
"""


def test_a_findings_message_is_translated_and_its_code_is_not(
    plan_from: PlanFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_from(GABAPENTIN_TOO_MUCH, person="crcl_ml_min = 90")
    english = run_checks(plan)
    monkeypatch.setattr(i18n._in_use, "translation", Shouting())
    shouted = run_checks(plan)

    assert [(f.code, f.severity, f.medication, f.date) for f in shouted] == [
        (f.code, f.severity, f.medication, f.date) for f in english
    ]
    too_much = next(f for f in english if f.code == "daily-dose-above-max")
    assert too_much.message.startswith("Gabapentin adds up to 4800 mg a day from 4 Jan 2027.")
    loud = next(f for f in shouted if f.code == "daily-dose-above-max")
    # The words are the catalogue's; the name and the amount are data and stay as they are.
    assert loud.message.startswith("Gabapentin ADDS UP TO 4800 mg A DAY FROM 4 JAN 2027. THE ")
    assert "ASK YOUR PRESCRIBER OR PHARMACIST" in loud.message
    assert loud.source == too_much.source  # a citation: never translated
    assert all(a.message != b.message for a, b in zip(english, shouted, strict=True))


def test_a_refused_take_is_translated_too(plan_from: PlanFactory, shouting: None) -> None:
    plan = plan_from(GABAPENTIN_TOO_MUCH, person="crcl_ml_min = 90")
    at = datetime(2027, 1, 2, 12, 0, tzinfo=UTC)  # before the start (London: UTC in January)
    take = check_take(plan, 0, at, [])
    finding = next(f for f in take.findings if f.code == "dose-not-scheduled")
    assert finding.message.startswith(
        "gabapentin HAS NO SCHEDULED DOSE NEAR 12:00 ON SAT 2 JAN (IT STARTS ON MON 4 JAN 2027). "
    )
    assert take.refused


_ROOM = [
    "checks",
    "dosing.py",
    "doserules.py",
    "doselog.py",
    "dosefindings.py",
    "takegate.py",
    "streak.py",
    "review.py",
    "wording.py",
    "limits.py",
]
_KEYWORDS = {"_": 1, "N_": 1, "ngettext": 2, "pgettext": 2}


def test_every_catalogue_text_of_the_checks_and_dose_rules_is_a_literal() -> None:
    """The extractor reads literals only: an f-string or a variable in ``_()`` would never
    be found in the catalogue."""
    core = Path(medplanner.core.__file__).parent
    files = [p for name in _ROOM for p in sorted((core / name).glob("*.py")) or [core / name]]
    bad = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            wanted = _KEYWORDS.get(node.func.id)
            if wanted is None:
                continue
            texts = node.args[:wanted]
            if len(texts) < wanted or not all(_literal(a) or _marked(node, a) for a in texts):
                bad.append(f"{path.name}:{node.lineno}")
    assert not bad


def _literal(arg: ast.expr) -> bool:
    return isinstance(arg, ast.Constant) and isinstance(arg.value, str)


def _marked(call: ast.Call, arg: ast.expr) -> bool:
    """``_(CONSTANT)`` or ``_(TABLE[key])``: a text marked with ``N_`` where it is defined."""
    assert isinstance(call.func, ast.Name)
    if call.func.id != "_":
        return False
    if isinstance(arg, ast.Subscript):
        arg = arg.value
    return isinstance(arg, ast.Name) and arg.id.lstrip("_").isupper()
