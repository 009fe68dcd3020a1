"""The prescription planner by strength (issue 22 item 3): the fewest units per strength."""

from __future__ import annotations

from datetime import date

from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import loads
from medplanner.core.supply import Product, make_dose, plan_supply
from medplanner.core.units import Amount

KB = load_knowledge_base()

PLAN = """format = "medplanner-plan/1"
[person]
name = "Sam"
timezone = "Europe/Berlin"
crcl_ml_min = 90
[[medications]]
name = "gabapentin"
start = 2027-01-04
  [[medications.steps]]
  from = 2027-01-04
  times = [ { at = "08:00", dose = "300 mg" }, { at = "21:00", dose = "600 mg" } ]
  [[medications.steps]]
  from = 2027-01-08
  dose = "700 mg"
  times = ["08:00", "14:00", "21:00"]
[[medications]]
name = "baclofen"
strength = "10 mg"
form = "scored-tablet"
start = 2027-01-04
dose = "15 mg"
times = ["08:00", "14:00", "20:00"]
[[medications]]
name = "Neurontin"
strength = "300 mg"
form = "capsule"
start = 2027-01-04
stop = 2027-01-05
dose = "250 mg"
times = ["12:00"]
[[medications]]
name = "oxycodone"
as_needed = true
dose = "5 mg"
max_per_day = 4
strength = "5 mg"
"""


def mg(text: str) -> Amount:
    return Amount.parse(text)


def test_fewest_pieces_capsules_whole_scored_tablets_halved() -> None:
    capsule = Product(mg("300 mg"), "capsule")
    scored = Product(mg("600 mg"), "scored-tablet")
    plain = Product(mg("600 mg"), "tablet")
    made = make_dose(mg("900 mg"), (scored, capsule))
    assert made is not None and [(p.product, p.count, p.half) for p in made] == [
        (scored, 1, False),
        (capsule, 1, False),
    ]
    # 300 mg: a whole capsule rather than half a tablet (no half when a whole will do)
    made = make_dose(mg("300 mg"), (scored, capsule))
    assert made is not None and [(p.product, p.half) for p in made] == [(capsule, False)]
    # a half is only ever of a scored tablet
    made = make_dose(mg("300 mg"), (scored,))
    assert made is not None and [(p.product, p.count, p.half) for p in made] == [(scored, 1, True)]
    assert make_dose(mg("300 mg"), (plain,)) is None
    assert make_dose(mg("150 mg"), (capsule,)) is None  # capsules are never split


def test_plan_supply_counts_units_per_strength() -> None:
    supplies = plan_supply(loads(PLAN), KB, date(2027, 1, 4), 1)
    gaba, baclofen, neurontin, oxy = supplies
    assert {(str(p.strength), p.form): n for p, n in gaba.units.items()} == {
        ("600 mg", "scored-tablet"): 4 + 9,  # 600 mg doses, and 700 = 600 + 100
        ("300 mg", "capsule"): 4,
        ("100 mg", "capsule"): 9,
    }
    # 15 mg = 1½ tablets of 10 mg, 21 doses: 31½, and a half left over is still a tablet
    assert [(str(p.strength), n) for p, n in baclofen.units.items()] == [("10 mg", 32)]
    assert baclofen.makeable
    # 250 mg cannot be made from any gabapentin strength: listed, not counted
    assert not neurontin.makeable and neurontin.units == {}
    assert oxy.as_needed and [n for n in oxy.units.values()] == [28]


def test_no_known_strength_counts_nothing() -> None:
    plan = loads(PLAN.replace('strength = "10 mg"\nform = "scored-tablet"\n', ""))
    baclofen = plan_supply(plan, KB, date(2027, 1, 4), 1)[1]
    assert baclofen.products == () and baclofen.units == {} and not baclofen.makeable
