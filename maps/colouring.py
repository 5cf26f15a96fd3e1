"""Base-map colours: neighbouring regions get different soft fills (greedy graph colouring)."""

from __future__ import annotations

import numpy as np
import shapely

# Muted fills that leave room for the thematic colours drawn on top of them later.
BASE_FILLS = ("#dde8f3", "#f3e6d0", "#dcecd6", "#ece0ec", "#f1eecf", "#d6ebea")


def touching_pairs(geoms: np.ndarray) -> np.ndarray:
    """Index pairs (i < j) of polygons that touch or overlap, from an R-tree query."""
    if len(geoms) < 2:
        return np.empty((0, 2), dtype=np.int64)
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    keep = left < right
    return np.column_stack([left[keep], right[keep]])


def greedy_colours(count: int, pairs: np.ndarray) -> np.ndarray:
    """A colour index per node such that no pair shares one (Welsh–Powell order)."""
    neighbours: list[list[int]] = [[] for _ in range(count)]
    for a, b in pairs:
        neighbours[a].append(b)
        neighbours[b].append(a)
    colours = np.full(count, -1, dtype=np.int64)
    for node in sorted(range(count), key=lambda n: -len(neighbours[n])):
        taken = {colours[m] for m in neighbours[node]}
        colours[node] = next(c for c in range(count + 1) if c not in taken)
    return colours


def base_fills(geoms: np.ndarray) -> list[str]:
    """A fill colour per region; neighbours differ wherever the palette allows."""
    colours = greedy_colours(len(geoms), touching_pairs(geoms))
    return [BASE_FILLS[c % len(BASE_FILLS)] for c in colours]
