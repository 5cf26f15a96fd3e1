"""The map's legend: only what is shown (the sector groups of the visible parks, the park
levels and location precisions present). Its words come from the caller, in the
interface language; group names come from the taxonomy."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.legend import Legend
from matplotlib.lines import Line2D

from maps.fonts import font_properties
from maps.park_markers import APPROXIMATE_EDGE, EDGE_COLOUR, LEVEL_STYLE, NO_SECTOR_COLOUR, ParkMarkers
from model.parks import ParkLevel

LEGEND_ROWS = 10  # more entries than this go in two columns


@dataclass(frozen=True)
class LegendTexts:
    """The legend's words in one language."""

    title: str
    national: str
    provincial: str
    other: str
    exact: str
    approximate: str
    several: str
    no_sector: str


def _marker(
    colour: str, radius_pt: float, edge: float, edge_colour: str = EDGE_COLOUR, marker=None
) -> Line2D:
    return Line2D(
        [],
        [],
        linestyle="",
        marker=marker or "o",
        markersize=radius_pt * 2,
        markerfacecolor=colour,
        markeredgecolor=edge_colour,
        markeredgewidth=edge,
    )


def park_legend(
    ax: Axes, markers: ParkMarkers, texts: LegendTexts, language: str, groups: bool = True
) -> Legend | None:
    """Draw (or replace) the park legend in the emptiest corner; None when no park is shown.

    ``groups=False`` leaves the sector-group colours out (the window's sector panel shows
    them beside the map), keeping the legend small on screen.
    """
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    shown = np.flatnonzero(markers.visible)
    if len(shown) == 0:
        return None
    handles, labels = [], []
    for group in markers.shown_groups() if groups else []:
        handles.append(_marker(markers.taxonomy.groups[group].colour, 5.0, 0.8))
        labels.append(markers.taxonomy.name(group, language))
    if any(not markers.style.groups[r] for r in shown):
        handles.append(_marker(NO_SECTOR_COLOUR, 5.0, 0.8))
        labels.append(texts.no_sector)
    if any(len(markers.style.colours[r]) > 1 for r in shown):
        handles.append(_marker("#ffffff", 5.0, 0.8, marker=_four_segments()))
        labels.append(texts.several)
    levels = {ParkLevel.parse(v) for v in markers.parks["level"].iloc[shown]}
    for level, text in (
        (ParkLevel.NATIONAL, texts.national),
        (ParkLevel.PROVINCIAL, texts.provincial),
        (ParkLevel.OTHER, texts.other),
    ):
        if level in levels:
            radius, edge = LEVEL_STYLE[level]
            handles.append(_marker("#ffffff", radius, edge))
            labels.append(text)
    approximate = markers.style.approximate[shown]
    if (~approximate).any():
        handles.append(_marker("#ffffff", 5.0, 0.8))
        labels.append(texts.exact)
    if approximate.any():
        handles.append(_marker("#ffffff", 5.0, 1.2, edge_colour=APPROXIMATE_EDGE))
        labels.append(texts.approximate)
    legend = ax.legend(
        handles,
        labels,
        loc=_emptiest_corner(ax, markers),
        ncols=2 if len(handles) > LEGEND_ROWS else 1,
        title=texts.title,
        **legend_style(),
    )
    legend.set_zorder(10)
    return legend


def legend_style() -> dict:
    """The look every map legend shares: the bundled font, a light frame."""
    return {
        "prop": font_properties(8.0),
        "title_fontproperties": font_properties(8.5, bold=True),
        "frameon": True,
        "framealpha": 0.92,
        "edgecolor": "#ced4da",
        "borderpad": 0.7,
        "labelspacing": 0.45,
        "handletextpad": 0.5,
    }


def _emptiest_corner(ax: Axes, markers: ParkMarkers) -> str:
    """The corner of the view with the fewest parks under where the legend would go."""
    return emptiest_corner(ax, markers.positions[markers.visible])


def emptiest_corner(ax: Axes, shown: np.ndarray, among: tuple[str, ...] | None = None) -> str:
    """The corner of the view (of ``among``, default all four) with the fewest of these
    points (map coordinates)."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    fx = (shown[:, 0] - x0) / (x1 - x0)
    fy = (shown[:, 1] - y0) / (y1 - y0)
    corners = {
        "lower right": (fx > 0.6) & (fy < 0.45),
        "upper left": (fx < 0.4) & (fy > 0.55),
        "lower left": (fx < 0.4) & (fy < 0.45),
        "upper right": (fx > 0.6) & (fy > 0.55),
    }
    candidates = among or tuple(corners)
    return min(candidates, key=lambda corner: int(np.count_nonzero(corners[corner])))


def _four_segments():
    """A marker path showing a circle cut in four, for "several groups"."""
    from matplotlib.path import Path

    circle = Path.unit_circle()
    cross = Path([(-1, 0), (1, 0), (0, -1), (0, 1)], [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO])
    return Path.make_compound_path(circle, cross)
