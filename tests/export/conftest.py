"""Fixtures for the export tests: the command line in-process, files to write plans to."""

from __future__ import annotations

from tests.cli.conftest import Cli, Result, cli, write

__all__ = ["Cli", "Result", "cli", "write"]
