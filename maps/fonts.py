"""The bundled Noto Sans SC subset, registered with matplotlib.

Maps and exports draw every label with it, so Chinese text renders the same on every
machine, whatever fonts the system has (see resources/fonts/README.md).
"""

from __future__ import annotations

import functools

from matplotlib import font_manager

from model.resources import resource_path

FAMILY = "Noto Sans SC"
REGULAR = resource_path("fonts", "NotoSansSC-Regular.ttf")
BOLD = resource_path("fonts", "NotoSansSC-Bold.ttf")


@functools.cache
def register_fonts() -> str:
    """Make the bundled fonts known to matplotlib; return the family name to use."""
    for path in (REGULAR, BOLD):
        font_manager.fontManager.addfont(str(path))
    return FAMILY


def font_properties(size: float, bold: bool = False) -> font_manager.FontProperties:
    """Font properties for a label in the bundled family."""
    register_fonts()
    return font_manager.FontProperties(family=FAMILY, size=size, weight="bold" if bold else "normal")
