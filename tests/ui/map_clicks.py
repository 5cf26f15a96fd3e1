"""Where on the map canvas a test clicks."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint

from maps.projection import project_coords


def label_point(window, region_id: str) -> QPoint:
    """The canvas position of a region's label point (inside the region)."""
    region = window.session.layer.regions.set_index("id").loc[region_id]
    x, y = project_coords(np.array([[region["label_lon"], region["label_lat"]]]), window.session.layer.crs)[0]
    px, py = window.canvas.map.ax.transData.transform((x, y))
    ratio = window.canvas.device_pixel_ratio or 1.0
    return QPoint(round(px / ratio), round(window.canvas.height() - py / ratio))
