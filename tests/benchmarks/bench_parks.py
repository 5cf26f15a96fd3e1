"""Map redraw with 10,000 parks at Liaoning county level (issue 3 target: under 200 ms),
against the same points drawn by a plain geopandas plot."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from timing import machine, median_seconds  # noqa: E402

from maps.boundaries import load_region_layer  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.legend import LegendTexts  # noqa: E402
from maps.park_layers import load_parks  # noqa: E402
from maps.region_map import RegionMap  # noqa: E402
from model.regions import Level, Scope  # noqa: E402
from model.sectors import Taxonomy  # noqa: E402

PARKS = 10_000
TEXTS = LegendTexts("Zones", "National", "Provincial", "Other", "Exact", "Approximate", "Several", "None")


def synthetic_parks(base: pd.DataFrame, count: int) -> pd.DataFrame:
    """Copies of the real zones, scattered over Liaoning with exact coordinates."""
    rng = np.random.default_rng(1)
    parks = base.sample(count, replace=True, random_state=1).reset_index(drop=True)
    parks["id"] = [f"B{i:05d}" for i in range(count)]
    parks["lon"] = rng.uniform(119.5, 124.8, count)
    parks["lat"] = rng.uniform(39.2, 42.8, count)
    parks["location_precision"] = "exact"
    return parks


def main() -> None:
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    layer = load_region_layer(Scope(liaoning, Level.COUNTY), source)
    for tolerance in layer.display.tolerances[:2]:
        layer.display.level(tolerance)
    parks = synthetic_parks(load_parks(liaoning, taxonomy=Taxonomy.load()).parks, PARKS)
    figure = Figure(figsize=(14, 9), dpi=100)
    FigureCanvasAgg(figure)
    region_map = RegionMap(figure, layer, "zh")
    start = time.perf_counter()
    region_map.set_parks(parks, Taxonomy.load(), TEXTS)
    set_parks = time.perf_counter() - start
    region_map.refresh()
    figure.canvas.draw()
    step = [1]

    def pan() -> None:
        step[0] = -step[0]
        region_map.pan_pixels(40 * step[0], 25 * step[0])
        region_map.refresh()
        figure.canvas.draw()

    ours = median_seconds(pan, 15)
    ours_cpu = median_seconds(pan, 15, time.process_time)

    plain_figure = Figure(figsize=(14, 9), dpi=100)
    FigureCanvasAgg(plain_figure)
    ax = plain_figure.add_axes((0, 0, 1, 1))
    gpd.GeoSeries(layer.display.level(layer.display.tolerances[0])).plot(
        ax=ax, color="#eeeeee", edgecolor="#888888"
    )
    points = gpd.GeoSeries(gpd.points_from_xy(parks["lon"], parks["lat"]), crs=4326).to_crs(layer.crs)
    points.plot(ax=ax, markersize=40, color="#1f77b4", edgecolor="black")
    plain_figure.canvas.draw()

    def plain_pan() -> None:
        step[0] = -step[0]
        x0, x1 = ax.get_xlim()
        ax.set_xlim(x0 + step[0] * 1000, x1 + step[0] * 1000)
        plain_figure.canvas.draw()

    plain = median_seconds(plain_pan, 15)
    print(f"machine: {machine()}")
    print(f"{PARKS:,} parks: placing them on the map {set_parks * 1000:.0f} ms")
    print(
        f"redraw after a pan, segmented markers, labels, legend: {ours * 1000:.0f} ms wall / "
        f"{ours_cpu * 1000:.0f} ms CPU  (target < 200 ms)"
    )
    print(f"geopandas plot of the same points, one colour, pan: {plain * 1000:.0f} ms")


if __name__ == "__main__":
    main()
