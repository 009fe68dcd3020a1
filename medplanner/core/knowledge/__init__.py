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

from medplanner.core.knowledge.lookups import KnowledgeBase, load_knowledge_base
from medplanner.core.knowledge.productrecords import (
    Combination,
    DrugClass,
    Product,
    ProductVariant,
)
from medplanner.core.knowledge.records import (
    Dialysis,
    Drug,
    MaxGap,
    MissedStreak,
    ProductStrength,
    Range,
    Renal,
    RenalBand,
    Taper,
    Timing,
)
from medplanner.core.knowledge.sources import (
    COMBINATION_CODES,
    COMBINATION_SEVERITY,
    DERIVED,
    MIN_INTERVAL_FRACTION,
    PRODUCT_RULE,
    RELEASES,
    STAGGER_WINDOW_MINUTES,
    KnowledgeBaseError,
    RenalKind,
    Sourced,
    normalize_name,
    source_problem,
)

__all__ = [
    "COMBINATION_CODES",
    "COMBINATION_SEVERITY",
    "DERIVED",
    "MIN_INTERVAL_FRACTION",
    "PRODUCT_RULE",
    "RELEASES",
    "STAGGER_WINDOW_MINUTES",
    "Combination",
    "Dialysis",
    "Drug",
    "DrugClass",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "MaxGap",
    "MissedStreak",
    "Product",
    "ProductStrength",
    "ProductVariant",
    "Range",
    "Renal",
    "RenalBand",
    "RenalKind",
    "Sourced",
    "Taper",
    "Timing",
    "load_knowledge_base",
    "normalize_name",
    "source_problem",
]
