"""The loaded knowledge base and its lookups (a name, a brand, a class, a product), and
:func:`load_knowledge_base` (the shipped base from its bundle; TOML files through
:mod:`.loading` only when needed).

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from medplanner.core.knowledge.productrecords import (
    Combination,
    DrugClass,
    Product,
)
from medplanner.core.knowledge.records import (
    Drug,
)
from medplanner.core.knowledge.sources import (
    normalize_name,
)
from medplanner.core.record import Record
from medplanner.core.resources import RESOURCES_DIR, path_in

if TYPE_CHECKING:
    from pathlib import Path


class KnowledgeBase(Record):
    """The knowledge base: frozen, and equal only to itself (it is compared by identity)."""

    __eq__ = object.__eq__
    __hash__ = object.__hash__
    drugs: Mapping[str, Drug]
    classes: Mapping[str, DrugClass]
    combinations: tuple[Combination, ...]
    #: The folder of its files (a string path).
    directory: str
    _index: Mapping[str, str]
    #: ``products/`` beside ``drugs/``: read on first use (most plans name molecules only,
    #: and every command start pays for what is read).
    _products_dir: Path | None
    #: Makes the products instead of reading ``_products_dir`` (the bundle: already checked).
    _products: Callable[[], tuple[dict[str, Product], dict[str, str]]] | None

    def __init__(
        self,
        drugs: Mapping[str, Drug],
        classes: Mapping[str, DrugClass],
        combinations: tuple[Combination, ...],
        directory: str,
        _index: Mapping[str, str],
        _products_dir: Path | None = None,
        _products: Callable[[], tuple[dict[str, Product], dict[str, str]]] | None = None,
    ) -> None:
        self.__dict__.update(
            drugs=drugs,
            classes=classes,
            combinations=combinations,
            directory=directory,
            _index=_index,
            _products_dir=_products_dir,
            _products=_products,
        )

    @cached_property
    def _product_tables(self) -> tuple[dict[str, Product], dict[str, str]]:
        if self._products is not None:
            return self._products()
        from medplanner.core.knowledge.loading import _load_products  # it builds this class

        return _load_products(self._products_dir, self.classes, self.drugs, self._index)

    @property
    def products(self) -> Mapping[str, Product]:
        """Every product of ``resources/products``, by name."""
        return self._product_tables[0]

    def lookup(self, name: str) -> Drug | None:
        """The drug a plan's name means (generic, alias or brand; any case), or None.

        A product name gives the product's own rules (Gralise) where it has them, else its
        principal ingredient (Percocet: oxycodone); :meth:`product` gives the whole product.
        """
        key = self._index.get(normalize_name(name))
        if key is not None:
            return self.drugs[key]
        product = self.product(name)
        if product is None:
            return None
        return product.rules or self.drugs[product.principal]

    def product(self, name: str) -> Product | None:
        """The product a plan's name means (Percocet, Norco 10/325, Gralise), or None."""
        key = normalize_name(name)
        if key in self._index:
            return None  # a drug's name (names are unique across drugs and products)
        products, index = self._product_tables
        found = index.get(key)
        return products[found] if found is not None else None

    def ingredient_key(self, name: str) -> str:
        """The ingredient a name stands for; an unknown name stands for itself."""
        product = self.product(name)
        if product is not None:
            return product.principal
        drug = self.lookup(name)
        return drug.name if drug is not None else normalize_name(name)

    def all_names(self) -> list[str]:
        """Every name the knowledge base knows, as written in its files (for suggestions)."""
        out = [n for d in self.drugs.values() for n in d.names]
        for p in self.products.values():
            out += [*p.names, *(n for v in p.variants for n in v.names)]
        return out

    def sources(self) -> Iterator[tuple[str, str, str]]:
        """Every (file, key, source) of the knowledge base: drugs, products, classes, pairs."""
        for d in self.drugs.values():
            for key, src in d.sources():
                yield d.file, key, src
        for p in self.products.values():
            yield p.file, "source", p.source
            if p.rules is not None:
                for key, src in p.rules.sources():
                    yield p.file, f"rules.{key}", src
        classes_file = path_in(self.directory, "classes.toml")
        for c in self.classes.values():
            yield classes_file, f"classes.{c.name}", c.source
        for i, rule in enumerate(self.combinations):
            yield classes_file, f"combinations[{i}]", rule.source

    def suggest(self, name: str) -> str | None:
        """The known name closest to a misspelt one ("Norko" -> "Norco"), or None."""
        import difflib

        names = self.all_names()
        by_key = {normalize_name(n): n for n in names}
        hit = difflib.get_close_matches(normalize_name(name), list(by_key), n=1, cutoff=0.75)
        return by_key[hit[0]] if hit else None

    def members(self, cls: str) -> tuple[Drug, ...]:
        return tuple(d for d in self.drugs.values() if d.is_a(cls))

    def is_a(self, name: str, cls: str) -> bool:
        drug = self.lookup(name)
        return drug is not None and drug.is_a(cls)


def load_knowledge_base(path: str | Path | None = None) -> KnowledgeBase:
    """Load ``drugs/*.toml`` and ``classes.toml`` from ``path`` (default: the shipped ones).

    The shipped knowledge base is loaded once and cached, from its pre-validated bundle
    (:mod:`medplanner.core.kbbundle`) when that was made from the TOML files beside it.
    """
    if path is None:
        return _shipped()
    from pathlib import Path

    from medplanner.core.knowledge.loading import _load  # only when reading TOML files

    return _load(Path(path))


@lru_cache(maxsize=1)
def _shipped() -> KnowledgeBase:
    from medplanner.core import kbbundle

    found = kbbundle.read(RESOURCES_DIR)
    if found is not None:
        return found
    from pathlib import Path

    from medplanner.core.knowledge.loading import _load

    return _load(Path(RESOURCES_DIR))
