"""Plan files (``medplanner-plan/1``, contract §1) <-> the model.

``loads`` reads TOML with :mod:`tomllib` and validates every key, collecting *all*
problems, each with its key path and line
(``medications[1].steps[0].times[2]: "25:00" is not a time like "08:00"``). The keys and
field readers are in :mod:`.planfields`; ``dumps`` (:mod:`.planwrite`) writes a plan back
with :mod:`tomli_w`, load -> dump -> load giving an equal plan; ``dumps`` and
``to_dict`` are offered here too (:mod:`.planwrite` loads when a plan is written: ``check``
only reads).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any, cast

from medplanner.core.errors import PlanError, Problem
from medplanner.core.i18n import _
from medplanner.core.limits import MAX_PLAN_DEPTH, depth
from medplanner.core.model import (
    PLAN_FORMAT,
    Medication,
    Person,
    Plan,
    Sex,
)
from medplanner.core.planfields import (
    _NUMBER_RANGES,
    _TOP_KEYS,
    CG_KEYS,
    KIDNEY_KEYS,
    PERSON_KEYS,
    _toml_problem,
    _valid_zone,
    parse_time_of_day,
)
from medplanner.core.planmeds import MedicationReader

__all__ = [
    "CG_KEYS",
    "KIDNEY_KEYS",
    "MAX_PLAN_BYTES",
    "PERSON_KEYS",
    "dumps",
    "load",
    "loads",
    "loads_bytes",
    "parse_time_of_day",
    "to_dict",
]

#: Plan files larger than this are refused before parsing (a real plan is a few kB).
MAX_PLAN_BYTES = 1024 * 1024


# --------------------------------------------------------------------------- writing


def dumps(plan: Plan) -> str:
    """The plan as ``medplanner-plan/1`` TOML text (:func:`.planwrite.dumps`)."""
    from medplanner.core import planwrite

    return planwrite.dumps(plan)


def to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as the TOML document's tables (:func:`.planwrite.to_dict`)."""
    from medplanner.core import planwrite

    return planwrite.to_dict(plan)


# --------------------------------------------------------------------------- reading


def load(path: str, *, default_timezone: str = "UTC") -> Plan:
    """Read and validate a plan file. Raises :class:`PlanError` on any problem."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_PLAN_BYTES + 1)
    except FileNotFoundError:
        raise PlanError([Problem("", _("file not found"))], name) from None
    except IsADirectoryError:
        raise PlanError([Problem("", _("is a folder, not a plan file"))], name) from None
    except OSError as e:
        # Translators: after a file name; {reason} is the system's own words.
        msg = _("cannot be read ({reason})").format(reason=e.strerror or e)
        raise PlanError([Problem("", msg)], name) from None
    return loads_bytes(raw, source=name, default_timezone=default_timezone)


def loads_bytes(raw: bytes, *, source: str = "", default_timezone: str = "UTC") -> Plan:
    """Validate raw file bytes (size, encoding) and parse them."""
    if len(raw) > MAX_PLAN_BYTES:
        msg = _("is larger than {size} kB: not a plan file").format(size=MAX_PLAN_BYTES // 1024)
        raise PlanError([Problem("", msg)], source)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        msg = _("is not a text file (not UTF-8 at byte {byte}); a plan file is TOML text").format(
            byte=e.start
        )
        raise PlanError([Problem("", msg)], source) from None
    if "\x00" in text:
        raise PlanError([Problem("", _("is not a text file (it contains NUL bytes)"))], source)
    return loads(text, source=source, default_timezone=default_timezone)


def loads(text: str, *, source: str = "", default_timezone: str = "UTC") -> Plan:
    """Parse and validate plan TOML text. Raises :class:`PlanError` listing every problem."""
    if not text.strip():
        # Translators: {format_line} and {table} are written in the plan file as they are.
        msg = _("is empty; a plan starts with {format_line} and a {table} table").format(
            format_line=f'format = "{PLAN_FORMAT}"', table="[person]"
        )
        raise PlanError([Problem("", msg)], source)
    too_deep = Problem(
        "",
        _("nests tables or arrays deeper than a plan can ({depth})").format(depth=MAX_PLAN_DEPTH),
    )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PlanError([_toml_problem(e)], source) from None
    except RecursionError:  # tomllib recurses per level: a hostile file nests thousands
        raise PlanError([too_deep], source) from None
    if depth(data) > MAX_PLAN_DEPTH:
        raise PlanError([too_deep], source)
    v = _Validator(text, default_timezone)
    plan = v.plan(data)
    if v.problems or plan is None:
        raise PlanError(sorted(v.problems, key=lambda p: (p.line or 0, p.path)), source)
    return plan


class _Validator(MedicationReader):
    """Reads one plan document into the model, collecting every problem."""

    def plan(self, data: Mapping[str, Any]) -> Plan | None:
        self.known_keys(data, _TOP_KEYS, "")
        fmt = data.get("format")
        if fmt is None:
            self.err(
                "format",
                _("is missing; the first line of a plan is {format_line}").format(
                    format_line=f'format = "{PLAN_FORMAT}"'
                ),
            )
        elif fmt != PLAN_FORMAT:
            self.err(
                "format",
                _('"{given}" is not a format this version reads ("{format}")').format(
                    given=fmt, format=PLAN_FORMAT
                ),
            )
        if "person" not in data:
            self.err(
                "person",
                _("is missing; a plan needs a {table} table with at least a name").format(
                    table="[person]"
                ),
            )
            person = None
        else:
            person = self.person(data["person"])
        meds: list[Medication] = []
        raw_meds = data.get("medications", [])
        if not isinstance(raw_meds, list):
            self.err("medications", _("should be {table} tables").format(table="[[medications]]"))
            raw_meds = []
        for i, raw in enumerate(raw_meds):
            med = self.medication(raw, f"medications[{i}]")
            if med is not None:
                meds.append(med)
        if person is None or self.problems:
            return None
        return Plan(person=person, medications=tuple(meds))

    def person(self, raw: object) -> Person | None:
        t = self.table(raw, "person", "[person]")
        if t is None:
            return None
        self.known_keys(t, (*PERSON_KEYS, *KIDNEY_KEYS), "person")
        name = self.string(t, "name", "person")
        if name is None and "name" not in t:
            self.err("person.name", _("is missing; give the person's name"))
        elif name is not None and not name.strip():
            self.err("person.name", _("is empty; give the person's name"))
        elif name is not None and len(name) > 100:
            self.err("person.name", _("is longer than {n} characters").format(n=100))
        zone = self.string(t, "timezone", "person")
        if zone is None and "timezone" not in t:
            zone = self.default_timezone
        if zone is not None and not _valid_zone(zone):
            self.err(
                "person.timezone",
                _('"{zone}" is not a time zone like "Europe/Berlin"').format(zone=zone),
            )
            zone = None
        wake = self.wall_time(t["wake"], "person.wake") if "wake" in t else None
        bedtime = self.wall_time(t["bedtime"], "person.bedtime") if "bedtime" in t else None
        numbers = {k: self.number(t, k, "person") for k in _NUMBER_RANGES if k in PERSON_KEYS}
        sex = cast(Sex | None, self.choice(t, "sex", "person", ("female", "male")))
        given = [k for k in CG_KEYS if k in t]
        if given and len(given) < len(CG_KEYS):
            missing = ", ".join(k for k in CG_KEYS if k not in t)
            self.err(
                f"person.{given[0]}",
                _(
                    "the Cockcroft–Gault estimate of kidney function needs all of "
                    "{keys}; missing: {missing} (or give {key} instead)"
                ).format(keys=", ".join(CG_KEYS), missing=missing, key="crcl_ml_min"),
            )
        dialysis = self.boolean(t, "dialysis", "person")
        measured = self.day(t, "kidney_measured", "person")
        review = self.day(t, "next_review", "person")
        stagger = self.integer(t, "stagger_window_minutes", "person")
        grace = self.integer(t, "missed_grace_minutes", "person")
        if name is None or zone is None:
            return None
        return Person(
            name=name.strip(),
            timezone=zone,
            wake=wake,
            bedtime=bedtime,
            crcl_ml_min=numbers["crcl_ml_min"],
            age_years=numbers["age_years"],
            weight_kg=numbers["weight_kg"],
            sex=sex,
            serum_creatinine_mg_dl=numbers["serum_creatinine_mg_dl"],
            stagger_window_minutes=stagger,
            missed_grace_minutes=grace,
            dialysis=dialysis,
            kidney_measured=measured,
            next_review=review,
        )
