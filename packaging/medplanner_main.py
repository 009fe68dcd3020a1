"""The frozen app's entry point: the same ``main`` as the ``medplanner`` console script."""

import sys

from medplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
