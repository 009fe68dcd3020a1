"""Where the data lives and keeping a folder private: the light part of
:mod:`medplanner.storage.paths` a shell needs before any data is opened.

The GUI's single-instance guard and its preferences need the data dir before the window's
first paint; reaching these three through :mod:`medplanner.service.files` would import the
whole service (every check, the store, SQLite) first. This module imports
:mod:`medplanner.storage.paths` only (``medplanner.storage`` itself loads its ``Store``
lazily, and ``storage.paths`` loads ``platformdirs`` only when it is asked for the
platform's folder), and nothing that writes the database.

:func:`data_dir` finds the usual Linux folder itself (importing ``platformdirs`` costs
10-25 ms at the GUI's start): when ``$XDG_DATA_HOME`` is an absolute path or unset, the
folder is the one every ``platformdirs`` 4.x names (``$XDG_DATA_HOME/MedPlanner``, else
``~/.local/share/MedPlanner``); anything less plain, and every other system, asks
``platformdirs`` through :func:`medplanner.storage.paths.data_dir`.
tests/gui/test_startup_lazy.py checks that both always name the same folder.
"""

from __future__ import annotations

import os
import posixpath
import sys
from collections.abc import Mapping
from pathlib import Path

from medplanner.storage.paths import HOME_ENV, ensure_private_dir, private_umask

__all__ = ["data_dir", "ensure_private_dir", "private_umask"]

_APP = "MedPlanner"


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$MEDPLANNER_HOME`` when set (contract §2), else the platform's user data dir:
    the same folder as :func:`medplanner.storage.paths.data_dir`, found without
    ``platformdirs`` where that is plain (see the module docstring)."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "")
    if home:
        return Path(home).expanduser().absolute()
    found = _plain_linux_dir(env)
    if found is not None:
        return found
    from medplanner.storage.paths import data_dir as platform_dir

    return platform_dir(environ)


def _plain_linux_dir(env: Mapping[str, str]) -> Path | None:
    """The Linux data dir where no ``platformdirs`` version can differ, else None."""
    if sys.platform != "linux" or "ANDROID_DATA" in env or "ANDROID_ROOT" in env:
        return None
    if env is not os.environ:
        return None  # platformdirs reads os.environ: only that can be matched
    xdg = env.get("XDG_DATA_HOME", "")
    if xdg:
        return Path(xdg, _APP) if posixpath.isabs(xdg) else None
    user_home = env.get("HOME", "")
    if not posixpath.isabs(user_home):
        return None
    return Path(os.path.expanduser("~/.local/share"), _APP)
