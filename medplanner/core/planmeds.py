"""Reading a plan file's medications: each ``[[medications]]`` table, its steps and times,
into the model, collecting every problem (the plan reader's half below the person;
:mod:`medplanner.core.plan` reads the document and the person on top of it).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from medplanner.core.i18n import _
from medplanner.core.model import (
    FORMS,
    DoseTime,
    Form,
    Medication,
    Step,
)
from medplanner.core.planfields import (
    _MED_KEYS,
    _REPEAT_KEYS,
    _STEP_KEYS,
    _TIME_ENTRY_KEYS,
    FieldReader,
    _join,
)
from medplanner.core.units import Amount


class MedicationReader(FieldReader):
    """Reads one ``[[medications]]`` table and its steps, collecting every problem."""

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
