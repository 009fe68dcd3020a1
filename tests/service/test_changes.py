"""Every mutating service call says what it changed (issue 19: the service is the one door)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from medplanner.core.events import Slot
from medplanner.core.record import replace
from medplanner.service import Service
from medplanner.service.changes import NOTHING, Changes
from tests.cli.test_stock_cmd import PLAN

NOW = datetime.fromisoformat("2027-01-13T09:00:00+00:00")


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Service]:
    plan = tmp_path / "plan.toml"
    plan.write_text(PLAN, encoding="utf-8")
    with Service.open(tmp_path / "data", clock=lambda: NOW) as service:
        assert service.import_plan(plan).changes == Changes("Sam", plan=True, persons=True)
        yield service


def test_plans_doses_and_corrections_say_events_or_plan(svc: Service) -> None:
    again = svc.save_plan(svc.current("Sam").plan)
    assert again.changes == Changes("Sam", plan=True)
    take = svc.take("Sam", "baclofen", datetime.fromisoformat("2027-01-13T08:00:00+00:00"))
    assert take.changes == Changes("Sam", events=True)
    assert take.event is not None
    fixed = svc.record_correction("Sam", take.event, at=NOW)
    assert fixed.changes == Changes("Sam", events=True) and fixed.value.corrects == take.event.id
    gone = svc.record_retraction("Sam", fixed.value, reason="tapped by mistake")
    assert gone.changes == Changes("Sam", events=True) and gone.value.kind == "retracted"
    skip = svc.skip("Sam", "metformin", NOW)
    assert skip.changes == Changes("Sam", events=True)
    refused = svc.skip("Sam", "metformin", NOW)  # already answered
    assert refused.event is None and refused.changes == NOTHING and not refused.changes
    slot = Slot(NOW.date(), datetime.fromisoformat("2027-01-13T14:00:00").time())
    snoozed = svc.snooze("Sam", "baclofen", slot, NOW, NOW.replace(hour=14, minute=10))
    assert snoozed.changes == Changes("Sam", events=True)


def test_diary_stock_settings_and_persons_say_their_kind(svc: Service) -> None:
    entry = svc.record_symptom("Sam", "nausea", "mild", NOW)
    assert entry.changes == Changes("Sam", diary=True)
    stored = entry.value[0]
    assert stored.id is not None
    withdrawn = svc.withdraw_symptom("Sam", stored.id, reason="typo")
    assert withdrawn.changes == Changes("Sam", diary=True)
    assert svc.mark_safe("Sam", NOW).changes == Changes("Sam", diary=True)
    assert svc.set_stock("Sam", "metformin", 10, at=NOW).changes == Changes("Sam", stock=True)
    assert svc.add_stock("Sam", "metformin", 10, at=NOW).changes == Changes("Sam", stock=True)
    assert svc.set_refill_lead_days("sam", 3) == Changes("Sam", settings=True)
    assert svc.set_refill_reminder_time("Sam", "09:30") == Changes("Sam", settings=True)
    assert svc.set_setting("x.y", "1") == Changes(None, settings=True)
    assert svc.setting("x.y") == "1"
    person = replace(svc.current("Sam").plan.person, name="Kim")
    renamed = svc.update_person("Sam", person)
    assert renamed.value == "Kim" and renamed.changes == Changes(None, plan=True, persons=True)
    assert svc.find_person("kim") == "Kim" and svc.find_person("Sam") is None


def test_changes_combine_and_say_whom_they_concern() -> None:
    both = Changes("Sam", events=True) | Changes("Sam", stock=True)
    assert both == Changes("Sam", events=True, stock=True)
    assert (Changes("Sam", events=True) | Changes("Kim", plan=True)).person is None
    assert (NOTHING | Changes("Kim", plan=True)) == Changes("Kim", plan=True)
    assert Changes("Sam", events=True).concerns("SAM") and not Changes("Sam").concerns("Kim")
    assert Changes.everything().concerns("anyone") and not NOTHING
