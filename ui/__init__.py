"""The Qt interface and the command line: the only package that imports PySide6."""
