"""Exports for meetings from the window: the dialog, the page plans and their words."""
