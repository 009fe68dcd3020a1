"""The knowledge base: drug facts as data, every number with its source.

Growing it means adding files, not code:

* ``resources/drugs/<ingredient>.toml`` - one ingredient: its names and brands, classes, dose
  limits, titration, renal bands, taper, missed-dose window, pharmacokinetics and the
  strengths it comes in (``[[strengths]]``: a strength, its form, a source). A number is
  written ``key = { value = ..., source = "..." }`` (doses as text with a unit, ``"300 mg"``);
  a record of several numbers (a renal band, a pharmacokinetic range) carries one ``source``.
* ``resources/classes.toml`` - what each class means (``[classes.<name>]``, with ``implies``
  for classes every member also belongs to) and the class combinations that raise a finding
  (``[[combinations]]``).

The shipped files document the shape in their comments. A malformed file raises
:class:`KnowledgeBaseError` naming the file and the key. Pure: stdlib ``tomllib`` only.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import time
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Generic, Literal, NamedTuple, TypeVar, cast

from medplanner.core.errors import MedPlannerError, UnitError
from medplanner.core.model import FORMS, Form
from medplanner.core.resources import RESOURCES
from medplanner.core.units import Amount

T = TypeVar("T")

#: How MedPlanner's own rules are cited (contract: say so in the data and the finding).
PRODUCT_RULE = "MedPlanner product rule"

#: How a number MedPlanner derived from a source is cited: "derived from …, a MedPlanner rule".
DERIVED = "a MedPlanner rule"

#: Finding codes a ``[[combinations]]`` entry may raise, with their severity (contract §3).
COMBINATION_SEVERITY: dict[str, str] = {
    "cns-depressant-combination": "danger",
    "duplicate-therapy": "warning",
    "interaction-contraindicated": "danger",
}
COMBINATION_CODES: tuple[str, ...] = tuple(COMBINATION_SEVERITY)

#: Release types of a product (``resources/products/*.toml``).
RELEASES: tuple[str, ...] = ("immediate", "extended", "prodrug")

RenalKind = Literal["label", "guidance"]


class KnowledgeBaseError(MedPlannerError):
    """A knowledge-base file that cannot be used; the message names the file and key."""


# Patterns, not compiled ones: ``re`` compiles and caches them on first use (a command that
# reads the bundle never uses them, and compiling them cost every start a few ms).
_YEAR = r"\b(19|20)[0-9]{2}\b"
_SECTION = (
    r"(?i)§|\bTable\b|\bsections?\b|Warnings|Precautions|Dosage and Administration|"
    r"Drug Interactions|Contraindications|Indications|Patient Counseling|Drug Facts|"
    r"Description|How Supplied"
)


def source_problem(source: str) -> str | None:
    """What is wrong with a citation, or None (issue 17: every number cites exactly).

    * A MedPlanner rule says so ("MedPlanner product rule", or "derived from …, a MedPlanner
      rule"): a number we worked out is never worded as a label's.
    * Anything else names a dated source (a year).
    * Each part (``;``-separated) that cites a label gives its revision ("rev. 2020") and
      section ("§2.3", "Table 1", or the section's name).
    """
    text = source.strip()
    if not text:
        return "is empty"
    low = text.casefold()
    if "derived" in low and "a medplanner rule" not in low:
        return 'says "derived" but not "a MedPlanner rule"'
    if "medplanner" in low and not ("medplanner product rule" in low or "a medplanner rule" in low):
        return 'names MedPlanner but not "MedPlanner product rule" or "a MedPlanner rule"'
    if "medplanner" not in low and not re.search(_YEAR, text) and "cfr" not in low:
        return "names no date (a year, a revision)"
    for part in text.split(";"):
        if re.search(r"\blabels?\b", part, re.IGNORECASE):
            if "rev." not in part:
                return f'cites a label without its revision: "{part.strip()[:60]}"'
            if not re.search(_SECTION, part):
                return f'cites a label without a section: "{part.strip()[:60]}"'
    return None


class Sourced(NamedTuple, Generic[T]):
    """One fact and where it comes from (label + section, guideline, or product rule)."""

    value: T
    source: str


#: Product rule: doses of two sedating medicines closer than this are flagged
#: (``Person.stagger_window_minutes`` overrides it).
STAGGER_WINDOW_MINUTES = Sourced(
    120,
    f"{PRODUCT_RULE}: doses of two sedating medicines less than 2 hours apart are flagged "
    "(general guidance to keep drowsiness peaks apart, not a label rule)",
)

#: Product rule for a drug whose file gives no ``doubled_dose.min_interval_fraction``.
MIN_INTERVAL_FRACTION = Sourced(
    Decimal("0.5"),
    f"{PRODUCT_RULE}: a second dose sooner than half the scheduled interval is a doubled dose",
)


class Range(NamedTuple):
    """A range of hours (pharmacokinetics), with its source."""

    min: Decimal
    max: Decimal
    source: str
    typical: Decimal | None = None


class MaxGap(NamedTuple):
    """Longest allowed time between consecutive doses, for schedules of enough doses a day."""

    hours: Sourced[Decimal]
    from_doses_per_day: Sourced[int]
    why: str


class RenalBand(NamedTuple):
    """One row of a renal dosing table: a creatinine-clearance range and its daily range."""

    label: str
    source: str
    crcl_at_least: Decimal | None = None
    crcl_above: Decimal | None = None
    crcl_at_most: Decimal | None = None
    crcl_below: Decimal | None = None
    daily_min: Amount | None = None
    daily_max: Amount | None = None
    #: The band's most is the drug's ``max_daily`` less this fraction (study guidance).
    reduce_by: Fraction | None = None
    #: The daily range is scaled by CrCl / this value (gabapentin below 15 mL/min).
    proportional_to_crcl: Decimal | None = None
    doses_per_day: int | None = None
    #: The source asks only for caution here: ``renal-caution`` (info), never a warning.
    caution: bool = False
    #: The product's label advises against it at this clearance.
    not_recommended: bool = False

    def contains(self, crcl: Decimal) -> bool:
        if self.crcl_at_least is not None and crcl < self.crcl_at_least:
            return False
        if self.crcl_above is not None and crcl <= self.crcl_above:
            return False
        if self.crcl_at_most is not None and crcl > self.crcl_at_most:
            return False
        return not (self.crcl_below is not None and crcl >= self.crcl_below)

    def daily_min_mg(self, crcl: Decimal) -> Decimal | None:
        """The least per day in this band for ``crcl`` (scaled like the most)."""
        if self.daily_min is None:
            return None
        if self.proportional_to_crcl is not None:
            return self.daily_min.mg * max(crcl, Decimal(0)) / self.proportional_to_crcl
        return self.daily_min.mg

    def daily_max_mg(self, crcl: Decimal, drug_max_daily: Amount | None) -> Decimal | None:
        """The most per day in this band for ``crcl`` (None: the band sets no most)."""
        if self.not_recommended:
            return Decimal(0)
        if self.reduce_by is not None:
            if drug_max_daily is None:
                return None
            keep = 1 - self.reduce_by
            return drug_max_daily.mg * Decimal(keep.numerator) / Decimal(keep.denominator)
        if self.daily_max is None:
            return None
        if self.proportional_to_crcl is not None:
            return self.daily_max.mg * max(crcl, Decimal(0)) / self.proportional_to_crcl
        return self.daily_max.mg


class Dialysis(NamedTuple):
    """What the source says for a person on haemodialysis."""

    advice: str
    source: str
    daily_max: Amount | None = None
    not_recommended: bool = False


class Renal(NamedTuple):
    """Renal dosing: label bands (``kind = "label"``) or published guidance (``"guidance"``)."""

    kind: RenalKind
    why: str
    bands: tuple[RenalBand, ...]
    #: Where the renal dosing as a whole comes from (each band has its own source too).
    source: str
    dialysis: Dialysis | None = None

    def band_for(self, crcl: Decimal) -> RenalBand | None:
        return next((b for b in self.bands if b.contains(crcl)), None)


class Taper(NamedTuple):
    """How slowly a drug must be stopped."""

    min_days: Sourced[int]
    why: str
    max_days: Sourced[int] | None = None
    #: Asked for only after this many days of regular use (opioids, benzodiazepines).
    after_days: Sourced[int] | None = None

    @property
    def length_days(self) -> int:
        """The taper length MedPlanner plans with: the longest the source gives."""
        return self.max_days.value if self.max_days is not None else self.min_days.value


class MissedStreak(NamedTuple):
    """After this many scheduled doses in a row not taken, a drug with withdrawal risk must
    not simply be restarted at the full dose (``missed-streak-restart``)."""

    doses: Sourced[int]
    #: What to do, and why (the label's reasons), in plain words; ``source`` cites them.
    advice: str
    why: str
    source: str


class ProductStrength(NamedTuple):
    """One strength the drug is made in, and its form (a capsule, a scored tablet ...)."""

    strength: Amount
    form: Form
    source: str


class Drug(NamedTuple):
    """One ingredient and what MedPlanner knows about it. Absent facts are None."""

    name: str
    file: str
    brands: tuple[str, ...]
    aliases: tuple[str, ...]
    classes: Sourced[tuple[str, ...]]
    #: ``classes`` plus every class they imply.
    all_classes: frozenset[str]
    advice_source: str | None = None
    start_daily: Sourced[Amount] | None = None
    max_single: Sourced[Amount] | None = None
    max_daily: Sourced[Amount] | None = None
    increment_daily: Sourced[Amount] | None = None
    increment_interval_days: Sourced[int] | None = None
    max_gap: MaxGap | None = None
    renal: Renal | None = None
    taper: Taper | None = None
    skip_window_hours: Sourced[Decimal] | None = None
    min_interval_fraction: Sourced[Decimal] | None = None
    half_life_hours: Range | None = None
    t_max_hours: Range | None = None
    strengths: tuple[ProductStrength, ...] = ()
    #: The label's own titration regimens, in order: (dose, doses a day). A step onto the
    #: next rung of this path is never "too large" (baclofen 20 mg × 3 → 20 mg × 4).
    titration_path: Sourced[tuple[tuple[Amount, int], ...]] | None = None
    #: A label-fixed timing (Gralise: once a day with the evening meal).
    timing: Timing | None = None
    #: For a product's own rules: the ingredient it counts as (interactions, duplication).
    counts_as: str | None = None
    #: Withdrawal risk: how many missed doses in a row call for asking before restarting.
    missed_streak: MissedStreak | None = None

    def form_of(self, strength: Amount) -> ProductStrength | None:
        """The form a strength identifies (gabapentin 600 mg: a scored tablet), or None.

        None also when the file lists the strength in more than one form: then the
        strength alone does not say which one the person has.
        """
        hits = [p for p in self.strengths if p.strength == strength]
        return hits[0] if hits and all(p.form == hits[0].form for p in hits) else None

    def is_a(self, cls: str) -> bool:
        return cls in self.all_classes

    @property
    def sedating(self) -> bool:
        return "sedating" in self.all_classes

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.brands)

    def sources(self) -> Iterator[tuple[str, str]]:
        """Every (key, source) pair, for audits and the schema test."""
        yield "classes", self.classes.source
        for key in (
            "start_daily",
            "max_single",
            "max_daily",
            "increment_daily",
            "increment_interval_days",
            "skip_window_hours",
            "min_interval_fraction",
        ):
            sourced = cast(Sourced[object] | None, getattr(self, key))
            if sourced is not None:
                yield key, sourced.source
        if self.max_gap is not None:
            yield "max_gap.hours", self.max_gap.hours.source
            yield "max_gap.from_doses_per_day", self.max_gap.from_doses_per_day.source
        if self.renal is not None:
            yield "renal", self.renal.source
            for i, band in enumerate(self.renal.bands):
                yield f"renal.bands[{i}]", band.source
        if self.taper is not None:
            yield "taper.min_days", self.taper.min_days.source
            if self.taper.max_days is not None:
                yield "taper.max_days", self.taper.max_days.source
            if self.taper.after_days is not None:
                yield "taper.after_days", self.taper.after_days.source
        for key in ("half_life_hours", "t_max_hours"):
            rng = cast(Range | None, getattr(self, key))
            if rng is not None:
                yield f"pk.{key}", rng.source
        for i, product in enumerate(self.strengths):
            yield f"strengths[{i}]", product.source
        if self.titration_path is not None:
            yield "titration.path", self.titration_path.source
        if self.timing is not None:
            yield "timing", self.timing.source
        if self.renal is not None and self.renal.dialysis is not None:
            yield "renal.dialysis", self.renal.dialysis.source
        if self.missed_streak is not None:
            yield "missed_streak.doses", self.missed_streak.doses.source
            yield "missed_streak", self.missed_streak.source


class Timing(NamedTuple):
    """A label-fixed timing: so many doses a day, optionally inside a window of the day."""

    doses_per_day: int
    words: str
    source: str
    earliest: time | None = None
    latest: time | None = None

    def fits(self, times: tuple[time, ...]) -> bool:
        if len(times) != self.doses_per_day:
            return False
        if self.earliest is None or self.latest is None:
            return True
        return all(self.earliest <= t <= self.latest for t in times)


class ProductVariant(NamedTuple):
    """One strength of a product: an amount per unit for each ingredient, in label order."""

    amounts: tuple[Amount, ...]
    names: tuple[str, ...]
    default: bool


class Product(NamedTuple):
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


class DrugClass(NamedTuple):
    name: str
    description: str
    implies: tuple[str, ...]
    source: str


class Combination(NamedTuple):
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


def normalize_name(name: str) -> str:
    """How names are compared: trimmed, inner spaces collapsed, ® and ™ dropped, casefolded."""
    return " ".join(name.replace("®", " ").replace("™", " ").split()).casefold()


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    drugs: Mapping[str, Drug]
    classes: Mapping[str, DrugClass]
    combinations: tuple[Combination, ...]
    directory: Path
    _index: Mapping[str, str]
    #: ``products/`` beside ``drugs/``: read on first use (most plans name molecules only,
    #: and every command start pays for what is read).
    _products_dir: Path | None = None
    #: Makes the products instead of reading ``_products_dir`` (the bundle: already checked).
    _products: Callable[[], tuple[dict[str, Product], dict[str, str]]] | None = None

    @cached_property
    def _product_tables(self) -> tuple[dict[str, Product], dict[str, str]]:
        if self._products is not None:
            return self._products()
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
        classes_file = str(self.directory / "classes.toml")
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
    return _load(Path(path))


@lru_cache(maxsize=1)
def _shipped() -> KnowledgeBase:
    from medplanner.core import kbbundle

    return kbbundle.read(RESOURCES) or _load(RESOURCES)


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
    return KnowledgeBase(drugs, classes, combinations, directory, index, directory / "products")


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


class _File(NamedTuple):
    path: Path
    data: Mapping[str, Any]

    @classmethod
    def read(cls, path: Path) -> _File:
        try:
            with path.open("rb") as f:
                return cls(path, tomllib.load(f))
        except OSError as e:
            raise KnowledgeBaseError(f"{path}: cannot be read ({e.strerror or e})") from None
        except tomllib.TOMLDecodeError as e:
            raise KnowledgeBaseError(f"{path}: not valid TOML: {e}") from None

    def error(self, key: str, message: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{self.path}: {key}: {message}")

    # -- typed access; ``key`` is the full dotted path, used in messages ------------------

    def table(self, value: object, key: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.error(key, "should be a table")
        return cast(Mapping[str, Any], value)

    def only(self, t: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for k in t:
            if k not in allowed:
                raise self.error(_join(prefix, k), f"unknown key (expected one of {allowed})")

    def text(self, value: object, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "should be non-empty text")
        return value

    def texts(self, value: object, key: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.error(key, "should be a list of text")
        return tuple(self.text(v, f"{key}[{i}]") for i, v in enumerate(value))

    def number(self, value: object, key: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise self.error(key, "should be a number")
        try:
            d = Decimal(str(value))
        except InvalidOperation:
            raise self.error(key, f'"{value}" is not a number') from None
        if not d.is_finite() or d < 0:
            raise self.error(key, f"{value} should be a number of 0 or more")
        return d

    def integer(self, value: object, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.error(key, "should be a whole number of 1 or more")
        return value

    def amount(self, value: object, key: str) -> Amount:
        if not isinstance(value, str):
            raise self.error(key, 'should be a dose in quotes, like "300 mg"')
        try:
            a = Amount.parse(value)
        except UnitError as e:
            raise self.error(key, e.message) from None
        if a.mg <= 0:
            raise self.error(key, f'"{value}" should be more than 0')
        return a

    def fraction(self, value: object, key: str) -> Fraction:
        try:
            f = Fraction(value) if isinstance(value, str | int) else None
        except (ValueError, ZeroDivisionError):
            f = None
        if f is None or not 0 < f < 1:
            raise self.error(key, 'should be a fraction between 0 and 1, like "1/3"')
        return f

    def sourced(
        self, t: Mapping[str, Any], key: str, prefix: str, parse: Callable[[object, str], T]
    ) -> Sourced[T] | None:
        if key not in t:
            return None
        path = _join(prefix, key)
        rec = self.table(t[key], path)
        self.only(rec, ("value", "source"), path)
        if "value" not in rec:
            raise self.error(path, "has no value")
        if "source" not in rec:
            raise self.error(path, "has no source: every number says where it comes from")
        return Sourced(
            parse(rec["value"], f"{path}.value"), self.text(rec["source"], f"{path}.source")
        )

    def source(self, t: Mapping[str, Any], prefix: str) -> str:
        if "source" not in t:
            raise self.error(prefix, "has no source: every number says where it comes from")
        return self.text(t["source"], _join(prefix, "source"))


_DRUG_KEYS = (
    "name",
    "brands",
    "aliases",
    "classes",
    "advice_source",
    "dose",
    "titration",
    "max_gap",
    "renal",
    "taper",
    "missed_dose",
    "doubled_dose",
    "pk",
    "strengths",
    "timing",
    "missed_streak",
)


def _drug(
    f: _File,
    classes: Mapping[str, DrugClass],
    data: Mapping[str, Any] | None = None,
    counts_as: str | None = None,
) -> Drug:
    d = f.data if data is None else data
    f.only(d, _DRUG_KEYS, "")
    name = f.text(d.get("name"), "name")
    if data is None and (
        normalize_name(name) != normalize_name(f.path.stem) or name != name.strip()
    ):
        raise f.error("name", f'"{name}" should be the file name without .toml ({f.path.stem})')
    brands = f.texts(d.get("brands", []), "brands")
    aliases = f.texts(d.get("aliases", []), "aliases")
    cls = f.sourced(d, "classes", "", f.texts)
    if cls is None:
        raise f.error("classes", "is missing: every drug belongs to at least one class")
    if not cls.value:
        raise f.error("classes.value", "should name at least one class")
    for i, c in enumerate(cls.value):
        if c not in classes:
            raise f.error(f"classes.value[{i}]", f'"{c}" is not a class in classes.toml')
    advice = f.text(d["advice_source"], "advice_source") if "advice_source" in d else None

    dose = f.table(d.get("dose", {}), "dose")
    f.only(dose, ("start_daily", "max_single", "max_daily"), "dose")
    start_daily = f.sourced(dose, "start_daily", "dose", f.amount)
    max_single = f.sourced(dose, "max_single", "dose", f.amount)
    max_daily = f.sourced(dose, "max_daily", "dose", f.amount)
    if max_daily is not None:
        for key, low in (("start_daily", start_daily), ("max_single", max_single)):
            if low is not None and low.value > max_daily.value:
                raise f.error(f"dose.{key}", "is more than dose.max_daily")

    tit = f.table(d.get("titration", {}), "titration")
    f.only(tit, ("increment_daily", "interval_days", "path"), "titration")

    return Drug(
        name=name,
        file=str(f.path),
        brands=brands,
        aliases=aliases,
        classes=cls,
        all_classes=_closure(cls.value, classes),
        advice_source=advice,
        start_daily=start_daily,
        max_single=max_single,
        max_daily=max_daily,
        increment_daily=f.sourced(tit, "increment_daily", "titration", f.amount),
        increment_interval_days=f.sourced(tit, "interval_days", "titration", f.integer),
        max_gap=_max_gap(f, d["max_gap"]) if "max_gap" in d else None,
        renal=_renal(f, d["renal"], max_daily) if "renal" in d else None,
        taper=_taper(f, d["taper"]) if "taper" in d else None,
        skip_window_hours=_one(f, d, "missed_dose", "skip_window_hours", f.number),
        min_interval_fraction=_one(f, d, "doubled_dose", "min_interval_fraction", _share(f)),
        **_pk(f, d.get("pk", {})),
        strengths=_strengths(f, d.get("strengths", [])),
        titration_path=f.sourced(tit, "path", "titration", _path(f)),
        timing=_timing(f, d["timing"]) if "timing" in d else None,
        counts_as=counts_as,
        missed_streak=_missed_streak(f, d["missed_streak"]) if "missed_streak" in d else None,
    )


def _missed_streak(f: _File, raw: object) -> MissedStreak:
    t = f.table(raw, "missed_streak")
    f.only(t, ("doses", "advice", "why", "source"), "missed_streak")
    doses = f.sourced(t, "doses", "missed_streak", f.integer)
    if doses is None:
        raise f.error("missed_streak.doses", "is missing")
    return MissedStreak(
        doses,
        f.text(t.get("advice"), "missed_streak.advice"),
        f.text(t.get("why"), "missed_streak.why"),
        f.source(t, "missed_streak"),
    )


_REGIMEN = r"^\s*(?P<dose>.+?)\s*[x×]\s*(?P<n>[0-9]+)\s*$"


def _path(f: _File) -> Callable[[object, str], tuple[tuple[Amount, int], ...]]:
    """``["5 mg x 3", "10 mg x 3", ...]``: each rung a dose and how many times a day."""

    def parse(value: object, key: str) -> tuple[tuple[Amount, int], ...]:
        out = []
        for i, text in enumerate(f.texts(value, key)):
            m = re.match(_REGIMEN, text)
            if m is None:
                raise f.error(f"{key}[{i}]", f'"{text}" is not a regimen like "5 mg x 3"')
            out.append((f.amount(m["dose"], f"{key}[{i}]"), f.integer(int(m["n"]), f"{key}[{i}]")))
        return tuple(out)

    return parse


def _timing(f: _File, raw: object) -> Timing:
    t = f.table(raw, "timing")
    f.only(t, ("doses_per_day", "earliest", "latest", "words", "source"), "timing")
    window: list[time | None] = []
    for k in ("earliest", "latest"):
        v = t.get(k)
        if v is None:
            window.append(None)
            continue
        try:
            window.append(time.fromisoformat(f.text(v, f"timing.{k}")))
        except ValueError:
            raise f.error(f"timing.{k}", 'should be a time like "17:00"') from None
    return Timing(
        f.integer(t.get("doses_per_day"), "timing.doses_per_day"),
        f.text(t.get("words"), "timing.words"),
        f.source(t, "timing"),
        window[0],
        window[1],
    )


def _strengths(f: _File, raw: object) -> tuple[ProductStrength, ...]:
    if not isinstance(raw, list):
        raise f.error("strengths", "should be [[strengths]] tables")
    out: list[ProductStrength] = []
    for i, body in enumerate(raw):
        key = f"strengths[{i}]"
        t = f.table(body, key)
        f.only(t, ("strength", "form", "source"), key)
        form = t.get("form")
        if form not in FORMS:
            raise f.error(f"{key}.form", f"should be one of {FORMS}")
        out.append(
            ProductStrength(
                f.amount(t.get("strength"), f"{key}.strength"),
                cast(Form, form),
                f.source(t, key),
            )
        )
    return tuple(out)


def _one(
    f: _File, d: Mapping[str, Any], table: str, key: str, parse: Callable[[object, str], T]
) -> Sourced[T] | None:
    if table not in d:
        return None
    t = f.table(d[table], table)
    f.only(t, (key,), table)
    return f.sourced(t, key, table, parse)


def _share(f: _File) -> Callable[[object, str], Decimal]:
    def parse(value: object, key: str) -> Decimal:
        share = f.number(value, key)
        if not 0 < share <= 1:
            raise f.error(key, "should be more than 0 and at most 1")
        return share

    return parse


def _max_gap(f: _File, raw: object) -> MaxGap:
    t = f.table(raw, "max_gap")
    f.only(t, ("hours", "from_doses_per_day", "why"), "max_gap")
    hours = f.sourced(t, "hours", "max_gap", f.number)
    per_day = f.sourced(t, "from_doses_per_day", "max_gap", f.integer)
    if hours is None or per_day is None or not hours.value:
        raise f.error("max_gap", "needs hours (more than 0) and from_doses_per_day")
    return MaxGap(hours, per_day, f.text(t.get("why"), "max_gap.why"))


_BAND_KEYS = (
    "label",
    "source",
    "crcl_at_least",
    "crcl_above",
    "crcl_at_most",
    "crcl_below",
    "daily_min",
    "daily_max",
    "reduce_by",
    "proportional_to_crcl",
    "doses_per_day",
    "caution",
    "not_recommended",
)


def _renal(f: _File, raw: object, max_daily: Sourced[Amount] | None) -> Renal:
    t = f.table(raw, "renal")
    f.only(t, ("kind", "why", "bands", "source", "dialysis"), "renal")
    kind = t.get("kind")
    if kind not in ("label", "guidance"):
        raise f.error("renal.kind", 'should be "label" or "guidance"')
    raw_bands = t.get("bands")
    if not isinstance(raw_bands, list) or not raw_bands:
        raise f.error("renal.bands", "should be one or more [[renal.bands]] tables")
    bands = tuple(_band(f, b, f"renal.bands[{i}]", max_daily) for i, b in enumerate(raw_bands))
    _no_overlap(f, bands)
    why = f.text(t.get("why"), "renal.why")
    dialysis = None
    if "dialysis" in t:
        dt = f.table(t["dialysis"], "renal.dialysis")
        f.only(dt, ("advice", "source", "daily_max", "not_recommended"), "renal.dialysis")
        dialysis = Dialysis(
            f.text(dt.get("advice"), "renal.dialysis.advice"),
            f.source(dt, "renal.dialysis"),
            f.amount(dt["daily_max"], "renal.dialysis.daily_max") if "daily_max" in dt else None,
            dt.get("not_recommended") is True,
        )
    return Renal(cast(RenalKind, kind), why, bands, f.source(t, "renal"), dialysis)


def _band(f: _File, raw: object, key: str, max_daily: Sourced[Amount] | None) -> RenalBand:
    t = f.table(raw, key)
    f.only(t, _BAND_KEYS, key)

    def opt(k: str, parse: Callable[[object, str], Any]) -> Any:
        return parse(t[k], f"{key}.{k}") if k in t else None

    band = RenalBand(
        label=f.text(t.get("label"), f"{key}.label"),
        source=f.source(t, key),
        crcl_at_least=opt("crcl_at_least", f.number),
        crcl_above=opt("crcl_above", f.number),
        crcl_at_most=opt("crcl_at_most", f.number),
        crcl_below=opt("crcl_below", f.number),
        daily_min=opt("daily_min", f.amount),
        daily_max=opt("daily_max", f.amount),
        reduce_by=opt("reduce_by", f.fraction),
        proportional_to_crcl=opt("proportional_to_crcl", f.number),
        doses_per_day=opt("doses_per_day", f.integer),
        caution=t.get("caution") is True,
        not_recommended=t.get("not_recommended") is True,
    )
    if band.crcl_at_least is not None and band.crcl_above is not None:
        raise f.error(key, "give crcl_at_least or crcl_above, not both")
    if band.crcl_at_most is not None and band.crcl_below is not None:
        raise f.error(key, "give crcl_at_most or crcl_below, not both")
    if (band.daily_max is None) == (band.reduce_by is None) and not band.not_recommended:
        raise f.error(key, "give daily_max or reduce_by (exactly one)")
    if band.reduce_by is not None and max_daily is None:
        raise f.error(f"{key}.reduce_by", "needs dose.max_daily to reduce from")
    if band.proportional_to_crcl is not None and not band.proportional_to_crcl:
        raise f.error(f"{key}.proportional_to_crcl", "should be more than 0")
    low, high = band.daily_min, band.daily_max
    if low is not None and high is not None and low > high:
        raise f.error(f"{key}.daily_min", "is more than daily_max")
    return band


def _no_overlap(f: _File, bands: tuple[RenalBand, ...]) -> None:
    """No clearance falls in two bands (checked at every edge and between edges)."""
    edges = sorted(
        {
            e
            for b in bands
            for e in (b.crcl_at_least, b.crcl_above, b.crcl_at_most, b.crcl_below)
            if e is not None
        }
    )
    probes = [*edges, *(lo + (hi - lo) / 2 for lo, hi in itertools.pairwise(edges))]
    if edges:
        probes += [edges[0] - 1, edges[-1] + 1]
    for crcl in probes:
        hits = [i for i, b in enumerate(bands) if b.contains(crcl)]
        if len(hits) > 1:
            raise f.error(f"renal.bands[{hits[1]}]", f"overlaps renal.bands[{hits[0]}] at {crcl}")


def _taper(f: _File, raw: object) -> Taper:
    t = f.table(raw, "taper")
    f.only(t, ("min_days", "max_days", "after_days", "why"), "taper")
    min_days = f.sourced(t, "min_days", "taper", f.integer)
    if min_days is None:
        raise f.error("taper.min_days", "is missing")
    max_days = f.sourced(t, "max_days", "taper", f.integer)
    if max_days is not None and max_days.value < min_days.value:
        raise f.error("taper.max_days", "is less than taper.min_days")
    after = f.sourced(t, "after_days", "taper", f.integer)
    return Taper(min_days, f.text(t.get("why"), "taper.why"), max_days, after)


def _pk(f: _File, raw: object) -> dict[str, Range | None]:
    t = f.table(raw, "pk")
    keys = ("half_life_hours", "t_max_hours")
    f.only(t, keys, "pk")
    out: dict[str, Range | None] = {}
    for k in keys:
        if k not in t:
            out[k] = None
            continue
        key = f"pk.{k}"
        rec = f.table(t[k], key)
        f.only(rec, ("min", "max", "typical", "source"), key)
        lo = f.number(rec.get("min"), f"{key}.min")
        hi = f.number(rec.get("max"), f"{key}.max")
        typical = f.number(rec["typical"], f"{key}.typical") if "typical" in rec else None
        if lo > hi or (typical is not None and not lo <= typical <= hi):
            raise f.error(key, "should have min <= typical <= max")
        out[k] = Range(lo, hi, f.source(rec, key), typical)
    return out


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


def _closure(start: tuple[str, ...], classes: Mapping[str, DrugClass]) -> frozenset[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(classes[c].implies)
    return frozenset(seen)


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


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


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
