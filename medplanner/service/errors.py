"""The storage errors a shell shows or acts on, re-exported so that no shell imports
:mod:`medplanner.storage` (the service is the one door to it).

Every one is a :class:`~medplanner.core.errors.MedPlannerError`: its ``message`` is for
people. ``DatabaseUnusable`` names the newest good backup (``.backup``) to offer.
"""

from medplanner.storage.errors import (
    DatabaseUnusable,
    InvalidBackup,
    NewerDatabase,
    StorageBusy,
    StorageError,
    StorageFailure,
    UnknownPerson,
)

__all__ = [
    "DatabaseUnusable",
    "InvalidBackup",
    "NewerDatabase",
    "StorageBusy",
    "StorageError",
    "StorageFailure",
    "UnknownPerson",
]
