"""Project files in the window: open, save, recent files, autosave, recovery, locks."""
