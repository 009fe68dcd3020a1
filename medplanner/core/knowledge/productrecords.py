"""Products (brands, strengths, combination products), drug classes and class combinations.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

from collections.abc import Mapping

from medplanner.core.knowledge.records import (
    Drug,
)
from medplanner.core.knowledge.sources import (
    normalize_name,
)
from medplanner.core.model import Form
from medplanner.core.record import Record
from medplanner.core.units import Amount


class ProductVariant(Record):
    """One strength of a product: an amount per unit for each ingredient, in label order."""

    amounts: tuple[Amount, ...]
    names: tuple[str, ...]
    default: bool


class Product(Record):
    """A brand or combination product: its ingredients per unit, release and form."""

    name: str
    file: str
    names: tuple[str, ...]
    ingredients: tuple[str, ...]
    #: The ingredient a mass dose means: the opioid where there is one, else the first named.
    principal: str
    release: str
    form: Form
    unit: str
    variants: tuple[ProductVariant, ...]
    source: str
    #: Own label rules (extended-release or prodrug products), else None.
    rules: Drug | None = None

    @property
    def combination(self) -> bool:
        return len(self.ingredients) > 1

    def variant_for(self, strength: Amount | None, name: str | None = None) -> ProductVariant:
        """The strength a plan means: its ``strength`` (principal amount), name, or default."""
        i = self.ingredients.index(self.principal)
        if strength is not None:
            for v in self.variants:
                if v.amounts[i] == strength:
                    return v
        if name is not None:
            key = normalize_name(name)
            for v in self.variants:
                if key in (normalize_name(n) for n in v.names):
                    return v
        return next((v for v in self.variants if v.default), self.variants[0])

    def principal_amount(self, variant: ProductVariant) -> Amount:
        return variant.amounts[self.ingredients.index(self.principal)]


class DrugClass(Record):
    name: str
    description: str
    implies: tuple[str, ...]
    source: str


class Combination(Record):
    """Two groups (by class or by drug) whose members must not meet unnoticed."""

    code: str
    first_classes: tuple[str, ...]
    first_drugs: tuple[str, ...]
    second_classes: tuple[str, ...]
    second_drugs: tuple[str, ...]
    why: str
    source: str

    def matches(self, a: Drug, b: Drug) -> bool:
        """True when one of ``a``, ``b`` is in the first group and the other in the second.

        Two entries of one ingredient never match (``duplicate-therapy`` by ingredient covers
        them); a product with its own rules counts as its ingredient.
        """
        if (a.counts_as or a.name) == (b.counts_as or b.name):
            return False
        return (self._in_first(a) and self._in_second(b)) or (
            self._in_first(b) and self._in_second(a)
        )

    def _in_first(self, d: Drug) -> bool:
        n = d.counts_as or d.name
        return n in self.first_drugs or any(d.is_a(c) for c in self.first_classes)

    def _in_second(self, d: Drug) -> bool:
        n = d.counts_as or d.name
        return n in self.second_drugs or any(d.is_a(c) for c in self.second_classes)


def _closure(start: tuple[str, ...], classes: Mapping[str, DrugClass]) -> frozenset[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(classes[c].implies)
    return frozenset(seen)
