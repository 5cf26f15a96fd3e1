"""Full recompute of the duplication measures after one edit (issue 4 targets: under 50 ms at
Liaoning city level; under 500 ms for 2,875 counties × 60 sectors × 10,000 parks), against
esda's permutation test for the same join counts."""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
from timing import machine, median_seconds  # noqa: E402

from maps.analysis import layer_graph, run_analysis  # noqa: E402
from maps.boundaries import load_region_layer  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.park_layers import load_scope_parks  # noqa: E402
from model.analysis_settings import AnalysisSettings  # noqa: E402
from model.duplication import item_order  # noqa: E402
from model.regions import Level, Scope  # noqa: E402
from model.sectors import Taxonomy  # noqa: E402

PARKS = 10_000
ITEMS = 60


def national_parks(layer, base, taxonomy):
    """10,000 parks at exact points inside random counties, each declaring 1–3 of 60 items."""
    rng = np.random.default_rng(7)
    rows = rng.integers(0, len(layer), PARKS)
    parks = base.sample(PARKS, replace=True, random_state=7).reset_index(drop=True)
    parks["id"] = [f"N{i:05d}" for i in range(PARKS)]
    parks[["lon", "lat"]] = layer.regions[["label_lon", "label_lat"]].to_numpy()[rows]
    parks["location_precision"] = "exact"
    codes = list(item_order(taxonomy))[:ITEMS]
    parks["sectors"] = [";".join(rng.choice(codes, rng.integers(1, 4), replace=False)) for _ in range(PARKS)]
    return parks


def recompute_time(layer, parks, taxonomy, settings) -> float:
    layer_graph(layer, settings.neighbours)  # the graph is kept; an edit recomputes the rest

    def edit_and_recompute():
        parks.iat[0, parks.columns.get_loc("sectors")] = np.random.choice(["EQP.SHIP", "PCH.REF", "AUT.PART"])
        return run_analysis(layer, parks, taxonomy, settings)

    return median_seconds(edit_and_recompute, 7)


def main() -> None:
    taxonomy = Taxonomy.load()
    settings = AnalysisSettings()
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    embedded = load_scope_parks(liaoning, taxonomy).parks
    cities = load_region_layer(Scope(liaoning, Level.CITY), source)
    city_s = recompute_time(cities, embedded.copy(), taxonomy, settings)
    counties = load_region_layer(Scope(None, Level.COUNTY), source)
    parks = national_parks(counties, embedded, taxonomy)
    national_s = recompute_time(counties, parks, taxonomy, settings)
    analysis = run_analysis(counties, parks, taxonomy, settings)
    start = time.perf_counter()
    _ = analysis.p_values
    exact_s = time.perf_counter() - start

    from esda.join_counts_local import Join_Counts_Local
    from libpysal.weights import W

    # esda cannot take regions without neighbours: give each island its predecessor (timing only).
    links = {i: analysis.graph.neighbours_of(i).tolist() or [i - 1] for i in range(len(counties))}
    for i in analysis.graph.islands():
        links[i - 1] = [*links[i - 1], i]
    w = W(links, silence_warnings=True)
    sectors = 3
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for k in range(sectors):
            Join_Counts_Local(connectivity=w, permutations=999, keep_simulations=False).fit(
                analysis.focus[:, k].astype(float)
            )
    esda_s = (time.perf_counter() - start) / sectors * len(analysis.items)

    print(machine())
    print(
        f"Liaoning, 14 cities, {len(embedded)} zones: recompute after an edit {city_s * 1000:.1f} ms", end=""
    )
    print("  (target < 50 ms)")
    print(f"{len(counties):,} counties × {len(analysis.items)} items × {PARKS:,} parks: ", end="")
    print(f"recompute {national_s * 1000:.0f} ms  (target < 500 ms)")
    print(f"join-count p-values, all {len(analysis.items)} items, exact: {exact_s * 1000:.0f} ms")
    print(f"esda Join_Counts_Local, 999 permutations, the same items (from {sectors}): {esda_s:.1f} s")


if __name__ == "__main__":
    main()
