"""Plan files (``medplanner-plan/1``, contract §1) <-> the model.

``loads`` reads TOML with :mod:`tomllib` and validates every key, collecting
*all* problems, each with its key path and line
(``medications[1].steps[0].times[2]: "25:00" is not a time like "08:00"``).
``dumps`` writes a plan back with :mod:`tomli_w`; load -> dump -> load gives
an equal plan.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from medplanner.core.errors import PlanError, Problem, UnitError
from medplanner.core.limits import (
    MAX_FIELD_CHARS,
    MAX_PLAN_DEPTH,
    date_problem,
    depth,
    text_problem,
)
from medplanner.core.lines import LineIndex
from medplanner.core.model import (
    FORMS,
    PLAN_FORMAT,
    WEEKDAYS,
    DoseTime,
    Form,
    Medication,
    Person,
    Plan,
    Sex,
    Step,
)
from medplanner.core.units import Amount, parse_units

#: Plan files larger than this are refused before parsing (a real plan is a few kB).
MAX_PLAN_BYTES = 1024 * 1024

_TIME_RE = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")

_TOP_KEYS = ("format", "person", "medications")
PERSON_KEYS = (
    "name",
    "timezone",
    "wake",
    "bedtime",
    "crcl_ml_min",
    "age_years",
    "weight_kg",
    "sex",
    "serum_creatinine_mg_dl",
    "stagger_window_minutes",
    "missed_grace_minutes",
)
#: Kidney monitoring keys of ``[person]`` (contract §1; issue 17), kept apart from the
#: fields the GUI's person form edits.
KIDNEY_KEYS = ("dialysis", "kidney_measured", "next_review")
CG_KEYS = ("age_years", "weight_kg", "sex", "serum_creatinine_mg_dl")
_REPEAT_KEYS = ("weekdays", "every_n_days")
_STEP_KEYS = ("from", "dose", "times", *_REPEAT_KEYS)
_MED_KEYS = (
    "name",
    "strength",
    "form",
    "start",
    "stop",
    "continuing",
    "as_needed",
    "dose",
    "times",
    *_REPEAT_KEYS,
    "steps",
    "max_per_day",
    "min_interval_hours",
)
_TIME_ENTRY_KEYS = ("at", "dose")

# Plausible ranges: outside them a value is a typing error, not a clinical fact.
_NUMBER_RANGES: dict[str, tuple[Decimal, Decimal, str]] = {
    "crcl_ml_min": (Decimal(0), Decimal(300), "mL/min"),
    "age_years": (Decimal(0), Decimal(130), "years"),
    "weight_kg": (Decimal(1), Decimal(400), "kg"),
    "serum_creatinine_mg_dl": (Decimal("0.05"), Decimal(30), "mg/dL"),
    "min_interval_hours": (Decimal(0), Decimal(168), "hours"),
}
_INT_RANGES: dict[str, tuple[int, int]] = {
    "stagger_window_minutes": (0, 24 * 60),
    "missed_grace_minutes": (1, 24 * 60),
    "max_per_day": (1, 48),
    "every_n_days": (1, 366),
}


# --------------------------------------------------------------------------- reading


def load(path: str, *, default_timezone: str = "UTC") -> Plan:
    """Read and validate a plan file. Raises :class:`PlanError` on any problem."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_PLAN_BYTES + 1)
    except FileNotFoundError:
        raise PlanError([Problem("", "file not found")], name) from None
    except IsADirectoryError:
        raise PlanError([Problem("", "is a folder, not a plan file")], name) from None
    except OSError as e:
        raise PlanError([Problem("", f"cannot be read ({e.strerror or e})")], name) from None
    return loads_bytes(raw, source=name, default_timezone=default_timezone)


def loads_bytes(raw: bytes, *, source: str = "", default_timezone: str = "UTC") -> Plan:
    """Validate raw file bytes (size, encoding) and parse them."""
    if len(raw) > MAX_PLAN_BYTES:
        msg = f"is larger than {MAX_PLAN_BYTES // 1024} kB: not a plan file"
        raise PlanError([Problem("", msg)], source)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        msg = f"is not a text file (not UTF-8 at byte {e.start}); a plan file is TOML text"
        raise PlanError([Problem("", msg)], source) from None
    if "\x00" in text:
        raise PlanError([Problem("", "is not a text file (it contains NUL bytes)")], source)
    return loads(text, source=source, default_timezone=default_timezone)


def loads(text: str, *, source: str = "", default_timezone: str = "UTC") -> Plan:
    """Parse and validate plan TOML text. Raises :class:`PlanError` listing every problem."""
    if not text.strip():
        msg = f'is empty; a plan starts with format = "{PLAN_FORMAT}" and a [person] table'
        raise PlanError([Problem("", msg)], source)
    too_deep = Problem("", f"nests tables or arrays deeper than a plan can ({MAX_PLAN_DEPTH})")
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


def _toml_problem(e: tomllib.TOMLDecodeError) -> Problem:
    msg = str(e)
    m = re.search(r"\(at line (\d+), column \d+\)", msg)
    line = int(m.group(1)) if m else None
    detail = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", msg)
    return Problem("", f"not valid TOML: {detail}", line)


class _Validator:
    """Reads one plan document, collecting every problem (a plain class: a dataclass costs
    every start about a millisecond to create)."""

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
            self._lines = LineIndex(self.text)
        self.problems.append(Problem(path, message, self._lines.line_of(path)))

    def table(self, value: object, path: str, what: str) -> Mapping[str, Any] | None:
        if not isinstance(value, dict):
            self.err(path, f"should be a table ({what}), not {_kind(value)}")
            return None
        return cast(Mapping[str, Any], value)

    def known_keys(self, table: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
        for key in table:
            if key not in allowed:
                import difflib  # only when there is something to suggest

                hint = difflib.get_close_matches(key, allowed, n=1)
                more = f'; did you mean "{hint[0]}"?' if hint else ""
                self.err(_join(path, key), f'unknown key "{key}"{more}')

    def string(self, t: Mapping[str, Any], key: str, path: str) -> str | None:
        if key not in t:
            return None
        value = t[key]
        if not isinstance(value, str):
            self.err(_join(path, key), f"should be text in quotes, not {_kind(value)}")
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
            self.err(p, f'should be a dose in quotes like "300 mg", not {_kind(value)}')
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

        count, _ = units
        name, strength = self.dosing
        kb = load_knowledge_base()
        product = kb.product(name) if name is not None else None
        if product is not None:
            per_unit = product.principal_amount(product.variant_for(strength, name))
        elif strength is not None:
            per_unit = strength
        else:
            near = kb.suggest(name) if name is not None and kb.lookup(name) is None else None
            hint = f' ("{name}" is not in the knowledge base; did you mean {near}?)' if near else ""
            self.err(
                path,
                f'"{text}" has an unknown unit "{text.rsplit(maxsplit=1)[-1]}" here: a dose '
                'in units needs the strength of one unit (like strength = "300 mg"), or '
                f'write a dose like "300 mg"{hint}',
            )
            return None
        if count <= 0:
            self.err(path, f'"{text}" should be more than 0')
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
            example = "2027-01-04"
            if isinstance(value, str) and _parse_iso_date(value) is not None:
                self.err(p, f"should be a date without quotes, like {key} = {value}")
            else:
                self.err(p, f"should be a date like {example} (no quotes), not {_kind(value)}")
            return None
        problem = date_problem(value)
        if problem is not None:
            self.err(p, problem)
            return None
        return value

    def wall_time(self, value: object, path: str) -> time | None:
        if isinstance(value, time):
            if value.second or value.microsecond or value.tzinfo is not None:
                self.err(path, f'"{value}" should be hours and minutes like "08:00"')
                return None
            return value
        if not isinstance(value, str):
            self.err(path, f'should be a time in quotes like "08:00", not {_kind(value)}')
            return None
        m = _TIME_RE.match(value.strip())
        if m is None:
            self.err(path, f'"{value}" is not a time like "08:00" (24-hour HH:MM)')
            return None
        return time(int(m.group(1)), int(m.group(2)))

    def boolean(self, t: Mapping[str, Any], key: str, path: str) -> bool:
        if key not in t:
            return False
        value = t[key]
        if not isinstance(value, bool):
            self.err(_join(path, key), f"should be true or false, not {_kind(value)}")
            return False
        return value

    def integer(self, t: Mapping[str, Any], key: str, path: str) -> int | None:
        if key not in t:
            return None
        value = t[key]
        p = _join(path, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(p, f"should be a whole number, not {_kind(value)}")
            return None
        lo, hi = _INT_RANGES[key]
        if not lo <= value <= hi:
            self.err(p, f"{value} is outside {lo}–{hi}")
            return None
        return value

    def number(self, t: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        if key not in t:
            return None
        value = t[key]
        p = _join(path, key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.err(p, f"should be a number, not {_kind(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.err(p, f"should be a number, not {value}")
            return None
        lo, hi, unit = _NUMBER_RANGES[key]
        d = Decimal(str(value))
        if not (lo < d <= hi if lo == 0 and key != "crcl_ml_min" else lo <= d <= hi):
            self.err(p, f"{value} {unit} is outside the plausible range {lo}–{hi} {unit}")
            return None
        return d

    def choice(self, t: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...]) -> Any:
        value = self.string(t, key, path)
        if value is None:
            return None
        if value not in allowed:
            opts = " or ".join(f'"{a}"' for a in allowed)
            self.err(_join(path, key), f'"{value}" should be {opts}')
            return None
        return value

    # -- the plan -----------------------------------------------------------------------

    def plan(self, data: Mapping[str, Any]) -> Plan | None:
        self.known_keys(data, _TOP_KEYS, "")
        fmt = data.get("format")
        if fmt is None:
            self.err("format", f'is missing; the first line of a plan is format = "{PLAN_FORMAT}"')
        elif fmt != PLAN_FORMAT:
            self.err("format", f'"{fmt}" is not a format this version reads ("{PLAN_FORMAT}")')
        if "person" not in data:
            self.err("person", "is missing; a plan needs a [person] table with at least a name")
            person = None
        else:
            person = self.person(data["person"])
        meds: list[Medication] = []
        raw_meds = data.get("medications", [])
        if not isinstance(raw_meds, list):
            self.err("medications", "should be [[medications]] tables")
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
            self.err("person.name", "is missing; give the person's name")
        elif name is not None and not name.strip():
            self.err("person.name", "is empty; give the person's name")
        elif name is not None and len(name) > 100:
            self.err("person.name", "is longer than 100 characters")
        zone = self.string(t, "timezone", "person")
        if zone is None and "timezone" not in t:
            zone = self.default_timezone
        if zone is not None and not _valid_zone(zone):
            self.err("person.timezone", f'"{zone}" is not a time zone like "Europe/Berlin"')
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
                f"the Cockcroft–Gault estimate of kidney function needs all of "
                f"{', '.join(CG_KEYS)}; missing: {missing} (or give crcl_ml_min instead)",
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

    def medication(self, raw: object, path: str) -> Medication | None:
        t = self.table(raw, path, "[[medications]]")
        if t is None:
            return None
        before = len(self.problems)
        self.known_keys(t, _MED_KEYS, path)
        name = self.string(t, "name", path)
        if name is None and "name" not in t:
            self.err(_join(path, "name"), "is missing; give the medicine's name")
        elif name is not None and not name.strip():
            self.err(_join(path, "name"), "is empty; give the medicine's name")
            name = None
        elif name is not None and len(name) > 100:
            self.err(_join(path, "name"), "is longer than 100 characters")
        self.dosing = (None, None)
        strength = self.amount(t, "strength", path)
        self.dosing = (name, strength)
        form = cast(Form | None, self.choice(t, "form", path, FORMS))
        start = self.day(t, "start", path)
        stop = self.day(t, "stop", path)
        continuing = self.boolean(t, "continuing", path)
        as_needed = self.boolean(t, "as_needed", path)
        dose = self.amount(t, "dose", path)
        if start is not None and stop is not None and stop < start:
            self.err(_join(path, "stop"), f"{stop} is before start {start}")

        if as_needed:
            med = self.as_needed(t, path, name, strength, form, start, stop, dose)
        else:
            med = self.scheduled(t, path, name, strength, form, start, stop, continuing, dose)
        return med if len(self.problems) == before else None

    def as_needed(
        self,
        t: Mapping[str, Any],
        path: str,
        name: str | None,
        strength: Amount | None,
        form: Form | None,
        start: date | None,
        stop: date | None,
        dose: Amount | None,
    ) -> Medication | None:
        for key in ("times", "steps", *_REPEAT_KEYS, "continuing"):
            if key in t:
                self.err(_join(path, key), "an as-needed medication is never scheduled; remove it")
        if "dose" not in t:
            self.err(_join(path, "dose"), "is missing; an as-needed medication needs its dose")
        max_per_day = self.integer(t, "max_per_day", path)
        min_interval = self.number(t, "min_interval_hours", path)
        if name is None or dose is None:
            return None
        return Medication(
            name=name.strip(),
            start=start,
            stop=stop,
            strength=strength,
            form=form,
            as_needed=True,
            dose=dose,
            max_per_day=max_per_day,
            min_interval_hours=min_interval,
        )

    def scheduled(
        self,
        t: Mapping[str, Any],
        path: str,
        name: str | None,
        strength: Amount | None,
        form: Form | None,
        start: date | None,
        stop: date | None,
        continuing: bool,
        dose: Amount | None,
    ) -> Medication | None:
        for key in ("max_per_day", "min_interval_hours"):
            if key in t:
                self.err(_join(path, key), "is only for as-needed medications (as_needed = true)")
        if "start" not in t:
            self.err(
                _join(path, "start"), "is missing; give the first day, like start = 2027-01-04"
            )
        steps: list[Step] = []
        if "steps" in t:
            for key in ("times", "dose", *_REPEAT_KEYS):
                if key in t:
                    self.err(
                        _join(path, key),
                        "goes inside each [[medications.steps]] when the medication has steps",
                    )
            raw_steps = t["steps"]
            if not isinstance(raw_steps, list) or not raw_steps:
                self.err(_join(path, "steps"), "should be one or more [[medications.steps]] tables")
                raw_steps = []
            for j, raw in enumerate(raw_steps):
                step = self.step(raw, f"{path}.steps[{j}]", None, start if j == 0 else None)
                if step is not None:
                    steps.append(step)
        elif "times" in t:
            step = self.step_body(t, path, dose, start)
            if step is not None:
                steps.append(step)
        else:
            self.err(
                _join(path, "times"),
                "is missing; give dose and times (or [[medications.steps]]), "
                "or set as_needed = true",
            )
        self.order_steps(steps, path, start, stop)
        if name is None or start is None:
            return None
        return Medication(
            name=name.strip(),
            start=start,
            stop=stop,
            steps=tuple(steps),
            strength=strength,
            form=form,
            continuing=continuing,
        )

    def step(
        self, raw: object, path: str, default_dose: Amount | None, default_from: date | None
    ) -> Step | None:
        t = self.table(raw, path, "[[medications.steps]]")
        if t is None:
            return None
        self.known_keys(t, _STEP_KEYS, path)
        dose = self.amount(t, "dose", path)
        start = self.day(t, "from", path)
        if "from" not in t:
            if default_from is None:
                self.err(_join(path, "from"), "is missing; give the step's first day")
                return None
            start = default_from
        if "times" not in t:
            self.err(_join(path, "times"), 'is missing; give the times, like times = ["08:00"]')
            return None
        return self.step_body(t, path, dose or default_dose, start)

    def step_body(
        self, t: Mapping[str, Any], path: str, dose: Amount | None, start: date | None
    ) -> Step | None:
        raw_times = t["times"]
        tp = _join(path, "times")
        if not isinstance(raw_times, list) or not raw_times:
            self.err(tp, 'should list one or more times, like ["08:00", "20:00"]')
            return None
        before = len(self.problems)
        times: list[DoseTime] = []
        for k, entry in enumerate(raw_times):
            ep = f"{tp}[{k}]"
            if isinstance(entry, dict):
                self.known_keys(entry, _TIME_ENTRY_KEYS, ep)
                at = self.wall_time(entry["at"], _join(ep, "at")) if "at" in entry else None
                if "at" not in entry:
                    self.err(_join(ep, "at"), 'is missing; give the time, like at = "08:00"')
                own = self.amount(entry, "dose", ep)
                this_dose = own if "dose" in entry else dose
            else:
                at = self.wall_time(entry, ep)
                this_dose = dose
            if (
                this_dose is None
                and "dose" not in t
                and not (isinstance(entry, dict) and "dose" in entry)
            ):
                self.err(ep, "has no dose: give dose on the step or on this time")
            if at is not None and this_dose is not None:
                times.append(DoseTime(at, this_dose))
        weekdays = self.weekdays(t, path)
        every = self.integer(t, "every_n_days", path)
        if "weekdays" in t and "every_n_days" in t:
            self.err(_join(path, "every_n_days"), "use weekdays or every_n_days, not both")
        if len(self.problems) != before or start is None:
            return None
        times.sort(key=lambda dt: dt.at)
        return Step(start=start, times=tuple(times), weekdays=weekdays, every_n_days=every)

    def weekdays(self, t: Mapping[str, Any], path: str) -> tuple[int, ...] | None:
        if "weekdays" not in t:
            return None
        value = t["weekdays"]
        p = _join(path, "weekdays")
        if not isinstance(value, list) or not value:
            self.err(p, 'should list days, like weekdays = ["mon", "thu"]')
            return None
        days: set[int] = set()
        for k, d in enumerate(value):
            if not isinstance(d, str) or d.strip().lower()[:3] not in WEEKDAYS:
                self.err(f"{p}[{k}]", f"{_show(d)} is not a day ({', '.join(WEEKDAYS)})")
                continue
            days.add(WEEKDAYS.index(d.strip().lower()[:3]))
        return tuple(sorted(days))

    def order_steps(
        self, steps: list[Step], path: str, start: date | None, stop: date | None
    ) -> None:
        for j, step in enumerate(steps):
            sp = f"{path}.steps[{j}].from"
            if start is not None and step.start < start:
                self.err(sp, f"{step.start} is before the medication's start {start}")
            if stop is not None and step.start > stop:
                self.err(sp, f"{step.start} is after the medication's stop {stop}")
            if j and step.start <= steps[j - 1].start:
                prev = steps[j - 1].start
                self.err(
                    sp,
                    f"{step.start} overlaps or comes before the previous step ({prev}); "
                    "list steps in date order, each starting on a later day",
                )


# --------------------------------------------------------------------------- writing


def dumps(plan: Plan) -> str:
    """The plan as ``medplanner-plan/1`` TOML text."""
    import tomli_w  # only writing needs it: ``check`` and ``import`` never load it

    return tomli_w.dumps(to_dict(plan))


def to_dict(plan: Plan) -> dict[str, Any]:
    p = plan.person
    person: dict[str, Any] = {"name": p.name, "timezone": p.timezone}
    if p.wake is not None:
        person["wake"] = _hhmm(p.wake)
    if p.bedtime is not None:
        person["bedtime"] = _hhmm(p.bedtime)
    for key in (
        "crcl_ml_min",
        "age_years",
        "weight_kg",
        "sex",
        "serum_creatinine_mg_dl",
        "stagger_window_minutes",
        "missed_grace_minutes",
    ):
        value = getattr(p, key)
        if value is not None:
            person[key] = _num(value) if isinstance(value, Decimal) else value
    if p.dialysis:
        person["dialysis"] = True
    for key in ("kidney_measured", "next_review"):
        if getattr(p, key) is not None:
            person[key] = getattr(p, key)
    out: dict[str, Any] = {"format": plan.format, "person": person}
    if plan.medications:
        out["medications"] = [_med_dict(m) for m in plan.medications]
    return out


def _med_dict(m: Medication) -> dict[str, Any]:
    d: dict[str, Any] = {"name": m.name}
    if m.strength is not None:
        d["strength"] = str(m.strength)
    if m.form is not None:
        d["form"] = m.form
    if m.start is not None:
        d["start"] = m.start
    if m.stop is not None:
        d["stop"] = m.stop
    if m.as_needed:
        d["as_needed"] = True
        if m.dose is not None:
            d["dose"] = str(m.dose)
        if m.max_per_day is not None:
            d["max_per_day"] = m.max_per_day
        if m.min_interval_hours is not None:
            d["min_interval_hours"] = _num(m.min_interval_hours)
        return d
    if m.continuing:
        d["continuing"] = True
    if len(m.steps) == 1 and m.steps[0].start == m.start:
        d.update(_step_dict(m.steps[0], with_from=False))
    else:
        d["steps"] = [_step_dict(s, with_from=True) for s in m.steps]
    return d


def _step_dict(s: Step, *, with_from: bool) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if with_from:
        d["from"] = s.start
    doses = {str(t.dose) for t in s.times}
    if len(doses) == 1:
        d["dose"] = doses.pop()
        d["times"] = [_hhmm(t.at) for t in s.times]
    else:
        d["times"] = [{"at": _hhmm(t.at), "dose": str(t.dose)} for t in s.times]
    if s.weekdays is not None:
        d["weekdays"] = [WEEKDAYS[i] for i in s.weekdays]
    if s.every_n_days is not None:
        d["every_n_days"] = s.every_n_days
    return d


# --------------------------------------------------------------------------- small helpers


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _hhmm(t: time) -> str:
    return t.strftime("%H:%M")


def _num(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def _kind(value: object) -> str:
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "true/false"),
        (int, "a number"),
        (float, "a number"),
        (str, "text"),
        (datetime, "a date-time"),
        (date, "a date"),
        (time, "a time"),
        (list, "a list"),
        (dict, "a table"),
    ]
    for typ, word in kinds:
        if isinstance(value, typ):
            return f"{word} ({_show(value)})" if typ in (int, float, bool, str) else word
    return type(value).__name__


def _show(value: object) -> str:
    text = f'"{value}"' if isinstance(value, str) else str(value).lower()
    return text if len(text) <= 40 else text[:37] + "…"


def _parse_iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_zone_cache: dict[str, bool] = {}


def _valid_zone(key: str) -> bool:
    if key not in _zone_cache:
        ok = False
        if key and len(key) <= 64 and ".." not in key and not key.startswith("/"):
            try:
                ZoneInfo(key)
                ok = True
            except (ZoneInfoNotFoundError, ValueError, OSError):
                ok = False
        _zone_cache[key] = ok
    return _zone_cache[key]


def parse_time_of_day(text: str) -> time | None:
    """``"8:05"`` -> 08:05, or None: the same rule the plan file uses (for GUI fields)."""
    m = _TIME_RE.match(text.strip())
    return time(int(m.group(1)), int(m.group(2))) if m else None
