"""The frozen app's entry point: the same ``run`` as the ``medplanner`` console script."""

from medplanner.cli import run

if __name__ == "__main__":
    run()
