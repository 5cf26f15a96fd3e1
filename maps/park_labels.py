"""Park names on the map, on demand: beside each marker, never overlapping one another,
national zones first. Off by default: with dozens of zones per city the names would
bury the map; a planner turns them on when zoomed in."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text

from maps.fonts import font_properties
from maps.labels import LabelRequest, axes_pixels, place_labels, text_width_em
from maps.park_markers import ParkMarkers
from model.parks import ParkLevel

FONT_POINTS = 7.0
GAP_PT = 2.0
PRIORITY = {ParkLevel.NATIONAL: 3.0, ParkLevel.PROVINCIAL: 2.0, ParkLevel.OTHER: 1.0}


def short_park_name(name_zh: str, province_names: tuple[str, ...]) -> str:
    """A zone's name without the province in front: 辽宁康平经济开发区 → 康平经济开发区."""
    for prefix in province_names:
        if prefix and name_zh.startswith(prefix) and len(name_zh) > len(prefix) + 2:
            return name_zh[len(prefix) :]
    return name_zh


class ParkLabels:
    """Labels of the visible parks of a ParkMarkers layer."""

    def __init__(
        self, ax: Axes, markers: ParkMarkers, province_names: tuple[str, ...], smallest_pt: float = 0.0
    ) -> None:
        """``smallest_pt``: the page's smallest type (labels are never set smaller)."""
        self.ax = ax
        self.markers = markers
        self.province_names = province_names
        self.language = "zh"
        self._font = font_properties(max(FONT_POINTS, smallest_pt))
        self._texts: dict[int, Text] = {}
        self._shown: list[int] = []
        levels = [ParkLevel.parse(v) for v in markers.parks["level"]]
        self._priority = np.array([PRIORITY[level] for level in levels])

    def name(self, row: int) -> str:
        """The label of a park in the current language."""
        park = self.markers.parks.iloc[row]
        if self.language != "zh" and park["name_en"]:
            return str(park["name_en"])
        return short_park_name(str(park["name_zh"]), self.province_names)

    def set_language(self, language: str) -> None:
        """Name parks in ``zh`` or ``en``."""
        self.language = language
        for row, text in self._texts.items():
            text.set_text(self.name(row))

    def hide(self) -> None:
        """Remove every label from view."""
        for row in self._shown:
            self._texts[row].set_visible(False)
        self._shown = []

    def layout(self, metres_per_pixel: float, view_px: tuple[float, float]) -> None:
        """Label the visible parks that fit, to the right of their markers."""
        width, height = view_px
        dpi = self.ax.figure.dpi
        font_px = FONT_POINTS * dpi / 72.0
        rows = np.flatnonzero(self.markers.visible)
        px = axes_pixels(self.ax, self.markers.positions[rows]) if len(rows) else np.empty((0, 2))
        requests = []
        for row, (x, y) in zip(rows, px, strict=True):
            offset = (self.markers.style.radius_pt[row] + GAP_PT) * dpi / 72.0
            half = text_width_em(self.name(row)) * font_px / 2
            requests.append(
                LabelRequest(int(row), self.name(row), x + offset + half, height - y, self._priority[row])
            )
        keys = place_labels(requests, font_px, view_px, min_fill=0.0)
        self.hide()
        for row in keys:
            text = self._text(row)
            x, y = self.markers.positions[row]
            offset_m = (self.markers.style.radius_pt[row] + GAP_PT) * metres_per_pixel * dpi / 72.0
            text.set_position((x + offset_m, y))
            text.set_visible(True)
        self._shown = keys

    def artists(self) -> list[Text]:
        """The Text artists shown now."""
        return [self._texts[row] for row in self._shown]

    def _text(self, row: int) -> Text:
        if row not in self._texts:
            self._texts[row] = self.ax.text(
                0,
                0,
                self.name(row),
                fontproperties=self._font,
                ha="left",
                va="center",
                color="#343a40",
                zorder=7.5,
                clip_on=True,
                bbox={"boxstyle": "square,pad=0.1", "facecolor": (1, 1, 1, 0.6), "edgecolor": "none"},
            )
        return self._texts[row]

    def texts(self) -> list[str]:
        """The labels shown now."""
        return [self._texts[row].get_text() for row in self._shown]
