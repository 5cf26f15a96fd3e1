"""Simplified geometry for drawing, at a detail suited to the zoom.

Full-resolution boundaries stay in the region layer for measures; the map draws
coverage-simplified copies (``shapely.coverage_simplify``), so neighbours keep
sharing exactly the same border at every zoom. Levels of detail are computed on
demand and kept; a large coverage (the whole country) is simplified province by
province on two threads with province borders held fixed, then once more as a
whole so that province borders are simplified too — the same result class (a
valid coverage) in about half the time of one national call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

# Each level of detail is four times finer than the one before.
DETAIL_STEP = 4.0
LEVELS_OF_DETAIL = 4
# The coarsest level may move a border by this many pixels of a full view 1,000 px wide.
COARSEST_PIXELS = 0.75
_SPLIT_ABOVE = 400  # regions; below this one call is fast enough


def simplify_coverage(geoms: np.ndarray, tolerance: float, groups: np.ndarray | None = None) -> np.ndarray:
    """Coverage-simplify polygons; ``groups`` (e.g. province codes) lets large sets split."""
    if groups is None or len(geoms) < _SPLIT_ABOVE or len(np.unique(groups)) < 2:
        return shapely.coverage_simplify(geoms, tolerance)
    out = np.empty_like(geoms)
    indices = [np.flatnonzero(groups == g) for g in np.unique(groups)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(
            lambda ix: shapely.coverage_simplify(geoms[ix], tolerance, simplify_boundary=False), indices
        )
        for ix, part in zip(indices, results, strict=True):
            out[ix] = part
    return shapely.coverage_simplify(out, tolerance)


class DisplayGeometry:
    """The levels of detail of one region layer, coarse to fine, computed when first asked."""

    def __init__(
        self,
        projected: Callable[[], np.ndarray],
        bounds: tuple[float, float, float, float],
        groups: np.ndarray | None = None,
    ) -> None:
        self._projected = projected  # called only when a level has to be computed
        self.groups = groups
        xmin, ymin, xmax, ymax = bounds
        extent = max(xmax - xmin, ymax - ymin, 1.0)
        coarsest = extent / 1000.0 * COARSEST_PIXELS
        self.tolerances = tuple(coarsest / DETAIL_STEP**k for k in range(LEVELS_OF_DETAIL))
        self._levels: dict[float, np.ndarray] = {}
        self._lock = threading.Lock()

    def tolerance_for(self, metres_per_pixel: float) -> float:
        """The coarsest tolerance that moves no border by more than a pixel at this scale."""
        for tolerance in self.tolerances:
            if tolerance <= metres_per_pixel:
                return tolerance
        return self.tolerances[-1]

    def has(self, tolerance: float) -> bool:
        """Whether a level is ready to draw without computing."""
        return tolerance in self._levels

    def level(self, tolerance: float) -> np.ndarray:
        """The geometries simplified at ``tolerance`` (one of ``tolerances``)."""
        with self._lock:
            if tolerance not in self._levels:
                self._levels[tolerance] = simplify_coverage(self._projected(), tolerance, self.groups)
            return self._levels[tolerance]

    def best_ready(self, tolerance: float) -> tuple[float, np.ndarray]:
        """The ready level closest to ``tolerance`` (coarsest first), computing the coarsest if none."""
        ready = [t for t in self.tolerances if t in self._levels]
        if not ready:
            return self.tolerances[0], self.level(self.tolerances[0])
        best = min(ready, key=lambda t: abs(np.log(t / tolerance)))
        return best, self._levels[best]

    def preset(self, tolerance: float, geoms: np.ndarray) -> None:
        """Install a level read from the cache."""
        with self._lock:
            self._levels[tolerance] = geoms

    def ready_levels(self) -> dict[float, np.ndarray]:
        """The levels computed so far (for the cache)."""
        with self._lock:
            return dict(self._levels)
