"""The pure core: domain model, plan files, schedules, knowledge base and checks.

Nothing in this package imports Qt, APScheduler, sqlite3 or any other part of
medplanner, and nothing here does I/O beyond reading the shipped resources and
the text handed to it. An import-linter contract in CI keeps it so.
"""
