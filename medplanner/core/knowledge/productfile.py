"""Reading and validating one ``resources/products/<product>.toml`` file.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from medplanner.core.knowledge.drugfile import (
    _drug,
)
from medplanner.core.knowledge.productrecords import (
    DrugClass,
    Product,
    ProductVariant,
)
from medplanner.core.knowledge.records import (
    Drug,
)
from medplanner.core.knowledge.sources import (
    RELEASES,
)
from medplanner.core.knowledge.tomlfile import _File
from medplanner.core.model import FORMS, Form

# --------------------------------------------------------------------------- products

_PRODUCT_KEYS = (
    "name",
    "names",
    "ingredients",
    "release",
    "form",
    "unit",
    "source",
    "strengths",
    "rules",
)


def _product(f: _File, classes: Mapping[str, DrugClass], drugs: Mapping[str, Drug]) -> Product:
    """``resources/products/<name>.toml``: a brand or combination product."""
    d = f.data
    f.only(d, _PRODUCT_KEYS, "")
    name = f.text(d.get("name"), "name")
    names = (name, *f.texts(d.get("names", []), "names"))
    ingredients = f.texts(d.get("ingredients"), "ingredients")
    if not ingredients:
        raise f.error("ingredients", "should name at least one ingredient")
    for i, ing in enumerate(ingredients):
        if ing not in drugs:
            raise f.error(f"ingredients[{i}]", f'"{ing}" has no file in drugs/')
    opioids = [i for i in ingredients if drugs[i].is_a("opioid")]
    principal = opioids[0] if opioids else ingredients[0]
    release = d.get("release")
    if release not in RELEASES:
        raise f.error("release", f"should be one of {RELEASES}")
    form = d.get("form")
    if form not in FORMS:
        raise f.error("form", f"should be one of {FORMS}")
    unit = f.text(d.get("unit"), "unit")
    source = f.source(d, "")
    raw = d.get("strengths")
    if not isinstance(raw, list) or not raw:
        raise f.error("strengths", "should be one or more [[strengths]] tables")
    variants = []
    for i, body in enumerate(raw):
        key = f"strengths[{i}]"
        t = f.table(body, key)
        f.only(t, ("amounts", "names", "default"), key)
        amounts = tuple(
            f.amount(a, f"{key}.amounts[{j}]")
            for j, a in enumerate(f.texts(t.get("amounts"), f"{key}.amounts"))
        )
        if len(amounts) != len(ingredients):
            raise f.error(f"{key}.amounts", "should give one amount per ingredient")
        variants.append(
            ProductVariant(
                amounts, f.texts(t.get("names", []), f"{key}.names"), t.get("default") is True
            )
        )
    if sum(v.default for v in variants) > 1:
        raise f.error("strengths", "only one strength may be the default")
    rules = None
    if "rules" in d:
        if len(ingredients) != 1:
            raise f.error("rules", "own rules are for single-ingredient products")
        body = dict(f.table(d["rules"], "rules"))
        base = drugs[ingredients[0]]
        body.setdefault("name", name)
        body.setdefault(
            "classes", {"value": list(base.classes.value), "source": base.classes.source}
        )
        if base.advice_source is not None:
            body.setdefault("advice_source", base.advice_source)
        rules = _drug(f, classes, body, counts_as=base.name)
    return Product(
        name=name,
        file=str(f.path),
        names=names,
        ingredients=ingredients,
        principal=principal,
        release=str(release),
        form=cast(Form, form),
        unit=unit,
        variants=tuple(variants),
        source=source,
        rules=rules,
    )
