"""Dialogs reached from the menus and views: export, planners, supply."""
