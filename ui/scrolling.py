"""Docks whose forms scroll instead of forcing the window taller than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area that resizes it to its width."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
