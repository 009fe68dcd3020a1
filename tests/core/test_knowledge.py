"""The knowledge base: every shipped file loads, every number has a source, lookups work."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from medplanner.core.kbdoc import coverage_text, render
from medplanner.core.knowledge import (
    COMBINATION_CODES,
    KnowledgeBase,
    KnowledgeBaseError,
    load_knowledge_base,
    source_problem,
)
from medplanner.core.resources import CLASSES_FILE, DRUGS_DIR, RESOURCES
from medplanner.core.units import Amount

DRUG_FILES = sorted(DRUGS_DIR.glob("*.toml"))
PRODUCT_FILES = sorted((RESOURCES / "products").glob("*.toml"))

#: The ingredients issue 4 asks for, by class.
EXPECTED = {
    "gabapentinoid": ["gabapentin", "pregabalin"],
    "opioid": [
        "oxycodone",
        "morphine",
        "hydrocodone",
        "codeine",
        "tramadol",
        "tapentadol",
        "fentanyl",
        "methadone",
        "buprenorphine",
        "hydromorphone",
    ],
    "benzodiazepine": ["diazepam", "lorazepam", "alprazolam", "clonazepam", "temazepam"],
    "z-drug": ["zolpidem", "zopiclone", "eszopiclone"],
    "muscle-relaxant": ["baclofen", "tizanidine", "cyclobenzaprine"],
    "sedating-antihistamine": [
        "diphenhydramine",
        "promethazine",
        "hydroxyzine",
        "doxylamine",
        "chlorphenamine",
    ],
}

_DOSE = re.compile(r"^\s*[0-9.]+\s*(mg|mcg|g|µg)\s*$")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


# --------------------------------------------------------------------------- shipped files


def _walk(node: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
    """Every table in a parsed TOML document, with its key path."""
    out: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        out.append((path, node))
        for k, v in node.items():
            out += _walk(v, f"{path}.{k}" if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _walk(v, f"{path}[{i}]")
    return out


@pytest.mark.parametrize("file", DRUG_FILES + PRODUCT_FILES, ids=lambda p: p.stem)
def test_every_number_in_a_drug_file_has_a_source(file: Path) -> None:
    """Read the raw TOML, not the loader: a table holding a number or a dose has a source."""
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    for path, table in _walk(data, ""):
        numbers = [
            k
            for k, v in table.items()
            if (isinstance(v, int | float) and not isinstance(v, bool))
            or (isinstance(v, str) and _DOSE.match(v))
        ]
        if numbers and path:
            source = table.get("source")
            assert isinstance(source, str) and source.strip(), f"{file.name}: {path} {numbers}"


@pytest.mark.parametrize("file", DRUG_FILES, ids=lambda p: p.stem)
def test_every_dose_in_a_drug_file_parses(file: Path) -> None:
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    for path, table in _walk(data, ""):
        for k, v in table.items():
            if isinstance(v, str) and re.match(r"^\s*[0-9.]+\s*[^\s0-9./]+\s*$", v):
                assert Amount.parse(v).mg > 0, f"{file.name}: {path}.{k}"


def test_every_shipped_file_loads_with_sources(kb: KnowledgeBase) -> None:
    assert len(kb.drugs) == len(DRUG_FILES)
    for drug in kb.drugs.values():
        assert Path(drug.file).stem == drug.name
        pairs = list(drug.sources())
        assert pairs, drug.name
        for key, source in pairs:
            assert source.strip(), f"{drug.name}: {key}"
    for cls in kb.classes.values():
        assert cls.source.strip() and cls.description.strip()
    for combo in kb.combinations:
        assert combo.source.strip() and combo.why.strip()
        assert combo.code in COMBINATION_CODES


def test_every_source_is_well_formed(kb: KnowledgeBase) -> None:
    """Issue 17: every number cites label, revision and section, or says it is our rule."""
    walked = list(kb.sources())
    assert len(walked) > 150
    bad = [
        (Path(f).name, key, problem) for f, key, src in walked if (problem := source_problem(src))
    ]
    assert bad == []


#: A label named in a citation carries its revision date right after it: "Zanaflex label
#: (Acorda, rev. 2013)" or "(…, rev. Apr 2020)". A bare "the label" refers back to one already named.
_LABEL_CITATION = re.compile(r"(?<!\bthe )\blabels?\b(?: \(([^)]*)\))?", re.IGNORECASE)
_REVISION = re.compile(
    r"\brev\. (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )?(?:19|20)[0-9]{2}\b"
)


def _labels_without_revision(source: str) -> list[str]:
    """Each label the citation names without "(…, rev. <year>)" directly after it."""
    return [
        source[max(0, m.start() - 30) : m.end()]
        for m in _LABEL_CITATION.finditer(source)
        if not (m.group(1) and _REVISION.search(m.group(1)))
    ]


def test_every_label_citation_carries_its_revision_date(kb: KnowledgeBase) -> None:
    """Issue 17 item 4, tightened: every label named is followed by its revision year."""
    bad = [
        (Path(f).name, key, hit)
        for f, key, src in kb.sources()
        for hit in _labels_without_revision(src)
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("source", "ok"),
    [
        ("Zanaflex label (Acorda, rev. 2013) §2.1 (36 mg)", True),
        ("Lyrica CR label (Pfizer, rev. Apr 2020) §2.5", True),
        ("Derived from the Neurontin label (Pfizer, rev. 2020) §2.2, a MedPlanner rule", True),
        ("Lyrica label (rev. 2020) §2.3: the largest raise the label describes", True),
        ("Ozobax label (rev. 2021) and Lyvispah label §5.2", False),
        ("Neurontin label (Pfizer) §2.3, revised 2020", False),
        ("Neurontin label §2.3 (rev. 2020)", False),
    ],
)
def test_a_label_without_its_revision_is_caught(source: str, ok: bool) -> None:
    assert (_labels_without_revision(source) == []) is ok


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("Neurontin label §2.3", "revision"),
        ("Neurontin label (Pfizer, rev. 2020)", "section"),
        ("Derived from the Neurontin label (rev. 2020) §2.2", "MedPlanner rule"),
        ("Some review of gabapentin", "date"),
        ("", "empty"),
    ],
)
def test_a_malformed_source_is_caught(source: str, problem: str) -> None:
    found = source_problem(source)
    assert found is not None and problem in found


def test_products_load_and_expand(kb: KnowledgeBase) -> None:
    for name in ("Percocet", "Norco", "Vicodin", "Tylenol with Codeine #3", "Suboxone",
                 "Gralise", "Horizant", "Lyrica CR", "OxyContin"):  # fmt: skip
        product = kb.product(name)
        assert product is not None, name
        for ingredient in product.ingredients:
            assert ingredient in kb.drugs
    percocet = kb.product("percocet")
    assert percocet is not None and percocet.principal == "oxycodone"
    t3 = kb.product("Tylenol #3")
    assert t3 is not None and t3.principal == "codeine"  # the opioid, though named second
    assert str(t3.principal_amount(t3.variant_for(None, "Tylenol #3"))) == "30 mg"
    gralise = kb.lookup("Gralise")
    assert gralise is not None and gralise.counts_as == "gabapentin"
    assert gralise.max_single is not None and str(gralise.max_single.value) == "1800 mg"
    assert kb.lookup("OxyContin") is not None and kb.lookup("oxycodone") is not None
    assert kb.suggest("Norko") == "Norco" and kb.suggest("xyzzy") is None


def test_docs_clinical_md_is_generated_from_the_data() -> None:
    """docs/clinical.md is regenerated by: python -m medplanner.core.kbdoc > docs/clinical.md"""
    doc = Path(__file__).resolve().parents[2] / "docs" / "clinical.md"
    assert doc.read_text(encoding="utf-8") == render(), (
        "docs/clinical.md is out of sync with the data: run "
        "python -m medplanner.core.kbdoc > docs/clinical.md"
    )


def test_the_coverage_note_is_there() -> None:
    text = coverage_text()
    assert "Where MedPlanner's checks stop" in text and "not in the knowledge base" in text


def test_product_rules_say_so(kb: KnowledgeBase) -> None:
    for drug in kb.drugs.values():
        if drug.min_interval_fraction is not None:
            assert "MedPlanner product rule" in drug.min_interval_fraction.source


@pytest.mark.parametrize(("cls", "names"), EXPECTED.items())
def test_the_requested_ingredients_are_there(kb: KnowledgeBase, cls: str, names: list[str]) -> None:
    for name in names:
        drug = kb.lookup(name)
        assert drug is not None, name
        assert drug.is_a(cls), (name, cls)
        assert drug.sedating, name
        assert drug.is_a("cns-depressant"), name


def test_classes_resolve_what_they_imply(kb: KnowledgeBase) -> None:
    gabapentin = kb.lookup("gabapentin")
    assert gabapentin is not None
    assert gabapentin.all_classes == {"gabapentinoid", "cns-depressant", "sedating"}
    assert {d.name for d in kb.members("gabapentinoid")} == {"gabapentin", "pregabalin"}
    assert kb.is_a("Xanax", "benzodiazepine")
    assert not kb.is_a("metformin", "sedating")


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("name", "ingredient"),
    [
        ("gabapentin", "gabapentin"),
        ("Neurontin", "gabapentin"),
        ("  NEURONTIN ", "gabapentin"),
        ("Neurontin®", "gabapentin"),
        ("Lioresal", "baclofen"),
        ("ozobax", "baclofen"),
        ("Lyvispah", "baclofen"),
        ("Fleqsuvy", "baclofen"),
        ("MS  Contin", "morphine"),
        ("chlorpheniramine", "chlorphenamine"),
    ],
)
def test_lookup_by_generic_brand_any_case(kb: KnowledgeBase, name: str, ingredient: str) -> None:
    drug = kb.lookup(name)
    assert drug is not None and drug.name == ingredient
    assert kb.ingredient_key(name) == ingredient


def test_unknown_names(kb: KnowledgeBase) -> None:
    assert kb.lookup("metformin") is None
    assert kb.lookup("") is None
    assert kb.ingredient_key("  Metformin ") == "metformin"


# --------------------------------------------------------------------------- the numbers


def test_gabapentin_numbers_are_the_labels(kb: KnowledgeBase) -> None:
    g = kb.lookup("gabapentin")
    assert g is not None
    assert g.start_daily is not None and g.start_daily.value == Amount.parse("900 mg")
    assert g.max_daily is not None and g.max_daily.value == Amount.parse("3600 mg")
    assert g.max_single is not None and g.max_single.value == Amount.parse("1200 mg")
    assert g.increment_daily is not None and g.increment_daily.value == Amount.parse("300 mg")
    assert g.increment_interval_days is not None and g.increment_interval_days.value == 1
    assert g.max_gap is not None and g.max_gap.hours.value == 12
    assert g.max_gap.from_doses_per_day.value == 3
    assert g.taper is not None and g.taper.min_days.value == 7
    assert "§2.5" in g.taper.min_days.source
    assert g.skip_window_hours is not None and g.skip_window_hours.value == 2
    assert "NHS" in g.skip_window_hours.source
    assert g.half_life_hours is not None and (g.half_life_hours.min, g.half_life_hours.max) == (
        5,
        7,
    )
    assert g.renal is not None and g.renal.kind == "label" and len(g.renal.bands) == 5


def test_baclofen_numbers_are_the_labels(kb: KnowledgeBase) -> None:
    b = kb.lookup("baclofen")
    assert b is not None
    assert b.start_daily is not None and b.start_daily.value == Amount.parse("15 mg")
    assert b.increment_daily is not None and b.increment_daily.value == Amount.parse("15 mg")
    assert b.increment_interval_days is not None and b.increment_interval_days.value == 3
    assert b.max_single is not None and b.max_single.value == Amount.parse("20 mg")
    assert b.max_daily is not None and b.max_daily.value == Amount.parse("80 mg")
    assert b.taper is not None and b.taper.min_days.value == 7
    assert b.taper.max_days is not None and b.taper.max_days.value == 14
    assert b.renal is not None and b.renal.kind == "guidance"
    assert all("Vlavonou" in band.source for band in b.renal.bands)
    assert b.t_max_hours is not None and b.t_max_hours.typical == 2


@pytest.mark.parametrize(
    ("crcl", "label", "most"),
    [
        ("200", "≥60 mL/min", "3600"),
        ("60", "≥60 mL/min", "3600"),
        ("59.9", ">30–59 mL/min", "1400"),
        ("30.5", ">30–59 mL/min", "1400"),
        ("30", ">15–29 mL/min", "700"),
        ("15.5", ">15–29 mL/min", "700"),
        ("15", "15 mL/min", "300"),
        ("14", "<15 mL/min", "280"),
        ("7.5", "<15 mL/min", "150"),
        ("0", "<15 mL/min", "0"),
    ],
)
def test_gabapentin_renal_band_edges(kb: KnowledgeBase, crcl: str, label: str, most: str) -> None:
    """Label Table 1 rows are ≥60, >30–59, >15–29, 15 and (footnote) <15."""
    g = kb.lookup("gabapentin")
    assert g is not None and g.renal is not None and g.max_daily is not None
    band = g.renal.band_for(Decimal(crcl))
    assert band is not None and band.label == label
    assert band.daily_max_mg(Decimal(crcl), g.max_daily.value) == Decimal(most)


def test_gabapentin_bands_cover_every_clearance_once(kb: KnowledgeBase) -> None:
    g = kb.lookup("gabapentin")
    assert g is not None and g.renal is not None
    for quarter in range(0, 200 * 4):
        crcl = Decimal(quarter) / 4
        assert sum(b.contains(crcl) for b in g.renal.bands) == 1, crcl


@pytest.mark.parametrize(
    ("crcl", "label"),
    [("81", None), ("80", "50–80 mL/min"), ("50.5", "50–80 mL/min"), ("50", "30–50 mL/min"),
     ("30", "30–50 mL/min"), ("29.9", "<30 mL/min")],
)  # fmt: skip
def test_baclofen_guidance_band_edges(kb: KnowledgeBase, crcl: str, label: str | None) -> None:
    b = kb.lookup("baclofen")
    assert b is not None and b.renal is not None
    band = b.renal.band_for(Decimal(crcl))
    assert (band.label if band else None) == label


# --------------------------------------------------------------------------- loading


def test_the_shipped_base_is_cached() -> None:
    assert load_knowledge_base() is load_knowledge_base()


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(DRUGS_DIR, root / "drugs")
    shutil.copytree(RESOURCES / "products", root / "products")
    shutil.copy(CLASSES_FILE, root / "classes.toml")
    return root


def test_a_directory_can_be_passed(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "drugs" / "metformin.toml").write_text(
        'name = "metformin"\nbrands = ["Glucophage"]\n'
        'classes = { value = ["sedating"], source = "test only" }\n',
        encoding="utf-8",
    )
    kb = load_knowledge_base(root)
    drug = kb.lookup("glucophage")
    assert drug is not None and drug.name == "metformin"
    assert kb.directory == str(root)
    assert load_knowledge_base(str(root)).lookup("metformin") is not None


def _break(tmp_path: Path, file: str, old: str, new: str) -> Path:
    root = _copy(tmp_path)
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("file", "old", "new", "key"),
    [
        (
            "drugs/gabapentin.toml",
            'max_daily = { value = "3600 mg", source',
            'max_daily = { value = "3600 mg", sourc',
            "dose.max_daily",
        ),
        (
            "drugs/baclofen.toml",
            'max_daily = { value = "80 mg"',
            'max_daily = { value = "80 mgs"',
            "dose.max_daily.value",
        ),
        ("drugs/baclofen.toml", 'value = "80 mg"', "value = 80", "dose.max_daily.value"),
        ("drugs/baclofen.toml", "[taper]", "[tapre]", "tapre"),
        ("drugs/baclofen.toml", '"muscle-relaxant"', '"muscle-relax"', "classes.value[0]"),
        ("drugs/gabapentin.toml", "crcl_below = 15", "crcl_below = 16", "renal.bands"),
        ("drugs/gabapentin.toml", 'name = "gabapentin"', 'name = "gabapentine"', "name"),
        ("drugs/oxycodone.toml", '"Roxicodone"', '"Neurontin"', "Neurontin"),
        ("drugs/gabapentin.toml", "interval_days = { value = 1", "interval_days = { value = 0", "interval_days"),
        ("drugs/gabapentin.toml", 'label = "15 mL/min"\n', 'label = "15 mL/min"\nsource2 = 1\n', "source2"),
        ("classes.toml", 'implies = ["sedating"]', 'implies = ["sleepy"]', "implies"),
        ("classes.toml", 'drugs = ["baclofen"]', 'drugs = ["baclofenn"]', "first.drugs[0]"),
        ("classes.toml", 'code = "cns-depressant-combination"', 'code = "oops"', "code"),
        ("classes.toml", 'severity = "warning"', 'severity = "danger"', "severity"),
        ("drugs/baclofen.toml", "[dose]", "[dose", "not valid TOML"),
        ("drugs/gabapentin.toml", 'source = "Neurontin label (Pfizer, rev. 2020) §2.3 (dosage', '# "', "renal: has no source"),
    ],
)  # fmt: skip
def test_a_bad_file_names_file_and_key(
    tmp_path: Path, file: str, old: str, new: str, key: str
) -> None:
    root = _break(tmp_path, file, old, new)
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(root)
    message = str(info.value)
    assert Path(file).name in message and key in message, message


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="drugs"):
        load_knowledge_base(tmp_path)


def test_resources_sit_beside_the_package() -> None:
    assert (RESOURCES / "drugs" / "gabapentin.toml").is_file()


def test_the_core_stays_pure() -> None:
    """Loading the knowledge base and running the checks pulls in no Qt, SQL or scheduler."""
    code = (
        "import sys\n"
        "from medplanner.core.checks import run_checks\n"
        "from medplanner.core.knowledge import load_knowledge_base\n"
        "load_knowledge_base()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlite3', 'apscheduler', 'platformdirs')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_bad_product_file_names_file_and_key(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "products" / "norco.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'amounts = ["5 mg", "325 mg"]', 'amounts = ["5 mg"]'
        ),
        encoding="utf-8",
    )
    kb = load_knowledge_base(root)
    assert kb.lookup("gabapentin") is not None  # molecules do not need the products read
    with pytest.raises(KnowledgeBaseError) as info:
        kb.product("Norco")
    assert "norco.toml" in str(info.value) and "strengths[0].amounts" in str(info.value)


# --------------------------------------------------------------------------- the bundle


def test_the_bundle_is_up_to_date() -> None:
    """resources/knowledge-base.json is what the TOML files make (issue 20: a quick start)."""
    from medplanner.core import kbbundle

    on_disk = Path(kbbundle.bundle_path(RESOURCES)).read_text(encoding="utf-8")
    assert on_disk == kbbundle.build(RESOURCES), (
        f"resources/{kbbundle.BUNDLE_NAME} is out of date with the TOML files: "
        f"run `{kbbundle.REGENERATE}` and commit the result"
    )


def test_the_shipped_base_comes_from_the_bundle_and_equals_the_toml_files() -> None:
    from medplanner.core import kbbundle

    shipped = load_knowledge_base()
    assert shipped._products is not None, (
        f"the shipped base was not read from the bundle (out of date? run `{kbbundle.REGENERATE}`)"
    )
    fresh = load_knowledge_base(RESOURCES)  # a path: the TOML files, parsed and validated
    assert fresh._products is None
    assert kbbundle.encode(shipped) == kbbundle.encode(fresh)
    assert list(shipped.drugs) == list(fresh.drugs)
    for name, drug in fresh.drugs.items():
        assert shipped.drugs[name] == drug
        assert shipped.lookup(name) == fresh.lookup(name)
    assert shipped.classes == fresh.classes
    assert shipped.combinations == fresh.combinations
    assert shipped.products == fresh.products
    assert shipped.all_names() == fresh.all_names()
    assert list(shipped.sources()) == list(fresh.sources())
    norco = shipped.product("Norco 10/325")
    assert norco is not None and norco == fresh.product("Norco 10/325")
    assert Path(norco.file) == RESOURCES / "products" / "norco.toml"


def _bundled_copy(tmp_path: Path) -> Path:
    from medplanner.core import kbbundle

    root = _copy(tmp_path)
    assert kbbundle.main([str(root)]) == 0
    return root


def test_a_bundle_is_used_only_while_it_matches_its_toml_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medplanner.core import kbbundle

    root = _bundled_copy(tmp_path)
    kb = kbbundle.read(root)
    assert kb is not None and kb.lookup("Neurontin") is kb.drugs["gabapentin"]
    assert kb.drugs["gabapentin"].file == str(root / "drugs" / "gabapentin.toml")
    assert kbbundle.main(["--check", str(root)]) == 0

    path = root / "drugs" / "gabapentin.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert kbbundle.read(root) is None  # stale: the loader reads the TOML files instead
    capsys.readouterr()
    assert kbbundle.main(["--check", str(root)]) == 1
    assert "out of date; run python -m medplanner.core.kbbundle" in capsys.readouterr().err
    assert kbbundle.main([str(root)]) == 0
    assert kbbundle.read(root) is not None


@pytest.mark.parametrize(
    "damage",
    ["", "{", '{"format": 1}', "[]", '{"format": 999}'],
    ids=["empty", "not-json", "no-checksum", "a-list", "other-format"],
)
def test_a_damaged_bundle_is_not_used(tmp_path: Path, damage: str) -> None:
    from medplanner.core import kbbundle

    root = _bundled_copy(tmp_path)
    Path(kbbundle.bundle_path(root)).write_text(damage, encoding="utf-8")
    assert kbbundle.read(root) is None


def test_a_damaged_entry_in_a_current_bundle_is_not_used(tmp_path: Path) -> None:
    import json

    from medplanner.core import kbbundle

    root = _bundled_copy(tmp_path)
    path = Path(kbbundle.bundle_path(root))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    header = lines[0]
    fresh = load_knowledge_base(root)  # the TOML files
    # A drug and the products are decoded when first asked for (issue 20): a damaged one is
    # never used, the TOML files' record is.
    name, number = next(iter(header["drugs"].items()))
    lines[number - 1]["max_daily"] = {"@": "NoSuchClass"}
    lines[header["products"] - 1]["products"][0]["source"] = {"$x": "?"}
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    kb = kbbundle.read(root)
    assert kb is not None
    assert kb.drugs[name] == fresh.drugs[name] and kb.lookup(name) is kb.drugs[name]
    assert kb.products == fresh.products
    # What is decoded when the bundle is read: a damage there refuses the whole bundle.
    header["classes"][0] = {"@": "NoSuchClass"}
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert kbbundle.read(root) is None


def test_the_bundle_command_validates_like_the_loader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medplanner.core import kbbundle

    root = _copy(tmp_path)
    path = root / "drugs" / "baclofen.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^source = ", "sauce = ", text, count=1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(root)
    assert kbbundle.main([str(root)]) == 1
    err = capsys.readouterr().err
    assert info.value.message in err and "baclofen.toml" in err
    assert not Path(kbbundle.bundle_path(root)).exists()


def test_the_bundle_ships_in_the_wheel() -> None:
    """A regular (non-editable) install carries the bundle as package data."""
    with (RESOURCES.parent / "pyproject.toml").open("rb") as f:
        config = tomllib.load(f)
    data = config["tool"]["setuptools"]["package-data"]["medplanner.data"]
    from medplanner.core import kbbundle

    assert kbbundle.BUNDLE_NAME in data or "*.jsonl" in data
