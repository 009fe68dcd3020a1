"""Where the data lives and keeping a folder private: the light part of
:mod:`medplanner.storage.paths` a shell needs before any data is opened.

The GUI's single-instance guard runs before the window's first paint; reaching these
three through :mod:`medplanner.service.files` would import the whole service (every
check, the store, SQLite) first. This module imports :mod:`medplanner.storage.paths`
only (``medplanner.storage`` itself loads its ``Store`` lazily), and nothing that
writes the database.
"""

from medplanner.storage.paths import data_dir, ensure_private_dir, private_umask

__all__ = ["data_dir", "ensure_private_dir", "private_umask"]
