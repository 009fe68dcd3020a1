"""``python -m medplanner``."""

import sys

from medplanner.cli import main

sys.exit(main())
