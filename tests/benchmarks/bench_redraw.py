"""Redraw after a pan or a zoom at Liaoning county level (100 regions), 1400 × 900 px.

Target (issue 2): under 100 ms. Compared with the same pan in a plain geopandas plot
(``GeoDataFrame.plot`` then ``set_xlim``/``set_ylim`` and a redraw), which is what a
user would otherwise do.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import geopandas as gpd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from timing import machine, median_seconds  # noqa: E402

from maps.boundaries import load_region_layer  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.region_map import RegionMap  # noqa: E402
from model.regions import Level, Scope  # noqa: E402

REPEAT = 30


def main() -> None:
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    layer = load_region_layer(Scope(liaoning, Level.COUNTY), source)
    for tolerance in layer.display.tolerances[:3]:
        layer.display.level(tolerance)

    figure = Figure(figsize=(14, 9), dpi=100)
    FigureCanvasAgg(figure)
    region_map = RegionMap(figure, layer, "zh")
    region_map.refresh()
    figure.canvas.draw()
    step = [1]

    def pan() -> None:  # back and forth, so the view stays on the province
        step[0] = -step[0]
        region_map.pan_pixels(40 * step[0], 25 * step[0])
        region_map.refresh()
        figure.canvas.draw()

    def zoom() -> None:
        step[0] = -step[0]
        region_map.zoom(1.25 ** step[0])
        region_map.refresh()
        figure.canvas.draw()

    region_map.fit()
    ours_pan = median_seconds(pan, REPEAT)
    ours_pan_cpu = median_seconds(pan, REPEAT, time.process_time)
    region_map.fit()
    ours_zoom = median_seconds(zoom, REPEAT)
    ours_zoom_cpu = median_seconds(zoom, REPEAT, time.process_time)

    plain_figure = Figure(figsize=(14, 9), dpi=100)
    FigureCanvasAgg(plain_figure)
    ax = plain_figure.add_axes((0, 0, 1, 1))
    frame = gpd.GeoDataFrame(geometry=gpd.GeoSeries(layer.projected))
    frame.plot(ax=ax, column=frame.index % 6, cmap="Pastel1", edgecolor="#8c96a8", linewidth=0.45)
    plain_figure.canvas.draw()

    def plain_pan() -> None:
        step[0] = -step[0]
        x0, x1 = ax.get_xlim()
        shift = (x1 - x0) * 0.03 * step[0]
        ax.set_xlim(x0 + shift, x1 + shift)
        plain_figure.canvas.draw()

    plain = median_seconds(plain_pan, REPEAT)
    plain_cpu = median_seconds(plain_pan, REPEAT, time.process_time)
    print(f"machine: {machine()}")
    print("median of 30, wall / CPU; target < 100 ms")
    print(f"pan, redraw with labels:  {ours_pan * 1000:.0f} / {ours_pan_cpu * 1000:.0f} ms")
    print(f"zoom, redraw with labels: {ours_zoom * 1000:.0f} / {ours_zoom_cpu * 1000:.0f} ms")
    print(f"geopandas plot, pan (full detail, no labels): {plain * 1000:.0f} / {plain_cpu * 1000:.0f} ms")


if __name__ == "__main__":
    main()
