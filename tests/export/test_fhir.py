"""`export --format fhir` (contract §2, issue 22 item 5): a FHIR R4 Bundle of
MedicationRequest resources, validated with the maintained ``fhir.resources`` library.

``fhir.resources`` 8 validates R5 by default; its ``fhir.resources.R4B`` subpackage holds the
R4B models, whose Bundle, Patient, MedicationRequest and Dosage match R4's. Those are the
models used here.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.medicationrequest import MedicationRequest

from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import loads
from medplanner.core.resources import DEMO_PLAN
from medplanner.export.fhir import to_fhir

NOW = "2027-01-03T12:00:00+00:00"

MIXED = """format = "medplanner-plan/1"
[person]
name = "Sam"
timezone = "Europe/Berlin"
crcl_ml_min = 90
[[medications]]
name = "gabapentin"
start = 2027-01-04
stop = 2027-02-01
  [[medications.steps]]
  from = 2027-01-04
  times = [ { at = "08:00", dose = "300 mg" }, { at = "21:00", dose = "600 mg" } ]
  [[medications.steps]]
  from = 2027-01-10
  dose = "300 mg"
  times = ["08:00"]
  weekdays = ["mon", "thu"]
[[medications]]
name = "clonazepam"
start = 2027-01-04
dose = "500 mcg"
times = ["22:00"]
every_n_days = 2
[[medications]]
name = "oxycodone"
as_needed = true
dose = "5 mg"
max_per_day = 4
min_interval_hours = 4
"""


def validated(bundle: dict[str, Any]) -> list[MedicationRequest]:
    """Parse with the R4B models (raises on anything FHIR does not allow)."""
    parsed = Bundle.model_validate(bundle)
    return [e.resource for e in parsed.entry or [] if isinstance(e.resource, MedicationRequest)]


def test_the_demo_plan_bundle_validates(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", DEMO_PLAN).rc == 0
    out = tmp_path / "robin.fhir.json"
    r = cli("export", "--format", "fhir", "-o", out, now=NOW)
    assert r.rc == 0, r
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    bundle = json.loads(out.read_text(encoding="utf-8"))
    requests = validated(bundle)
    assert [m.medicationCodeableConcept.text for m in requests] == [
        "gabapentin 300 mg",
        "baclofen 5 mg",
    ]
    gaba = requests[0].dosageInstruction
    assert [d.sequence for d in gaba] == [1, 2, 3]
    third = gaba[2]
    assert [str(t) for t in third.timing.repeat.timeOfDay] == ["09:00:00", "15:00:00", "21:00:00"]
    assert third.timing.repeat.boundsPeriod.start.isoformat() == "2027-01-06"
    assert gaba[0].timing.repeat.boundsPeriod.end.isoformat() == "2027-01-04"
    assert float(third.doseAndRate[0].doseQuantity.value) == 300
    assert third.doseAndRate[0].doseQuantity.code == "mg"
    assert float(third.maxDosePerPeriod.numerator.value) == 3600
    assert third.maxDosePerPeriod.denominator.code == "d"
    assert bundle["timestamp"] == NOW
    # stdout gives the same JSON
    assert json.loads(cli("export", "--format", "fhir", now=NOW).out) == bundle


def test_mixed_doses_weekdays_mcg_and_as_needed() -> None:
    plan = loads(MIXED)
    bundle = to_fhir(plan, load_knowledge_base(), stamp=datetime.fromisoformat(NOW))
    gaba, clon, oxy = validated(bundle)
    first = [d for d in gaba.dosageInstruction if d.sequence == 1]
    assert [
        (float(d.doseAndRate[0].doseQuantity.value), d.timing.repeat.frequency) for d in first
    ] == [
        (300, 1),
        (600, 1),
    ]
    second = next(d for d in gaba.dosageInstruction if d.sequence == 2)
    assert second.timing.repeat.dayOfWeek == ["mon", "thu"]
    assert second.timing.repeat.boundsPeriod.end.isoformat() == "2027-02-01"
    c = clon.dosageInstruction[0]
    assert c.doseAndRate[0].doseQuantity.code == "ug" and c.timing.repeat.period == 2
    o = oxy.dosageInstruction[0]
    assert o.asNeededBoolean is True and float(o.maxDosePerPeriod.numerator.value) == 20
    assert "at least 4 hours apart" in o.text
    assert all(m.reportedBoolean is True and m.intent == "order" for m in (gaba, clon, oxy))
    assert [m.status for m in (gaba, clon, oxy)] == ["active", "active", "active"]
    later = datetime.fromisoformat("2027-02-02T12:00:00+00:00")
    after = to_fhir(plan, load_knowledge_base(), stamp=later)
    assert [e["resource"].get("status") for e in after["entry"][1:]] == [
        "completed",
        "active",
        "active",
    ]


@pytest.mark.parametrize("target", ["link", "inside"])
def test_unsafe_targets_are_refused(cli, tmp_path: Path, target: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", DEMO_PLAN).rc == 0
    if target == "link":
        (tmp_path / "real.json").write_text("{}", encoding="utf-8")
        path = tmp_path / "link.json"
        path.symlink_to(tmp_path / "real.json")
    else:
        path = Path(os.environ["MEDPLANNER_HOME"]) / "plan.fhir.json"
    r = cli("export", "--format", "fhir", "-o", path, now=NOW)
    assert r.rc == 2 and "cannot be written" in r.err and "Traceback" not in r.err
