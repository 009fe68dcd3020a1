"""The field readers the plan file's validator is built on: each reads one
TOML value (text, an amount, a date, a time of day, a number in its plausible range, a
choice), records a problem with its key path and line when the value is wrong, and returns
None. The keys and the helpers that describe a wrong value (or bad TOML), and the
time-of-day rule shared with the GUI, are in :mod:`medplanner.core.plankeys`; every name is
importable from here."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from medplanner.core.errors import Problem, UnitError
from medplanner.core.i18n import N_, _
from medplanner.core.limits import (
    MAX_FIELD_CHARS,
    date_problem,
    text_problem,
)
from medplanner.core.model import WEEKDAYS
from medplanner.core.plankeys import (
    _MED_KEYS,
    _REPEAT_KEYS,
    _STEP_KEYS,
    _TIME_ENTRY_KEYS,
    _TIME_RE,
    _TOP_KEYS,
    CG_KEYS,
    KIDNEY_KEYS,
    PERSON_KEYS,
    _join,
    _kind,
    _parse_iso_date,
    _show,
    _toml_problem,
    _valid_zone,
    parse_time_of_day,
)
from medplanner.core.units import Amount, parse_units

if TYPE_CHECKING:
    from medplanner.core.lines import LineIndex  # made only when there is a problem to place

__all__ = [
    "CG_KEYS",
    "KIDNEY_KEYS",
    "PERSON_KEYS",
    "_INT_RANGES",
    "_MED_KEYS",
    "_NUMBER_RANGES",
    "_REPEAT_KEYS",
    "_STEP_KEYS",
    "_TIME_ENTRY_KEYS",
    "_TIME_RE",
    "_TOP_KEYS",
    "FieldReader",
    "_join",
    "_kind",
    "_parse_iso_date",
    "_show",
    "_toml_problem",
    "_valid_zone",
    "parse_time_of_day",
]


# Plausible ranges: outside them a value is a typing error, not a clinical fact.
_NUMBER_RANGES: dict[str, tuple[Decimal, Decimal, str]] = {
    "crcl_ml_min": (Decimal(0), Decimal(300), "mL/min"),
    # Translators: a unit after a number, as in "140 years is outside the plausible range".
    "age_years": (Decimal(0), Decimal(130), N_("years")),
    "weight_kg": (Decimal(1), Decimal(400), "kg"),
    "serum_creatinine_mg_dl": (Decimal("0.05"), Decimal(30), "mg/dL"),
    # Translators: a unit after a number, as in "200 hours is outside the plausible range".
    "min_interval_hours": (Decimal(0), Decimal(168), N_("hours")),
}
_INT_RANGES: dict[str, tuple[int, int]] = {
    "stagger_window_minutes": (0, 24 * 60),
    "missed_grace_minutes": (1, 24 * 60),
    "max_per_day": (1, 48),
    "every_n_days": (1, 366),
}


class FieldReader:
    """Reads one plan document's fields, collecting every problem (a plain class: a
    dataclass costs every start about a millisecond to create); the plan's validator
    (``medplanner.core.plan._Validator``) builds the plan on it."""

    def __init__(self, text: str, default_timezone: str) -> None:
        self.text = text
        self.default_timezone = default_timezone
        self.problems: list[Problem] = []
        self._lines: LineIndex | None = None
        #: The medication being read: its name and strength, for doses in units ("1 tablet").
        self.dosing: tuple[str | None, Amount | None] = (None, None)

    # -- helpers ------------------------------------------------------------------------

    def err(self, path: str, message: str) -> None:
        if self._lines is None:  # scanned only when there is a problem to place
            from medplanner.core.lines import LineIndex

            self._lines = LineIndex(self.text)
        self.problems.append(Problem(path, message, self._lines.line_of(path)))

    def table(self, value: object, path: str, what: str) -> Mapping[str, Any] | None:
        if not isinstance(value, dict):
            # Translators: {table} is written in the plan file as it is, like [person];
            # {kind} describes the value found, like "a number (5)".
            message = _("should be a table ({table}), not {kind}")
            self.err(path, message.format(table=what, kind=_kind(value)))
            return None
        return cast(Mapping[str, Any], value)

    def known_keys(self, table: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
        for key in table:
            if key not in allowed:
                import difflib  # only when there is something to suggest

                hint = difflib.get_close_matches(key, allowed, n=1)
                if hint:
                    message = _('unknown key "{key}"; did you mean "{hint}"?').format(
                        key=key, hint=hint[0]
                    )
                else:
                    message = _('unknown key "{key}"').format(key=key)
                self.err(_join(path, key), message)

    def string(self, t: Mapping[str, Any], key: str, path: str) -> str | None:
        if key not in t:
            return None
        value = t[key]
        if not isinstance(value, str):
            self.err(
                _join(path, key),
                _("should be text in quotes, not {kind}").format(kind=_kind(value)),
            )
            return None
        problem = text_problem(value, MAX_FIELD_CHARS)
        if problem is not None:
            self.err(_join(path, key), problem)
            return None
        return value

    def amount(self, t: Mapping[str, Any], key: str, path: str) -> Amount | None:
        p = _join(path, key)
        if key not in t:
            return None
        value = t[key]
        if not isinstance(value, str):
            self.err(
                p,
                _('should be a dose in quotes like "300 mg", not {kind}').format(kind=_kind(value)),
            )
            return None
        return self.parse_amount(value, p)

    def parse_amount(self, text: str, path: str) -> Amount | None:
        try:
            return Amount.parse(text)
        except UnitError as e:
            units = parse_units(text)
            if units is None:
                self.err(path, e.message)
                return None
        return self.unit_dose(text, units, path)

    def unit_dose(self, text: str, units: tuple[Decimal, str], path: str) -> Amount | None:
        """``"1 tablet"``: the mass it means, for a product with a known strength (§1)."""
        from medplanner.core.knowledge import load_knowledge_base

        count = units[0]
        name, strength = self.dosing
        kb = load_knowledge_base()
        product = kb.product(name) if name is not None else None
        if product is not None:
            per_unit = product.principal_amount(product.variant_for(strength, name))
        elif strength is not None:
            per_unit = strength
        else:
            near = kb.suggest(name) if name is not None and kb.lookup(name) is None else None
            unit = text.rsplit(maxsplit=1)[-1]
            example = 'strength = "300 mg"'
            if near:
                message = _(
                    '"{text}" has an unknown unit "{unit}" here: a dose in units needs the '
                    "strength of one unit (like {example}), or write a dose like "
                    '"300 mg" ("{name}" is not in the knowledge base; did you mean {near}?)'
                ).format(text=text, unit=unit, example=example, name=name, near=near)
            else:
                message = _(
                    '"{text}" has an unknown unit "{unit}" here: a dose in units needs the '
                    'strength of one unit (like {example}), or write a dose like "300 mg"'
                ).format(text=text, unit=unit, example=example)
            self.err(path, message)
            return None
        if count <= 0:
            self.err(path, _('"{text}" should be more than 0').format(text=text))
            return None
        mg = per_unit.mg * count
        return Amount(
            mg.normalize() if mg != mg.to_integral_value() else mg.quantize(Decimal(1)),
            "mg",
            written=" ".join(text.split()),
        )

    def day(self, t: Mapping[str, Any], key: str, path: str) -> date | None:
        if key not in t:
            return None
        value = t[key]
        p = _join(path, key)
        if isinstance(value, datetime) or not isinstance(value, date):
            if isinstance(value, str) and _parse_iso_date(value) is not None:
                self.err(
                    p,
                    _("should be a date without quotes, like {example}").format(
                        example=f"{key} = {value}"
                    ),
                )
            else:
                self.err(
                    p,
                    _("should be a date like {example} (no quotes), not {kind}").format(
                        example="2027-01-04", kind=_kind(value)
                    ),
                )
            return None
        problem = date_problem(value)
        if problem is not None:
            self.err(p, problem)
            return None
        return value

    def wall_time(self, value: object, path: str) -> time | None:
        if isinstance(value, time):
            if value.second or value.microsecond or value.tzinfo is not None:
                self.err(
                    path,
                    _('"{value}" should be hours and minutes like "08:00"').format(value=value),
                )
                return None
            return value
        if not isinstance(value, str):
            self.err(
                path,
                _('should be a time in quotes like "08:00", not {kind}').format(kind=_kind(value)),
            )
            return None
        m = _TIME_RE.match(value.strip())
        if m is None:
            self.err(
                path, _('"{value}" is not a time like "08:00" (24-hour HH:MM)').format(value=value)
            )
            return None
        return time(int(m.group(1)), int(m.group(2)))

    def boolean(self, t: Mapping[str, Any], key: str, path: str) -> bool:
        if key not in t:
            return False
        value = t[key]
        if not isinstance(value, bool):
            # Translators: {true} and {false} are written in the plan file as they are.
            message = _("should be {true} or {false}, not {kind}")
            self.err(
                _join(path, key), message.format(true="true", false="false", kind=_kind(value))
            )
            return False
        return value

    def integer(self, t: Mapping[str, Any], key: str, path: str) -> int | None:
        if key not in t:
            return None
        value = t[key]
        p = _join(path, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(p, _("should be a whole number, not {kind}").format(kind=_kind(value)))
            return None
        lo, hi = _INT_RANGES[key]
        if not lo <= value <= hi:
            self.err(p, _("{value} is outside {lo}–{hi}").format(value=value, lo=lo, hi=hi))
            return None
        return value

    def number(self, t: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        if key not in t:
            return None
        value = t[key]
        p = _join(path, key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.err(p, _("should be a number, not {kind}").format(kind=_kind(value)))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.err(p, _("should be a number, not {kind}").format(kind=value))
            return None
        lo, hi, unit = _NUMBER_RANGES[key]
        d = Decimal(str(value))
        if not (lo < d <= hi if lo == 0 and key != "crcl_ml_min" else lo <= d <= hi):
            self.err(
                p,
                _("{value} {unit} is outside the plausible range {lo}–{hi} {unit}").format(
                    value=value, unit=_(unit), lo=lo, hi=hi
                ),
            )
            return None
        return d

    def choice(self, t: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...]) -> Any:
        value = self.string(t, key, path)
        if value is None:
            return None
        if value not in allowed:
            opts = f'"{allowed[0]}"'
            for other in allowed[1:]:
                # Translators: two choices, written in the plan file as they are ("female",
                # "male"); with more, the earlier ones are {first}.
                opts = _("{first} or {second}").format(first=opts, second=f'"{other}"')
            self.err(
                _join(path, key),
                _('"{value}" should be {choices}').format(value=value, choices=opts),
            )
            return None
        return value

    def weekdays(self, t: Mapping[str, Any], path: str) -> tuple[int, ...] | None:
        if "weekdays" not in t:
            return None
        value = t["weekdays"]
        p = _join(path, "weekdays")
        if not isinstance(value, list) or not value:
            self.err(
                p,
                _("should list days, like {example}").format(example='weekdays = ["mon", "thu"]'),
            )
            return None
        days: set[int] = set()
        for k, d in enumerate(value):
            if not isinstance(d, str) or d.strip().lower()[:3] not in WEEKDAYS:
                self.err(
                    f"{p}[{k}]",
                    _("{value} is not a day ({days})").format(
                        value=_show(d), days=", ".join(WEEKDAYS)
                    ),
                )
                continue
            days.add(WEEKDAYS.index(d.strip().lower()[:3]))
        return tuple(sorted(days))
