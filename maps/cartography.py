"""A map's furniture for print: a scale bar true in the map's projection, a north arrow
that points to true north, and the page stamp.

Both are measured at the centre of the view: the scale bar from the projection's scale
along the parallel there (an Albers conic is exact only on its standard parallels), the
north arrow from the direction of the meridian there (meridians of a conic converge, so
away from the central meridian north is not straight up).
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import FancyArrow, Rectangle
from pyproj import Geod

from maps.fonts import font_properties
from maps.projection import forward, inverse

GEOD = Geod(ellps="WGS84")
NICE_STEPS = (1, 2, 2.5, 5)
BAR_SEGMENTS = 4
INK = "#343a40"


def ground_scale(crs: str, x: float, y: float) -> tuple[float, float]:
    """At a projected point: map metres per ground metre along the parallel, and the angle
    (degrees, counter-clockwise from the map's up) in which true north points."""
    lon, lat = inverse(crs).transform(x, y)
    step = 0.05
    to_map = forward(crs)
    east = np.array(to_map.transform([lon - step, lon + step], [lat, lat]))
    north = np.array(to_map.transform([lon, lon], [lat - step, lat + step]))
    map_length = math.hypot(*(east[:, 1] - east[:, 0]))
    _, _, ground_length = GEOD.inv(lon - step, lat, lon + step, lat)
    dx, dy = north[:, 1] - north[:, 0]
    return map_length / ground_length, math.degrees(math.atan2(-dx, dy))


def nice_length(limit_m: float) -> float:
    """The longest 1, 2, 2.5 or 5 × 10ⁿ metres not above ``limit_m``."""
    power = 10 ** math.floor(math.log10(limit_m))
    return max(step * power for step in NICE_STEPS if step * power <= limit_m)


def draw_scale_bar(ax: Axes, crs: str, font_pt: float, unit: str = "km") -> float:
    """A black-and-white bar in the lower left of the map, about a fifth of its width;
    returns its ground length in metres."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    scale, _ = ground_scale(crs, (x0 + x1) / 2, (y0 + y1) / 2)
    ground = nice_length((x1 - x0) * 0.22 / scale)
    length = ground * scale
    height = (y1 - y0) * 0.008
    left, bottom = x0 + (x1 - x0) * 0.03, y0 + (y1 - y0) * 0.035
    segment = length / BAR_SEGMENTS
    for i in range(BAR_SEGMENTS):
        ax.add_patch(
            Rectangle(
                (left + i * segment, bottom),
                segment,
                height,
                facecolor=INK if i % 2 == 0 else "white",
                edgecolor=INK,
                linewidth=0.6,
                zorder=11,
            )
        )
    font = font_properties(font_pt)
    for fraction in (0.0, 0.5, 1.0):
        value = ground * fraction / 1000
        text = f"{value:g}" + (f" {unit}" if fraction == 1.0 else "")
        ax.text(
            left + length * fraction,
            bottom + height * 1.8,
            text,
            ha="center" if fraction < 1.0 else "left",
            va="bottom",
            fontproperties=font,
            color=INK,
            zorder=11,
        )
    return ground


def draw_north_arrow(ax: Axes, crs: str, font_pt: float, letter: str) -> float:
    """An arrow pointing to true north in the upper right of the map; returns its angle."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    _, angle = ground_scale(crs, (x0 + x1) / 2, (y0 + y1) / 2)
    size = min(x1 - x0, y1 - y0) * 0.06
    cx, cy = x1 - (x1 - x0) * 0.05, y1 - (y1 - y0) * 0.12
    dx, dy = -math.sin(math.radians(angle)) * size, math.cos(math.radians(angle)) * size
    ax.add_patch(
        FancyArrow(
            cx - dx / 2,
            cy - dy / 2,
            dx,
            dy,
            width=size * 0.12,
            head_width=size * 0.42,
            head_length=size * 0.45,
            length_includes_head=True,
            facecolor=INK,
            edgecolor=INK,
            zorder=11,
        )
    )
    ax.text(
        cx + dx * 0.75,
        cy + dy * 0.75,
        letter,
        ha="center",
        va="bottom",
        fontproperties=font_properties(font_pt, bold=True),
        color=INK,
        zorder=11,
    )
    return angle
