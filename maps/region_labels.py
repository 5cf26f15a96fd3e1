"""Region-name labels on a map: placed without overlaps, their artists reused between redraws.

Placing is cheap (``maps.labels.place_labels``); creating matplotlib Text artists is
not, so each region gets one Text the first time it is shown, and a redraw only shows
and hides them. A label must stay legible where it crosses a border: exports draw a
white halo (a path effect, which triples the cost of text), the interactive map draws
light backing boxes instead, all of them as one collection.
"""

from __future__ import annotations

import numpy as np
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.text import Text

from maps.boundaries import RegionLayer
from maps.fonts import font_properties
from maps.labels import LabelRequest, axes_pixels, axes_pixels_to_data, label_box, place_labels
from maps.projection import project_coords
from model.regions import Level

LABEL_COLOUR = "#1f2933"
MAX_LABELS = 400
LABEL_BACKING = (1.0, 1.0, 1.0, 0.55)
BACKING_INSET_PX = 1.5  # the placement box has 3 px of padding; the backing hugs the text closer


class RegionLabels:
    """The labels of one layer on one axes."""

    def __init__(self, ax: Axes, layer: RegionLayer, halo: bool = False, smallest_pt: float = 0.0) -> None:
        """``smallest_pt``: the page's smallest type (a slide's labels are larger)."""
        self.ax = ax
        self.smallest_pt = smallest_pt
        self.layer = layer
        self.halo = halo
        self.language = "zh"
        lonlat = layer.regions[["label_lon", "label_lat"]].to_numpy()
        self.positions = project_coords(lonlat, layer.crs)
        self._areas_m2 = layer.regions["area_km2"].to_numpy() * 1e6
        self._texts: dict[int, Text] = {}
        self._shown: list[int] = []
        self.drop_pt = np.zeros(len(layer))  # how far below its point a label sits (clear of park clusters)
        self._font = font_properties(self.font_points())
        self.backing = PolyCollection([], facecolors=[LABEL_BACKING], edgecolors="none", zorder=6.5)
        self.backing.set_visible(not halo)
        ax.add_collection(self.backing)

    def font_points(self) -> float:
        """Label size: smaller for the denser county level."""
        level = self.layer.scope.level
        points = 9.0 if level is Level.CITY or (level is Level.OWN and len(self.layer) <= 40) else 7.5
        return max(points, self.smallest_pt)

    def _text(self, row: int) -> Text:
        text = self._texts.get(row)
        if text is None:
            x, y = self.positions[row]
            effects = [patheffects.withStroke(linewidth=2.6, foreground="white")] if self.halo else None
            text = self.ax.text(
                x,
                y,
                self.layer.name(row, self.language, short=True),
                fontproperties=self._font,
                ha="center",
                va="center",
                color=LABEL_COLOUR,
                zorder=7,
                clip_on=True,
                path_effects=effects,
            )
            self._texts[row] = text
        return text

    def keep_clear_of(self, anchors: np.ndarray, radius_pt: np.ndarray) -> None:
        """Move each label below the markers clustered on its point (map coords, marker radii)."""
        self.drop_pt = np.zeros(len(self.layer))
        if len(anchors) == 0:
            return
        for row, (x, y) in enumerate(self.positions):
            here = np.hypot(anchors[:, 0] - x, anchors[:, 1] - y) < 1.0
            if here.any():
                self.drop_pt[row] = radius_pt[here].max() + 1.2 * self.font_points()

    def set_language(self, language: str) -> None:
        """Name regions in ``zh`` or ``en`` from now on."""
        if language != self.language:
            self.language = language
            for row, text in self._texts.items():
                text.set_text(self.layer.name(row, language, short=True))

    def layout(self, metres_per_pixel: float, view_px: tuple[float, float], always: frozenset[int]) -> None:
        """Show the labels that fit the current view (``always``: rows shown whatever their size)."""
        width, height = view_px
        points = self.positions.copy()
        points[:, 1] -= self.drop_pt * metres_per_pixel * self.ax.figure.dpi / 72.0
        px = axes_pixels(self.ax, points)
        area_px = self._areas_m2 / metres_per_pixel**2
        inside = (px[:, 0] >= 0) & (px[:, 0] <= width) & (px[:, 1] >= 0) & (px[:, 1] <= height)
        requests = [
            LabelRequest(
                int(i),
                self.layer.name(int(i), self.language, short=True),
                px[i, 0],
                height - px[i, 1],
                area_px[i],
            )
            for i in np.flatnonzero(inside)
        ]
        font_px = self.font_points() * self.ax.figure.dpi / 72.0
        keys = place_labels(requests, font_px, (width, height), always=always)[:MAX_LABELS]
        for row in set(self._shown) - set(keys):
            self._texts[row].set_visible(False)
        for row in keys:
            text = self._text(row)
            text.set_position(points[row])
            text.set_visible(True)
        self._shown = keys
        if not self.halo:
            self._draw_backing(requests, keys, font_px, height)

    def _draw_backing(
        self, requests: list[LabelRequest], keys: list[int], font_px: float, height: float
    ) -> None:
        by_key = {r.key: r for r in requests}
        boxes = []
        for key in keys:
            req = by_key[key]
            x0, y0, x1, y1 = label_box(req.text, req.x_px, req.y_px, font_px) + [
                BACKING_INSET_PX,
                BACKING_INSET_PX,
                -BACKING_INSET_PX,
                -BACKING_INSET_PX,
            ]
            corners = np.array([[x0, height - y0], [x1, height - y0], [x1, height - y1], [x0, height - y1]])
            boxes.append(axes_pixels_to_data(self.ax, corners))
        self.backing.set_verts(boxes)

    def artists(self) -> list[Text]:
        """The Text artists shown now."""
        return [self._texts[row] for row in self._shown]

    def texts(self) -> list[str]:
        """The strings shown now."""
        return [self._texts[row].get_text() for row in self._shown]
