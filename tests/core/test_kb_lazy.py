"""The knowledge base decodes a drug from its bundle when the drug is first looked up
(issue 20: a plan names a few drugs, and every command start pays for what is decoded);
every lookup gives what the eagerly loaded TOML files give, and a stale bundle is never used.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from medplanner.core import kbbundle
from medplanner.core.checks import run_checks
from medplanner.core.knowledge import load_knowledge_base
from medplanner.core.plan import load
from medplanner.core.resources import RESOURCES, RESOURCES_DIR

from .kbcopy import bundled_copy

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "benchmarks" / "seed-plan.toml"


def _decoded(kb: object) -> set[str]:
    """The drugs a bundle-read base has decoded so far."""
    drugs = kb.drugs  # type: ignore[attr-defined]
    assert isinstance(drugs, kbbundle._Decoded)
    return set(drugs._made)


def test_reading_the_bundle_decodes_no_drug_and_a_check_only_the_plans() -> None:
    kb = kbbundle.read(RESOURCES_DIR)
    assert kb is not None
    assert _decoded(kb) == set()
    run_checks(load(str(SEED)), kb)
    assert _decoded(kb) == {"gabapentin", "baclofen"}


def test_every_drug_decoded_on_first_lookup_equals_the_toml_files_drug() -> None:
    eager = load_knowledge_base(RESOURCES)  # a path: the TOML files, parsed and validated
    kb = kbbundle.read(RESOURCES_DIR)
    assert kb is not None
    names = [(name, d.name) for d in eager.drugs.values() for name in d.names]
    random.Random(20).shuffle(names)
    for name, key in names:  # by generic, alias or brand, in any order
        drug = kb.lookup(name.upper())
        assert drug is not None and drug == eager.drugs[key]
        assert drug is kb.drugs[key] is kb.lookup(name)  # decoded once: the same object
    assert list(kb.drugs) == list(eager.drugs)
    assert list(kb.drugs.values()) == list(eager.drugs.values())
    assert dict(kb.drugs.items()) == dict(eager.drugs)
    assert len(kb.drugs) == len(eager.drugs) and "aspirin" not in kb.drugs
    with pytest.raises(KeyError):
        kb.drugs["aspirin"]
    for cls in kb.classes:
        assert kb.members(cls) == eager.members(cls)
    assert kb.all_names() == eager.all_names()
    assert list(kb.sources()) == list(eager.sources())


def test_the_classes_combinations_and_products_equal_the_toml_files() -> None:
    eager = load_knowledge_base(RESOURCES)
    kb = kbbundle.read(RESOURCES_DIR)
    assert kb is not None
    assert kb.classes == eager.classes
    assert kb.combinations == eager.combinations
    assert kb.products == eager.products
    assert kb.directory == RESOURCES_DIR == str(RESOURCES)


NEW_DRUG = (
    'name = "metformin"\nbrands = ["Glucophage"]\n'
    'classes = { value = ["sedating"], source = "test only" }\n'
)


@pytest.mark.parametrize("change", ["edited", "added", "removed", "renamed", "product-added"])
def test_a_stale_bundle_is_still_refused(tmp_path: Path, change: str) -> None:
    """The checksum reads every TOML file whole (not its modification time): a changed,
    added or removed file is never ignored, and the TOML files are read instead."""
    root = bundled_copy(tmp_path)
    gaba = root / "drugs" / "gabapentin.toml"
    if change == "edited":  # one byte, the same length
        text = gaba.read_bytes()
        gaba.write_bytes(text.replace(b"Neurontin", b"Neurontim", 1))
        assert len(gaba.read_bytes()) == len(text)
    elif change == "added":
        (root / "drugs" / "metformin.toml").write_text(NEW_DRUG, encoding="utf-8")
    elif change == "removed":
        (root / "products" / "norco.toml").unlink()
    elif change == "renamed":
        (root / "products" / "norco.toml").rename(root / "products" / "norco2.toml")
    else:
        shutil.copy(root / "products" / "norco.toml", root / "products" / "zz.toml")
    assert kbbundle.read(root) is None
