"""Parks on the map: one marker per park, coloured by its sector groups, sized by its level.

A park that declares several groups gets a segmented marker (up to four segments, a
grey one for "more"), so a zone with shipbuilding and petrochemicals shows both. Size
and outline weight give the level (national largest); a grey outline marks a park
placed at its county's or city's centre rather than at known coordinates. Parks that
share a point (all of a city's zones without coordinates) are spread on a small
spiral around it, so each stays visible and clickable at every zoom.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.path import Path

from maps.projection import project_coords
from model.parks import ParkLevel, Precision, sector_codes
from model.sectors import Taxonomy

MAX_SEGMENTS = 4
MORE_COLOUR = "#adb5bd"
NO_SECTOR_COLOUR = "#ffffff"
EDGE_COLOUR = "#212529"
APPROXIMATE_EDGE = "#868e96"
HIGHLIGHT_COLOUR = (
    "#e8590c"  # the selected park's ring  # placed at a county or city centre, not at known coordinates
)
# Marker radius in points, and outline width, by level.
LEVEL_STYLE = {
    ParkLevel.NATIONAL: (6.5, 1.5),
    ParkLevel.PROVINCIAL: (5.0, 0.8),
    ParkLevel.OTHER: (4.0, 0.6),
}
SPIRAL_STEP_PT = 7.0  # distance between parks spread around a shared point
# Markers shrink on maps of larger areas (a country, not a province): full size at this
# scale (metres per typographic point, so a page at any dpi looks like the screen) or
# closer, never below the smallest factor.
FULL_SIZE_METRES_PER_POINT = 1500.0 * 100 / 72
SMALLEST_FACTOR = 0.5
GOLDEN_ANGLE = np.pi * (3 - np.sqrt(5))


@functools.cache
def wedge_marker(segments: int, index: int) -> Path:
    """A unit-circle wedge: segment ``index`` of ``segments`` (a full circle for one)."""
    if segments == 1:
        return Path.unit_circle()
    start, end = 90 - 360 * (index + 1) / segments, 90 - 360 * index / segments
    return Path.wedge(start, end)


@dataclass(frozen=True)
class ParkStyle:
    """What the map shows of each park, for drawing and for the legend."""

    colours: list[tuple[str, ...]]  # per park: one colour per segment
    groups: list[tuple[str, ...]]  # per park: its group codes, in declared order
    radius_pt: np.ndarray
    edge_width: np.ndarray
    approximate: np.ndarray  # bool: placed at a county or city centre


def park_style(parks: pd.DataFrame, taxonomy: Taxonomy) -> ParkStyle:
    """Colours, sizes and outline of every park."""
    groups, colours = [], []
    for codes in sector_codes(parks):
        own = tuple(dict.fromkeys(taxonomy.group_of(c) for c in codes if taxonomy.knows(c)))
        groups.append(own)
        shown = [taxonomy.groups[g].colour for g in own]
        if len(shown) > MAX_SEGMENTS:
            shown = shown[: MAX_SEGMENTS - 1] + [MORE_COLOUR]
        colours.append(tuple(shown) or (NO_SECTOR_COLOUR,))
    levels = [ParkLevel.parse(v) for v in parks["level"]]
    return ParkStyle(
        colours=colours,
        groups=groups,
        radius_pt=np.array([LEVEL_STYLE[lv][0] for lv in levels]),
        edge_width=np.array([LEVEL_STYLE[lv][1] for lv in levels]),
        approximate=(parks["location_precision"] != Precision.EXACT.value).to_numpy(),
    )


def spread_offsets(points: np.ndarray) -> np.ndarray:
    """Offsets (in units of the spiral step) that separate parks sharing a point."""
    offsets = np.zeros_like(points, dtype=float)
    _, inverse, counts = np.unique(np.round(points, 3), axis=0, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    rank = np.zeros(len(points), dtype=int)
    seen: dict[int, int] = {}
    for i, key in enumerate(inverse):
        rank[i] = seen.get(key, 0)
        seen[key] = rank[i] + 1
    shared = counts[inverse] > 1
    radius = np.sqrt(rank + 0.5)
    angle = rank * GOLDEN_ANGLE
    offsets[shared, 0] = (radius * np.cos(angle))[shared]
    offsets[shared, 1] = (radius * np.sin(angle))[shared]
    return offsets


class ParkMarkers:
    """The park layer of a map: draws, filters and re-spreads markers as the scale changes."""

    def __init__(
        self, ax: Axes, parks: pd.DataFrame, taxonomy: Taxonomy, crs: str, animated: bool = False
    ) -> None:
        self.ax = ax
        self.taxonomy = taxonomy
        self.crs = crs
        # Animated markers are left out of the figure's full redraws: a live canvas draws them
        # over a cached image of the rest, so a moved park costs a blit, not a redraw.
        self.animated = animated
        self.visible = np.ones(len(parks), dtype=bool)
        self.size_factor = 1.0
        self.collections: list[Line2D] = []
        self._artists: dict[tuple, Line2D] = {}
        self._take(parks)
        self._build()

    def _take(self, parks: pd.DataFrame) -> None:
        self.parks = parks.reset_index(drop=True)
        self.style = park_style(self.parks, self.taxonomy)
        lonlat = self.parks[["lon", "lat"]].to_numpy(dtype=float)
        self.anchor = project_coords(lonlat, self.crs) if len(lonlat) else np.empty((0, 2))
        self.spread = spread_offsets(self.anchor) * SPIRAL_STEP_PT
        self.positions = self.anchor.copy()

    def relocate(self, parks: pd.DataFrame) -> bool:
        """Take the new places of the same parks (moved, or their precision changed) without
        building the layer again; False, changing nothing, when the parks differ otherwise."""
        same = ("id", "name_zh", "name_en", "level", "sectors")
        if len(parks) != len(self.parks) or not all(
            parks[c].reset_index(drop=True).equals(self.parks[c]) for c in same if c in parks
        ):
            return False
        self._take(parks)
        self._build()
        return True

    def _build(self) -> None:
        """One Line2D per marker style: Agg stamps a styled marker once and repeats the bitmap,
        ten times faster for 10,000 parks than a scatter whose every marker differs. Artists
        of styles still in use are kept (creating one is the slow part)."""
        styles: dict[tuple, list[int]] = {}
        for row in np.flatnonzero(self.visible):
            colours = self.style.colours[row]
            for index, colour in enumerate(colours):
                key = (
                    len(colours),
                    index,
                    colour,
                    self.style.radius_pt[row],
                    self.style.edge_width[row],
                    bool(self.style.approximate[row]),
                )
                styles.setdefault(key, []).append(int(row))
        for key in set(self._artists) - set(styles):
            self._artists.pop(key).remove()
        for key, rows in styles.items():
            artist = self._artists.get(key) or self._new_artist(*key)
            self._artists[key] = artist
            artist.park_rows = np.array(rows)  # which park each marker of this artist is
            artist.set_data(self.positions[artist.park_rows, 0], self.positions[artist.park_rows, 1])
        self.collections = list(self._artists.values())

    def _new_artist(
        self, segments: int, index: int, colour: str, radius: float, edge: float, approximate: bool
    ) -> Line2D:
        (artist,) = self.ax.plot(
            [],
            [],
            linestyle="",
            marker=wedge_marker(segments, index),
            markersize=radius * 2 * self.size_factor,
            markerfacecolor=colour,
            markeredgecolor=APPROXIMATE_EDGE if approximate else EDGE_COLOUR,
            markeredgewidth=edge,
            zorder=6,
            animated=self.animated,
        )
        artist.segment = index
        artist.base_size = radius * 2
        return artist

    def remove(self) -> None:
        """Take the layer off the map."""
        for artist in self._artists.values():
            artist.remove()
        self._artists.clear()
        self.collections = []
        if getattr(self, "_ring", None) is not None:
            self._ring.remove()
            self._ring = None

    def overlay_artists(self) -> list:
        """What a live canvas draws over its cached image (see ``animated``)."""
        ring = getattr(self, "_ring", None)
        return self.collections + ([ring] if ring is not None else [])

    def show_only(self, items: set[str] | None) -> None:
        """Show the parks that declare any of ``items``; None shows all.

        An item is a sector code, a group code (the group declared with no sector named),
        or ``group:X`` for everything in group X.
        """
        if items is None:
            visible = np.ones(len(self.parks), dtype=bool)
        else:
            wanted = set()
            for item in items:
                if item.startswith("group:"):
                    group = item[6:]
                    wanted |= {group} | {
                        s for s in self.taxonomy.sectors if self.taxonomy.group_of(s) == group
                    }
                else:
                    wanted.add(item)
            visible = np.array(
                [bool(wanted.intersection(codes)) for codes in sector_codes(self.parks)], dtype=bool
            )
        if not np.array_equal(visible, self.visible):
            self.visible = visible
            self._build()

    def highlight(self, row: int | list[int] | None) -> None:
        """Ring a park (the selected one) or several (a conflict's); None removes the rings."""
        self.highlighted = None if row is None or (isinstance(row, list) and not row) else row
        if getattr(self, "_ring", None) is None:
            self._ring = self.ax.scatter(
                [],
                [],
                s=1,
                facecolors="none",
                edgecolors=HIGHLIGHT_COLOUR,
                linewidths=2.4,
                zorder=8,
                animated=self.animated,
            )
        self._place_ring()

    def _place_ring(self) -> None:
        ring = getattr(self, "_ring", None)
        if ring is None:
            return
        row = getattr(self, "highlighted", None)
        if row is None:
            ring.set_offsets(np.empty((0, 2)))
            return
        rows = row if isinstance(row, list) else [row]
        ring.set_offsets(self.positions[rows])
        ring.set_sizes((self.style.radius_pt[rows] * 2 * self.size_factor + 7) ** 2)

    def layout(self, metres_per_pixel: float, dpi: float) -> None:
        """Place and size the markers for the current scale (spread offsets are in points on screen)."""
        metres_per_point = metres_per_pixel * dpi / 72.0
        factor = float(np.clip(np.sqrt(FULL_SIZE_METRES_PER_POINT / metres_per_point), SMALLEST_FACTOR, 1.0))
        self.positions = self.anchor + self.spread * factor * metres_per_point
        for artist in self.collections:
            artist.set_data(self.positions[artist.park_rows, 0], self.positions[artist.park_rows, 1])
            if factor != self.size_factor:
                artist.set_markersize(artist.base_size * factor)
        self.size_factor = factor
        self._place_ring()

    def place_one(self, row: int, x: float, y: float) -> None:
        """Show one park at a map point (while it is dragged); the model is not changed."""
        self.positions[row] = (x, y)
        for artist in self.collections:
            if row in artist.park_rows:
                artist.set_data(self.positions[artist.park_rows, 0], self.positions[artist.park_rows, 1])
        self._place_ring()

    def cluster_radius_pt(self) -> np.ndarray:
        """Per park: the radius (points) of the cluster it belongs to, markers included."""
        keys = [tuple(np.round(p, 3)) for p in self.anchor]
        extent: dict[tuple, float] = {}
        for key, offset, radius in zip(keys, self.spread, self.style.radius_pt, strict=True):
            extent[key] = max(extent.get(key, 0.0), float(np.hypot(*offset)) + radius)
        return np.array([extent[k] for k in keys])

    def shown_groups(self) -> list[str]:
        """The groups of the parks shown, in taxonomy order (for the legend)."""
        present = {g for row in np.flatnonzero(self.visible) for g in self.style.groups[row]}
        return [g for g in self.taxonomy.groups if g in present]

    def park_at(self, x: float, y: float, metres_per_pixel: float, dpi: float) -> int | None:
        """The visible park whose marker covers a map point, or None (topmost first)."""
        if not self.visible.any():
            return None
        rows = np.flatnonzero(self.visible)
        reach = self.style.radius_pt[rows] * self.size_factor * metres_per_pixel * dpi / 72.0
        distance = np.hypot(self.positions[rows, 0] - x, self.positions[rows, 1] - y)
        hits = rows[distance <= reach]
        return int(hits[-1]) if len(hits) else None
