"""Where the data lives and how a shell writes a file of health data, re-exported from
:mod:`medplanner.storage.paths` so that no shell imports :mod:`medplanner.storage`.

``write_private_text`` writes owner-only (0600) and refuses a target inside the data dir;
``write_user_file`` is its bytes form for exports (PDF); ``data_dir`` is the default data
folder (``$MEDPLANNER_HOME`` or the platform's).
"""

from medplanner.storage.paths import (
    data_dir,
    ensure_private_dir,
    private_umask,
    write_atomic,
    write_private_text,
    write_user_file,
)

__all__ = [
    "data_dir",
    "ensure_private_dir",
    "private_umask",
    "write_atomic",
    "write_private_text",
    "write_user_file",
]
