"""Plan files (``medplanner-plan/1``, contract §1) <-> the model.

``loads`` reads TOML with :mod:`tomllib` and validates every key, collecting *all*
problems, each with its key path and line
(``medications[1].steps[0].times[2]: "25:00" is not a time like "08:00"``). The keys and
field readers are in :mod:`.planfields`; ``dumps`` (:mod:`.planwrite`) writes a plan back
with :mod:`tomli_w`, load -> dump -> load giving an equal plan. Both are re-exported here.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from medplanner.core.errors import PlanError, Problem
from medplanner.core.i18n import _
from medplanner.core.limits import MAX_PLAN_DEPTH, depth
from medplanner.core.model import (
    FORMS,
    PLAN_FORMAT,
    DoseTime,
    Form,
    Medication,
    Person,
    Plan,
    Sex,
    Step,
)
from medplanner.core.planfields import (
    _MED_KEYS,
    _NUMBER_RANGES,
    _REPEAT_KEYS,
    _STEP_KEYS,
    _TIME_ENTRY_KEYS,
    _TOP_KEYS,
    CG_KEYS,
    KIDNEY_KEYS,
    PERSON_KEYS,
    FieldReader,
    _join,
    _toml_problem,
    _valid_zone,
    parse_time_of_day,
)
from medplanner.core.planwrite import dumps, to_dict
from medplanner.core.units import Amount

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


class _Validator(FieldReader):
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

    def medication(self, raw: object, path: str) -> Medication | None:
        t = self.table(raw, path, "[[medications]]")
        if t is None:
            return None
        before = len(self.problems)
        self.known_keys(t, _MED_KEYS, path)
        name = self.string(t, "name", path)
        if name is None and "name" not in t:
            self.err(_join(path, "name"), _("is missing; give the medicine's name"))
        elif name is not None and not name.strip():
            self.err(_join(path, "name"), _("is empty; give the medicine's name"))
            name = None
        elif name is not None and len(name) > 100:
            self.err(_join(path, "name"), _("is longer than {n} characters").format(n=100))
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
            # Translators: {stop} and {start} are dates; {key} is the plan file's key "start".
            before_start = _("{stop} is before {key} {start}")
            self.err(_join(path, "stop"), before_start.format(stop=stop, key="start", start=start))

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
                self.err(
                    _join(path, key), _("an as-needed medication is never scheduled; remove it")
                )
        if "dose" not in t:
            self.err(_join(path, "dose"), _("is missing; an as-needed medication needs its dose"))
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
                self.err(
                    _join(path, key),
                    _("is only for as-needed medications ({setting})").format(
                        setting="as_needed = true"
                    ),
                )
        if "start" not in t:
            self.err(
                _join(path, "start"),
                _("is missing; give the first day, like {example}").format(
                    example="start = 2027-01-04"
                ),
            )
        steps: list[Step] = []
        if "steps" in t:
            for key in ("times", "dose", *_REPEAT_KEYS):
                if key in t:
                    self.err(
                        _join(path, key),
                        _("goes inside each {table} when the medication has steps").format(
                            table="[[medications.steps]]"
                        ),
                    )
            raw_steps = t["steps"]
            if not isinstance(raw_steps, list) or not raw_steps:
                self.err(
                    _join(path, "steps"),
                    _("should be one or more {table} tables").format(table="[[medications.steps]]"),
                )
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
                # Translators: {dose}, {times}, {table} and {setting} are written in the plan
                # file as they are.
                _("is missing; give {dose} and {times} (or {table}), or set {setting}").format(
                    dose="dose",
                    times="times",
                    table="[[medications.steps]]",
                    setting="as_needed = true",
                ),
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
                self.err(_join(path, "from"), _("is missing; give the step's first day"))
                return None
            start = default_from
        if "times" not in t:
            self.err(
                _join(path, "times"),
                _("is missing; give the times, like {example}").format(example='times = ["08:00"]'),
            )
            return None
        return self.step_body(t, path, dose or default_dose, start)

    def step_body(
        self, t: Mapping[str, Any], path: str, dose: Amount | None, start: date | None
    ) -> Step | None:
        raw_times = t["times"]
        tp = _join(path, "times")
        if not isinstance(raw_times, list) or not raw_times:
            self.err(
                tp,
                _("should list one or more times, like {example}").format(
                    example='["08:00", "20:00"]'
                ),
            )
            return None
        before = len(self.problems)
        times: list[DoseTime] = []
        for k, entry in enumerate(raw_times):
            ep = f"{tp}[{k}]"
            if isinstance(entry, dict):
                self.known_keys(entry, _TIME_ENTRY_KEYS, ep)
                at = self.wall_time(entry["at"], _join(ep, "at")) if "at" in entry else None
                if "at" not in entry:
                    self.err(
                        _join(ep, "at"),
                        _("is missing; give the time, like {example}").format(
                            example='at = "08:00"'
                        ),
                    )
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
                self.err(
                    ep,
                    _("has no dose: give {key} on the step or on this time").format(key="dose"),
                )
            if at is not None and this_dose is not None:
                times.append(DoseTime(at, this_dose))
        weekdays = self.weekdays(t, path)
        every = self.integer(t, "every_n_days", path)
        if "weekdays" in t and "every_n_days" in t:
            self.err(
                _join(path, "every_n_days"),
                _("use {one} or {other}, not both").format(one="weekdays", other="every_n_days"),
            )
        if len(self.problems) != before or start is None:
            return None
        times.sort(key=lambda dt: dt.at)
        return Step(start=start, times=tuple(times), weekdays=weekdays, every_n_days=every)

    def order_steps(
        self, steps: list[Step], path: str, start: date | None, stop: date | None
    ) -> None:
        for j, step in enumerate(steps):
            sp = f"{path}.steps[{j}].from"
            if start is not None and step.start < start:
                self.err(
                    sp,
                    _("{day} is before the medication's start {start}").format(
                        day=step.start, start=start
                    ),
                )
            if stop is not None and step.start > stop:
                self.err(
                    sp,
                    _("{day} is after the medication's stop {stop}").format(
                        day=step.start, stop=stop
                    ),
                )
            if j and step.start <= steps[j - 1].start:
                prev = steps[j - 1].start
                self.err(
                    sp,
                    _(
                        "{day} overlaps or comes before the previous step ({previous}); "
                        "list steps in date order, each starting on a later day"
                    ).format(day=step.start, previous=prev),
                )
