"""Loading a folder of TOML files (``load_knowledge_base(path)``, or the shipped files when
their bundle is missing or stale): drugs, products, classes and combinations.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from medplanner.core.knowledge.drugfile import (
    _drug,
)
from medplanner.core.knowledge.lookups import KnowledgeBase
from medplanner.core.knowledge.productfile import _product
from medplanner.core.knowledge.productrecords import (
    Combination,
    DrugClass,
    Product,
)
from medplanner.core.knowledge.records import (
    Drug,
)
from medplanner.core.knowledge.sources import (
    COMBINATION_CODES,
    COMBINATION_SEVERITY,
    KnowledgeBaseError,
    normalize_name,
)
from medplanner.core.knowledge.tomlfile import _File

# --------------------------------------------------------------------------- loading


def _load(directory: Path) -> KnowledgeBase:
    classes_file = directory / "classes.toml"
    drugs_dir = directory / "drugs"
    if not drugs_dir.is_dir():
        raise KnowledgeBaseError(f"{drugs_dir}: no drugs folder in the knowledge base")
    classes_doc = _File.read(classes_file)
    classes = _classes(classes_doc)
    drugs: dict[str, Drug] = {}
    index: dict[str, str] = {}
    for file in sorted(drugs_dir.glob("*.toml")):
        drug = _drug(_File.read(file), classes)
        for name in drug.names:
            key = normalize_name(name)
            if key in index:
                other = drugs[index[key]].file
                raise KnowledgeBaseError(f'{file}: name "{name}" is also used in {other}')
            index[key] = drug.name
        drugs[drug.name] = drug
    combinations = _combinations(classes_doc, classes, drugs)
    return KnowledgeBase(
        drugs, classes, combinations, str(directory), index, directory / "products"
    )


def _load_products(
    products_dir: Path | None,
    classes: Mapping[str, DrugClass],
    drugs: Mapping[str, Drug],
    index: Mapping[str, str],
) -> tuple[dict[str, Product], dict[str, str]]:
    products: dict[str, Product] = {}
    product_index: dict[str, str] = {}
    if products_dir is None or not products_dir.is_dir():
        return products, product_index
    for file in sorted(products_dir.glob("*.toml")):
        product = _product(_File.read(file), classes, drugs)
        names = [*product.names, *(n for v in product.variants for n in v.names)]
        for name in names:
            key = normalize_name(name)
            if key in index or key in product_index:
                raise KnowledgeBaseError(f'{file}: name "{name}" is already used elsewhere')
            product_index[key] = product.name
        products[product.name] = product
    return products, product_index


def _classes(f: _File) -> dict[str, DrugClass]:
    f.only(f.data, ("classes", "combinations"), "")
    raw = f.table(f.data.get("classes"), "classes")
    out: dict[str, DrugClass] = {}
    for name, body in raw.items():
        key = f"classes.{name}"
        t = f.table(body, key)
        f.only(t, ("description", "implies", "source"), key)
        out[name] = DrugClass(
            name=name,
            description=f.text(t.get("description"), f"{key}.description"),
            implies=f.texts(t.get("implies", []), f"{key}.implies"),
            source=f.source(t, key),
        )
    for c in out.values():
        for i, implied in enumerate(c.implies):
            if implied not in out:
                raise f.error(f"classes.{c.name}.implies[{i}]", f'"{implied}" is not a class')
    return out


def _combinations(
    f: _File, classes: Mapping[str, DrugClass], drugs: Mapping[str, Drug]
) -> tuple[Combination, ...]:
    raw = f.data.get("combinations", [])
    if not isinstance(raw, list):
        raise f.error("combinations", "should be [[combinations]] tables")
    out: list[Combination] = []
    for i, body in enumerate(raw):
        key = f"combinations[{i}]"
        t = f.table(body, key)
        f.only(t, ("code", "severity", "first", "second", "why", "source"), key)
        code = f.text(t.get("code"), f"{key}.code")
        if code not in COMBINATION_CODES:
            raise f.error(f"{key}.code", f'"{code}" is not one of {COMBINATION_CODES}')
        severity = t.get("severity", COMBINATION_SEVERITY[code])
        if severity != COMBINATION_SEVERITY[code]:
            raise f.error(
                f"{key}.severity",
                f'"{severity}": the contract fixes {code} at "{COMBINATION_SEVERITY[code]}"',
            )
        groups = []
        for side in ("first", "second"):
            g = f.table(t.get(side), f"{key}.{side}")
            f.only(g, ("classes", "drugs"), f"{key}.{side}")
            cls = f.texts(g.get("classes", []), f"{key}.{side}.classes")
            names = f.texts(g.get("drugs", []), f"{key}.{side}.drugs")
            for j, c in enumerate(cls):
                if c not in classes:
                    raise f.error(f"{key}.{side}.classes[{j}]", f'"{c}" is not a class')
            for j, n in enumerate(names):
                if n not in drugs:
                    raise f.error(f"{key}.{side}.drugs[{j}]", f'"{n}" has no file in drugs/')
            if not cls and not names:
                raise f.error(f"{key}.{side}", "names no class and no drug")
            groups.append((cls, names))
        why = f.text(t.get("why"), f"{key}.why")
        (c1, d1), (c2, d2) = groups
        out.append(Combination(code, c1, d1, c2, d2, why, f.source(t, key)))
    return tuple(out)
