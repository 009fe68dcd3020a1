"""Storage errors: each message says what is wrong and what the person can do about it.

The CLI and the GUI turn these into words at their single error point, like every
:class:`~medplanner.core.errors.MedPlannerError`. Errors about a file the person handed
in (a backup to restore, a name) are :class:`InvalidInput` (exit status 2).
"""

from __future__ import annotations

from pathlib import Path

from medplanner.core.errors import InvalidInput, MedPlannerError
from medplanner.core.i18n import _


class StorageError(MedPlannerError):
    """Base of every storage error."""


class StorageBusy(StorageError):
    """Another MedPlanner (or a stuck process) holds the database."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "The dose log {path} is in use by another MedPlanner window or command. "
                "Nothing was saved: close the other one and try again."
            ).format(path=path)
        )


class StorageFailure(StorageError):
    """The operating system refused a write (disk full, read-only disk, permissions)."""

    def __init__(self, path: Path, cause: str) -> None:
        super().__init__(
            _(
                "Could not write to {path}: {cause}. Nothing was saved; "
                "free some disk space or check the folder's permissions, then try again."
            ).format(path=path, cause=cause)
        )


class DatabaseUnusable(StorageError):
    """The database cannot be opened safely; it was left exactly as it was.

    ``backup`` is the newest backup that passed full validation, if any.
    """

    def __init__(self, path: Path, problem: str, backup: Path | None) -> None:
        self.path = path
        self.problem = problem
        self.backup = backup
        super().__init__(self._compose())

    def _compose(self) -> str:
        head = _("The dose log {path} cannot be used: {problem}. It was not changed.").format(
            path=self.path, problem=self.problem
        )
        if self.backup is None:
            return _(
                "{head} No good backup was found in {folder}. "
                "Keep the file as it is (do not delete it) and ask for help."
            ).format(head=head, folder=self.path.parent / "backups")
        return _(
            "{head} The newest good backup is {backup}. To go back to it, close "
            'MedPlanner and run: medplanner restore "{backup}" '
            "(the damaged file is kept among the backups)."
        ).format(head=head, backup=self.backup)


class NewerDatabase(DatabaseUnusable):
    """The database was written by a newer MedPlanner, whose data this one cannot read."""

    def __init__(self, path: Path, found: int, known: int, backup: Path | None) -> None:
        self.found = found
        self.known = known
        super().__init__(
            path,
            _(
                "it was written by a newer MedPlanner (data version {found}; "
                "this one reads up to {known})"
            ).format(found=found, known=known),
            backup,
        )

    def _compose(self) -> str:
        return _(
            "The dose log {path} was written by a newer MedPlanner (data version "
            "{found}; this one reads up to {known}). It was not changed. "
            "Update MedPlanner to open it."
        ).format(path=self.path, found=self.found, known=self.known)


class InvalidBackup(StorageError, InvalidInput):
    """A file handed to restore that is not a sound MedPlanner backup."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            _(
                "{path} cannot be restored: {problem}. Nothing was changed; "
                "choose another backup (MedPlanner keeps daily ones in its backups folder)."
            ).format(path=path, problem=problem)
        )


class UnknownPerson(StorageError, InvalidInput):
    """No person of that name in this data dir."""


class DuplicatePerson(StorageError, InvalidInput):
    """A person of that name (ignoring case) already exists."""


class InvalidCorrection(StorageError, InvalidInput):
    """A correction that does not fit the event it names."""


class InvalidValue(StorageError, InvalidInput):
    """A name, setting or stock figure the store cannot keep as given."""
