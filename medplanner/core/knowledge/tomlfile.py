"""One TOML file of the knowledge base, and the checked reading of its values.

Part of :mod:`medplanner.core.knowledge`; import from there.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

from medplanner.core.errors import UnitError
from medplanner.core.knowledge.records import Share
from medplanner.core.knowledge.sources import (
    KnowledgeBaseError,
    Sourced,
    T,
)
from medplanner.core.record import Record
from medplanner.core.units import Amount


class _File(Record):
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

    def fraction(self, value: object, key: str) -> Share:
        """A share of a whole written as a fraction (``"1/3"``), in lowest terms."""
        try:
            f = Fraction(value) if isinstance(value, str | int) else None
        except (ValueError, ZeroDivisionError):
            f = None
        if f is None or not 0 < f < 1:
            raise self.error(key, 'should be a fraction between 0 and 1, like "1/3"')
        return Share.of(f.numerator, f.denominator)

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


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key
