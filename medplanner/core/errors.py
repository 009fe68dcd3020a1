"""Typed errors that carry a message for people, turned into words in one place.

The CLI and the GUI each convert :class:`MedPlannerError` at a single point;
nothing string-matches error output.
"""

from __future__ import annotations

from medplanner.core.i18n import _
from medplanner.core.record import Record


class MedPlannerError(Exception):
    """Base of every error that has a message meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Problem(Record):
    """One problem in a plan file: where (key path, line) and what."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        # The key path stays as written in the file (TOML keys are never translated).
        if self.line is not None and self.path:
            # Translators: a problem in a plan file; {key} is a TOML key path like
            # medications[1].times[0], kept in English.
            return _("line {line}: {key}: {message}").format(
                line=self.line, key=self.path, message=self.message
            )
        if self.line is not None:
            # Translators: a problem in a plan file, at a line of it.
            return _("line {line}: {message}").format(line=self.line, message=self.message)
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidInput(MedPlannerError):
    """Input that cannot be used as it is (contract: exit status 2)."""


class PlanError(InvalidInput):
    """A plan file with one or more problems, each naming its key and line."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        prefix = f"{source}: " if source else ""
        lines = [f"{prefix}{p}" for p in self.problems]
        super().__init__("\n".join(lines) if lines else prefix + _("invalid plan"))


class UnitError(InvalidInput):
    """A dose string that is not a number and a known unit."""
