"""The shipped knowledge base as one pre-validated file (issue 20: a quicker start).

Every command start used to read and validate 30-odd TOML files (``resources/classes.toml``,
``drugs/*.toml``, ``products/*.toml``). Those files stay the source, written and reviewed by
hand; this module turns what :func:`medplanner.core.knowledge.load_knowledge_base` makes of
them into one file, ``resources/knowledge-base.jsonl``, shipped beside them as package data.
At run time the shipped knowledge base is built from that file without parsing or
validating anything again, and only the parts a command uses are parsed at all.

Regenerate it after changing any of those TOML files (a test fails until you do)::

    python -m medplanner.core.kbbundle          # --check: only say whether it is up to date

That command loads the TOML files with every check the loader has (a bad file fails with the
same message naming the file and the key, and nothing is written), then writes the bundle.

The bundle also records a checksum of the TOML files it was made from. The loader compares it
with the files shipped beside it and, if they differ (a file edited and the bundle not
regenerated), reads the TOML files as before: a stale bundle is never used. The core only ever
reads here; the command above is the only writer.

Layout: `JSON Lines <https://jsonlines.org>`_, one JSON value a line (UTF-8, no pickle,
nothing evaluated), so that a command parses only the lines it needs (a plan names a few of
the 30-odd drugs, and parsing the whole file cost every start about 2 ms):

* line 1, the header, parsed by :func:`read`: ``format`` (:data:`FORMAT`), ``regenerate``
  (how to), ``checksum`` (of the TOML files), ``drugs`` (each drug's name and the number of
  its line, counted from 1 as an editor does, in the knowledge base's order), ``products``
  (the number of the products' line), ``index`` (every drug's name, alias and brand, folded,
  and the drug it names), ``classes`` and ``combinations``;
* one line per drug: its :class:`~medplanner.core.knowledge.Drug` record, parsed the first
  time the drug is looked up;
* the products' line: ``{"products": [...], "product_index": {...}}`` (every product, and the
  name of the product each of their folded names means), parsed the first time a product
  is asked for (a name that is no drug's, or a listing of everything).

Each record of the knowledge base is ``{"@": "<class>", <field>: <value>, ...}`` with fields
at their default left out; lists are tuples; ``{"$d": "1.5"}`` is a Decimal,
``{"$t": "17:00:00"}`` a time, ``{"$a": ["300", "mg", null]}`` an Amount and
``{"$s": [...]}`` a frozenset. A file name is stored relative to the resources folder.

A line that does not decode (the bundle damaged after it was written) is never used: that
drug, or the products, come from the TOML files instead, checked as they are loaded; a
damaged header refuses the whole bundle.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping
from datetime import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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
from medplanner.core.knowledge.records import Share
from medplanner.core.record import Record
from medplanner.core.resources import (
    RESOURCES_DIR,
    is_dir,
    names_in,
    path_in,
    read_bytes,
)
from medplanner.core.units import Amount

if TYPE_CHECKING:
    from pathlib import Path

V = TypeVar("V")

#: The bundle's name in the resources folder (``medplanner/data`` in an installed wheel).
BUNDLE_NAME = "knowledge-base.jsonl"

#: Bumped when the layout above changes; a bundle of another format is not used.
FORMAT = 2

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
        Share,
        Sourced,
        Taper,
        Timing,
    )
}


def bundle_path(directory: str | Path) -> str:
    return path_in(str(directory), BUNDLE_NAME)


def source_files(directory: str | Path) -> list[str]:
    """The TOML files a bundle is made from, relative to ``directory``, in a fixed order."""
    out = ["classes.toml"]
    for sub in ("drugs", "products"):
        folder = path_in(str(directory), sub)
        if is_dir(folder):
            out += [f"{sub}/{name}" for name in names_in(folder) if name.endswith(".toml")]
    return out


def checksum(directory: str | Path) -> str:
    """CRC-32 and length of every source file's name and bytes: a change, an added or a
    removed file shows (every file is read whole: a modification time alone could lie)."""
    crc = 0
    size = 0
    for rel in source_files(directory):
        data = read_bytes(path_in(str(directory), *rel.split("/")))
        crc = zlib.crc32(data, zlib.crc32(rel.encode() + b"\0", crc))
        size += len(data)
    return f"{crc:08x}-{size}"


# --------------------------------------------------------------------------- writing


def _encode(value: object, directory: str) -> Any:
    from pathlib import Path  # writing the bundle only: not on a command's path

    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return {"$d": str(value)}
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


def encode(kb: KnowledgeBase) -> list[Any]:
    """The bundle's lines for ``kb`` (loaded from TOML files in ``kb.directory``), each a
    JSON value: the header, a line per drug, the products' line (the module's docstring)."""
    products, product_index = kb._product_tables
    d = kb.directory
    drugs = [_encode(x, d) for x in kb.drugs.values()]
    header = {
        "format": FORMAT,
        "regenerate": f"generated from classes.toml, drugs/ and products/ by {REGENERATE}",
        "checksum": checksum(d),
        "drugs": {name: 2 + i for i, name in enumerate(kb.drugs)},
        "products": 2 + len(drugs),
        "index": dict(kb._index),
        "classes": [_encode(c, d) for c in kb.classes.values()],
        "combinations": [_encode(c, d) for c in kb.combinations],
    }
    tail = {
        "products": [_encode(p, d) for p in products.values()],
        "product_index": product_index,
    }
    return [header, *drugs, tail]


def dumps(kb: KnowledgeBase) -> str:
    return "".join(
        json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in encode(kb)
    )


def build(directory: str | Path) -> str:
    """Load and validate the TOML files in ``directory``; the bundle's text for them.

    Raises :class:`KnowledgeBaseError` (naming the file and key) for a bad file.
    """
    kb = kb_module.load_knowledge_base(directory)
    return dumps(kb)


# --------------------------------------------------------------------------- reading


def _decoder(directory: str) -> Callable[[Any], Any]:
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
                kwargs["file"] = path_in(directory, *kwargs["file"].split("/"))
            return cls(**kwargs)
        if "$a" in v:
            value, unit, written = v["$a"]
            return Amount(Decimal(value), unit, written)
        if "$d" in v:
            return Decimal(v["$d"])
        if "$s" in v:
            return frozenset(v["$s"])
        if "$t" in v:
            return time.fromisoformat(v["$t"])
        raise ValueError(f"unknown entry {sorted(v)[:3]}")

    return dec


#: What a damaged line raises while it is parsed and decoded (a missing line: IndexError).
_DAMAGED = (OSError, ValueError, LookupError, TypeError, AttributeError, ArithmeticError)


def _parse(line: bytes) -> Any:
    """One line of the bundle, parsed (every parse goes through here: a test counts them)."""
    return json.loads(line)


def _table(value: Any) -> dict[str, Any]:
    """A JSON object of the bundle (a table of names), else TypeError: damaged."""
    if type(value) is not dict:
        raise TypeError(f"a table expected, not {type(value).__name__}")
    return value


class _Decoded(Mapping[str, V]):
    """A read-only mapping whose values are made from the bundle (``make(key, raw[key])``:
    its line parsed and decoded) on first use, each once (later lookups give the same
    object); iterated in the bundle's order.

    A plan names a few drugs, and every command start pays for what is parsed (issue 20).
    """

    def __init__(self, raw: dict[str, Any], make: Callable[[str, Any], V]) -> None:
        self._raw = raw
        self._make = make
        self._made: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        made = self._made.get(key)
        if made is None:
            made = self._made.setdefault(key, self._make(key, self._raw[key]))  # one per key
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self._raw)!r})"


def read(directory: str | Path) -> KnowledgeBase | None:
    """The knowledge base from ``directory``'s bundle; None when there is none, it is of
    another format, or it was not made from the TOML files now beside it.

    Only the header is parsed here; a drug's line when the drug is first looked up, the
    products' line when a product is first asked for. A line that does not decode (the
    bundle damaged after it was written) is never used: that drug (or every product) comes
    from the TOML files instead, checked as they are loaded."""
    base = str(directory)
    try:
        lines = read_bytes(bundle_path(base)).split(b"\n")
        header = _parse(lines[0])
        if header.get("format") != FORMAT or header.get("checksum") != checksum(base):
            return None
        dec = _decoder(base)
        drug_lines: dict[str, int] = _table(header["drugs"])
        products_line: int = header["products"]
        index: dict[str, str] = _table(header["index"])
        classes = {c.name: c for c in map(dec, header["classes"])}
        combinations = tuple(map(dec, header["combinations"]))
    except _DAMAGED:
        return None  # no bundle, or not one this version wrote: the TOML files are read

    def line(number: int) -> Any:
        if type(number) is not int or not 1 <= number <= len(lines):
            raise ValueError(f"no line {number!r} in the bundle")
        return _parse(lines[number - 1])

    def drug(name: str, number: int) -> Drug:
        try:
            made = dec(line(number))
            if type(made) is Drug and made.name == name:
                return made
        except _DAMAGED:
            pass
        return kb_module.load_knowledge_base(base).drugs[name]

    def products() -> tuple[dict[str, Product], dict[str, str]]:
        try:
            tail = line(products_line)
            made = {p.name: p for p in map(dec, tail["products"])}
            product_index: dict[str, str] = _table(tail["product_index"])
            if all(type(p) is Product for p in made.values()):
                return made, product_index
        except _DAMAGED:
            pass
        return kb_module.load_knowledge_base(base)._product_tables

    return KnowledgeBase(
        drugs=_Decoded(drug_lines, drug),
        classes=classes,
        combinations=combinations,
        directory=base,
        _index=index,
        _products=products,
    )


# --------------------------------------------------------------------------- the command


def _differences(old: str, new: str, width: int = 160) -> Iterator[str]:
    """The changed lines (a drug's line is long: each cut to ``width`` characters)."""
    import difflib

    for line in difflib.unified_diff(
        old.splitlines(), new.splitlines(), "bundle on disk", "from the TOML files", n=0
    ):
        yield line if len(line) <= width else line[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    """``python -m medplanner.core.kbbundle [--check] [RESOURCES]``: write (or check) it."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    from pathlib import Path

    directory = args[0] if args else RESOURCES_DIR
    try:
        text = build(directory)
    except KnowledgeBaseError as e:
        print(f"knowledge base not bundled: {e.message}", file=sys.stderr)
        return 1
    target = Path(bundle_path(directory))
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
