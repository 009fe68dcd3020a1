"""Small widgets and helpers the views share (no rules: those live in ``medplanner.core``)."""
