"""The bundle's layout (issue 20): JSON Lines, a header and then a line per drug and one for
the products, so that a command parses the header and the lines of the drugs it looks up,
nothing else; a damaged line falls back to the TOML files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medplanner.core import kbbundle
from medplanner.core.checks import run_checks
from medplanner.core.knowledge import Drug, load_knowledge_base
from medplanner.core.plan import load
from medplanner.core.resources import RESOURCES, RESOURCES_DIR

from .kbcopy import bundled_copy

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "benchmarks" / "seed-plan.toml"


def _lines(directory: str | Path) -> list[bytes]:
    data = Path(kbbundle.bundle_path(directory)).read_bytes()
    assert data.endswith(b"\n")
    return data.split(b"\n")[:-1]


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every line of a bundle parsed from now on, in order."""
    seen: list[bytes] = []
    real = kbbundle._parse

    def parse(line: bytes) -> object:
        seen.append(line)
        return real(line)

    monkeypatch.setattr(kbbundle, "_parse", parse)
    return seen


def _numbers(seen: list[bytes], lines: list[bytes]) -> list[int]:
    """The line numbers (from 1) of the lines parsed."""
    return [lines.index(line) + 1 for line in seen]


def test_the_layout_is_a_header_a_line_per_drug_and_the_products() -> None:
    lines = _lines(RESOURCES_DIR)
    values = [json.loads(line) for line in lines]  # each line one JSON value
    header = values[0]
    assert header["format"] == kbbundle.FORMAT == 2
    assert header["checksum"] == kbbundle.checksum(RESOURCES_DIR)
    fresh = load_knowledge_base(RESOURCES)  # the TOML files
    assert list(header["drugs"]) == list(fresh.drugs)
    for name, number in header["drugs"].items():
        assert values[number - 1]["@"] == "Drug" and values[number - 1]["name"] == name
    assert sorted([1, header["products"], *header["drugs"].values()]) == list(
        range(1, len(lines) + 1)
    )  # every line is the header, a drug's or the products': nothing else
    tail = values[header["products"] - 1]
    assert sorted(tail) == ["product_index", "products"]
    assert [p["name"] for p in tail["products"]] == list(fresh.products)
    assert set(header) == {
        "format",
        "regenerate",
        "checksum",
        "drugs",
        "products",
        "index",
        "classes",
        "combinations",
    }


def test_reading_parses_the_header_and_a_lookup_only_its_drugs_line(
    parsed: list[bytes],
) -> None:
    lines = _lines(RESOURCES_DIR)
    header = json.loads(lines[0])
    kb = kbbundle.read(RESOURCES_DIR)
    assert kb is not None
    assert _numbers(parsed, lines) == [1]
    gabapentin = kb.lookup("Neurontin")
    assert gabapentin is not None and gabapentin.name == "gabapentin"
    assert _numbers(parsed, lines) == [1, header["drugs"]["gabapentin"]]
    assert kb.lookup("gabapentin") is gabapentin and kb.drugs["gabapentin"] is gabapentin
    assert kb.lookup("Lioresal") is kb.drugs["baclofen"]
    assert _numbers(parsed, lines) == [
        1,
        header["drugs"]["gabapentin"],
        header["drugs"]["baclofen"],
    ]
    assert kb.product("Norco 10/325") is not None  # a product: the products' line
    assert kb.product("Percocet") is not None
    assert _numbers(parsed, lines)[3:] == [header["products"]]


def test_a_check_of_the_seed_plan_parses_the_header_and_its_two_drugs_lines(
    parsed: list[bytes],
) -> None:
    lines = _lines(RESOURCES_DIR)
    header = json.loads(lines[0])
    kb = kbbundle.read(RESOURCES_DIR)
    assert kb is not None
    run_checks(load(str(SEED)), kb)
    assert sorted(_numbers(parsed, lines)) == sorted(
        [1, header["drugs"]["gabapentin"], header["drugs"]["baclofen"]]
    )


def _write(root: Path, lines: list[bytes]) -> None:
    Path(kbbundle.bundle_path(root)).write_bytes(b"".join(line + b"\n" for line in lines))


DAMAGES = {
    "not-json": lambda line, other: line[: len(line) // 2],
    "empty": lambda line, other: b"",
    "another-drugs-line": lambda line, other: other,
    "not-a-drug": lambda line, other: b'{"@": "DrugClass", "name": "x"}',
    "unknown-record": lambda line, other: line.replace(b'"@":"Drug"', b'"@":"Drog"', 1),
    "bad-decimal": lambda line, other: line.replace(b'{"$d":"', b'{"$d":"x', 1),
    "a-list": lambda line, other: b"[]",
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_drug_line_falls_back_to_the_toml_files(tmp_path: Path, damage: str) -> None:
    root = bundled_copy(tmp_path)
    lines = _lines(root)
    where = json.loads(lines[0])["drugs"]
    at, other = where["baclofen"], where["gabapentin"]
    lines[at - 1] = DAMAGES[damage](lines[at - 1], lines[other - 1])
    _write(root, lines)
    fresh = load_knowledge_base(root)  # the TOML files
    kb = kbbundle.read(root)
    assert kb is not None  # the header is sound: the bundle is used
    baclofen = kb.lookup("baclofen")
    assert type(baclofen) is Drug and baclofen == fresh.drugs["baclofen"]
    assert baclofen is kb.drugs["baclofen"]  # made once
    assert kb.drugs["gabapentin"] == fresh.drugs["gabapentin"]
    assert list(kb.drugs) == list(fresh.drugs)


@pytest.mark.parametrize("number", [0, -1, 999, "4", None, 1.0])
def test_a_drug_whose_line_number_is_wrong_comes_from_the_toml_files(
    tmp_path: Path, number: object
) -> None:
    root = bundled_copy(tmp_path)
    lines = _lines(root)
    header = json.loads(lines[0])
    header["drugs"]["baclofen"] = number
    lines[0] = json.dumps(header).encode()
    _write(root, lines)
    kb = kbbundle.read(root)
    assert kb is not None
    assert kb.drugs["baclofen"] == load_knowledge_base(root).drugs["baclofen"]


def test_a_bundle_cut_short_gives_its_drugs_and_products_from_the_toml_files(
    tmp_path: Path,
) -> None:
    root = bundled_copy(tmp_path)
    lines = _lines(root)
    _write(root, lines[:3])  # the header and two drugs
    fresh = load_knowledge_base(root)
    kb = kbbundle.read(root)
    assert kb is not None
    assert dict(kb.drugs.items()) == dict(fresh.drugs)
    assert kb.products == fresh.products


@pytest.mark.parametrize(
    "damage",
    [
        lambda tail: b"{",
        lambda tail: tail.replace(b'"@":"Product"', b'"@":"Drug"', 1),
        lambda tail: b'{"products": []}',
        lambda tail: b'{"products": [], "product_index": []}',
    ],
    ids=["not-json", "not-a-product", "no-index", "index-not-a-table"],
)
def test_a_damaged_products_line_falls_back_to_the_toml_files(
    tmp_path: Path, damage: object
) -> None:
    root = bundled_copy(tmp_path)
    lines = _lines(root)
    at = json.loads(lines[0])["products"]
    lines[at - 1] = damage(lines[at - 1])  # type: ignore[operator]
    _write(root, lines)
    fresh = load_knowledge_base(root)
    kb = kbbundle.read(root)
    assert kb is not None
    assert kb.products == fresh.products
    assert kb.product("Norco 10/325") == fresh.product("Norco 10/325")


@pytest.mark.parametrize(
    "header",
    [
        b"",
        b"{",
        b'{"format": 1}',
        b"[]",
        b'{"format": 2}',
        b'{"format": 2, "checksum": "00000000-0"}',
    ],
    ids=["empty", "not-json", "format-1", "a-list", "no-checksum", "other-checksum"],
)
def test_a_damaged_header_refuses_the_whole_bundle(tmp_path: Path, header: bytes) -> None:
    root = bundled_copy(tmp_path)
    lines = _lines(root)
    _write(root, [header, *lines[1:]])
    assert kbbundle.read(root) is None


def test_a_header_missing_a_part_refuses_the_whole_bundle(tmp_path: Path) -> None:
    root = bundled_copy(tmp_path)
    lines = _lines(root)
    for part in ("drugs", "products", "index", "classes", "combinations"):
        header = json.loads(lines[0])
        del header[part]
        _write(root, [json.dumps(header).encode(), *lines[1:]])
        assert kbbundle.read(root) is None, part


def test_the_check_command_shows_a_changed_line_cut_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = bundled_copy(tmp_path)
    path = root / "drugs" / "baclofen.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Lioresal", "Lioresol"), encoding="utf-8"
    )
    capsys.readouterr()
    assert kbbundle.main(["--check", str(root)]) == 1
    err = capsys.readouterr().err
    assert "out of date; run python -m medplanner.core.kbbundle" in err
    changed = [line for line in err.splitlines() if line.startswith(("-{", "+{"))]
    assert changed and all(len(line) <= 160 for line in changed)
    assert any(line.endswith("…") for line in changed)
