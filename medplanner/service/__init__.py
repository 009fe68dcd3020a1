"""What a person does with MedPlanner, as one API over core + storage.

The CLI, the reminder engine and the GUI all call this; none of them writes
a storage sequence or a dosing rule of its own. No Qt, no scheduler here.
Every method that depends on the time takes ``at``/``now``; ``clock`` only
stamps ``recorded_at`` and picks "today" for the daily backup.
"""

from __future__ import annotations

from medplanner.core.clock import Clock as Clock
from medplanner.core.clock import system_clock as system_clock
from medplanner.service.base import restore as restore
from medplanner.service.results import (
    AsNeeded,
    Current,
    ImportResult,
    SkipOutcome,
    SkipProposal,
    Status,
    TakeOutcome,
    TakeProposal,
)
from medplanner.service.skips import _Skips


class Service(_Skips):
    """One household's data (a data dir) and the rules applied to it.

    One class, written in layers by concern, one module each (each layer builds on the one
    before): ``base`` (the store, opening, persons, settings), ``diary``, ``plans``,
    ``stock``, ``review`` (the review reminder), ``day`` (status), ``takes`` and ``skips``
    (the answer flows). The layers are private: callers use this class, imported from here.
    """


__all__ = [
    "AsNeeded",
    "Clock",
    "Current",
    "ImportResult",
    "Service",
    "SkipOutcome",
    "SkipProposal",
    "Status",
    "TakeOutcome",
    "TakeProposal",
    "restore",
    "system_clock",
]
