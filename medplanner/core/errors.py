"""Typed errors that carry a message for people, turned into words in one place.

The CLI and the GUI each convert :class:`MedPlannerError` at a single point;
nothing string-matches error output.
"""

from __future__ import annotations

from typing import NamedTuple


class MedPlannerError(Exception):
    """Base of every error that has a message meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Problem(NamedTuple):
    """One problem in a plan file: where (key path, line) and what."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        key = f"{self.path}: " if self.path else ""
        return f"{where}{key}{self.message}"


class InvalidInput(MedPlannerError):
    """Input that cannot be used as it is (contract: exit status 2)."""


class PlanError(InvalidInput):
    """A plan file with one or more problems, each naming its key and line."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        prefix = f"{source}: " if source else ""
        lines = [f"{prefix}{p}" for p in self.problems]
        super().__init__("\n".join(lines) if lines else f"{prefix}invalid plan")


class UnitError(InvalidInput):
    """A dose string that is not a number and a known unit."""
