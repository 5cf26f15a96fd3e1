"""Shapely polygons → matplotlib paths, one compound path per region, in bulk."""

from __future__ import annotations

import numpy as np
import shapely
from matplotlib.path import Path

from maps.boundaries import as_multipolygons


def polygon_paths(geoms: np.ndarray) -> list[Path]:
    """One ``Path`` per (Multi)Polygon, holes included, built from flat arrays."""
    if len(geoms) == 0:
        return []
    _, coords, (ring_offsets, polygon_offsets, geometry_offsets) = shapely.to_ragged_array(
        as_multipolygons(geoms)
    )
    codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
    codes[ring_offsets[:-1]] = Path.MOVETO
    codes[ring_offsets[1:] - 1] = Path.CLOSEPOLY
    vertex_bounds = ring_offsets[polygon_offsets[geometry_offsets]]
    return [
        Path(coords[start:end], codes[start:end])
        for start, end in zip(vertex_bounds[:-1], vertex_bounds[1:], strict=True)
    ]


def outline_paths(geoms: np.ndarray) -> list[Path]:
    """The boundary lines of polygons, as open paths (for outlines drawn over fills)."""
    lines = shapely.boundary(geoms)
    _, coords, offsets = shapely.to_ragged_array(
        shapely.multilinestrings(
            shapely.get_parts(lines),
            indices=np.repeat(np.arange(len(lines)), shapely.get_num_geometries(lines)),
        )
    )
    line_offsets, geometry_offsets = offsets
    codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
    codes[line_offsets[:-1]] = Path.MOVETO
    vertex_bounds = line_offsets[geometry_offsets]
    return [
        Path(coords[start:end], codes[start:end])
        for start, end in zip(vertex_bounds[:-1], vertex_bounds[1:], strict=True)
    ]
