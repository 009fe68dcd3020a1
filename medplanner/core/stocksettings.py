"""The person's refill settings (lead time, reminder time) and the parsers for what a
person types about stock; re-exported by :mod:`medplanner.core.stock`."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import time, timedelta
from decimal import Decimal, InvalidOperation

from medplanner.core.errors import InvalidInput
from medplanner.core.i18n import _
from medplanner.core.record import Record

#: Settings (per person, in the store's settings table; values are text).
LEAD_DAYS_KEY = "refill_lead_days"
REMINDER_TIME_KEY = "refill_reminder_time"
DEFAULT_LEAD_DAYS = 7
MAX_LEAD_DAYS = 90
#: Mid-morning: the person is up, pharmacies and surgeries are open, and it is not a usual
#: dose time, so the refill reminder never rides on a dose reminder.
DEFAULT_REMINDER_TIME = time(10, 0)


class RefillSettings(Record):
    """The person's refill choices: lead time, and the reminder's time of day (None: auto)."""

    lead_days: int = DEFAULT_LEAD_DAYS
    reminder_time: time | None = None

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> RefillSettings:
        """From the store's text settings; a value that does not parse keeps the default."""
        lead = DEFAULT_LEAD_DAYS
        at: time | None = None
        with contextlib.suppress(InvalidInput):
            lead = parse_lead_days(values.get(LEAD_DAYS_KEY, str(DEFAULT_LEAD_DAYS)))
        with contextlib.suppress(InvalidInput):
            raw = values.get(REMINDER_TIME_KEY)
            at = parse_reminder_time(raw) if raw else None
        return cls(lead, at)

    @property
    def lead(self) -> timedelta:
        return timedelta(days=self.lead_days)


def parse_lead_days(text: str) -> int:
    """A lead time in whole days, 0 to 90."""
    try:
        value = int(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(_('"{text}" is not a whole number of days').format(text=text)) from None
    if not 0 <= value <= MAX_LEAD_DAYS:
        raise InvalidInput(
            _("a refill lead time of {value} days is outside 0–{most}").format(
                value=value, most=MAX_LEAD_DAYS
            )
        )
    return value


def parse_reminder_time(text: str) -> time:
    """A time of day like ``10:00``."""
    try:
        value = time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(
            _('"{text}" is not a time of day like 10:00').format(text=text)
        ) from None
    return value.replace(second=0, microsecond=0, tzinfo=None)


def parse_units(text: str, *, signed: bool = False) -> Decimal:
    """A number of units typed by a person: ``30``, ``27.5``; at most 3 decimals."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError):
        raise InvalidInput(_not_units(text)) from None
    if not value.is_finite():
        raise InvalidInput(_not_units(text))
    if value < 0 and not signed:
        raise InvalidInput(
            _("{text} is less than 0: give a number of tablets or capsules").format(text=text)
        )
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -3:
        raise InvalidInput(_('"{text}" has more than 3 decimals').format(text=text))
    if abs(value) > 1_000_000:
        raise InvalidInput(_("{text} is more units than MedPlanner keeps").format(text=text))
    return value


def _not_units(text: str) -> str:
    return _('"{text}" is not a number of tablets or capsules').format(text=text)
