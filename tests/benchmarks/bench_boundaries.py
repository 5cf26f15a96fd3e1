"""National county level (2,875 regions): first load, cached load, and plain geopandas.

Targets (issue 2): first load under 10 s, cached load under 1.5 s. "Load" ends when
the layer is ready to draw: converted to WGS-84, projected, areas and label points
computed, and the coarsest display level (coverage-simplified) ready.
The comparison is what a user would otherwise write: geopandas reading each file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from timing import machine  # noqa: E402

from maps.boundaries import forget_loaded_layers, load_region_layer, store_display_levels  # noqa: E402
from maps.cache import ArrayCache  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.geojson_coords import read_polygons  # noqa: E402
from model.regions import Level, Scope  # noqa: E402


def load_ready_to_draw(source: CnmapsSource, cache: ArrayCache) -> float:
    forget_loaded_layers()
    start = time.perf_counter()
    layer = load_region_layer(Scope(None, Level.COUNTY), source, cache)
    layer.display.level(layer.display.tolerances[0])
    store_display_levels(layer, cache)
    elapsed = time.perf_counter() - start
    assert len(layer) == 2875
    return elapsed


def main() -> None:
    source = CnmapsSource()
    records = source.records(None, Level.COUNTY)
    with tempfile.TemporaryDirectory() as scratch:
        cache = ArrayCache(source.cache_version, Path(scratch))
        first = load_ready_to_draw(source, cache)
        cached = min(
            load_ready_to_draw(source, ArrayCache(source.cache_version, Path(scratch))) for _ in range(3)
        )

    start = time.perf_counter()
    frames = [gpd.read_file(r.path, engine="pyogrio") for r in records]
    plain = pd.concat(frames, ignore_index=True)
    geopandas_read = time.perf_counter() - start
    assert len(plain) == 2875

    texts = [source.read_geojson(r) for r in records]
    start = time.perf_counter()
    shapely.from_geojson(texts)
    shapely_parse = time.perf_counter() - start
    start = time.perf_counter()
    read_polygons(texts).to_shapely()
    our_parse = time.perf_counter() - start

    print(f"machine: {machine()}")
    print(f"first load, ready to draw (parse, convert, project, simplify): {first:.2f} s  (target < 10 s)")
    print(f"cached load, ready to draw:                                   {cached:.2f} s  (target < 1.5 s)")
    print(f"geopandas.read_file of the 2,875 files, nothing else:         {geopandas_read:.2f} s")
    print(f"parse only: shapely.from_geojson {shapely_parse:.2f} s, maps.geojson_coords {our_parse:.2f} s")


if __name__ == "__main__":
    main()
