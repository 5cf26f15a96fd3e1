"""The duplication analysis in the window: its controller, docks and settings dialog."""
