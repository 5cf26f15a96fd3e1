"""Neighbour graph of the 2,875 national counties (issue 4 target: under 1 s, and at least
10× faster than libpysal's Graph.build_contiguity on the same polygons)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from timing import machine, median_seconds  # noqa: E402

from maps.boundaries import load_region_layer  # noqa: E402
from model.neighbours import NeighbourSettings, build_graph  # noqa: E402
from model.regions import Level, Scope  # noqa: E402


def main() -> None:
    layer = load_region_layer(Scope(None, Level.COUNTY))
    regions = layer.regions
    ids = regions["id"].to_numpy()
    geoms = regions.geometry.values
    centroids = regions[["centroid_lon", "centroid_lat"]].to_numpy()
    settings = NeighbourSettings()

    def ours():
        return build_graph(ids, geoms, centroids, settings)

    graph = ours()
    ours_s = median_seconds(ours, 5)

    from libpysal.graph import Graph

    start = time.perf_counter()
    rook = Graph.build_contiguity(regions.geometry, rook=True)
    rook_s = time.perf_counter() - start
    start = time.perf_counter()
    queen = Graph.build_contiguity(regions.geometry, rook=False)
    queen_s = time.perf_counter() - start
    print(machine())
    islands = len(graph.islands())
    print(f"{len(regions):,} counties, {len(graph):,} neighbour pairs, {islands} without neighbours")
    print(f"ours (shared border ≥ 200 m, gaps ≤ 100 m): {ours_s:.2f} s  (target < 1 s)")
    for name, seconds, found in (("rook", rook_s, rook), ("queen", queen_s, queen)):
        print(
            f"libpysal Graph.build_contiguity {name}: {seconds:.1f} s = {seconds / ours_s:.0f}× ours", end=""
        )
        print(f"  ({found.n_edges // 2:,} pairs)")


if __name__ == "__main__":
    main()
