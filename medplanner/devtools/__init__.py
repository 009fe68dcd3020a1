"""Tools for people working on MedPlanner, never imported by the app (an import-linter
contract says so): ``python -m medplanner.devtools.catalogues`` makes the translation
catalogues (docs/translating.md)."""
