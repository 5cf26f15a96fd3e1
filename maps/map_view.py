"""The view of a map: its centre and scale (metres per pixel, so the aspect is always
true), fitting a box, panning, zooming, and the level of boundary detail the scale needs.

A mixin for ``maps.region_map.RegionMap``, which provides ``ax``, ``layer``, ``_geoms``
and ``_core``.
"""

from __future__ import annotations

import numpy as np
import shapely

MARGIN = 0.04  # of the extent, around a fitted view
EDGE_ROOM_PT = 9.0  # and room for a large park marker on a coastal tip
CORE_REACH = 0.25  # see MapView.core_extent


class MapView:
    """Centre and scale of a RegionMap; see the module docstring."""

    def _pixel_size(self) -> tuple[float, float]:
        """The map's size in the renderer's pixels."""
        width, height = self.ax.bbox.size
        return float(max(width, 1)), float(max(height, 1))

    def full_extent(self) -> tuple[float, float, float, float]:
        """The projected bounds of the whole layer (xmin, ymin, xmax, ymax)."""
        return self.layer.projected_bounds()

    def core_extent(self) -> tuple[float, float, float, float]:
        """The bounds a fitted view shows: the main land mass and what lies near it.

        Far-off islands (the South China Sea islands of Hainan and of the national map)
        would otherwise shrink the mainland to a corner; they stay reachable by panning.
        "Near" is within a quarter of the side of a square as large as all the land.
        """
        if self._core is None:
            land = shapely.get_parts(shapely.coverage_union_all(self._geoms))
            areas = shapely.area(land)
            main = land[int(np.argmax(areas))]
            reach = CORE_REACH * float(np.sqrt(areas.sum()))
            near = shapely.dwithin(land, main, reach)
            self._core = tuple(float(v) for v in shapely.total_bounds(land[near]))
        return self._core

    fitted = True  # the view is the fitted whole (a resize fits it again), not the planner's own

    def fit(self) -> None:
        """Show the whole layer with a small margin and room for the park markers at its edge."""
        self.fit_extent(self.core_extent())
        x0, y0, x1, y1 = self.core_extent()
        pad = EDGE_ROOM_PT * self.ax.figure.dpi / 72 * self.metres_per_pixel
        self.fit_extent((x0 - pad, y0 - pad, x1 + pad, y1 + pad))
        self.fitted = True

    def fit_extent(self, extent: tuple[float, float, float, float]) -> None:
        """Show a box of map coordinates (xmin, ymin, xmax, ymax) whole, with a small margin."""
        self.fitted = False
        xmin, ymin, xmax, ymax = extent
        width, height = self._pixel_size()
        span_x = (xmax - xmin) * (1 + 2 * MARGIN)
        span_y = (ymax - ymin) * (1 + 2 * MARGIN)
        self.center = ((xmin + xmax) / 2, (ymin + ymax) / 2)
        self.metres_per_pixel = max(span_x / width, span_y / height)
        self.apply_view()

    def apply_view(self) -> None:
        """Set the axes limits from the centre and scale, at the current pixel size."""
        width, height = self._pixel_size()
        cx, cy = self.center
        half_w = width * self.metres_per_pixel / 2
        half_h = height * self.metres_per_pixel / 2
        self.ax.set_xlim(cx - half_w, cx + half_w)
        self.ax.set_ylim(cy - half_h, cy + half_h)

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the view by a screen offset (pixels, y up)."""
        cx, cy = self.center
        self.center = (cx - dx * self.metres_per_pixel, cy - dy * self.metres_per_pixel)
        self.fitted = False
        self.apply_view()

    def zoom(self, factor: float, anchor: tuple[float, float] | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping ``anchor`` (map coordinates) fixed on screen."""
        xmin, ymin, xmax, ymax = self.full_extent()
        widest = max(xmax - xmin, ymax - ymin) * 3 / min(self._pixel_size())
        new_mpp = float(np.clip(self.metres_per_pixel / factor, 5.0, widest))
        ax_, ay = anchor if anchor is not None else self.center
        ratio = new_mpp / self.metres_per_pixel
        cx, cy = self.center
        self.center = (ax_ + (cx - ax_) * ratio, ay + (cy - ay) * ratio)
        self.metres_per_pixel = new_mpp
        self.fitted = False
        self.apply_view()

    def wanted_tolerance(self) -> float:
        """The level of detail this scale should be drawn at."""
        return self.layer.display.tolerance_for(self.metres_per_pixel)
