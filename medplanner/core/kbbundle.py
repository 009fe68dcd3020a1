"""The shipped knowledge base as one pre-validated file (issue 20: a quicker start).

Every command start used to read and validate 30-odd TOML files (``resources/classes.toml``,
``drugs/*.toml``, ``products/*.toml``). Those files stay the source, written and reviewed by
hand; this module turns what :func:`medplanner.core.knowledge.load_knowledge_base` makes of
them into one JSON file, ``resources/knowledge-base.json``, shipped beside them as package
data. At run time the shipped knowledge base is built from that file without parsing or
validating anything again.

Regenerate it after changing any of those TOML files (a test fails until you do)::

    python -m medplanner.core.kbbundle

That command loads the TOML files with every check the loader has (a bad file fails with the
same message naming the file and the key, and nothing is written), then writes the bundle.

The bundle also records a checksum of the TOML files it was made from. The loader compares it
with the files shipped beside it and, if they differ (a file edited and the bundle not
regenerated), reads the TOML files as before: a stale bundle is never used. The core only ever
reads here; the command above is the only writer.

The format is plain JSON (no pickle, nothing evaluated). Each record of the knowledge base is
``{"@": "<class>", <field>: <value>, ...}`` with fields at their default left out; lists are
tuples; ``{"$d": "1.5"}`` is a Decimal, ``{"$f": "1/3"}`` a Fraction, ``{"$t": "17:00:00"}``
a time, ``{"$a": ["300", "mg", null]}`` an Amount and ``{"$s": [...]}`` a frozenset. A file
name is stored relative to the resources folder.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Iterator
from datetime import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from medplanner.core import knowledge as kb_module
from medplanner.core.knowledge import (
    Combination,
    Dialysis,
    Drug,
    DrugClass,
    KnowledgeBase,
    KnowledgeBaseError,
    MaxGap,
    MissedStreak,
    Product,
    ProductStrength,
    ProductVariant,
    Range,
    Renal,
    RenalBand,
    Sourced,
    Taper,
    Timing,
)
from medplanner.core.record import Record
from medplanner.core.resources import RESOURCES
from medplanner.core.units import Amount

#: The bundle's name in the resources folder (``medplanner/data`` in an installed wheel).
BUNDLE_NAME = "knowledge-base.json"

#: Bumped when the layout below changes; a bundle of another format is not used.
FORMAT = 1

REGENERATE = "python -m medplanner.core.kbbundle"

_CLASSES: dict[str, type[Any]] = {
    c.__name__: c
    for c in (
        Combination,
        Dialysis,
        Drug,
        DrugClass,
        MaxGap,
        MissedStreak,
        Product,
        ProductStrength,
        ProductVariant,
        Range,
        Renal,
        RenalBand,
        Sourced,
        Taper,
        Timing,
    )
}


def bundle_path(directory: Path) -> Path:
    return directory / BUNDLE_NAME


def source_files(directory: Path) -> list[str]:
    """The TOML files a bundle is made from, relative to ``directory``, in a fixed order."""
    out = ["classes.toml"]
    for sub in ("drugs", "products"):
        folder = directory / sub
        if folder.is_dir():
            out += sorted(f"{sub}/{f.name}" for f in folder.iterdir() if f.name.endswith(".toml"))
    return out


def checksum(directory: Path) -> str:
    """CRC-32 and length of every source file's name and bytes: a change shows."""
    crc = 0
    size = 0
    for rel in source_files(directory):
        data = directory.joinpath(*rel.split("/")).read_bytes()
        crc = zlib.crc32(data, zlib.crc32(rel.encode() + b"\0", crc))
        size += len(data)
    return f"{crc:08x}-{size}"


# --------------------------------------------------------------------------- writing


def _encode(value: object, directory: Path) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, Fraction):
        return {"$f": str(value)}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, Amount):
        return {"$a": [str(value.value), value.unit, value.written]}
    if isinstance(value, Record):
        cls = type(value)
        if _CLASSES.get(cls.__name__) is not cls:
            raise TypeError(f"{cls.__name__} is not a knowledge-base class")
        defaults = cls._field_defaults
        out: dict[str, Any] = {"@": cls.__name__}
        for name in cls._fields:
            v = getattr(value, name)
            if name in defaults and v == defaults[name] and type(v) is type(defaults[name]):
                continue
            if name == "file" and cls in (Drug, Product):
                out[name] = Path(v).relative_to(directory).as_posix()
            else:
                out[name] = _encode(v, directory)
        return out
    if isinstance(value, tuple):
        return [_encode(v, directory) for v in value]
    if isinstance(value, frozenset):
        return {"$s": sorted(value)}
    raise TypeError(f"cannot bundle a {type(value).__name__}")


def encode(kb: KnowledgeBase) -> dict[str, Any]:
    """The bundle's content for ``kb`` (loaded from TOML files in ``kb.directory``)."""
    products, product_index = kb._product_tables
    d = kb.directory
    return {
        "format": FORMAT,
        "regenerate": f"generated from classes.toml, drugs/ and products/ by {REGENERATE}",
        "checksum": checksum(d),
        "classes": [_encode(c, d) for c in kb.classes.values()],
        "drugs": [_encode(x, d) for x in kb.drugs.values()],
        "combinations": [_encode(c, d) for c in kb.combinations],
        "index": dict(kb._index),
        "products": [_encode(p, d) for p in products.values()],
        "product_index": product_index,
    }


def dumps(kb: KnowledgeBase) -> str:
    return json.dumps(encode(kb), ensure_ascii=False, indent=1) + "\n"


def build(directory: Path) -> str:
    """Load and validate the TOML files in ``directory``; the bundle's text for them.

    Raises :class:`KnowledgeBaseError` (naming the file and key) for a bad file.
    """
    kb = kb_module.load_knowledge_base(directory)
    return dumps(kb)


# --------------------------------------------------------------------------- reading


def _decoder(directory: Path) -> Callable[[Any], Any]:
    base = str(directory)

    def dec(v: Any) -> Any:
        if isinstance(v, list):
            return tuple([dec(x) for x in v])
        if not isinstance(v, dict):
            return v
        tag = v.get("@")
        if tag is not None:
            cls = _CLASSES[tag]
            kwargs = {k: dec(x) for k, x in v.items() if k != "@"}
            if cls is Drug or cls is Product:
                kwargs["file"] = str(Path(base).joinpath(*kwargs["file"].split("/")))
            return cls(**kwargs)
        if "$a" in v:
            value, unit, written = v["$a"]
            return Amount(Decimal(value), unit, written)
        if "$d" in v:
            return Decimal(v["$d"])
        if "$s" in v:
            return frozenset(v["$s"])
        if "$f" in v:
            return Fraction(v["$f"])
        if "$t" in v:
            return time.fromisoformat(v["$t"])
        raise ValueError(f"unknown entry {sorted(v)[:3]}")

    return dec


def read(directory: Path) -> KnowledgeBase | None:
    """The knowledge base from ``directory``'s bundle; None when there is none, it is of
    another format, or it was not made from the TOML files now beside it."""
    try:
        with open(bundle_path(directory), "rb") as f:
            data = json.loads(f.read())
        if data.get("format") != FORMAT or data.get("checksum") != checksum(directory):
            return None
        dec = _decoder(directory)
        classes = {c.name: c for c in map(dec, data["classes"])}
        drugs = {d.name: d for d in map(dec, data["drugs"])}
        combinations = tuple(map(dec, data["combinations"]))
        index: dict[str, str] = data["index"]
        raw_products: list[Any] = data["products"]
        product_index: dict[str, str] = data["product_index"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ArithmeticError):
        return None  # no bundle, or not one this version wrote: the TOML files are read

    def products() -> tuple[dict[str, Product], dict[str, str]]:
        return {p.name: p for p in map(dec, raw_products)}, product_index

    return KnowledgeBase(
        drugs, classes, combinations, directory, index, directory / "products", products
    )


# --------------------------------------------------------------------------- the command


def _differences(old: str, new: str) -> Iterator[str]:
    import difflib

    yield from difflib.unified_diff(
        old.splitlines(), new.splitlines(), "bundle on disk", "from the TOML files", n=0
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m medplanner.core.kbbundle [--check] [RESOURCES]``: write (or check) it."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    directory = Path(args[0]) if args else RESOURCES
    try:
        text = build(directory)
    except KnowledgeBaseError as e:
        print(f"knowledge base not bundled: {e.message}", file=sys.stderr)
        return 1
    target = bundle_path(directory)
    try:
        old = target.read_text(encoding="utf-8")
    except OSError:
        old = ""
    if old == text:
        print(f"{target}: up to date")
        return 0
    if check:
        print(f"{target}: out of date; run {REGENERATE}", file=sys.stderr)
        for line in list(_differences(old, text))[:40]:
            print(line, file=sys.stderr)
        return 1
    target.write_text(text, encoding="utf-8")
    print(f"{target}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
