"""Time in one place: "now" (passed in, never read by the core), a person's "today", and
the windows that decide when a dose is answered.

- :data:`Clock` is how "now" is injected (the service, the GUI, the reminder engine and
  the tests hold one; the CLI's ``--at`` / ``MEDPLANNER_NOW`` make one);
  :func:`system_clock` is the real one.
- :func:`today` is the local date in the person's zone; :func:`local_day` the local date
  of any instant in a zone.
- :func:`grace` is how long after its time an unanswered dose becomes missed;
  :func:`skip_window` how long before an upcoming dose a skip may answer it.
- :func:`waking_day` is the person's wake time and bedtime, or the one set of defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from medplanner.core.knowledge import PRODUCT_RULE, Sourced
from medplanner.core.model import Person
from medplanner.core.schedule import resolve_wall_time, zone

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, aware, in this machine's zone."""
    return datetime.now().astimezone()


def local_day(at: datetime, tz: tzinfo | str) -> date:
    """The local date of the instant ``at`` in ``tz`` (a zone or its IANA name)."""
    return at.astimezone(zone(tz) if isinstance(tz, str) else tz).date()


def today(person: Person, now: datetime) -> date:
    """The date it is for ``person`` at ``now`` (in their own zone, not the machine's)."""
    return local_day(now, person.timezone)


# --------------------------------------------------------------------------- answer windows

#: Product rule: an unanswered dose becomes missed this long after its time.
DEFAULT_GRACE = timedelta(minutes=60)
GRACE_SOURCE = f"{PRODUCT_RULE}: a dose is missed 60 minutes after its time without an answer"

#: The furthest a take or a skip reaches from its moment to a scheduled dose.
MAX_TAKE_REACH = timedelta(hours=12)


def grace(person: Person) -> timedelta:
    """How long an unanswered dose waits before it is missed: the person's
    ``missed_grace_minutes``, else :data:`DEFAULT_GRACE`."""
    minutes = person.missed_grace_minutes
    return timedelta(minutes=minutes) if minutes is not None else DEFAULT_GRACE


def skip_window(own: timedelta | None, dose_at: datetime, prev_at: datetime | None) -> timedelta:
    """How long before an upcoming dose (at ``dose_at``) a skip may answer it: the drug's
    ``own`` window, else half the interval since the previous dose, else
    :data:`MAX_TAKE_REACH`."""
    if own is not None:
        return own
    if prev_at is not None and prev_at < dose_at:
        return (dose_at - prev_at) / 2
    return MAX_TAKE_REACH


# --------------------------------------------------------------------------- waking day

DEFAULT_WAKE = Sourced(
    time(7, 0), f"{PRODUCT_RULE}: waking day from 07:00 when the plan gives no wake time"
)
DEFAULT_BEDTIME = Sourced(
    time(22, 0), f"{PRODUCT_RULE}: waking day until 22:00 when the plan gives no bedtime"
)


def waking_day(person: Person) -> tuple[time, time]:
    """The person's wake time and bedtime as the plan gives them, each else its default."""
    wake = person.wake if person.wake is not None else DEFAULT_WAKE.value
    bed = person.bedtime if person.bedtime is not None else DEFAULT_BEDTIME.value
    return wake, bed


def awake(person: Person, t: time) -> bool:
    """Whether the wall-clock time ``t`` falls in the person's waking day (a night shift
    runs across midnight; wake = bedtime means awake all day)."""
    wake, bed = waking_day(person)
    t = t.replace(tzinfo=None)
    if wake == bed:
        return True
    if wake < bed:
        return wake <= t < bed
    return t >= wake or t < bed  # a night shift: up across midnight


def reminder_at(person: Person, day: date, wall: time, now: datetime) -> datetime | None:
    """A once-a-day reminder's moment on the local ``day`` at ``wall``: that moment while it
    is still ahead; when it has passed today and the person is up, ``now`` (catch-up); else
    None (the zone skipped that time, the day is past, or the person is asleep: the caller
    tries the next day). The refill and review reminders share this rule."""
    tz = zone(person.timezone)
    at = resolve_wall_time(day, wall, tz)
    if at is not None and at < now:
        up = awake(person, now.astimezone(tz).time())
        at = now if day == today(person, now) and up else None
    return at
